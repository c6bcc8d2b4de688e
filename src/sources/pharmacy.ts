import { z } from 'zod';
import { CanonicalRecordBuilder } from './canonical-record-builder';
import { addressFields, optionalText, requiredText, sourceTimestamp } from './raw-fields';
import { defineSourceAdapter } from './source-adapter';

/** Pharmacy patient profiles: identity checked at the counter, so names and birth dates are reliable. */
export const pharmacyAdapter = defineSourceAdapter({
  source: 'pharmacy',
  idField: 'patientId',
  schema: z.strictObject({
    patientId: requiredText,
    firstName: requiredText,
    middleName: optionalText,
    lastName: requiredText,
    dateOfBirth: requiredText,
    gender: optionalText,
    phone: optionalText,
    ...addressFields,
    loyaltyCard: optionalText,
    banner: optionalText,
    updatedAt: sourceTimestamp,
  }),
  toCanonical(r, options) {
    return new CanonicalRecordBuilder('pharmacy', r.patientId, r.updatedAt, r.banner, options)
      .issuedId('pharmacy_patient', r.patientId, 'patientId', 'EXPLICIT')
      .name('givenName', r.firstName, 'firstName', 'EXPLICIT')
      .name('middleName', r.middleName, 'middleName', 'EXPLICIT')
      .name('familyName', r.lastName, 'lastName', 'EXPLICIT')
      .birthDate(r.dateOfBirth, 'dateOfBirth', 'EXPLICIT')
      .gender(r.gender, 'gender', 'EXPLICIT')
      .phone(r.phone, 'phone', 'EXPLICIT')
      .address(r, 'homeAddress', 'EXPLICIT')
      .issuedId('loyalty_card', r.loyaltyCard, 'loyaltyCard', 'EXPLICIT')
      .build();
  },
});
