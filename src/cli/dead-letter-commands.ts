import { readFileSync } from 'node:fs';
import { AppContext } from '../app/app-context';
import { replayDeadLetters } from '../ingestion';

export async function listDeadLetters(app: AppContext, options: { limit: number; offset: number; json: boolean }): Promise<void> {
  const entries = await app.deadLetters.list(options);
  const total = await app.deadLetters.count();
  if (options.json) {
    for (const e of entries) process.stdout.write(`${JSON.stringify(e)}\n`);
    return;
  }
  process.stdout.write(`${total} dead letters (showing ${entries.length} from ${options.offset})\n`);
  for (const e of entries) {
    const where = e.origin.file ? `${e.origin.file}:${e.origin.line ?? '?'}` : e.origin.via;
    process.stdout.write(`${e.id}  ${e.source ?? '?'}  ${e.stage}  ${where}\n`);
    for (const i of e.issues) process.stdout.write(`    ${i.field} [${i.code}] ${i.message}\n`);
  }
}

export async function replayCommand(app: AppContext, options: { id?: string[]; all: boolean; fixed?: string }): Promise<void> {
  const fixes = options.fixed ? readFixes(options.fixed) : new Map<string, unknown>();
  const ids = options.all ? (await app.deadLetters.list({ limit: 1_000_000 })).map((e) => e.id) : [...(options.id ?? []), ...fixes.keys()];
  if (ids.length === 0) {
    process.stdout.write('nothing to replay: give --id <id> (repeatable), --fixed <file> or --all\n');
    return;
  }
  const report = await replayDeadLetters(ids, app.deadLetters, app.ingestQueue, {
    tokenHashKey: app.config.TOKEN_HASH_KEY,
    defaultPhoneRegion: app.config.DEFAULT_PHONE_REGION,
  }, fixes);
  process.stdout.write(`replayed ${report.replayed} (queued), still rejected ${report.stillRejected}\n`);
}

export async function discardCommand(app: AppContext, ids: string[]): Promise<void> {
  await app.deadLetters.remove(ids);
  process.stdout.write(`discarded ${ids.length}\n`);
}

/** Corrected entries: lines of `dead-letters list --json` output, with their `payload` edited. */
function readFixes(path: string): Map<string, unknown> {
  const fixes = new Map<string, unknown>();
  readFileSync(path, 'utf8').split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const entry = JSON.parse(line) as { id?: unknown; payload?: unknown };
    if (typeof entry.id !== 'string' || entry.payload === undefined) {
      throw new Error(`${path}:${index + 1}: each line needs "id" and "payload" (as printed by dead-letters list --json)`);
    }
    fixes.set(entry.id, entry.payload);
  });
  return fixes;
}
