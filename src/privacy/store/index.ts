export { listConsents, recordOptOutSignal, recordStandingOptOutSignal, setConsent, toConsentState, withdrawOptOutSignal, type ConsentState, type StoredConsent, type StoredOptOutSignal } from './consent-store';
export { ensurePrivacySalt, readSalt, saltedHash, subjectKey } from './privacy-salt';
