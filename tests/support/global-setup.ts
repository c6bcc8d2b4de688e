/**
 * Jest globalSetup of the integration project: finds the Neo4j and Redis the integration tests run against.
 *
 * In this order:
 *  1. `env`: NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD) and REDIS_URL from the environment, a server of your own.
 *     It is never emptied unless IDGRAPH_TEST_ALLOW_WIPE=1.
 *  2. `containers`: when a Docker engine answers `docker info`, neo4j:5.26-community with APOC and redis:7 through
 *     testcontainers.
 *  3. `local`: `bash scripts/services.sh start --profile test`, a Neo4j assembled from Maven Central and redis-server
 *     on ports 7689 / 7476 / 6381, data in .data/test.
 * IDGRAPH_TEST_BACKEND=env|containers|local forces one of them. When only one of NEO4J_URI / REDIS_URL is set, that
 * one is used as given and the other is provided by containers or the local test profile.
 *
 * The chosen values go to .data/test/resolved.env, which load-test-env.ts reads into every test worker. Then the
 * test graph is emptied and the test Redis flushed (only what this setup provided, see above).
 * global-teardown.ts stops only what this setup started.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseEnv } from 'node:util';
import Redis from 'ioredis';
import neo4j from 'neo4j-driver';

export type TestBackend = 'env' | 'containers' | 'local';

/** What setup did, kept on globalThis: jest runs globalSetup and globalTeardown in the same process. */
export interface TestServicesState {
  backend: TestBackend;
  /** setup ran `services.sh start --profile test` and the profile was not already fully up before it. */
  startedLocal: boolean;
  /** testcontainers handles to stop in teardown. */
  containers: Array<{ stop(): Promise<unknown> }>;
  /** This run holds RUN_LOCK_DIR (local backend): teardown releases it. */
  holdsRunLock: boolean;
}

export const TEST_SERVICES_STATE = '__identityGraphTestServices';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const RESOLVED_ENV_FILE = join(REPO_ROOT, '.data', 'test', 'resolved.env');
const SERVICES_SH = join(REPO_ROOT, 'scripts', 'services.sh');
/**
 * One integration run at a time uses the local test profile: runs in the same work tree would empty each other's
 * graph and stop each other's servers. A second run waits here (a lock left by a run that died is taken over).
 */
export const RUN_LOCK_DIR = join(REPO_ROOT, '.data', 'test', 'run.lock');
const RUN_LOCK_WAIT_MS = 30 * 60_000;

const NEO4J_IMAGE = 'neo4j:5.26-community';
const REDIS_IMAGE = 'redis:7';

interface Resolved {
  NEO4J_URI: string;
  NEO4J_USER: string;
  NEO4J_PASSWORD: string;
  NEO4J_BROWSER_URL?: string;
  REDIS_URL: string;
}

export default async function globalSetup(): Promise<void> {
  const state: TestServicesState = { backend: chooseBackend(), startedLocal: false, containers: [], holdsRunLock: false };
  (globalThis as Record<string, unknown>)[TEST_SERVICES_STATE] = state;
  try {
    await provide(state);
  } catch (err) {
    // Jest runs no globalTeardown when globalSetup fails: clean up here.
    delete (globalThis as Record<string, unknown>)[TEST_SERVICES_STATE];
    await releaseTestServices(state);
    throw err;
  }
}

/**
 * Stops what setup started, and nothing else (global-teardown.ts calls it):
 * - containers (testcontainers) are always stopped;
 * - the local test profile only when setup started it, i.e. it was not already fully up before the run. With
 *   IDGRAPH_KEEP_SERVICES=1 it keeps running for fast re-runs (the next run finds it up, uses it, and leaves it up
 *   too); `npm run services -- stop --profile test` stops it;
 * - servers given through NEO4J_URI / REDIS_URL are never touched.
 * Last it releases the lock that lets one integration run at a time use the local test profile.
 */
export async function releaseTestServices(state: TestServicesState): Promise<void> {
  try {
    if (state.containers.length > 0) {
      const results = await Promise.allSettled(state.containers.map((c) => c.stop()));
      for (const r of results) {
        if (r.status === 'rejected') console.warn(`could not stop a test container: ${String(r.reason)}`);
      }
      state.containers = [];
    }
    if (state.startedLocal) {
      if (process.env.IDGRAPH_KEEP_SERVICES === '1') {
        console.log('IDGRAPH_KEEP_SERVICES=1: the test services keep running (npm run services -- stop --profile test)');
      } else {
        const run = spawnSync('bash', [SERVICES_SH, 'stop', '--profile', 'test'], { stdio: 'inherit' });
        if (run.status !== 0) console.warn(`scripts/services.sh stop --profile test exited ${run.status ?? run.signal}`);
      }
    }
  } finally {
    if (state.holdsRunLock) releaseRunLock();
    state.holdsRunLock = false;
  }
}

