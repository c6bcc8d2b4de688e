import { generateDataset, GenerateOptions } from '../../../seeds/dataset';
import type { AdversarialCase } from '../../../seeds/types';
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
  /** Per record: the generator's noise tags (junk:valid-phone, kiosk:busy, ...). */
  tags: string[][];
  /** The generator's tagged cases (twins, junior, same name in the same city). */
  cases: AdversarialCase[];
}

/**
 * The project's synthetic grocery data mapped to canonical and then to match records; truth is personId.
 * `adversarial` adds the generator's adversarial cases (seeds/adversarial.ts).
 */
export function loadGrocery(people: number, seed: number, adversarial: GenerateOptions['adversarial'] = false): GroceryDataset {
  const records: MatchRecord[] = [];
  const truth: string[] = [];
  const ownCards: string[][] = [];
  const resolvable: ResolvableRecord[] = [];
  const tags: string[][] = [];
  const items = generateDataset({ people, seed, adversarial });
  for (let next = items.next(); ; next = items.next()) {
    if (next.done === true) {
      const name = `grocery ${String(people)} people (seed ${String(seed)}${adversarial === false ? '' : ', adversarial'})`;
      return { name, records, truth, ownCards, resolvable, tags, cases: next.value.adversarial.cases, settings: GROCERY_SETTINGS };
    }
    const item = next.value;
    const parsed = parseSourceRecord(item.source, item.record, { tokenHashKey: 'x' });
    if (!parsed.ok) continue;
    const full = resolvableRecordFromCanonical(parsed.record);
    resolvable.push(full);
    records.push(full.match);
    truth.push(item.personId);
    tags.push(item.noise);
    ownCards.push(item.source === 'loyalty' ? [...(full.match.fields.loyaltyCard ?? [])] : []);
  }
}

/**
 * Clusters that join two different people who each enrolled a loyalty card of their own: the over-merge a
 * retailer notices first (two cardholders' points and purchases in one profile).
 */
export function cardHolderOverMerges(clusters: readonly (readonly number[])[], dataset: Pick<GroceryDataset, 'ownCards' | 'truth'>): number {
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
