export { readCustomerView, scopeOf, type ViewReader, type ViewRequest } from './read-customer-view';
export { toScopedView, type GoldenValue, type ScopedCustomerView, type ViewSection, type WithheldField } from './scoped-view';
export { chooseSurvivors, type Survivor, type SurvivorCandidate, type SurvivorshipRule } from './survivorship';
export { loadSurvivorshipConfig, type SurvivorshipConfig } from './survivorship-config';
export { summariseDecisions, type AuditSummary } from './audit-summary';
