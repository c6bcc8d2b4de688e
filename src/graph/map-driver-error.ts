import { Neo4jError } from 'neo4j-driver';
import { ErrorCode, IdentityGraphError } from '../errors';

/**
 * The one place that translates Neo4j driver errors, by their `code`, never by message text.
 * `retryable` tells queue jobs to back off and try again rather than dead-letter the work.
 */
export class GraphError extends IdentityGraphError {
  constructor(code: ErrorCode, message: string, readonly retryable: boolean, cause: unknown) {
    super(code, message, {}, { cause });
  }
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.AuthorizationExpired']);

export function mapDriverError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (UNAVAILABLE_CODES.has(error.code)) {
    return new GraphError(ErrorCode.DATABASE_UNAVAILABLE, 'Neo4j is unavailable; the work will be retried', true, error);
  }
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new GraphError(ErrorCode.IDENTITY_CONFLICT, 'a write would break a uniqueness rule of the identity graph', false, error);
  }
  if (error.code.startsWith('Neo.TransientError.') || error.retryable) {
    return new GraphError(ErrorCode.DATABASE_UNAVAILABLE, `Neo4j transient failure (${error.code})`, true, error);
  }
  return new GraphError(ErrorCode.INTERNAL, `Neo4j rejected a statement (${error.code})`, false, error);
}
