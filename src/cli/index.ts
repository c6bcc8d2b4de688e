import { Command } from 'commander';
import { createAppContext } from '../app/app-context';
import { loadConfig } from '../config';
import { applySchema } from '../graph/apply-schema';
import { CYPHER } from '../graph/cypher-statements';
import { SOURCE_SYSTEMS } from '../model';
import { runWorker } from '../worker';
import { discardCommand, listDeadLetters, replayCommand } from './dead-letter-commands';
import { listSegmentsCommand, recomputeSegmentsCommand, recordEventsCommand } from './events-commands';
import { householdsDetectCommand } from './households-command';
import { ingestCommand } from './ingest-command';
import { failedCommand, reportCommand, runCommand, trainCommand } from './matching-commands';
import { forceLinkCommand, forceUnlinkCommand, splitCommand } from './steward-commands';
import { tokenCommand } from './token-command';
import { auditCommand, auditVerifyCommand, eraseCommand, erasureCleanupCommand, exportCommand, retentionCommand } from './privacy-commands';

const program = new Command('idgraph').description('identity-graph command line');

async function withApp<T>(work: (app: ReturnType<typeof createAppContext>) => Promise<T>): Promise<T> {
  const app = createAppContext(loadConfig(), 'cli');
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

program
  .command('ingest')
  .description('validate a file of source records, queue the valid ones, dead-letter the rest')
  .argument('<file>', 'NDJSON (.ndjson/.jsonl) or CSV (.csv) file')
  .option('-s, --source <source>', `source system: ${SOURCE_SYSTEMS.join(', ')}; omit for NDJSON envelopes {"source","record"}`)
  .option('-w, --wait', 'wait until the graph holds the accepted records', false)
  .action(async (file: string, options: { source?: string; wait: boolean }) => {
    process.exitCode = await withApp((app) => ingestCommand(app, file, options));
  });

const deadLetters = program.command('dead-letters').description('list, replay or discard rejected records');
deadLetters
  .command('list')
  .option('-n, --limit <n>', 'how many', (v) => Number.parseInt(v, 10), 50)
  .option('--offset <n>', 'skip this many', (v) => Number.parseInt(v, 10), 0)
  .option('--json', 'one JSON entry per line, payload included', false)
  .action((options: { limit: number; offset: number; json: boolean }) => withApp((app) => listDeadLetters(app, options)));
deadLetters
  .command('replay')
  .description('validate again with the current rules and queue those that now pass')
  .option('--id <id...>', 'entry ids')
  .option('--all', 'every entry', false)
  .option('--fixed <file>', 'NDJSON of corrected entries ({"id", "payload"} lines, as from list --json)')
  .action((options: { id?: string[]; all: boolean; fixed?: string }) => withApp((app) => replayCommand(app, options)));
deadLetters
  .command('discard')
  .argument('<ids...>')
  .action((ids: string[]) => withApp((app) => discardCommand(app, ids)));

program
  .command('schema')
  .description('apply constraints and indexes (idempotent)')
  .action(() =>
    withApp(async (app) => {
      process.stdout.write(`schema version ${(await applySchema(app.graph)).version}\n`);
    }),
  );

program
  .command('counts')
  .description('node and relationship counts by label and type')
  .action(() =>
    withApp(async (app) => {
      const [row] = await app.graph.read(CYPHER.countGraph, {}, { actor: 'cli' });
      process.stdout.write(`${JSON.stringify(row, null, 2)}\n`);
    }),
  );

program
  .command('events')
  .description('behavioural events')
  .command('record')
  .description('validate an NDJSON file of events, queue the valid ones, dead-letter the rest')
  .argument('<file>', 'NDJSON file, one event per line (e.g. seeds/generated/demo-events/events.ndjson)')
  .action(async (file: string) => {
    process.exitCode = await withApp((app) => recordEventsCommand(app, file));
  });

const segments = program.command('segments').description('segment definitions and membership');
segments.command('list').description('segments with their rule and member count').action(() => withApp((app) => listSegmentsCommand(app)));
segments.command('recompute').description('re-evaluate every customer now (time-based segments, new definition versions)').action(() => withApp((app) => recomputeSegmentsCommand(app)));

program
  .command('households')
  .description('household proposals')
  .command('detect')
  .description('propose household memberships from shared addresses, cards, devices, emails, phones and surnames')
  .option('--customer <ids...>', 'only around these customers (default: every active customer)')
  .option('--job-id <id>', 'job id written on the proposals')
  .action((options: { customer?: string[]; jobId?: string }) => withApp((app) => householdsDetectCommand(app, options)));

const matching = program.command('matching').description('identity resolution: train, run, report');
matching
  .command('train')
  .description('train a matching model on the graph (no labels) and make it the active model')
  .option('--sample <n>', 'most records to train on (seeded random sample above it)', (v) => Number.parseInt(v, 10))
  .action((options: { sample?: number }) => withApp((app) => trainCommand(app, options)));
matching
  .command('run')
  .description('re-match every record with the active model (resumable); ids of unchanged customers stay')
  .option('--queue', 'hand the run to the workers instead of running it here', false)
  .option('--resume <runId>', 'continue an interrupted run')
  .action((options: { queue: boolean; resume?: string }) => withApp((app) => runCommand(app, options)));
matching
  .command('report')
  .description('suspicious customers (links cut by a guard, at the size cap) and generic values')
  .option('-n, --limit <n>', 'how many customers', (v) => Number.parseInt(v, 10), 50)
  .action((options: { limit: number }) => withApp((app) => reportCommand(app, options)));
matching
  .command('failed')
  .description('matching jobs that failed for good (the matching dead-letter queue)')
  .option('--retry', 'queue them again', false)
  .action((options: { retry: boolean }) => withApp((app) => failedCommand(app, options)));

const steward = program.command('steward').description('manual identity decisions, recorded with who and why');
const who = (c: Command) => c.requiredOption('--by <name>', 'who decides').requiredOption('--reason <text>', 'why');
who(steward.command('force-link').description('these two records are one customer, in every later run').argument('<recordKeyA>').argument('<recordKeyB>'))
  .action((a: string, b: string, options: { by: string; reason: string }) => withApp((app) => forceLinkCommand(app, a, b, options)));
who(steward.command('force-unlink').description('these two records are never one customer').argument('<recordKeyA>').argument('<recordKeyB>'))
  .action((a: string, b: string, options: { by: string; reason: string }) => withApp((app) => forceUnlinkCommand(app, a, b, options)));
who(steward.command('split').description('split a customer into groups of its records').argument('<customerId>'))
  .requiredOption('--group <keys...>', 'comma-separated record keys of one group (repeat per group)')
  .action((customerId: string, options: { by: string; reason: string; group: string[] }) => withApp((app) => splitCommand(app, customerId, options)));

const privacy = program.command('privacy').description('retention, data subject requests and the audit log');
privacy.command('retention').description('delete what outlived its category\'s retention period (config/retention.json)').action(() => withApp((app) => retentionCommand(app)));
privacy
  .command('export')
  .description('access request: everything held about a customer, as JSON with provenance')
  .argument('<customerId>')
  .requiredOption('--by <name>', 'who handles the request')
  .action(async (customerId: string, options: { by: string }) => {
    process.exitCode = await withApp((app) => exportCommand(app, customerId, options));
  });
who(privacy.command('erase').description('erasure request: delete the customer, suppress re-ingest, scan the graph').argument('<customerId>'))
  .action(async (customerId: string, options: { by: string; reason: string }) => {
    process.exitCode = await withApp((app) => eraseCommand(app, customerId, options));
  });
privacy
  .command('erasure-cleanup')
  .description('remove the raw events of erasures whose event-log cleanup is pending (the worker also does it at start and every ten minutes); prints counts')
  .action(() => withApp((app) => erasureCleanupCommand(app)));
privacy
  .command('audit')
  .description("who read a customer's data, and why")
  .argument('<customerId>')
  .option('--category <id>', 'only reads that returned this data category, e.g. health')
  .option('-n, --limit <n>', 'how many', (v) => Number.parseInt(v, 10), 100)
  .action((customerId: string, options: { category?: string; limit: number }) => withApp((app) => auditCommand(app, customerId, options)));
privacy
  .command('audit-verify')
  .description('recompute the audit hash chain (exit 3 when broken)')
  .action(async () => {
    process.exitCode = await withApp((app) => auditVerifyCommand(app));
  });

program
  .command('token')
  .description('mint a local HS256 bearer token for the API (development; needs AUTH_HS256_SECRET, which npm start writes into .env)')
  .requiredOption('--role <role>', 'app, customer, analyst, steward, privacy_officer or admin')
  .requiredOption('--sub <subject>', 'client id, or the customer id for the customer role')
  .option('--purposes <purposes...>', 'purposes an app may read for, e.g. service_fulfilment pharmacy_care')
  .option('--ttl <span>', 'lifetime, e.g. 1h, 12h, 30d', '12h')
  .action(async (options: { role: string; sub: string; purposes?: string[]; ttl: string }) => {
    process.stdout.write(`${await tokenCommand(loadConfig(), options)}\n`);
  });

program.command('worker').description('run a queue worker').action(() => runWorker());

program.parseAsync().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
