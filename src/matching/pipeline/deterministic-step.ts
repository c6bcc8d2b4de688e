import type { IdentifierType } from '../../model';
import { NeighbourRecord, planDeterministicResolution, ResolutionCandidate } from '../deterministic/plan-deterministic-resolution';
import { genericKey } from '../generic/detect-generic-values';
import { columnValue, IDENTIFIER_COLUMN, linksDeterministically, ResolvableRecord } from './resolvable-record';

/** Two records the deterministic rules joined, and the identifier type that joined them. */
export interface DeterministicLink {
  left: number;
  right: number;
  identifierType: IdentifierType;
}

/** Records sharing a linking identifier that the given-name guard kept apart. */
export interface RefusedDeterministicLink {
  left: number;
  right: number;
  identifierType: IdentifierType;
  reason: 'given-name-guard';
  detail: string;
}

export interface DeterministicResult {
  /** Deterministic component (the service's customer before probabilistic matching) of each record. */
  componentOf: Int32Array;
  components: number[][];
  links: DeterministicLink[];
  refused: RefusedDeterministicLink[];
}

/**
 * The service's deterministic resolution over records held in memory, with the same rules as ingestion
 * (find-deterministic-neighbours.cypher + planDeterministicResolution): records sharing a strong identifier
 * both state EXPLICITly, or an email both verified, are one customer unless their given names disagree;
 * generic values never link. The whole set is one batch here, whereas the service resolves batch by batch,
 * so where the greedy given-name guard depends on order the two may part slightly.
 */
export function deterministicStep(records: readonly ResolvableRecord[], generic: ReadonlySet<string>): DeterministicResult {
  const holders = new Map<string, number[]>();
  const typeOfKey = new Map<string, IdentifierType>();
  records.forEach((record, index) => {
    for (const claim of record.identifiers) {
      if (!linksDeterministically(claim)) continue;
      const column = IDENTIFIER_COLUMN[claim.type];
      if (column !== undefined && generic.has(genericKey(column, columnValue(claim)))) continue;
      const key = `${claim.type}:${claim.value}`;
      typeOfKey.set(key, claim.type);
      const list = holders.get(key);
      if (list === undefined) holders.set(key, [index]);
      else if (list[list.length - 1] !== index) list.push(index);
    }
  });

  const neighbours: NeighbourRecord[][] = records.map(() => []);
  for (const [key, indices] of holders) {
    if (indices.length < 2) continue;
    const identifierType = typeOfKey.get(key) as IdentifierType;
    for (const i of indices) {
      for (const j of indices) {
        if (i === j) continue;
        const other = records[j] as ResolvableRecord;
        neighbours[i]?.push({ recordKey: other.match.id, customerId: null, customerCreatedAt: null, identifierType, givenName: other.givenName });
      }
    }
  }
  const candidates: ResolutionCandidate[] = records.map((record, i) => ({
    recordKey: record.match.id,
    customerId: null,
    customerCreatedAt: null,
    givenName: record.givenName,
    neighbours: neighbours[i] ?? [],
  }));
  let next = 0;
  const plan = planDeterministicResolution(candidates, () => String(next++));

  const indexOf = new Map(records.map((r, i) => [r.match.id, i]));
  if (indexOf.size !== records.length) throw new Error('record ids must be unique');
  const componentOf = new Int32Array(records.length);
  for (const a of plan.assignments) componentOf[indexOf.get(a.recordKey) ?? 0] = Number(a.customerId);
  const components: number[][] = Array.from({ length: next }, () => []);
  componentOf.forEach((c, i) => components[c]?.push(i));

  const links = plan.links.map((l) => ({ left: indexOf.get(l.fromKey) ?? 0, right: indexOf.get(l.toKey) ?? 0, identifierType: l.identifierType }));
  const refused: RefusedDeterministicLink[] = [];
  for (const [key, indices] of holders) {
    const firstOf = new Map<number, number>();
    for (const i of indices) if (!firstOf.has(componentOf[i] ?? 0)) firstOf.set(componentOf[i] ?? 0, i);
    const [anchor, ...others] = [...firstOf.values()];
    for (const other of others) {
      refused.push({
        left: anchor ?? 0,
        right: other,
        identifierType: typeOfKey.get(key) as IdentifierType,
        reason: 'given-name-guard',
        detail: `share ${typeOfKey.get(key) ?? ''} but their given names disagree`,
      });
    }
  }
  return { componentOf, components, links, refused };
}
