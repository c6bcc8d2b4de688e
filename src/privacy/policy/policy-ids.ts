import { z } from 'zod';

/** Identifier formats of the policy file; each kind has its own so that a misplaced id reads as wrong at once. */
export const categoryId = z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be snake_case (a-z, 0-9, _)');
/** Purposes and authorizations share this format and one namespace: both are what a consent record is about. */
export const consentTopicId = z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be snake_case (a-z, 0-9, _)');
export const signalId = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must be UPPER_SNAKE_CASE');
export const jurisdictionId = z.string().regex(/^([A-Z]{2}|DEFAULT)$/, 'must be a two-letter state code or DEFAULT');
export const ruleId = z.string().regex(/^[A-Z][A-Z0-9-]*$/, 'must be UPPER-KEBAB-CASE');
export const scopeId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be kebab-case (a-z, 0-9, -)');
export const stateCode = z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter state code');

/** The jurisdiction that applies to a customer whose state has no jurisdiction of its own, or is unknown. */
export const DEFAULT_JURISDICTION = 'DEFAULT';
/** In a rule's consents: the purpose being decided (for rules that cover several purposes). */
export const PURPOSE_PLACEHOLDER = '$purpose';
/** In a rule's match or a scope: every value. */
export const ANY = '*';
