/**
 * Jest globalTeardown of the integration project: stops what global-setup.ts started, and nothing else.
 *
 * - containers (testcontainers) are always stopped;
 * - the local test profile (`scripts/services.sh --profile test`) is stopped only when setup started it, i.e. it
 *   was not already fully running before the tests. Set IDGRAPH_KEEP_SERVICES=1 to leave it running for fast
 *   re-runs (the next run finds it up, uses it, and leaves it up too); stop it yourself with
 *   `npm run services -- stop --profile test`.
 * - servers given through NEO4J_URI / REDIS_URL are never touched.
 * Last it releases the lock that lets one integration run at a time use the local test profile.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT, TEST_SERVICES_STATE, releaseRunLock, type TestServicesState } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>)[TEST_SERVICES_STATE] as TestServicesState | undefined;
  if (!state) return;
  delete (globalThis as Record<string, unknown>)[TEST_SERVICES_STATE];

  if (state.containers.length > 0) {
    const results = await Promise.allSettled(state.containers.map((c) => c.stop()));
    for (const r of results) {
      if (r.status === 'rejected') console.warn(`could not stop a test container: ${String(r.reason)}`);
    }
  }

  try {
    if (state.startedLocal) {
      if (process.env.IDGRAPH_KEEP_SERVICES === '1') {
        console.log('IDGRAPH_KEEP_SERVICES=1: the test services keep running (npm run services -- stop --profile test)');
        return;
      }
      const run = spawnSync('bash', [join(REPO_ROOT, 'scripts', 'services.sh'), 'stop', '--profile', 'test'], {
        stdio: 'inherit',
      });
      if (run.status !== 0) console.warn(`scripts/services.sh stop --profile test exited ${run.status ?? run.signal}`);
    }
  } finally {
    if (state.holdsRunLock) releaseRunLock();
  }
}
