import { ApolloServerErrorCode, ApolloServerValidationErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { GraphQLFormattedError } from 'graphql';
import { ErrorCode, IdentityGraphError, ValidationError } from '../errors';

/**
 * What each of Apollo's own codes becomes. The parse, validation and bad-request codes are in our enum under
 * Apollo's names (clients already match on them); the rest become one of ours. The HTTP status is Apollo's either
 * way: it has left the error's extensions before formatError sees it.
 */
export const APOLLO_CODES: Readonly<Record<ApolloServerErrorCode, ErrorCode>> = {
  [ApolloServerErrorCode.GRAPHQL_PARSE_FAILED]: ErrorCode.GRAPHQL_PARSE_FAILED,
  [ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED]: ErrorCode.GRAPHQL_VALIDATION_FAILED,
  [ApolloServerErrorCode.BAD_REQUEST]: ErrorCode.BAD_REQUEST,
  // Variable values that do not fit their types (Apollo's coercion): the same code as every other bad argument.
  [ApolloServerErrorCode.BAD_USER_INPUT]: ErrorCode.BAD_USER_INPUT,
  // An operationName the document does not hold, or none for a document of several operations.
  [ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE]: ErrorCode.BAD_REQUEST,
  // Persisted queries are off (create-api-server.ts): a request that names one is a request this API does not take.
  [ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED]: ErrorCode.BAD_REQUEST,
  [ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND]: ErrorCode.BAD_REQUEST,
  [ApolloServerErrorCode.INTERNAL_SERVER_ERROR]: ErrorCode.INTERNAL,
};

const OUR_CODES: ReadonlySet<string> = new Set(Object.values(ErrorCode));

const internal = (formatted: GraphQLFormattedError): GraphQLFormattedError => ({ message: 'internal error', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL } });

/** The enum member an error's code stands for; undefined for a code that is neither ours nor Apollo's. */
function ourCode(code: unknown): ErrorCode | undefined {
  if (typeof code !== 'string') return undefined;
  if (Object.hasOwn(APOLLO_CODES, code)) return APOLLO_CODES[code as ApolloServerErrorCode];
  return OUR_CODES.has(code) ? (code as ErrorCode) : undefined;
}

/**
 * Every error a client sees carries a code from the one enum. Unexpected errors, and errors with a code that is
 * not ours, are reduced to INTERNAL without their message, which might hold data. Apollo's refusal of
 * introspection (production) becomes INTROSPECTION_DISABLED.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  try {
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
    const code = ourCode(formatted.extensions?.code);
    if (code === undefined || code === ErrorCode.INTERNAL) return internal(formatted);
    return code === formatted.extensions?.code ? formatted : { ...formatted, extensions: { ...formatted.extensions, code } };
  } catch {
    // Apollo answers a throwing formatError with its own INTERNAL_SERVER_ERROR: not a code of ours.
    return internal(formatted);
  }
}
