import { forceLink, forceUnlink, splitCustomer, StewardOutcome } from '../steward/steward-actions';
import { CYPHER } from '../graph/cypher-statements';
import { RequestContext } from './request-context';

interface RawLink {
  kind: string; method: string | null; confidence: number | null; probability: number | null; matchWeight: number | null; priorWeight: number | null;
  modelVersion: string | null; comparisons: string[] | null; labels: string[] | null; weights: number[] | null;
}

/** The steward is the token's subject: decisions are recorded with who made them, never with what a request claims. */
const actorOf = (ctx: RequestContext, reason: string) => ({ by: ctx.principal.subject, reason });

function outcome(o: StewardOutcome) {
  return { decisionId: o.decisionId, customerOf: Object.entries(o.customerOf).map(([recordKey, customerId]) => ({ recordKey, customerId })), clustering: o.clustering };
}

export const stewardResolvers = {
  Query: {
    matchExplanation: async (_: unknown, args: { fromRecord: string; toRecord: string }, ctx: RequestContext) => {
      const [row] = await ctx.app.graph.read<{ fromCustomerId: string | null; toCustomerId: string | null; links: RawLink[] }>(
        CYPHER.explainMatch, { fromKey: args.fromRecord, toKey: args.toRecord }, { actor: ctx.actor },
      );
      if (row === undefined) return null;
      return {
        fromRecord: args.fromRecord,
        toRecord: args.toRecord,
        fromCustomerId: row.fromCustomerId,
        toCustomerId: row.toCustomerId,
        links: row.links.map((l) => ({
          ...l,
          comparisons: (l.comparisons ?? []).map((comparison, i) => ({ comparison, label: l.labels?.[i] ?? '', weight: l.weights?.[i] ?? 0 })),
        })),
      };
    },
  },
  Mutation: {
    forceLink: async (_: unknown, args: { fromRecord: string; toRecord: string; reason: string }, ctx: RequestContext) =>
      outcome(await forceLink(ctx.app.matcher, args.fromRecord, args.toRecord, actorOf(ctx, args.reason))),
    forceUnlink: async (_: unknown, args: { fromRecord: string; toRecord: string; reason: string }, ctx: RequestContext) =>
      outcome(await forceUnlink(ctx.app.matcher, args.fromRecord, args.toRecord, actorOf(ctx, args.reason))),
    splitCustomer: async (_: unknown, args: { customerId: string; groups: string[][]; reason: string }, ctx: RequestContext) =>
      outcome(await splitCustomer(ctx.app.matcher, args.customerId, args.groups, actorOf(ctx, args.reason))),
  },
};
