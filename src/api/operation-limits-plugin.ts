import { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../errors';
import { operationDepth } from './operation-depth';

export interface OperationLimits {
  maxDepth: number;
  maxComplexity: number;
}

/** A connection's cost is its page size times what each node costs, so `first: 100` of a deep node is expensive. */
const connectionEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = args.first;
  return typeof first === 'number' && first > 0 ? 1 + first * Math.max(1, childComplexity) : undefined;
};

/**
 * Fields that do far more than read a value: each audited view read appends to the hash-chained audit log (one
 * writer at a time), an export walks a whole customer. Priced so that one request holds at most a few dozen,
 * whatever aliases it uses.
 */
export const EXPENSIVE_FIELDS: Readonly<Record<string, number>> = {
  'Customer.view': 200,
  'Query.customerView': 200,
  'Query.customerDataExport': 1000,
  'Mutation.eraseCustomer': 1000,
};

const expensiveFieldEstimator: ComplexityEstimator = ({ type, field, childComplexity }) => {
  const cost = EXPENSIVE_FIELDS[`${type.name}.${field.name}`];
  return cost === undefined ? undefined : cost + childComplexity;
};

/**
 * The operation's cost. getComplexity coerces the variables first and throws graphql-js's error (no code) when
 * one does not fit its type: that is the caller's mistake, BAD_USER_INPUT with HTTP 400 as Apollo would answer
 * it, not an internal error.
 */
function estimatedCost(schema: GraphQLSchema, query: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>): number {
  try {
    return getComplexity({ schema, query, ...(operationName ? { operationName } : {}), variables, estimators: [expensiveFieldEstimator, connectionEstimator, simpleEstimator({ defaultComplexity: 1 })] });
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    throw new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } });
  }
}

/**
 * How deep introspection (`__schema`, `__type`) may nest: GraphiQL's query follows `ofType` to 15 levels.
 * Where introspection is off (production) Apollo refuses it before this plugin runs.
 */
export const INTROSPECTION_MAX_DEPTH = 20;

/**
 * Refuses an operation before it runs when it nests deeper than maxDepth (QUERY_TOO_DEEP; introspection against
 * INTROSPECTION_MAX_DEPTH) or its estimated cost is over maxComplexity (QUERY_TOO_COMPLEX), with HTTP 400 and
 * the measured and allowed values.
 */
export function operationLimitsPlugin<T extends object>(schema: GraphQLSchema, limits: OperationLimits): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, operationName, request }) {
          if (!operation) return;
          const depths = operationDepth(operation, Object.fromEntries(document.definitions.flatMap((d) => (d.kind === 'FragmentDefinition' ? [[d.name.value, d]] : []))));
          for (const [depth, maxDepth] of [[depths.data, limits.maxDepth], [depths.introspection, INTROSPECTION_MAX_DEPTH]] as const) {
            if (depth > maxDepth) {
              throw new GraphQLError(`query: nests ${depth} levels deep; at most ${maxDepth} are allowed`, {
                extensions: { code: ErrorCode.QUERY_TOO_DEEP, depth, maxDepth, http: { status: 400 } },
              });
            }
          }
          const complexity = estimatedCost(schema, document, operationName, request.variables ?? {});
          if (complexity > limits.maxComplexity) {
            throw new GraphQLError(`query: estimated cost ${complexity} is over the limit of ${limits.maxComplexity} (ask for smaller pages or fewer fields)`, {
              extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, complexity, maxComplexity: limits.maxComplexity, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
