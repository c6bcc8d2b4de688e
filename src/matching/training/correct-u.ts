import { max } from '../numeric';

/**
 * Removes the true matches from u. Random pairs are nearly all non-matches, but not all: where records
 * have several duplicates each (a person's loyalty card on three records), the matches among the random
 * pairs are a large part of the agreement on an identifier, and u comes out several times too high. The
 * sampled shares are a mixture, share = lambda_c * m + (1 - lambda_c) * u, so
 * u = (share - lambda_c * m) / (1 - lambda_c), floored at half a sampled pair and renormalised.
 * lambda_c is the match rate among pairs where comparison c is not null (expected matches over pairs).
 */
export function correctU(
  shares: readonly (readonly number[])[],
  m: readonly (readonly number[])[],
  lambdaByComparison: readonly number[],
  sampledNonNullPairs: readonly number[],
): number[][] {
  return shares.map((levels, c) => {
    const lambda = lambdaByComparison[c] ?? 0;
    const floor = 0.5 / max(sampledNonNullPairs[c] ?? 1, 1);
    const corrected = levels.map((share, level) => {
      if (level === 0) return 0;
      const matchPart = lambda * (m[c]?.[level] ?? 0);
      return max((share - matchPart) / (1 - lambda), floor);
    });
    const total = corrected.reduce((a, b) => a + b, 0);
    return corrected.map((value) => (total === 0 ? value : value / total));
  });
}
