import { z } from 'zod';
import { ErrorCode, fieldIssue } from '../errors';
import { CanonicalRecordBuilder } from './canonical-record-builder';
import { optionalText, requiredText, sourceTimestamp } from './raw-fields';
import { defineSourceAdapter } from './source-adapter';

/**
 * In-store point of sale: a profile the till keeps from what it sees (the name embossed on a card, a card
 * token) and what the shopper keys in (a phone for receipts, an e-receipt email, a scanned loyalty card).
 */
export const posAdapter = defineSourceAdapter({
  source: 'pos',
  idField: 'posCustomerId',
  schema: z.strictObject({
    posCustomerId: requiredText,
    nameOnCard: optionalText,
    cardToken: optionalText,
    phone: optionalText,
    receiptEmail: optionalText,
    loyaltyCard: optionalText,
    storeId: optionalText,
    banner: optionalText,
    updatedAt: sourceTimestamp,
  }),
  toCanonical(r, options) {
    const builder = new CanonicalRecordBuilder('pos', r.posCustomerId, r.updatedAt, r.banner, options);
    if (r.nameOnCard !== undefined) {
      const parts = r.nameOnCard.split(/\s+/).filter((p) => p.length > 1 || /[A-Za-z]/.test(p));
      if (parts.length < 2) {
        builder.problem(fieldIssue('nameOnCard', ErrorCode.WRONG_TYPE, 'must hold a given name and a family name'));
      } else {
        // Embossed names carry a middle initial at most; the first and last words are the ones that match.
        builder.name('givenName', parts[0], 'nameOnCard', 'OBSERVED').name('familyName', parts[parts.length - 1], 'nameOnCard', 'OBSERVED');
      }
    }
    return builder
      .paymentToken(r.cardToken, 'cardToken', 'OBSERVED')
      .phone(r.phone, 'phone', 'EXPLICIT')
      .email(r.receiptEmail, 'receiptEmail', 'EXPLICIT', false)
      .issuedId('loyalty_card', r.loyaltyCard, 'loyaltyCard', 'OBSERVED')
      .build();
  },
});
