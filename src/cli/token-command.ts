import { AppConfig } from '../config';
import { ConfigError, ErrorCode, IdentityGraphError } from '../errors';
import { isRole, mintToken, ROLES } from '../auth';

export interface TokenOptions {
  role: string;
  sub: string;
  purposes?: string[];
  ttl: string;
}

/**
 * Mints a local HS256 bearer token with AUTH_HS256_SECRET (from .env, which `npm start` writes), for
 * development and the README's examples. Prints only the token, so `TOKEN=$(bin/idgraph token ...)` works.
 */
export async function tokenCommand(config: AppConfig, options: TokenOptions): Promise<string> {
  if (!config.AUTH_HS256_SECRET) throw new ConfigError(['AUTH_HS256_SECRET: not set; run `npm start` once (it writes one into .env) or set it']);
  if (!isRole(options.role)) throw new IdentityGraphError(ErrorCode.BAD_USER_INPUT, `--role: "${options.role}" is not a role (${ROLES.join(', ')})`);
  if (options.purposes && options.purposes.length > 0 && options.role !== 'app') {
    throw new IdentityGraphError(ErrorCode.BAD_USER_INPUT, '--purposes: only app tokens carry purposes');
  }
  return mintToken({
    secret: config.AUTH_HS256_SECRET, issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE,
    role: options.role, subject: options.sub, purposes: options.purposes ?? [], expiresIn: options.ttl,
  });
}
