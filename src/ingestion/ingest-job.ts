import { CanonicalRecord } from '../model';
import { IngestOrigin } from './dead-letter/dead-letter-entry';

/** One queued unit of ingestion: validated, normalised records written to the graph in one transaction. */
export interface IngestJobData {
  records: CanonicalRecord[];
  origin: IngestOrigin;
}
