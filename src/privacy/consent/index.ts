export { CHANNELS, type Channel } from './channel';
export { CONSENT_SOURCES, CONSENT_STATUSES, EVIDENCE_KINDS, consentRecordSchema, type ConsentRecord, type ConsentSource, type ConsentStatus } from './consent-record';
export { effectiveConsent, type ConsentQuestionOptions, type EffectiveConsent, type EffectiveConsentStatus } from './effective-consent';
export { optOutSignalSchema, signalsInForce, type OptOutSignal } from './opt-out-signal';
