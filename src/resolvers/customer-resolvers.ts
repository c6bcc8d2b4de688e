import { ErrorCode, IdentityGraphError } from '../errors';
import { CustomerProfile } from '../customer-view/customer-profile';
import { customerDevices, customerIdentifiers } from '../customer-view/customer-identifiers';
import { identifierQueryKey } from '../customer-view/normalise-identifier-query';
import { CYPHER } from '../graph/cypher-statements';
import { IdentifierType } from '../model';
import { RequestContext } from './request-context';

async function customerById(id: string, ctx: RequestContext): Promise<CustomerProfile | null> {
  const activeId = await ctx.loaders.activeCustomerId.load(id);
  return activeId === null ? null : ctx.loaders.customerProfile.load(activeId);
}

async function customersHolding(type: IdentifierType, value: string, ctx: RequestContext): Promise<CustomerProfile[]> {
  const key = identifierQueryKey(type, value, { tokenHashKey: ctx.app.config.TOKEN_HASH_KEY, defaultPhoneRegion: ctx.app.config.DEFAULT_PHONE_REGION });
  const rows = await ctx.app.graph.read<{ customerId: string }>(CYPHER.findCustomersByIdentifier, { key }, { actor: ctx.actor });
  const profiles = await Promise.all(rows.map((r) => ctx.loaders.customerProfile.load(r.customerId)));
  return profiles.filter((p): p is CustomerProfile => p !== null);
}

export const customerResolvers = {
  Query: {
    customer: (_: unknown, args: { id: string }, ctx: RequestContext) => customerById(args.id, ctx),
    customersByIdentifier: (_: unknown, args: { type: IdentifierType; value: string }, ctx: RequestContext) =>
      customersHolding(args.type, args.value, ctx),
    customerByIdentifier: async (_: unknown, args: { type: IdentifierType; value: string }, ctx: RequestContext) => {
      const customers = await customersHolding(args.type, args.value, ctx);
      if (customers.length > 1) {
        throw new IdentityGraphError(ErrorCode.BAD_USER_INPUT, `value: the identifier is held by ${customers.length} customers; use customersByIdentifier`, { field: 'value', reason: 'AMBIGUOUS' });
      }
      return customers[0] ?? null;
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
