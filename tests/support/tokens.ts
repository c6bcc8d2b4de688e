import { AppContext } from '../../src/app/app-context';
import { mintToken, Role } from '../../src/auth';

/** A bearer token signed with the test app's own secret, as `idgraph token` mints one. */
export function tokenFor(app: AppContext, role: Role, subject: string, purposes: string[] = [], expiresIn = '10m'): Promise<string> {
  return mintToken({ secret: app.config.AUTH_HS256_SECRET!, issuer: app.config.AUTH_ISSUER, audience: app.config.AUTH_AUDIENCE, role, subject, purposes, expiresIn });
}
