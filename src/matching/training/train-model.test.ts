import { parseTrainedModel, serialiseTrainedModel } from '../model/trained-model';
import { matchRecord } from '../records/match-record';
import { PairScorer } from '../scoring/pair-scorer';
import { syntheticPeople } from '../testing/synthetic-people';
import { SYNTHETIC_SETTINGS } from '../testing/synthetic-settings';
import { trainModel } from './train-model';

describe('trainModel', () => {
  const { records } = syntheticPeople(400, 'train');
  const now = new Date('2026-01-02T03:04:05Z');
  const { model } = trainModel(records, SYNTHETIC_SETTINGS, { now });

  it('learns that agreement is evidence for a match and disagreement against', () => {
    for (const comparison of model.comparisons) {
      const exact = comparison.levels[1];
      const last = comparison.levels[comparison.levels.length - 1];
      expect(exact?.m ?? 0).toBeGreaterThan((exact?.u ?? 1) * 10);
      expect(last?.m ?? 1).toBeLessThan(last?.u ?? 0);
    }
    expect(model.lambda).toBeGreaterThan(0);
    expect(model.lambda).toBeLessThan(0.05);
  });

  it('states the training date, a version, the threshold and its estimated precision', () => {
    expect(model.trainedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(model.version).toMatch(/^fs-[0-9a-f]{16}$/);
    expect(model.threshold.probability).toBeGreaterThanOrEqual(0.5);
    expect(model.threshold.estimatedPrecision).toBeGreaterThanOrEqual(0.995);
    expect(model.training.rules.map((r) => r.rule)).toEqual(['dob', 'first+last']);
    expect(model.training.rules[1]?.fixedComparisons).toEqual(['first', 'last']);
  });

  it('is deterministic for a seed: same data, same version', () => {
    expect(trainModel(records, SYNTHETIC_SETTINGS, { now }).model.version).toBe(model.version);
  });

  it('serialises and reads back to a model that scores the same', () => {
    const copy = parseTrainedModel(serialiseTrainedModel(model));
    expect(copy).toEqual(model);
    const [a, b] = [records[0], records[1]];
    if (a === undefined || b === undefined) throw new Error('no records');
    expect(new PairScorer(copy).weight(a, b)).toBe(new PairScorer(model).weight(a, b));
  });

  it('applies manual overrides and changes the version', () => {
    const { model: manual } = trainModel(records, SYNTHETIC_SETTINGS, {
      now,
      overrides: { lambda: 0.001, levels: [{ comparison: 'first', level: 'nickname', m: 0.05 }], thresholdProbability: 0.9 },
    });
    expect(manual.lambda).toBe(0.001);
    expect(manual.comparisons[0]?.levels.find((l) => l.label === 'nickname')?.m).toBe(0.05);
    expect(manual.threshold).toMatchObject({ probability: 0.9, source: 'manual' });
    expect(manual.training.overrides).toHaveLength(3);
    expect(manual.version).not.toBe(model.version);
    expect(() => trainModel(records, SYNTHETIC_SETTINGS, { overrides: { levels: [{ comparison: 'nope', level: 1, m: 0.5 }] } })).toThrow(/no comparison/);
  });

  it('weighs agreement on a rare surname above agreement on a common one (term frequencies: Smith vs Quagliarello)', () => {
    const many = [
      ...records,
      ...Array.from({ length: 200 }, (_, i) => matchRecord(`smith-${String(i)}`, { first: 'x', last: 'smith' })),
      matchRecord('q1', { last: 'quagliarello' }),
      matchRecord('q2', { last: 'quagliarello' }),
    ];
    const { model: tfModel } = trainModel(many, SYNTHETIC_SETTINGS, { now });
    const scorer = new PairScorer(tfModel);
    const smith = scorer.explain(matchRecord('a', { last: 'smith' }), matchRecord('b', { last: 'smith' }));
    const zylstra = scorer.explain(matchRecord('a', { last: 'quagliarello' }), matchRecord('b', { last: 'quagliarello' }));
    const lastOf = (s: typeof smith) => s.contributions.find((c) => c.comparison === 'last');
    expect(lastOf(smith)?.label).toBe('exact (tf)');
    expect(lastOf(smith)?.bayesFactor).toBe(lastOf(zylstra)?.bayesFactor);
    expect(lastOf(smith)?.tfBayesFactor ?? 1).toBeLessThan(1);
    expect(lastOf(zylstra)?.tfBayesFactor ?? 0).toBeGreaterThan(1);
    expect(zylstra.matchWeight).toBeGreaterThan(smith.matchWeight + 3);
  });
});
