import { loadPolicy } from '../policy';
import { recordsInReach } from './records-in-reach';

describe('recordsInReach (default policy)', () => {
  const policy = loadPolicy();
  const record = (source: string, confidence: number) => ({ source, resolution: { confidence } });

  it('service fulfilment reaches the retail sources through confident links, never the pharmacy', () => {
    const inReach = recordsInReach(policy, ['service_fulfilment']);
    expect(inReach(record('loyalty', 1))).toBe(true);
    expect(inReach(record('pos', 0.96))).toBe(true);
    expect(inReach(record('pharmacy', 1))).toBe(false);
    expect(inReach(record('loyalty', 0.7))).toBe(false);
  });

  it('pharmacy care reaches the pharmacy record; purposes add up; no purpose reaches nothing', () => {
    expect(recordsInReach(policy, ['pharmacy_care'])(record('pharmacy', 1))).toBe(true);
    expect(recordsInReach(policy, ['pharmacy_care'])(record('pos', 1))).toBe(false);
    const both = recordsInReach(policy, ['service_fulfilment', 'pharmacy_care']);
    expect([both(record('pharmacy', 1)), both(record('pos', 1))]).toEqual([true, true]);
    expect(recordsInReach(policy, [])(record('loyalty', 1))).toBe(false);
  });
});
