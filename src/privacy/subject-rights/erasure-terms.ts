/** What the erasure read about a customer before deleting it: the values the post-erasure scan looks for. */
export interface ErasureTargets {
  customerIds: string[];
  records: { recordKey: string; source: string; sourceId: string; properties: Record<string, unknown> }[];
  identifiers: { key: string; type: string; value: string; line1: string | null; exclusive: boolean }[];
  devices: { key: string; deviceId: string; exclusive: boolean }[];
  blockingKeys: string[];
  householdIds: string[];
  relationshipIds: string[];
}

export interface ScanTerms {
  /** Values that identify the customer on their own: any occurrence is a leftover. */
  terms: string[];
  /** Values that identify only together (given and family name; family name and birth date). */
  pairs: [string, string][];
}

/** Shorter values (a middle initial, a two-letter state) would match everywhere and prove nothing. */
const MIN_TERM_LENGTH = 4;

/**
 * The erased values to search for: ids, record keys, source ids, the customer's own identifiers and devices
 * (shared ones belong to others too and stay), and name pairs. Compared lower-case, as substrings, so values
 * inside JSON properties count.
 */
export function scanTermsOf(targets: ErasureTargets): ScanTerms {
  const terms = new Set<string>();
  const add = (v: unknown) => {
    if (typeof v === 'string' && v.trim().length >= MIN_TERM_LENGTH) terms.add(v.trim().toLowerCase());
  };
  targets.customerIds.forEach(add);
  for (const r of targets.records) {
    add(r.recordKey);
    add(r.sourceId);
  }
  for (const i of targets.identifiers.filter((x) => x.exclusive)) {
    add(i.key);
    add(i.value);
    add(i.line1);
  }
  for (const d of targets.devices.filter((x) => x.exclusive)) {
    add(d.key);
    add(d.deviceId);
  }
  const pairs = new Map<string, [string, string]>();
  const text = (props: Record<string, unknown>, name: string) => {
    const v = props[name];
    return typeof v === 'string' && v.trim().length > 1 ? v.trim().toLowerCase() : null;
  };
  for (const r of targets.records) {
    const given = text(r.properties, 'givenName');
    const family = text(r.properties, 'familyName');
    const birth = text(r.properties, 'dateOfBirth');
    if (given !== null && family !== null) pairs.set(`${given}|${family}`, [given, family]);
    if (family !== null && birth !== null) pairs.set(`${family}|${birth}`, [family, birth]);
  }
  return { terms: [...terms].sort(), pairs: [...pairs.values()] };
}
