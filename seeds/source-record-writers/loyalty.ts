import { compact, SourceRecordMap } from './record-types';
import { banner, dateOfBirth, email, familyName, givenName, phone, RecordContext, renderedAddress, store, timestamp } from './record-context';

/** A loyalty membership: the enrolment form (typed by the shopper or a clerk) and the card we issued. */
export function loyaltyRecord(ctx: RecordContext): SourceRecordMap['loyalty'] {
  const rng = ctx.rng;
  if (ctx.card === undefined) throw new Error('a loyalty record needs its card');
  const mail = rng.chance(0.75) ? email(ctx, { family: 0.12, work: 0.04 }) : undefined;
  if (mail?.shared === true) ctx.signals.add('email');
  const address = rng.chance(0.8) ? renderedAddress(ctx, 0.3) : undefined;
  return compact({
    memberId: ctx.sourceId,
    cardNumber: ctx.card,
    firstName: givenName(ctx, { informality: 0.7, keepDiacritics: 0.4 }),
    lastName: familyName(ctx, { informality: 0, keepDiacritics: 0.4, suffixRate: 0.25 }),
    email: mail?.email,
    // The legacy loyalty system exports its flags as Y/N.
    emailVerified: mail === undefined ? undefined : rng.chance(0.3) ? 'Y' : rng.chance(0.7) ? 'N' : undefined,
    phone: rng.chance(0.85) ? phone(ctx, { landline: 0.3 }) : undefined,
    dateOfBirth: rng.chance(0.5)
      ? dateOfBirth(ctx, [
          ['us', 50],
          ['iso', 30],
          ['us-short', 12],
          ['compact', 8],
        ])
      : undefined,
    ...address,
    banner: banner(ctx, store(ctx).banner),
    updatedAt: timestamp(ctx, 'iso-seconds'),
  });
}
