import neo4j from 'neo4j-driver';
import { CYPHER } from '../../graph/cypher-statements';
import { GraphExecutor } from '../../graph/graph-executor';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { AuditEntry } from '../audit/audit-entry';
import { findAuditEntries } from '../audit/find-audit-entries';
import { Policy } from '../policy/policy';

export interface ExportRequest {
  customerId: string;
  actor: string;
  role: string;
}

export interface CustomerDataExport {
  exportedAt: string;
  policyVersion: string;
  customerId: string;
  /** Everything the graph holds: records with every property, identifiers, devices, links, changes, households, consents. */
  data: unknown;
  /** Who read or changed this customer's data, and why (entries about the customer and its aliases). */
  auditEntries: AuditEntry[];
  auditSeq: number;
}

/** Neo4j temporal values become ISO strings, so the export is plain JSON. */
function toPlainJson(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (Array.isArray(value)) return value.map(toPlainJson);
  if (neo4j.isDateTime(value) || neo4j.isDate(value) || neo4j.isLocalDateTime(value) || neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value)) return value.toString();
  if (neo4j.isInt(value)) return value.toNumber();
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlainJson(v)]));
  return value;
}

/**
 * The access export of a data subject request: everything held about the customer with provenance, plus the
 * audit entries about them. The export itself is audited (names of the sections exported, never values).
 * Null when the id is unknown.
 */
export async function exportCustomerData(graph: GraphExecutor, policy: Policy, request: ExportRequest): Promise<CustomerDataExport | null> {
  const meta = { actor: request.actor, purpose: 'access_request' };
  const [resolved] = await graph.read<{ customerId: string | null }>(CYPHER.resolveCustomerId, { customerIds: [request.customerId] }, meta);
  const activeId = resolved?.customerId ?? null;
  if (activeId === null) return null;
  const [row] = await graph.read<{ export: Record<string, unknown> }>(CYPHER.exportCustomerData, { customerId: activeId }, meta);
  if (row === undefined) return null;
  const data = toPlainJson(row.export) as { aliases: { customerId: string }[] };
  const customerIds = [activeId, request.customerId, ...data.aliases.map((a) => a.customerId)];
  const auditEntries = await findAuditEntries(graph, { customerIds, limit: 10_000 }, request.actor);
  const exportedAt = new Date().toISOString();
  const entry = await appendAuditEntry(graph, {
    kind: 'EXPORT', at: exportedAt, actor: request.actor, role: request.role, purpose: 'data_subject_request', scope: 'access-export',
    customerId: activeId, policyVersion: policy.version, fields: Object.keys(row.export).sort(), categories: [...policy.categories.keys()].sort(),
    reasons: ['access request: everything held about the customer, with provenance'],
  });
  return { exportedAt, policyVersion: policy.version, customerId: activeId, data, auditEntries, auditSeq: entry.seq };
}
