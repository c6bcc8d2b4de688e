import { ApolloServerValidationErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { GraphQLFormattedError } from 'graphql';
import { ErrorCode, IdentityGraphError, ValidationError } from '../errors';

/**
 * Every error a client sees carries a code from the one enum. Unexpected errors are reduced to INTERNAL
 * without their message, which might hold data. Apollo's refusal of introspection (production) becomes
 * INTROSPECTION_DISABLED.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (formatted.extensions?.validationErrorCode === ApolloServerValidationErrorCode.INTROSPECTION_DISABLED) {
    return { message: 'query: introspection (__schema, __type) is disabled in production', locations: formatted.locations, extensions: { code: ErrorCode.INTROSPECTION_DISABLED } };
  }
  const original = unwrapResolverError(error);
  if (original instanceof ValidationError) {
    return { ...formatted, message: original.message, extensions: { code: original.code, issues: original.issues } };
  }
  if (original instanceof IdentityGraphError) {
    return { ...formatted, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  return { message: 'internal error', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL } };
}
