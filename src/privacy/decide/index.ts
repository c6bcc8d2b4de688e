export { decideField } from './decide-field';
export { filterView, type FilterContext } from './filter-view';
export { customerStates } from './customer-states';
export { resolveJurisdictions } from './resolve-jurisdictions';
export { maskValue, maskKindOf, type MaskKind } from './mask';
export { REASON_CODES, type Reason, type ReasonCode } from './reason';
export type { DecisionContext, FieldDecision, FieldFacts } from './decision-types';
export type * from './filtered-view';
export { recordsInReach, sourceReach, type SourceReach } from './records-in-reach';
