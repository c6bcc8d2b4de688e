import { syntheticPeople } from '../testing/synthetic-people';
import { SYNTHETIC_SETTINGS } from '../testing/synthetic-settings';
import { trainModel } from '../training/train-model';
import { modelVersion } from './model-version';
import { parseTrainedModel, serialiseTrainedModel, withoutTermFrequencies } from './trained-model';

describe('withoutTermFrequencies (a superseded model kept for lineage)', () => {
  const { model } = trainModel(syntheticPeople(200, 'strip').records, SYNTHETIC_SETTINGS, { now: new Date('2026-01-02T03:04:05Z') });
  const json = serialiseTrainedModel(model);
  const values = Object.values(model.termFrequencies).flatMap((t) => Object.keys(t.counts));

  it('drops every raw value of the term-frequency tables and keeps the rest as stored', () => {
    expect(values.length).toBeGreaterThan(10);
    const stripped = withoutTermFrequencies(json, '2026-02-01T00:00:00.000Z')!;
    const parsed = parseTrainedModel(stripped);
    expect(parsed.termFrequencies).toEqual({});
    expect(parsed.termFrequenciesRemovedAt).toBe('2026-02-01T00:00:00.000Z');
    const { termFrequencies: _a, termFrequenciesRemovedAt: _b, ...rest } = parsed;
    const { termFrequencies: _c, ...original } = model;
    expect(rest).toEqual(original);
    const tables = JSON.stringify((JSON.parse(stripped) as { termFrequencies: unknown }).termFrequencies);
    for (const value of values) expect(tables).not.toContain(JSON.stringify(value));
  });

  it('leaves the version of a full model as it was (the new optional field is absent)', () => {
    expect(modelVersion(parseTrainedModel(json))).toBe(model.version);
  });

  it('gives null for JSON it cannot vouch for, so that it is removed rather than kept', () => {
    expect(withoutTermFrequencies('{not json', 'x')).toBeNull();
    expect(withoutTermFrequencies('{"version": "fs-1"}', 'x')).toBeNull();
    expect(withoutTermFrequencies('[1, 2]', 'x')).toBeNull();
  });
});
