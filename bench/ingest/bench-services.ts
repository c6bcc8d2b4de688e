import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { BENCH_BOLT_URI, REPO_ROOT, SERVICES_ENV_FILE, SERVICES_SH } from './paths';

/** The variables that would make services.sh use a server of the caller's instead of the bench profile's own. */
const FOREIGN_SERVER_VARS = ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_BROWSER_URL', 'REDIS_URL'];

/** The environment for services.sh: without NEO4J_URI / REDIS_URL, so it always manages the bench profile's own servers. */
function servicesShEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of FOREIGN_SERVER_VARS) delete env[key];
  return env;
}

function servicesSh(command: string, inherit: boolean): { status: number; output: string } {
  const result = spawnSync('bash', [SERVICES_SH, command, '--profile', 'bench'], {
    cwd: REPO_ROOT,
    env: servicesShEnv(),
    encoding: 'utf8',
    stdio: inherit ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'],
  });
  return { status: result.status ?? 1, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/** True when both the bench Neo4j and Redis are up (services.sh status exits 0 only then). */
export function benchServicesRunning(): boolean {
  return servicesSh('status', false).status === 0;
}

export function startBenchServices(): void {
  const { status } = servicesSh('start', true);
  if (status !== 0) throw new Error(`scripts/services.sh start --profile bench failed (exit ${status})`);
}

export function stopBenchServices(): void {
  const { status } = servicesSh('stop', true);
  if (status !== 0) throw new Error(`scripts/services.sh stop --profile bench failed (exit ${status})`);
}

/** The connection values services.sh wrote; refuses anything but the bench profile's own Neo4j, which it empties. */
export function readServicesEnv(): Record<string, string> {
  const env = parseEnv(readFileSync(SERVICES_ENV_FILE, 'utf8')) as Record<string, string>;
  if (env.NEO4J_URI !== BENCH_BOLT_URI) {
    throw new Error(`.data/bench/services.env points at ${env.NEO4J_URI ?? '(nothing)'}, not the bench profile's ${BENCH_BOLT_URI}; the benchmark empties that graph, so it stops here`);
  }
  return env;
}
