import { parseEvent } from './parse-event';

const purchase = {
  eventId: 'ev-1', type: 'purchase', occurredAt: '2026-06-01T10:00:00-05:00', source: 'loyalty', sourceId: 'LM-1', banner: 'FreshWay', channel: 'in_store',
  lines: [{ sku: 'SKU-1', category: 'Dairy', brand: 'Meadow Gold', price: 3.5, promo: true }],
};

describe('parseEvent', () => {
  it('accepts a valid purchase, normalising the time to UTC and defaulting quantity', () => {
    const parsed = parseEvent(purchase);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.event.occurredAt).toBe('2026-06-01T15:00:00.000Z');
    expect(parsed.event.type === 'purchase' && parsed.event.lines[0]?.quantity).toBe(1);
  });

  it('reports every problem with its field path and code, never the value', () => {
    const parsed = parseEvent({ ...purchase, channel: 'drive_thru', occurredAt: 'yesterday', colour: 'red', lines: [{ sku: 'S', category: 'Dairy', brand: 'B', price: -1 }] });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => [i.field, i.code]).sort()).toEqual([
      ['channel', 'INVALID_ENUM_VALUE'], ['colour', 'UNKNOWN_FIELD'], ['lines.0.price', 'WRONG_TYPE'], ['occurredAt', 'INVALID_DATE'],
    ]);
    expect(JSON.stringify(parsed.issues)).not.toContain('drive_thru');
  });

  it('requires exactly one subject: a customer id or a source record', () => {
    const { source: _s, sourceId: _i, ...none } = purchase;
    const noSubject = parseEvent(none);
    expect(!noSubject.ok && noSubject.issues.map((i) => i.code)).toEqual(['EVENT_SUBJECT_INVALID']);
    const both = parseEvent({ ...purchase, customerId: 'cus_1' });
    expect(!both.ok && both.issues.map((i) => i.code)).toEqual(['EVENT_SUBJECT_INVALID']);
    expect(parseEvent({ ...none, customerId: 'cus_1' }).ok).toBe(true);
  });

  it('rejects an unknown event type and a missing type with their own codes', () => {
    expect(parseEvent({ ...purchase, type: 'refund' })).toEqual({ ok: false, issues: [expect.objectContaining({ field: 'type', code: 'INVALID_ENUM_VALUE' })] });
    const { type: _t, ...untyped } = purchase;
    expect(parseEvent(untyped)).toEqual({ ok: false, issues: [expect.objectContaining({ field: 'type', code: 'REQUIRED_FIELD_MISSING' })] });
  });

  it('validates each event type: pharmacy fill, fuel, web and email', () => {
    const base = { occurredAt: '2026-06-01T10:00:00Z', customerId: 'cus_1' };
    expect(parseEvent({ ...base, eventId: 'a', type: 'pharmacy_fill', storeId: 'S1', therapeuticClass: 'statin', copay: 5 }).ok).toBe(true);
    expect(parseEvent({ ...base, eventId: 'b', type: 'fuel_purchase', stationId: 'F1', gallons: 10, amount: 36 }).ok).toBe(true);
    expect(parseEvent({ ...base, eventId: 'c', type: 'web', action: 'cart_abandon', channel: 'app', sku: 'S' }).ok).toBe(true);
    expect(parseEvent({ ...base, eventId: 'd', type: 'email', action: 'click', campaignId: 'CMP-1' }).ok).toBe(true);
    // A search term is free text the customer typed: not part of the format.
    expect(parseEvent({ ...base, eventId: 'e', type: 'web', action: 'search', channel: 'web', query: 'insulin' }).ok).toBe(false);
    const future = parseEvent({ ...base, eventId: 'g', type: 'email', action: 'open', campaignId: 'C', occurredAt: '2999-01-01T00:00:00Z' });
    expect(!future.ok && future.issues.map((i) => [i.field, i.code])).toEqual([['occurredAt', 'INVALID_DATE']]);
    const missing = parseEvent({ ...base, eventId: 'f', type: 'web', channel: 'web' });
    expect(!missing.ok && missing.issues.map((i) => [i.field, i.code])).toEqual([['action', 'REQUIRED_FIELD_MISSING']]);
  });
});
