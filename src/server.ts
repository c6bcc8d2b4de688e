import { startApiServer } from './api/create-api-server';
import { createAppContext } from './app/app-context';
import { runMain, stopOnSignal } from './app/process-lifecycle';
import { loadConfig } from './config';
import { applySchema } from './graph/apply-schema';

/** The stateless API process: run as many replicas as load needs, behind any HTTP load balancer. */
export async function runServer(): Promise<void> {
  const app = createAppContext(loadConfig(), 'api');
  await applySchema(app.graph);
  const api = await startApiServer(app);
  app.log.info({ url: api.url }, 'GraphQL API listening');
  stopOnSignal(() => api.stop(), () => app.close());
}

if (require.main === module) runMain('API', runServer);