async function provide(state: TestServicesState): Promise<void> {
  const env = process.env;
  const forced = Boolean(env.IDGRAPH_TEST_BACKEND);

  // Which of the two servers are the user's own: both for `env`; for the others, one whose URL is set, unless the
  // backend was forced (then both are provided here).
  const given =
    state.backend === 'env'
      ? { neo4j: true, redis: true }
      : { neo4j: !forced && Boolean(env.NEO4J_URI), redis: !forced && Boolean(env.REDIS_URL) };
  if (given.neo4j && !env.NEO4J_URI) throw new Error('IDGRAPH_TEST_BACKEND=env needs NEO4J_URI (and REDIS_URL) set');
  if (given.redis && !env.REDIS_URL) throw new Error('IDGRAPH_TEST_BACKEND=env needs REDIS_URL (and NEO4J_URI) set');

  let resolved = fromEnv(env, given.neo4j ? env.NEO4J_URI! : '', given.redis ? env.REDIS_URL! : '');
  if (state.backend === 'containers') {
    resolved = { ...resolved, ...(await startContainers(state, !given.neo4j, !given.redis)) };
  } else if (state.backend === 'local') {
    // services.sh leaves a service alone whose URL is set in its environment, and starts the other.
    const childEnv = { ...env };
    if (!given.neo4j) delete childEnv.NEO4J_URI;
    if (!given.redis) delete childEnv.REDIS_URL;
    await acquireRunLock();
    state.holdsRunLock = true;
    const wasUp = spawnSync('bash', [SERVICES_SH, 'status', '--profile', 'test'], { stdio: 'ignore', env: childEnv });
    state.startedLocal = wasUp.status !== 0;
    const run = spawnSync('bash', [SERVICES_SH, 'start', '--profile', 'test'], { stdio: 'inherit', env: childEnv });
    if (run.status !== 0) {
      throw new Error(
        `bash scripts/services.sh start --profile test failed (exit ${run.status ?? run.signal}); see its output above`,
      );
    }
    const written = parseEnv(readFileSync(join(REPO_ROOT, '.data', 'test', 'services.env'), 'utf8'));
    resolved = fromEnv(written, written.NEO4J_URI ?? '', written.REDIS_URL ?? '');
  }

  writeResolvedEnv(resolved, state.backend);
  // Jest starts its workers after this returns; they inherit process.env (and load-test-env.ts reads the file too).
  Object.assign(process.env, resolvedEntries(resolved, state.backend));

  // Empty what this setup provided; a user-given server only on request.
  const allowWipe = env.IDGRAPH_TEST_ALLOW_WIPE === '1';
  if (!given.neo4j || allowWipe) await emptyGraph(resolved);
  if (!given.redis || allowWipe) await flushRedis(resolved.REDIS_URL);
}

