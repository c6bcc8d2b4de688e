import { GraphExecutor } from '../../src/graph/graph-executor';
import { CYPHER } from '../../src/graph/cypher-statements';

export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  totalNodes: number;
  totalRelationships: number;
}

export async function countGraph(graph: GraphExecutor): Promise<GraphCounts> {
  const [row] = await graph.read<{ nodes: { label: string; count: number }[]; relationships: { type: string; count: number }[] }>(CYPHER.countGraph, {}, { actor: 'bench' });
  const nodes = Object.fromEntries((row?.nodes ?? []).map((n) => [n.label, n.count]));
  const relationships = Object.fromEntries((row?.relationships ?? []).map((r) => [r.type, r.count]));
  return {
    nodes,
    relationships,
    totalNodes: Object.values(nodes).reduce((a, b) => a + b, 0),
    totalRelationships: Object.values(relationships).reduce((a, b) => a + b, 0),
  };
}
