import { SignJWT } from 'jose';
import { PURPOSES_CLAIM, ROLE_CLAIM } from './token-claims';
import { Role } from './roles';

export interface MintRequest {
  secret: string;
  issuer: string;
  audience: string;
  role: Role;
  subject: string;
  purposes?: readonly string[];
  /** Lifetime, e.g. '1h', '30d' (jose's time span format). */
  expiresIn?: string;
}

/** Signs an HS256 token for local development and tests (`idgraph token`). Production tokens come from the identity provider. */
export async function mintToken(request: MintRequest): Promise<string> {
  const claims: Record<string, unknown> = { [ROLE_CLAIM]: request.role };
  if (request.purposes && request.purposes.length > 0) claims[PURPOSES_CLAIM] = [...request.purposes];
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(request.subject)
    .setIssuer(request.issuer)
    .setAudience(request.audience)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? '1h')
    .sign(new TextEncoder().encode(request.secret));
}
