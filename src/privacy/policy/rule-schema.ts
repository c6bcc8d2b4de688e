import { z } from 'zod';
import { SIGNAL_CLASSES, SOURCE_SYSTEMS } from '../../model';
import { ANY, categoryId, consentTopicId, jurisdictionId, PURPOSE_PLACEHOLDER, ruleId, signalId } from './policy-ids';

export const DECISIONS = ['ALLOW', 'ALLOW_UNLESS_OPTED_OUT', 'REQUIRES_OPT_IN', 'DENY'] as const;
export type Decision = (typeof DECISIONS)[number];

/** `approve` rules are the only way anything is served; `restrict` rules add conditions and never approve alone. */
export const RULE_ROLES = ['approve', 'restrict'] as const;
export type RuleRole = (typeof RULE_ROLES)[number];

function anyOr<T extends z.ZodType>(item: T) {
  return z.union([z.literal(ANY), z.array(item).min(1)]);
}

const ruleMatch = z.strictObject({
  categories: anyOr(categoryId),
  signals: anyOr(z.enum(SIGNAL_CLASSES)),
  purposes: anyOr(consentTopicId),
  jurisdictions: anyOr(jurisdictionId),
  sources: anyOr(z.enum(SOURCE_SYSTEMS)),
});

/**
 * A consent the rule looks at: a purpose, an authorization, or `$purpose` (the purpose being decided).
 * `categorySpecific`: only a grant that names the data category counts (express consent to sensitive data);
 * a refusal counts whether or not it names the category.
 */
const consentRef = z.strictObject({
  purpose: z.union([z.literal(PURPOSE_PLACEHOLDER), consentTopicId]),
  categorySpecific: z.boolean().default(false),
});

const obligations = z.strictObject({
  mask: z.boolean().default(false),
  aggregateOnly: z.boolean().default(false),
  retentionDays: z.number().int().positive().nullable().default(null),
});

const base = {
  id: ruleId,
  role: z.enum(RULE_ROLES),
  description: z.string().min(1),
  law: z.array(z.string().min(1)).min(1),
  match: ruleMatch,
};
const withObligations = { obligations: obligations.default({ mask: false, aggregateOnly: false, retentionDays: null }) };

export const ruleSchema = z.discriminatedUnion('decision', [
  z.strictObject({ ...base, decision: z.literal('ALLOW'), ...withObligations }),
  z.strictObject({ ...base, decision: z.literal('DENY') }),
  z
    .strictObject({
      ...base,
      decision: z.literal('ALLOW_UNLESS_OPTED_OUT'),
      consents: z.array(consentRef),
      signals: z.array(signalId),
      ...withObligations,
    })
    .refine((r) => r.consents.length + r.signals.length > 0, {
      message: 'ALLOW_UNLESS_OPTED_OUT needs at least one consent or signal to opt out with',
      path: ['consents'],
    }),
  z.strictObject({
    ...base,
    decision: z.literal('REQUIRES_OPT_IN'),
    consents: z.array(consentRef).min(1),
    signals: z.array(signalId).default([]),
    ...withObligations,
  }),
]);

export type Rule = z.infer<typeof ruleSchema>;
export type RuleMatch = Rule['match'];
export type ConsentRef = z.infer<typeof consentRef>;
export type Obligations = z.infer<typeof obligations>;
