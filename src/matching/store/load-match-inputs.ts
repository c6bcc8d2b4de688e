import { CYPHER } from '../../graph/cypher-statements';
import type { TransactionMeta } from '../../graph/graph-executor';
import { GraphExecutor } from '../../graph/graph-executor';
import type { MatchRecord } from '../records/match-record';
import { GenericIdentifier, withoutGenericValues } from './without-generic-values';

/** A record as the matcher sees it, with the customer it resolves to now. */
export interface MatchInput {
  recordKey: string;
  record: MatchRecord;
  customerId: string | null;
  customerCreatedAt: string | null;
}

interface MatchInputRow extends Record<string, unknown> {
  recordKey: string;
  matchFields: string | null;
  customerId: string | null;
  customerCreatedAt: string | null;
  genericIdentifiers: GenericIdentifier[];
  genericDeviceKeys: string[];
}

/** Reads the matching view of records (generic values left out); records written before it existed have an empty view. */
export async function loadMatchInputs(graph: GraphExecutor, recordKeys: readonly string[], meta: TransactionMeta): Promise<Map<string, MatchInput>> {
  const out = new Map<string, MatchInput>();
  if (recordKeys.length === 0) return out;
  const rows = await graph.read<MatchInputRow>(CYPHER.loadMatchInputs, { recordKeys: [...new Set(recordKeys)] }, meta);
  for (const row of rows) {
    const fields = row.matchFields ? (JSON.parse(row.matchFields) as Record<string, string[]>) : {};
    out.set(row.recordKey, {
      recordKey: row.recordKey,
      record: withoutGenericValues({ id: row.recordKey, fields }, row.genericIdentifiers, row.genericDeviceKeys),
      customerId: row.customerId,
      customerCreatedAt: row.customerCreatedAt,
    });
  }
  return out;
}
