import { GraphQLResolveInfo } from 'graphql';
import { Role } from '../auth';
import { ErrorCode, IdentityGraphError } from '../errors';
import { CustomerProfile } from '../customer-view/customer-profile';
import { customerDevices, customerIdentifiers } from '../customer-view/customer-identifiers';
import { identifierQueryKey } from '../customer-view/normalise-identifier-query';
import { CYPHER } from '../graph/cypher-statements';
import { IdentifierType } from '../model';
import { recordsInReach } from '../privacy/decide';
import { readCustomerView, scopeOf } from '../privacy/view';
import { badArgument } from './bad-argument';
import { customerInReach, requirePurpose, requireRole } from './authorize';
import { RequestContext } from './request-context';

/** Operational reads of the unfiltered profile: an app needs this purpose in its token. */
export const OPERATIONAL_PURPOSE = 'service_fulfilment';

/** Who may read the unfiltered profile, and who may read a consent-scoped view. */
const OPERATIONAL_ROLES: readonly Role[] = ['app', 'customer', 'steward', 'admin'];
const SCOPED_VIEW_ROLES: readonly Role[] = ['app', 'analyst', 'customer', 'privacy_officer'];

/** A profile as customer() served it: `readScope` is the consent scope asked for, if any. */
export type ServedCustomer = CustomerProfile & { readScope?: string };

interface IdentifierLookup {
  type: IdentifierType;
  value: string;
}

interface CustomerArgs {
  id?: string | null;
  identifier?: IdentifierLookup | null;
  scope?: string | null;
}

export function requireOperationalPurpose(ctx: RequestContext): void {
  requirePurpose(ctx, OPERATIONAL_PURPOSE, 'customer profile');
}

function requireOperationalRead(ctx: RequestContext): void {
  requireRole(ctx, OPERATIONAL_ROLES, 'read the unfiltered profile; ask customer() for a scope and read `view`');
  requireOperationalPurpose(ctx);
}

/**
 * An app sees only the records its purposes reach under the policy (no pharmacy record for a till, no record
 * joined by a link too weak to serve); links to records out of reach go too, so nothing names them. A customer
 * sees all of their own; stewards and admins see all, because resolving identities is their job.
 */
function inReachOf(profile: ServedCustomer, ctx: RequestContext): ServedCustomer {
  if (ctx.reach === null) return profile;
  const records = profile.records.filter(recordsInReach(ctx.reach));
  if (records.length === profile.records.length) return profile;
  const kept = new Set(records.map((r) => r.key));
  return { ...profile, records: records.map((r) => ({ ...r, links: r.links.filter((l) => kept.has(l.otherRecordKey)) })) };
}

/**
 * The unfiltered fields: a customer read through a scope gates them one by one, like the root without a scope,
 * and every read serves only the records in the caller's reach.
 */
function unfiltered<T>(read: (profile: ServedCustomer) => T) {
  return (profile: ServedCustomer, _: unknown, ctx: RequestContext): T => {
    if (profile.readScope !== undefined) requireOperationalRead(ctx);
    return read(inReachOf(profile, ctx));
  };
}

async function holders(type: IdentifierType, value: string, ctx: RequestContext): Promise<{ customerId: string; explicit: boolean }[]> {
  const key = identifierQueryKey(type, value, { tokenHashKey: ctx.app.config.TOKEN_HASH_KEY, defaultPhoneRegion: ctx.app.config.DEFAULT_PHONE_REGION });
  return ctx.app.graph.read<{ customerId: string; explicit: boolean }>(CYPHER.findCustomersByIdentifier, { key, reach: ctx.reach }, { actor: ctx.actor });
}

/** The one customer an identifier names: its only holder, or the only one who states it EXPLICITly (a card holder). */
async function holderOf(identifier: IdentifierLookup, ctx: RequestContext, argument: string): Promise<string | null> {
  const all = await holders(identifier.type, identifier.value, ctx);
  const stating = all.filter((h) => h.explicit);
  const chosen = all.length === 1 ? all : stating.length === 1 ? stating : all;
  if (chosen.length > 1) {
    const alternative = argument === 'value' ? 'customersByIdentifier' : 'customersByIdentifier or an id';
    throw new IdentityGraphError(ErrorCode.BAD_USER_INPUT, `${argument}: the identifier is held by ${chosen.length} customers; use ${alternative}`, { field: argument, reason: 'AMBIGUOUS' });
  }
  return chosen[0]?.customerId ?? null;
}

