import { createServer, Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { AppContext } from '../app/app-context';
import { buildSchema } from '../resolvers/build-schema';
import { createRequestContext, RequestContext } from '../resolvers/request-context';
import { formatError } from './format-error';
import { healthReport } from './health';

function headerValue(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v !== undefined && /^[A-Za-z0-9._@:-]{1,64}$/.test(v) ? v : undefined;
}

export interface ApiServer {
  http: Server;
  url: string;
  stop(): Promise<void>;
}

/** The HTTP front: GraphQL at /graphql and a health endpoint at /health. */
export async function startApiServer(app: AppContext): Promise<ApiServer> {
  const expressApp = express();
  const http = createServer(expressApp);
  const apollo = new ApolloServer<RequestContext>({
    schema: buildSchema(),
    formatError,
    introspection: app.config.NODE_ENV !== 'production',
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: http })],
  });
  await apollo.start();

  expressApp.get('/health', async (_req, res) => {
    const report = await healthReport(app);
    res.status(report.status === 'ok' ? 200 : 503).json(report);
  });
  expressApp.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    // Not authentication: until the API has it, callers name themselves and their role, and the audit log
    // records what they claimed.
    expressMiddleware(apollo, { context: async ({ req }) => createRequestContext(app, `api:${headerValue(req.headers['x-idgraph-actor']) ?? 'anonymous'}`, headerValue(req.headers['x-idgraph-role']) ?? 'unknown') }),
  );

  await new Promise<void>((resolve) => http.listen(app.config.API_PORT, app.config.API_HOST, resolve));
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : app.config.API_PORT;
  return {
    http,
    url: `http://${app.config.API_HOST}:${port}/graphql`,
    async stop() {
      await apollo.stop();
    },
  };
}
