import { SignalClass, SourceSystem } from '../../model';
import { ConsentRecord } from '../consent/consent-record';
import { OptOutSignal } from '../consent/opt-out-signal';
import { Decision, Obligations } from '../policy/rule-schema';
import { Reason } from './reason';

/** What the engine needs to know about a field; never its value. */
export interface FieldFacts {
  /** Its data categories: its own label, the edge that attaches it, its source's label (see fieldCategories). */
  categories: readonly string[];
  signal: SignalClass;
  /** The source system that holds it; null for values no source holds (households). */
  source: SourceSystem | null;
  /** Confidence of the link that joins it to the customer; null when unknown. */
  linkConfidence: number | null;
}

/** One customer's situation for one read. Build it on every read: a consent change applies to the next read. */
export interface DecisionContext {
  /**
   * The customer's state, or every state the customer has an address in (each must allow); states without
   * a jurisdiction of their own, and an empty list, fall back to DEFAULT.
   */
  jurisdiction: string | readonly string[];
  consents: readonly ConsentRecord[];
  signals: readonly OptOutSignal[];
  at: Date;
}

export interface FieldDecision {
  allowed: boolean;
  /** The strictest decision among the rules that applied; DENY when none approved or the scope excluded the field. */
  decision: Decision;
  reasons: Reason[];
  /** Everything the applying rules oblige the caller to; meaningful when allowed. */
  obligations: Obligations;
}

export const NO_OBLIGATIONS: Obligations = Object.freeze({ mask: false, aggregateOnly: false, retentionDays: null });
