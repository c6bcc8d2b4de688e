import { Rng } from '../prng';
import { Gender } from '../types';
import { compact, SourceRecordMap } from './record-types';
import { banner, cardText, dateOfBirth, email, familyName, givenName, loyaltyCard, phone, RecordContext, renderedAddress, store, timestamp } from './record-context';

/** How a system writes a gender: F, Female, female, ... (all accepted by the CRM format). */
export function genderWord(rng: Rng, gender: Gender): string {
  const words: Record<Gender, readonly string[]> = { F: ['F', 'Female', 'female'], M: ['M', 'Male', 'male'], X: ['X', 'nonbinary', 'Non-binary'] };
  return rng.pick(words[gender]);
}

/** An email-marketing contact: subscribed address, profile fields and a vendor's inferred gender. */
export function crmRecord(ctx: RecordContext): SourceRecordMap['crm'] {
  const rng = ctx.rng;
  const { person } = ctx;
  const mail = email(ctx, { family: 0.1, work: 0.08 }) ?? email(ctx, { family: 1, work: 1 });
  if (mail === undefined) throw new Error(`${person.personId} has no email for a CRM contact`);
  if (mail.shared) ctx.signals.add('email');
  const address = rng.chance(0.6) ? renderedAddress(ctx, 0.5) : undefined;
  // The vendor infers from the first name, and gets it wrong now and then.
  const inferred = rng.chance(0.4) ? (rng.chance(0.93) ? person.sex : person.sex === 'F' ? 'M' : 'F') : undefined;
  const card = rng.chance(0.4) ? loyaltyCard(ctx, 1, 0.1) : undefined;
  if (card?.shared === true) ctx.signals.add('loyaltyCard');
  const accounts = person.ecommerceAccountIds;
  return compact({
    crmId: ctx.sourceId,
    email: mail.email,
    emailVerified: rng.chance(0.8),
    firstName: rng.chance(0.92) ? givenName(ctx, { informality: 0.6, keepDiacritics: 0.5 }) : undefined,
    lastName: rng.chance(0.92) ? familyName(ctx, { informality: 0.6, keepDiacritics: 0.5, suffixRate: 0.2 }) : undefined,
    phone: rng.chance(0.5) ? phone(ctx, { landline: 0.2 }) : undefined,
    dateOfBirth: rng.chance(0.35)
      ? dateOfBirth(ctx, [
          ['iso', 70],
          ['compact', 15],
          ['us', 15],
        ])
      : undefined,
    gender: rng.chance(0.15) ? genderWord(rng, person.gender) : undefined,
    inferredGender: inferred === undefined ? undefined : rng.chance(0.5) ? inferred : inferred === 'F' ? 'female' : 'male',
    ...address,
    ecommerceAccountId: accounts.length > 0 && rng.chance(0.5) ? rng.pick(accounts) : undefined,
    loyaltyCard: card === undefined ? undefined : cardText(rng, card.card),
    banner: banner(ctx, store(ctx).banner),
    updatedAt: timestamp(ctx, 'iso-seconds'),
  });
}
