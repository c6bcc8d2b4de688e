import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema as buildFromSdl, findBreakingChanges, findDangerousChanges, GraphQLSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, isSpecifiedScalarType, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from './build-schema';

const SNAPSHOT = join(__dirname, 'schema.snapshot.graphql');

/** Every named type, field, argument and input field of our own, without a description. */
function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
    const isRoot = ['Query', 'Mutation', 'Subscription'].includes(type.name);
    if (!type.description?.trim() && !isRoot) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
    }
    if (isEnumType(type) && !type.description?.trim()) missing.push(type.name);
  }
  return missing;
}

describe('the GraphQL schema as a contract', () => {
  const current = lexicographicSortSchema(buildSchema());

  it('has a description on every type, field and input field', () => {
    expect(undocumented(current)).toEqual([]);
  });

  it('makes no breaking change against the committed snapshot (IDGRAPH_UPDATE_SCHEMA_SNAPSHOT=1 records additions)', () => {
    const printed = printSchema(current);
    if (process.env.IDGRAPH_UPDATE_SCHEMA_SNAPSHOT === '1') writeFileSync(SNAPSHOT, printed);
    const committed = buildFromSdl(readFileSync(SNAPSHOT, 'utf8'));
    const breaking = findBreakingChanges(committed, current).map((c) => `${c.type}: ${c.description}`);
    expect(breaking).toEqual([]);
    // Dangerous changes (a new enum value, a changed default) are allowed but must be recorded in the snapshot.
    const dangerous = findDangerousChanges(committed, current).map((c) => `${c.type}: ${c.description}`);
    expect({ dangerous, snapshotCurrent: printSchema(lexicographicSortSchema(committed)) === printed }).toEqual({ dangerous: [], snapshotCurrent: true });
  });
});
