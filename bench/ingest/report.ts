import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CeilingResult } from './ceiling';
import { BenchDataset } from './dataset';
import { MachineFacts } from './machine-facts';
import { IsolatedProducerResult } from './measure-producer';
import { BenchOptions } from './options';
import { EndToEndResult } from './run-end-to-end';

export const TARGET_RECORDS_PER_SECOND = 5000;

export interface SizeResult {
  size: number;
  dataset: Omit<BenchDataset, 'dir' | 'files'>;
  isolatedProducer: IsolatedProducerResult[];
  runs: EndToEndResult[];
  ceiling: CeilingResult | { error: string } | null;
  /** Per configuration (median over its repeats): end-to-end records/s against the import's records/s. */
  comparison: ConfigSummary[];
}

export interface ConfigSummary {
  batchSize: number;
  concurrency: number;
  runs: number;
  endToEndRecordsPerSecond: number;
  produceRecordsPerSecond: number;
  writeRecordsPerSecond: number;
  writeRecordsPerSecondSecondHalf: number | null;
  importRecordsPerSecond: number | null;
  /** end-to-end / import */
  ratio: number | null;
  /** end-to-end / the 5,000 records/s target */
  ofTarget: number;
}

export interface BenchResult {
  benchmark: 'ingest';
  startedAt: string;
  finishedAt: string;
  command: string;
  options: BenchOptions;
  machine: MachineFacts;
  target: { endToEndRecordsPerSecond: number };
  /** The unreported first run (server warm-up). */
  warmup: { size: number; seconds: number; recordsPerSecond: number } | null;
  sizes: SizeResult[];
  problems: string[];
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};

/** Medians per batch size x concurrency, set against the ceiling and the target. */
export function compare(runs: EndToEndResult[], ceiling: SizeResult['ceiling']): ConfigSummary[] {
  const importRate = ceiling && !('error' in ceiling) ? ceiling.sourceRecordsPerSecond : null;
  const configs = new Map<string, EndToEndResult[]>();
  for (const r of runs) configs.set(`${r.batchSize}/${r.concurrency}`, [...(configs.get(`${r.batchSize}/${r.concurrency}`) ?? []), r]);
  return [...configs.values()].map((group) => {
    const first = group[0] as EndToEndResult;
    const e2e = median(group.map((r) => r.endToEndRecordsPerSecond));
    const halves = group.map((r) => r.writeRecordsPerSecondSecondHalf).filter((v): v is number => v !== null);
    return {
      batchSize: first.batchSize,
      concurrency: first.concurrency,
      runs: group.length,
      endToEndRecordsPerSecond: e2e,
      produceRecordsPerSecond: median(group.map((r) => r.produceRecordsPerSecond)),
      writeRecordsPerSecond: median(group.map((r) => r.writeRecordsPerSecond)),
      writeRecordsPerSecondSecondHalf: halves.length > 0 ? median(halves) : null,
      importRecordsPerSecond: importRate,
      ratio: importRate ? e2e / importRate : null,
      ofTarget: e2e / TARGET_RECORDS_PER_SECOND,
    };
  });
}

const n0 = (n: number) => Math.round(n).toLocaleString('en-US');
const n1 = (n: number) => n.toFixed(1);

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatMachine(m: MachineFacts): string {
  return [
    `machine: ${m.cores} cores (${m.cpuModel}), ${m.memoryGiB} GiB RAM (${m.freeMemoryGiB} free), ${m.os}`,
    `software: Node ${m.node}, Neo4j ${m.neo4j}, ${m.java}, Redis ${m.redis}`,
    `load average at start: ${m.loadAverage.join(' ')}; git ${m.gitCommit}${m.gitDirty ? ' (tracked files modified)' : ''}`,
    ...(m.otherProcesses.length > 0 ? [`also running (not the benchmark's): ${m.otherProcesses.join('; ')}`] : []),
  ].join('\n');
}

