export { GRAPH_EDGE_TYPES, GRAPH_NODE_LABELS, type GraphEdgeType, type GraphNodeLabel } from './graph-elements';
export { ANY, DEFAULT_JURISDICTION, PURPOSE_PLACEHOLDER } from './policy-ids';
export { policyFileSchema, type PolicyFile, type PolicyLabels } from './policy-schema';
export { DECISIONS, RULE_ROLES, ruleSchema, type ConsentRef, type Decision, type Obligations, type Rule, type RuleRole } from './rule-schema';
export { scopeSchema, type Scope } from './scope-schema';
export { compilePolicy, type Policy } from './policy';
export { DEFAULT_POLICY_PATH, loadPolicy, parsePolicy, validatePolicy } from './load-policy';
export { fieldCategories, type GraphField } from './field-categories';
export type { PolicyProblem } from './policy-problem';
