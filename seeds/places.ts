/**
 * Real US city / state / ZIP-prefix / area-code combinations, so that a generated address is consistent
 * (a Chicago street has a 606xx ZIP and a 312/773 phone). ZIPs are drawn from the given prefix and range of
 * last two digits; `weight` is roughly the metro's size so big cities hold more households.
 * `utcOffset` (standard time) is used to stamp store-local timestamps.
 */
export interface City {
  city: string;
  /** Other ways sources spell the city (St. Louis / Saint Louis). */
  spellings?: readonly string[];
  state: string;
  zipPrefix: string;
  zipFrom: number;
  zipTo: number;
  areaCodes: readonly string[];
  utcOffset: number;
  weight: number;
}

export const CITIES: readonly City[] = [
  { city: 'New York', state: 'NY', zipPrefix: '100', zipFrom: 1, zipTo: 40, areaCodes: ['212', '646', '917'], utcOffset: -5, weight: 30 },
  { city: 'Brooklyn', state: 'NY', zipPrefix: '112', zipFrom: 1, zipTo: 39, areaCodes: ['718', '347', '929'], utcOffset: -5, weight: 22 },
  { city: 'Los Angeles', state: 'CA', zipPrefix: '900', zipFrom: 1, zipTo: 99, areaCodes: ['213', '323', '310'], utcOffset: -8, weight: 30 },
  { city: 'Chicago', state: 'IL', zipPrefix: '606', zipFrom: 1, zipTo: 61, areaCodes: ['312', '773', '872'], utcOffset: -6, weight: 25 },
  { city: 'Houston', state: 'TX', zipPrefix: '770', zipFrom: 2, zipTo: 99, areaCodes: ['713', '281', '832'], utcOffset: -6, weight: 20 },
  { city: 'Phoenix', state: 'AZ', zipPrefix: '850', zipFrom: 3, zipTo: 54, areaCodes: ['602', '480', '623'], utcOffset: -7, weight: 15 },
  { city: 'Philadelphia', state: 'PA', zipPrefix: '191', zipFrom: 2, zipTo: 54, areaCodes: ['215', '267'], utcOffset: -5, weight: 15 },
  { city: 'San Antonio', state: 'TX', zipPrefix: '782', zipFrom: 1, zipTo: 60, areaCodes: ['210'], utcOffset: -6, weight: 12 },
  { city: 'San Diego', state: 'CA', zipPrefix: '921', zipFrom: 1, zipTo: 54, areaCodes: ['619', '858'], utcOffset: -8, weight: 12 },
  { city: 'Dallas', state: 'TX', zipPrefix: '752', zipFrom: 1, zipTo: 54, areaCodes: ['214', '469', '972'], utcOffset: -6, weight: 13 },
  { city: 'San Jose', state: 'CA', zipPrefix: '951', zipFrom: 10, zipTo: 39, areaCodes: ['408', '669'], utcOffset: -8, weight: 9 },
  { city: 'Austin', state: 'TX', zipPrefix: '787', zipFrom: 1, zipTo: 59, areaCodes: ['512', '737'], utcOffset: -6, weight: 9 },
  { city: 'Jacksonville', state: 'FL', zipPrefix: '322', zipFrom: 2, zipTo: 58, areaCodes: ['904'], utcOffset: -5, weight: 8 },
  { city: 'Columbus', state: 'OH', zipPrefix: '432', zipFrom: 1, zipTo: 40, areaCodes: ['614', '380'], utcOffset: -5, weight: 8 },
  { city: 'Fort Worth', spellings: ['Ft. Worth', 'Ft Worth'], state: 'TX', zipPrefix: '761', zipFrom: 2, zipTo: 79, areaCodes: ['817', '682'], utcOffset: -6, weight: 8 },
  { city: 'Charlotte', state: 'NC', zipPrefix: '282', zipFrom: 2, zipTo: 80, areaCodes: ['704', '980'], utcOffset: -5, weight: 8 },
  { city: 'Indianapolis', state: 'IN', zipPrefix: '462', zipFrom: 1, zipTo: 60, areaCodes: ['317', '463'], utcOffset: -5, weight: 8 },
  { city: 'Seattle', state: 'WA', zipPrefix: '981', zipFrom: 1, zipTo: 99, areaCodes: ['206'], utcOffset: -8, weight: 9 },
  { city: 'Denver', state: 'CO', zipPrefix: '802', zipFrom: 1, zipTo: 39, areaCodes: ['303', '720'], utcOffset: -7, weight: 8 },
  { city: 'Washington', state: 'DC', zipPrefix: '200', zipFrom: 1, zipTo: 37, areaCodes: ['202'], utcOffset: -5, weight: 7 },
  { city: 'Boston', state: 'MA', zipPrefix: '021', zipFrom: 8, zipTo: 37, areaCodes: ['617', '857'], utcOffset: -5, weight: 8 },
  { city: 'Nashville', state: 'TN', zipPrefix: '372', zipFrom: 1, zipTo: 40, areaCodes: ['615', '629'], utcOffset: -6, weight: 7 },
  { city: 'Detroit', state: 'MI', zipPrefix: '482', zipFrom: 1, zipTo: 35, areaCodes: ['313'], utcOffset: -5, weight: 7 },
  { city: 'Portland', state: 'OR', zipPrefix: '972', zipFrom: 1, zipTo: 39, areaCodes: ['503', '971'], utcOffset: -8, weight: 7 },
  { city: 'Portland', state: 'ME', zipPrefix: '041', zipFrom: 1, zipTo: 12, areaCodes: ['207'], utcOffset: -5, weight: 2 },
  { city: 'Las Vegas', state: 'NV', zipPrefix: '891', zipFrom: 1, zipTo: 49, areaCodes: ['702', '725'], utcOffset: -8, weight: 7 },
  { city: 'Memphis', state: 'TN', zipPrefix: '381', zipFrom: 3, zipTo: 41, areaCodes: ['901'], utcOffset: -6, weight: 5 },
  { city: 'Louisville', state: 'KY', zipPrefix: '402', zipFrom: 2, zipTo: 99, areaCodes: ['502'], utcOffset: -5, weight: 5 },
  { city: 'Baltimore', state: 'MD', zipPrefix: '212', zipFrom: 1, zipTo: 39, areaCodes: ['410', '443'], utcOffset: -5, weight: 6 },
  { city: 'Milwaukee', state: 'WI', zipPrefix: '532', zipFrom: 2, zipTo: 35, areaCodes: ['414'], utcOffset: -6, weight: 5 },
  { city: 'Albuquerque', state: 'NM', zipPrefix: '871', zipFrom: 2, zipTo: 23, areaCodes: ['505'], utcOffset: -7, weight: 4 },
  { city: 'Tucson', state: 'AZ', zipPrefix: '857', zipFrom: 1, zipTo: 56, areaCodes: ['520'], utcOffset: -7, weight: 4 },
  { city: 'Fresno', state: 'CA', zipPrefix: '937', zipFrom: 1, zipTo: 28, areaCodes: ['559'], utcOffset: -8, weight: 4 },
  { city: 'Sacramento', state: 'CA', zipPrefix: '958', zipFrom: 14, zipTo: 38, areaCodes: ['916', '279'], utcOffset: -8, weight: 5 },
  { city: 'Kansas City', state: 'MO', zipPrefix: '641', zipFrom: 1, zipTo: 61, areaCodes: ['816'], utcOffset: -6, weight: 5 },
  { city: 'Atlanta', state: 'GA', zipPrefix: '303', zipFrom: 3, zipTo: 63, areaCodes: ['404', '470', '678'], utcOffset: -5, weight: 9 },
  { city: 'Miami', state: 'FL', zipPrefix: '331', zipFrom: 25, zipTo: 96, areaCodes: ['305', '786'], utcOffset: -5, weight: 8 },
  { city: 'Omaha', state: 'NE', zipPrefix: '681', zipFrom: 2, zipTo: 64, areaCodes: ['402', '531'], utcOffset: -6, weight: 4 },
  { city: 'Raleigh', state: 'NC', zipPrefix: '276', zipFrom: 1, zipTo: 17, areaCodes: ['919', '984'], utcOffset: -5, weight: 4 },
  { city: 'Minneapolis', state: 'MN', zipPrefix: '554', zipFrom: 1, zipTo: 19, areaCodes: ['612'], utcOffset: -6, weight: 5 },
  { city: 'Tampa', state: 'FL', zipPrefix: '336', zipFrom: 2, zipTo: 47, areaCodes: ['813', '656'], utcOffset: -5, weight: 5 },
  { city: 'New Orleans', state: 'LA', zipPrefix: '701', zipFrom: 12, zipTo: 31, areaCodes: ['504'], utcOffset: -6, weight: 4 },
  { city: 'Cleveland', state: 'OH', zipPrefix: '441', zipFrom: 2, zipTo: 44, areaCodes: ['216'], utcOffset: -5, weight: 4 },
  { city: 'St. Louis', spellings: ['Saint Louis', 'St Louis'], state: 'MO', zipPrefix: '631', zipFrom: 1, zipTo: 39, areaCodes: ['314'], utcOffset: -6, weight: 5 },
  { city: 'Pittsburgh', state: 'PA', zipPrefix: '152', zipFrom: 1, zipTo: 36, areaCodes: ['412'], utcOffset: -5, weight: 4 },
  { city: 'Cincinnati', state: 'OH', zipPrefix: '452', zipFrom: 2, zipTo: 48, areaCodes: ['513'], utcOffset: -5, weight: 4 },
  { city: 'Salt Lake City', spellings: ['Salt Lake Cty', 'SLC'], state: 'UT', zipPrefix: '841', zipFrom: 1, zipTo: 21, areaCodes: ['801', '385'], utcOffset: -7, weight: 3 },
  { city: 'Richmond', state: 'VA', zipPrefix: '232', zipFrom: 19, zipTo: 36, areaCodes: ['804'], utcOffset: -5, weight: 3 },
  { city: 'Boise', state: 'ID', zipPrefix: '837', zipFrom: 2, zipTo: 16, areaCodes: ['208'], utcOffset: -7, weight: 2 },
  { city: 'Des Moines', state: 'IA', zipPrefix: '503', zipFrom: 9, zipTo: 22, areaCodes: ['515'], utcOffset: -6, weight: 2 },
  { city: 'Hartford', state: 'CT', zipPrefix: '061', zipFrom: 3, zipTo: 20, areaCodes: ['860', '959'], utcOffset: -5, weight: 2 },
  { city: 'Providence', state: 'RI', zipPrefix: '029', zipFrom: 3, zipTo: 9, areaCodes: ['401'], utcOffset: -5, weight: 2 },
  { city: 'Birmingham', state: 'AL', zipPrefix: '352', zipFrom: 3, zipTo: 35, areaCodes: ['205'], utcOffset: -6, weight: 3 },
  { city: 'Oklahoma City', state: 'OK', zipPrefix: '731', zipFrom: 2, zipTo: 79, areaCodes: ['405'], utcOffset: -6, weight: 4 },
  { city: 'Anchorage', state: 'AK', zipPrefix: '995', zipFrom: 1, zipTo: 18, areaCodes: ['907'], utcOffset: -9, weight: 1 },
  { city: 'Honolulu', state: 'HI', zipPrefix: '968', zipFrom: 13, zipTo: 25, areaCodes: ['808'], utcOffset: -10, weight: 2 },
  { city: 'Spokane', state: 'WA', zipPrefix: '992', zipFrom: 1, zipTo: 24, areaCodes: ['509'], utcOffset: -8, weight: 2 },
  { city: 'Orlando', state: 'FL', zipPrefix: '328', zipFrom: 1, zipTo: 39, areaCodes: ['407', '321'], utcOffset: -5, weight: 5 },
  { city: 'Wilmington', state: 'DE', zipPrefix: '198', zipFrom: 1, zipTo: 10, areaCodes: ['302'], utcOffset: -5, weight: 1 },
  { city: 'Burlington', state: 'VT', zipPrefix: '054', zipFrom: 1, zipTo: 8, areaCodes: ['802'], utcOffset: -5, weight: 1 },
];

