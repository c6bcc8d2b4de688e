import { normaliseStreetLine } from '../comparisons/postal';
import type { MatchRecord } from '../records/match-record';

export interface GenericIdentifier {
  type: string;
  value: string;
  line1?: string | null;
  zip5?: string | null;
}

/**
 * The record with its generic values treated as unknown: a store phone or a kiosk agrees with hundreds of
 * strangers, so agreeing on it must not count. The columns are those `matchRecordFromCanonical` fills.
 */
export function withoutGenericValues(record: MatchRecord, identifiers: readonly GenericIdentifier[], deviceKeys: readonly string[]): MatchRecord {
  if (identifiers.length === 0 && deviceKeys.length === 0) return record;
  const drop = new Map<string, Set<string>>();
  const add = (column: string, value: string) => drop.set(column, (drop.get(column) ?? new Set()).add(value));
  for (const identifier of identifiers) {
    switch (identifier.type) {
      case 'phone':
        add('phone', identifier.value);
        break;
      case 'email': {
        const email = identifier.value.toLowerCase();
        add('email', email);
        add('emailUser', email.split('@')[0] ?? '');
        break;
      }
      case 'loyalty_card':
        add('loyaltyCard', identifier.value);
        break;
      case 'payment_token':
        add('paymentToken', identifier.value);
        break;
      case 'postal_address':
        if (identifier.line1) {
          const street = normaliseStreetLine(identifier.line1);
          add('streetLine', street);
          add('address', `${street}|${identifier.zip5 ?? ''}`);
        }
        break;
    }
  }
  for (const key of deviceKeys) add('device', key);
  const fields: Record<string, readonly string[]> = {};
  for (const [column, values] of Object.entries(record.fields)) {
    const dropped = drop.get(column);
    const kept = dropped ? values.filter((v) => !dropped.has(v)) : values;
    if (kept.length > 0) fields[column] = kept;
  }
  return { id: record.id, fields };
}
