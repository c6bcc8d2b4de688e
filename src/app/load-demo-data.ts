import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER } from '../graph/cypher-statements';
import { readInputFile, waitForJobs } from '../ingestion';
import { isSourceSystem } from '../model';
import { AppContext } from './app-context';

export interface DemoLoadReport {
  loaded: boolean;
  received: number;
  accepted: number;
  rejected: number;
}

/** On first start with an empty graph, ingests the demo set (one NDJSON file per source) through the queue. */
export async function loadDemoDataIfEmpty(app: AppContext, dir: string): Promise<DemoLoadReport> {
  const report: DemoLoadReport = { loaded: false, received: 0, accepted: 0, rejected: 0 };
  const [{ records } = { records: 0 }] = await app.graph.read<{ records: number }>(CYPHER.countSourceRecords, {}, { actor: 'system:demo' });
  if (records > 0 || !existsSync(dir)) return report;
  const files = readdirSync(dir).filter((f) => f.endsWith('.ndjson') && isSourceSystem(f.replace(/\.ndjson$/, '')));
  const jobIds: string[] = [];
  for (const file of files.sort()) {
    const source = file.replace(/\.ndjson$/, '');
    const result = await app.producer.ingest(readInputFile(join(dir, file), source), { via: 'cli', file: join(dir, file) });
    report.received += result.received;
    report.accepted += result.accepted;
    report.rejected += result.rejected;
    jobIds.push(...result.jobIds);
  }
  await waitForJobs(app.ingestQueue, jobIds);
  report.loaded = true;
  return report;
}
