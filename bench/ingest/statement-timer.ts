import { QueryResult } from 'neo4j-driver';
import { CypherName } from '../../src/graph/cypher-statements';
import { Params, TransactionRunner } from '../../src/graph/graph-executor';

export interface StatementStats {
  calls: number;
  totalMs: number;
  maxMs: number;
  /** Rows sent in (the length of the statement's list parameter) and rows returned. */
  inputRows: number;
  outputRows: number;
}

export interface ProfiledStatement {
  name: CypherName;
  profile: QueryResult['summary']['profile'];
  inputRows: number;
}

type RunFn = (this: TransactionRunner, name: CypherName, params?: Params) => Promise<Record<string, unknown>[]>;

/**
 * Wraps TransactionRunner.run (the one place src/ sends a statement inside a transaction) to time every
 * statement by name, leaving the code under test as it is. With `profile` set, statements run as
 * `PROFILE <statement>` and their plans are kept.
 */
export class StatementTimer {
  readonly stats = new Map<string, StatementStats>();
  readonly profiles: ProfiledStatement[] = [];
  profile = false;
  lastStatementEnd = 0;
  private original: RunFn | undefined;

  install(): void {
    const proto = TransactionRunner.prototype as unknown as { run: RunFn };
    const original = proto.run;
    this.original = original;
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const timer = this;
    proto.run = async function (this: TransactionRunner, name: CypherName, params: Params = {}) {
      const t0 = performance.now();
      let rows: Record<string, unknown>[];
      if (timer.profile) {
        const self = this as unknown as { tx: { run: (text: string, params: Params) => Promise<QueryResult> }; registry: { get(name: CypherName): string } };
        const result = await self.tx.run(`PROFILE ${self.registry.get(name)}`, params);
        timer.profiles.push({ name, profile: result.summary.profile, inputRows: inputRowsOf(params) });
        rows = result.records.map((r) => r.toObject() as Record<string, unknown>);
      } else {
        rows = await original.call(this, name, params);
      }
      const ms = performance.now() - t0;
      timer.lastStatementEnd = performance.now();
      if (timer.profile) return rows; // the PROFILE pass is reported apart, not timed with the real batches
      const s = timer.stats.get(name) ?? { calls: 0, totalMs: 0, maxMs: 0, inputRows: 0, outputRows: 0 };
      s.calls += 1;
      s.totalMs += ms;
      s.maxMs = Math.max(s.maxMs, ms);
      s.inputRows += inputRowsOf(params);
      s.outputRows += rows.length;
      timer.stats.set(name, s);
      return rows;
    };
  }

  uninstall(): void {
    if (this.original) (TransactionRunner.prototype as unknown as { run: RunFn }).run = this.original;
  }

  reset(): void {
    this.stats.clear();
  }
}

/** The length of the list a statement UNWINDs (records, claims, assignments, links, merges, recordKeys, changes). */
function inputRowsOf(params: Params): number {
  return Object.values(params).reduce<number>((n, v) => (Array.isArray(v) ? Math.max(n, v.length) : n), 0);
}
