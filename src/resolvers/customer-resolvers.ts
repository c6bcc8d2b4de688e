import { ErrorCode, IdentityGraphError } from '../errors';
import { CustomerProfile } from '../customer-view/customer-profile';
import { customerDevices, customerIdentifiers } from '../customer-view/customer-identifiers';
import { identifierQueryKey } from '../customer-view/normalise-identifier-query';
import { CYPHER } from '../graph/cypher-statements';
import { IdentifierType } from '../model';
import { customerInReach, requirePurpose } from './authorize';
import { RequestContext } from './request-context';

/** Operational reads of the unfiltered profile: an app needs this purpose in its token. */
export const OPERATIONAL_PURPOSE = 'service_fulfilment';

export function requireOperationalPurpose(ctx: RequestContext): void {
  requirePurpose(ctx, OPERATIONAL_PURPOSE, 'customer profile');
}

async function customerById(id: string, ctx: RequestContext): Promise<CustomerProfile | null> {
  requireOperationalPurpose(ctx);
  if (ctx.role === 'customer') return ctx.loaders.customerProfile.load(await customerInReach(ctx, id, 'id'));
  const activeId = await ctx.loaders.activeCustomerId.load(id);
  return activeId === null ? null : ctx.loaders.customerProfile.load(activeId);
}

async function holders(type: IdentifierType, value: string, ctx: RequestContext): Promise<{ customerId: string; explicit: boolean }[]> {
  requireOperationalPurpose(ctx);
  const key = identifierQueryKey(type, value, { tokenHashKey: ctx.app.config.TOKEN_HASH_KEY, defaultPhoneRegion: ctx.app.config.DEFAULT_PHONE_REGION });
  return ctx.app.graph.read<{ customerId: string; explicit: boolean }>(CYPHER.findCustomersByIdentifier, { key }, { actor: ctx.actor });
}

export async function profilesOf(customerIds: string[], ctx: RequestContext): Promise<CustomerProfile[]> {
  const profiles = await Promise.all(customerIds.map((id) => ctx.loaders.customerProfile.load(id)));
  return profiles.filter((p): p is CustomerProfile => p !== null);
}

export const customerResolvers = {
  Query: {
    customer: (_: unknown, args: { id: string }, ctx: RequestContext) => customerById(args.id, ctx),
    customersByIdentifier: async (_: unknown, args: { type: IdentifierType; value: string }, ctx: RequestContext) =>
      profilesOf((await holders(args.type, args.value, ctx)).map((h) => h.customerId), ctx),
    customerByIdentifier: async (_: unknown, args: { type: IdentifierType; value: string }, ctx: RequestContext) => {
      const all = await holders(args.type, args.value, ctx);
      // The one customer who states the value outranks others who were only seen with it (a card at the till).
      const stating = all.filter((h) => h.explicit);
      const chosen = all.length === 1 ? all : stating.length === 1 ? stating : all;
      if (chosen.length > 1) {
        throw new IdentityGraphError(ErrorCode.BAD_USER_INPUT, `value: the identifier is held by ${chosen.length} customers; use customersByIdentifier`, { field: 'value', reason: 'AMBIGUOUS' });
      }
      const [profile] = await profilesOf(chosen.map((h) => h.customerId), ctx);
      return profile ?? null;
    },
  },
  Customer: {
    identifiers: (profile: CustomerProfile) => customerIdentifiers(profile),
    devices: (profile: CustomerProfile) => customerDevices(profile),
    explicitAttributes: (profile: CustomerProfile) =>
      profile.records.flatMap((r) => r.attributes).filter((a) => a.provenance.signal === 'EXPLICIT'),
    implicitAttributes: (profile: CustomerProfile) =>
      profile.records.flatMap((r) => r.attributes).filter((a) => a.provenance.signal !== 'EXPLICIT'),
  },
};
