import { startApiServer } from './api/create-api-server';
import { createAppContext } from './app/app-context';
import { loadConfig } from './config';
import { applySchema } from './graph/apply-schema';

/** The stateless API process: run as many replicas as load needs, behind any HTTP load balancer. */
export async function runServer(): Promise<void> {
  const app = createAppContext(loadConfig(), 'api');
  await applySchema(app.graph);
  const api = await startApiServer(app);
  app.log.info({ url: api.url }, 'GraphQL API listening');
  const stop = async () => {
    await api.stop();
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

if (require.main === module) {
  runServer().catch((error: unknown) => {
    process.stderr.write(`API failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
