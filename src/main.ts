import { startApiServer } from './api/create-api-server';
import { createAppContext } from './app/app-context';
import { loadDemoDataIfEmpty } from './app/load-demo-data';
import { loadDemoEvents } from './app/load-demo-events';
import { runMain, stopOnSignal } from './app/process-lifecycle';
import { loadConfig } from './config';
import { applySchema } from './graph/apply-schema';
import { CYPHER } from './graph/cypher-statements';
import { startIngestWorker, sweepFailedIngestJobs } from './ingestion';
import { bootstrapMatching, BootstrapReport } from './matching/bootstrap/bootstrap-matching';
import { handOverToMatching, startMatching } from './matching/bootstrap/start-matching';
import { startEvents } from './segments/start-event-worker';

/**
 * The embedded default: API and worker in one process against the local Neo4j and Redis that
 * `npm start` provisions. Loads the demo set into an empty graph and prints where everything is.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const app = createAppContext(config, 'identity-graph');
  const schema = await applySchema(app.graph);
  await sweepFailedIngestJobs(app.ingestQueue, app.deadLetters);
  const worker = startIngestWorker(app.graph, app.redis, app.deadLetters, { prefix: config.QUEUE_PREFIX, concurrency: config.WORKER_CONCURRENCY, lockMs: config.WORKER_LOCK_MS, onWritten: handOverToMatching(app) }, app.log);
  const matching = await startMatching(app);
  const events = await startEvents(app);
  const demo = config.LOAD_DEMO_DATA === 'auto' ? await loadDemoDataIfEmpty(app, config.DEMO_DATA_DIR) : null;
  const bootstrap = config.MATCH_BOOTSTRAP === 'auto' ? await bootstrapMatching(app) : null;
  // Events after matching, so they resolve to the matched customers.
  const demoEvents = demo?.loaded === true ? await loadDemoEvents(app, config.DEMO_DATA_DIR) : null;
  const api = await startApiServer(app);
  const [example] = await app.graph.read<{ customerId: string; sources: string[] }>(CYPHER.findExampleCustomer, {}, { actor: 'system:banner' });

  const lines = [
    '',
    'identity-graph is running',
    `  GraphQL API     ${api.url}`,
    `  Health          ${api.url.replace(/\/graphql$/, '/health')}`,
    `  GraphiQL        ${api.ideUrl ?? '(development only)'}`,
    `  Neo4j Browser   ${config.NEO4J_BROWSER_URL ?? '(not provisioned locally)'}`,
    `    connect URL   ${config.NEO4J_URI}`,
    `    user          ${config.NEO4J_USER}`,
    `    password      ${config.NEO4J_PASSWORD}`,
    `  Schema version  ${schema.version}`,
    demoLine(demo),
    matchingLine(bootstrap),
    ...(demoEvents ? [`  Demo events     ${String(demoEvents.accepted)} behavioural events queued (segments and affinities fill in as the worker aggregates them)`] : []),
  ];
  if (example) {
    lines.push(
      '',
      `Try (customer with records from ${example.sources.join(', ')}):`,
      `  TOKEN=$(bin/idgraph token --role steward --sub you)`,
      `  curl -s ${api.url} -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" \\`,
      `    -d '{"query":"{ customer(id: \\"${example.customerId}\\") { id records { source sourceId attributes { name value provenance { source signal observedAt } } } } }"}'`,
    );
  }
  lines.push('', 'Ctrl-C stops the API and worker; `npm run services -- stop` stops Neo4j and Redis.', '');
  process.stdout.write(lines.join('\n'));

  stopOnSignal(() => api.stop(), () => worker.close(), () => matching.worker.close(), () => events.close(), () => app.close());
}

function demoLine(demo: Awaited<ReturnType<typeof loadDemoDataIfEmpty>> | null): string {
  if (demo === null) return '  Demo data       not loaded (LOAD_DEMO_DATA=never)';
  if (!demo.loaded) return '  Demo data       graph already populated; nothing loaded';
  return `  Demo data       ${demo.accepted} records accepted, ${demo.rejected} rejected`;
}

function matchingLine(report: BootstrapReport | null): string {
  if (report === null) return '  Matching        bootstrap off (MATCH_BOOTSTRAP=never)';
  if (report.skipped) return `  Matching        no model trained: ${report.skipped}`;
  if (!report.trained) return `  Matching        model ${report.modelVersion ?? 'none'} active${report.modelVersion ? '' : ' (no records to train on)'}`;
  return `  Matching        model ${report.modelVersion ?? ''} trained on ${String(report.records)} records; full run: ${String(report.linksWritten)} probabilistic links, ${String(report.merges)} merges`;
}

runMain('identity-graph', main);
