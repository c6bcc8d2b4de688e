import { AppContext } from '../../src/app/app-context';
import { readInputFile } from '../../src/ingestion';
import { BenchDataset } from './dataset';

export interface ProduceResult {
  received: number;
  accepted: number;
  rejected: number;
  jobIds: string[];
  seconds: number;
}

/** Reads, validates, normalises and queues every file of the dataset, one after the other, as `idgraph ingest` would. */
export async function produceDataset(app: AppContext, dataset: BenchDataset): Promise<ProduceResult> {
  const t0 = performance.now();
  const result: ProduceResult = { received: 0, accepted: 0, rejected: 0, jobIds: [], seconds: 0 };
  for (const file of dataset.files) {
    const report = await app.producer.ingest(readInputFile(file.path, file.source), { via: 'cli', file: file.path });
    result.received += report.received;
    result.accepted += report.accepted;
    result.rejected += report.rejected;
    result.jobIds.push(...report.jobIds);
  }
  result.seconds = (performance.now() - t0) / 1000;
  return result;
}
