import { CYPHER } from '../../graph/cypher-statements';
import type { TransactionMeta } from '../../graph/graph-executor';
import { blockingKeys } from '../blocking/block-keys';
import { pairKey } from '../records/match-record';
import type { ActiveModel } from '../store/model-store';
import { loadMatchInputs, MatchInput } from '../store/load-match-inputs';
import type { MatcherContext } from './matcher-context';

export interface ScoringOutcome {
  scoredPairs: number;
  linksWritten: number;
  pairsBelowThreshold: number;
  /** Probabilistic links dropped because their pair fell below the threshold. */
  linksDropped: number;
  /** The records asked about and every record a written or dropped link touches. */
  touchedKeys: Set<string>;
  skippedBlocks: { rule: string; size: number }[];
}

interface CandidateRow extends Record<string, unknown> {
  recordKey: string;
  candidateKeys: string[];
  skippedBlocks: { rule: string; size: number }[];
}

/**
 * Puts records in their blocks, compares each with the records sharing a block (and those it is already
 * linked with), and writes a probabilistic link with its evidence for every pair at or above the model's
 * threshold; links of pairs now below it are dropped. Writes are idempotent (MERGE on the pair), so a
 * retried job converges to the same links.
 */
export interface ScoreOptions {
  /**
   * Compare a record only with candidates whose key sorts before its own. A full run walks every record in
   * key order, so each pair is then scored once, by its later record, instead of twice.
   */
  onlyEarlierCandidates?: boolean;
}

export async function scoreRecords(
  ctx: MatcherContext,
  recordKeys: readonly string[],
  active: ActiveModel,
  meta: TransactionMeta,
  options: ScoreOptions = {},
): Promise<ScoringOutcome> {
  const { model, scorer } = active;
  const inputs = await loadMatchInputs(ctx.graph, recordKeys, meta);
  const rules = model.settings.blockingRules;
  const entries = [...inputs.values()].map((input) => ({
    recordKey: input.recordKey,
    keys: rules.flatMap((rule) => blockingKeys(input.record, rule).map((key) => ({ key: `${rule.name}::${key}`, rule: rule.name }))),
  }));
  // Sorted so concurrent jobs take block locks in one order.
  entries.sort((a, b) => a.recordKey.localeCompare(b.recordKey));
  await ctx.graph.write(CYPHER.upsertBlockingKeys, { entries }, meta);

  const maxBlockSizes = Object.fromEntries(rules.map((rule) => [rule.name, rule.maxBlockSize]));
  const rows = await ctx.graph.read<CandidateRow>(CYPHER.findCandidateRecords, { recordKeys: [...inputs.keys()], maxBlockSizes }, meta);
  const others = await loadMatchInputs(ctx.graph, rows.flatMap((r) => r.candidateKeys).filter((k) => !inputs.has(k)), meta);
  const recordOf = (key: string): MatchInput | undefined => inputs.get(key) ?? others.get(key);

  const seen = new Set<string>();
  const links: Record<string, unknown>[] = [];
  const below: { fromKey: string; toKey: string }[] = [];
  const touchedKeys = new Set(recordKeys);
  for (const row of rows) {
    for (const candidateKey of row.candidateKeys) {
      if (options.onlyEarlierCandidates && candidateKey > row.recordKey) continue;
      const pair = pairKey(row.recordKey, candidateKey);
      if (seen.has(pair)) continue;
      seen.add(pair);
      const [fromKey, toKey] = [row.recordKey, candidateKey].sort() as [string, string];
      const [left, right] = [recordOf(fromKey), recordOf(toKey)];
      if (left === undefined || right === undefined) continue;
      const score = scorer.explain(left.record, right.record);
      if (score.probability >= model.threshold.probability) {
        links.push({
          fromKey,
          toKey,
          probability: score.probability,
          matchWeight: score.matchWeight,
          priorWeight: score.priorLog2Weight,
          comparisons: score.contributions.map((c) => c.comparison),
          levels: score.contributions.map((c) => c.level),
          labels: score.contributions.map((c) => c.label),
          weights: score.contributions.map((c) => c.log2Weight),
        });
        touchedKeys.add(candidateKey);
      } else {
        below.push({ fromKey, toKey });
      }
    }
  }
  const dropped = await ctx.graph.writeTransaction(async (tx) => {
    const now = new Date().toISOString();
    if (links.length > 0) await tx.run(CYPHER.writeProbabilisticLinks, { links, modelVersion: model.version, now, jobId: meta.jobId ?? null });
    return below.length > 0 ? tx.run<{ fromKey: string; toKey: string }>(CYPHER.deleteProbabilisticLinks, { pairs: below }) : [];
  }, meta);
  // A dropped link may have held a cluster together: both its ends are re-clustered.
  for (const pair of dropped) {
    touchedKeys.add(pair.fromKey);
    touchedKeys.add(pair.toKey);
  }
  return {
    scoredPairs: seen.size,
    linksWritten: links.length,
    pairsBelowThreshold: below.length,
    linksDropped: dropped.length,
    touchedKeys,
    skippedBlocks: rows.flatMap((r) => r.skippedBlocks),
  };
}
