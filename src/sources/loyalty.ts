import { z } from 'zod';
import { CanonicalRecordBuilder } from './canonical-record-builder';
import { addressFields, flag, optionalText, requiredText, sourceTimestamp } from './raw-fields';
import { defineSourceAdapter } from './source-adapter';

/** Loyalty programme members: the enrolment form, and the card number we issued. */
export const loyaltyAdapter = defineSourceAdapter({
  source: 'loyalty',
  idField: 'memberId',
  schema: z.strictObject({
    memberId: requiredText,
    cardNumber: requiredText,
    firstName: requiredText,
    lastName: requiredText,
    email: optionalText,
    emailVerified: flag,
    phone: optionalText,
    dateOfBirth: optionalText,
    ...addressFields,
    banner: optionalText,
    updatedAt: sourceTimestamp,
  }),
  toCanonical(r, options) {
    return new CanonicalRecordBuilder('loyalty', r.memberId, r.updatedAt, r.banner, options)
      .issuedId('loyalty_card', r.cardNumber, 'cardNumber', 'EXPLICIT')
      .name('givenName', r.firstName, 'firstName', 'EXPLICIT')
      .name('familyName', r.lastName, 'lastName', 'EXPLICIT')
      .email(r.email, 'email', 'EXPLICIT', r.emailVerified)
      .phone(r.phone, 'phone', 'EXPLICIT')
      .birthDate(r.dateOfBirth, 'dateOfBirth', 'EXPLICIT')
      .address(r, 'homeAddress', 'EXPLICIT')
      .build();
  },
});
