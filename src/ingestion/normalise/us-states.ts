/**
 * USPS two-letter codes for the states, DC, the territories, the freely associated states and the
 * military "states", with their full names for lookup of spelled-out values.
 */
export const US_STATES: Readonly<Record<string, string>> = {
  AL: 'ALABAMA',
  AK: 'ALASKA',
  AZ: 'ARIZONA',
  AR: 'ARKANSAS',
  CA: 'CALIFORNIA',
  CO: 'COLORADO',
  CT: 'CONNECTICUT',
  DE: 'DELAWARE',
  DC: 'DISTRICT OF COLUMBIA',
  FL: 'FLORIDA',
  GA: 'GEORGIA',
  HI: 'HAWAII',
  ID: 'IDAHO',
  IL: 'ILLINOIS',
  IN: 'INDIANA',
  IA: 'IOWA',
  KS: 'KANSAS',
  KY: 'KENTUCKY',
  LA: 'LOUISIANA',
  ME: 'MAINE',
  MD: 'MARYLAND',
  MA: 'MASSACHUSETTS',
  MI: 'MICHIGAN',
  MN: 'MINNESOTA',
  MS: 'MISSISSIPPI',
  MO: 'MISSOURI',
  MT: 'MONTANA',
  NE: 'NEBRASKA',
  NV: 'NEVADA',
  NH: 'NEW HAMPSHIRE',
  NJ: 'NEW JERSEY',
  NM: 'NEW MEXICO',
  NY: 'NEW YORK',
  NC: 'NORTH CAROLINA',
  ND: 'NORTH DAKOTA',
  OH: 'OHIO',
  OK: 'OKLAHOMA',
  OR: 'OREGON',
  PA: 'PENNSYLVANIA',
  RI: 'RHODE ISLAND',
  SC: 'SOUTH CAROLINA',
  SD: 'SOUTH DAKOTA',
  TN: 'TENNESSEE',
  TX: 'TEXAS',
  UT: 'UTAH',
  VT: 'VERMONT',
  VA: 'VIRGINIA',
  WA: 'WASHINGTON',
  WV: 'WEST VIRGINIA',
  WI: 'WISCONSIN',
  WY: 'WYOMING',
  // Territories and freely associated states
  AS: 'AMERICAN SAMOA',
  GU: 'GUAM',
  MP: 'NORTHERN MARIANA ISLANDS',
  PR: 'PUERTO RICO',
  VI: 'VIRGIN ISLANDS',
  FM: 'FEDERATED STATES OF MICRONESIA',
  MH: 'MARSHALL ISLANDS',
  PW: 'PALAU',
  // Military mail
  AA: 'ARMED FORCES AMERICAS',
  AE: 'ARMED FORCES EUROPE',
  AP: 'ARMED FORCES PACIFIC',
};

const BY_NAME: ReadonlyMap<string, string> = new Map([
  ...Object.entries(US_STATES).map(([code, name]) => [name, code] as [string, string]),
  ['WASHINGTON DC', 'DC'],
  ['WASHINGTON D C', 'DC'],
  ['US VIRGIN ISLANDS', 'VI'],
  ['MICRONESIA', 'FM'],
]);

/**
 * Code for an upper-cased, punctuation-free state value ("IL", "ILLINOIS", "D C"); undefined if unknown.
 */
export function usStateCode(value: string): string | undefined {
  const compact = value.replaceAll(' ', '');
  if (compact.length === 2) return Object.hasOwn(US_STATES, compact) ? compact : undefined;
  return BY_NAME.get(value);
}
