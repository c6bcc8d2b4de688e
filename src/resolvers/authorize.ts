import { Role } from '../auth';
import { ErrorCode, IdentityGraphError } from '../errors';
import { RequestContext } from './request-context';

export function forbidden(message: string, details: Record<string, unknown> = {}): IdentityGraphError {
  return new IdentityGraphError(ErrorCode.FORBIDDEN, message, details);
}

export function requireRole(ctx: RequestContext, roles: readonly Role[], what: string): void {
  if (!roles.includes(ctx.role)) throw forbidden(`role: "${ctx.role}" may not ${what}; it needs one of ${roles.join(', ')}`, { field: 'role' });
}

/** The caller's own active customer id (customer role): the token's subject, followed through merges. */
export async function ownCustomerId(ctx: RequestContext): Promise<string> {
  if (ctx.role !== 'customer') throw forbidden(`role: "${ctx.role}" has no customer of its own; this needs the customer role`, { field: 'role' });
  const own = await ctx.loaders.activeCustomerId.load(ctx.principal.subject);
  if (own === null) throw new IdentityGraphError(ErrorCode.NOT_FOUND, 'sub: the token names no known customer', { field: 'sub' });
  return own;
}

/**
 * The active id of `customerId`, once the caller may touch that customer. A customer may touch only their own
 * record: any other id (known or not, so the answer tells nothing) is FORBIDDEN. Other roles get NOT_FOUND for
 * an unknown id.
 */
export async function customerInReach(ctx: RequestContext, customerId: string, argument: string): Promise<string> {
  const active = await ctx.loaders.activeCustomerId.load(customerId);
  if (ctx.role === 'customer') {
    const own = await ownCustomerId(ctx);
    if (active !== own) throw forbidden(`${argument}: a customer may only read or change their own data`, { field: argument });
    return own;
  }
  if (active === null) throw new IdentityGraphError(ErrorCode.NOT_FOUND, `${argument}: no customer "${customerId}"`, { field: argument });
  return active;
}

/** An app may read only for the purposes its token carries; an analyst only for analytics. */
export function requirePurpose(ctx: RequestContext, purpose: string, scope: string): void {
  const allowed = ctx.role === 'app' ? ctx.principal.purposes : ctx.role === 'analyst' ? ['analytics'] : null;
  if (allowed !== null && !allowed.includes(purpose)) {
    throw new IdentityGraphError(ErrorCode.POLICY_DENIED, `scope: "${scope}" serves the purpose ${purpose}, which this client's token does not carry`, {
      field: 'scope', reason: 'PURPOSE_NOT_GRANTED', purpose,
    });
  }
}