export function formatSize(s: SizeResult): string {
  const alone = new Map(s.isolatedProducer.map((p) => [p.batchSize, p.recordsPerSecond]));
  const ceiling = s.ceiling && !('error' in s.ceiling) ? s.ceiling : null;
  const rows = s.runs.map((r) => [
    String(r.batchSize),
    String(r.concurrency),
    String(r.repeat),
    n1(r.endToEndSeconds),
    n0(r.endToEndRecordsPerSecond),
    n0(r.produceRecordsPerSecond),
    alone.has(r.batchSize) ? n0(alone.get(r.batchSize) ?? 0) : '-',
    n0(r.writeRecordsPerSecond),
    r.writeRecordsPerSecondSecondHalf === null ? '-' : n0(r.writeRecordsPerSecondSecondHalf),
    r.jobMs ? `${n0(r.jobMs.p50)}/${n0(r.jobMs.p95)}` : '-',
    String(r.failedAttempts),
    `${n0(r.graph.totalNodes)}/${n0(r.graph.totalRelationships)}`,
    r.complete ? 'yes' : 'NO',
    cpuText(r),
  ]);
  const out = [
    `\n== ${n0(s.size)} source records (${n0(s.dataset.people)} people; ${Object.entries(s.dataset.bySource).map(([k, v]) => `${k} ${v}`).join(', ')})`,
    table(
      ['batch', 'conc', 'rep', 'e2e s', 'e2e rec/s', 'produce rec/s', 'producer alone', 'write rec/s', 'write 2nd half', 'job ms p50/p95', 'retries', 'nodes/rels', 'complete', 'cpu s neo4j/worker/producer/other'],
      rows,
    ),
    '',
    `end to end against the ceiling (medians per configuration) and the ${n0(TARGET_RECORDS_PER_SECOND)} records/s target:`,
    table(
      ['batch', 'conc', 'runs', 'e2e rec/s', 'write 2nd half', 'import rec/s', 'e2e/import', 'of target'],
      s.comparison.map((c) => [
        String(c.batchSize),
        String(c.concurrency),
        String(c.runs),
        n0(c.endToEndRecordsPerSecond),
        c.writeRecordsPerSecondSecondHalf === null ? '-' : n0(c.writeRecordsPerSecondSecondHalf),
        c.importRecordsPerSecond === null ? '-' : n0(c.importRecordsPerSecond),
        c.ratio === null ? '-' : `${(100 * c.ratio).toFixed(1)}%`,
        `${(100 * c.ofTarget).toFixed(0)}%`,
      ]),
    ),
  ];
  if (ceiling) {
    const imp = ceiling.import;
    out.push(
      `ceiling: neo4j-admin import of ${n0(ceiling.csv.nodeCount)} nodes + ${n0(ceiling.csv.relationshipCount)} relationships ` +
        `(${(ceiling.csv.bytes / 1024 / 1024).toFixed(1)} MiB CSV, exported in ${n1(ceiling.csv.seconds)} s): ${n1(imp.seconds)} s wall ` +
        `(${imp.reportedSeconds === null ? '?' : n1(imp.reportedSeconds)} s reported) = ${n0(ceiling.sourceRecordsPerSecond)} source records/s, ` +
        `${n0(ceiling.entitiesPerSecond)} nodes+rels/s wall (${ceiling.entitiesPerSecondReported === null ? '?' : n0(ceiling.entitiesPerSecondReported)} reported); schema ${imp.schema}`,
    );
  } else if (s.ceiling && 'error' in s.ceiling) {
    out.push(`ceiling: failed: ${s.ceiling.error}`);
  }
  return out.join('\n');
}

/** CPU seconds spent during the run by the bench Neo4j, the worker, the producer (this process) and the rest of the machine. */
function cpuText(r: EndToEndResult): string {
  const c = r.cpu;
  const f = (n: number | null) => (n === null ? '?' : n.toFixed(0));
  return `${f(c.neo4jSeconds)}/${f(c.workerSeconds)}/${f(c.benchProcessSeconds)}/${f(c.otherSeconds)}`;
}

export function writeResult(result: BenchResult, dir: string, label = ''): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `ingest-${result.startedAt.slice(0, 10)}${label ? `-${label}` : ''}.json`);
  writeFileSync(path, `${JSON.stringify(result, null, 2)}\n`);
  return path;
}
