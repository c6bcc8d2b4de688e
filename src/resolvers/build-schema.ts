import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLSchema } from 'graphql';
import { DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';
import { applyAccessControl } from './access-control';
import { authResolvers } from './auth-resolvers';
import { customerResolvers } from './customer-resolvers';
import { enumResolvers } from './enum-values';
import { householdResolvers } from './household-resolvers';
import { ingestionResolvers } from './ingestion-resolvers';
import { privacyResolvers } from './privacy-resolvers';
import { segmentResolvers } from './segment-resolvers';
import { relationshipResolvers } from './relationship-resolvers';
import { searchResolvers } from './search-resolvers';
import { stewardResolvers } from './steward-resolvers';

const SCHEMA_DIR = join(__dirname, 'schema');

export function readTypeDefs(): string[] {
  return readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(SCHEMA_DIR, f), 'utf8'));
}

/** The executable schema, with access control wrapped around every field (see access-control.ts). */
export function buildSchema(): GraphQLSchema {
  return applyAccessControl(
    makeExecutableSchema({
      typeDefs: readTypeDefs(),
      resolvers: [
        { DateTime: DateTimeResolver, JSONObject: JSONObjectResolver },
        enumResolvers, authResolvers, customerResolvers, ingestionResolvers, privacyResolvers,
        householdResolvers, relationshipResolvers, stewardResolvers, searchResolvers, segmentResolvers,
      ],
    }),
  );
}
