import { CanonicalRecord, PERSON_ATTRIBUTES } from '../model';

/**
 * The SourceRecord node's attribute properties for a canonical record: `<attr>`, `<attr>Signal` and
 * `<attr>ObservedAt` for each attribute, and null for the ones the record no longer carries (so that
 * `SET r += properties` removes them).
 */
export function recordProperties(record: CanonicalRecord, previous?: Record<string, unknown>): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const name of PERSON_ATTRIBUTES) {
    const attribute = record.attributes.find((a) => a.name === name);
    const unchanged = attribute !== undefined && previous?.[name] === attribute.value && previous?.[`${name}Signal`] === attribute.signal;
    properties[name] = attribute?.value ?? null;
    properties[`${name}Signal`] = attribute?.signal ?? null;
    // A value keeps the time it was first observed with this content; a changed value takes the record's time.
    properties[`${name}ObservedAt`] = attribute === undefined ? null : unchanged ? (previous?.[`${name}ObservedAt`] ?? record.observedAt) : record.observedAt;
  }
  return properties;
}

/** The attributes whose value or signal differ between the stored node and the incoming record. */
export function changedAttributes(record: CanonicalRecord, previous: Record<string, unknown>): { fields: string[]; previousValues: Record<string, unknown> } {
  const fields: string[] = [];
  const previousValues: Record<string, unknown> = {};
  for (const name of PERSON_ATTRIBUTES) {
    const attribute = record.attributes.find((a) => a.name === name);
    const before = previous[name] ?? null;
    const beforeSignal = previous[`${name}Signal`] ?? null;
    if ((attribute?.value ?? null) !== before || (attribute?.signal ?? null) !== beforeSignal) {
      fields.push(name);
      previousValues[name] = before;
    }
  }
  return { fields, previousValues };
}
