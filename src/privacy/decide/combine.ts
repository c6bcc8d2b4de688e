import { Decision, Obligations } from '../policy/rule-schema';

const STRICTNESS: Record<Decision, number> = { ALLOW: 0, ALLOW_UNLESS_OPTED_OUT: 1, REQUIRES_OPT_IN: 2, DENY: 3 };

export function stricter(a: Decision, b: Decision): Decision {
  return STRICTNESS[b] > STRICTNESS[a] ? b : a;
}

/** Every obligation of every applying rule binds: mask if any masks, aggregate if any says so, the shortest retention. */
export function combineObligations(a: Obligations, b: Obligations): Obligations {
  const retention = [a.retentionDays, b.retentionDays].filter((d): d is number => d !== null);
  return {
    mask: a.mask || b.mask,
    aggregateOnly: a.aggregateOnly || b.aggregateOnly,
    retentionDays: retention.length === 0 ? null : Math.min(...retention),
  };
}
