import { IngestOrigin } from '../ingestion/dead-letter/dead-letter-entry';
import { BehaviourEvent } from './event-schemas';

/** One queued batch of validated events: one graph transaction. Events carry ids, amounts and categories, no PII. */
export interface EventJobData {
  events: BehaviourEvent[];
  origin: IngestOrigin;
}
