import { CYPHER } from '../../graph/cypher-statements';
import { TransactionRunner } from '../../graph/graph-executor';
import { CanonicalRecord, IDENTIFIER_STRENGTH, identifierKey } from '../../model';
import { readSuppressionState, saltedHash } from '../store/privacy-salt';

/**
 * Account ids that name one person (loyalty card, CRM id, ecommerce account, pharmacy patient id): an erased
 * customer's own ones are suppressed, so the old feed of another system that carries them does not rebuild
 * the profile. Emails and phones are not: a later sign-up with the same email is a new relationship.
 */
export function isSuppressingIdentifierType(type: string): boolean {
  return (IDENTIFIER_STRENGTH as Record<string, string | undefined>)[type] === 'STRONG';
}

export function recordSuppressionHash(salt: string, recordKey: string): string {
  return saltedHash(salt, 'suppress-record', recordKey);
}

export function identifierSuppressionHash(salt: string, key: string): string {
  return saltedHash(salt, 'suppress-identifier', key);
}

function hashesOf(salt: string, key: string, record: CanonicalRecord): string[] {
  return [
    recordSuppressionHash(salt, key),
    ...record.identifiers.filter((i) => isSuppressingIdentifierType(i.type)).map((i) => identifierSuppressionHash(salt, identifierKey(i.type, i.value))),
  ];
}

/**
 * Splits a batch into records to write and records of erased customers (their record key or one of their
 * strong account ids has a suppression entry). Before the first erasure this costs one small read.
 */
export async function withoutSuppressed(tx: TransactionRunner, records: ReadonlyMap<string, CanonicalRecord>): Promise<{ kept: Map<string, CanonicalRecord>; suppressed: number }> {
  const kept = new Map(records);
  const { salt, anySuppressed } = await readSuppressionState(tx);
  if (salt === null || !anySuppressed || records.size === 0) return { kept, suppressed: 0 };
  const hashesByKey = new Map([...records].map(([key, record]) => [key, hashesOf(salt, key, record)]));
  const found = new Set(
    (await tx.run<{ hash: string }>(CYPHER.findSuppressions, { hashes: [...new Set([...hashesByKey.values()].flat())] })).map((r) => r.hash),
  );
  let suppressed = 0;
  for (const [key, hashes] of hashesByKey) {
    if (hashes.some((h) => found.has(h))) {
      kept.delete(key);
      suppressed += 1;
    }
  }
  return { kept, suppressed };
}
