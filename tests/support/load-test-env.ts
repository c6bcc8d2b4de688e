/**
 * Jest setupFiles of the integration project, run in every test worker before the tests: puts the connection
 * values that global-setup.ts chose (.data/test/resolved.env) into process.env, over anything inherited, and marks
 * the run as the test profile.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseEnv } from 'node:util';

const resolvedEnv = join(resolve(__dirname, '..', '..'), '.data', 'test', 'resolved.env');

if (!existsSync(resolvedEnv)) {
  throw new Error(`${resolvedEnv} is missing: the integration project's globalSetup (tests/support/global-setup.ts) did not run`);
}
// parseEnv rather than process.loadEnvFile: loadEnvFile leaves variables that are already set alone.
for (const [key, value] of Object.entries(parseEnv(readFileSync(resolvedEnv, 'utf8')))) {
  if (value !== undefined) process.env[key] = value;
}
process.env.IDGRAPH_PROFILE = 'test';
