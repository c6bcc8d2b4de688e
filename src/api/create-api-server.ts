import { createServer, Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { NextFunction, Request, Response } from 'express';
import { Logger } from 'pino';
import { AppContext } from '../app/app-context';
import { createTokenVerifier } from '../auth';
import { ErrorCode } from '../errors';
import { buildSchema } from '../resolvers/build-schema';
import { createRequestContext, RequestContext } from '../resolvers/request-context';
import { authenticate, AuthenticatedRequest, sendGraphqlError } from './authenticate';
import { formatError } from './format-error';
import { withoutSuggestions } from './hide-schema-details';
import { graphiqlRouter } from './graphiql';
import { healthReport } from './health';
import { honourGlobalPrivacyControl } from './honour-gpc';
import { operationLimitsPlugin } from './operation-limits-plugin';
import { rateLimit } from './rate-limit';

export interface ApiServer {
  http: Server;
  url: string;
  /** GraphiQL, in development only. */
  ideUrl: string | null;
  stop(): Promise<void>;
}

/**
 * Errors before Apollo, answered in the GraphQL error shape with a code from the enum rather than Express's HTML
 * page: a body over API_MAX_BODY_BYTES, one that is not JSON, any other body the parser refuses (unsupported
 * charset or encoding, aborted: its 4xx status), and anything unexpected (500 INTERNAL, message withheld).
 */
function requestErrors(maxBytes: number, log: Logger) {
  return (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const { type, status, expose, message } = error as { type?: string; status?: number; expose?: boolean; message?: string };
    if (type === 'entity.too.large') return sendGraphqlError(res, 413, ErrorCode.REQUEST_TOO_LARGE, `request: the body is larger than ${maxBytes} bytes`, { maxBytes });
    if (type === 'entity.parse.failed') return sendGraphqlError(res, 400, ErrorCode.BAD_REQUEST, 'request: the body is not valid JSON');
    if (expose === true && typeof status === 'number' && status >= 400 && status < 500) return sendGraphqlError(res, status, ErrorCode.BAD_REQUEST, `request: ${message ?? 'not a request this API takes'}`);
    // The name only: a message or stack could carry what the request held.
    log.error({ error: error instanceof Error ? error.name : typeof error }, 'unexpected error before GraphQL execution');
    sendGraphqlError(res, 500, ErrorCode.INTERNAL, 'internal error');
  };
}

/**
 * The HTTP front: GraphQL at /graphql (bearer token, rate limit, body size, CSRF prevention, depth and
 * complexity limits), a health endpoint at /health, and GraphiQL at /graphiql in development.
 */
export async function startApiServer(app: AppContext): Promise<ApiServer> {
  const config = app.config;
  const verify = createTokenVerifier(config);
  const schema = buildSchema();
  const expressApp = express();
  expressApp.disable('x-powered-by');
  const http = createServer(expressApp);
  const production = config.NODE_ENV === 'production';
  const apollo = new ApolloServer<RequestContext>({
    schema,
    // Apollo reads process.env.NODE_ENV unless told (stack traces in errors, landing page): the config decides.
    nodeEnv: config.NODE_ENV,
    // Production names no schema types or fields a client did not already send (no introspection, no suggestions).
    formatError: production ? (formatted, error) => withoutSuggestions(formatError(formatted, error)) : formatError,
    hideSchemaDetailsFromClientErrors: production,
    introspection: !production,
    csrfPrevention: true,
    // No automatic persisted queries: undocumented, a per-replica cache of client documents; a request naming one is BAD_REQUEST.
    persistedQueries: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: http }),
      // Apollo's landing page (Sandbox, or its production page) loads scripts from Apollo's CDN; GraphiQL is ours, at /graphiql/.
      ApolloServerPluginLandingPageDisabled(),
      // Responses are per caller and never HTTP-cacheable: no cache hints to compute on every field.
      ApolloServerPluginCacheControlDisabled(),
      operationLimitsPlugin<RequestContext>(schema, { maxDepth: config.API_MAX_DEPTH, maxComplexity: config.API_MAX_COMPLEXITY }),
    ],
  });
  await apollo.start();

  expressApp.get('/health', async (_req, res) => {
    const report = await healthReport(app);
    res.status(report.status === 'ok' ? 200 : 503).json(report);
  });
  const ide = config.NODE_ENV === 'development';
  if (ide) expressApp.use('/graphiql', graphiqlRouter('/graphql'));
  expressApp.use(
    '/graphql',
    authenticate(verify, app.log),
    rateLimit(app.redis, { points: config.API_RATE_LIMIT_POINTS, windowSeconds: config.API_RATE_LIMIT_WINDOW_SECONDS, keyPrefix: `${config.QUEUE_PREFIX}:ratelimit` }),
    honourGlobalPrivacyControl(app),
    express.json({ limit: config.API_MAX_BODY_BYTES }),
    expressMiddleware(apollo, { context: async ({ req }) => createRequestContext(app, (req as AuthenticatedRequest).principal!) }),
    requestErrors(config.API_MAX_BODY_BYTES, app.log),
  );

  await new Promise<void>((resolve) => http.listen(config.API_PORT, config.API_HOST, resolve));
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : config.API_PORT;
  const base = `http://${config.API_HOST}:${port}`;
  return {
    http,
    url: `${base}/graphql`,
    ideUrl: ide ? `${base}/graphiql/` : null,
    async stop() {
      await apollo.stop();
    },
  };
}
