import { ErrorCode, fieldIssue, ValidationError } from '../errors';
import { normaliseEmail, normalisePhone } from '../ingestion/normalise';
import { IdentifierType, identifierKey } from '../model';
import { hashPaymentToken, normaliseIssuedId } from '../sources/identifier-values';

/**
 * Turns a looked-up identifier into the key it is stored under, normalising it exactly as ingestion does,
 * so any phone format or email case finds the customer.
 */
export function identifierQueryKey(type: IdentifierType, raw: string, options: { tokenHashKey: string; defaultPhoneRegion: 'US' | 'CA' }): string {
  const fail = (code: ErrorCode, message: string): never => {
    throw new ValidationError([fieldIssue('value', code, message)]);
  };
  switch (type) {
    case 'email': {
      const r = normaliseEmail(raw);
      return r.kind === 'ok' ? identifierKey(type, r.value) : fail(ErrorCode.INVALID_EMAIL, r.kind === 'invalid' ? r.message : 'is a placeholder address that identifies no one');
    }
    case 'phone': {
      const r = normalisePhone(raw, options.defaultPhoneRegion);
      return r.kind === 'ok' ? identifierKey(type, r.value) : fail(ErrorCode.INVALID_PHONE, r.kind === 'invalid' ? r.message : 'is a placeholder number that identifies no one');
    }
    case 'payment_token':
      return identifierKey(type, hashPaymentToken(raw, options.tokenHashKey));
    case 'postal_address':
      // Addresses are looked up by their normalised key, LINE1|UNIT|CITY|STATE|ZIP5.
      return identifierKey(type, raw.trim().toUpperCase());
    case 'loyalty_card':
    case 'crm_id':
    case 'ecommerce_account':
    case 'pharmacy_patient': {
      const value = normaliseIssuedId(raw);
      return value === null ? fail(ErrorCode.INVALID_IDENTIFIER, 'may hold only letters, digits, dots, colons, spaces and dashes (at most 64)') : identifierKey(type, value);
    }
  }
}
