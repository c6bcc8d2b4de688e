import { SignalClass, SourceSystem } from '../../model';
import { chooseSurvivors, SurvivorCandidate } from './survivorship';

const PRIORITY: SourceSystem[] = ['pharmacy', 'crm', 'loyalty', 'ecommerce', 'web', 'pos', 'fuel'];

function candidate(value: string, signal: SignalClass, source: SourceSystem, observedAt: string | null, verified = false, name = 'givenName'): SurvivorCandidate<string> {
  return { name, value, signal, source, observedAt, verified, item: `${source}:${value}` };
}

const survivor = (...cs: SurvivorCandidate<string>[]) => chooseSurvivors(cs, PRIORITY)[0]!;

describe('survivorship', () => {
  it('prefers EXPLICIT over a newer OBSERVED value, and OBSERVED over INFERRED', () => {
    expect(survivor(candidate('MARGARET', 'OBSERVED', 'pos', '2025-05-01T00:00:00Z'), candidate('Peggy', 'EXPLICIT', 'loyalty', '2024-01-01T00:00:00Z')))
      .toMatchObject({ value: 'Peggy', signal: 'EXPLICIT', decidedBy: 'SIGNAL_CLASS', candidates: 2, agreeing: 1 });
    expect(survivor(candidate('F', 'INFERRED', 'crm', '2025-05-01T00:00:00Z'), candidate('M', 'OBSERVED', 'fuel', '2020-01-01T00:00:00Z')))
      .toMatchObject({ value: 'M', decidedBy: 'SIGNAL_CLASS' });
  });

  it('within a signal class prefers a verified value, even an older one', () => {
    const s = survivor(
      candidate('new@example.net', 'EXPLICIT', 'pharmacy', '2025-05-01T00:00:00Z', false, 'email'),
      candidate('old@example.net', 'EXPLICIT', 'web', '2024-01-01T00:00:00Z', true, 'email'),
    );
    expect(s).toMatchObject({ value: 'old@example.net', decidedBy: 'VERIFIED' });
  });

  it('then prefers the most recent value; a value without a date loses to a dated one', () => {
    expect(survivor(candidate('Ann', 'EXPLICIT', 'pharmacy', '2024-01-01T00:00:00Z'), candidate('Anne', 'EXPLICIT', 'fuel', '2025-01-01T00:00:00Z')))
      .toMatchObject({ value: 'Anne', decidedBy: 'MOST_RECENT' });
    expect(survivor(candidate('Ann', 'EXPLICIT', 'pharmacy', null), candidate('Anne', 'EXPLICIT', 'fuel', '2020-01-01T00:00:00Z')))
      .toMatchObject({ value: 'Anne', decidedBy: 'MOST_RECENT' });
  });

  it('then follows the configured source priority', () => {
    const t = '2025-01-01T00:00:00Z';
    expect(survivor(candidate('Ann', 'EXPLICIT', 'loyalty', t), candidate('Anne', 'EXPLICIT', 'crm', t))).toMatchObject({ value: 'Anne', decidedBy: 'SOURCE_PRIORITY', item: 'crm:Anne' });
    const reversed = chooseSurvivors([candidate('Ann', 'EXPLICIT', 'loyalty', t), candidate('Anne', 'EXPLICIT', 'crm', t)], [...PRIORITY].reverse());
    expect(reversed[0]).toMatchObject({ value: 'Ann', decidedBy: 'SOURCE_PRIORITY' });
  });

  it('keeps the provenance of the winning candidate, counts agreement, and decides each name on its own', () => {
    const result = chooseSurvivors(
      [
        candidate('Peggy', 'EXPLICIT', 'loyalty', '2024-01-01T00:00:00Z'),
        candidate('Peggy', 'EXPLICIT', 'ecommerce', '2024-03-01T00:00:00Z'),
        candidate('Olson', 'OBSERVED', 'pos', null, false, 'familyName'),
      ],
      PRIORITY,
    );
    expect(result).toEqual([
      expect.objectContaining({ name: 'familyName', value: 'Olson', signal: 'OBSERVED', decidedBy: 'ONLY_CANDIDATE', candidates: 1 }),
      expect.objectContaining({ name: 'givenName', value: 'Peggy', item: 'ecommerce:Peggy', decidedBy: 'SAME_VALUE', candidates: 2, agreeing: 2 }),
    ]);
  });
});
