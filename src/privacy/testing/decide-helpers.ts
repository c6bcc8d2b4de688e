import { SignalClass, SOURCE_SYSTEMS, SourceSystem } from '../../model';
import { ConsentRecord } from '../consent/consent-record';
import { OptOutSignal } from '../consent/opt-out-signal';
import { decideField } from '../decide/decide-field';
import { FieldDecision, FieldFacts } from '../decide/decision-types';
import { fieldCategories } from '../policy/field-categories';
import { loadPolicy } from '../policy/load-policy';
import { Scope } from '../policy/scope-schema';

export const POLICY = loadPolicy();
export const AT = new Date('2025-06-01T12:00:00Z');

/** A scope that accepts every source and any link, so that a test sees the rules alone. */
export function testScope(purpose: string, overrides: Partial<Scope> = {}): Scope {
  return { id: 'test-scope', description: 'test', purpose, channel: 'any', jurisdictions: '*', sources: [...SOURCE_SYSTEMS], minLinkConfidence: 0, aggregate: false, ...overrides };
}

export function attribute(name: string, source: SourceSystem = 'loyalty', signal: SignalClass = 'EXPLICIT', linkConfidence = 1): FieldFacts {
  return { categories: fieldCategories(POLICY, { kind: 'attribute', name }, [source]), signal, source, linkConfidence };
}

export function identifier(type: string, source: SourceSystem = 'loyalty', signal: SignalClass = 'EXPLICIT', linkConfidence = 1): FieldFacts {
  return { categories: fieldCategories(POLICY, { kind: 'identifier', type }, [source]), signal, source, linkConfidence };
}

export function device(type: string, source: SourceSystem = 'web', linkConfidence = 1): FieldFacts {
  return { categories: fieldCategories(POLICY, { kind: 'device', type }, [source]), signal: 'OBSERVED', source, linkConfidence };
}

export interface DecideOptions {
  consents?: readonly ConsentRecord[];
  signals?: readonly OptOutSignal[];
  scope?: Partial<Scope>;
  at?: Date;
}

export function decide(facts: FieldFacts, purpose: string, jurisdiction: string | readonly string[], options: DecideOptions = {}): FieldDecision {
  return decideField(POLICY, facts, testScope(purpose, options.scope), { jurisdiction, consents: options.consents ?? [], signals: options.signals ?? [], at: options.at ?? AT });
}

export function ruleIdsIn(decision: FieldDecision): string[] {
  return [...new Set(decision.reasons.flatMap((r) => (r.ruleId === undefined ? [] : [r.ruleId])))].sort();
}

export function codesIn(decision: FieldDecision): string[] {
  return [...new Set(decision.reasons.map((r) => r.code))].sort();
}
