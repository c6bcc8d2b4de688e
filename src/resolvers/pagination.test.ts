import { GraphQLResolveInfo } from 'graphql';
import { connectionOf, keysetConnectionOf, keysetPageOf, pageOf } from './pagination';
import { RequestContext } from './request-context';

const ctx = { app: { config: { API_MAX_PAGE_SIZE: 100 } } } as unknown as RequestContext;
const info = { path: { prev: undefined, key: 'members', typename: 'Segment' } } as unknown as GraphQLResolveInfo;
const codeAndPath = (run: () => unknown) => {
  try {
    run();
    return null;
  } catch (error) {
    const e = error as { code: string; details: { argumentPath: unknown[] } };
    return [e.code, e.details.argumentPath];
  }
};

describe('keyset pagination', () => {
  const rows = ['cus_a', 'cus_b', 'cus_c'].map((customerId) => ({ customerId }));

  it('pages by key: the end cursor of one page is where the next starts, and a page after the first says so', () => {
    const first = keysetPageOf({ first: 2 }, ctx, info);
    expect(first).toEqual({ afterKey: '', limit: 2 });
    const page = keysetConnectionOf(rows, first, (r) => r.customerId);
    expect(page.edges.map((e) => e.node.customerId)).toEqual(['cus_a', 'cus_b']);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const next = keysetPageOf({ first: 2, after: page.pageInfo.endCursor }, ctx, info);
    expect(next).toEqual({ afterKey: 'cus_b', limit: 2 });
    expect(keysetConnectionOf(rows.slice(2), next, (r) => r.customerId).pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('refuses an oversized page, a page under one, and a cursor it did not make (an offset cursor included) with the argument path', () => {
    expect(codeAndPath(() => keysetPageOf({ first: 101 }, ctx, info))).toEqual(['BAD_USER_INPUT', ['members', 'first']]);
    expect(codeAndPath(() => keysetPageOf({ first: 0 }, ctx, info))).toEqual(['BAD_USER_INPUT', ['members', 'first']]);
    expect(codeAndPath(() => keysetPageOf({ after: 'not-a-cursor' }, ctx, info))).toEqual(['BAD_USER_INPUT', ['members', 'after']]);
    const offsetCursor = connectionOf([{ node: 1 }], pageOf({ first: 1 }, ctx, info)).pageInfo.endCursor!;
    expect(codeAndPath(() => keysetPageOf({ after: offsetCursor }, ctx, info))).toEqual(['BAD_USER_INPUT', ['members', 'after']]);
    const keyCursor = keysetConnectionOf(rows, { afterKey: '', limit: 1 }, (r) => r.customerId).pageInfo.endCursor!;
    expect(codeAndPath(() => pageOf({ after: keyCursor }, ctx, info))).toEqual(['BAD_USER_INPUT', ['members', 'after']]);
  });
});
