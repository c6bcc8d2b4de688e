import { randomUUID } from 'node:crypto';
import { CustomerProfile } from '../customer-view/customer-profile';
import { ErrorCode, fieldIssue, IdentityGraphError, ValidationError } from '../errors';
import { CYPHER } from '../graph/cypher-statements';
import { customerInReach, forbidden, ownCustomerId } from './authorize';
import { RelationshipRow } from './relationship-row';
import { RequestContext } from './request-context';

const invalidState = (message: string) => new IdentityGraphError(ErrorCode.STATE_CONFLICT, message, { field: 'id' });

async function relationshipOf(ctx: RequestContext, id: string): Promise<RelationshipRow> {
  const [row] = await ctx.app.graph.read<{ relationship: RelationshipRow }>(CYPHER.getRelationship, { relationshipId: id }, { actor: ctx.actor });
  if (row === undefined) throw new IdentityGraphError(ErrorCode.NOT_FOUND, `id: no relationship "${id}"`, { field: 'id' });
  return row.relationship;
}

/** The row a guarded write returned, or why it returned none (the state changed between our read and the write). */
function written(rows: { relationship: RelationshipRow }[], what: string): RelationshipRow {
  const [row] = rows;
  if (row === undefined) throw invalidState(`id: the relationship changed before it could be ${what}; read it again`);
  return row.relationship;
}

export const relationshipResolvers = {
  Query: {
    relationshipPermissions: async (_: unknown, args: { grantorId: string; granteeId: string }, ctx: RequestContext) => {
      const [grantorId, granteeId] = await Promise.all([customerInReach(ctx, args.grantorId, 'grantorId'), customerInReach(ctx, args.granteeId, 'granteeId')]);
      const [row] = await ctx.app.graph.read<{ permissions: string[] }>(CYPHER.findRelationshipPermissions, { grantorId, granteeId }, { actor: ctx.actor });
      return row?.permissions ?? [];
    },
  },
  Customer: {
    relationships: async (profile: CustomerProfile, _: unknown, ctx: RequestContext) => {
      if (ctx.role === 'customer' && profile.id !== (await ownCustomerId(ctx))) throw forbidden('relationships: a customer sees only their own relationships');
      return ctx.loaders.customerRelationships.load(profile.id);
    },
  },
  Relationship: {
    id: (r: RelationshipRow) => r.relationshipId,
  },
  Mutation: {
    proposeRelationship: async (_: unknown, { input }: { input: { granteeId: string; kind: string; permissions: string[] } }, ctx: RequestContext) => {
      const grantorId = await ownCustomerId(ctx);
      const permissions = [...new Set(input.permissions)].sort();
      if (permissions.length === 0) throw new ValidationError([fieldIssue('input.permissions', ErrorCode.BAD_USER_INPUT, 'name at least one permission')]);
      const granteeId = await ctx.loaders.activeCustomerId.load(input.granteeId);
      if (granteeId === null) throw new IdentityGraphError(ErrorCode.NOT_FOUND, `input.granteeId: no customer "${input.granteeId}"`, { field: 'input.granteeId' });
      if (granteeId === grantorId) throw new ValidationError([fieldIssue('input.granteeId', ErrorCode.BAD_USER_INPUT, 'is yourself; a relationship needs another customer')]);
      const rows = await ctx.app.graph.write<{ relationship: RelationshipRow }>(CYPHER.proposeRelationship, {
        relationshipId: `rel_${randomUUID()}`, grantorId, granteeId, kind: input.kind, permissions, now: new Date().toISOString(),
      }, { actor: ctx.actor });
      return written(rows, 'proposed');
    },
    acceptRelationship: async (_: unknown, args: { id: string }, ctx: RequestContext) => {
      const own = await ownCustomerId(ctx);
      const current = await relationshipOf(ctx, args.id);
      if (current.granteeId !== own) throw forbidden(`id: only the grantee may accept relationship "${args.id}"`, { field: 'id' });
      if (current.status !== 'PROPOSED') throw invalidState(`id: relationship "${args.id}" is ${current.status}; only a PROPOSED one can be accepted`);
      // Parties are shown as the active customers they resolve to: after a merge both can be the caller.
      if (current.grantorId === current.granteeId) throw invalidState(`id: both parties of relationship "${args.id}" are now the same customer (their profiles were merged); it grants nothing and cannot be accepted`);
      return written(await ctx.app.graph.write(CYPHER.acceptRelationship, { relationshipId: args.id, customerId: own, now: new Date().toISOString() }, { actor: ctx.actor }), 'accepted');
    },
    revokeRelationship: async (_: unknown, args: { id: string }, ctx: RequestContext) => {
      const own = await ownCustomerId(ctx);
      const current = await relationshipOf(ctx, args.id);
      if (current.grantorId !== own && current.granteeId !== own) throw forbidden(`id: only a party may revoke relationship "${args.id}"`, { field: 'id' });
      if (current.status === 'REVOKED') throw invalidState(`id: relationship "${args.id}" is already REVOKED`);
      return written(await ctx.app.graph.write(CYPHER.revokeRelationship, { relationshipId: args.id, customerId: own, now: new Date().toISOString() }, { actor: ctx.actor }), 'revoked');
    },
  },
};
