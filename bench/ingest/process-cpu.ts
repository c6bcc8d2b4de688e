import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

/** The bench profile's Neo4j server JVM (the child the launcher starts), found by its config dir. */
export function benchNeo4jPid(): number | null {
  const ps = execFileSync('ps', ['-eo', 'pid,args', '--no-headers'], { encoding: 'utf8' });
  const line = ps.split('\n').find((l) => l.includes('CommunityEntryPoint') && l.includes('.data/bench/neo4j/conf'));
  return line ? Number(line.trim().split(/\s+/)[0]) : null;
}

/** User + system CPU seconds a process has used so far (/proc/<pid>/stat). */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** Busy CPU seconds of the whole machine so far (all cores; /proc/stat, everything but idle and iowait). */
export function machineBusySeconds(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
  return ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) / TICKS_PER_SECOND;
}

export interface CpuShare {
  wallSeconds: number;
  /** CPU seconds over the run: the bench Neo4j, the worker process, this process (producer), the whole machine. */
  neo4jSeconds: number | null;
  workerSeconds: number | null;
  benchProcessSeconds: number;
  machineSeconds: number;
  /** What the rest of the machine used meanwhile (other profiles' servers, tests, Redis, the OS). */
  otherSeconds: number;
}

/** CPU seconds of a process and all its descendants (tsx runs the worker as a child of its launcher). */
export function treeCpuSeconds(rootPid: number): number {
  let total = 0;
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop() as number;
    try {
      total += cpuSeconds(pid);
    } catch {
      continue; // gone
    }
    try {
      const children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' });
      pending.push(...children.split('\n').map((l) => Number(l.trim())).filter((n) => n > 0));
    } catch {
      // no children: ps exits 1
    }
  }
  return total;
}

/** Starts counting CPU for a run (after the worker is up); call the result to stop and read the shares. */
export function startCpuCount(neo4jPid: number | null, workerPid: number | null): () => CpuShare {
  const read = (pid: number | null, f: (pid: number) => number) => {
    try {
      return pid === null ? null : f(pid);
    } catch {
      return null;
    }
  };
  const t0 = performance.now();
  const neo4j0 = read(neo4jPid, cpuSeconds);
  const worker0 = read(workerPid, treeCpuSeconds);
  const self0 = process.cpuUsage();
  const machine0 = machineBusySeconds();
  return () => {
    const self = process.cpuUsage(self0);
    const neo4j1 = read(neo4jPid, cpuSeconds);
    const worker1 = read(workerPid, treeCpuSeconds);
    const neo4j = neo4j0 !== null && neo4j1 !== null ? neo4j1 - neo4j0 : null;
    const worker = worker0 !== null && worker1 !== null ? worker1 - worker0 : null;
    const machine = machineBusySeconds() - machine0;
    const benchProcess = (self.user + self.system) / 1e6;
    return {
      wallSeconds: (performance.now() - t0) / 1000,
      neo4jSeconds: neo4j,
      workerSeconds: worker,
      benchProcessSeconds: benchProcess,
      machineSeconds: machine,
      otherSeconds: Math.max(0, machine - (neo4j ?? 0) - (worker ?? 0) - benchProcess),
    };
  };
}
