import { SIGNAL_CLASSES, SignalClass, SourceSystem } from '../../model';

/** One value that could survive into the golden record, with what survivorship looks at. */
export interface SurvivorCandidate<T> {
  name: string;
  value: string;
  signal: SignalClass;
  verified: boolean;
  observedAt: string | null;
  source: SourceSystem;
  /** Carried through untouched: the served value with its provenance. */
  item: T;
}

/** The criterion that separated the survivor from the runner-up. */
export type SurvivorshipRule = 'ONLY_CANDIDATE' | 'SIGNAL_CLASS' | 'VERIFIED' | 'MOST_RECENT' | 'SOURCE_PRIORITY' | 'SAME_VALUE' | 'VALUE_ORDER';

export interface Survivor<T> {
  name: string;
  value: string;
  signal: SignalClass;
  item: T;
  decidedBy: SurvivorshipRule;
  /** How many candidates there were, and how many of them hold the surviving value. */
  candidates: number;
  agreeing: number;
}

type Criterion = { rule: SurvivorshipRule; compare: (a: SurvivorCandidate<unknown>, b: SurvivorCandidate<unknown>) => number };

function criteria(sourcePriority: readonly SourceSystem[]): Criterion[] {
  const rank = (s: SourceSystem) => {
    const i = sourcePriority.indexOf(s);
    return i < 0 ? sourcePriority.length : i;
  };
  const time = (c: SurvivorCandidate<unknown>) => (c.observedAt === null ? Number.NEGATIVE_INFINITY : Date.parse(c.observedAt));
  return [
    { rule: 'SIGNAL_CLASS', compare: (a, b) => SIGNAL_CLASSES.indexOf(a.signal) - SIGNAL_CLASSES.indexOf(b.signal) },
    { rule: 'VERIFIED', compare: (a, b) => Number(b.verified) - Number(a.verified) },
    { rule: 'MOST_RECENT', compare: (a, b) => Math.sign(time(b) - time(a)) },
    { rule: 'SOURCE_PRIORITY', compare: (a, b) => rank(a.source) - rank(b.source) },
    // Only to make the outcome deterministic when everything else ties.
    { rule: 'VALUE_ORDER', compare: (a, b) => a.value.localeCompare(b.value) },
  ];
}

/**
 * The golden record: for each name, the value that survives. EXPLICIT beats OBSERVED beats INFERRED; then a
 * verified value beats an unverified one; then the most recently observed; then the source priority. The
 * survivor keeps its own provenance and signal class; `decidedBy` says which rule chose it.
 */
export function chooseSurvivors<T>(candidates: readonly SurvivorCandidate<T>[], sourcePriority: readonly SourceSystem[]): Survivor<T>[] {
  const order = criteria(sourcePriority);
  const byName = new Map<string, SurvivorCandidate<T>[]>();
  for (const c of candidates) byName.set(c.name, [...(byName.get(c.name) ?? []), c]);
  const survivors: Survivor<T>[] = [];
  for (const [name, group] of byName) {
    const sorted = [...group].sort((a, b) => {
      for (const { compare } of order) {
        const d = compare(a, b);
        if (d !== 0) return d;
      }
      return 0;
    });
    const [winner, runnerUp] = sorted as [SurvivorCandidate<T>, SurvivorCandidate<T> | undefined];
    let decidedBy: SurvivorshipRule = 'ONLY_CANDIDATE';
    if (runnerUp !== undefined) {
      decidedBy = runnerUp.value === winner.value ? 'SAME_VALUE' : (order.find((c) => c.compare(winner, runnerUp) !== 0)?.rule ?? 'VALUE_ORDER');
    }
    survivors.push({
      name, value: winner.value, signal: winner.signal, item: winner.item, decidedBy,
      candidates: group.length, agreeing: group.filter((c) => c.value === winner.value).length,
    });
  }
  return survivors.sort((a, b) => a.name.localeCompare(b.name));
}
