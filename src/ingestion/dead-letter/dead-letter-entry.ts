import { FieldIssue } from '../../errors';

/** Where a dead letter was caught: at validation (raw input) or when writing to the graph (canonical record). */
export type DeadLetterStage = 'validation' | 'write';

export interface IngestOrigin {
  via: 'cli' | 'api' | 'replay' | 'worker';
  file?: string;
  line?: number;
}

export interface DeadLetterEntry {
  id: string;
  /** The source named by the input, or null when even that was unreadable. */
  source: string | null;
  stage: DeadLetterStage;
  /** What arrived: the raw record (validation) or the canonical record (write); a line's text if unparsable. */
  payload: unknown;
  issues: FieldIssue[];
  receivedAt: string;
  origin: IngestOrigin;
  replays: number;
}