async function acquireRunLock(): Promise<void> {
  mkdirSync(dirname(RUN_LOCK_DIR), { recursive: true });
  const deadline = Date.now() + RUN_LOCK_WAIT_MS;
  let told = false;
  for (;;) {
    try {
      mkdirSync(RUN_LOCK_DIR);
      writeFileSync(join(RUN_LOCK_DIR, 'owner'), `${process.pid}\n`);
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const owner = Number.parseInt(readFileIfExists(join(RUN_LOCK_DIR, 'owner')) ?? '', 10);
    if (Number.isInteger(owner) && !processAlive(owner)) {
      rmSync(RUN_LOCK_DIR, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(`another integration test run (pid ${owner}) still holds ${RUN_LOCK_DIR} after 30 minutes`);
    }
    if (!told) {
      console.log(`waiting for another integration test run (pid ${Number.isNaN(owner) ? '?' : owner}) to finish`);
      told = true;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** Releases the run lock if this process holds it. */
function releaseRunLock(): void {
  const owner = readFileIfExists(join(RUN_LOCK_DIR, 'owner'));
  if (owner !== undefined && Number.parseInt(owner, 10) === process.pid) {
    rmSync(RUN_LOCK_DIR, { recursive: true, force: true });
  }
}

function readFileIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function chooseBackend(): TestBackend {
  const forced = process.env.IDGRAPH_TEST_BACKEND;
  if (forced) {
    if (forced === 'env' || forced === 'containers' || forced === 'local') return forced;
    throw new Error(`IDGRAPH_TEST_BACKEND must be env, containers or local, not '${forced}'`);
  }
  if (process.env.NEO4J_URI && process.env.REDIS_URL) return 'env';
  if (dockerAnswers()) return 'containers';
  return 'local';
}

/** A Docker engine is there when `docker info` exits 0 within a few seconds (the CLI alone is not enough). */
function dockerAnswers(): boolean {
  const r = spawnSync('docker', ['info'], { stdio: 'ignore', timeout: 8000 });
  return r.status === 0;
}

function fromEnv(source: NodeJS.Dict<string>, neo4jUri: string, redisUrl: string): Resolved {
  const resolved: Resolved = {
    NEO4J_URI: neo4jUri,
    NEO4J_USER: source.NEO4J_USER || 'neo4j',
    NEO4J_PASSWORD: source.NEO4J_PASSWORD ?? '',
    REDIS_URL: redisUrl,
  };
  if (source.NEO4J_BROWSER_URL) resolved.NEO4J_BROWSER_URL = source.NEO4J_BROWSER_URL;
  return resolved;
}

async function startContainers(
  state: TestServicesState,
  wantNeo4j: boolean,
  wantRedis: boolean,
): Promise<Partial<Resolved>> {
  const out: Partial<Resolved> = {};
  const jobs: Array<Promise<void>> = [];
  if (wantNeo4j) {
    jobs.push(
      (async () => {
        const { Neo4jContainer } = await import('@testcontainers/neo4j');
        const password = randomBytes(12).toString('hex');
        const started = await new Neo4jContainer(NEO4J_IMAGE)
          .withApoc()
          .withPassword(password)
          .withStartupTimeout(180_000)
          .start();
        state.containers.push(started);
        out.NEO4J_URI = started.getBoltUri().replace(/\/$/, '');
        out.NEO4J_USER = started.getUsername();
        out.NEO4J_PASSWORD = started.getPassword();
        out.NEO4J_BROWSER_URL = `${started.getHttpUri().replace(/\/$/, '')}/browser/`;
      })(),
    );
  }
  if (wantRedis) {
    jobs.push(
      (async () => {
        const { RedisContainer } = await import('@testcontainers/redis');
        const started = await new RedisContainer(REDIS_IMAGE)
          .withCommand(['redis-server', '--appendonly', 'yes', '--maxmemory-policy', 'noeviction'])
          .start();
        state.containers.push(started);
        out.REDIS_URL = started.getConnectionUrl().replace(/\/$/, '');
      })(),
    );
  }
  const results = await Promise.allSettled(jobs);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    await Promise.allSettled(state.containers.map((c) => c.stop()));
    state.containers = [];
    throw failed.reason;
  }
  return out;
}

function resolvedEntries(resolved: Resolved, backend: TestBackend): Record<string, string> {
  return { ...resolved, IDGRAPH_TEST_BACKEND: backend };
}

/** KEY=VALUE lines as process.loadEnvFile / util.parseEnv read them (quotes there are literal, no escapes). */
function envLine(key: string, value: string): string {
  if (/[\r\n]/.test(value)) throw new Error(`${key} must not contain a line break`);
  if (/^[A-Za-z0-9_./:@+%=,-]*$/.test(value)) return `${key}=${value}`;
  const quote = ["'", '"', '`'].find((q) => !value.includes(q));
  if (!quote) throw new Error(`${key} holds all three quote characters and cannot be written to an env file`);
  return `${key}=${quote}${value}${quote}`;
}

function writeResolvedEnv(resolved: Resolved, backend: TestBackend): void {
  mkdirSync(join(REPO_ROOT, '.data', 'test'), { recursive: true });
  const lines = [
    `# Written by tests/support/global-setup.ts (backend ${backend}); read by tests/support/load-test-env.ts`,
    ...Object.entries(resolvedEntries(resolved, backend)).map(([k, v]) => envLine(k, v)),
  ];
  writeFileSync(RESOLVED_ENV_FILE, `${lines.join('\n')}\n`, { mode: 0o600 });
}

async function emptyGraph(resolved: Resolved): Promise<void> {
  const driver = neo4j.driver(resolved.NEO4J_URI, neo4j.auth.basic(resolved.NEO4J_USER, resolved.NEO4J_PASSWORD));
  const session = driver.session({ database: 'neo4j' });
  try {
    // CALL { } IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run, not executeWrite.
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
    await driver.close();
  }
}

async function flushRedis(url: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  try {
    await redis.connect();
    await redis.flushall();
  } finally {
    redis.disconnect();
  }
}
