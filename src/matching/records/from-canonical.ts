import type { CanonicalRecord } from '../../model/canonical-record';
import { normaliseStreetLine } from '../comparisons/postal';
import { MatchRecord, matchRecord } from './match-record';

/**
 * The matching view of a canonical record: names lower-cased, the date of birth as yyyy-mm-dd, ZIP5,
 * every email, phone, address, loyalty card, payment token and device id it carries. An address becomes a
 * key (street line with common words abbreviated, and ZIP5) and its street line alone.
 */
export function matchRecordFromCanonical(record: CanonicalRecord, id = `${record.source}:${record.sourceId}`): MatchRecord {
  const attribute = (name: string): string[] => record.attributes.filter((a) => a.name === name).map((a) => a.value.trim().toLowerCase());
  const identifiers = (type: string): string[] => record.identifiers.filter((i) => i.type === type).map((i) => i.value);
  const emails = identifiers('email').map((e) => e.toLowerCase());
  const addresses = record.identifiers.flatMap((i) => (i.type === 'postal_address' && i.address !== undefined ? [i.address] : []));
  const streetLines = addresses.map((a) => normaliseStreetLine(a.line1));
  return matchRecord(id, {
    givenName: attribute('givenName'),
    familyName: attribute('familyName'),
    dateOfBirth: attribute('dateOfBirth'),
    postalCode: [...attribute('postalCode'), ...addresses.map((a) => a.zip5)],
    email: emails,
    emailUser: emails.map((e) => e.split('@')[0] ?? ''),
    phone: identifiers('phone'),
    address: addresses.map((a, i) => `${streetLines[i] ?? ''}|${a.zip5}`),
    streetLine: streetLines,
    loyaltyCard: identifiers('loyalty_card'),
    paymentToken: identifiers('payment_token'),
    device: record.devices.map((d) => `${d.type}:${d.id}`),
  });
}
