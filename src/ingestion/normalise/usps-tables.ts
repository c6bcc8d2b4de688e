/**
 * Abbreviation tables from USPS Publication 28 ("Postal Addressing Standards"):
 * Appendix C1 (street suffixes), C2 (secondary unit designators) and the directionals in section 233.
 * Each entry maps every accepted spelling (the primary name, the common abbreviations and the standard
 * abbreviation itself) to the standard abbreviation.
 */

function expand(groups: Readonly<Record<string, readonly string[]>>): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const [standard, spellings] of Object.entries(groups)) {
    map.set(standard, standard);
    for (const spelling of spellings) map.set(spelling, standard);
  }
  return map;
}

/** Pub 28 Appendix C1: standard suffix abbreviation -> spellings that map to it. */
export const STREET_SUFFIXES: ReadonlyMap<string, string> = expand({
  ALY: ['ALLEY', 'ALLEE', 'ALLY'],
  ANX: ['ANNEX', 'ANEX', 'ANNX'],
  ARC: ['ARCADE'],
  AVE: ['AVENUE', 'AV', 'AVEN', 'AVENU', 'AVN', 'AVNUE'],
  BCH: ['BEACH'],
  BLF: ['BLUFF', 'BLUF'],
  BLVD: ['BOULEVARD', 'BOUL', 'BOULV'],
  BND: ['BEND'],
  BR: ['BRANCH', 'BRNCH'],
  BRG: ['BRIDGE', 'BRDGE'],
  BRK: ['BROOK'],
  BYP: ['BYPASS', 'BYPA', 'BYPAS', 'BYPS'],
  CIR: ['CIRCLE', 'CIRC', 'CIRCL', 'CRCL', 'CRCLE'],
  CLF: ['CLIFF'],
  CLFS: ['CLIFFS'],
  CMN: ['COMMON'],
  CRES: ['CRESCENT', 'CRSENT', 'CRSNT'],
  CRK: ['CREEK'],
  CSWY: ['CAUSEWAY', 'CAUSWA'],
  CT: ['COURT'],
  CTR: ['CENTER', 'CEN', 'CENT', 'CENTR', 'CENTRE', 'CNTER', 'CNTR'],
  CTS: ['COURTS'],
  CV: ['COVE'],
  CYN: ['CANYON', 'CANYN', 'CNYN'],
  DR: ['DRIVE', 'DRIV', 'DRV'],
  EST: ['ESTATE'],
  ESTS: ['ESTATES'],
  EXPY: ['EXPRESSWAY', 'EXP', 'EXPR', 'EXPRESS', 'EXPW'],
  EXT: ['EXTENSION', 'EXTN', 'EXTNSN'],
  FLD: ['FIELD'],
  FLDS: ['FIELDS'],
  FRST: ['FOREST', 'FORESTS'],
  FWY: ['FREEWAY', 'FREEWY', 'FRWAY', 'FRWY'],
  GDN: ['GARDEN', 'GARDN', 'GRDEN', 'GRDN'],
  GDNS: ['GARDENS', 'GRDNS'],
  GLN: ['GLEN'],
  GRN: ['GREEN'],
  GRV: ['GROVE', 'GROV'],
  HBR: ['HARBOR', 'HARB', 'HARBR', 'HRBOR'],
  HL: ['HILL'],
  HLS: ['HILLS'],
  HOLW: ['HOLLOW', 'HLLW', 'HOLLOWS', 'HOLWS'],
  HTS: ['HEIGHTS', 'HT'],
  HWY: ['HIGHWAY', 'HIGHWY', 'HIWAY', 'HIWY', 'HWAY'],
  IS: ['ISLAND', 'ISLND'],
  JCT: ['JUNCTION', 'JCTION', 'JCTN', 'JUNCTN', 'JUNCTON'],
  KNL: ['KNOLL', 'KNOL'],
  LK: ['LAKE'],
  LKS: ['LAKES'],
  LN: ['LANE'],
  LNDG: ['LANDING', 'LNDNG'],
  LOOP: ['LOOPS'],
  MDWS: ['MEADOWS', 'MDW', 'MEDOWS'],
  MNR: ['MANOR'],
  MT: ['MOUNT', 'MNT'],
  MTN: ['MOUNTAIN', 'MNTAIN', 'MNTN', 'MOUNTIN', 'MTIN'],
  OVAL: ['OVL'],
  PARK: ['PRK', 'PARKS'],
  PASS: [],
  PATH: ['PATHS'],
  PIKE: ['PIKES'],
  PKWY: ['PARKWAY', 'PARKWY', 'PKWAY', 'PKY', 'PARKWAYS', 'PKWYS'],
  PL: ['PLACE'],
  PLZ: ['PLAZA', 'PLZA'],
  PNE: ['PINE'],
  PNES: ['PINES'],
  PT: ['POINT'],
  PTS: ['POINTS'],
  RD: ['ROAD'],
  RDG: ['RIDGE', 'RDGE'],
  RDS: ['ROADS'],
  RNCH: ['RANCH', 'RANCHES', 'RNCHS'],
  ROW: [],
  RTE: ['ROUTE'],
  RUN: [],
  SPG: ['SPRING', 'SPNG', 'SPRNG'],
  SPGS: ['SPRINGS', 'SPNGS', 'SPRNGS'],
  SQ: ['SQUARE', 'SQR', 'SQRE', 'SQU'],
  ST: ['STREET', 'STRT', 'STR'],
  STA: ['STATION', 'STATN', 'STN'],
  TER: ['TERRACE', 'TERR'],
  TPKE: ['TURNPIKE', 'TRNPK', 'TURNPK'],
  TRCE: ['TRACE', 'TRACES'],
  TRL: ['TRAIL', 'TRAILS', 'TRLS'],
  VLG: ['VILLAGE', 'VILL', 'VILLAG', 'VILLG', 'VILLIAGE'],
  VLY: ['VALLEY', 'VALLY', 'VLLY'],
  VIS: ['VISTA', 'VIST', 'VST', 'VSTA'],
  VW: ['VIEW'],
  WALK: ['WALKS'],
  WAY: ['WY'],
  XING: ['CROSSING', 'CRSSNG'],
});

