import { matchRecord } from '../records/match-record';
import { PairScorer } from '../scoring/pair-scorer';
import { syntheticPeople } from '../testing/synthetic-people';
import { SYNTHETIC_SETTINGS } from '../testing/synthetic-settings';
import { overrideModel } from './override-model';
import { trainModel } from './train-model';

describe('overrideModel', () => {
  const { records } = syntheticPeople(200, 'override');
  const { model } = trainModel(records, SYNTHETIC_SETTINGS, { now: new Date(0) });

  it('sets m, u, the prior and the threshold by hand, with a new version', () => {
    const changed = overrideModel(model, {
      lambda: 0.01,
      levels: [{ comparison: 'dob', level: 'exact', m: 0.99, u: 0.0001 }],
      thresholdProbability: 0.95,
    });
    const exact = changed.comparisons.find((c) => c.name === 'dob')?.levels.find((l) => l.label === 'exact');
    expect(exact).toMatchObject({ m: 0.99, u: 0.0001 });
    expect(changed.lambda).toBe(0.01);
    expect(changed.threshold).toMatchObject({ probability: 0.95, source: 'manual' });
    expect(changed.version).not.toBe(model.version);
    expect(changed.trainedAt).toBe(model.trainedAt);
    expect(changed.training.overrides).toEqual(['lambda=0.01', 'dob/exact: m=0.99', 'dob/exact: u=0.0001', 'threshold=0.95']);
    const pair = [matchRecord('a', { dob: '1980-01-01' }), matchRecord('b', { dob: '1980-01-01' })] as const;
    const dob = new PairScorer(changed).explain(...pair).contributions.find((c) => c.comparison === 'dob');
    expect(dob?.bayesFactor).toBeCloseTo(9900, 6);
  });

  it('refuses levels that do not exist or values out of range', () => {
    expect(() => overrideModel(model, { levels: [{ comparison: 'dob', level: 'nope', m: 0.5 }] })).toThrow(/no level/);
    expect(() => overrideModel(model, { levels: [{ comparison: 'dob', level: 'null', m: 0.5 }] })).toThrow(/no level/);
    expect(() => overrideModel(model, { lambda: 2 })).toThrow(/lambda/);
  });
});

describe('trainModel on tiny inputs', () => {
  it('trains on one or two records without failing', () => {
    for (const n of [1, 2]) {
      const few = Array.from({ length: n }, (_, i) => matchRecord(String(i), { first: 'anne', last: 'zylstra' }));
      const { model } = trainModel(few, SYNTHETIC_SETTINGS, { now: new Date(0) });
      expect(model.lambda).toBeGreaterThan(0);
      expect(model.threshold.probability).toBeGreaterThan(0);
    }
  });
});
