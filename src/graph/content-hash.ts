import { createHash } from 'node:crypto';
import { CanonicalRecord } from '../model';

/**
 * A hash of everything a record says, so that re-ingesting an unchanged record writes nothing.
 * Arrays are sorted so that the order a source lists identifiers in does not count as a change.
 */
export function contentHash(record: CanonicalRecord): string {
  const canonical = {
    source: record.source,
    sourceId: record.sourceId,
    banner: record.banner ?? null,
    attributes: [...record.attributes].sort((a, b) => a.name.localeCompare(b.name)),
    identifiers: [...record.identifiers]
      .map((i) => ({ type: i.type, value: i.value, signal: i.signal, verified: i.verified, field: i.field }))
      .sort((a, b) => `${a.type}:${a.value}:${a.field}`.localeCompare(`${b.type}:${b.value}:${b.field}`)),
    devices: [...record.devices].sort((a, b) => `${a.type}:${a.id}`.localeCompare(`${b.type}:${b.id}`)),
    junkFields: [...record.junkFields].sort(),
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}
