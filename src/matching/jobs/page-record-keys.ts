import { CYPHER } from '../../graph/cypher-statements';
import type { TransactionMeta } from '../../graph/graph-executor';
import { GraphExecutor } from '../../graph/graph-executor';

/** Record keys in key order, a page at a time, starting after `after`: the cursor of resumable runs. */
export async function* pageRecordKeys(graph: GraphExecutor, pageSize: number, after: string, meta: TransactionMeta): AsyncGenerator<string[]> {
  let cursor = after;
  for (;;) {
    const rows = await graph.read<{ recordKey: string }>(CYPHER.pageRecordKeys, { after: cursor, limit: pageSize }, meta);
    if (rows.length === 0) return;
    const keys = rows.map((r) => r.recordKey);
    yield keys;
    cursor = keys[keys.length - 1] ?? cursor;
    if (rows.length < pageSize) return;
  }
}
