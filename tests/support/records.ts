import { InputRow } from '../../src/ingestion/input-row';

/** Rows for IngestProducer.ingest from plain objects of one source. */
export function rowsOf(source: string, records: unknown[]): InputRow[] {
  return records.map((raw, i) => ({ kind: 'record', line: i + 1, source, raw }));
}
