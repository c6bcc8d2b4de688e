import { adversarialRng, busyStore } from '../adversarial';
import { compact, SourceRecordMap } from './record-types';
import { addressAt, banner, cardText, devices, email, familyName, givenName, loyaltyCard, RecordContext, store, timestamp } from './record-context';

/** Share of web records from people who live in a town with a store kiosk that were made at a kiosk. */
const KIOSK_RATE = 0.3;

/** A web or app login: the profile the shopper keeps and the devices (or store kiosk) we saw it on. */
export function webRecord(ctx: RecordContext): SourceRecordMap['web'] {
  const rng = ctx.rng;
  const { catalogue } = ctx.gen;
  const kiosks = (catalogue.storesByCity[addressAt(ctx, false).cityIndex] ?? []).flatMap((i) => catalogue.stores[i]?.kioskIds ?? []);
  const kiosk = kiosks.length > 0 && rng.chance(KIOSK_RATE) ? rng.pick(kiosks) : undefined;
  if (kiosk !== undefined) ctx.tags.add('kiosk');
  let mail = rng.chance(0.85) ? email(ctx, { family: 0.1, work: 0.05 }) : undefined;
  const card = rng.chance(0.3) ? loyaltyCard(ctx, 1, 0.2) : undefined;
  const seen = devices(ctx, kiosk === undefined ? 0.95 : 0.3, 0.45);
  if (mail === undefined && card === undefined && seen.cookieIds.length === 0 && seen.appInstallIds.length === 0) {
    mail = email(ctx, { family: 0, work: 0 });
  }
  const adversarial = ctx.gen.adversarial;
  const busy = adversarial !== undefined && adversarialRng(ctx.gen.rng, `web:${ctx.sourceId}`).chance(adversarial.busyKiosk);
  if (busy) ctx.tags.add('kiosk:busy');
  if (mail?.shared === true) ctx.signals.add('email');
  if (card?.shared === true) ctx.signals.add('loyaltyCard');
  return compact({
    userId: ctx.sourceId,
    email: mail?.email,
    emailVerified: mail === undefined ? undefined : rng.chance(0.55),
    firstName: rng.chance(0.55) ? givenName(ctx, { informality: 1, keepDiacritics: 0.6 }) : undefined,
    lastName: rng.chance(0.5) ? familyName(ctx, { informality: 1, keepDiacritics: 0.6, suffixRate: 0.05 }) : undefined,
    loyaltyCard: card === undefined ? undefined : cardText(rng, card.card),
    cookieIds: seen.cookieIds,
    appInstallIds: seen.appInstallIds,
    kioskIds: busy ? [busyStore(catalogue).kioskId] : kiosk === undefined ? [] : [kiosk],
    banner: banner(ctx, store(ctx).banner),
    updatedAt: timestamp(ctx, 'iso-ms'),
  });
}
