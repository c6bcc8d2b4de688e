import { candidatePairs } from '../blocking/candidate-pairs';
import { CompiledComparison, comparisonVector } from '../comparisons/compile-comparison';
import type { TrainingReport } from '../model/trained-model';
import type { MatchRecord } from '../records/match-record';
import { blockingColumns } from '../settings/blocking-schema';
import type { MatchingSettings } from '../settings/matching-settings';
import { expectationMaximisation, initialM } from './expectation-maximisation';
import { PatternCounter } from './pattern-counts';

/**
 * m by expectation maximisation, once per training blocking rule. Within a rule's pairs the comparisons on
 * the rule's own columns agree by construction, so they sit out (their m is not estimated there); each
 * comparison's m is the mean of its estimates from the rules that did estimate it. A comparison no rule
 * estimated keeps its starting m (the report's fixedComparisons show where).
 */
export function trainM(
  records: readonly MatchRecord[],
  settings: MatchingSettings,
  compiled: readonly CompiledComparison[],
  u: readonly (readonly number[])[],
): { m: number[][]; rules: TrainingReport['rules'] } {
  const start = settings.comparisons.map((spec) => initialM(spec.levels.length, spec.levels.map((l) => l.m)));
  const sums = start.map((levels) => levels.map(() => 0));
  const estimates = start.map(() => 0);
  const rules: TrainingReport['rules'] = [];
  for (const rule of settings.trainingBlockingRules) {
    const ruleColumns = new Set(blockingColumns(rule));
    const active = settings.comparisons.map(
      (spec) => !ruleColumns.has(spec.column) && !spec.levels.some((l) => l.column !== undefined && ruleColumns.has(l.column)),
    );
    const pairs = candidatePairs(records, [rule]);
    const counter = new PatternCounter();
    for (let k = 0; k < pairs.length; k++) {
      const left = records[pairs.left[k] ?? 0];
      const right = records[pairs.right[k] ?? 0];
      if (left !== undefined && right !== undefined) counter.add(comparisonVector(compiled, left, right));
    }
    const fixedComparisons = settings.comparisons.filter((_, c) => active[c] !== true).map((c) => c.name);
    if (pairs.length === 0) {
      rules.push({ rule: rule.name, pairs: 0, fixedComparisons, iterations: 0, converged: false, lambdaInBlock: 0 });
      continue;
    }
    const result = expectationMaximisation({
      counts: counter.result(),
      m: start,
      u,
      active,
      lambda: settings.training.emInitialLambda,
      maxIterations: settings.training.emMaxIterations,
      tolerance: settings.training.emTolerance,
      pseudoCount: settings.training.mPseudoCount,
    });
    result.m.forEach((levels, c) => {
      if (active[c] !== true) return;
      estimates[c] = (estimates[c] ?? 0) + 1;
      levels.forEach((value, level) => {
        const row = sums[c];
        if (row !== undefined) row[level] = (row[level] ?? 0) + value;
      });
    });
    rules.push({
      rule: rule.name,
      pairs: pairs.length,
      fixedComparisons,
      iterations: result.iterations,
      converged: result.converged,
      lambdaInBlock: result.lambda,
    });
  }
  const m = start.map((levels, c) => {
    const count = estimates[c] ?? 0;
    return count === 0 ? levels : (sums[c] ?? levels).map((value) => value / count);
  });
  return { m, rules };
}
