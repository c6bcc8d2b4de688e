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
  /**
   * A matching model's stored JSON (its term-frequency tables) holds the value, and a queued retrain will
   * replace the active model and strip every superseded one: a leftover with a date, not an unexplained one.
   */
  awaitingModelRetrain: boolean;
}

export interface ScanResult {
  /** No node or relationship holds an erased value (model hits awaiting a retrain count: they are still there). */
  clean: boolean;
  /** Every hit is a matching model awaiting the queued retrain: the scan will be clean once it has run. */
  modelRetrainPending: boolean;
  termsSearched: number;
  pairsSearched: number;
  hits: ScanHit[];
}

/**
 * The post-erasure proof: searches every property of every node and relationship for the erased values.
 * Hits name where (labels, property names), never the value found.
 */
export async function scanForErasedValues(graph: GraphExecutor, terms: ScanTerms, actor: string): Promise<ScanResult> {
  const rows = await graph.read<Omit<ScanHit, 'awaitingModelRetrain'> & Record<string, unknown>>(CYPHER.scanForValues, { terms: terms.terms, pairs: terms.pairs }, { actor, purpose: 'erasure-scan' });
  const hits = rows.map((h) => ({ element: h.element, labels: h.labels, properties: h.properties, pairHits: h.pairHits, awaitingModelRetrain: false }));
  return { clean: hits.length === 0, modelRetrainPending: false, termsSearched: terms.terms.length, pairsSearched: terms.pairs.length, hits };
}

/** A hit in a matching model's JSON (`MatchingModel.model`; a pair-only hit names no property, and the JSON is the node's only text). */
export function isMatchingModelHit(hit: Pick<ScanHit, 'element' | 'labels' | 'properties'>): boolean {
  return hit.element === 'node' && hit.labels.includes('MatchingModel') && hit.properties.every((p) => p === 'model');
}

/**
 * The scan as it stands once a retrain of the matching model is queued (`retrainQueued`): model hits are
 * marked as awaiting it, and `modelRetrainPending` says the scan is clean but for them.
 */
export function withQueuedModelRetrain(scan: ScanResult, retrainQueued: boolean): ScanResult {
  const hits = scan.hits.map((h) => ({ ...h, awaitingModelRetrain: retrainQueued && isMatchingModelHit(h) }));
  return { ...scan, hits, modelRetrainPending: hits.length > 0 && hits.every((h) => h.awaitingModelRetrain) };
}
