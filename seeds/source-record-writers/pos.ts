import { adversarialRng, busyStore, validJunkPhone } from '../adversarial';
import { formatPhone, JUNK_PHONES, MIXED_PHONE_STYLES } from '../formats';
import { stripDiacritics } from '../noise';
import { Person } from '../types';
import { compact, SourceRecordMap } from './record-types';
import { banner, cardText, city, email, legalSurname, loyaltyCard, paymentCard, phone, RecordContext, store, timestamp, typedEmail } from './record-context';

/** Embossed cards hold at most 26 characters, upper case, no diacritics. */
const EMBOSS_LIMIT = 26;

function embossedName(ctx: RecordContext, holder: Person): string {
  const rng = ctx.rng;
  const first = holder.nickname !== undefined && rng.chance(0.05) ? holder.nickname : holder.firstName;
  const parts = [first];
  if (holder.middleName !== undefined && rng.chance(0.35)) parts.push(holder.middleName.charAt(0));
  parts.push(legalSurname(ctx, holder));
  if (holder.suffix !== undefined && rng.chance(0.15)) parts.push(holder.suffix.replace('.', ''));
  const name = stripDiacritics(parts.join(' ')).toUpperCase();
  if (name.length <= EMBOSS_LIMIT) return name;
  ctx.tags.add('truncated:nameOnCard');
  return name.slice(0, EMBOSS_LIMIT).trim();
}

/** A till profile: the card's embossed name and token, a phone keyed in for receipts, a scanned card. */
export function posRecord(ctx: RecordContext): SourceRecordMap['pos'] {
  const rng = ctx.rng;
  const { noise } = ctx.gen;
  const shop = store(ctx);
  const pay = rng.chance(0.75) ? paymentCard(ctx, 0.35) : undefined;
  if (pay !== undefined && pay.token === ctx.household.familyCard?.token) ctx.signals.add('cardToken');
  const nameOnCard = pay !== undefined && rng.chance(0.85) ? embossedName(ctx, pay.holder) : undefined;
  if (nameOnCard !== undefined && pay?.holder !== ctx.person) ctx.signals.add('nameOnCard');

  let phoneText = rng.chance(0.55) ? phone(ctx, { landline: 0.25 }) : undefined;
  if (rng.chance(noise.junkPhone)) {
    phoneText = rng.pick(JUNK_PHONES);
    ctx.tags.add('junk:phone');
  } else if (phoneText === undefined && rng.chance(shop.cashierPhoneHabit * noise.storePhone)) {
    phoneText = formatPhone(shop.phone, rng.weighted(MIXED_PHONE_STYLES));
    ctx.tags.add('store:phone');
  }
  const adversarial = ctx.gen.adversarial;
  if (adversarial !== undefined) {
    const extra = adversarialRng(ctx.gen.rng, `pos:${ctx.sourceId}`);
    if (extra.chance(adversarial.validJunkPhone)) {
      phoneText = validJunkPhone(extra, city(ctx).areaCodes);
      ctx.tags.add('junk:valid-phone');
    } else if (phoneText === undefined && extra.chance(adversarial.busyStorePhone)) {
      phoneText = formatPhone(busyStore(ctx.gen.catalogue).phone, extra.weighted(MIXED_PHONE_STYLES));
      ctx.tags.add('store:busy-phone');
    }
  }

  const mail = rng.chance(0.3) ? email(ctx, { family: 0.15, work: 0.03 }) : undefined;
  if (mail?.shared === true) ctx.signals.add('receiptEmail');
  let card = rng.chance(0.65) ? loyaltyCard(ctx, 0.85, 0.6) : undefined;
  if (pay === undefined && phoneText === undefined && mail === undefined && card === undefined) {
    card = loyaltyCard(ctx, 1, 1);
    if (card === undefined) phoneText = phone(ctx, { landline: 0.5 });
  }
  if (card?.shared === true) ctx.signals.add('loyaltyCard');

  return compact({
    posCustomerId: ctx.sourceId,
    nameOnCard,
    cardToken: pay?.token,
    phone: phoneText,
    receiptEmail: mail === undefined ? undefined : typedEmail(ctx, mail.email),
    loyaltyCard: card === undefined ? undefined : cardText(rng, card.card),
    storeId: rng.chance(0.97) ? shop.storeId : undefined,
    banner: banner(ctx, shop.banner),
    updatedAt: timestamp(ctx, 'local-offset'),
  });
}