export const STREET_NAMES: readonly string[] = [
  'Main', 'Oak', 'Maple', 'Cedar', 'Elm', 'Pine', 'Washington', 'Lincoln', 'Park', 'Lake', 'Hill', 'Church',
  'Highland', 'Jefferson', 'Madison', 'Franklin', 'Walnut', 'Chestnut', 'Spruce', 'Sunset', 'Ridge', 'River',
  'Meadow', 'Forest', 'Willow', 'Cherry', 'Birch', 'Hickory', 'Mill', 'Spring', 'Center', 'Prospect', 'Grove',
  'Union', 'Broad', 'Market', 'High', 'School', 'Jackson', 'Adams', 'Monroe', 'Wilson', 'Garfield', 'Grant',
  'Harrison', 'Cleveland', 'Vine', 'Laurel', 'Magnolia', 'Dogwood', 'Poplar', 'Sycamore', 'Aspen', 'Juniper',
  'Redwood', 'Cypress', 'Holly', 'Orchard', 'Valley', 'Canyon', 'Mesa', 'Vista', 'Bay', 'Harbor', 'Shore',
  'Summit', 'Fairview', 'Pleasant', 'Woodland', 'Greenwood', 'Kingston', 'Windsor', 'Cambridge', 'Oxford',
  'Hamilton', 'Lafayette', 'Evergreen', 'Heritage', 'Liberty', 'Martin Luther King Jr', 'Colonial', 'Belmont',
  'Hawthorne', 'Rosewood', 'Brookside', 'Lakeview', 'Riverside', 'Country Club', 'Old Mill', 'Stonebridge',
  '1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th', '12th', '14th', '21st', '33rd',
];

