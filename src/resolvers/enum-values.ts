import { IDENTIFIER_TYPES, SOURCE_SYSTEMS } from '../model';

/** GraphQL enum names (upper case) mapped to the internal values stored in the graph. */
function upperCaseEnum<T extends string>(values: readonly T[]): Record<string, T> {
  return Object.fromEntries(values.map((v) => [v.toUpperCase(), v]));
}

export const enumResolvers = {
  SourceSystem: upperCaseEnum(SOURCE_SYSTEMS),
  IdentifierType: upperCaseEnum(IDENTIFIER_TYPES),
};
