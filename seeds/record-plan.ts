import { SOURCE_SYSTEMS, SourceSystem } from '../src/model/source-system';
import { ageAt, birthdayMillis, DAY_MS, GenerationContext } from './context';
import { Rng } from './prng';
import { Household, Millis, Person } from './types';

/** One record the person will have: its source, id and updatedAt (and for loyalty, its card). */
export interface PlannedRecord {
  source: SourceSystem;
  sourceId: string;
  at: Millis;
  duplicateIndex: number;
  card?: string;
}

interface SourcePlan {
  /** Chance that an adult (18+), a teen (13-17) and a child (under 13) is in the source. */
  adult: number;
  teen: number;
  child: number;
  /** Youngest age at which a record can exist. */
  minAge: number;
  /** Chance of a second account in the same source (a lost card re-enrolled, a second email, ...). */
  duplicate: number;
  /** The source's format requires an email. */
  needsEmail: boolean;
}

/**
 * Coverage per source, tuned so that over the whole population (children included) about 70% of people are
 * in loyalty, 60% in POS, 40% ecommerce, 45% web, 50% CRM, 20% pharmacy and 25% fuel.
 */
export const SOURCE_PLANS: Record<SourceSystem, SourcePlan> = {
  loyalty: { adult: 0.83, teen: 0.3, child: 0, minAge: 16, duplicate: 0.05, needsEmail: false },
  pos: { adult: 0.71, teen: 0.4, child: 0, minAge: 14, duplicate: 0.07, needsEmail: false },
  ecommerce: { adult: 0.5, teen: 0, child: 0, minAge: 18, duplicate: 0.06, needsEmail: true },
  web: { adult: 0.51, teen: 0.55, child: 0, minAge: 13, duplicate: 0.05, needsEmail: false },
  crm: { adult: 0.63, teen: 0, child: 0, minAge: 18, duplicate: 0.04, needsEmail: true },
  // Adults: rises with age (see pharmacyChance); children under 13 have no other source.
  pharmacy: { adult: 0.02, teen: 0.25, child: 0.6, minAge: 0, duplicate: 0.02, needsEmail: false },
  fuel: { adult: 0.3, teen: 0.1, child: 0, minAge: 16, duplicate: 0.03, needsEmail: false },
};

export const MAX_RECORDS_PER_PERSON = 5;

/** Sources tried, in order of likelihood, for someone the dice left with no record at all. */
const FALLBACK: readonly SourceSystem[] = ['loyalty', 'pos', 'web', 'pharmacy'];

/** Which records the person has and when each was last updated (1 to 5 records, newest state last). */
export function planRecords(rng: Rng, ctx: GenerationContext, person: Person, household: Household): PlannedRecord[] {
  const age = ageAt(person.birth, ctx.asOf);
  const hasEmail = person.emails.length > 0 || (person.isAdult && household.familyEmail !== undefined);
  const earliest = (source: SourceSystem): Millis | undefined => {
    const plan = SOURCE_PLANS[source];
    if (plan.needsEmail && !hasEmail) return undefined;
    const from = Math.max(ctx.windowStart, birthdayMillis(person.birth, plan.minAge));
    return from < ctx.asOf - DAY_MS ? from : undefined;
  };

  const counts = new Map<SourceSystem, number>();
  for (const source of SOURCE_SYSTEMS) {
    const plan = SOURCE_PLANS[source];
    const adult = source === 'pharmacy' ? plan.adult + 0.0033 * (age - 18) : plan.adult;
    const p = age >= 18 ? adult : age >= 13 ? plan.teen : plan.child;
    if (earliest(source) !== undefined && rng.chance(p)) counts.set(source, rng.chance(plan.duplicate) ? 2 : 1);
  }
  if (counts.size === 0) {
    const fallback = FALLBACK.find((s) => earliest(s) !== undefined && (age >= 18 || SOURCE_PLANS[s].teen > 0 || SOURCE_PLANS[s].child > 0));
    counts.set(fallback ?? 'pharmacy', 1);
  }
  // At most five records: drop second accounts first, then whole sources.
  let total = [...counts.values()].reduce((a, b) => a + b, 0);
  for (const [source, n] of counts) {
    if (total > MAX_RECORDS_PER_PERSON && n > 1) {
      counts.set(source, 1);
      total--;
    }
  }
  while (total > MAX_RECORDS_PER_PERSON) {
    const sources = [...counts.keys()];
    counts.delete(rng.pick(sources));
    total--;
  }

  const planned: Omit<PlannedRecord, 'sourceId'>[] = [];
  for (const [source, n] of counts) {
    const from = earliest(source) ?? ctx.windowStart;
    // Skewed towards recent: more records were touched lately than three years ago.
    const times = Array.from({ length: n }, () => from + Math.sqrt(rng.next()) * (ctx.asOf - from)).sort((a, b) => a - b);
    times.forEach((at, duplicateIndex) => planned.push({ source, at: Math.floor(at), duplicateIndex }));
  }
  planned.sort((a, b) => a.at - b.at);
  return planned.map((p) => {
    const record: PlannedRecord = { ...p, sourceId: ctx.ids.sourceId(p.source) };
    if (p.source === 'loyalty') {
      record.card = ctx.ids.loyaltyCard();
      person.loyaltyCards.push(record.card);
    }
    if (p.source === 'ecommerce') person.ecommerceAccountIds.push(record.sourceId);
    return record;
  });
}
