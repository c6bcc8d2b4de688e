export { IngestProducer, type IngestReport, type IngestCounts } from './ingest-producer';
export { readInputFile, parseNdjsonLine } from './read-input-file';
export { startIngestWorker, sweepFailedIngestJobs, processIngestJob } from './ingest-worker';
export { writeRecordBatch, type BatchWriteResult } from './write-record-batch';
export { waitForJobs } from './wait-for-jobs';
export { replayDeadLetters } from './dead-letter/replay-dead-letters';
export { DeadLetterStore } from './dead-letter/dead-letter-store';
export type { DeadLetterEntry } from './dead-letter/dead-letter-entry';
