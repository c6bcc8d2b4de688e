import { FAKE1000_SETTINGS } from './fake1000-settings';
import { FEBRL_SETTINGS } from './febrl-settings';
import { GROCERY_SETTINGS } from './grocery-settings';
import { MatchingSettingsInput, parseMatchingSettings } from './matching-settings';

const minimal: MatchingSettingsInput = {
  formatVersion: 1,
  name: 'minimal',
  comparisons: [{ name: 'email', column: 'email', levels: [{ kind: 'null' }, { kind: 'exact' }, { kind: 'else' }] }],
  blockingRules: [{ name: 'email', parts: [{ column: 'email' }] }],
  trainingBlockingRules: [{ name: 'email', parts: [{ column: 'email' }] }],
};

describe('matching settings', () => {
  it.each([
    ['grocery', GROCERY_SETTINGS],
    ['febrl', FEBRL_SETTINGS],
    ['fake_1000', FAKE1000_SETTINGS],
  ])('the shipped %s settings are valid', (_, settings) => {
    expect(() => parseMatchingSettings(settings)).not.toThrow();
  });

  it('fills in the defaults', () => {
    const parsed = parseMatchingSettings(minimal);
    expect(parsed.training.uSampleSize).toBe(300_000);
    expect(parsed.threshold.targetPrecision).toBe(0.995);
    expect(parsed.clustering.uniqueConstraints).toEqual([]);
    expect(parsed.blockingRules[0]?.maxBlockSize).toBe(500);
    expect(parsed.blockingRules[0]?.parts[0]?.transform).toBe('exact');
  });

  it('requires the null level first and else last', () => {
    const bad = { ...minimal, comparisons: [{ name: 'email', column: 'email', levels: [{ kind: 'exact' }, { kind: 'null' }, { kind: 'else' }] }] };
    expect(() => parseMatchingSettings(bad)).toThrow(/first level must be null/);
    const noElse = { ...minimal, comparisons: [{ name: 'email', column: 'email', levels: [{ kind: 'null' }, { kind: 'exact' }, { kind: 'exact', label: 'again' }] }] };
    expect(() => parseMatchingSettings(noElse)).toThrow(/last level must be else/);
  });

  it('refuses unknown level kinds, bad thresholds, duplicate names and another format version', () => {
    const kind = { ...minimal, comparisons: [{ name: 'e', column: 'e', levels: [{ kind: 'null' }, { kind: 'soundex' }, { kind: 'else' }] }] };
    expect(() => parseMatchingSettings(kind)).toThrow();
    const threshold = { ...minimal, comparisons: [{ name: 'e', column: 'e', levels: [{ kind: 'null' }, { kind: 'jaroWinkler', threshold: 1.5 }, { kind: 'else' }] }] };
    expect(() => parseMatchingSettings(threshold)).toThrow();
    const twice = { ...minimal, comparisons: [...minimal.comparisons, ...minimal.comparisons] };
    expect(() => parseMatchingSettings(twice)).toThrow(/two comparisons/);
    expect(() => parseMatchingSettings({ ...minimal, formatVersion: 2 })).toThrow();
  });

  it('leaves generic-value detection and the EM pseudo-count off unless set, and checks their limits', () => {
    const parsed = parseMatchingSettings(minimal);
    expect(parsed.genericValues).toEqual({ columns: [], maxRecords: 40, maxIncompatibleGivenNames: 6, givenNameColumn: 'givenName' });
    expect(parsed.training.mPseudoCount).toBe(0);
    expect(parseMatchingSettings(GROCERY_SETTINGS).genericValues.columns).toContain('phone');
    expect(() => parseMatchingSettings({ ...minimal, genericValues: { maxRecords: 1 } })).toThrow();
    expect(() => parseMatchingSettings({ ...minimal, training: { mPseudoCount: -1 } })).toThrow();
  });
});
