import { AuditEntry, AuditEntryContent } from './audit-entry';
import { chainEntry, GENESIS_HASH, verifyChainSegment } from './hash-chain';

function content(i: number): AuditEntryContent {
  return {
    kind: 'VIEW_READ', at: `2025-06-01T12:00:0${i}.000Z`, actor: 'alice', role: 'pharmacist', purpose: 'pharmacy_care', scope: 'pharmacy-refill-sms',
    subjectKey: 'a'.repeat(64), policyVersion: '1.0.0', fields: ['attribute.givenName'], categories: ['contact', 'health'], reasons: ['served attribute.givenName: RULE_ALLOWS PHARMACY-CARE-CONTACT'],
  };
}

function chain(n: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i += 1) {
    const e = chainEntry(content(i), i, prev);
    entries.push(e);
    prev = e.hash;
  }
  return entries;
}

const START = { seq: 0, hash: GENESIS_HASH };

describe('audit hash chain', () => {
  it('verifies an untouched chain and reports where it ends', () => {
    const entries = chain(5);
    const result = verifyChainSegment(entries, START);
    expect(result).toMatchObject({ ok: true, entries: 5, lastHash: entries[4]!.hash });
  });

  it('verifies a long chain page by page from where the previous page ended', () => {
    const entries = chain(6);
    const first = verifyChainSegment(entries.slice(0, 3), START);
    expect(verifyChainSegment(entries.slice(3), first.last)).toMatchObject({ ok: true, entries: 6 });
  });

  it('detects a changed property of an entry (its own hash no longer matches)', () => {
    const entries = chain(4);
    entries[1] = { ...entries[1]!, actor: 'mallory' };
    expect(verifyChainSegment(entries, START)).toMatchObject({ ok: false, brokenAt: 2 });
  });

  it('detects a rewritten entry whose hash was recomputed (the next entry no longer points at it)', () => {
    const entries = chain(4);
    entries[1] = chainEntry({ ...content(2), categories: ['contact'] }, 2, entries[0]!.hash);
    expect(verifyChainSegment(entries, START)).toMatchObject({ ok: false, brokenAt: 3 });
  });

  it('detects a removed entry', () => {
    const entries = chain(4);
    entries.splice(2, 1);
    expect(verifyChainSegment(entries, START)).toMatchObject({ ok: false, brokenAt: 3 });
  });

  it('detects a changed field list or reason (names of fields read are covered by the hash)', () => {
    const entries = chain(3);
    entries[2] = { ...entries[2]!, fields: [] };
    expect(verifyChainSegment(entries, START)).toMatchObject({ ok: false, brokenAt: 3 });
  });
});
