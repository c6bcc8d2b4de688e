import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_SYSTEMS, SourceSystem } from '../src/model/source-system';
import { plainAddress } from './addresses';
import { valueAt } from './context';
import { DatasetSummary, GENERATOR_NAME, GENERATOR_VERSION, GenerateOptions, generateHouseholds } from './dataset';
import { generateMalformed } from './malformed';
import { DEFAULT_NOISE } from './noise';
import { NdjsonSink, ShuffledSink } from './ndjson-sink';
import { Rng } from './prng';

export interface WriteDatasetOptions extends GenerateOptions {
  outDir: string;
  /** Also write malformed.ndjson with this many records that ingestion must reject. */
  malformed?: number;
  /** Lines each source file is shuffled over (0 or 1: household order). Default 5000. */
  shuffleWindow?: number;
  /** Called now and then with the number of people written so far. */
  onProgress?: (people: number) => void;
}

export interface Manifest extends Omit<DatasetSummary, 'records'> {
  generator: { name: string; version: string };
  records: { total: number; bySource: Record<SourceSystem, number> };
  truthLines: number;
  malformed: number;
  shuffleWindow: number;
  noiseProfile: typeof DEFAULT_NOISE;
  files: Record<string, { lines: number; bytes: number }>;
}

/** One truth line: which person (and household) a source record belongs to. */
export interface TruthLine {
  source: SourceSystem;
  sourceId: string;
  personId: string;
  householdId: string;
  householdSignals?: string[];
}

const ID_FIELD: Record<SourceSystem, string> = {
  ecommerce: 'accountId',
  pos: 'posCustomerId',
  loyalty: 'memberId',
  pharmacy: 'patientId',
  fuel: 'fuelAccountId',
  web: 'userId',
  crm: 'crmId',
};

export function sourceIdOf(source: SourceSystem, record: object): string {
  const id = (record as Record<string, unknown>)[ID_FIELD[source]];
  if (typeof id !== 'string') throw new Error(`${source} record without its id`);
  return id;
}

/**
 * Writes `<outDir>/<source>.ndjson` for each source, `truth.ndjson`, `households.ndjson`, `manifest.json`
 * and (with `malformed`) `malformed.ndjson`, streaming: memory does not grow with the number of people.
 */
export function writeDataset(options: WriteDatasetOptions): Manifest {
  const { outDir } = options;
  mkdirSync(outDir, { recursive: true });
  const shuffleWindow = options.shuffleWindow ?? 5000;
  const shuffleRng = new Rng(`shuffle:${String(options.seed)}`);
  const sinks = new Map<SourceSystem, ShuffledSink>();
  const raw = new Map<string, NdjsonSink>();
  for (const source of SOURCE_SYSTEMS) {
    const sink = new NdjsonSink(join(outDir, `${source}.ndjson`));
    raw.set(`${source}.ndjson`, sink);
    sinks.set(source, new ShuffledSink(sink, shuffleRng.fork(source), shuffleWindow));
  }
  const truth = new NdjsonSink(join(outDir, 'truth.ndjson'));
  const households = new NdjsonSink(join(outDir, 'households.ndjson'));
  raw.set('truth.ndjson', truth);
  raw.set('households.ndjson', households);

  const generator = generateHouseholds(options);
  let people = 0;
  let summary: DatasetSummary | undefined;
  while (summary === undefined) {
    const next = generator.next();
    if (next.done === true) {
      summary = next.value;
      break;
    }
    const { household, items } = next.value;
    const current = valueAt(household.addresses, Infinity) ?? household.addresses[0]?.value;
    if (current === undefined) throw new Error(`${household.householdId} has no address`);
    households.write({ householdId: household.householdId, personIds: household.members.map((m) => m.personId), address: plainAddress(current) });
    for (const item of items) {
      sinks.get(item.source)?.write(item.record);
      const line: TruthLine = {
        source: item.source,
        sourceId: sourceIdOf(item.source, item.record),
        personId: item.personId,
        householdId: item.householdId,
        ...(item.householdSignals === undefined ? {} : { householdSignals: item.householdSignals }),
      };
      truth.write(line);
    }
    const before = people;
    people += household.members.length;
    if (options.onProgress !== undefined && Math.floor(people / 10000) !== Math.floor(before / 10000)) options.onProgress(people);
  }
  for (const sink of sinks.values()) sink.close();
  truth.close();
  households.close();

  const malformedPath = join(outDir, 'malformed.ndjson');
  let malformed = 0;
  if ((options.malformed ?? 0) > 0) {
    const sink = new NdjsonSink(malformedPath);
    for (const record of generateMalformed(options.malformed ?? 0, options.seed)) sink.write(record);
    sink.close();
    raw.set('malformed.ndjson', sink);
    malformed = sink.lines;
  } else {
    rmSync(malformedPath, { force: true });
  }

  const { records, ...rest } = summary;
  const manifest: Manifest = {
    generator: { name: GENERATOR_NAME, version: GENERATOR_VERSION },
    ...rest,
    records: { total: Object.values(records).reduce((a, b) => a + b, 0), bySource: records },
    truthLines: truth.lines,
    malformed,
    shuffleWindow,
    noiseProfile: { ...DEFAULT_NOISE, ...options.noise },
    files: Object.fromEntries([...raw.entries()].map(([name, sink]) => [name, { lines: sink.lines, bytes: statSync(sink.path).size }])),
  };
  const manifestSink = new NdjsonSink(join(outDir, 'manifest.json'));
  manifestSink.writeLine(JSON.stringify(manifest, null, 2));
  manifestSink.close();
  return manifest;
}
