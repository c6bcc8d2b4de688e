import { GraphQLResolveInfo } from 'graphql';
import { ErrorCode, IdentityGraphError } from '../errors';
import { CYPHER } from '../graph/cypher-statements';
import { customerInReach, forbidden, ownCustomerId } from './authorize';
import { connectionOf, pageOf, PageArgs } from './pagination';
import { RequestContext } from './request-context';

interface HouseholdRow {
  householdId: string;
  createdAt: string | null;
  members: { customerId: string; status: 'PROPOSED' | 'CONFIRMED' | 'REJECTED'; confidence: number | null; decidedAt: string | null }[];
}

async function decide(ctx: RequestContext, args: { householdId: string; customerId?: string | null }, status: 'CONFIRMED' | 'REJECTED') {
  // Own memberships only: the customer is the token's subject; a customerId argument may only repeat it.
  const customerId = args.customerId != null ? await customerInReach(ctx, args.customerId, 'customerId') : await ownCustomerId(ctx);
  const [row] = await ctx.app.graph.write<{ householdId: string; status: string; confidence: number | null; signal: string }>(
    CYPHER.decideHouseholdMembership, { customerId, householdId: args.householdId, status, now: new Date().toISOString() }, { actor: ctx.actor },
  );
  if (row === undefined) throw new IdentityGraphError(ErrorCode.NOT_FOUND, `householdId: you have no membership of household "${args.householdId}"`, { field: 'householdId' });
  return row;
}

export const householdResolvers = {
  Query: {
    household: async (_: unknown, args: { id: string }, ctx: RequestContext) => {
      const own = ctx.role === 'customer' ? await ownCustomerId(ctx) : null;
      const [row] = await ctx.app.graph.read<HouseholdRow>(CYPHER.getHousehold, { householdId: args.id }, { actor: ctx.actor });
      if (own !== null && !row?.members.some((m) => m.customerId === own && m.status !== 'REJECTED')) {
        // Known or not, a household the customer is not part of is not theirs to see.
        throw forbidden('id: a customer may only read a household they are a member of or proposed into', { field: 'id' });
      }
      return row ?? null;
    },
  },
  Household: {
    id: (h: HouseholdRow) => h.householdId,
    confirmedMembers: (h: HouseholdRow) => h.members.filter((m) => m.status === 'CONFIRMED').length,
    members: (h: HouseholdRow, args: PageArgs, ctx: RequestContext, info: GraphQLResolveInfo) => {
      const page = pageOf(args, ctx, info);
      const confirmed = h.members.filter((m) => m.status === 'CONFIRMED');
      return connectionOf(confirmed.slice(page.offset, page.offset + page.limit + 1).map((node) => ({ node })), page);
    },
  },
  Mutation: {
    confirmHouseholdMembership: (_: unknown, args: { householdId: string; customerId?: string | null }, ctx: RequestContext) => decide(ctx, args, 'CONFIRMED'),
    rejectHouseholdMembership: (_: unknown, args: { householdId: string; customerId?: string | null }, ctx: RequestContext) => decide(ctx, args, 'REJECTED'),
  },
};
