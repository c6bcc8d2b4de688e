import { matchRecord } from '../records/match-record';
import type { MatchingSettingsInput } from '../settings/matching-settings';
import { syntheticPeople } from '../testing/synthetic-people';
import { SYNTHETIC_SETTINGS } from '../testing/synthetic-settings';
import { trainModel } from '../training/train-model';
import type { IdentifierClaimView, ResolvableRecord } from './resolvable-record';
import { resolveRecords } from './resolve-records';

const SETTINGS: MatchingSettingsInput = {
  ...SYNTHETIC_SETTINGS,
  comparisons: [
    ...SYNTHETIC_SETTINGS.comparisons,
    { name: 'device', column: 'device', levels: [{ kind: 'null' }, { kind: 'exact' }, { kind: 'else' }] },
  ],
  blockingRules: [...SYNTHETIC_SETTINGS.blockingRules, { name: 'device', parts: [{ column: 'device' }] }],
  clustering: { maxClusterSize: 20, uniqueConstraints: [{ column: 'first', compatibility: 'givenName' }] },
  genericValues: { columns: ['device', 'loyaltyCard'], maxRecords: 5, maxIncompatibleGivenNames: 3, givenNameColumn: 'first' },
};

const card = (value: string, signal: IdentifierClaimView['signal'] = 'EXPLICIT'): IdentifierClaimView => ({ type: 'loyalty_card', value, signal, verified: true });

function resolvable(id: string, fields: Record<string, string>, identifiers: IdentifierClaimView[] = []): ResolvableRecord {
  const match = matchRecord(id, fields);
  return { match, identifiers, givenName: fields.first ?? null };
}

const people = syntheticPeople(150, 'resolve').records.map((match) => ({ match, identifiers: [], givenName: match.fields.first?.[0] ?? null }));
const special: ResolvableRecord[] = [
  // Ann's two records share her card: a deterministic link. The till's scan of it is OBSERVED: no link.
  resolvable('ann-loyalty', { first: 'ann', last: 'quagliarello', loyaltyCard: 'C1' }, [card('C1')]),
  resolvable('ann-web', { first: 'anne', loyaltyCard: 'C1' }, [card('C1')]),
  resolvable('till-scan', { loyaltyCard: 'C1' }, [card('C1', 'OBSERVED')]),
  // A card on the records of two people whose given names disagree: the guard refuses the link.
  resolvable('olga', { first: 'olga', last: 'petrov', dob: '1960-02-02' }, [card('C2')]),
  resolvable('ivan', { first: 'ivan', last: 'petrov', dob: '1990-09-09' }, [card('C2')]),
  // A kiosk seen with many shoppers.
  ...['bert', 'carla', 'dmitri', 'edith', 'femi', 'gus'].map((first, i) =>
    resolvable(`kiosk-${first}`, { first, last: `kiosk${String(i)}`, device: 'kiosk:1' }),
  ),
];
const records = [...people, ...special];
const indexOf = (id: string): number => records.findIndex((r) => r.match.id === id);
const { model } = trainModel(
  records.map((r) => r.match),
  SETTINGS,
  { now: new Date(0) },
);
const resolution = resolveRecords(records, model);

describe('resolveRecords', () => {
  it('links records that both state a strong identifier, not an observed one', () => {
    const [a, b, scan] = [indexOf('ann-loyalty'), indexOf('ann-web'), indexOf('till-scan')];
    expect(resolution.deterministicLinks).toContainEqual({ left: Math.min(a, b), right: Math.max(a, b), identifierType: 'loyalty_card' });
    expect(resolution.componentOf[a]).toBe(resolution.componentOf[b]);
    expect(resolution.componentOf[scan]).not.toBe(resolution.componentOf[a]);
  });

  it('refuses a deterministic link between records whose given names disagree, and says why', () => {
    const [olga, ivan] = [indexOf('olga'), indexOf('ivan')];
    expect(resolution.clusterOf[olga]).not.toBe(resolution.clusterOf[ivan]);
    expect(resolution.refusedLinks).toContainEqual(
      expect.objectContaining({ stage: 'deterministic', left: Math.min(olga, ivan), right: Math.max(olga, ivan), reason: 'given-name-guard', identifierType: 'loyalty_card' }),
    );
  });

  it('treats a value shared by too many people as unknown', () => {
    expect(resolution.genericValues).toEqual([expect.objectContaining({ column: 'device', value: 'kiosk:1', reason: 'too-many-records' })]);
    const kiosk = new Set(special.filter((r) => r.match.id.startsWith('kiosk-')).map((r) => indexOf(r.match.id)));
    const clusters = new Set([...kiosk].map((i) => resolution.clusterOf[i]));
    expect(clusters.size).toBe(kiosk.size);
    for (const link of resolution.probabilisticLinks) {
      const device = link.evidence?.contributions.find((c) => c.comparison === 'device');
      expect(device?.label).not.toBe('exact');
    }
  });

  it('explains every probabilistic link with a waterfall that adds up to its weight', () => {
    expect(resolution.probabilisticLinks.length).toBeGreaterThan(20);
    for (const link of resolution.probabilisticLinks) {
      expect(link.weight).toBeGreaterThanOrEqual(model.threshold.matchWeight);
      const sum = (link.evidence?.contributions ?? []).reduce((total, c) => total + c.log2Weight, link.evidence?.priorLog2Weight ?? 0);
      expect(sum).toBeCloseTo(link.weight, 9);
    }
  });

  it('never splits a deterministic component, and clusters are a partition', () => {
    resolution.componentOf.forEach((component, i) => {
      const first = resolution.componentOf.indexOf(component);
      expect(resolution.clusterOf[i]).toBe(resolution.clusterOf[first]);
    });
    expect(resolution.clusters.flat().sort((a, b) => a - b)).toEqual(records.map((_, i) => i));
  });

  it('honours generic values the caller already knows', () => {
    const known = resolveRecords(records, model, { knownGenericValues: [{ column: 'loyaltyCard', value: 'C1' }], explain: false });
    expect(known.deterministicLinks.some((l) => l.identifierType === 'loyalty_card' && l.left === Math.min(indexOf('ann-loyalty'), indexOf('ann-web')))).toBe(false);
    expect(known.probabilisticLinks.every((l) => l.evidence === undefined)).toBe(true);
  });

  it('gives the same answer for the same input', () => {
    expect(resolveRecords(records, model)).toEqual(resolution);
  });
});
