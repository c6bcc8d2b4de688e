import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { MatchRecord } from '../records/match-record';
import type { MatchingSettingsInput } from '../settings/matching-settings';

/** Records with their true entity (used only to measure, never to train) and the settings to match them. */
export interface LabelledDataset {
  name: string;
  records: MatchRecord[];
  /** truth[i] is the entity of records[i]. */
  truth: string[];
  settings: MatchingSettingsInput;
}

/** Reads a CSV with a header line into rows of strings. */
export function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
}
