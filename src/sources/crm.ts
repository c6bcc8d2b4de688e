import { z } from 'zod';
import { CanonicalRecordBuilder } from './canonical-record-builder';
import { addressFields, flag, optionalText, requiredText, sourceTimestamp } from './raw-fields';
import { defineSourceAdapter } from './source-adapter';

/**
 * Email/CRM contacts. The CRM also holds a vendor's inferred gender, which is INFERRED and never shown as
 * something the customer told us.
 */
export const crmAdapter = defineSourceAdapter({
  source: 'crm',
  idField: 'crmId',
  schema: z.strictObject({
    crmId: requiredText,
    email: requiredText,
    emailVerified: flag,
    firstName: optionalText,
    lastName: optionalText,
    phone: optionalText,
    dateOfBirth: optionalText,
    gender: optionalText,
    inferredGender: optionalText,
    ...addressFields,
    ecommerceAccountId: optionalText,
    loyaltyCard: optionalText,
    banner: optionalText,
    updatedAt: sourceTimestamp,
  }),
  toCanonical(r, options) {
    return new CanonicalRecordBuilder('crm', r.crmId, r.updatedAt, r.banner, options)
      .issuedId('crm_id', r.crmId, 'crmId', 'EXPLICIT')
      .email(r.email, 'email', 'EXPLICIT', r.emailVerified)
      .name('givenName', r.firstName, 'firstName', 'EXPLICIT')
      .name('familyName', r.lastName, 'lastName', 'EXPLICIT')
      .phone(r.phone, 'phone', 'EXPLICIT')
      .birthDate(r.dateOfBirth, 'dateOfBirth', 'EXPLICIT')
      .gender(r.gender, 'gender', 'EXPLICIT')
      .gender(r.gender === undefined ? r.inferredGender : undefined, 'inferredGender', 'INFERRED')
      .address(r, 'mailingAddress', 'EXPLICIT')
      .issuedId('ecommerce_account', r.ecommerceAccountId, 'ecommerceAccountId', 'EXPLICIT')
      .issuedId('loyalty_card', r.loyaltyCard, 'loyaltyCard', 'EXPLICIT')
      .build();
  },
});
