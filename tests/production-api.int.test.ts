import { getIntrospectionQuery } from 'graphql';
import pino from 'pino';
import { ApiServer, startApiServer } from '../src/api/create-api-server';
import { graphql, GraphqlResponse } from './support/graphql-client';
import { JwksServer, signingKey, SigningKey, signWith, startJwksServer } from './support/jwks-server';
import { createTestApp, TestApp } from './support/test-app';
import { tokenFor } from './support/tokens';

/**
 * The API as production runs it (NODE_ENV=production): tokens only from the key set at AUTH_JWKS_URL (a real
 * local JWKS server), no introspection, no schema names in error messages. Beside it, the same app with
 * NODE_ENV=test shows what production hides.
 */
describe('API in production mode (real HTTP, JWKS tokens)', () => {
  let idp: SigningKey;
  let jwks: JwksServer;
  let t: TestApp;
  let production: ApiServer;
  let testMode: ApiServer;
  let idpToken: string;
  let hsToken: string;
  const codeOf = (r: GraphqlResponse<unknown>) => r.errors?.[0]?.extensions?.code;
  const claims = () => ({ iss: t.app.config.AUTH_ISSUER, aud: t.app.config.AUTH_AUDIENCE, sub: 'pos-terminal', role: 'app', purposes: ['service_fulfilment'] });

  beforeAll(async () => {
    idp = await signingKey('idp-1', 'RS256');
    jwks = await startJwksServer([idp]);
    t = await createTestApp({ API_PORT: '0', NODE_ENV: 'production', AUTH_JWKS_URL: jwks.url });
    production = await startApiServer(t.app);
    testMode = await startApiServer({ ...t.app, config: { ...t.app.config, NODE_ENV: 'test' } });
    idpToken = await signWith(idp, claims());
    hsToken = await tokenFor(t.app, 'steward', 'stella');
  });
  afterAll(async () => {
    await production?.stop();
    await testMode?.stop();
    await t?.close();
    await jwks?.close();
  });

  describe('tokens', () => {
    it('accepts a token signed by the identity provider key and reports who it names', async () => {
      const result = await graphql<{ viewer: unknown }>(production.url, '{ viewer { role subject purposes } }', {}, idpToken);
      expect([result.status, result.errors, result.data]).toEqual([200, undefined, { viewer: { role: 'APP', subject: 'pos-terminal', purposes: ['service_fulfilment'] } }]);
    });

    it('refuses with HTTP 401 UNAUTHENTICATED: HS256, another key, expired, wrong audience', async () => {
      const stranger = await signingKey('idp-1', 'RS256');
      const cases: Array<[string, string, string]> = [
        ['hs256', hsToken, 'authorization: HS256 tokens are not accepted here'],
        ['other key', await signWith(stranger, claims()), 'authorization: the token does not verify'],
        ['expired', await signWith(idp, { ...claims(), expiresIn: '-1m' }), 'authorization: the token has expired'],
        ['audience', await signWith(idp, { ...claims(), aud: 'another-api' }), "authorization: the token's aud claim is not accepted"],
      ];
      for (const [name, token, message] of cases) {
        const result = await graphql(production.url, '{ viewer { role } }', {}, token);
        expect([name, result.status, codeOf(result), result.errors?.[0]?.message]).toEqual([name, 401, 'UNAUTHENTICATED', message]);
      }
    });
  });

  describe('key service (AUTH_JWKS_URL) unavailable', () => {
    it('answers HTTP 503 AUTH_UNAVAILABLE, not 401, and logs why without the token; a token refused on its own is still 401', async () => {
      const gone = await startJwksServer([idp]);
      await gone.close();
      const lines: string[] = [];
      const log = pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) });
      const down = await startApiServer({ ...t.app, log, config: { ...t.app.config, AUTH_JWKS_URL: gone.url } });
      try {
        const result = await graphql(down.url, '{ viewer { role } }', {}, idpToken);
        expect([result.status, codeOf(result), result.errors?.[0]?.message]).toEqual([503, 'AUTH_UNAVAILABLE', 'authorization: the key service that verifies tokens is unavailable; try again later']);
        const hs = await graphql(down.url, '{ viewer { role } }', {}, hsToken);
        expect([hs.status, codeOf(hs)]).toEqual([401, 'UNAUTHENTICATED']);
        const none = await graphql(down.url, '{ viewer { role } }');
        expect([none.status, codeOf(none)]).toEqual([401, 'UNAUTHENTICATED']);

        expect(lines).toEqual([expect.stringMatching(/"keySetError":"ECONNREFUSED: .*"msg":"token key set \(AUTH_JWKS_URL\) unavailable: requests refused"/)]);
        for (const part of idpToken.split('.')) expect(lines.join('\n')).not.toContain(part);
      } finally {
        await down.stop();
      }
    });
  });

  describe('introspection', () => {
    it.each(['{ __schema { types { name } } }', '{ __type(name: "Customer") { fields { name } } }'])('is refused in production with INTROSPECTION_DISABLED (HTTP 400): %s', async (query) => {
      const result = await graphql(production.url, query, {}, idpToken);
      expect(result.status).toBe(400);
      expect(result.data).toBeUndefined();
      expect(result.errors).toEqual([expect.objectContaining({ message: 'query: introspection (__schema, __type) is disabled in production', extensions: { code: 'INTROSPECTION_DISABLED' } })]);
    });

    it('answers in test mode, GraphiQL\'s full introspection query included', async () => {
      const small = await graphql<{ __schema: { types: { name: string }[] } }>(testMode.url, '{ __schema { types { name } } }', {}, hsToken);
      expect(small.status).toBe(200);
      expect(small.data?.__schema.types.map((type) => type.name)).toEqual(expect.arrayContaining(['Query', 'Customer']));
      const full = await graphql(testMode.url, getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }), {}, hsToken);
      expect([full.status, full.errors]).toEqual([200, undefined]);
    });

    it('still counts data fields against API_MAX_DEPTH beside introspection', async () => {
      const deep = '{ __schema { queryType { name } } searchCustomers(by: {}, first: 1) { edges { node { records { identifiers { holders { records { identifiers { holders { records { identifiers { type } } } } } } } } } } } }';
      const result = await graphql(testMode.url, deep, {}, hsToken);
      expect([result.status, codeOf(result)]).toEqual([400, 'QUERY_TOO_DEEP']);
    });
  });

  describe('no landing page from Apollo', () => {
    it('GET /graphql asking for HTML gets a JSON error, no page and nothing from another origin (production, test, development)', async () => {
      const development = await startApiServer({ ...t.app, config: { ...t.app.config, NODE_ENV: 'development' } });
      try {
        const servers: Array<[string, ApiServer, string]> = [['production', production, idpToken], ['test', testMode, hsToken], ['development', development, hsToken]];
        for (const [mode, server, token] of servers) {
          const html = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
          // Without a token: refused before Apollo. With one (a browser does not send it, but a client could): still no page.
          const answers = [
            ['no token', await fetch(server.url, { headers: html })],
            ['token', await fetch(server.url, { headers: { ...html, authorization: `Bearer ${token}` } })],
            ['token, preflight header', await fetch(server.url, { headers: { ...html, authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' } })],
          ] as const;
          const seen = [];
          for (const [name, response] of answers) {
            const body = await response.text();
            expect([mode, name, body]).toEqual([mode, name, expect.not.stringMatching(/https?:\/\/|<script|<html/i)]);
            seen.push([name, response.status, response.headers.get('content-type')?.split(';')[0], (JSON.parse(body) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code]);
          }
          expect([mode, seen]).toEqual([mode, [
            ['no token', 401, 'application/json', 'UNAUTHENTICATED'],
            ['token', 400, 'application/json', 'BAD_REQUEST'],
            ['token, preflight header', 400, 'application/json', 'BAD_REQUEST'],
          ]]);
        }
      } finally {
        await development.stop();
      }
    });
  });

  describe('schema details in error messages', () => {
    const cases: Array<[string, string, Record<string, unknown>, string]> = [
      ['misspelt field', '{ viewr { role } }', {}, 'GRAPHQL_VALIDATION_FAILED'],
      ['misspelt enum literal', '{ customerByIdentifier(type: EMAL, value: "a@b.example") { __typename } }', {}, 'GRAPHQL_VALIDATION_FAILED'],
      // A bad variable value was an INTERNAL error (HTTP 500): the complexity estimate threw graphql-js's error.
      ['misspelt enum in a variable', 'query ($t: IdentifierType!) { customerByIdentifier(type: $t, value: "a@b.example") { __typename } }', { t: 'EMAL' }, 'BAD_USER_INPUT'],
    ];

    it.each(cases)('production suggests no names (%s); test mode does', async (_name, query, variables, code) => {
      const hidden = await graphql(production.url, query, variables, idpToken);
      expect([hidden.status, codeOf(hidden)]).toEqual([400, code]);
      expect(hidden.errors?.length).toBeGreaterThan(0);
      for (const error of hidden.errors ?? []) {
        expect(error.message).not.toMatch(/Did you mean|viewer|"EMAIL"/);
        expect(error.extensions).not.toHaveProperty('stacktrace');
      }
      const shown = await graphql(testMode.url, query, variables, hsToken);
      expect([shown.status, codeOf(shown)]).toEqual([400, code]);
      expect(shown.errors?.[0]?.message).toMatch(/Did you mean .*"(viewer|EMAIL)"\?/);
    });
  });
});
