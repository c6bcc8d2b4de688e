import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import { InputRow } from './input-row';

export type InputFormat = 'ndjson' | 'csv';

export function formatOf(path: string): InputFormat {
  return /\.csv$/i.test(path) ? 'csv' : 'ndjson';
}

/**
 * Streams an input file as rows. With a source given, each NDJSON line or CSV row is one record of that
 * source; without one, each NDJSON line must be an envelope `{"source": ..., "record": {...}}`.
 * A line that is not JSON becomes an `unreadable` row rather than stopping the file.
 */
export async function* readInputFile(path: string, source: string | undefined): AsyncGenerator<InputRow> {
  if (formatOf(path) === 'csv') {
    if (source === undefined) throw new Error('a CSV file needs --source: CSV rows carry no source of their own');
    yield* readCsv(path, source);
  } else {
    yield* readNdjson(path, source);
  }
}

async function* readNdjson(path: string, source: string | undefined): AsyncGenerator<InputRow> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    if (text.trim() === '') continue;
    yield parseNdjsonLine(text, line, source);
  }
}

export function parseNdjsonLine(text: string, line: number, source: string | undefined): InputRow {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'unreadable', line, text, problem: 'is not valid JSON' };
  }
  if (source !== undefined) return { kind: 'record', line, source, raw: value };
  if (value === null || typeof value !== 'object' || !('source' in value) || !('record' in value)) {
    return { kind: 'unreadable', line, text, problem: 'without --source, each line must be {"source": ..., "record": {...}}' };
  }
  const envelope = value as { source: unknown; record: unknown };
  return { kind: 'record', line, source: String(envelope.source), raw: envelope.record };
}

async function* readCsv(path: string, source: string): AsyncGenerator<InputRow> {
  const parser = createReadStream(path).pipe(
    parse({ columns: true, skip_empty_lines: true, trim: true, relax_column_count: true, info: true }),
  );
  for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    // Empty cells mean "not given", as an absent key does in NDJSON.
    const raw = Object.fromEntries(Object.entries(record).filter(([, v]) => v !== ''));
    yield { kind: 'record', line: info.lines, source, raw };
  }
}
