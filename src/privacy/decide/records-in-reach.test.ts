import { loadPolicy } from '../policy';
import { recordsInReach, sourceReach } from './records-in-reach';

describe('recordsInReach (default policy)', () => {
  const policy = loadPolicy();
  const record = (source: string, confidence: number) => ({ source, resolution: { confidence } });

  it('service fulfilment reaches the retail sources through confident links, never the pharmacy', () => {
    const inReach = recordsInReach(sourceReach(policy, ['service_fulfilment']));
    expect(inReach(record('loyalty', 1))).toBe(true);
    expect(inReach(record('pos', 0.96))).toBe(true);
    expect(inReach(record('pharmacy', 1))).toBe(false);
    expect(inReach(record('loyalty', 0.7))).toBe(false);
  });

  it('pharmacy care reaches the pharmacy record; purposes add up; no purpose reaches nothing', () => {
    expect(recordsInReach(sourceReach(policy, ['pharmacy_care']))(record('pharmacy', 1))).toBe(true);
    expect(recordsInReach(sourceReach(policy, ['pharmacy_care']))(record('pos', 1))).toBe(false);
    const both = recordsInReach(sourceReach(policy, ['service_fulfilment', 'pharmacy_care']));
    expect([both(record('pharmacy', 1)), both(record('pos', 1))]).toEqual([true, true]);
    expect(recordsInReach(sourceReach(policy, []))(record('loyalty', 1))).toBe(false);
  });

  it('lists each source once with the lowest confidence a granting scope accepts; a null reach admits every record', () => {
    expect(sourceReach(policy, ['service_fulfilment']).find((r) => r.source === 'pos')).toEqual({ source: 'pos', minConfidence: 0.95 });
    expect(sourceReach(policy, ['service_fulfilment', 'fraud_prevention']).find((r) => r.source === 'pos')!.minConfidence).toBeLessThan(0.95);
    expect(recordsInReach(null)(record('pharmacy', 0.1))).toBe(true);
  });
});
