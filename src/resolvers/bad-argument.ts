import { GraphQLResolveInfo, responsePathAsArray } from 'graphql';
import { ErrorCode, IdentityGraphError } from '../errors';

/** BAD_USER_INPUT naming the argument and its path in the response (e.g. ["customer", "id"]). */
export function badArgument(info: GraphQLResolveInfo, argument: string, message: string): IdentityGraphError {
  return new IdentityGraphError(ErrorCode.BAD_USER_INPUT, `${argument}: ${message}`, { field: argument, argumentPath: [...responsePathAsArray(info.path), argument] });
}
