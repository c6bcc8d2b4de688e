import { CustomerProfile } from '../customer-view/customer-profile';
import { ErrorCode, fieldIssue, NotFoundError, ValidationError } from '../errors';
import { CYPHER } from '../graph/cypher-statements';
import { customerStates, Scope } from '../privacy';
import { AffinityKind } from '../segments/affinities';
import { affinitiesOf, featuresOf, householdAffinities, membershipViews, SENSITIVE_FEATURES } from '../segments/customer-insights';
import { defaultPolicy, gateInsights, Insight, withoutSensitive } from '../segments/policy-gate';
import { recomputeSegments } from '../segments/segment-store';
import { GraphQLResolveInfo } from 'graphql';
import { customerInReach } from './authorize';
import { keysetConnectionOf, keysetPageOf, PageArgs } from './pagination';
import { RequestContext } from './request-context';

const MAX_EVENTS_PER_CALL = 5000;
const PREFERENCE_TARGET = /^[\p{L}\p{N} &'.-]{1,80}$/u;

function scopeOf(id: string): Scope {
  const scope = defaultPolicy().scopes.get(id);
  if (scope === undefined) throw new ValidationError([fieldIssue('scope', ErrorCode.BAD_USER_INPUT, `is not a scope of policy ${defaultPolicy().version}; use one of ${[...defaultPolicy().scopes.keys()].join(', ')}`)]);
  return scope;
}

/** Served insights: by the policy for the scope, or (no scope) nothing built on health or precise location. */
function gate<T extends Insight>(kind: 'segment' | 'affinity', items: T[], scope: string | null | undefined, jurisdiction: string[]): T[] {
  if (scope === null || scope === undefined) return withoutSensitive(items);
  // Consent storage is not built yet: no consents are on file, so categories that need an opt-in are withheld.
  return gateInsights(defaultPolicy(), kind, items, scopeOf(scope), { jurisdiction, consents: [], signals: [], at: new Date() }).served;
}

/** The active id of a customer the caller may change: a customer token only its own (FORBIDDEN otherwise). */
function activeId(id: string, ctx: RequestContext): Promise<string> {
  return customerInReach(ctx, id, 'customerId');
}

function topOf(top: number): number {
  if (!Number.isInteger(top) || top < 1 || top > 100) throw new ValidationError([fieldIssue('top', ErrorCode.BAD_USER_INPUT, 'must be a whole number from 1 to 100')]);
  return top;
}

function segmentView(segment: Record<string, unknown>, members: number) {
  return {
    id: segment.segmentId, name: segment.name, kind: segment.kind, version: segment.version, owner: segment.owner, purpose: segment.purpose,
    description: segment.description, rule: segment.ruleText, categories: segment.categories, sensitive: segment.sensitive, memberCount: members,
  };
}

export const segmentResolvers = {
  AffinityKind: { CATEGORY: 'category', BRAND: 'brand' },
  Customer: {
    segments: async (profile: CustomerProfile, args: { scope?: string | null }, ctx: RequestContext) => {
      const behaviour = await ctx.loaders.behaviour.load(profile.id);
      return gate('segment', membershipViews(ctx.app.segmentDefinitions, behaviour?.memberships ?? []), args.scope, customerStates(profile));
    },
    affinities: async (profile: CustomerProfile, args: { kind: AffinityKind; top: number; scope?: string | null }, ctx: RequestContext) => {
      const [behaviour, baseline] = await Promise.all([ctx.loaders.behaviour.load(profile.id), ctx.loaders.baseline()]);
      const all = affinitiesOf(behaviour ?? undefined, baseline, args.kind, Date.now());
      return gate('affinity', all, args.scope, customerStates(profile)).slice(0, topOf(args.top));
    },
    features: async (profile: CustomerProfile, args: { scope?: string | null }, ctx: RequestContext) => {
      const behaviour = await ctx.loaders.behaviour.load(profile.id);
      const features = featuresOf(behaviour ?? undefined, Date.now());
      const sensitive = Object.entries(SENSITIVE_FEATURES).map(([name, category]) => ({ name, categories: ['inferred_profile', category as string], signal: 'OBSERVED' as const }));
      const served = new Set(gate('affinity', sensitive, args.scope, customerStates(profile)).map((f) => f.name));
      return Object.fromEntries(Object.entries(features).filter(([name]) => !(name in SENSITIVE_FEATURES) || served.has(name)));
    },
  },
  Segment: {
    members: async (segment: { id: string }, args: PageArgs, ctx: RequestContext, info: GraphQLResolveInfo) => {
      const page = keysetPageOf(args, ctx, info);
      const rows = await ctx.app.graph.read<{ customerId: string; since: string; reason: string }>(CYPHER.listSegmentMembers, { segmentId: segment.id, after: page.afterKey, limit: page.limit + 1 }, { actor: ctx.actor });
      const connection = keysetConnectionOf(rows, page, (member) => member.customerId);
      const { hasNextPage, endCursor } = connection.pageInfo;
      return { ...connection, items: connection.edges.map((e) => e.node), hasNextPage, endCursor: hasNextPage ? endCursor : null };
    },
  },
  Query: {
    segments: async (_: unknown, __: unknown, ctx: RequestContext) => {
      const rows = await ctx.app.graph.read<{ segment: Record<string, unknown>; members: number }>(CYPHER.listSegments, {}, { actor: ctx.actor });
      return rows.map((r) => segmentView(r.segment, r.members));
    },
    segment: async (_: unknown, args: { id: string }, ctx: RequestContext) => {
      const rows = await ctx.app.graph.read<{ segment: Record<string, unknown>; members: number }>(CYPHER.listSegments, {}, { actor: ctx.actor });
      const row = rows.find((r) => r.segment.segmentId === args.id);
      return row === undefined ? null : segmentView(row.segment, row.members);
    },
    householdAffinities: async (_: unknown, args: { householdId: string; kind: AffinityKind; top: number; scope?: string | null }, ctx: RequestContext) => {
      const members = await ctx.app.graph.read<{ customerId: string; status: string }>(CYPHER.listHouseholdMembers, { householdId: args.householdId }, { actor: ctx.actor });
      if (members.length === 0) return null;
      const [behaviours, baseline, profiles] = await Promise.all([
        Promise.all(members.map((m) => ctx.loaders.behaviour.load(m.customerId))),
        ctx.loaders.baseline(),
        Promise.all(members.map((m) => ctx.loaders.customerProfile.load(m.customerId))),
      ]);
      const byId = new Map(members.flatMap((m, i) => (behaviours[i] ? [[m.customerId, behaviours[i]] as const] : [])));
      const view = householdAffinities(members, byId, baseline, args.kind, topOf(args.top), Date.now());
      // Every member's jurisdictions apply to the household view: the strictest wins.
      const jurisdiction = [...new Set(profiles.flatMap((p) => (p ? customerStates(p) : [])))].sort();
      return {
        householdId: args.householdId,
        combined: gate('affinity', view.combined, args.scope, jurisdiction),
        personas: view.personas.map((p) => ({ ...p, top: gate('affinity', p.top, args.scope, jurisdiction) })),
        explanation: `${String(members.length)} members (not rejected); combined = their behaviour aggregates merged; each persona keeps one member's own affinities, and 'distinct' names what only that member leans to (lift > 1.2, confidence >= 0.5)`,
      };
    },
  },
  Mutation: {
    recordEvents: async (_: unknown, args: { events: unknown[] }, ctx: RequestContext) => {
      if (args.events.length > MAX_EVENTS_PER_CALL) throw new ValidationError([fieldIssue('events', ErrorCode.BAD_USER_INPUT, `holds ${String(args.events.length)} events; at most ${String(MAX_EVENTS_PER_CALL)} per call`)]);
      return ctx.app.eventProducer.record(args.events, { via: 'api' });
    },
    setPreference: async (_: unknown, args: { customerId: string; kind: AffinityKind; target: string; polarity: 'LIKE' | 'DISLIKE' }, ctx: RequestContext) => {
      const target = args.target.trim();
      if (!PREFERENCE_TARGET.test(target)) throw new ValidationError([fieldIssue('target', ErrorCode.BAD_USER_INPUT, 'must be a category or brand name of 1 to 80 letters, digits, spaces or & \' . -')]);
      const customerId = await activeId(args.customerId, ctx);
      const kind = args.kind;
      await ctx.app.graph.write(CYPHER.setExplicitPreference, { customerId, kind, target, polarity: args.polarity, now: new Date().toISOString(), actor: ctx.actor }, { actor: ctx.actor });
      ctx.loaders.behaviour.clear(customerId);
      const [behaviour, baseline] = await Promise.all([ctx.loaders.behaviour.load(customerId), ctx.loaders.baseline()]);
      return affinitiesOf(behaviour ?? undefined, baseline, kind, Date.now());
    },
    removePreference: async (_: unknown, args: { customerId: string; kind: AffinityKind; target: string }, ctx: RequestContext) => {
      const customerId = await activeId(args.customerId, ctx);
      const [row] = await ctx.app.graph.write<{ removed: number }>(CYPHER.removeExplicitPreference, { customerId, kind: args.kind, target: args.target.trim() }, { actor: ctx.actor });
      return (row?.removed ?? 0) > 0;
    },
    recomputeSegments: (_: unknown, __: unknown, ctx: RequestContext) => recomputeSegments(ctx.app.graph, ctx.app.segmentDefinitions),
  },
};

