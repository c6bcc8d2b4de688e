export { AUDIT_KINDS, type AuditEntry, type AuditEntryContent, type AuditKind } from './audit-entry';
export { chainEntry, entryHash, GENESIS_HASH, verifyChainSegment, type ChainVerification } from './hash-chain';
export { appendAuditEntry, type AuditEntryRequest } from './append-audit-entry';
export { verifyAuditLog } from './verify-audit-log';
export { findAuditEntries, type AuditQuery } from './find-audit-entries';
