import { CYPHER } from '../../graph/cypher-statements';
import { GraphExecutor } from '../../graph/graph-executor';
import { readSalt, subjectKey } from '../store/privacy-salt';
import { AuditEntry } from './audit-entry';

export interface AuditQuery {
  /** The customer ids to look for (an id and the id it was merged into). */
  customerIds: string[];
  /** Only entries that returned this data category, e.g. health. */
  category?: string;
  /** Only entries older than this position in the chain (the next page of a newest-first list). */
  beforeSeq?: number;
  limit?: number;
}

/** "Who read this customer's health data, and why?": entries by subject key (indexed), newest first. */
export async function findAuditEntries(graph: GraphExecutor, query: AuditQuery, actor: string): Promise<AuditEntry[]> {
  const meta = { actor, purpose: 'audit' };
  const salt = await readSalt(graph, meta);
  if (salt === null) return [];
  const rows = await graph.read<{ entry: AuditEntry }>(
    CYPHER.findAuditEntries,
    { subjectKeys: [...new Set(query.customerIds)].map((id) => subjectKey(salt, id)), category: query.category ?? null, beforeSeq: query.beforeSeq ?? null, limit: query.limit ?? 100 },
    meta,
  );
  return rows.map((r) => r.entry);
}