/** Reads by id take one round trip: the profile statement follows an absorbed id to its survivor itself. */
async function profileOf(id: string, ctx: RequestContext): Promise<CustomerProfile | null> {
  if (ctx.role === 'customer') {
    // One statement loads both and primes the id resolution the ownership check needs.
    await ctx.loaders.customerProfile.loadMany([id, ctx.principal.subject]);
    return ctx.loaders.customerProfile.load(await customerInReach(ctx, id, 'id'));
  }
  return ctx.loaders.customerProfile.load(id);
}

function checkLocator(args: CustomerArgs, info: GraphQLResolveInfo): void {
  const hasId = args.id !== null && args.id !== undefined;
  const hasIdentifier = args.identifier !== null && args.identifier !== undefined;
  if (hasId === hasIdentifier) {
    throw badArgument(info, hasId ? 'identifier' : 'id', hasId ? 'give id or identifier, not both' : 'give the customer\'s id or an identifier');
  }
}

async function customer(args: CustomerArgs, ctx: RequestContext, info: GraphQLResolveInfo): Promise<ServedCustomer | null> {
  checkLocator(args, info);
  const scope = args.scope ?? undefined;
  if (scope === undefined) {
    requireOperationalRead(ctx);
  } else {
    requireRole(ctx, SCOPED_VIEW_ROLES, 'read a consent-scoped customer view');
    requirePurpose(ctx, scopeOf(ctx.app.privacy.policy, scope).purpose, scope);
  }
  const id = args.id ?? (await holderOf(args.identifier!, ctx, 'identifier'));
  if (id === null) {
    // A customer must not learn whether someone else holds an identifier: unknown and foreign look the same.
    if (ctx.role === 'customer') throw foreignIdentifier();
    return null;
  }
  const profile = await profileOf(id, ctx);
  if (profile === null) return null;
  return scope === undefined ? profile : { ...profile, readScope: scope };
}

function foreignIdentifier(): IdentityGraphError {
  return new IdentityGraphError(ErrorCode.FORBIDDEN, 'identifier: a customer may only read or change their own data', { field: 'identifier' });
}

export async function profilesOf(customerIds: string[], ctx: RequestContext): Promise<CustomerProfile[]> {
  const profiles = await Promise.all(customerIds.map((id) => ctx.loaders.customerProfile.load(id)));
  return profiles.filter((p): p is CustomerProfile => p !== null);
}

export const customerResolvers = {
  Query: {
    customer: (_: unknown, args: CustomerArgs, ctx: RequestContext, info: GraphQLResolveInfo) => customer(args, ctx, info),
    customersByIdentifier: async (_: unknown, args: IdentifierLookup, ctx: RequestContext) => {
      requireOperationalPurpose(ctx);
      return profilesOf((await holders(args.type, args.value, ctx)).map((h) => h.customerId), ctx);
    },
    customerByIdentifier: async (_: unknown, args: IdentifierLookup, ctx: RequestContext) => {
      requireOperationalPurpose(ctx);
      const id = await holderOf(args, ctx, 'value');
      return id === null ? null : ctx.loaders.customerProfile.load(id);
    },
  },
  Customer: {
    records: unfiltered((profile) => profile.records),
    identifiers: unfiltered((profile) => customerIdentifiers(profile)),
    devices: unfiltered((profile) => customerDevices(profile)),
    households: unfiltered((profile) => profile.households),
    explicitAttributes: unfiltered((profile) =>
      profile.records.flatMap((r) => r.attributes).filter((a) => a.provenance.signal === 'EXPLICIT')),
    implicitAttributes: unfiltered((profile) =>
      profile.records.flatMap((r) => r.attributes).filter((a) => a.provenance.signal !== 'EXPLICIT')),
    view: (profile: ServedCustomer, _: unknown, ctx: RequestContext) => {
      if (profile.readScope === undefined) return null;
      return readCustomerView(
        { graph: ctx.app.graph, policy: ctx.app.privacy.policy, survivorship: ctx.app.privacy.survivorship },
        { customerId: profile.id, scope: profile.readScope, actor: ctx.actor, role: ctx.role },
      );
    },
  },
};
