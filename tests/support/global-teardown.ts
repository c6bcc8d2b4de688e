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
import { TEST_SERVICES_STATE, releaseTestServices, type TestServicesState } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  // Set by global-setup.ts: jest runs globalSetup and globalTeardown in the same process.
  const state = (globalThis as Record<string, unknown>)[TEST_SERVICES_STATE] as TestServicesState | undefined;
  if (!state) return;
  delete (globalThis as Record<string, unknown>)[TEST_SERVICES_STATE];
  await releaseTestServices(state);
}
