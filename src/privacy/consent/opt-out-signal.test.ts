import { optOutSignalSchema, signalsInForce } from './opt-out-signal';
import { signal } from '../testing/consent-fixtures';

describe('signalsInForce', () => {
  const at = new Date('2025-06-01T12:00:00Z');

  it('holds a signal captured at or before the read and not withdrawn by then', () => {
    expect(signalsInForce([signal('GPC', '2025-06-01T12:00:00Z')], at)).toEqual(new Set(['GPC']));
    expect(signalsInForce([signal('GPC', '2025-06-01T12:00:01Z')], at)).toEqual(new Set());
    expect(signalsInForce([signal('LIMIT_SENSITIVE_PI', '2025-01-01T00:00:00Z', '2025-06-01T12:00:00Z')], at)).toEqual(new Set());
    expect(signalsInForce([signal('LIMIT_SENSITIVE_PI', '2025-01-01T00:00:00Z', '2025-07-01T00:00:00Z')], at)).toEqual(new Set(['LIMIT_SENSITIVE_PI']));
  });

  it('rejects a withdrawal before the signal', () => {
    const parsed = optOutSignalSchema.safeParse({ customerId: 'C-1', kind: 'GPC', source: 'browser_signal', capturedAt: '2025-02-01T00:00:00Z', withdrawnAt: '2025-01-01T00:00:00Z' });
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['withdrawnAt']);
  });
});
