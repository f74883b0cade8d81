/**
 * Runs a command and measures it: wall time, and peak memory of the whole process tree (Astro,
 * esbuild, Pagefind's binary...). Two readings of memory, the larger reported: /usr/bin/time -v's
 * "Maximum resident set size" (the largest single process) and a 100 ms poll of /proc summing the
 * resident sets of every process in the tree at once.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface ProcessMeasurement {
  exitCode: number;
  wallMs: number;
  /** Peak resident memory of the process tree, bytes. */
  peakRssBytes: number;
  /** Peak of the largest single process (GNU time's figure; the poll's when GNU time is missing). */
  maxProcessRssBytes: number;
  /** Combined stdout and stderr, for phase timings and error reports. */
  output: string;
}

const GNU_TIME = '/usr/bin/time';

/** Parent pid of every process, from /proc/<pid>/stat (field 4). */
function readParents(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name (field 2) may hold spaces and parentheses; fields after the last ")" are fixed.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
    } catch {
      // The process ended between readdir and read.
    }
  }
  return parents;
}

function readRssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of `root` and all its descendants right now. */
export function readTreeRssBytes(root: number): number {
  const parents = readParents();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (!tree.has(pid) && tree.has(parent)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const pid of tree) total += readRssBytes(pid);
  return total;
}

export function measureProcess(
  command: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; echo?: boolean } = {},
): Promise<ProcessMeasurement> {
  const useGnuTime = existsSync(GNU_TIME) && existsSync('/proc');
  const [file, argv] = useGnuTime ? [GNU_TIME, ['-v', command, ...args]] : [command, [...args]];
  const started = performance.now();
  const child = spawn(file, argv, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    if (options.echo) process.stderr.write(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let polledPeak = 0;
  const poll = setInterval(() => {
    if (child.pid !== undefined && existsSync('/proc'))
      polledPeak = Math.max(polledPeak, readTreeRssBytes(child.pid));
  }, 100);
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(poll);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(poll);
      const wallMs = performance.now() - started;
      const timeMaxKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1];
      resolve({
        exitCode: code ?? 1,
        wallMs,
        peakRssBytes: Math.max(polledPeak, timeMaxKb ? Number(timeMaxKb) * 1024 : 0),
        maxProcessRssBytes: timeMaxKb ? Number(timeMaxKb) * 1024 : polledPeak,
        output,
      });
    });
  });
}
