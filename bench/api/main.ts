/**
 * npm run bench:api [-- --customers 100000 --connections 200 --seconds 30 --warmup 10]
 *
 * customer(id) latency against the running API server: starts the bench profile's Neo4j and Redis (ports shifted
 * by IDGRAPH_PORT_SHIFT), empties that graph, loads synthetic customers in the shape ingestion leaves them (two
 * records, three identifiers and a link each; loaded with UNWIND batches, not through the queue, to fit the time),
 * starts the API in this process and drives it from a separate autocannon process. Writes
 * bench/results/api-<date>.json. Asserts nothing.
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseEnv, parseArgs } from 'node:util';
import { startApiServer } from '../../src/api/create-api-server';
import { createAppContext } from '../../src/app/app-context';
import { mintToken } from '../../src/auth';
import { loadConfig } from '../../src/config';
import { applySchema } from '../../src/graph/apply-schema';
import { CYPHER } from '../../src/graph/cypher-statements';

const ROOT = resolve(__dirname, '..', '..');
const { values } = parseArgs({ options: {
  customers: { type: 'string', default: '100000' }, connections: { type: 'string', default: '200' },
  seconds: { type: 'string', default: '30' }, warmup: { type: 'string', default: '10' }, batch: { type: 'string', default: '10000' },
  'reuse-graph': { type: 'boolean', default: false },
} });
const customers = Number(values.customers);
const shift = Number(process.env.IDGRAPH_PORT_SHIFT ?? '0');
const boltUri = `bolt://127.0.0.1:${7690 + shift}`;

function services(command: string): void {
  const env = { ...process.env };
  for (const key of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'REDIS_URL']) delete env[key];
  const r = spawnSync('bash', [join(ROOT, 'scripts', 'services.sh'), command, '--profile', 'bench'], { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`services.sh ${command} --profile bench failed`);
}

/** Runs the load generator asynchronously: the API server lives in this process and must keep its event loop. */
async function load(url: string, token: string, connections: string, seconds: string, kind: 'customer' | 'viewer' = 'customer'): Promise<Record<string, unknown>> {
  const { stdout } = await promisify(execFile)(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(__dirname, 'load.ts'), url, token, String(customers), connections, seconds, kind], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
}

async function main(): Promise<void> {
  services('start');
  const servicesEnv = parseEnv(readFileSync(join(ROOT, '.data', 'bench', 'services.env'), 'utf8')) as Record<string, string>;
  if (servicesEnv.NEO4J_URI !== boltUri) throw new Error(`.data/bench/services.env points at ${servicesEnv.NEO4J_URI}, not ${boltUri}; bench:api empties that graph, so it stops`);
  const secret = randomBytes(32).toString('hex');
  const config = loadConfig({ ...servicesEnv, LOG_LEVEL: 'silent', API_PORT: '0', QUEUE_PREFIX: 'bench-api', AUTH_HS256_SECRET: secret, API_RATE_LIMIT_POINTS: '10000000', NODE_ENV: 'test' }, '/nonexistent');
  const app = createAppContext(config, 'bench-api');
  try {
    const [existing] = (await app.graph.driver.executeQuery("MATCH (c:Customer) WHERE c.customerId STARTS WITH 'cus_bench_' RETURN count(c) AS n")).records;
    const reuse = values['reuse-graph'] && Number(existing?.get('n')) === customers;
    if (!reuse) {
      await app.graph.runAutoCommit(app.graph.registry.get(CYPHER.deleteEverything));
      await applySchema(app.graph);
    }
    const statement = readFileSync(join(__dirname, 'cypher', 'create-synthetic-customers.cypher'), 'utf8').split('\n').filter((l) => !l.startsWith('//')).join('\n');
    const loadStart = Date.now();
    for (let from = 0; !reuse && from < customers; from += Number(values.batch)) {
      await app.graph.driver.executeQuery(statement, { from, to: Math.min(customers, from + Number(values.batch)), now: new Date().toISOString() });
      process.stdout.write(`\rloaded ${Math.min(customers, from + Number(values.batch))} / ${customers} customers`);
    }
    const loadSeconds = (Date.now() - loadStart) / 1000;
    process.stdout.write(`\nloaded in ${loadSeconds.toFixed(1)} s\n`);

    const api = await startApiServer(app);
    const token = await mintToken({ secret, issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE, role: 'app', subject: 'bench', purposes: ['service_fulfilment'], expiresIn: '2h' });
    try {
      process.stdout.write(`warm-up ${values.warmup} s at ${values.connections} connections...\n`);
      const warmup = await load(api.url, token, values.connections, values.warmup);
      process.stdout.write(`measuring ${values.seconds} s at ${values.connections} connections...\n`);
      const measured = await load(api.url, token, values.connections, values.seconds);
      process.stdout.write(`${JSON.stringify(measured)}\nmeasuring the API without a database read ({ viewer }), ${values.seconds} s at ${values.connections} connections...\n`);
      const withoutDatabase = await load(api.url, token, values.connections, values.seconds, 'viewer');
      const result = {
        benchmark: 'api', query: 'customer(id) with records, attributes and identifiers (random customer each request)',
        at: new Date().toISOString(), customers, connections: Number(values.connections), seconds: Number(values.seconds),
        loadSeconds: reuse ? null : loadSeconds, graphReused: reuse, warmup, measured,
        withoutDatabase: { query: '{ viewer { subject role } }: token, rate limit, GraphQL and HTTP, no database read', ...withoutDatabase },
        machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
        notes: 'API, Neo4j (bench profile) and the load generator share this machine; graph loaded with UNWIND batches in the shape ingestion leaves it.',
      };
      mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
      const file = join(ROOT, 'bench', 'results', `api-${result.at.slice(0, 10)}.json`);
      writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
      process.stdout.write(`${JSON.stringify(withoutDatabase)}\nwritten ${file}\n`);
    } finally {
      await api.stop();
    }
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
