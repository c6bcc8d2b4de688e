import { createAppContext, AppContext } from '../../src/app/app-context';
import { loadConfig } from '../../src/config';

export interface RunSettings {
  queuePrefix: string;
  batchSize: number;
  concurrency: number;
}

/**
 * The environment one benchmark run gives the app (producer side, in this process) and the worker process:
 * the bench services plus the run's queue prefix, batch size and concurrency. Set explicitly, so neither a
 * shell variable nor the dev profile's .env can point a run elsewhere.
 */
export function runEnv(services: Record<string, string>, settings: RunSettings, logLevel = 'warn'): Record<string, string> {
  const base: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) base[key] = value;
  return {
    ...base,
    ...services,
    QUEUE_PREFIX: settings.queuePrefix,
    INGEST_BATCH_SIZE: String(settings.batchSize),
    WORKER_CONCURRENCY: String(settings.concurrency),
    LOG_LEVEL: logLevel,
    NODE_ENV: 'production',
    LOAD_DEMO_DATA: 'never',
  };
}

/** An app context on the bench services; '/nonexistent' keeps the repo's .env (dev profile) out of it. */
export function createBenchApp(services: Record<string, string>, settings: RunSettings): AppContext {
  return createAppContext(loadConfig(runEnv(services, settings), '/nonexistent'), 'bench');
}
