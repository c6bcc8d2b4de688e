import { Channel } from './channel';
import { ConsentRecord, ConsentStatus } from './consent-record';

export type EffectiveConsentStatus = ConsentStatus | 'NONE';

export interface EffectiveConsent {
  status: EffectiveConsentStatus;
  /** The record that decided, or null when none applies. */
  record: ConsentRecord | null;
}

export interface ConsentQuestionOptions {
  /** The data category in question: records naming it apply as well as general ones. */
  category?: string;
  /** Only a grant that names `category` counts; general grants are ignored (refusals always count). */
  categorySpecific?: boolean;
  /** A grant without an expiry date is not valid (HIPAA authorizations). */
  grantMustExpire?: boolean;
}

const RESTRICTIVENESS: Record<ConsentStatus, number> = { REVOKED: 2, DENIED: 1, GRANTED: 0 };
const NONE: EffectiveConsent = { status: 'NONE', record: null };

/**
 * The customer's choice about `purpose` over `channel` as of `at`. A record applies when it is about the purpose,
 * names the channel or `any`, was captured at or before `at`, and has not expired (an expired record is absent,
 * so whatever was in force before it applies again). Among applicable records the latest wins; on a tie the more
 * restrictive one. With a category, general records and records naming the category are two levels: a refusal
 * at either level wins, otherwise a grant at either level (only the category level when `categorySpecific`).
 */
export function effectiveConsent(
  records: readonly ConsentRecord[],
  purpose: string,
  channel: Channel,
  at: Date,
  options: ConsentQuestionOptions = {},
): EffectiveConsent {
  const t = at.getTime();
  const live = records.filter(
    (r) =>
      r.purpose === purpose &&
      (r.channel === 'any' || r.channel === channel) &&
      Date.parse(r.capturedAt) <= t &&
      (r.expiresAt === null || Date.parse(r.expiresAt) > t) &&
      !(options.grantMustExpire === true && r.status === 'GRANTED' && r.expiresAt === null),
  );
  const general = latest(live.filter((r) => r.categories.length === 0));
  const { category } = options;
  if (category === undefined) return general === null ? NONE : { status: general.status, record: general };

  const specific = latest(live.filter((r) => r.categories.includes(category)));
  const levels = [general, specific].filter((r): r is ConsentRecord => r !== null);
  const refusal = latest(levels.filter((r) => r.status !== 'GRANTED'));
  if (refusal !== null) return { status: refusal.status, record: refusal };
  const grant = options.categorySpecific === true ? specific : (specific ?? general);
  return grant === null ? NONE : { status: 'GRANTED', record: grant };
}

function latest(records: readonly ConsentRecord[]): ConsentRecord | null {
  let best: ConsentRecord | null = null;
  for (const r of records) {
    if (best === null) {
      best = r;
      continue;
    }
    const dt = Date.parse(r.capturedAt) - Date.parse(best.capturedAt);
    if (dt > 0 || (dt === 0 && RESTRICTIVENESS[r.status] > RESTRICTIVENESS[best.status])) best = r;
  }
  return best;
}
