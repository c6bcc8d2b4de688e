import { z } from 'zod';
import { CanonicalRecordBuilder } from './canonical-record-builder';
import { optionalText, requiredText, sourceTimestamp } from './raw-fields';
import { defineSourceAdapter } from './source-adapter';

/** Fuel station accounts: a card at the pump, a ZIP typed for verification, a loyalty card for discounts. */
export const fuelAdapter = defineSourceAdapter({
  source: 'fuel',
  idField: 'fuelAccountId',
  schema: z.strictObject({
    fuelAccountId: requiredText,
    cardToken: optionalText,
    loyaltyCard: optionalText,
    zip: optionalText,
    phone: optionalText,
    stationId: optionalText,
    banner: optionalText,
    updatedAt: sourceTimestamp,
  }),
  toCanonical(r, options) {
    return new CanonicalRecordBuilder('fuel', r.fuelAccountId, r.updatedAt, r.banner, options)
      .paymentToken(r.cardToken, 'cardToken', 'OBSERVED')
      .issuedId('loyalty_card', r.loyaltyCard, 'loyaltyCard', 'OBSERVED')
      .postalCode(r.zip, 'zip', 'EXPLICIT')
      .phone(r.phone, 'phone', 'EXPLICIT')
      .build();
  },
});
