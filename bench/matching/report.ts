import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FULL_RUN_PHASES } from '../../src/matching/jobs/full-run';
import type { MachineFacts } from '../ingest/machine-facts';
import type { LatencySummary } from './latency';
import type { MatchingBenchOptions } from './options';
import type { SizeResult } from './run-size';

export interface MatchingBenchResult {
  benchmark: 'matching';
  startedAt: string;
  finishedAt: string;
  command: string;
  options: MatchingBenchOptions;
  machine: MachineFacts;
  targets: { incrementalMatchP95Ms: number; queueEndToEndMs: number };
  sizes: SizeResult[];
  /** Sizes not run, and why. */
  skipped: { people: number; reason: string }[];
  /** About the ~1M-record size the issue asks for. */
  oneMillion: string;
  problems: string[];
}

const n0 = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '-');
const n1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '-');
const ms = (l: LatencySummary) => `${n1(l.p50)} / ${n1(l.p95)} / ${n1(l.p99)} / ${n1(l.max)}`;

/** Every size side by side: one column per size, one row per figure. */
export function formatSizes(sizes: SizeResult[]): string {
  const rows: [string, (s: SizeResult) => string][] = [
    ['people / records loaded', (s) => `${n0(s.people)} / ${n0(s.records)}`],
    ['graph nodes / relationships', (s) => `${n0(s.graph.totalNodes)} / ${n0(s.graph.totalRelationships)}`],
    ['ingest (writeRecordBatch) s, rec/s', (s) => `${n1(s.ingest.seconds)} s, ${n0(s.ingest.recordsPerSecond)}/s`],
    ['train s (records sampled)', (s) => `${n1(s.train.seconds)} s (${n0(s.train.sampled)})`],
    ['full run s, rec/s', (s) => `${n1(s.fullRun.seconds)} s, ${n0(s.fullRun.recordsPerSecond)}/s${s.fullRun.complete ? '' : ' STOPPED'}`],
    ...FULL_RUN_PHASES.map((phase): [string, (s: SizeResult) => string] => [
      `  phase ${phase} s, rec/s`,
      (s) => {
        const p = s.fullRun.phases.find((x) => x.phase === phase);
        return p ? `${n1(p.seconds)} s${p.recordsPerSecond === null ? '' : `, ${n0(p.recordsPerSecond)}/s`}` : '-';
      },
    ]),
    ['  pairs scored / links / merges', (s) => `${n0(s.fullRun.counts.scoredPairs)} / ${n0(s.fullRun.counts.linksWritten)} / ${n0(s.fullRun.counts.merges)}`],
    ['re-run (unchanged) s, rec/s', (s) => ('skipped' in s.rerun ? `skipped: ${s.rerun.skipped}` : `${n1(s.rerun.seconds)} s, ${n0(s.rerun.recordsPerSecond)}/s`)],
    [`  re-run phases s (${FULL_RUN_PHASES.join('/')})`, (s) => ('skipped' in s.rerun ? '-' : s.rerun.phases.map((p) => n1(p.seconds)).join(' / '))],
    ['  stable ids (0 assign/merge/split)', (s) => ('skipped' in s.rerun ? '-' : `${s.rerun.stableIds ? 'yes' : 'NO'} (${s.rerun.counts.assignments}/${s.rerun.counts.merges}/${s.rerun.counts.splits})`)],
    ['incremental match ms p50/p95/p99/max', (s) => ms(s.incremental.match)],
    ['  known person (new account)', (s) => ms(s.incremental.byKind['known-person'])],
    ['  new person', (s) => ms(s.incremental.byKind['new-person'])],
    ['  update of a loaded record', (s) => ms(s.incremental.byKind.update)],
    ['  p95 < 100 ms target', (s) => `${s.incremental.targetMet ? 'met' : 'NOT met'} (n=${s.incremental.records})`],
    ['  steps p50/p95: generic check', (s) => `${n1(s.incremental.steps.generic.p50)} / ${n1(s.incremental.steps.generic.p95)}`],
    ['  steps p50/p95: blocking + scoring', (s) => `${n1(s.incremental.steps.scoring.p50)} / ${n1(s.incremental.steps.scoring.p95)}`],
    ['  steps p50/p95: re-clustering', (s) => `${n1(s.incremental.steps.clustering.p50)} / ${n1(s.incremental.steps.clustering.p95)}`],
    ['  write ms p50/p95 (context)', (s) => `${n1(s.incremental.write.p50)} / ${n1(s.incremental.write.p95)}`],
    ['queue end to end ms p50/p95/p99/max', (s) => ('skipped' in s.queue ? `skipped: ${s.queue.skipped}` : ms(s.queue.endToEnd))],
    ['  within 1 s of enqueue', (s) => ('skipped' in s.queue ? '-' : `${(100 * s.queue.withinOneSecond).toFixed(0)}% (n=${s.queue.endToEnd.count}, timeouts ${s.queue.timedOut})`)],
    ['  enqueue -> match job added p50/p95', (s) => ('skipped' in s.queue ? '-' : `${n1(s.queue.ingest.p50)} / ${n1(s.queue.ingest.p95)}`)],
    ['  match job wait p50/p95', (s) => ('skipped' in s.queue ? '-' : `${n1(s.queue.matchWait.p50)} / ${n1(s.queue.matchWait.p95)}`)],
    ['  match job active p50/p95', (s) => ('skipped' in s.queue ? '-' : `${n1(s.queue.matchJob.p50)} / ${n1(s.queue.matchJob.p95)}`)],
  ];
  const headers = ['', ...sizes.map((s) => `~${n0(s.records)} records`)];
  const cells = rows.map(([label, f]) => [label, ...sizes.map(f)]);
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

export function writeResult(result: MatchingBenchResult, dir: string, label = ''): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `matching-${result.startedAt.slice(0, 10)}${label ? `-${label}` : ''}.json`);
  writeFileSync(path, `${JSON.stringify(result, null, 2)}\n`);
  return path;
}
