import { writeRecordBatch } from '../../src/ingestion';
import { CanonicalRecord } from '../../src/model';
import { parseSourceRecord } from '../../src/sources';
import { GraphExecutor } from '../../src/graph/graph-executor';
import { inspect } from './matching';

const OPTIONS = { tokenHashKey: 'test-token-hash-key-0001' };

function canonical(source: Parameters<typeof parseSourceRecord>[0], raw: Record<string, unknown>): CanonicalRecord {
  const result = parseSourceRecord(source, raw, OPTIONS);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.record;
}

/**
 * A Washington pharmacy patient known to three systems, joined by her loyalty card (deterministic links, 1.0):
 * the pharmacy (health), the loyalty program and the web shop. Values are unusual on purpose, so a scan that
 * finds one after erasure finds a leftover, not a namesake.
 */
export function washingtonPatientRecords(): CanonicalRecord[] {
  return [
    canonical('pharmacy', { patientId: 'RX-440917', firstName: 'Ysolde', lastName: 'Quartermaine', dateOfBirth: '1971-03-14', phone: '(206) 555-0187', addressLine1: '4417 Fremont Avenue N', city: 'Seattle', state: 'WA', zip: '98103', loyaltyCard: '7777 1111 2229', updatedAt: '2024-02-01T00:00:00Z' }),
    canonical('loyalty', { memberId: 'LM-440917', cardNumber: '777711112229', firstName: 'Ysolde', lastName: 'Quartermaine', email: 'ysolde.quartermaine@fastmail.com', emailVerified: true, phone: '(206) 555-0187', dateOfBirth: '1971-03-14', addressLine1: '4417 Fremont Avenue N', city: 'Seattle', state: 'WA', zip: '98103', updatedAt: '2024-01-01T00:00:00Z' }),
    canonical('ecommerce', { accountId: 'EC-440917', email: 'ysolde.quartermaine@fastmail.com', emailVerified: true, firstName: 'Ysolde', lastName: 'Quartermaine', loyaltyCard: '777711112229', cookieIds: ['ck-ysolde-440917'], updatedAt: '2024-03-01T00:00:00Z' }),
  ];
}

/** Her partner: another person at the same address with the same home phone (shared values must survive her erasure). */
export function partnerRecords(): CanonicalRecord[] {
  return [
    canonical('loyalty', { memberId: 'LM-550318', cardNumber: '888822223338', firstName: 'Bertrand', lastName: 'Okonkwo', email: 'b.okonkwo@fastmail.com', emailVerified: true, phone: '(206) 555-0187', addressLine1: '4417 Fremont Avenue N', city: 'Seattle', state: 'WA', zip: '98103', updatedAt: '2024-01-05T00:00:00Z' }),
  ];
}

export async function ingest(graph: GraphExecutor, records: CanonicalRecord[], jobId: string) {
  return writeRecordBatch(graph, records, jobId);
}

export async function customerOfRecord(graph: GraphExecutor, recordKey: string): Promise<string | null> {
  const rows = await inspect<{ customerId: string }>(graph, 'MATCH (:SourceRecord {recordKey: $recordKey})-[:RESOLVES_TO]->(c:Customer) RETURN c.customerId AS customerId', { recordKey });
  return rows[0]?.customerId ?? null;
}
