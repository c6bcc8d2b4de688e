import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { REPO_ROOT, TSX_BIN, WORKER_ENTRY } from './paths';

export interface WorkerHandle {
  pid: number;
  /** Failed attempts the worker logged ('ingest job failed'), retried or final. */
  failedAttempts(): number;
  /** Settles when the process exits, with how it ended and the last lines it wrote. */
  exited: Promise<string>;
  stop(): Promise<void>;
}

/**
 * Runs the production worker entry point (`tsx src/worker.ts`) as its own process with the run's environment,
 * and resolves once it logs 'ingest worker started'. Its output goes to `logFile`; its JSON log lines are read
 * to count failed attempts.
 */
export async function startWorkerProcess(env: Record<string, string>, logFile: string, readyTimeoutMs = 60_000): Promise<WorkerHandle> {
  const child = spawn(TSX_BIN, [WORKER_ENTRY], { cwd: REPO_ROOT, env: { ...env, LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = createWriteStream(logFile);
  let failed = 0;
  let tail: string[] = [];
  const keep = (line: string) => {
    log.write(`${line}\n`);
    tail = [...tail.slice(-19), line];
  };
  createInterface({ input: child.stderr! }).on('line', keep);
  const lines = createInterface({ input: child.stdout! });
  const exited = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => {
      log.end();
      resolve(`worker process ${child.pid} exited (${signal ? `signal ${signal}` : `code ${code}`}); last output:\n${tail.join('\n')}`);
    });
  });
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker process did not start within ${readyTimeoutMs} ms:\n${tail.join('\n')}`)), readyTimeoutMs);
    void exited.then((how) => {
      clearTimeout(timer);
      reject(new Error(`before it started: ${how}`));
    });
    lines.on('line', (line) => {
      keep(line);
      const message = parseMessage(line);
      if (message === 'ingest worker started') {
        clearTimeout(timer);
        resolve();
      } else if (message === 'ingest job failed') {
        failed += 1;
      }
    });
  });
  await ready;
  return {
    pid: child.pid ?? -1,
    failedAttempts: () => failed,
    exited,
    stop: () => stopChild(child),
  };
}

function parseMessage(line: string): string | undefined {
  try {
    const parsed = JSON.parse(line) as { msg?: unknown };
    return typeof parsed.msg === 'string' ? parsed.msg : undefined;
  } catch {
    return undefined;
  }
}

/** SIGTERM (the worker finishes its jobs in hand and exits), SIGKILL after 30 s; only this child's pid. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}
