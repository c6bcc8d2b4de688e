import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../errors';
import { AppConfig, configSchema } from './config-schema';

/**
 * Reads the configuration once, at start. A local `.env` (written by scripts/services.sh) fills in what the
 * environment does not set. Every problem is reported together, naming the variable.
 */
/** The `.env` that scripts/services.sh writes, at the repository root whatever the working folder. */
export const DEFAULT_ENV_FILE = join(__dirname, '..', '..', '.env');

export function loadConfig(env: NodeJS.ProcessEnv = process.env, envFile = DEFAULT_ENV_FILE): AppConfig {
  const merged = { ...readEnvFile(envFile), ...env };
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  return parsed.data;
}

function readEnvFile(path: string): Record<string, string> {
  if (!existsSync(path)) return {};
  const saved = { ...process.env };
  process.loadEnvFile(path);
  const fromFile: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (saved[key] === undefined && value !== undefined) fromFile[key] = value;
  }
  // loadEnvFile writes into process.env; undo that so the file never overrides the real environment.
  for (const key of Object.keys(fromFile)) delete process.env[key];
  return fromFile;
}
