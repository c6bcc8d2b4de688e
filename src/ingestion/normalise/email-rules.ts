/**
 * Provider rules for email canonicalisation: which mailbox providers ignore dots in the local part, which
 * deliver sub-addresses ("jane+coupons@") to the base mailbox, and which domains are aliases. Two addresses
 * with the same canonical form reach the same mailbox, so they are one identifier.
 */

export interface EmailProviderRule {
  /** Domain to rewrite to, e.g. googlemail.com -> gmail.com. */
  canonicalDomain?: string;
  /** The provider ignores dots in the local part (Gmail). */
  removeDots?: boolean;
  /** Sub-address separators; the local part is cut at the first one ("jane+coupons" -> "jane"). */
  tagSeparators?: readonly string[];
}

/** Keyed by the lower-cased domain as written in the address. */
export type EmailRules = Readonly<Record<string, EmailProviderRule>>;

const GMAIL: EmailProviderRule = { removeDots: true, tagSeparators: ['+'] };
const MICROSOFT: EmailProviderRule = { tagSeparators: ['+'] };

export const DEFAULT_EMAIL_RULES: EmailRules = {
  'gmail.com': GMAIL,
  'googlemail.com': { ...GMAIL, canonicalDomain: 'gmail.com' },
  'outlook.com': MICROSOFT,
  'hotmail.com': MICROSOFT,
  'live.com': MICROSOFT,
  // Yahoo disposable addresses are "base-keyword@"; Yahoo usernames cannot contain a hyphen, so cutting at
  // the first "-" cannot merge two different Yahoo mailboxes.
  'yahoo.com': { tagSeparators: ['-'] },
};

/** Apply the rule for `domain` (if any) to an already lower-cased address's parts. */
export function applyProviderRule(local: string, domain: string, rules: EmailRules): { local: string; domain: string } {
  const rule = Object.hasOwn(rules, domain) ? rules[domain] : undefined;
  if (rule === undefined) return { local, domain };
  let out = local;
  for (const separator of rule.tagSeparators ?? []) {
    const at = out.indexOf(separator);
    if (at >= 0) out = out.slice(0, at);
  }
  if (rule.removeDots === true) out = out.replaceAll('.', '');
  return { local: out, domain: rule.canonicalDomain ?? domain };
}
