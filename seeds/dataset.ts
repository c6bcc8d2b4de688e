import { SOURCE_SYSTEMS, SourceSystem } from '../src/model/source-system';
import { AdversarialOptions, adversarialOptions, adversarialRng } from './adversarial';
import { GenerationContext, YEAR_MS } from './context';
import { adultTwinsAtHome, createHouseholdUnit } from './household-factory';
import { IdAllocator } from './ids';
import { DEFAULT_NOISE, NoiseProfile, NoiseTags } from './noise';
import { Rng } from './prng';
import { planRecords } from './record-plan';
import { HouseholdSignal, RECORD_WRITERS, SourceRecordMap } from './source-record-writers';
import { RecordContext } from './source-record-writers/record-context';
import { buildCatalogue } from './stores';
import { AdversarialCase, AdversarialKind, Household } from './types';
import { UniqueRegistry } from './unique-registry';

export const GENERATOR_NAME = 'identity-graph-seeds';
export const GENERATOR_VERSION = '1.0.0';

/** The dataset's "now" unless told otherwise: fixed, so a seed gives the same data on any day. */
export const DEFAULT_AS_OF = '2026-07-01T00:00:00Z';

export interface GenerateOptions {
  /** How many people (exactly). */
  people: number;
  seed: string | number;
  /** Records are stamped within the three years before this instant (ISO 8601). */
  asOf?: string;
  /** Overrides of the noise rates (see noise.ts); `CLEAN_NOISE` turns all errors off. */
  noise?: Partial<NoiseProfile>;
  /** Starts the id counters further on (used for malformed records, so their ids never clash). */
  idOffset?: number;
  /**
   * Adds the adversarial cases of adversarial.ts (true: default rates). Off by default, so everyday data
   * (the demo set) does not change; the matching evaluation turns it on.
   */
  adversarial?: boolean | Partial<AdversarialOptions>;
}

/** One source record and its ground truth. */
export interface DatasetItem<S extends SourceSystem = SourceSystem> {
  source: S;
  record: SourceRecordMap[S];
  personId: string;
  householdId: string;
  /** Fields carrying another household member's (or the household's) identifier; omitted when none. */
  householdSignals?: HouseholdSignal[];
  /** What noise went into the record (typo:firstName, nickname:firstName, junk:phone, ...). */
  noise: string[];
}

export interface GeneratedHousehold {
  household: Household;
  items: DatasetItem[];
}

export interface DatasetSummary {
  seed: string;
  asOf: string;
  people: number;
  households: number;
  records: Record<SourceSystem, number>;
  /** Share of people with at least one record in the source. */
  coverage: Record<SourceSystem, number>;
  recordsPerPerson: Record<string, number>;
  adversarial: { counts: Record<AdversarialKind, number>; cases: AdversarialCase[] };
  noiseCounts: Record<string, number>;
  householdSignalCounts: Record<string, number>;
}

/** The household unit that is always a "same name in the same city" pair. */
const SAME_NAME_UNIT = 25;

const zeroBySource = (): Record<SourceSystem, number> => ({ ecommerce: 0, pos: 0, loyalty: 0, pharmacy: 0, fuel: 0, web: 0, crm: 0 });

function createContext(options: GenerateOptions): GenerationContext {
  if (!Number.isInteger(options.people) || options.people < 1) throw new Error('people must be a positive integer');
  const asOf = Date.parse(options.asOf ?? DEFAULT_AS_OF);
  if (Number.isNaN(asOf)) throw new Error(`asOf is not a date: ${options.asOf ?? ''}`);
  const rng = new Rng(`${GENERATOR_NAME}:${String(options.seed)}`);
  const registry = new UniqueRegistry(options.people * 3 + 1000);
  let personNumber = 0;
  let householdNumber = 0;
  const adversarial = adversarialOptions(options.adversarial);
  return {
    rng,
    asOf,
    windowStart: asOf - 3 * YEAR_MS,
    registry,
    catalogue: buildCatalogue(rng.fork('catalogue'), registry),
    ids: new IdAllocator(rng.fork('ids'), options.idOffset ?? 0),
    noise: { ...DEFAULT_NOISE, ...options.noise },
    ...(adversarial === undefined ? {} : { adversarial }),
    nextPersonId: () => `P-${String(++personNumber).padStart(7, '0')}`,
    nextHouseholdId: () => `H-${String(++householdNumber).padStart(7, '0')}`,
  };
}

