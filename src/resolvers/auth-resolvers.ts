import { ownCustomerId } from './authorize';
import { RequestContext } from './request-context';

export const authResolvers = {
  Role: { APP: 'app', CUSTOMER: 'customer', ANALYST: 'analyst', STEWARD: 'steward', PRIVACY_OFFICER: 'privacy_officer', ADMIN: 'admin' },
  Query: {
    viewer: (_: unknown, __: unknown, ctx: RequestContext) => ({ subject: ctx.principal.subject, role: ctx.principal.role, purposes: ctx.principal.purposes }),
    me: async (_: unknown, __: unknown, ctx: RequestContext) => ctx.loaders.customerProfile.load(await ownCustomerId(ctx)),
  },
};
