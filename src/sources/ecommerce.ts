import { z } from 'zod';
import { CanonicalRecordBuilder } from './canonical-record-builder';
import { addressFields, flag, idList, optionalText, requiredText, sourceTimestamp } from './raw-fields';
import { defineSourceAdapter } from './source-adapter';

/** Online store accounts: what the shopper typed at sign-up and checkout. */
export const ecommerceAdapter = defineSourceAdapter({
  source: 'ecommerce',
  idField: 'accountId',
  schema: z.strictObject({
    accountId: requiredText,
    email: requiredText,
    emailVerified: flag,
    firstName: optionalText,
    lastName: optionalText,
    phone: optionalText,
    ...addressFields,
    paymentToken: optionalText,
    loyaltyCard: optionalText,
    cookieIds: idList,
    appInstallIds: idList,
    banner: optionalText,
    updatedAt: sourceTimestamp,
  }),
  toCanonical(r, options) {
    return new CanonicalRecordBuilder('ecommerce', r.accountId, r.updatedAt, r.banner, options)
      .issuedId('ecommerce_account', r.accountId, 'accountId', 'EXPLICIT')
      .name('givenName', r.firstName, 'firstName', 'EXPLICIT')
      .name('familyName', r.lastName, 'lastName', 'EXPLICIT')
      .email(r.email, 'email', 'EXPLICIT', r.emailVerified)
      .phone(r.phone, 'phone', 'EXPLICIT')
      .address(r, 'shippingAddress', 'EXPLICIT')
      .paymentToken(r.paymentToken, 'paymentToken', 'OBSERVED')
      .issuedId('loyalty_card', r.loyaltyCard, 'loyaltyCard', 'EXPLICIT')
      .deviceIds('web_cookie', r.cookieIds, 'cookieIds')
      .deviceIds('mobile_app', r.appInstallIds, 'appInstallIds')
      .build();
  },
});
