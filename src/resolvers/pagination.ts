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

/** `first`, checked against API_MAX_PAGE_SIZE; a bad value names the argument and its path. */
function pageSizeOf(args: PageArgs, ctx: RequestContext, info: GraphQLResolveInfo): number {
  const max = ctx.app.config.API_MAX_PAGE_SIZE;
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1) throw badArgument(info, 'first', `must be a whole number from 1 to ${max}`);
  if (first > max) throw badArgument(info, 'first', `${first} is over the maximum page size of ${max}`);
  return first;
}

/** Checks `first` against API_MAX_PAGE_SIZE and decodes `after`; a bad value names the argument and its path. */
export function pageOf(args: PageArgs, ctx: RequestContext, info: GraphQLResolveInfo): Page {
  const first = pageSizeOf(args, ctx, info);
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

/** A page of a list ordered by a unique key (e.g. customer id): stable while the list grows, and cheap at any depth. */
export interface KeysetPage {
  /** The key of the last row already seen; '' for the first page. */
  afterKey: string;
  limit: number;
}

const encodeKeyCursor = (key: string) => Buffer.from(`k:${key}`, 'utf8').toString('base64url');

/** Checks `first` against API_MAX_PAGE_SIZE and decodes an `after` from keysetConnectionOf. */
export function keysetPageOf(args: PageArgs, ctx: RequestContext, info: GraphQLResolveInfo): KeysetPage {
  const limit = pageSizeOf(args, ctx, info);
  if (args.after == null) return { afterKey: '', limit };
  const m = /^k:(.{1,200})$/su.exec(Buffer.from(args.after, 'base64url').toString('utf8'));
  if (!m) throw badArgument(info, 'after', 'is not a cursor this connection returned');
  return { afterKey: m[1]!, limit };
}

/** A connection from rows fetched with limit + 1 after page.afterKey (the extra row only says a next page exists). */
export function keysetConnectionOf<N>(rows: readonly N[], page: KeysetPage, keyOf: (node: N) => string): Connection<{ node: N }> {
  const edges = rows.slice(0, page.limit).map((node) => ({ node, cursor: encodeKeyCursor(keyOf(node)) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > page.limit, hasPreviousPage: page.afterKey !== '', startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
