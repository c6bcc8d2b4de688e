import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputRow } from './input-row';
import { readInputFile } from './read-input-file';

async function rowsOf(name: string, content: string, source?: string): Promise<InputRow[]> {
  const path = join(mkdtempSync(join(tmpdir(), 'idgraph-read-')), name);
  writeFileSync(path, content);
  const rows: InputRow[] = [];
  for await (const row of readInputFile(path, source)) rows.push(row);
  return rows;
}

describe('readInputFile', () => {
  it('reads CSV rows as records of the given source, empty cells as absent, with their line numbers', async () => {
    const rows = await rowsOf('pos.csv', 'posCustomerId,phone,loyaltyCard,updatedAt\nP-1,(312) 555-0143,,2024-01-01\nP-2,,4000,2024-01-02\n', 'pos');
    expect(rows).toEqual([
      { kind: 'record', line: 2, source: 'pos', raw: { posCustomerId: 'P-1', phone: '(312) 555-0143', updatedAt: '2024-01-01' } },
      { kind: 'record', line: 3, source: 'pos', raw: { posCustomerId: 'P-2', loyaltyCard: '4000', updatedAt: '2024-01-02' } },
    ]);
  });

  it('reads NDJSON envelopes without a source and keeps unreadable lines as rows to reject', async () => {
    const rows = await rowsOf('mixed.ndjson', '{"source":"crm","record":{"crmId":"C-1"}}\n\n{not json\n{"crmId":"C-2"}\n');
    expect(rows).toEqual([
      { kind: 'record', line: 1, source: 'crm', raw: { crmId: 'C-1' } },
      { kind: 'unreadable', line: 3, text: '{not json', problem: 'is not valid JSON' },
      { kind: 'unreadable', line: 4, text: '{"crmId":"C-2"}', problem: expect.stringContaining('without --source') },
    ]);
  });

  it('refuses a CSV file without a source', async () => {
    await expect(rowsOf('x.csv', 'a,b\n1,2\n')).rejects.toThrow(/needs --source/);
  });
});