/** Pub 28 section 233: directionals. */
export const DIRECTIONALS: ReadonlyMap<string, string> = expand({
  N: ['NORTH'],
  S: ['SOUTH'],
  E: ['EAST'],
  W: ['WEST'],
  NE: ['NORTHEAST'],
  NW: ['NORTHWEST'],
  SE: ['SOUTHEAST'],
  SW: ['SOUTHWEST'],
});

export interface UnitDesignator {
  abbreviation: string;
  /** Whether the designator is followed by a number or letter ("APT 4") or stands alone ("REAR"). */
  takesIdentifier: boolean;
}

function designators(entries: ReadonlyArray<[string, readonly string[], boolean]>): ReadonlyMap<string, UnitDesignator> {
  const map = new Map<string, UnitDesignator>();
  for (const [abbreviation, spellings, takesIdentifier] of entries) {
    for (const spelling of [abbreviation, ...spellings]) map.set(spelling, { abbreviation, takesIdentifier });
  }
  return map;
}

/** Pub 28 Appendix C2: secondary unit designators. "#" is read as APT. */
export const UNIT_DESIGNATORS: ReadonlyMap<string, UnitDesignator> = designators([
  ['APT', ['APARTMENT', '#'], true],
  ['BLDG', ['BUILDING'], true],
  ['BSMT', ['BASEMENT'], false],
  ['DEPT', ['DEPARTMENT'], true],
  ['FL', ['FLOOR'], true],
  ['FRNT', ['FRONT'], false],
  ['HNGR', ['HANGAR'], true],
  ['KEY', [], true],
  ['LBBY', ['LOBBY'], false],
  ['LOT', [], true],
  ['LOWR', ['LOWER'], false],
  ['OFC', ['OFFICE'], false],
  ['PH', ['PENTHOUSE'], false],
  ['PIER', [], true],
  ['REAR', [], false],
  ['RM', ['ROOM'], true],
  ['SIDE', [], false],
  ['SLIP', [], true],
  ['SPC', ['SPACE'], true],
  ['STE', ['SUITE'], true],
  ['STOP', [], true],
  ['TRLR', ['TRAILER'], true],
  ['UNIT', [], true],
  ['UPPR', ['UPPER'], false],
]);
