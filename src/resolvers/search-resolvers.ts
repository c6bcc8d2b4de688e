import { GraphQLResolveInfo } from 'graphql';
import { RecordIdentifierView } from '../customer-view/customer-profile';
import { identifierQueryKey } from '../customer-view/normalise-identifier-query';
import { ErrorCode, fieldIssue, ValidationError } from '../errors';
import { CYPHER } from '../graph/cypher-statements';
import { IdentifierType, identifierKey } from '../model';
import { profilesOf, requireOperationalPurpose } from './customer-resolvers';
import { connectionOf, pageOf, PageArgs } from './pagination';
import { RequestContext } from './request-context';

interface SearchBy { name?: string | null; email?: string | null; phone?: string | null; address?: string | null }

/**
 * A Lucene query from free text: only letters and digits survive (so no Lucene syntax reaches the index),
 * every term must match, fuzzily (an edit or two, by length).
 */
export function fuzzyLuceneQuery(text: string): string | null {
  const terms = text.normalize('NFKC').split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0).slice(0, 8);
  if (terms.length === 0) return null;
  return terms.map((t) => `+${t.toLowerCase()}${t.length >= 3 ? (t.length >= 6 ? '~2' : '~1') : ''}`).join(' ');
}

export const searchResolvers = {
  Query: {
    searchCustomers: async (_: unknown, args: { by: SearchBy } & PageArgs, ctx: RequestContext, info: GraphQLResolveInfo) => {
      requireOperationalPurpose(ctx);
      const page = pageOf(args, ctx, info);
      const given = (Object.entries(args.by) as [keyof SearchBy, string | null | undefined][]).filter(([, v]) => v != null && v.trim() !== '');
      if (given.length !== 1) throw new ValidationError([fieldIssue('by', ErrorCode.BAD_USER_INPUT, `give exactly one of name, email, phone, address (got ${given.length})`)]);
      const [field, value] = given[0] as [keyof SearchBy, string];
      let rows: { customerId: string; score: number }[];
      if (field === 'name' || field === 'address') {
        const lucene = fuzzyLuceneQuery(value);
        if (lucene === null) throw new ValidationError([fieldIssue(`by.${field}`, ErrorCode.BAD_USER_INPUT, 'holds no letters or digits to search for')]);
        rows = await ctx.app.graph.read(field === 'name' ? CYPHER.searchCustomersByName : CYPHER.searchCustomersByAddress, { lucene, skip: page.offset, limit: page.limit + 1, reach: ctx.reach }, { actor: ctx.actor });
      } else {
        let key: string;
        try {
          key = identifierQueryKey(field as IdentifierType, value, { tokenHashKey: ctx.app.config.TOKEN_HASH_KEY, defaultPhoneRegion: ctx.app.config.DEFAULT_PHONE_REGION });
        } catch (error) {
          // Name the argument as the caller wrote it: by.email, by.phone.
          if (error instanceof ValidationError) throw new ValidationError(error.issues.map((i) => ({ ...i, field: `by.${field}` })));
          throw error;
        }
        const holders = await ctx.app.graph.read<{ customerId: string }>(CYPHER.findCustomersByIdentifier, { key, reach: ctx.reach }, { actor: ctx.actor });
        rows = holders.slice(page.offset, page.offset + page.limit + 1).map((h) => ({ customerId: h.customerId, score: 1 }));
      }
      const profiles = new Map((await profilesOf(rows.map((r) => r.customerId), ctx)).map((p) => [p.id, p]));
      const edges = rows.flatMap((r) => {
        const node = profiles.get(r.customerId);
        return node ? [{ node, score: r.score, matchedOn: field.toUpperCase() }] : [];
      });
      return connectionOf(edges, page);
    },
  },
  RecordIdentifier: {
    holders: async (identifier: RecordIdentifierView, _: unknown, ctx: RequestContext) => {
      requireOperationalPurpose(ctx);
      return profilesOf(await ctx.loaders.identifierHolders.load(identifierKey(identifier.type as IdentifierType, identifier.value)), ctx);
    },
  },
};
