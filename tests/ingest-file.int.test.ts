import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDataset } from '../seeds/dataset';
import { generateMalformed } from '../seeds/malformed';
import { readInputFile, waitForJobs } from '../src/ingestion';
import { createTestApp, TestApp } from './support/test-app';

const VALID = 1000;
const MALFORMED = 100;

/** 1,000 valid generated records and 100 broken ones, interleaved, as NDJSON envelopes. */
function writeMixedFile(): { path: string; expected: { line: number; field: string; code: string }[] } {
  const valid: string[] = [];
  for (const item of generateDataset({ people: 600, seed: 7 })) {
    if (valid.length === VALID) break;
    valid.push(JSON.stringify({ source: item.source, record: item.record }));
  }
  const broken = [...generateMalformed(MALFORMED, 7)];
  const lines: string[] = [];
  const expected: { line: number; field: string; code: string }[] = [];
  valid.forEach((line, i) => {
    lines.push(line);
    const bad = i % 10 === 9 ? broken[(i - 9) / 10] : undefined;
    if (bad) {
      lines.push(JSON.stringify({ source: bad.source, record: bad.record }));
      expected.push({ line: lines.length, field: bad.expectedError.field, code: bad.expectedError.code });
    }
  });
  const path = join(mkdtempSync(join(tmpdir(), 'idgraph-')), 'mixed.ndjson');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return { path, expected };
}

describe('ingesting a file of 1,000 valid and 100 malformed records (real Neo4j and Redis)', () => {
  let t: TestApp;
  const file = writeMixedFile();

  beforeAll(async () => {
    t = await createTestApp();
    t.startWorker();
  });
  afterAll(() => t.close());

  it('accepts the 1,000, dead-letters the 100 with the field and code of each problem, and is idempotent', async () => {
    expect(file.expected).toHaveLength(MALFORMED);
    const first = await t.app.producer.ingest(readInputFile(file.path, undefined), { via: 'cli', file: file.path });
    expect(first).toMatchObject({ received: VALID + MALFORMED, accepted: VALID, rejected: MALFORMED });
    await waitForJobs(t.app.ingestQueue, first.jobIds);

    // Every rejected line is the one we broke, and its reasons name the broken field with the right code.
    const byLine = new Map(first.rejections.map((r) => [r.line, r]));
    for (const expected of file.expected) {
      const rejection = byLine.get(expected.line);
      expect(rejection).toBeDefined();
      expect(rejection!.issues).toEqual(expect.arrayContaining([expect.objectContaining({ field: expected.field, code: expected.code })]));
      for (const issue of rejection!.issues) expect(issue.message.length).toBeGreaterThan(5);
    }
    const stored = await t.app.deadLetters.list({ limit: 1000 });
    expect(stored).toHaveLength(MALFORMED);
    expect(stored.every((e) => e.stage === 'validation' && e.origin.file === file.path && e.issues.length > 0)).toBe(true);

    const counts = await t.counts();
    expect(counts.nodes.SourceRecord).toBe(VALID);

    const again = await t.app.producer.ingest(readInputFile(file.path, undefined), { via: 'cli', file: file.path });
    await waitForJobs(t.app.ingestQueue, again.jobIds);
    expect(again).toMatchObject({ received: VALID + MALFORMED, accepted: VALID, rejected: MALFORMED });
    expect(await t.counts()).toEqual(counts);
  });
});
