import { CurrentAssignment, planCustomerIds } from './plan-customer-ids';

const counter = () => {
  let n = 0;
  return () => `new_${String(++n)}`;
};
const assigned = (pairs: Record<string, string | null>): CurrentAssignment[] =>
  Object.entries(pairs).map(([recordKey, customerId]) => ({ recordKey, customerId }));
const created = new Map([['X', '2026-01-01'], ['Y', '2026-02-01'], ['Z', '2026-03-01']]);

describe('planCustomerIds', () => {
  it('changes nothing when the clusters did not change', () => {
    const plan = planCustomerIds([['a', 'b'], ['c']], assigned({ a: 'X', b: 'X', c: 'Y' }), created, counter());
    expect(plan.assignments).toEqual([]);
    expect(plan.merges).toEqual([]);
    expect(plan.newCustomerIds).toEqual([]);
    expect(plan.customers.map((c) => [c.customerId, c.origin])).toEqual([['X', 'kept'], ['Y', 'kept']]);
  });

  it('keeps the id contributing most records on a merge and makes the other an alias', () => {
    const plan = planCustomerIds([['a', 'b', 'c']], assigned({ a: 'Y', b: 'Y', c: 'X' }), created, counter());
    expect(plan.customers[0]?.customerId).toBe('Y');
    expect(plan.merges).toEqual([{ absorbedId: 'X', survivorId: 'Y' }]);
    expect(plan.assignments).toEqual([{ recordKey: 'c', customerId: 'Y' }]);
  });

  it('breaks a tie in favour of the older customer', () => {
    const plan = planCustomerIds([['a', 'b']], assigned({ a: 'Y', b: 'X' }), created, counter());
    expect(plan.customers[0]?.customerId).toBe('X');
    expect(plan.merges).toEqual([{ absorbedId: 'Y', survivorId: 'X' }]);
  });

  it('leaves the id on the larger part of a split and gives the rest a new id with lineage', () => {
    const plan = planCustomerIds([['a'], ['b', 'c']], assigned({ a: 'X', b: 'X', c: 'X' }), created, counter());
    expect(plan.customers).toEqual([
      { customerId: 'new_1', recordKeys: ['a'], origin: 'split', splitFrom: 'X' },
      { customerId: 'X', recordKeys: ['b', 'c'], origin: 'kept' },
    ]);
    expect(plan.assignments).toEqual([{ recordKey: 'a', customerId: 'new_1' }]);
    expect(plan.merges).toEqual([]);
  });

  it('gives unassigned records a new customer, or the customer they join', () => {
    const plan = planCustomerIds([['a', 'n1'], ['n2']], assigned({ a: 'X', n1: null, n2: null }), created, counter());
    expect(plan.customers.map((c) => [c.customerId, c.origin])).toEqual([['X', 'kept'], ['new_1', 'new']]);
    expect(plan.assignments).toEqual([{ recordKey: 'n1', customerId: 'X' }, { recordKey: 'n2', customerId: 'new_1' }]);
  });

  it('gives each id to one cluster only, and every old id a place', () => {
    // X's records scatter into two clusters that each hold more of Y and Z.
    const plan = planCustomerIds([['a', 'y1', 'y2'], ['b', 'z1', 'z2']], assigned({ a: 'X', b: 'X', y1: 'Y', y2: 'Y', z1: 'Z', z2: 'Z' }), created, counter());
    expect(plan.customers.map((c) => c.customerId)).toEqual(['Y', 'Z']);
    expect(plan.merges).toEqual([{ absorbedId: 'X', survivorId: 'Y' }]);
    const ids = new Set(plan.customers.map((c) => c.customerId));
    expect(ids.size).toBe(plan.customers.length);
  });
});
