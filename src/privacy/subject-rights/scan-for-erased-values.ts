import { CYPHER } from '../../graph/cypher-statements';
import { GraphExecutor } from '../../graph/graph-executor';
import { ScanTerms } from './erasure-terms';

export interface ScanHit {
  element: 'node' | 'relationship';
  /** Node labels, or the relationship type. */
  labels: string[];
  /** Properties holding an erased value; empty when only a pair of values matched. */
  properties: string[];
  pairHits: number;
}

export interface ScanResult {
  clean: boolean;
  termsSearched: number;
  pairsSearched: number;
  hits: ScanHit[];
}

/**
 * The post-erasure proof: searches every property of every node and relationship for the erased values.
 * Hits name where (labels, property names), never the value found.
 */
export async function scanForErasedValues(graph: GraphExecutor, terms: ScanTerms, actor: string): Promise<ScanResult> {
  const hits = await graph.read<ScanHit & Record<string, unknown>>(CYPHER.scanForValues, { terms: terms.terms, pairs: terms.pairs }, { actor, purpose: 'erasure-scan' });
  return { clean: hits.length === 0, termsSearched: terms.terms.length, pairsSearched: terms.pairs.length, hits };
}
