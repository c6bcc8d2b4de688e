import { randomUUID } from 'node:crypto';
import { CYPHER } from '../graph/cypher-statements';
import { ErrorCode, IdentityGraphError } from '../errors';
import type { MatcherContext } from '../matching/jobs/matcher-context';
import { reclusterNeighbourhood, ReclusterOutcome } from '../matching/jobs/recluster-neighbourhood';
import { parseMatchingSettings } from '../matching/settings/matching-settings';
import { GROCERY_SETTINGS } from '../matching/settings/grocery-settings';

/** Who decided and why: every steward action is recorded with both. */
export interface StewardActor {
  by: string;
  reason: string;
}

export interface StewardOutcome {
  decisionId: string;
  /** The customer of each record named in the decision, after re-clustering. */
  customerOf: Record<string, string | null>;
  clustering: ReclusterOutcome;
}

const FALLBACK_SETTINGS = parseMatchingSettings(GROCERY_SETTINGS);

/** "These two records are the same customer": joins them now and in every later run. */
export async function forceLink(ctx: MatcherContext, a: string, b: string, actor: StewardActor): Promise<StewardOutcome> {
  const [fromKey, toKey] = validPair(a, b, actor);
  const decisionId = `sd_${randomUUID()}`;
  await decide(ctx, CYPHER.forceLinkRecords, { decisionId, fromKey, toKey, by: actor.by, reason: actor.reason }, [fromKey, toKey]);
  return settle(ctx, decisionId, [fromKey, toKey]);
}

/** "These two records are never the same customer": separates them now and in every later run. */
export async function forceUnlink(ctx: MatcherContext, a: string, b: string, actor: StewardActor): Promise<StewardOutcome> {
  const [fromKey, toKey] = validPair(a, b, actor);
  const decisionId = `sd_${randomUUID()}`;
  await decide(ctx, CYPHER.forceUnlinkRecords, { decisionId, fromKey, toKey, by: actor.by, reason: actor.reason }, [fromKey, toKey]);
  return settle(ctx, decisionId, [fromKey, toKey]);
}

/**
 * Splits a customer into groups of its records: no two records of different groups are joined again. The
 * largest group keeps the customer id; the others get new ids that record where they came from.
 */
export async function splitCustomer(ctx: MatcherContext, customerId: string, groups: readonly (readonly string[])[], actor: StewardActor): Promise<StewardOutcome> {
  validActor(actor);
  const [resolved] = await ctx.graph.read<{ customerId: string | null }>(CYPHER.resolveCustomerId, { customerIds: [customerId] }, { actor: `steward:${actor.by}` });
  if (!resolved?.customerId) throw new IdentityGraphError(ErrorCode.NOT_FOUND, `customerId: no customer "${customerId}"`);
  const named = groups.flat();
  if (groups.length < 2 || groups.some((g) => g.length === 0)) {
    throw new IdentityGraphError(ErrorCode.INVALID_STEWARD_DECISION, 'groups: a split needs at least two non-empty groups of record keys');
  }
  if (new Set(named).size !== named.length) throw new IdentityGraphError(ErrorCode.INVALID_STEWARD_DECISION, 'groups: a record key appears in two groups');
  const rows = await ctx.graph.read<{ recordKey: string; customerId: string | null; customerRecords: string[] }>(CYPHER.expandNeighbourhood, { recordKeys: named }, { actor: `steward:${actor.by}` });
  const customerOf = new Map(rows.map((r) => [r.recordKey, r.customerId]));
  const stranger = named.find((k) => customerOf.get(k) !== resolved.customerId);
  if (stranger !== undefined) {
    throw new IdentityGraphError(ErrorCode.INVALID_STEWARD_DECISION, `groups: "${stranger}" is not a record of customer "${resolved.customerId}"`);
  }
  const unplaced = (rows[0]?.customerRecords ?? []).filter((k) => !named.includes(k));
  if (unplaced.length > 0) {
    throw new IdentityGraphError(ErrorCode.INVALID_STEWARD_DECISION, `groups: every record of the customer must be placed in a group; missing ${unplaced.map((k) => `"${k}"`).join(', ')}`);
  }
  const pairs = groups.flatMap((g, i) => groups.slice(i + 1).flatMap((h) => g.flatMap((x) => h.map((y) => (x < y ? { fromKey: x, toKey: y } : { fromKey: y, toKey: x })))));
  const decisionId = `sd_${randomUUID()}`;
  await decide(ctx, CYPHER.separateRecordGroups, { decisionId, customerId: resolved.customerId, pairs, groups: JSON.stringify(groups), by: actor.by, reason: actor.reason }, named);
  return settle(ctx, decisionId, named);
}

async function decide(ctx: MatcherContext, statement: Parameters<MatcherContext['graph']['write']>[0], params: Record<string, unknown>, keys: string[]): Promise<void> {
  const rows = await ctx.graph.write(statement, { ...params, now: new Date().toISOString() }, { actor: `steward:${String(params.by)}` });
  if (rows.length === 0) throw new IdentityGraphError(ErrorCode.NOT_FOUND, `recordKeys: no source record among ${keys.map((k) => `"${k}"`).join(', ')} (or not all of them) exists`);
}

async function settle(ctx: MatcherContext, decisionId: string, keys: string[]): Promise<StewardOutcome> {
  const active = await ctx.models.current(ctx.graph);
  const clustering = await reclusterNeighbourhood(ctx, keys, active?.model.settings ?? FALLBACK_SETTINGS, { actor: 'steward', jobId: decisionId });
  const rows = await ctx.graph.read<{ recordKey: string; customerId: string | null }>(CYPHER.loadMatchInputs, { recordKeys: keys }, { actor: 'steward' });
  return { decisionId, customerOf: Object.fromEntries(rows.map((r) => [r.recordKey, r.customerId])), clustering };
}

function validPair(a: string, b: string, actor: StewardActor): [string, string] {
  validActor(actor);
  if (!a || !b) throw new IdentityGraphError(ErrorCode.INVALID_STEWARD_DECISION, 'recordKeys: two record keys are needed');
  if (a === b) throw new IdentityGraphError(ErrorCode.INVALID_STEWARD_DECISION, `recordKeys: "${a}" is named twice; a decision links or separates two different records`);
  return a < b ? [a, b] : [b, a];
}

function validActor(actor: StewardActor): void {
  if (!actor.by.trim()) throw new IdentityGraphError(ErrorCode.INVALID_STEWARD_DECISION, 'by: a steward decision must name who made it');
  if (!actor.reason.trim()) throw new IdentityGraphError(ErrorCode.INVALID_STEWARD_DECISION, 'reason: a steward decision must say why');
}
