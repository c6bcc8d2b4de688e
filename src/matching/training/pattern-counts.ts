/** Distinct comparison vectors with how many pairs had each: EM runs on these, not on every pair. */
export interface PatternCounts {
  patterns: number[][];
  counts: number[];
  total: number;
}

export class PatternCounter {
  private readonly index = new Map<string, number>();
  private readonly patterns: number[][] = [];
  private readonly counts: number[] = [];
  private total = 0;

  add(gamma: readonly number[], count = 1): void {
    const key = gamma.join(',');
    const at = this.index.get(key);
    if (at === undefined) {
      this.index.set(key, this.patterns.length);
      this.patterns.push([...gamma]);
      this.counts.push(count);
    } else {
      this.counts[at] = (this.counts[at] ?? 0) + count;
    }
    this.total += count;
  }

  result(): PatternCounts {
    return { patterns: this.patterns, counts: this.counts, total: this.total };
  }
}

/** Share of non-null pairs at each level of comparison `c` (level 0, null, gets no share). */
export function levelShares(counts: PatternCounts, c: number, levelCount: number, pseudoCount: number): number[] {
  const tally = new Array<number>(levelCount).fill(0);
  counts.patterns.forEach((gamma, p) => {
    const level = gamma[c] ?? 0;
    tally[level] = (tally[level] ?? 0) + (counts.counts[p] ?? 0);
  });
  const nonNull = tally.slice(1).reduce((a, b) => a + b, 0) + pseudoCount * (levelCount - 1);
  return tally.map((t, level) => (level === 0 || nonNull === 0 ? 0 : (t + pseudoCount) / nonNull));
}
