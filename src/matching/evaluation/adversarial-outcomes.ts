import { valuesOf } from '../records/match-record';
import type { GroceryDataset } from './grocery-dataset';

/** How one kind of adversarial case came out: of the pairs of different people it tempts, how many merged. */
export interface AdversarialOutcome {
  case: string;
  /** Records that carry the case (both twins' records, every record holding the busy kiosk, ...). */
  records: number;
  /** Pairs of different people the case puts side by side. */
  personPairs: number;
  /** Of those, pairs with records in one final cluster. */
  merged: number;
}

type Dataset = Pick<GroceryDataset, 'records' | 'truth' | 'tags' | 'cases'>;

const choose2 = (n: number): number => (n * (n - 1)) / 2;

/**
 * Per adversarial case, the person pairs merged. Twins, a father and his Jr. and namesakes in one city are
 * pairs of people; a family email, a junk phone, the busy store phone and kiosk are values, and every two
 * people holding one value make a pair (merged when their holding records share a cluster).
 */
export function adversarialOutcomes(dataset: Dataset, clusterOf: ArrayLike<number>): AdversarialOutcome[] {
  const recordsOf = new Map<string, number[]>();
  dataset.truth.forEach((person, i) => recordsOf.set(person, [...(recordsOf.get(person) ?? []), i]));
  const personCase = (kind: string, label: string): AdversarialOutcome => {
    const pairs = dataset.cases.filter((c) => c.kind === kind);
    let merged = 0;
    let records = 0;
    for (const { personIds } of pairs) {
      const [a = [], b = []] = personIds.map((p) => recordsOf.get(p) ?? []);
      records += a.length + b.length;
      const clustersOfA = new Set(a.map((i) => clusterOf[i]));
      if (b.some((i) => clustersOfA.has(clusterOf[i]))) merged++;
    }
    return { case: label, records, personPairs: pairs.length, merged };
  };
  const valueCase = (label: string, column: string, holds: (i: number, value: string) => boolean): AdversarialOutcome => {
    const holders = new Map<string, number[]>();
    dataset.records.forEach((record, i) => {
      for (const value of valuesOf(record, column)) if (holds(i, value)) holders.set(value, [...(holders.get(value) ?? []), i]);
    });
    let records = 0;
    let personPairs = 0;
    let merged = 0;
    for (const indices of holders.values()) {
      const people = new Set(indices.map((i) => dataset.truth[i]));
      if (people.size < 2) continue;
      records += indices.length;
      personPairs += choose2(people.size);
      const peopleByCluster = new Map<number, Set<string>>();
      for (const i of indices) {
        const c = clusterOf[i] ?? -1;
        peopleByCluster.set(c, (peopleByCluster.get(c) ?? new Set()).add(dataset.truth[i] ?? ''));
      }
      for (const inCluster of peopleByCluster.values()) merged += choose2(inCluster.size);
    }
    return { case: label, records, personPairs, merged };
  };
  const tagged = (tag: string) => (i: number): boolean => dataset.tags[i]?.includes(tag) ?? false;
  return [
    personCase('twins', 'twins (same birth date and home)'),
    personCase('junior', 'father and son of one name (Jr.)'),
    personCase('sameNameSameCity', 'same name in the same city'),
    valueCase('email shared by family members', 'email', () => true),
    valueCase('junk but valid phone (867-5309)', 'phone', tagged('junk:valid-phone')),
    valueCase('busy store phone keyed by cashiers', 'phone', tagged('store:busy-phone')),
    valueCase('busy store kiosk', 'device', (i, value) => value.startsWith('kiosk:') && tagged('kiosk:busy')(i)),
  ];
}
