/**
 * Email addresses -> lower-cased canonical mailbox ("Jane.Doe+coupons@GoogleMail.com" -> "janedoe@gmail.com").
 *
 * Syntax is zod's `z.email()` (its default, Gmail-style pattern: no quoted local parts, no IP literals, ASCII
 * only), after our own cheaper checks that give a precise message. Provider rules come from
 * {@link DEFAULT_EMAIL_RULES} unless the caller passes a table. Placeholders are junk, decided on the
 * canonical form (so "no.reply@gmail.com" and "test+1@gmail.com" are caught).
 */
import { z } from 'zod';

import { ErrorCode } from '../../errors';
import { applyProviderRule, DEFAULT_EMAIL_RULES, type EmailRules } from './email-rules';
import { invalid, junk, type NormaliseResult, ok } from './normalise-result';
import { isAllSameCharacter, isPlaceholderWord } from './placeholders';

/** RFC 5321 limits. */
const MAX_ADDRESS = 254;
const MAX_LOCAL = 64;

const emailSyntax = z.email();

/** Reserved for documentation (RFC 2606 / RFC 6761): never a customer's mailbox. */
const JUNK_DOMAINS: ReadonlySet<string> = new Set(['example.com', 'example.org', 'example.net', 'example.edu']);
const JUNK_TLDS: ReadonlySet<string> = new Set(['test', 'example', 'invalid', 'localhost']);

/**
 * Local parts that are placeholders, compared with dots, hyphens and underscores removed
 * ("do-not-reply", "no_reply", "n.a" all match).
 */
const JUNK_LOCAL_PARTS: ReadonlySet<string> = new Set([
  'test',
  'testing',
  'noemail',
  'nomail',
  'noaddress',
  'none',
  'no',
  'na',
  'null',
  'unknown',
  'donotreply',
  'noreply',
  'donotemail',
  'refused',
  'declined',
  'fake',
  'nobody',
  'asdf',
  'asdfasdf',
  'qwerty',
]);

function junkReason(local: string, domain: string): string | null {
  const tld = domain.slice(domain.lastIndexOf('.') + 1);
  if (JUNK_DOMAINS.has(domain) || [...JUNK_DOMAINS].some((d) => domain.endsWith(`.${d}`)) || JUNK_TLDS.has(tld)) {
    return 'email domain is reserved for examples and tests';
  }
  const folded = local.replace(/[._-]/g, '');
  if (JUNK_LOCAL_PARTS.has(folded)) return 'email local part is a placeholder word';
  if (folded.length >= 3 && isAllSameCharacter(folded)) return 'email local part is one character repeated';
  const secondLevel = domain.split('.')[0] ?? '';
  if (local.length === 1 && secondLevel.length === 1) return 'email has a one-character local part and domain';
  return null;
}

export function normaliseEmail(raw: string, rules: EmailRules = DEFAULT_EMAIL_RULES): NormaliseResult<string> {
  const value = raw.trim().toLowerCase();
  if (value.length === 0) return junk('email address is empty');
  if (isPlaceholderWord(value)) return junk('email address is a placeholder word');

  if (/\s/u.test(value)) return invalid(ErrorCode.INVALID_EMAIL, 'email address contains whitespace');
  const ats = value.split('@').length - 1;
  if (ats === 0) return invalid(ErrorCode.INVALID_EMAIL, 'email address has no @');
  if (ats > 1) return invalid(ErrorCode.INVALID_EMAIL, `email address has ${ats} @ signs; it needs exactly one`);
  const at = value.indexOf('@');
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length === 0) return invalid(ErrorCode.INVALID_EMAIL, 'email address has nothing before the @');
  if (!domain.includes('.')) return invalid(ErrorCode.INVALID_EMAIL, 'email domain has no dot');
  if (value.length > MAX_ADDRESS) {
    return invalid(ErrorCode.VALUE_TOO_LONG, `email address is ${value.length} characters long; the limit is ${MAX_ADDRESS}`);
  }
  if (local.length > MAX_LOCAL) {
    return invalid(ErrorCode.VALUE_TOO_LONG, `email local part is ${local.length} characters long; the limit is ${MAX_LOCAL}`);
  }
  if (!emailSyntax.safeParse(value).success) return invalid(ErrorCode.INVALID_EMAIL, 'email address is not valid syntax');

  const canonical = applyProviderRule(local, domain, rules);
  if (canonical.local.length === 0) {
    return invalid(ErrorCode.INVALID_EMAIL, 'email local part is empty once the sub-address tag is removed');
  }
  const reason = junkReason(canonical.local, canonical.domain);
  if (reason !== null) return junk(reason);
  return ok(`${canonical.local}@${canonical.domain}`);
}
