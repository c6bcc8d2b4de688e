import { ConsentRecord, consentRecordSchema } from '../consent/consent-record';
import { OptOutSignal, optOutSignalSchema } from '../consent/opt-out-signal';

/** A valid consent record for tests; anything not given takes a plain default. */
export function consent(fields: Partial<ConsentRecord> & Pick<ConsentRecord, 'purpose' | 'status' | 'capturedAt'>): ConsentRecord {
  return consentRecordSchema.parse({
    customerId: 'C-1',
    channel: 'any',
    source: 'preference_center',
    evidence: { kind: 'web_form', reference: 'form-v3/submission-1' },
    ...fields,
  });
}

export function signal(kind: string, capturedAt: string, withdrawnAt: string | null = null, customerId = 'C-1'): OptOutSignal {
  return optOutSignalSchema.parse({ customerId, kind, source: 'browser_signal', capturedAt, withdrawnAt });
}
