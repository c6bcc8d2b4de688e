import { NextFunction, Request, Response } from 'express';
import { Logger } from 'pino';
import { Principal, TokenVerifier } from '../auth';
import { ErrorCode, IdentityGraphError } from '../errors';

/** The verified caller, set on the request by `authenticate` before GraphQL sees it. */
export type AuthenticatedRequest = Request & { principal?: Principal };

export function sendGraphqlError(res: Response, status: number, code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
}

/**
 * Every GraphQL request needs a valid bearer token (deny by default): without one the answer is HTTP 401 with
 * code UNAUTHENTICATED, and no operation is parsed. When the key service cannot be reached the answer is HTTP 503
 * AUTH_UNAVAILABLE (the token may be fine) and the failure is logged. The token itself is never logged.
 */
export function authenticate(verify: TokenVerifier, log: Logger) {
  return async (req: AuthenticatedRequest, res: Response, next: NextFunction) => {
    try {
      req.principal = await verify(req.headers.authorization);
      next();
    } catch (error) {
      if (error instanceof IdentityGraphError && error.code === ErrorCode.UNAUTHENTICATED) {
        res.setHeader('WWW-Authenticate', 'Bearer');
        sendGraphqlError(res, 401, ErrorCode.UNAUTHENTICATED, error.message);
        return;
      }
      if (error instanceof IdentityGraphError && error.code === ErrorCode.AUTH_UNAVAILABLE) {
        log.warn({ code: error.code, keySetError: error.details.keySetError }, 'token key set (AUTH_JWKS_URL) unavailable: requests refused');
        sendGraphqlError(res, 503, ErrorCode.AUTH_UNAVAILABLE, error.message);
        return;
      }
      next(error);
    }
  };
}
