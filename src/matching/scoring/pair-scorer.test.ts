import fc from 'fast-check';
import { matchRecord } from '../records/match-record';
import { syntheticPeople } from '../testing/synthetic-people';
import { SYNTHETIC_SETTINGS } from '../testing/synthetic-settings';
import { trainModel } from '../training/train-model';
import { PairScorer, probabilityFromWeight, weightFromProbability } from './pair-scorer';

describe('PairScorer', () => {
  const { records } = syntheticPeople(300, 'score');
  const { model } = trainModel(records, SYNTHETIC_SETTINGS, { now: new Date(0) });
  const scorer = new PairScorer(model);

  it('gives each comparison’s level, Bayes factor and log2 weight; the waterfall sums to the match weight', () => {
    fc.assert(
      fc.property(fc.nat(records.length - 1), fc.nat(records.length - 1), (i, j) => {
        const [a, b] = [records[i], records[j]];
        if (a === undefined || b === undefined) return;
        const score = scorer.explain(a, b);
        const sum = score.contributions.reduce((total, c) => total + c.log2Weight, score.priorLog2Weight);
        expect(sum).toBeCloseTo(score.matchWeight, 9);
        expect(scorer.weight(a, b)).toBeCloseTo(score.matchWeight, 9);
        expect(score.probability).toBeCloseTo(probabilityFromWeight(score.matchWeight), 12);
        for (const c of score.contributions) {
          expect(c.log2Weight).toBeCloseTo(Math.log2(c.bayesFactor * c.tfBayesFactor), 9);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('scores the null level as no evidence and the prior as log2 of the prior odds', () => {
    const score = scorer.explain(matchRecord('a', {}), matchRecord('b', {}));
    expect(score.contributions.every((c) => c.label === 'null' && c.bayesFactor === 1 && c.log2Weight === 0)).toBe(true);
    expect(score.matchWeight).toBeCloseTo(Math.log2(model.lambda / (1 - model.lambda)), 12);
  });

  it('ranks an agreeing pair above a disagreeing one', () => {
    const anne = { first: 'anne', last: 'zylstra', dob: '1980-07-04', zip: '10001' };
    const same = scorer.explain(matchRecord('a', anne), matchRecord('b', anne));
    const other = scorer.explain(matchRecord('a', anne), matchRecord('b', { first: 'peter', last: 'hall', dob: '1950-01-02', zip: '10200' }));
    expect(same.probability).toBeGreaterThan(0.99);
    expect(other.probability).toBeLessThan(0.01);
  });

  it('converts between weight and probability', () => {
    expect(probabilityFromWeight(0)).toBe(0.5);
    expect(weightFromProbability(0.8)).toBeCloseTo(2, 12);
  });
});
