import { ownCustomerId } from './authorize';
import { RequestContext } from './request-context';

export const authResolvers = {
  Role: { APP: 'app', CUSTOMER: 'customer', ANALYST: 'analyst', STEWARD: 'steward', PRIVACY_OFFICER: 'privacy_officer', ADMIN: 'admin' },
  Query: {
    viewer: (_: unknown, __: unknown, ctx: RequestContext) => ({ subject: ctx.principal.subject, role: ctx.principal.role, purposes: ctx.principal.purposes }),
    me: async (_: unknown, __: unknown, ctx: RequestContext) => {
      // The profile statement follows a merged subject to its survivor and primes the id ownCustomerId checks,
      // so `me` costs one round trip (a non-customer role is refused by ownCustomerId before any data leaves).
      const profile = ctx.role === 'customer' ? await ctx.loaders.customerProfile.load(ctx.principal.subject) : null;
      const own = await ownCustomerId(ctx);
      return profile?.id === own ? profile : ctx.loaders.customerProfile.load(own);
    },
  },
};
