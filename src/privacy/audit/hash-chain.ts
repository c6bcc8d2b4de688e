import { createHash } from 'node:crypto';
import { AuditEntry, AuditEntryContent } from './audit-entry';

export const GENESIS_HASH = '0'.repeat(64);

/** The entry's hash: over the previous hash and every property in a fixed order, so the encoding is canonical. */
export function entryHash(content: AuditEntryContent, seq: number, prevHash: string): string {
  const canonical = JSON.stringify([
    seq, prevHash, content.kind, content.at, content.actor, content.role, content.purpose, content.scope,
    content.subjectKey, content.policyVersion, content.fields, content.categories, content.reasons,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

export function chainEntry(content: AuditEntryContent, seq: number, prevHash: string): AuditEntry {
  return { ...content, seq, prevHash, hash: entryHash(content, seq, prevHash) };
}

export type ChainVerification =
  | { ok: true; entries: number; lastHash: string }
  | { ok: false; entries: number; brokenAt: number; problem: string };

/**
 * Checks entries that follow `previous` (seq and hash of the entry before them; 0 and GENESIS_HASH at the start):
 * numbering without gaps, each entry pointing at its predecessor's hash, each hash matching its content.
 * Returns where the chain continues, so a long log is verified page by page.
 */
export function verifyChainSegment(entries: readonly AuditEntry[], previous: { seq: number; hash: string }): ChainVerification & { last: { seq: number; hash: string } } {
  let last = previous;
  for (const e of entries) {
    const fail = (problem: string) => ({ ok: false as const, entries: e.seq - 1, brokenAt: e.seq, problem, last });
    if (e.seq !== last.seq + 1) return { ...fail(`entry ${last.seq + 1} is missing (found ${e.seq} next)`), brokenAt: last.seq + 1 };
    if (e.prevHash !== last.hash) return fail(`entry ${e.seq} does not point at entry ${last.seq}'s hash`);
    if (entryHash(e, e.seq, e.prevHash) !== e.hash) return fail(`entry ${e.seq} was changed after it was written (hash mismatch)`);
    last = { seq: e.seq, hash: e.hash };
  }
  return { ok: true, entries: last.seq, lastHash: last.hash, last };
}
