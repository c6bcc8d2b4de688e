/**
 * Node labels and edge types of the graph (docs/graph-model.md). The policy file must give each of them a data
 * category, so that nothing the graph holds is outside the policy; a drift test compares these lists with the doc.
 */
export const GRAPH_NODE_LABELS = ['SourceRecord', 'Identifier', 'Device', 'Customer', 'Household', 'Relationship', 'RecordChange', 'SchemaVersion', 'BlockingKey', 'MatchingModel', 'MatchingRun', 'StewardDecision', 'Consent', 'OptOutSignal', 'AuditEntry', 'AuditChainHead', 'Suppression', 'PendingEventErasure', 'PrivacySalt', 'EventId', 'BehaviourProfile', 'Segment', 'AffinityTarget', 'PopulationBaseline'] as const;
export type GraphNodeLabel = (typeof GRAPH_NODE_LABELS)[number];

export const GRAPH_EDGE_TYPES = ['HAS_IDENTIFIER', 'SEEN_ON', 'RESOLVES_TO', 'LINKED_TO', 'HAS_CHANGE', 'MERGED_INTO', 'MEMBER_OF', 'PARTY_TO', 'IN_BLOCK', 'NEVER_LINK', 'SPLIT_FROM', 'GAVE_CONSENT', 'SENT_SIGNAL', 'HAS_BEHAVIOUR', 'IN_SEGMENT', 'STATED_PREFERENCE'] as const;
export type GraphEdgeType = (typeof GRAPH_EDGE_TYPES)[number];