/** A street suffix: its full word, then the abbreviations sources write (USPS form first). */
export interface StreetSuffix {
  full: string;
  abbreviations: readonly string[];
  weight: number;
}

export const STREET_SUFFIXES: readonly StreetSuffix[] = [
  { full: 'Street', abbreviations: ['St', 'St.', 'ST', 'Str'], weight: 30 },
  { full: 'Avenue', abbreviations: ['Ave', 'Ave.', 'AVE', 'Av'], weight: 22 },
  { full: 'Road', abbreviations: ['Rd', 'Rd.', 'RD'], weight: 12 },
  { full: 'Drive', abbreviations: ['Dr', 'Dr.', 'DR'], weight: 12 },
  { full: 'Lane', abbreviations: ['Ln', 'Ln.', 'LN'], weight: 6 },
  { full: 'Boulevard', abbreviations: ['Blvd', 'Blvd.', 'BLVD'], weight: 5 },
  { full: 'Court', abbreviations: ['Ct', 'Ct.', 'CT'], weight: 5 },
  { full: 'Place', abbreviations: ['Pl', 'Pl.'], weight: 3 },
  { full: 'Way', abbreviations: ['Way', 'WAY'], weight: 3 },
  { full: 'Terrace', abbreviations: ['Ter', 'Terr'], weight: 1 },
  { full: 'Circle', abbreviations: ['Cir', 'Cir.'], weight: 1 },
  { full: 'Parkway', abbreviations: ['Pkwy', 'Pkwy.'], weight: 1 },
];

