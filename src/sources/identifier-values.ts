import { createHmac } from 'node:crypto';

/** Ids the retailer issues (cards, account ids) compare without spaces, dashes or case. */
export function normaliseIssuedId(raw: string): string | null {
  const value = raw.trim().toUpperCase().replace(/[\s-]+/g, '');
  return /^[A-Z0-9._:]{1,64}$/.test(value) ? value : null;
}

/** Payment tokens are stored only as a keyed hash, so the graph never holds a token a processor accepts. */
export function hashPaymentToken(token: string, key: string): string {
  return createHmac('sha256', key).update(token.trim()).digest('hex');
}
