import { z } from 'zod';
import { CanonicalRecordBuilder } from './canonical-record-builder';
import { flag, idList, optionalText, requiredText, sourceTimestamp } from './raw-fields';
import { defineSourceAdapter } from './source-adapter';

/** Web and app logins: the profile the shopper keeps, and the devices we saw them on. */
export const webAdapter = defineSourceAdapter({
  source: 'web',
  idField: 'userId',
  schema: z.strictObject({
    userId: requiredText,
    email: optionalText,
    emailVerified: flag,
    firstName: optionalText,
    lastName: optionalText,
    loyaltyCard: optionalText,
    cookieIds: idList,
    appInstallIds: idList,
    kioskIds: idList,
    banner: optionalText,
    updatedAt: sourceTimestamp,
  }),
  toCanonical(r, options) {
    return new CanonicalRecordBuilder('web', r.userId, r.updatedAt, r.banner, options)
      .email(r.email, 'email', 'EXPLICIT', r.emailVerified)
      .name('givenName', r.firstName, 'firstName', 'EXPLICIT')
      .name('familyName', r.lastName, 'lastName', 'EXPLICIT')
      .issuedId('loyalty_card', r.loyaltyCard, 'loyaltyCard', 'EXPLICIT')
      .deviceIds('web_cookie', r.cookieIds, 'cookieIds')
      .deviceIds('mobile_app', r.appInstallIds, 'appInstallIds')
      .deviceIds('kiosk', r.kioskIds, 'kioskIds')
      .build();
  },
});
