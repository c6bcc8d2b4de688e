import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, freemem, loadavg, release, totalmem, type } from 'node:os';
import { Driver } from 'neo4j-driver';
import { Redis } from 'ioredis';
import { BENCH_CYPHER, benchCypher } from './bench-cypher';
import { REPO_ROOT } from './paths';

export interface MachineFacts {
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  freeMemoryGiB: number;
  os: string;
  node: string;
  neo4j: string;
  java: string;
  redis: string;
  loadAverage: number[];
  /** Other JVMs and workers on the machine compete for the same 2 cores; listed so a result can be read fairly. */
  otherProcesses: string[];
  gitCommit: string;
  gitDirty: boolean;
}

const GiB = 1024 ** 3;

export async function machineFacts(driver: Driver, redis: Redis): Promise<MachineFacts> {
  const session = driver.session();
  let neo4j = 'unknown';
  try {
    const result = await session.run(benchCypher(BENCH_CYPHER.neo4jVersion));
    const row = result.records[0]?.toObject() as { name: string; versions: string[]; edition: string } | undefined;
    if (row) neo4j = `${row.versions.join(',')} ${row.edition}`;
  } finally {
    await session.close();
  }
  const info = await redis.info('server');
  return {
    cores: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: round(totalmem() / GiB),
    freeMemoryGiB: round(freemem() / GiB),
    os: `${type()} ${release()}`,
    node: process.version,
    neo4j,
    java: javaVersion(),
    redis: /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown',
    loadAverage: loadavg().map(round),
    otherProcesses: otherProcesses(),
    gitCommit: shell('git', ['-C', REPO_ROOT, 'rev-parse', '--short', 'HEAD']).trim(),
    gitDirty: shell('git', ['-C', REPO_ROOT, 'status', '--porcelain', '--untracked-files=no']).trim() !== '',
  };
}

/** `java -version` prints to stderr. */
function javaVersion(): string {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return (result.stderr || result.stdout || 'unknown').split('\n')[0]?.trim() ?? 'unknown';
}

function shell(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) || '';
  } catch (error) {
    const e = error as { stderr?: string };
    return e.stderr ?? 'unknown';
  }
}

/** Neo4j servers, Redis servers and node workers of other profiles running beside the benchmark. */
function otherProcesses(): string[] {
  const lines = shell('ps', ['-eo', 'pid,pcpu,rss,args', '--no-headers']).split('\n');
  return lines
    .filter((l) => /CommunityEntryPoint|redis-server|src\/(worker|main|server)\.ts/.test(l) && !l.includes('.data/bench/') && !l.includes(':6382'))
    .map((l) => {
      const [pid, cpu, rss, ...args] = l.trim().split(/\s+/);
      const text = args.join(' ');
      const conf = /--config-dir=(\S+)/.exec(text)?.[1]?.replace(`${REPO_ROOT}/`, '');
      const what = text.includes('CommunityEntryPoint') ? `neo4j (${conf ?? '?'})` : text.replace(`${REPO_ROOT}/`, '').slice(0, 100);
      return `pid ${pid} cpu ${cpu}% rss ${Math.round(Number(rss) / 1024)} MiB: ${what}`;
    });
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
