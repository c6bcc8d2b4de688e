import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLSchema } from 'graphql';
import { DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';
import { customerResolvers } from './customer-resolvers';
import { enumResolvers } from './enum-values';
import { ingestionResolvers } from './ingestion-resolvers';
import { privacyResolvers } from './privacy-resolvers';
import { segmentResolvers } from './segment-resolvers';

const SCHEMA_DIR = join(__dirname, 'schema');

export function readTypeDefs(): string[] {
  return readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(SCHEMA_DIR, f), 'utf8'));
}

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: readTypeDefs(),
    resolvers: [{ DateTime: DateTimeResolver, JSONObject: JSONObjectResolver }, enumResolvers, customerResolvers, ingestionResolvers, privacyResolvers, segmentResolvers],
  });
}
