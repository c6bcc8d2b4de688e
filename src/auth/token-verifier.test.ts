import { SignJWT } from 'jose';
import { JwksFailure, JwksServer, signingKey, SigningKey, signWith, startJwksServer } from '../../tests/support/jwks-server';
import { loadConfig } from '../config';
import { ConfigError, ErrorCode, IdentityGraphError } from '../errors';
import { mintToken } from './mint-token';
import { createTokenVerifier, TokenVerifier } from './token-verifier';

const base = { NEO4J_URI: 'bolt://127.0.0.1:7688', NEO4J_PASSWORD: 'long-enough', REDIS_URL: 'redis://127.0.0.1:6380' };
const SECRET = 'a-local-hs256-secret-of-32-characters!';
const claims = { iss: 'identity-graph', aud: 'identity-graph-api', sub: 'pos-terminal', role: 'app', purposes: ['service_fulfilment'] };
const configOf = (env: Record<string, string>) => loadConfig({ ...base, ...env }, '/nonexistent');

async function refusal(verify: TokenVerifier, token: string): Promise<{ code: ErrorCode; message: string }> {
  try {
    await verify(`Bearer ${token}`);
  } catch (error) {
    if (error instanceof IdentityGraphError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('the token was accepted');
}

describe('token verifier: key set at AUTH_JWKS_URL (production)', () => {
  let idp: SigningKey;
  let jwks: JwksServer;
  let verify: TokenVerifier;

  beforeAll(async () => {
    idp = await signingKey('idp-2024', 'RS256');
    jwks = await startJwksServer([idp]);
    verify = createTokenVerifier(configOf({ NODE_ENV: 'production', AUTH_JWKS_URL: jwks.url, AUTH_HS256_SECRET: SECRET }));
  });
  afterAll(() => jwks.close());

  it('accepts a token signed by a published key with the right issuer, audience and role', async () => {
    await expect(verify(`Bearer ${await signWith(idp, claims)}`)).resolves.toEqual({ subject: 'pos-terminal', role: 'app', purposes: ['service_fulfilment'] });
    expect(jwks.fetches).toBe(1);
  });

  it('accepts ES256 as well as RS256', async () => {
    const ec = await signingKey('idp-ec');
    const server = await startJwksServer([ec]);
    try {
      const ecVerify = createTokenVerifier(configOf({ NODE_ENV: 'production', AUTH_JWKS_URL: server.url }));
      await expect(ecVerify(`Bearer ${await signWith(ec, { ...claims, role: 'steward', sub: 'alice' })}`)).resolves.toEqual({ subject: 'alice', role: 'steward', purposes: [] });
    } finally {
      await server.close();
    }
  });

  it('refuses a token signed by a key that is not published, whatever kid it names', async () => {
    const stranger = await signingKey('stranger', 'RS256');
    await expect(refusal(verify, await signWith(stranger, claims))).resolves.toEqual({ code: ErrorCode.UNAUTHENTICATED, message: 'authorization: the token does not verify' });
    const impostor = { ...(await signingKey('idp-2024', 'RS256')) };
    await expect(refusal(verify, await signWith(impostor, claims))).resolves.toEqual({ code: ErrorCode.UNAUTHENTICATED, message: 'authorization: the token does not verify' });
  });

  it('refuses an expired token, a wrong audience, a wrong issuer and a role it does not know', async () => {
    await expect(refusal(verify, await signWith(idp, { ...claims, expiresIn: '-1m' }))).resolves.toEqual({ code: ErrorCode.UNAUTHENTICATED, message: 'authorization: the token has expired' });
    await expect(refusal(verify, await signWith(idp, { ...claims, aud: 'some-other-api' }))).resolves.toEqual({ code: ErrorCode.UNAUTHENTICATED, message: "authorization: the token's aud claim is not accepted" });
    await expect(refusal(verify, await signWith(idp, { ...claims, iss: 'https://evil.example' }))).resolves.toEqual({ code: ErrorCode.UNAUTHENTICATED, message: "authorization: the token's iss claim is not accepted" });
    await expect(refusal(verify, await signWith(idp, { ...claims, role: 'root' }))).resolves.toMatchObject({ code: ErrorCode.UNAUTHENTICATED, message: expect.stringMatching(/^authorization: the token's claims are invalid \(role: /) });
  });

  it('refuses HS256 in production, even signed with the configured secret', async () => {
    const hs = await mintToken({ secret: SECRET, issuer: claims.iss, audience: claims.aud, role: 'admin', subject: 'ops' });
    await expect(refusal(verify, hs)).resolves.toEqual({ code: ErrorCode.UNAUTHENTICATED, message: 'authorization: HS256 tokens are not accepted here' });
  });

  it('refuses an unsigned token (alg none)', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ ...claims, exp: Math.floor(Date.now() / 1000) + 600 })).toString('base64url');
    await expect(refusal(verify, `${header}.${payload}.`)).resolves.toMatchObject({ code: ErrorCode.UNAUTHENTICATED });
  });

  describe('key rotation', () => {
    afterEach(() => jest.useRealTimers());

    it('picks up a key the provider adds under a new kid (one key set fetch per 30 s at most)', async () => {
      const rotated = await signingKey('idp-2025', 'RS256');
      const server = await startJwksServer([idp]);
      try {
        const rotating = createTokenVerifier(configOf({ NODE_ENV: 'production', AUTH_JWKS_URL: server.url }));
        await expect(rotating(`Bearer ${await signWith(idp, claims)}`)).resolves.toMatchObject({ role: 'app' });
        server.publish([idp, rotated]);
        // Only the clock moves (jose's cooldown against refetching for every unknown kid); timers stay real.
        jest.useFakeTimers({ now: Date.now() + 31_000, doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'] });
        await expect(rotating(`Bearer ${await signWith(rotated, { ...claims, sub: 'rotated' })}`)).resolves.toMatchObject({ subject: 'rotated' });
        await expect(rotating(`Bearer ${await signWith(idp, claims)}`)).resolves.toMatchObject({ subject: 'pos-terminal' });
        expect(server.fetches).toBe(2);
        server.publish([rotated]);
        jest.setSystemTime(Date.now() + 11 * 60_000);
        // The key set is refetched once it is older than 10 minutes: the retired key stops verifying.
        await expect(refusal(rotating, await signWith(idp, claims))).resolves.toMatchObject({ code: ErrorCode.UNAUTHENTICATED });
      } finally {
        await server.close();
      }
    });
  });
});

describe('token verifier: key set at AUTH_JWKS_URL unavailable', () => {
  const UNAVAILABLE = 'authorization: the key service that verifies tokens is unavailable; try again later';
  let idp: SigningKey;
  let token: string;

  /** The error the verifier throws for a token (it must throw). */
  async function failure(verify: TokenVerifier, bearer: string): Promise<IdentityGraphError> {
    const error = await verify(`Bearer ${bearer}`).then(() => new Error('the token was accepted'), (e: unknown) => e);
    if (!(error instanceof IdentityGraphError)) throw error;
    return error;
  }

  beforeAll(async () => {
    idp = await signingKey('idp-2024', 'RS256');
    token = await signWith(idp, claims);
  });

  it('nothing listening at the URL (connection refused): AUTH_UNAVAILABLE, the cause for the log and not the token', async () => {
    const gone = await startJwksServer([idp]);
    await gone.close();
    const verify = createTokenVerifier(configOf({ NODE_ENV: 'production', AUTH_JWKS_URL: gone.url }));
    const error = await failure(verify, token);
    expect([error.code, error.message]).toEqual([ErrorCode.AUTH_UNAVAILABLE, UNAVAILABLE]);
    expect(error.details).toEqual({ keySetError: expect.stringMatching(/^ECONNREFUSED: /) });
    expect(JSON.stringify(error.details)).not.toContain(token.split('.')[2]);
  });

  it.each<[JwksFailure, RegExp]>([
    ['not-json', /^ERR_JOSE_GENERIC: Failed to parse the JSON Web Key Set HTTP response as JSON$/],
    ['not-a-key-set', /^ERR_JWKS_INVALID: /],
    ['http-500', /^ERR_JOSE_GENERIC: Expected 200 OK/],
    ['hang', /^ERR_JWKS_TIMEOUT: /],
  ])('a key set answering %s: AUTH_UNAVAILABLE; once it answers again the same verifier accepts the token', async (how, cause) => {
    const server = await startJwksServer([idp]);
    try {
      server.fail(how);
      // A short fetch timeout so that `hang` ends in jose's JWKSTimeout without waiting 5 s; nothing measures it.
      const verify = createTokenVerifier(configOf({ NODE_ENV: 'production', AUTH_JWKS_URL: server.url }), { jwksTimeoutMs: 300 });
      const error = await failure(verify, token);
      expect([error.code, error.message, error.details.keySetError]).toEqual([ErrorCode.AUTH_UNAVAILABLE, UNAVAILABLE, expect.stringMatching(cause)]);
      server.fail(null);
      await expect(verify(`Bearer ${token}`)).resolves.toMatchObject({ subject: 'pos-terminal' });
    } finally {
      await server.close();
    }
  });

  it('a token refused before any key is needed stays UNAUTHENTICATED while the key set is down', async () => {
    const gone = await startJwksServer([idp]);
    await gone.close();
    const verify = createTokenVerifier(configOf({ NODE_ENV: 'production', AUTH_JWKS_URL: gone.url, AUTH_HS256_SECRET: SECRET }));
    const hs = await mintToken({ secret: SECRET, issuer: claims.iss, audience: claims.aud, role: 'admin', subject: 'ops' });
    await expect(refusal(verify, hs)).resolves.toEqual({ code: ErrorCode.UNAUTHENTICATED, message: 'authorization: HS256 tokens are not accepted here' });
    await expect(refusal(verify, 'not-a-jwt')).resolves.toMatchObject({ code: ErrorCode.UNAUTHENTICATED });
    await expect(refusal(verify, `${token.slice(0, 20)}.garbage.x`)).resolves.toMatchObject({ code: ErrorCode.UNAUTHENTICATED });
  });

  it('a key set that is up but has no key for the token is UNAUTHENTICATED, not AUTH_UNAVAILABLE', async () => {
    const server = await startJwksServer([idp]);
    try {
      const verify = createTokenVerifier(configOf({ NODE_ENV: 'production', AUTH_JWKS_URL: server.url }));
      const stranger = await signingKey('unknown-kid', 'RS256');
      await expect(refusal(verify, await signWith(stranger, claims))).resolves.toEqual({ code: ErrorCode.UNAUTHENTICATED, message: 'authorization: the token does not verify' });
    } finally {
      await server.close();
    }
  });
});

describe('token verifier: key sources at start', () => {
  it('refuses to start in production without AUTH_JWKS_URL, even with an HS256 secret', () => {
    const start = () => createTokenVerifier(configOf({ NODE_ENV: 'production', AUTH_HS256_SECRET: SECRET }));
    expect(start).toThrow(ConfigError);
    expect(start).toThrow(/AUTH_JWKS_URL: required in production/);
  });

  it('refuses to start with no key source at all', () => {
    expect(() => createTokenVerifier(configOf({ NODE_ENV: 'development' }))).toThrow(/AUTH_HS256_SECRET or AUTH_JWKS_URL/);
  });

  it('outside production, verifies HS256 against the secret and refuses asymmetric tokens when no key set is configured', async () => {
    const verify = createTokenVerifier(configOf({ NODE_ENV: 'test', AUTH_HS256_SECRET: SECRET }));
    const hs = await new SignJWT({ role: 'analyst' }).setProtectedHeader({ alg: 'HS256' }).setIssuer(claims.iss).setAudience(claims.aud).setSubject('ana').setExpirationTime('5m').sign(new TextEncoder().encode(SECRET));
    await expect(verify(`Bearer ${hs}`)).resolves.toEqual({ subject: 'ana', role: 'analyst', purposes: [] });
    const rs = await signWith(await signingKey('k'), claims);
    await expect(refusal(verify, rs)).resolves.toEqual({ code: ErrorCode.UNAUTHENTICATED, message: 'authorization: tokens signed with ES256 are not accepted here' });
  });
});
