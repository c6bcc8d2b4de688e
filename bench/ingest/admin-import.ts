import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CsvExport } from './export-graph-csv';
import { ARRAY_DELIMITER_FLAG } from './import-csv-format';
import { IMPORT_TARGET_DIR, NEO4J_HOME } from './paths';

/** neo4j-admin 5.26 refuses --schema for the record format ("Record format batch import does not support schema changes"). */
const SCHEMA_NOTE = 'not built: --schema needs the block format (Enterprise); Community builds constraints after import, on first start';

export interface AdminImportResult {
  /** Wall clock of the neo4j-admin process (JVM start included). */
  seconds: number;
  /** What the import itself reports ("IMPORT DONE in ..."). */
  reportedSeconds: number | null;
  nodes: number | null;
  relationships: number | null;
  properties: number | null;
  command: string;
  /** Whether the import built the constraints and indexes of cypher/schema/. */
  schema: string;
}

/**
 * `neo4j-admin database import full` of the exported CSV into a scratch database: its own conf dir under
 * .data/bench/import-target/ whose server.directories.data points at a scratch folder, --overwrite-destination.
 * Never touches the bench server's own data directory.
 */
export async function runAdminImport(csv: CsvExport): Promise<AdminImportResult> {
  const confDir = join(IMPORT_TARGET_DIR, 'conf');
  const dataDir = join(IMPORT_TARGET_DIR, 'data');
  const logsDir = join(IMPORT_TARGET_DIR, 'logs');
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(confDir, { recursive: true });
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(logsDir, { recursive: true });
  writeFileSync(
    join(confDir, 'neo4j.conf'),
    [
      '# Written by bench/ingest/admin-import.ts: a scratch target for neo4j-admin database import.',
      `server.directories.data=${dataDir}`,
      `server.directories.logs=${logsDir}`,
      `server.directories.run=${join(IMPORT_TARGET_DIR, 'run')}`,
      `server.directories.import=${csv.dir}`,
      'server.memory.heap.max_size=2g',
      'dbms.usage_report.enabled=false',
      '',
    ].join('\n'),
  );
  const args = [
    '-cp', `${NEO4J_HOME}/lib/*`, 'org.neo4j.server.startup.Neo4jAdminCommand',
    'database', 'import', 'full', 'neo4j',
    '--overwrite-destination=true',
    `--array-delimiter=${ARRAY_DELIMITER_FLAG}`,
    `--report-file=${join(IMPORT_TARGET_DIR, 'import.report')}`,
    ...(csv.multiline ? ['--multiline-fields=true'] : []),
    ...csv.nodes.map((g) => `--nodes=${g.header},${g.data}`),
    ...csv.relationships.map((g) => `--relationships=${g.header},${g.data}`),
  ];
  const t0 = performance.now();
  const { code, output } = await run('java', args, { ...process.env, NEO4J_HOME, NEO4J_CONF: confDir });
  const seconds = (performance.now() - t0) / 1000;
  writeFileSync(join(IMPORT_TARGET_DIR, 'import-output.txt'), output);
  if (code !== 0) throw new Error(`neo4j-admin database import failed (exit ${code}); output in .data/bench/import-target/import-output.txt:\n${output.slice(-3000)}`);
  return {
    seconds,
    reportedSeconds: parseDuration(output),
    nodes: count(output, 'nodes'),
    relationships: count(output, 'relationships'),
    properties: count(output, 'properties'),
    command: `NEO4J_HOME=${NEO4J_HOME} NEO4J_CONF=${confDir} java ${args.map((a) => (a.includes('*') ? `"${a}"` : a)).join(' ')}`,
    schema: SCHEMA_NOTE,
  };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** "IMPORT DONE in 1m 3s 215ms." -> 63.215 */
function parseDuration(output: string): number | null {
  const match = /IMPORT DONE in ([^.\n]+)\./.exec(output);
  if (!match?.[1]) return null;
  let seconds = 0;
  for (const [, n, unit] of match[1].matchAll(/(\d+)\s*(ms|s|m|h)\b/g)) {
    const value = Number(n);
    seconds += unit === 'ms' ? value / 1000 : unit === 's' ? value : unit === 'm' ? value * 60 : value * 3600;
  }
  return seconds;
}

function count(output: string, what: string): number | null {
  const match = new RegExp(`(\\d+) ${what}\\b`).exec(output);
  return match?.[1] ? Number(match[1]) : null;
}
