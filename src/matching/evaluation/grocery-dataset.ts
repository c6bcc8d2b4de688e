import { generateDataset } from '../../../seeds/dataset';
import { parseSourceRecord } from '../../sources';
import type { MatchRecord } from '../records/match-record';
import { ResolvableRecord, resolvableRecordFromCanonical } from '../pipeline/resolvable-record';
import { GROCERY_SETTINGS } from '../settings/grocery-settings';
import type { LabelledDataset } from './labelled-dataset';

export interface GroceryDataset extends LabelledDataset {
  /** Per record: the loyalty cards of its own loyalty-source account (a card the person enrolled). */
  ownCards: string[][];
  /** The records as the resolution pipeline takes them (identifier claims, given name). */
  resolvable: ResolvableRecord[];
}

/** The project's synthetic grocery data mapped to canonical and then to match records; truth is personId. */
export function loadGrocery(people: number, seed: number): GroceryDataset {
  const records: MatchRecord[] = [];
  const truth: string[] = [];
  const ownCards: string[][] = [];
  const resolvable: ResolvableRecord[] = [];
  for (const item of generateDataset({ people, seed })) {
    const parsed = parseSourceRecord(item.source, item.record, { tokenHashKey: 'x' });
    if (!parsed.ok) continue;
    const full = resolvableRecordFromCanonical(parsed.record);
    const record = full.match;
    resolvable.push(full);
    records.push(record);
    truth.push(item.personId);
    ownCards.push(item.source === 'loyalty' ? [...(record.fields.loyaltyCard ?? [])] : []);
  }
  return { name: `grocery ${String(people)} people (seed ${String(seed)})`, records, truth, ownCards, resolvable, settings: GROCERY_SETTINGS };
}

/**
 * Clusters that join two different people who each enrolled a loyalty card of their own: the over-merge a
 * retailer notices first (two cardholders' points and purchases in one profile).
 */
export function cardHolderOverMerges(clusters: readonly (readonly number[])[], dataset: GroceryDataset): number {
  let count = 0;
  for (const members of clusters) {
    const cardsByPerson = new Map<string, Set<string>>();
    for (const i of members) {
      for (const card of dataset.ownCards[i] ?? []) {
        const person = dataset.truth[i] ?? '';
        const cards = cardsByPerson.get(person) ?? new Set<string>();
        cards.add(card);
        cardsByPerson.set(person, cards);
      }
    }
    if (cardsByPerson.size >= 2) count++;
  }
  return count;
}
