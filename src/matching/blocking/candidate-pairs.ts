import type { MatchRecord } from '../records/match-record';
import type { BlockingRule } from '../settings/blocking-schema';
import { blockingKeys } from './block-keys';
import { floor } from '../numeric';

/** Candidate pairs as record indices (left < right), each with the first rule that produced it. */
export interface CandidatePairs {
  left: Int32Array;
  right: Int32Array;
  /** Index of the first blocking rule that produced the pair (Splink's match_key). */
  rule: Int16Array;
  length: number;
  /** Blocks skipped for exceeding their rule's maxBlockSize: rule name, key size. */
  skippedBlocks: { rule: string; size: number }[];
}

/** Record indices grouped by key for one rule. */
function blocksOf(records: readonly MatchRecord[], rule: BlockingRule): Map<string, number[]> {
  const blocks = new Map<string, number[]>();
  records.forEach((record, index) => {
    for (const key of blockingKeys(record, rule)) {
      const block = blocks.get(key);
      if (block === undefined) blocks.set(key, [index]);
      else block.push(index);
    }
  });
  return blocks;
}

/**
 * Every pair of records sharing a key of at least one rule, each pair once. Pairs are encoded as
 * left * n + right, exact in a double for up to 90 million records.
 */
export function candidatePairs(records: readonly MatchRecord[], rules: readonly BlockingRule[]): CandidatePairs {
  const n = records.length;
  const seen = new Map<number, number>();
  const skippedBlocks: { rule: string; size: number }[] = [];
  rules.forEach((rule, ruleIndex) => {
    for (const block of blocksOf(records, rule).values()) {
      if (block.length < 2) continue;
      if (block.length > rule.maxBlockSize) {
        skippedBlocks.push({ rule: rule.name, size: block.length });
        continue;
      }
      for (let i = 0; i < block.length; i++) {
        for (let j = i + 1; j < block.length; j++) {
          const [a, b] = [block[i] ?? 0, block[j] ?? 0];
          if (a === b) continue;
          const code = a < b ? a * n + b : b * n + a;
          if (!seen.has(code)) seen.set(code, ruleIndex);
        }
      }
    }
  });
  const length = seen.size;
  const out: CandidatePairs = {
    left: new Int32Array(length),
    right: new Int32Array(length),
    rule: new Int16Array(length),
    length,
    skippedBlocks,
  };
  let k = 0;
  for (const [code, ruleIndex] of seen) {
    out.left[k] = floor(code / n);
    out.right[k] = code % n;
    out.rule[k] = ruleIndex;
    k++;
  }
  return out;
}
