import { matchRecord } from '../records/match-record';
import { clusterLinks, Link } from './cluster-links';
import { suspiciousClusters } from './suspicious-clusters';

const link = (left: number, right: number, weight: number): Link => ({ left, right, weight, probability: 1 / (1 + 2 ** -weight) });
const plain = (n: number) => Array.from({ length: n }, (_, i) => matchRecord(String(i), {}));

describe('clusterLinks', () => {
  it('finds connected components', () => {
    const result = clusterLinks(plain(5), [link(0, 1, 10), link(1, 2, 8), link(3, 4, 9)], { maxClusterSize: 10, uniqueConstraints: [] });
    expect(result.clusters.map((c) => [...c].sort())).toEqual([[0, 1, 2], [3, 4]]);
    expect(result.cutLinks).toEqual([]);
    expect(result.clusterOf[2]).toBe(result.clusterOf[0]);
  });

  it('keeps clusters under the size cap by cutting the weakest link', () => {
    // 0-1-2 strongly, 3-4 strongly, and a weak bridge 2-3: with a cap of 3 the bridge goes.
    const links = [link(0, 1, 20), link(1, 2, 19), link(2, 3, 5), link(3, 4, 18)];
    const result = clusterLinks(plain(5), links, { maxClusterSize: 3, uniqueConstraints: [] });
    expect(result.clusters.map((c) => [...c].sort())).toEqual([[0, 1, 2], [3, 4]]);
    expect(result.cutLinks).toHaveLength(1);
    expect(result.cutLinks[0]).toMatchObject({ left: 2, right: 3, reason: 'size-cap' });
  });

  it('cuts the weakest link that would join two different unique identifiers', () => {
    const records = [
      matchRecord('a', { card: 'C1' }),
      matchRecord('b', {}),
      matchRecord('c', { card: 'C2' }),
    ];
    // b is linked to both; the stronger link (to a) wins, the weaker (to c) is cut.
    const result = clusterLinks(records, [link(0, 1, 15), link(1, 2, 12)], { maxClusterSize: 10, uniqueConstraints: [{ column: 'card', maxEdits: 0 }] });
    expect(result.clusters.map((c) => [...c].sort())).toEqual([[0, 1], [2]]);
    expect(result.cutLinks[0]).toMatchObject({ left: 1, right: 2, reason: 'unique-constraint' });
  });

  it('tolerates values within maxEdits (a mis-keyed id) and compatible given names', () => {
    const records = [matchRecord('a', { ssn: '1234567', first: 'william' }), matchRecord('b', { ssn: '1234576', first: 'bill' })];
    const joined = clusterLinks(records, [link(0, 1, 10)], {
      maxClusterSize: 10,
      uniqueConstraints: [
        { column: 'ssn', maxEdits: 2 },
        { column: 'first', maxEdits: 0, compatibility: 'givenName' },
      ],
    });
    expect(joined.clusters).toHaveLength(1);
    const strict = clusterLinks(records, [link(0, 1, 10)], { maxClusterSize: 10, uniqueConstraints: [{ column: 'ssn', maxEdits: 0 }] });
    expect(strict.clusters).toHaveLength(2);
    const people = [matchRecord('a', { first: 'maria' }), matchRecord('b', { first: 'christian' })];
    const household = clusterLinks(people, [link(0, 1, 10)], { maxClusterSize: 10, uniqueConstraints: [{ column: 'first', maxEdits: 0, compatibility: 'givenName' }] });
    expect(household.clusters).toHaveLength(2);
  });

  it('reports suspicious clusters: cut links, size cap, chains', () => {
    const chain = [link(0, 1, 10), link(1, 2, 10), link(2, 3, 10), link(3, 4, 10), link(5, 6, 10), link(6, 7, 2)];
    const result = clusterLinks(plain(8), chain, { maxClusterSize: 5, uniqueConstraints: [] });
    const report = suspiciousClusters(result, chain, { maxClusterSize: 5 });
    const big = report.find((s) => s.size === 5);
    expect(big?.reasons.join(' ')).toMatch(/size cap/);
    expect(big?.reasons.join(' ')).toMatch(/chained/);
    expect(big?.density).toBeCloseTo(4 / 10, 9);
    expect(big?.weakestTreeLink).toBeCloseTo(1 / (1 + 2 ** -10), 9);
    // 5-6-7: two links of three possible pairs is dense enough, and no guard fired.
    expect(report.find((s) => s.size === 3)).toBeUndefined();
  });

  it('never joins a cannot-link pair, not even through a third record', () => {
    // 0 and 2 are "never link"; 1 is strongly linked to both, so one of the two links must go: the weaker.
    const result = clusterLinks(plain(3), [link(0, 1, 20), link(1, 2, 15)], { maxClusterSize: 10, uniqueConstraints: [], cannotLink: [[0, 2]] });
    expect(result.clusters.map((c) => [...c].sort())).toEqual([[0, 1], [2]]);
    expect(result.cutLinks).toHaveLength(1);
    expect(result.cutLinks[0]).toMatchObject({ left: 1, right: 2, reason: 'cannot-link' });
  });

  it('joins forced links first and past the size cap and unique constraints, but not past a cannot-link', () => {
    const records = [matchRecord('a', { card: 'C1' }), matchRecord('b', { card: 'C2' }), matchRecord('c', {})];
    const forced: Link = { ...link(0, 1, -5), forced: true };
    const result = clusterLinks(records, [link(1, 2, 30), forced], { maxClusterSize: 2, uniqueConstraints: [{ column: 'card', maxEdits: 0 }] });
    // The forced link goes first, so the strong 1-2 link is the one the cap cuts.
    expect(result.clusters.map((c) => [...c].sort())).toEqual([[0, 1], [2]]);
    expect(result.cutLinks[0]).toMatchObject({ left: 1, right: 2, reason: 'size-cap' });
    const refused = clusterLinks(records, [forced], { maxClusterSize: 2, uniqueConstraints: [], cannotLink: [[1, 0]] });
    expect(refused.clusters).toHaveLength(3);
    expect(refused.cutLinks[0]).toMatchObject({ reason: 'cannot-link' });
  });

  it('tells a mis-keyed date of birth from two people born decades apart', () => {
    const guard = { maxClusterSize: 10, uniqueConstraints: [{ column: 'dob', maxEdits: 0, compatibility: 'date' as const }] };
    const pair = (a: string, b: string) => clusterLinks([matchRecord('a', { dob: a }), matchRecord('b', { dob: b })], [link(0, 1, 10)], guard).clusters.length;
    expect(pair('1960-04-12', '1960-04-13')).toBe(1);
    expect(pair('1960-04-12', '1960-12-04')).toBe(1);
    expect(pair('1960-04-12', '1961-04-12')).toBe(1);
    expect(pair('1960-04-12', '1988-04-12')).toBe(2);
    expect(pair('1960-04-12', '1968-04-12')).toBe(2);
    expect(pair('1960-04-12', '1960-07-30')).toBe(2);
  });
});
