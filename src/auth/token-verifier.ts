import { createRemoteJWKSet, decodeProtectedHeader, errors, JWTPayload, jwtVerify } from 'jose';
import { AppConfig } from '../config';
import { ConfigError, ErrorCode, IdentityGraphError } from '../errors';
import { Principal } from './principal';
import { PURPOSES_CLAIM, ROLE_CLAIM, tokenClaimsSchema } from './token-claims';

export type TokenVerifier = (authorization: string | undefined) => Promise<Principal>;

const unauthenticated = (message: string) => new IdentityGraphError(ErrorCode.UNAUTHENTICATED, message, { field: 'authorization' });

/**
 * Verifies `Authorization: Bearer <jwt>`: HS256 tokens against AUTH_HS256_SECRET (local development, tests,
 * `idgraph token`), every other algorithm against the key set at AUTH_JWKS_URL (production). Issuer, audience,
 * expiry and the role claim are required. The API refuses to start with neither key source, and in production
 * without a key set.
 */
export function createTokenVerifier(config: AppConfig): TokenVerifier {
  const problems: string[] = [];
  if (!config.AUTH_HS256_SECRET && !config.AUTH_JWKS_URL) problems.push('AUTH_HS256_SECRET or AUTH_JWKS_URL: the API needs a key to verify bearer tokens');
  if (config.NODE_ENV === 'production' && !config.AUTH_JWKS_URL) problems.push('AUTH_JWKS_URL: required in production (HS256 secrets are for local development)');
  if (problems.length > 0) throw new ConfigError(problems);

  const secret = config.AUTH_HS256_SECRET && config.NODE_ENV !== 'production' ? new TextEncoder().encode(config.AUTH_HS256_SECRET) : null;
  const jwks = config.AUTH_JWKS_URL ? createRemoteJWKSet(new URL(config.AUTH_JWKS_URL)) : null;
  const options = { issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE, requiredClaims: ['exp', 'sub'] };

  return async (authorization) => {
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/.exec(authorization ?? '');
    if (!match) throw unauthenticated('authorization: send a bearer token (Authorization: Bearer <jwt>)');
    const token = match[1]!;
    let payload: JWTPayload;
    try {
      const { alg } = decodeProtectedHeader(token);
      if (alg === 'HS256') {
        if (secret === null) throw unauthenticated('authorization: HS256 tokens are not accepted here');
        payload = (await jwtVerify(token, secret, { ...options, algorithms: ['HS256'] })).payload;
      } else {
        if (jwks === null) throw unauthenticated(`authorization: tokens signed with ${String(alg)} are not accepted here`);
        payload = (await jwtVerify(token, jwks, { ...options, algorithms: ['RS256', 'ES256', 'PS256', 'EdDSA'] })).payload;
      }
    } catch (error) {
      if (error instanceof IdentityGraphError) throw error;
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
