import { IngestJobData } from '../../src/ingestion/ingest-job';
import { IngestProducer } from '../../src/ingestion/ingest-producer';
import { IngestQueue } from '../../src/ingestion/ingest-queue';
import { DeadLetterStore } from '../../src/ingestion/dead-letter/dead-letter-store';
import { readInputFile } from '../../src/ingestion';
import { BenchDataset } from './dataset';

/**
 * The exact job payloads the producer would queue for a dataset (same validation, normalisation and batching),
 * captured in memory instead of Redis, and passed through JSON as the queue would.
 */
export async function captureBatches(dataset: BenchDataset, options: { batchSize: number; tokenHashKey: string; defaultPhoneRegion: 'US' | 'CA' }): Promise<IngestJobData[]> {
  const jobs: IngestJobData[] = [];
  const queue = {
    add: async (_name: string, data: IngestJobData) => {
      jobs.push(JSON.parse(JSON.stringify(data)) as IngestJobData);
      return { id: String(jobs.length) };
    },
  } as unknown as IngestQueue;
  const deadLetters = { add: async (letters: unknown[]) => letters.map((_, i) => `dl-${i}`) } as unknown as DeadLetterStore;
  const producer = new IngestProducer(queue, deadLetters, options);
  for (const file of dataset.files) await producer.ingest(readInputFile(file.path, file.source), { via: 'cli', file: file.path });
  return jobs;
}
