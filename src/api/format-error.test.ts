import { ApolloServerErrorCode, ApolloServerValidationErrorCode } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ErrorCode, IdentityGraphError } from '../errors';
import { APOLLO_CODES, formatError } from './format-error';

const OURS: string[] = Object.values(ErrorCode);
/** What Apollo hands formatError: the error as JSON (its `http` extension already taken off) and the error itself. */
const apolloError = (code: string, message = `an error with ${code}`): [GraphQLFormattedError, GraphQLError] => {
  const error = new GraphQLError(message, { extensions: { code } });
  return [error.toJSON(), error];
};

describe('formatError: every code a client sees is a member of ErrorCode', () => {
  it.each(Object.values(ApolloServerErrorCode))('Apollo\'s %s becomes a code of ours', (code) => {
    const formatted = formatError(...apolloError(code));
    expect(OURS).toContain(formatted.extensions?.code);
    expect(formatted.extensions?.code).toBe(APOLLO_CODES[code]);
  });

  it('keeps the message of the request errors and withholds the message of an internal one', () => {
    expect(formatError(...apolloError(ApolloServerErrorCode.GRAPHQL_PARSE_FAILED, 'Syntax Error: Expected Name, found <EOF>.'))).toEqual({ message: 'Syntax Error: Expected Name, found <EOF>.', extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(formatError(...apolloError(ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE, 'Unknown operation named "Nope".'))).toEqual({ message: 'Unknown operation named "Nope".', extensions: { code: 'BAD_REQUEST' } });
    expect(formatError(...apolloError(ApolloServerErrorCode.INTERNAL_SERVER_ERROR, 'customer jane@example.com broke it'))).toEqual({ message: 'internal error', extensions: { code: 'INTERNAL' } });
  });

  it('reduces a code that is neither ours nor Apollo\'s, and an error without a code, to INTERNAL', () => {
    expect(formatError(...apolloError('SOME_LIBRARY_CODE', 'holds data'))).toEqual({ message: 'internal error', extensions: { code: 'INTERNAL' } });
    const plain = new Error('holds data');
    expect(formatError({ message: 'holds data' }, plain)).toEqual({ message: 'internal error', extensions: { code: 'INTERNAL' } });
  });

  it('passes our own codes through, from GraphQLErrors and from IdentityGraphErrors', () => {
    expect(formatError(...apolloError(ErrorCode.QUERY_TOO_DEEP, 'query: nests 29 levels deep'))).toEqual({ message: 'query: nests 29 levels deep', extensions: { code: 'QUERY_TOO_DEEP' } });
    const resolverError = new GraphQLError('wrapped', { path: ['customer'], originalError: new IdentityGraphError(ErrorCode.NOT_FOUND, 'id: no customer "c_1"', { field: 'customer' }) });
    expect(formatError(resolverError.toJSON(), resolverError)).toEqual({ message: 'id: no customer "c_1"', path: ['customer'], extensions: { code: 'NOT_FOUND', field: 'customer' } });
  });

  it('turns Apollo\'s refusal of introspection into INTROSPECTION_DISABLED', () => {
    const error = new GraphQLError('GraphQL introspection is not allowed', { extensions: { code: ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED, validationErrorCode: ApolloServerValidationErrorCode.INTROSPECTION_DISABLED } });
    expect(formatError(error.toJSON(), error).extensions).toEqual({ code: 'INTROSPECTION_DISABLED' });
  });
});
