import { SignalClass } from '../model';
import { decideField, DecisionContext, fieldCategories, FieldDecision, loadPolicy, Policy, Scope } from '../privacy';

/** What the gate decides about: a segment membership, an affinity or a feature, with its own data categories. */
export interface Insight {
  /** Categories the insight carries itself (a health affinity: inferred_profile, health). */
  categories: readonly string[];
  signal: SignalClass;
}

/**
 * The policy's label for an insight: segments and affinities are labelled by the policy file's attributes
 * (`segments`, `healthSegments`, `locationSegments`, `affinities`, `healthAffinities`, `locationAffinities`),
 * chosen by the sensitive categories the insight carries; the insight's own categories are added.
 */
export function insightCategories(policy: Policy, kind: 'segment' | 'affinity', own: readonly string[]): string[] {
  const base = kind === 'segment' ? 'Segments' : 'Affinities';
  const names = [kind === 'segment' ? 'segments' : 'affinities'];
  if (own.includes('health')) names.push(`health${base}`);
  if (own.includes('precise_location')) names.push(`location${base}`);
  const labelled = names.flatMap((name) => fieldCategories(policy, { kind: 'attribute', name }, []));
  return [...new Set([...labelled, ...own])];
}

export interface Gated<T> {
  served: T[];
  withheld: { item: T; decision: FieldDecision }[];
}

/**
 * Keeps the insights `scope` may see, deciding each with the privacy engine (deny by default): an insight
 * built on health or precise location needs a rule that approves that category for the scope's purpose in the
 * customer's jurisdiction, with any consent it requires.
 */
export function gateInsights<T extends Insight>(policy: Policy, kind: 'segment' | 'affinity', items: readonly T[], scope: Scope, context: DecisionContext): Gated<T> {
  const gated: Gated<T> = { served: [], withheld: [] };
  for (const item of items) {
    const decision = decideField(policy, { categories: insightCategories(policy, kind, item.categories), signal: item.signal, source: null, linkConfidence: 1 }, scope, context);
    if (decision.allowed) gated.served.push(item);
    else gated.withheld.push({ item, decision });
  }
  return gated;
}

/** Without a scope, the API serves no insight built on a sensitive category (health, precise location). */
export function withoutSensitive<T extends Insight>(items: readonly T[]): T[] {
  return items.filter((i) => !i.categories.some((c) => c === 'health' || c === 'precise_location'));
}

let cached: Policy | null = null;
/** The default policy file, loaded once per process. */
export function defaultPolicy(): Policy {
  cached ??= loadPolicy();
  return cached;
}
