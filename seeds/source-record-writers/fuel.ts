import { adversarialRng, validJunkPhone } from '../adversarial';
import { JUNK_PHONES } from '../formats';
import { FUEL_BANNER } from '../stores';
import { compact, SourceRecordMap } from './record-types';
import { addressAt, banner, cardText, city, loyaltyCard, paymentCard, phone, RecordContext, station, timestamp } from './record-context';

/** A fuel account: the card at the pump, the billing ZIP typed to verify it, a loyalty card for discounts. */
export function fuelRecord(ctx: RecordContext): SourceRecordMap['fuel'] {
  const rng = ctx.rng;
  const pay = rng.chance(0.85) ? paymentCard(ctx, 0.35) : undefined;
  if (pay !== undefined && pay.token === ctx.household.familyCard?.token) ctx.signals.add('cardToken');
  let card = rng.chance(0.45) ? loyaltyCard(ctx, 0.9, 0.6) : undefined;
  let phoneText = rng.chance(0.2) ? phone(ctx, { landline: 0.2 }) : undefined;
  if (rng.chance(ctx.gen.noise.junkPhone)) {
    phoneText = rng.pick(JUNK_PHONES);
    ctx.tags.add('junk:phone');
  }
  const adversarial = ctx.gen.adversarial;
  if (adversarial !== undefined) {
    const extra = adversarialRng(ctx.gen.rng, `fuel:${ctx.sourceId}`);
    if (extra.chance(adversarial.validJunkPhone)) {
      phoneText = validJunkPhone(extra, city(ctx).areaCodes);
      ctx.tags.add('junk:valid-phone');
    }
  }
  if (pay === undefined && card === undefined && phoneText === undefined) {
    card = loyaltyCard(ctx, 1, 1);
    if (card === undefined) phoneText = phone(ctx, { landline: 0.5 });
  }
  if (card?.shared === true) ctx.signals.add('loyaltyCard');
  const zip = pay !== undefined && rng.chance(0.7) ? addressAt(ctx).zip5 : undefined;
  return compact({
    fuelAccountId: ctx.sourceId,
    cardToken: pay?.token,
    loyaltyCard: card === undefined ? undefined : cardText(rng, card.card),
    zip,
    phone: phoneText,
    stationId: rng.chance(0.95) ? station(ctx).stationId : undefined,
    banner: banner(ctx, FUEL_BANNER),
    updatedAt: timestamp(ctx, rng.chance(0.5) ? 'iso-seconds' : 'local-offset'),
  });
}