export const DIRECTIONS: Readonly<Record<'N' | 'S' | 'E' | 'W', string>> = { N: 'North', S: 'South', E: 'East', W: 'West' };

/** How a unit is written: `Apt 4B`, `#4B`, `Unit 4B`, `APT. 4B`. */
export const UNIT_DESIGNATORS: readonly (readonly [string, number])[] = [
  ['Apt ', 40],
  ['Apt. ', 15],
  ['#', 20],
  ['Unit ', 12],
  ['APT ', 8],
  ['Apartment ', 4],
];

/** Fictional employers for work email addresses. */
export const EMPLOYER_DOMAINS: readonly string[] = [
  'brightpathlogistics.com', 'summitcarehealth.org', 'lakeshoreschools.org', 'northgateins.com', 'ironwoodmfg.com',
  'bluecrestbank.com', 'meridian-eng.com', 'clearwatertech.io', 'oakridgemedical.org', 'pinnaclelegal.com',
  'harborviewcu.org', 'crescentenergy-co.com', 'evergreen-county.gov', 'silverlineair.com', 'keystonebuilders.net',
  'redrockanalytics.com', 'tidewatershipping.com', 'maplegroveschools.org', 'foxhollowconsulting.com',
  'stellarsoftworks.com',
];

/** Consumer email domains with rough market shares. */
export const EMAIL_DOMAINS: readonly (readonly [string, number])[] = [
  ['gmail.com', 45],
  ['yahoo.com', 14],
  ['hotmail.com', 7],
  ['outlook.com', 6],
  ['icloud.com', 8],
  ['aol.com', 4],
  ['comcast.net', 4],
  ['att.net', 2],
  ['msn.com', 2],
  ['live.com', 2],
  ['sbcglobal.net', 1],
  ['verizon.net', 1],
  ['me.com', 1],
];

/** Domains people used years ago and moved away from. */
export const OLD_EMAIL_DOMAINS: readonly (readonly [string, number])[] = [
  ['aol.com', 4],
  ['hotmail.com', 4],
  ['yahoo.com', 4],
  ['comcast.net', 2],
  ['msn.com', 1],
  ['earthlink.net', 1],
];
