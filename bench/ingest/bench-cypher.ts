import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_CYPHER_DIR } from './paths';

/** The benchmark's own statements (bench/ingest/cypher/), one per file, `//` header lines stripped as src does. */
export const BENCH_CYPHER = {
  nodePropertyTypes: 'node-property-types',
  relationshipPropertyTypes: 'relationship-property-types',
  exportNodes: 'export-nodes',
  exportRelationships: 'export-relationships',
  neo4jVersion: 'neo4j-version',
  clearQueryCaches: 'clear-query-caches',
  listSchema: 'list-schema',
} as const;

export type BenchCypherName = (typeof BENCH_CYPHER)[keyof typeof BENCH_CYPHER];

let loaded: Map<string, string> | undefined;

export function benchCypher(name: BenchCypherName): string {
  loaded ??= new Map(
    readdirSync(BENCH_CYPHER_DIR)
      .filter((f) => f.endsWith('.cypher'))
      .map((f) => [f.replace(/\.cypher$/, ''), strip(readFileSync(join(BENCH_CYPHER_DIR, f), 'utf8'))]),
  );
  const text = loaded.get(name);
  if (text === undefined) throw new Error(`bench/ingest/cypher/${name}.cypher is missing`);
  return text;
}

function strip(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}
