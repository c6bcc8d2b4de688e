import { getDirective, MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, GraphQLFieldConfig, GraphQLSchema } from 'graphql';
import { isRole, Role } from '../auth';
import { forbidden } from './authorize';
import { RequestContext } from './request-context';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

function rolesOf(schema: GraphQLSchema, field: GraphQLFieldConfig<unknown, unknown>): Role[] | null {
  const [auth] = getDirective(schema, field, 'auth') ?? [];
  if (auth === undefined) return null;
  return (auth.roles as string[]).map((r) => r.toLowerCase()).filter(isRole);
}

/**
 * Deny by default, for every field, whoever adds it: a Query or Mutation field admits only the roles its
 * `@auth(roles: ...)` names, and one without the directive admits no one. Fields of other types with the
 * directive are checked the same way (e.g. who may follow an identifier to its other holders). Ownership and
 * purpose checks (a customer's own data, an app's purposes) are in the resolvers, on top of this.
 */
export function applyAccessControl(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) => {
      const roles = rolesOf(schema, field);
      if (roles === null && !ROOT_TYPES.has(typeName)) return field;
      const resolve = field.resolve ?? defaultFieldResolver;
      const admitted = roles ?? [];
      return {
        ...field,
        resolve(source, args, ctx: RequestContext, info) {
          if (!admitted.includes(ctx.role)) {
            throw forbidden(
              admitted.length === 0
                ? `${typeName}.${fieldName}: no role may use this field yet`
                : `${typeName}.${fieldName}: role "${ctx.role}" may not use this field; it needs one of ${admitted.join(', ')}`,
              { field: fieldName },
            );
          }
          return resolve(source, args, ctx, info);
        },
      };
    },
  });
}
