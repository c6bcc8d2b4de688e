import { compact, SourceRecordMap } from './record-types';
import { banner, cardText, dateOfBirth, familyName, givenName, loyaltyCard, phone, RecordContext, renderedAddress, store, timestamp } from './record-context';
import { genderWord } from './crm';

/** A pharmacy patient profile: legal name and birth date checked at the counter. */
export function pharmacyRecord(ctx: RecordContext): SourceRecordMap['pharmacy'] {
  const rng = ctx.rng;
  const { person } = ctx;
  const middle = person.middleName !== undefined && rng.chance(0.6) ? (rng.chance(0.7) ? person.middleName : `${person.middleName.charAt(0)}${rng.chance(0.5) ? '.' : ''}`) : undefined;
  const card = rng.chance(0.3) ? loyaltyCard(ctx, 1, 0.5) : undefined;
  if (card?.shared === true) ctx.signals.add('loyaltyCard');
  const address = rng.chance(0.95) ? renderedAddress(ctx, 0.8) : undefined;
  const shop = store(ctx);
  return compact({
    patientId: ctx.sourceId,
    firstName: givenName(ctx, { informality: 0, keepDiacritics: 0.85 }),
    middleName: middle,
    lastName: familyName(ctx, { informality: 0, keepDiacritics: 0.85, suffixRate: 0.4 }),
    dateOfBirth: dateOfBirth(
      ctx,
      [
        ['us', 60],
        ['iso', 40],
      ],
      0.25,
    ),
    gender: rng.chance(0.85) ? genderWord(rng, person.gender) : undefined,
    phone: rng.chance(0.85) ? phone(ctx, { landline: 0.3 }) : undefined,
    ...address,
    loyaltyCard: card === undefined ? undefined : cardText(rng, card.card),
    banner: banner(ctx, shop.banner),
    updatedAt: timestamp(ctx, rng.chance(0.5) ? 'date' : 'iso-seconds'),
  });
}
