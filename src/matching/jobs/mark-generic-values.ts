import { CYPHER } from '../../graph/cypher-statements';
import type { TransactionMeta } from '../../graph/graph-executor';
import { decideGenericValues, GenericVerdict, ValueUsage } from '../guards/decide-generic-values';
import type { MatcherContext } from './matcher-context';

export interface GenericMarking {
  verdicts: GenericVerdict[];
  /** Every record holding a newly generic value: its links must be decided again. */
  holderKeys: string[];
}

/** Checks the values of some records against the generic-value rules and marks those that broke them. */
export async function markGenericValues(ctx: MatcherContext, recordKeys: readonly string[], meta: TransactionMeta): Promise<GenericMarking> {
  if (recordKeys.length === 0) return { verdicts: [], holderKeys: [] };
  const usages = await ctx.graph.read<ValueUsage & { kind: string } & Record<string, unknown>>(
    CYPHER.findValueUsage,
    { recordKeys: [...recordKeys], nameSample: ctx.genericRules.givenNameSample, minHoldersForNames: ctx.genericRules.maxDistinctPeople },
    meta,
  );
  const kindOf = new Map(usages.map((u) => [u.key, u.kind]));
  const verdicts = decideGenericValues(usages, ctx.genericRules);
  if (verdicts.length === 0) return { verdicts, holderKeys: [] };
  const holders = await ctx.graph.write<{ recordKey: string }>(
    CYPHER.markValuesGeneric,
    { verdicts: verdicts.map((v) => ({ ...v, kind: kindOf.get(v.key) ?? 'identifier' })), now: new Date().toISOString(), jobId: meta.jobId ?? null },
    meta,
  );
  // Types only: the values themselves are PII.
  ctx.log.info({ jobId: meta.jobId, generic: verdicts.map((v) => ({ type: v.type, reason: v.reason })) }, 'values marked generic');
  return { verdicts, holderKeys: holders.map((h) => h.recordKey) };
}
