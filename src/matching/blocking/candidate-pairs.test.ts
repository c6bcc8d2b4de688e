import { matchRecord } from '../records/match-record';
import { blockingRuleSchema, BlockingRuleInput } from '../settings/blocking-schema';
import { blockingKeys } from './block-keys';
import { candidatePairs } from './candidate-pairs';

const rule = (input: BlockingRuleInput) => blockingRuleSchema.parse(input);

describe('blocking', () => {
  const records = [
    matchRecord('a', { surname: 'smith', zip: '10001', phone: ['1', '2'] }),
    matchRecord('b', { surname: 'smyth', zip: '10001', phone: '2' }),
    matchRecord('c', { surname: 'jones', zip: '10001', phone: '3' }),
    matchRecord('d', { surname: 'smith', zip: '20002' }),
  ];

  it('keys combine parts, use every value, and need every part', () => {
    const byPhone = rule({ name: 'phone', parts: [{ column: 'phone' }] });
    expect(blockingKeys(records[0]!, byPhone)).toEqual(['1', '2']);
    expect(blockingKeys(records[3]!, byPhone)).toEqual([]);
    const soundZip = rule({ name: 's', parts: [{ column: 'surname', transform: 'doubleMetaphone' }, { column: 'zip' }] });
    expect(blockingKeys(records[0]!, soundZip)).toEqual(blockingKeys(records[1]!, soundZip));
  });

  it('lists each pair once, with the first rule that found it', () => {
    const pairs = candidatePairs(records, [
      rule({ name: 'phone', parts: [{ column: 'phone' }] }),
      rule({ name: 'surname sound+zip', parts: [{ column: 'surname', transform: 'doubleMetaphone' }, { column: 'zip' }] }),
      rule({ name: 'surname', parts: [{ column: 'surname' }] }),
    ]);
    const found = Array.from({ length: pairs.length }, (_, k) => `${String(pairs.left[k])}-${String(pairs.right[k])}:${String(pairs.rule[k])}`);
    expect(found.sort()).toEqual(['0-1:0', '0-3:2']);
  });

  it('skips blocks over the size cap and reports them', () => {
    const many = Array.from({ length: 6 }, (_, i) => matchRecord(String(i), { phone: '555' }));
    const pairs = candidatePairs(many, [rule({ name: 'phone', parts: [{ column: 'phone' }], maxBlockSize: 5 })]);
    expect(pairs.length).toBe(0);
    expect(pairs.skippedBlocks).toEqual([{ rule: 'phone', size: 6 }]);
  });
});
