import { MatchRecord, matchRecord } from '../records/match-record';
import { SeededRandom } from '../training/seeded-random';

/** Test data: people with 1-3 noisy records each, and the truth. Small, seeded, no external files. */
export interface SyntheticPeople {
  records: MatchRecord[];
  truth: string[];
}

const FIRST = ['anne', 'robert', 'maria', 'james', 'linda', 'david', 'susan', 'peter', 'grace', 'oliver', 'isla', 'noah', 'emma', 'lucas', 'mia'];
const LAST = ['smith', 'jones', 'zylstra', 'nguyen', 'brown', 'garcia', 'okafor', 'kowalski', 'martin', 'lee', 'walker', 'young', 'hall', 'king'];

function typo(random: SeededRandom, value: string): string {
  if (value.length < 3) return value;
  const at = 1 + random.int(value.length - 2);
  return value.slice(0, at) + value.slice(at + 1, at + 2) + value.slice(at, at + 1) + value.slice(at + 2);
}

export function syntheticPeople(people: number, seed: string): SyntheticPeople {
  const random = new SeededRandom(seed);
  const records: MatchRecord[] = [];
  const truth: string[] = [];
  const pick = <T>(list: readonly T[]): T => list[random.int(list.length)] as T;
  for (let p = 0; p < people; p++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    const dob = `19${String(40 + random.int(60))}-${String(1 + random.int(12)).padStart(2, '0')}-${String(1 + random.int(28)).padStart(2, '0')}`;
    const zip = String(10000 + random.int(300));
    const copies = 1 + random.int(3);
    for (let c = 0; c < copies; c++) {
      const noisy = (value: string): string | null => {
        const roll = random.next();
        if (c === 0 || roll > 0.3) return value;
        return roll < 0.1 ? null : typo(random, value);
      };
      records.push(matchRecord(`p${String(p)}-${String(c)}`, { first: noisy(first), last: noisy(last), dob: noisy(dob), zip: noisy(zip) }));
      truth.push(`p${String(p)}`);
    }
  }
  return { records, truth };
}
