import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatasetItem, generateDataset } from '../../seeds/dataset';
import { NdjsonSink, ShuffledSink } from '../../seeds/ndjson-sink';
import { Rng } from '../../seeds/prng';
import { SOURCE_SYSTEMS, SourceSystem } from '../../src/model/source-system';

export interface BenchDataset {
  dir: string;
  records: number;
  people: number;
  bySource: Record<SourceSystem, number>;
  files: { source: SourceSystem; path: string; records: number }[];
  seconds: number;
}

/** The seeds produce ~3.3 records per person; ask for a few more people than that needs. */
const RECORDS_PER_PERSON_GUESS = 3;

/**
 * Exactly `size` source records from the seeds generator (the first `size` it yields, household by household,
 * so households stay whole except the last), one NDJSON file per source, shuffled over a 5,000-line window
 * as `seeds/write-dataset.ts` does. Deterministic for a seed.
 */
export function writeBenchDataset(size: number, seed: string, dir: string): BenchDataset {
  const t0 = performance.now();
  let people = Math.ceil(size / RECORDS_PER_PERSON_GUESS) + 100;
  let items = takeRecords(people, seed, size);
  while (items.length < size) {
    people = Math.ceil(people * 1.5);
    items = takeRecords(people, seed, size);
  }
  mkdirSync(dir, { recursive: true });
  const shuffleRng = new Rng(`shuffle:${seed}`);
  const sinks = new Map<SourceSystem, { sink: NdjsonSink; shuffled: ShuffledSink }>();
  for (const source of SOURCE_SYSTEMS) {
    const sink = new NdjsonSink(join(dir, `${source}.ndjson`));
    sinks.set(source, { sink, shuffled: new ShuffledSink(sink, shuffleRng.fork(source), 5000) });
  }
  const persons = new Set<string>();
  for (const item of items) {
    sinks.get(item.source)?.shuffled.write(item.record);
    persons.add(item.personId);
  }
  for (const { shuffled } of sinks.values()) shuffled.close();
  const files = SOURCE_SYSTEMS.map((source) => ({ source, path: join(dir, `${source}.ndjson`), records: sinks.get(source)?.sink.lines ?? 0 }));
  return {
    dir,
    records: items.length,
    people: persons.size,
    bySource: Object.fromEntries(files.map((f) => [f.source, f.records])) as Record<SourceSystem, number>,
    files: files.filter((f) => f.records > 0),
    seconds: (performance.now() - t0) / 1000,
  };
}

function takeRecords(people: number, seed: string, size: number): DatasetItem[] {
  const items: DatasetItem[] = [];
  for (const item of generateDataset({ people, seed })) {
    items.push(item);
    if (items.length === size) break;
  }
  return items;
}
