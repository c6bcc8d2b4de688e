import { createRemoteJWKSet, decodeProtectedHeader, errors, JWTPayload, jwtVerify, JWTVerifyGetKey } from 'jose';
import { AppConfig } from '../config';
import { ConfigError, ErrorCode, IdentityGraphError } from '../errors';
import { Principal } from './principal';
import { PURPOSES_CLAIM, ROLE_CLAIM, tokenClaimsSchema } from './token-claims';

export type TokenVerifier = (authorization: string | undefined) => Promise<Principal>;

const unauthenticated = (message: string) => new IdentityGraphError(ErrorCode.UNAUTHENTICATED, message, { field: 'authorization' });

/** How a failure of the key set reads in a log line: the error's kind and message (never the token). */
const describe = (error: unknown): string => {
  // Not `instanceof Error`: Node's system errors may come from another realm (as under Jest).
  if (typeof error !== 'object' || error === null) return String(error);
  const { code, name, message } = error as { code?: unknown; name?: unknown; message?: unknown };
  return `${typeof code === 'string' ? code : String(name)}: ${String(message)}`;
};

/** Thrown by the key lookup below when the key set itself failed, as opposed to the token naming no key in it. */
class KeySetUnavailable extends Error {}

/**
 * jose's key lookup for a remote key set, with its failures sorted: a token whose kid/alg finds no key (or
 * several) is the token's problem; anything else (connection refused, JWKSTimeout, a status other than 200, a body
 * that is not JSON or not a key set, a published key that does not import) means the key set cannot be used.
 */
function sortingKeySetFailures(jwks: JWTVerifyGetKey): JWTVerifyGetKey {
  return async (header, token) => {
    try {
      return await jwks(header, token);
    } catch (error) {
      if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys || error instanceof errors.JOSENotSupported) throw error;
      throw new KeySetUnavailable(describe(error), { cause: error });
    }
  };
}

export interface TokenVerifierOptions {
  /** How long a fetch of the key set may take (jose's default, 5 s). */
  jwksTimeoutMs?: number;
}

/**
 * Verifies `Authorization: Bearer <jwt>`: HS256 tokens against AUTH_HS256_SECRET (local development, tests,
 * `idgraph token`), every other algorithm against the key set at AUTH_JWKS_URL (production). Issuer, audience,
 * expiry and the role claim are required. The API refuses to start with neither key source, and in production
 * without a key set. A key set that cannot be fetched is AUTH_UNAVAILABLE (the caller's token may be fine), with
 * `keySetError` in the details for the log; an invalid token is UNAUTHENTICATED.
 */
export function createTokenVerifier(config: AppConfig, options: TokenVerifierOptions = {}): TokenVerifier {
  const problems: string[] = [];
  if (!config.AUTH_HS256_SECRET && !config.AUTH_JWKS_URL) problems.push('AUTH_HS256_SECRET or AUTH_JWKS_URL: the API needs a key to verify bearer tokens');
  if (config.NODE_ENV === 'production' && !config.AUTH_JWKS_URL) problems.push('AUTH_JWKS_URL: required in production (HS256 secrets are for local development)');
  if (problems.length > 0) throw new ConfigError(problems);

  const secret = config.AUTH_HS256_SECRET && config.NODE_ENV !== 'production' ? new TextEncoder().encode(config.AUTH_HS256_SECRET) : null;
  const jwks = config.AUTH_JWKS_URL ? sortingKeySetFailures(createRemoteJWKSet(new URL(config.AUTH_JWKS_URL), { timeoutDuration: options.jwksTimeoutMs ?? 5000 })) : null;
  const checks = { issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE, requiredClaims: ['exp', 'sub'] };

  return async (authorization) => {
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/.exec(authorization ?? '');
    if (!match) throw unauthenticated('authorization: send a bearer token (Authorization: Bearer <jwt>)');
    const token = match[1]!;
    let payload: JWTPayload;
    try {
      const { alg } = decodeProtectedHeader(token);
      if (alg === 'HS256') {
        if (secret === null) throw unauthenticated('authorization: HS256 tokens are not accepted here');
        payload = (await jwtVerify(token, secret, { ...checks, algorithms: ['HS256'] })).payload;
      } else {
        if (jwks === null) throw unauthenticated(`authorization: tokens signed with ${String(alg)} are not accepted here`);
        payload = (await jwtVerify(token, jwks, { ...checks, algorithms: ['RS256', 'ES256', 'PS256', 'EdDSA'] })).payload;
      }
    } catch (error) {
      if (error instanceof IdentityGraphError) throw error;
      if (error instanceof KeySetUnavailable) {
        throw new IdentityGraphError(ErrorCode.AUTH_UNAVAILABLE, 'authorization: the key service that verifies tokens is unavailable; try again later', { keySetError: error.message }, { cause: error.cause });
      }
      if (error instanceof errors.JWTExpired) throw unauthenticated('authorization: the token has expired');
      if (error instanceof errors.JWTClaimValidationFailed) throw unauthenticated(`authorization: the token's ${error.claim} claim is not accepted`);
      throw unauthenticated('authorization: the token does not verify');
    }
    const claims = tokenClaimsSchema.safeParse(payload);
    if (!claims.success) {
      throw unauthenticated(`authorization: the token's claims are invalid (${claims.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')})`);
    }
    const role = claims.data[ROLE_CLAIM];
    return { subject: claims.data.sub, role, purposes: role === 'app' ? (claims.data[PURPOSES_CLAIM] ?? []) : [] };
  };
}
