import { readFileSync } from 'node:fs';
import { AppContext } from '../../src/app/app-context';
import { applySchema } from '../../src/graph/apply-schema';
import { CYPHER } from '../../src/graph/cypher-statements';
import { BENCH_CYPHER, benchCypher } from './bench-cypher';

/**
 * Empties the bench graph, drops every constraint and index and applies the schema again, and drops the
 * server's plan cache: every run starts as the first ingest into a new deployment does. Only then do the
 * planner's statistics match: an index kept across a wipe keeps the sampled statistics of the old graph, and
 * the plans Neo4j picks for the ingest statements differ with them (see bench/README.md). `keepSchema` wipes
 * the data only (the way tests and re-loads empty a graph), to reproduce that.
 */
export async function resetGraph(app: AppContext, afterSchema: string[] = [], keepSchema = false): Promise<void> {
  await app.graph.runAutoCommit(app.graph.registry.get(CYPHER.deleteEverything));
  if (!keepSchema) await dropSchema(app);
  await applySchema(app.graph);
  for (const file of afterSchema) await app.graph.runAutoCommit(readStatementFile(file));
  await app.graph.runAutoCommit(benchCypher(BENCH_CYPHER.clearQueryCaches));
}

async function dropSchema(app: AppContext): Promise<void> {
  const session = app.graph.driver.session({ database: app.config.NEO4J_DATABASE });
  let rows: { kind: string; name: string }[];
  try {
    rows = (await session.run(benchCypher(BENCH_CYPHER.listSchema))).records.map((r) => r.toObject() as { kind: string; name: string });
  } finally {
    await session.close();
  }
  // Schema commands take no parameters: the name is quoted as an identifier.
  for (const { kind, name } of rows) await app.graph.runAutoCommit(`DROP ${kind === 'CONSTRAINT' ? 'CONSTRAINT' : 'INDEX'} \`${name.replace(/`/g, '``')}\` IF EXISTS`);
}

/** One statement from a .cypher file, `//` lines stripped. */
export function readStatementFile(file: string): string {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}

/** Drops the run's queue and dead letters from the bench Redis. */
export async function clearQueue(app: AppContext): Promise<void> {
  await app.ingestQueue.obliterate({ force: true });
  const prefix = app.config.QUEUE_PREFIX;
  await app.redis.del(`${prefix}:dead-letter:entries`, `${prefix}:dead-letter:order`);
}
