/**
 * Field normalisers for ingestion. Each returns a NormaliseResult: ok (normalised value), invalid (reject
 * the record with an ErrorCode and a message that never contains the raw value) or junk (a placeholder,
 * kept out of the graph without rejecting the record).
 */
export { type NormaliseResult, ok, invalid, junk } from './normalise-result';
export { normalisePhone } from './phone';
export { normaliseEmail } from './email';
export { DEFAULT_EMAIL_RULES, type EmailProviderRule, type EmailRules } from './email-rules';
export { normaliseName, MAX_NAME_LENGTH, INVALID_NAME_CODE } from './name';
export { normaliseDate, type DateBounds, DEFAULT_NOT_BEFORE } from './date';
export { normaliseUsAddress, type RawUsAddress, type NormalisedUsAddress } from './address';
export { isJunkIdentifier } from './identifier';
