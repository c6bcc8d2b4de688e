import { compact, SourceRecordMap } from './record-types';
import { banner, cardText, devices, email, familyName, givenName, loyaltyCard, paymentCard, phone, RecordContext, renderedAddress, store, timestamp } from './record-context';

/** An online store account: what the shopper typed at sign-up and checkout. */
export function ecommerceRecord(ctx: RecordContext): SourceRecordMap['ecommerce'] {
  const rng = ctx.rng;
  const mail = email(ctx, { family: 0.08, work: 0.1 }) ?? email(ctx, { family: 1, work: 1 });
  if (mail === undefined) throw new Error(`${ctx.person.personId} has no email for an ecommerce account`);
  if (mail.shared) ctx.signals.add('email');
  const pay = rng.chance(0.7) ? paymentCard(ctx, 0.25) : undefined;
  if (pay !== undefined && pay.token === ctx.household.familyCard?.token) ctx.signals.add('paymentToken');
  const card = rng.chance(0.4) ? loyaltyCard(ctx, 1, 0.15) : undefined;
  if (card?.shared === true) ctx.signals.add('loyaltyCard');
  const address = rng.chance(0.85) ? renderedAddress(ctx, 0.6) : undefined;
  const seen = devices(ctx, 0.75, 0.35);
  return compact({
    accountId: ctx.sourceId,
    email: mail.email,
    emailVerified: rng.chance(0.88),
    firstName: rng.chance(0.95) ? givenName(ctx, { informality: 0.8, keepDiacritics: 0.6 }) : undefined,
    lastName: rng.chance(0.95) ? familyName(ctx, { informality: 0.8, keepDiacritics: 0.6, suffixRate: 0.15 }) : undefined,
    phone: rng.chance(0.7) ? phone(ctx, { landline: 0.15 }) : undefined,
    ...address,
    paymentToken: pay?.token,
    loyaltyCard: card === undefined ? undefined : cardText(rng, card.card),
    cookieIds: seen.cookieIds,
    appInstallIds: seen.appInstallIds,
    banner: banner(ctx, store(ctx).banner),
    updatedAt: timestamp(ctx, 'iso-ms'),
  });
}
