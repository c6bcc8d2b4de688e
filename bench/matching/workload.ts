import { DatasetItem, DEFAULT_AS_OF, generateDataset } from '../../seeds/dataset';
import { Rng } from '../../seeds/prng';
import { CanonicalRecord, recordKey } from '../../src/model';
import { SourceSystem } from '../../src/model/source-system';
import { BuilderOptions, parseSourceRecord } from '../../src/sources';

/** Why a record arrives after the load: a new account of a known person, a new person, or a changed record. */
export type ArrivalKind = 'known-person' | 'new-person' | 'update';

/** One record arriving after the full run, as raw source input (the queue path) and parsed (the direct path). */
export interface Arrival {
  kind: ArrivalKind;
  /** For updates: what changed (moved, renamed, new-email). */
  change?: string;
  source: SourceSystem;
  raw: Record<string, unknown>;
  record: CanonicalRecord;
  key: string;
}

export interface SizeWorkload {
  people: number;
  /** Source records the generator produced for `people`. */
  generated: number;
  /** Records the parser refused (the seeds' noise makes a few invalid). */
  rejected: number;
  /** What is loaded before training and the full run (held-back records excluded). */
  load: CanonicalRecord[];
  incremental: Arrival[];
  queue: Arrival[];
}

/** Records are stamped before the dataset's "now"; an update is observed after it. */
const UPDATE_OBSERVED_AT = new Date(Date.parse(DEFAULT_AS_OF) + 15 * 24 * 3600 * 1000).toISOString();
/** Source-id counters of the "new people" dataset start here, so its ids never clash with the loaded ones. */
const NEW_PEOPLE_ID_OFFSET = 30_000_000;

/**
 * The records of one size: the seeds' dataset for `people` (minus the held-back records), and two arrival
 * sets (incremental, queue). Each arrival set is 1/4 records of people already loaded (held back from the
 * load: a known customer opens another account), 1/4 records of people not in the graph (a second dataset,
 * another seed, its own id range) and 1/2 updates of loaded records (moved, renamed, new email), in a
 * seeded shuffled order. Deterministic for a seed.
 */
export function buildWorkload(people: number, seed: string, incremental: number, queue: number, builder: BuilderOptions): SizeWorkload {
  const rng = new Rng(`bench-matching:${seed}:${people}`);
  const items = [...generateDataset({ people, seed })];
  const parsed: { item: DatasetItem; record: CanonicalRecord; key: string }[] = [];
  let rejected = 0;
  for (const item of items) {
    const result = parseSourceRecord(item.source, item.record, builder);
    if (!result.ok) rejected += 1;
    else parsed.push({ item, record: result.record, key: recordKey(result.record.source, result.record.sourceId) });
  }

  const shares = (n: number) => ({ known: Math.floor(n / 4), fresh: Math.floor(n / 4), updates: n - 2 * Math.floor(n / 4) });
  const inc = shares(incremental);
  const q = shares(queue);

  // Held back: records of people with at least three records, so two or more stay in the load.
  const perPerson = new Map<string, number>();
  for (const p of parsed) perPerson.set(p.item.personId, (perPerson.get(p.item.personId) ?? 0) + 1);
  const order = rng.fork('pick').shuffle(parsed.map((_, i) => i));
  const heldBack = new Set<number>();
  const heldPerPerson = new Map<string, number>();
  for (const i of order) {
    if (heldBack.size === inc.known + q.known) break;
    const p = parsed[i];
    if (!p || (perPerson.get(p.item.personId) ?? 0) < 3 || (heldPerPerson.get(p.item.personId) ?? 0) > 0) continue;
    heldBack.add(i);
    heldPerPerson.set(p.item.personId, 1);
  }
  const held = [...heldBack].map((i) => parsed[i]).filter((p) => p !== undefined);

  // Updates: loaded records that have a field to change.
  const updates: Arrival[] = [];
  const changeRng = rng.fork('changes');
  for (const i of order) {
    if (updates.length === inc.updates + q.updates) break;
    const p = parsed[i];
    if (!p || heldBack.has(i)) continue;
    const donor = parsed[changeRng.int(0, parsed.length - 1)];
    const change = changeRecord(p.item.record as unknown as Record<string, unknown>, donor?.item.record as unknown as Record<string, unknown> | undefined, updates.length);
    if (!change) continue;
    const result = parseSourceRecord(p.item.source, change.raw, builder);
    if (!result.ok) continue;
    updates.push({ kind: 'update', change: change.what, source: p.item.source, raw: change.raw, record: result.record, key: p.key });
  }

  // New people: a separate dataset (another seed, its own id range).
  const fresh: Arrival[] = [];
  for (const item of generateDataset({ people: Math.max(50, inc.fresh + q.fresh), seed: `${seed}/incremental-new-people`, idOffset: NEW_PEOPLE_ID_OFFSET })) {
    if (fresh.length === inc.fresh + q.fresh) break;
    const result = parseSourceRecord(item.source, item.record, builder);
    if (!result.ok) continue;
    fresh.push({ kind: 'new-person', source: item.source, raw: item.record as unknown as Record<string, unknown>, record: result.record, key: recordKey(result.record.source, result.record.sourceId) });
  }

  const known: Arrival[] = held.map((p) => ({ kind: 'known-person', source: p.item.source, raw: p.item.record as unknown as Record<string, unknown>, record: p.record, key: p.key }));
  const incrementalSet = [...known.slice(0, inc.known), ...fresh.slice(0, inc.fresh), ...updates.slice(0, inc.updates)];
  const queueSet = [...known.slice(inc.known), ...fresh.slice(inc.fresh), ...updates.slice(inc.updates)];
  return {
    people,
    generated: items.length,
    rejected,
    load: parsed.filter((_, i) => !heldBack.has(i)).map((p) => p.record),
    incremental: rng.fork('incremental-order').shuffle(incrementalSet),
    queue: rng.fork('queue-order').shuffle(queueSet),
  };
}

/** A changed copy of a raw record (a move, a new family name or a new email), observed after the load; null when it has none of those fields. */
function changeRecord(raw: Record<string, unknown>, donor: Record<string, unknown> | undefined, n: number): { raw: Record<string, unknown>; what: string } | null {
  const options: (() => { raw: Record<string, unknown>; what: string } | null)[] = [
    () =>
      typeof raw.addressLine1 === 'string' && donor && typeof donor.addressLine1 === 'string' && donor.addressLine1 !== raw.addressLine1
        ? { raw: { ...raw, addressLine1: donor.addressLine1, city: donor.city, state: donor.state, zip: donor.zip }, what: 'moved' }
        : null,
    () =>
      typeof raw.lastName === 'string' && donor && typeof donor.lastName === 'string' && donor.lastName !== raw.lastName
        ? { raw: { ...raw, lastName: donor.lastName }, what: 'renamed' }
        : null,
    () => (typeof raw.email === 'string' ? { raw: { ...raw, email: `bench.update.${n}.${raw.email.split('@')[0] ?? 'x'}@example.org`.toLowerCase() }, what: 'new-email' } : null),
  ];
  for (let k = 0; k < options.length; k++) {
    const changed = options[(n + k) % options.length]?.();
    if (changed) return { raw: { ...changed.raw, updatedAt: UPDATE_OBSERVED_AT }, what: changed.what };
  }
  return null;
}
