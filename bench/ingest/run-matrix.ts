import { join } from 'node:path';
import { BenchDataset } from './dataset';
import { BenchOptions } from './options';
import { EndToEndResult, runEndToEnd } from './run-end-to-end';

export interface MatrixContext {
  services: Record<string, string>;
  options: BenchOptions;
  logDir: string;
  log: (text: string) => void;
  problems: string[];
}

/**
 * Every batch size x concurrency, `options.repeat` times each, over one dataset. A run whose worker dies or
 * stalls is tried once more; its failure goes to `problems`. Returns the runs and whether the last one left
 * a complete graph (the ceiling exports it).
 */
export async function runMatrix(ctx: MatrixContext, dataset: BenchDataset): Promise<{ runs: EndToEndResult[]; lastRunComplete: boolean }> {
  const { options, log, problems } = ctx;
  const runs: EndToEndResult[] = [];
  let lastRunComplete = false;
  for (let repeat = 1; repeat <= options.repeat; repeat += 1) {
    for (const batchSize of options.batchSizes) {
      for (const concurrency of options.concurrencies) {
        const name = `${dataset.records}/batch ${batchSize}/concurrency ${concurrency}${options.repeat > 1 ? `/repeat ${repeat}` : ''}`;
        const r = await runWithRetry(ctx, dataset, batchSize, concurrency, name, `${dataset.records}-${batchSize}-${concurrency}-${repeat}`);
        lastRunComplete = r?.complete === true;
        if (r === undefined) continue;
        r.repeat = repeat;
        log(`  ${r.endToEndSeconds.toFixed(1)} s, ${Math.round(r.endToEndRecordsPerSecond)} records/s end to end (produce ${Math.round(r.produceRecordsPerSecond)}/s, write ${Math.round(r.writeRecordsPerSecond)}/s, ${r.failedAttempts} failed attempts)`);
        if (!r.complete) problems.push(`${name}: the graph holds ${r.graph.nodes.SourceRecord ?? 0} source records of ${r.accepted} accepted`);
        if (r.rejected > 0) problems.push(`${name}: ${r.rejected} records rejected at validation`);
        if (r.deadLetters > 0) problems.push(`${name}: ${r.deadLetters} dead letters`);
        if (r.failedAttempts > 0) problems.push(`${name}: ${r.failedAttempts} failed job attempts (retried with backoff)`);
        runs.push(r);
      }
    }
  }
  return { runs, lastRunComplete };
}

/** One run; a worker that dies (or is killed from outside) or stalls fails it, and it is tried once more. */
export async function runWithRetry(ctx: MatrixContext, dataset: BenchDataset, batchSize: number, concurrency: number, name: string, logName: string): Promise<EndToEndResult | undefined> {
  const { options, log, problems } = ctx;
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    log(`${name}, worker ${options.worker}${attempt > 1 ? ', second attempt' : ''} ...`);
    try {
      return await runEndToEnd(ctx.services, dataset, batchSize, concurrency, options.worker, options.afterSchema, options.keepSchema, join(ctx.logDir, `worker-${logName}-${attempt}.log`));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`  run failed: ${message}`);
      problems.push(`${name} attempt ${attempt} failed: ${message.split('\n')[0] ?? ''}`);
    }
  }
  return undefined;
}
