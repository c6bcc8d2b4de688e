import { GraphQLResolveInfo } from 'graphql';
import { badArgument } from './bad-argument';
import { RequestContext } from './request-context';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page {
  offset: number;
  limit: number;
}

export interface Connection<E> {
  edges: (E & { cursor: string })[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export const DEFAULT_PAGE_SIZE = 20;

const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`, 'utf8').toString('base64url');

/** Checks `first` against API_MAX_PAGE_SIZE and decodes `after`; a bad value names the argument and its path. */
export function pageOf(args: PageArgs, ctx: RequestContext, info: GraphQLResolveInfo): Page {
  const max = ctx.app.config.API_MAX_PAGE_SIZE;
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1) throw badArgument(info, 'first', `must be a whole number from 1 to ${max}`);
  if (first > max) throw badArgument(info, 'first', `${first} is over the maximum page size of ${max}`);
  let offset = 0;
  if (args.after != null) {
    const m = /^o:(\d{1,9})$/.exec(Buffer.from(args.after, 'base64url').toString('utf8'));
    if (!m) throw badArgument(info, 'after', 'is not a cursor this connection returned');
    offset = Number(m[1]) + 1;
  }
  return { offset, limit: first };
}

/**
 * A connection from one page of edges ({node, ...edge fields}) fetched with limit + 1: the extra row only says
 * there is a next page.
 */
export function connectionOf<E extends { node: unknown }>(rows: readonly E[], page: Page): Connection<E> {
  const edges = rows.slice(0, page.limit).map((edge, i) => ({ ...edge, cursor: encodeCursor(page.offset + i) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > page.limit, hasPreviousPage: page.offset > 0, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