/**
 * Generates households one at a time with their members' source records. Memory stays bounded: nothing is
 * kept of a household once it is yielded, except the summary counters (and the few adversarial tags).
 * The return value (when the iteration ends) is the summary.
 */
export function* generateHouseholds(options: GenerateOptions): Generator<GeneratedHousehold, DatasetSummary, undefined> {
  const ctx = createContext(options);
  const records = zeroBySource();
  const peopleIn = zeroBySource();
  const recordsPerPerson: Record<string, number> = {};
  const noiseCounts: Record<string, number> = {};
  const signalCounts: Record<string, number> = {};
  const cases: AdversarialCase[] = [];
  let people = 0;
  let households = 0;
  for (let unit = 0; people < options.people; unit++) {
    const rng = ctx.rng.fork(`unit:${unit}`);
    // The rarest adversarial case is made once early on, so that even a small demo set has one.
    const twins = ctx.adversarial !== undefined && unit !== SAME_NAME_UNIT && options.people - people >= 4 && adversarialRng(ctx.rng, `unit:${unit}`).chance(ctx.adversarial.adultTwins);
    const made = twins ? adultTwinsAtHome(rng, ctx) : createHouseholdUnit(rng, ctx, options.people - people, unit === SAME_NAME_UNIT);
    cases.push(...made.cases);
    for (const household of made.households) {
      // Plan every member first: a member's records may carry another member's loyalty card.
      const plans = household.members.map((person) => planRecords(rng, ctx, person, household));
      const items: DatasetItem[] = [];
      household.members.forEach((person, i) => {
        const plan = plans[i] ?? [];
        recordsPerPerson[String(plan.length)] = (recordsPerPerson[String(plan.length)] ?? 0) + 1;
        for (const source of new Set(plan.map((p) => p.source))) peopleIn[source]++;
        for (const planned of plan) {
          const recordCtx: RecordContext = {
            rng,
            gen: ctx,
            person,
            household,
            at: planned.at,
            sourceId: planned.sourceId,
            duplicateIndex: planned.duplicateIndex,
            tags: new NoiseTags(),
            signals: new Set<HouseholdSignal>(),
            ...(planned.card === undefined ? {} : { card: planned.card }),
          };
          const record = RECORD_WRITERS[planned.source](recordCtx);
          const signals = [...recordCtx.signals];
          records[planned.source]++;
          for (const tag of recordCtx.tags.tags) noiseCounts[tag] = (noiseCounts[tag] ?? 0) + 1;
          for (const signal of signals) signalCounts[signal] = (signalCounts[signal] ?? 0) + 1;
          items.push({
            source: planned.source,
            record,
            personId: person.personId,
            householdId: household.householdId,
            ...(signals.length > 0 ? { householdSignals: signals } : {}),
            noise: recordCtx.tags.tags,
          } as DatasetItem);
        }
      });
      people += household.members.length;
      households++;
      yield { household, items };
    }
  }
  const counts: Record<AdversarialKind, number> = { twins: 0, junior: 0, sameNameSameCity: 0 };
  for (const c of cases) counts[c.kind]++;
  const coverage = zeroBySource();
  for (const source of SOURCE_SYSTEMS) coverage[source] = Math.round((peopleIn[source] / people) * 1000) / 1000;
  return {
    seed: String(options.seed),
    asOf: new Date(ctx.asOf).toISOString(),
    people,
    households,
    records,
    coverage,
    recordsPerPerson,
    adversarial: { counts, cases },
    noiseCounts: sortKeys(noiseCounts),
    householdSignalCounts: sortKeys(signalCounts),
  };
}

/** The dataset as a stream of `{ source, record, personId, householdId }` items; returns the summary. */
export function* generateDataset(options: GenerateOptions): Generator<DatasetItem, DatasetSummary, undefined> {
  const households = generateHouseholds(options);
  for (;;) {
    const next = households.next();
    if (next.done === true) return next.value;
    yield* next.value.items;
  }
}

function sortKeys(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}
