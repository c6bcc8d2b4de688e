import { SourceSystem } from '../../model';
import { FilterResult, ServedAttribute, ServedDevice, ServedHousehold, ServedIdentifier, ServedProvenance, ServedRecord, ServedSection } from '../decide/filtered-view';
import { chooseSurvivors, SurvivorCandidate, SurvivorshipRule } from './survivorship';

/** Identifier types that have one best value per person (the rest are account ids, all of which are kept). */
const GOLDEN_IDENTIFIER_TYPES = new Set(['email', 'phone', 'postal_address']);

export interface GoldenValue {
  /** Attribute name (givenName) or identifier type (email). */
  name: string;
  value: string;
  masked: boolean;
  provenance: ServedProvenance;
  decidedBy: SurvivorshipRule;
  candidates: number;
  agreeing: number;
}

export interface ViewSection {
  /** The surviving value per name whose survivor has this section's signal classes. */
  golden: GoldenValue[];
  attributes: ServedAttribute[];
  identifiers: ServedIdentifier[];
  devices: ServedDevice[];
  households: ServedHousehold[];
}

/** A field the scope did not get, by name only, with the reason codes (never categories, sources or values). */
export interface WithheldField {
  field: string;
  count: number;
  reasons: string[];
}

/**
 * What a scope's caller receives: what the customer told us (`explicit`) and what we observed or inferred
 * (`implicit`), never blended; each value with provenance and signal; the golden record split the same way.
 */
export interface ScopedCustomerView {
  customerId: string;
  scope: string;
  purpose: string;
  policyVersion: string;
  readAt: string;
  explicit: ViewSection;
  implicit: ViewSection;
  records: ServedRecord[];
  withheld: WithheldField[];
}

type GoldenItem = { value: string; masked: boolean; provenance: ServedProvenance };

function candidatesOf(section: ServedSection): SurvivorCandidate<GoldenItem>[] {
  const fromAttributes = section.attributes.map((a) => ({ name: a.name, value: a.value, verified: false, item: a }));
  const fromIdentifiers = section.identifiers
    .filter((i) => GOLDEN_IDENTIFIER_TYPES.has(i.type) && !i.generic)
    .map((i) => ({ name: i.type, value: i.value, verified: i.verified, item: i }));
  return [...fromAttributes, ...fromIdentifiers].map((c) => ({
    ...c,
    signal: c.item.provenance.signal,
    observedAt: c.item.provenance.observedAt,
    source: c.item.provenance.source,
    item: { value: c.item.value, masked: c.item.masked, provenance: c.item.provenance },
  }));
}

function mergeSections(a: ServedSection, b: ServedSection): ServedSection {
  return { attributes: [...a.attributes, ...b.attributes], identifiers: [...a.identifiers, ...b.identifiers], devices: [...a.devices, ...b.devices], households: [...a.households, ...b.households] };
}

/**
 * Shapes the engine's filtered view for the caller: survivorship runs over the served values only (a withheld
 * value never wins), and each survivor goes to the section of its own signal class, so the explicit section
 * holds only what the customer stated and the implicit section only names nothing explicit exists for.
 */
export function toScopedView(result: FilterResult, sourcePriority: readonly SourceSystem[], readAt: Date): ScopedCustomerView {
  const { view } = result;
  const implicit = mergeSections(view.observed, view.inferred);
  const survivors = chooseSurvivors([...candidatesOf(view.explicit), ...candidatesOf(implicit)], sourcePriority).map(
    (s): GoldenValue & { explicit: boolean } => ({
      name: s.name, value: s.item.value, masked: s.item.masked, provenance: s.item.provenance, decidedBy: s.decidedBy,
      candidates: s.candidates, agreeing: s.agreeing, explicit: s.signal === 'EXPLICIT',
    }),
  );
  const golden = (explicit: boolean) => survivors.filter((s) => s.explicit === explicit).map(({ explicit: _, ...g }) => g);
  return {
    customerId: view.customerId,
    scope: view.scopeId,
    purpose: view.purpose,
    policyVersion: view.policyVersion,
    readAt: readAt.toISOString(),
    explicit: { golden: golden(true), ...view.explicit },
    implicit: { golden: golden(false), ...implicit },
    records: view.records,
    withheld: withheldFields(result),
  };
}

function withheldFields(result: FilterResult): WithheldField[] {
  const byField = new Map<string, WithheldField>();
  for (const d of result.decisions) {
    if (d.allowed) continue;
    const entry = byField.get(d.field) ?? { field: d.field, count: 0, reasons: [] };
    entry.count += 1;
    for (const r of d.reasons) if (!entry.reasons.includes(r.code) && r.code !== 'RULE_ALLOWS' && r.code !== 'NOT_OPTED_OUT' && r.code !== 'CONSENT_GRANTED') entry.reasons.push(r.code);
    byField.set(d.field, entry);
  }
  return [...byField.values()].sort((a, b) => a.field.localeCompare(b.field));
}
