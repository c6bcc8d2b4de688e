import { planDeterministicResolution, ResolutionCandidate } from './plan-deterministic-resolution';

function ids() {
  let n = 0;
  return () => `new-${++n}`;
}

const record = (recordKey: string, extra: Partial<ResolutionCandidate> = {}): ResolutionCandidate => ({
  recordKey,
  customerId: null,
  customerCreatedAt: null,
  givenName: 'Ann',
  neighbours: [],
  ...extra,
});

describe('planDeterministicResolution', () => {
  it('gives a record with no linking identifier a customer of its own', () => {
    const plan = planDeterministicResolution([record('pos:1')], ids());
    expect(plan.newCustomerIds).toEqual(['new-1']);
    expect(plan.assignments).toEqual([
      { recordKey: 'pos:1', customerId: 'new-1', confidence: 1, method: 'deterministic:single_record' },
    ]);
    expect(plan.links).toEqual([]);
  });

  it('attaches a new record to the customer of the record it shares a loyalty card with', () => {
    const plan = planDeterministicResolution(
      [record('pos:1', { neighbours: [{ recordKey: 'loyalty:9', customerId: 'C1', customerCreatedAt: '2024', identifierType: 'loyalty_card', givenName: 'Ann' }] })],
      ids(),
    );
    expect(plan.newCustomerIds).toEqual([]);
    expect(plan.assignments).toEqual([
      { recordKey: 'pos:1', customerId: 'C1', confidence: 1, method: 'deterministic:shared_loyalty_card' },
    ]);
    expect(plan.links).toEqual([{ fromKey: 'loyalty:9', toKey: 'pos:1', identifierType: 'loyalty_card', identifierKey: 'loyalty_card' }]);
  });

  it('merges two customers into the older one when a record bridges them', () => {
    const plan = planDeterministicResolution(
      [
        record('web:5', {
          neighbours: [
            { recordKey: 'crm:1', customerId: 'C-new', customerCreatedAt: '2025-01-01', identifierType: 'crm_id', givenName: null },
            { recordKey: 'loyalty:1', customerId: 'C-old', customerCreatedAt: '2023-01-01', identifierType: 'loyalty_card', givenName: null },
          ],
        }),
      ],
      ids(),
    );
    expect(plan.merges).toEqual([{ absorbedId: 'C-new', survivorId: 'C-old', reason: expect.any(String) }]);
    expect(plan.assignments.map((a) => [a.recordKey, a.customerId])).toEqual([['web:5', 'C-old']]);
  });

  it('resolves records of one batch that share a value to one new customer', () => {
    const plan = planDeterministicResolution(
      [
        record('loyalty:1', { neighbours: [{ recordKey: 'pos:2', customerId: null, customerCreatedAt: null, identifierType: 'loyalty_card', givenName: 'Ann' }] }),
        record('pos:2', { neighbours: [{ recordKey: 'loyalty:1', customerId: null, customerCreatedAt: null, identifierType: 'loyalty_card', givenName: 'Ann' }] }),
      ],
      ids(),
    );
    expect(plan.newCustomerIds).toEqual(['new-1']);
    expect(new Set(plan.assignments.map((a) => a.customerId))).toEqual(new Set(['new-1']));
    expect(plan.assignments).toHaveLength(2);
    expect(plan.links).toHaveLength(1);
  });

  it('does not link a shared family email between people whose given names disagree', () => {
    const plan = planDeterministicResolution(
      [record('crm:1', { givenName: 'Bob', neighbours: [{ recordKey: 'ecommerce:7', customerId: 'C1', customerCreatedAt: '2024', identifierType: 'email', givenName: 'Alice' }] })],
      ids(),
    );
    expect(plan.assignments).toEqual([expect.objectContaining({ recordKey: 'crm:1', customerId: 'new-1' })]);
    expect(plan.links).toEqual([]);
  });

  it('leaves an already resolved record alone when nothing changed its customer', () => {
    const plan = planDeterministicResolution([record('pos:1', { customerId: 'C1', customerCreatedAt: '2024' })], ids());
    expect(plan).toEqual({ assignments: [], merges: [], links: [], newCustomerIds: [] });
  });
});

describe('planDeterministicResolution over-merge guard', () => {
  it('does not let a nameless record holding a family card bridge two family members', () => {
    const neighbour = (recordKey: string, givenName: string | null, identifierType: 'loyalty_card' | 'email') => ({
      recordKey, customerId: null, customerCreatedAt: null, identifierType, givenName,
    });
    const plan = planDeterministicResolution(
      [
        { recordKey: 'web:nameless', customerId: null, customerCreatedAt: null, givenName: null, neighbours: [neighbour('ecommerce:alyssa', 'Alyssa', 'loyalty_card'), neighbour('ecommerce:lawrence', 'Lawrence', 'loyalty_card')] },
        { recordKey: 'ecommerce:alyssa', customerId: null, customerCreatedAt: null, givenName: 'Alyssa', neighbours: [neighbour('web:nameless', null, 'loyalty_card')] },
        { recordKey: 'ecommerce:lawrence', customerId: null, customerCreatedAt: null, givenName: 'Lawrence', neighbours: [neighbour('web:nameless', null, 'loyalty_card')] },
      ],
      ids(),
    );
    const customerOf = new Map(plan.assignments.map((a) => [a.recordKey, a.customerId]));
    expect(customerOf.get('ecommerce:alyssa')).not.toBe(customerOf.get('ecommerce:lawrence'));
    expect(plan.newCustomerIds).toHaveLength(2);
  });

  it('refuses to join a record to a customer whose other records carry an incompatible given name', () => {
    const plan = planDeterministicResolution(
      [{ recordKey: 'pharmacy:liam', customerId: null, customerCreatedAt: null, givenName: null,
        neighbours: [{ recordKey: 'ecommerce:9', customerId: 'C-lisa', customerCreatedAt: '2024', identifierType: 'loyalty_card', givenName: null, customerGivenNames: ['Lisa'] }],
        customerGivenNames: ['Liam'] }],
      ids(),
    );
    expect(plan.assignments).toEqual([expect.objectContaining({ recordKey: 'pharmacy:liam', customerId: 'new-1' })]);
  });

  it('leaves an evidence edge to every group it joins, so the edges alone rebuild the customer', () => {
    const n = (recordKey: string, customerId: string) => ({ recordKey, customerId, customerCreatedAt: '2024', identifierType: 'loyalty_card' as const, givenName: 'Ann' });
    const plan = planDeterministicResolution([record('pos:1', { neighbours: [n('loyalty:1', 'C1'), n('loyalty:2', 'C2')] })], ids());
    expect(plan.merges).toHaveLength(1);
    expect(plan.links.map((l) => [l.fromKey, l.toKey])).toEqual([['loyalty:1', 'pos:1'], ['loyalty:2', 'pos:1']]);
  });

  it('never joins customers a steward separated', () => {
    const plan = planDeterministicResolution(
      [record('pos:1', {
        customerId: 'C1',
        customerCreatedAt: '2024',
        blockedCustomerIds: ['C2'],
        neighbours: [{ recordKey: 'loyalty:2', customerId: 'C2', customerCreatedAt: '2023', identifierType: 'loyalty_card', givenName: 'Ann' }],
      })],
      ids(),
    );
    expect(plan.merges).toEqual([]);
    expect(plan.links).toEqual([]);
    expect(plan.assignments).toEqual([]);
  });
});
