import { z } from 'zod';
import { CONSENT_SOURCES } from './consent-record';

const isoDateTime = z.iso.datetime({ offset: true });

/**
 * An opt-out the customer sent without naming a purpose: Global Privacy Control from their browser, "Do Not
 * Sell or Share", "Limit the Use of My Sensitive Personal Information", state-law opt-outs. The policy says which
 * rules each kind stops. A browser's GPC is recorded per request (capturedAt = the request time).
 */
export const optOutSignalSchema = z
  .strictObject({
    customerId: z.string().min(1),
    kind: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must be an opt-out signal id such as GPC'),
    source: z.enum(CONSENT_SOURCES),
    capturedAt: isoDateTime,
    /** When the customer withdrew the opt-out (opted back in); null while it stands. */
    withdrawnAt: isoDateTime.nullable().default(null),
  })
  .refine((s) => s.withdrawnAt === null || Date.parse(s.withdrawnAt) > Date.parse(s.capturedAt), {
    message: 'must be later than capturedAt',
    path: ['withdrawnAt'],
  });

export type OptOutSignal = z.infer<typeof optOutSignalSchema>;

/** The kinds of opt-out in force at `at`: captured at or before it and not withdrawn by then. */
export function signalsInForce(signals: readonly OptOutSignal[], at: Date): Set<string> {
  const t = at.getTime();
  const inForce = new Set<string>();
  for (const s of signals) {
    if (Date.parse(s.capturedAt) <= t && (s.withdrawnAt === null || Date.parse(s.withdrawnAt) > t)) inForce.add(s.kind);
  }
  return inForce;
}
