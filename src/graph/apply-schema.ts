import { GraphExecutor } from './graph-executor';
import { CYPHER } from './cypher-statements';

/** Bumped whenever a file under cypher/schema/ changes meaning. */
export const SCHEMA_VERSION = 6;

/**
 * Applies every constraint and index in cypher/schema/ (each `IF NOT EXISTS`, so re-running is harmless)
 * and records the schema version in the graph.
 */
export async function applySchema(graph: GraphExecutor): Promise<{ version: number; statements: string[] }> {
  const statements = graph.registry.inFolder('schema');
  for (const { text } of statements) await graph.runAutoCommit(text);
  await graph.runAutoCommit(graph.registry.get(CYPHER.awaitIndexes));
  const names = statements.map((s) => s.name);
  await graph.write(
    CYPHER.writeSchemaVersion,
    { version: SCHEMA_VERSION, appliedAt: new Date().toISOString(), statements: names },
    { actor: 'system:schema' },
  );
  return { version: SCHEMA_VERSION, statements: names };
}
