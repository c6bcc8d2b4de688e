import { replayDeadLetters, waitForJobs } from '../src/ingestion';
import { rowsOf } from './support/records';
import { createTestApp, TestApp } from './support/test-app';

describe('dead letters are listed and replayed after a fix (real Neo4j and Redis)', () => {
  let t: TestApp;
  const options = { tokenHashKey: 'test-token-hash-key-0001' };
  beforeAll(async () => {
    t = await createTestApp();
    t.startWorker();
  });
  afterAll(() => t.close());

  it('replays a corrected payload into the graph and leaves an unfixed one with fresh reasons', async () => {
    const report = await t.app.producer.ingest(
      rowsOf('pharmacy', [
        { patientId: 'RX-1', firstName: 'Ada', lastName: 'King', dateOfBirth: '1980-02-30', updatedAt: '2024-01-01' },
        { patientId: 'RX-2', firstName: 'Bea', lastName: 'Lamb', dateOfBirth: '31/31/1980', updatedAt: '2024-01-01' },
      ]),
      { via: 'cli', file: 'feed.ndjson' },
    );
    expect(report).toMatchObject({ received: 2, accepted: 0, rejected: 2 });
    const [first, second] = await t.app.deadLetters.list();
    expect(first!.issues).toEqual([expect.objectContaining({ field: 'dateOfBirth', code: 'INVALID_DATE' })]);
    expect(first!.origin).toMatchObject({ via: 'cli', file: 'feed.ndjson', line: 1 });

    const fixed = new Map([[first!.id, { ...(first!.payload as object), dateOfBirth: '1980-02-28' }]]);
    const replay = await replayDeadLetters([first!.id, second!.id], t.app.deadLetters, t.app.ingestQueue, options, fixed);
    expect(replay).toMatchObject({ replayed: 1, stillRejected: 1 });
    await waitForJobs(t.app.ingestQueue, replay.jobIds);

    expect((await t.counts()).nodes.SourceRecord).toBe(1);
    const left = await t.app.deadLetters.list();
    expect(left.map((e) => [e.id, e.replays])).toEqual([[second!.id, 1]]);
    expect(left[0]!.issues).toEqual([expect.objectContaining({ field: 'dateOfBirth', code: 'INVALID_DATE' })]);
  });
});
