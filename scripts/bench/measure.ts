// Runs a command and measures it from outside: wall time, and the peak resident memory of its
// whole process tree (the sum over the command and every descendant, sampled from /proc every
// 50 ms), so a helper binary that the command starts (Pagefind's indexer) is counted too. Each
// sample also records which processes were alive, so a phase run by a named child process can be
// timed inside the command without changing it.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_KB = 1024;
const INTERVAL_MS = 50;

interface Proc {
  readonly pid: number;
  readonly ppid: number;
  readonly name: string;
  readonly rssBytes: number;
  /** User + system CPU time so far, in clock ticks. */
  readonly cpuTicks: number;
}

/** Linux's USER_HZ: /proc reports CPU times in these ticks. */
const TICKS_PER_SECOND = 100;

function readProc(pid: number): Proc | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The name is in parentheses and may hold spaces; fields after it are space-separated.
    const close = stat.lastIndexOf(')');
    const name = stat.slice(stat.indexOf('(') + 1, close);
    const fields = stat.slice(close + 2).split(' ');
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = /VmRSS:\s+(\d+) kB/.exec(status);
    // Fields after the name start at field 3 (state): utime and stime are fields 14 and 15.
    const cpuTicks = Number(fields[11]) + Number(fields[12]);
    return { pid, ppid: Number(fields[1]), name, rssBytes: rss ? Number(rss[1]) * PAGE_KB : 0, cpuTicks };
  } catch {
    // The process ended between listing and reading.
    return undefined;
  }
}

/** The process `root` and its descendants, as they are now. */
export function processTree(root: number): Proc[] {
  const all = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map((entry) => readProc(Number(entry)))
    .filter((proc) => proc !== undefined);
  const children = new Map<number, Proc[]>();
  for (const proc of all) children.set(proc.ppid, [...(children.get(proc.ppid) ?? []), proc]);
  const tree: Proc[] = [];
  const queue = all.filter((proc) => proc.pid === root);
  while (queue.length > 0) {
    const proc = queue.shift();
    if (!proc) break;
    tree.push(proc);
    queue.push(...(children.get(proc.pid) ?? []));
  }
  return tree;
}

export interface Phase {
  /** Wall time while a process whose name matches was alive (first to last sample), ms. */
  readonly ms: number;
  /** Peak resident memory of the matching processes alone, bytes. */
  readonly peakRssBytes: number;
  /** Peak resident memory of the whole tree while the phase ran, bytes. */
  readonly peakTreeRssBytes: number;
}

export interface Measurement {
  readonly exitCode: number;
  readonly wallMs: number;
  readonly peakRssBytes: number;
  /**
   * CPU time of the whole tree (user + system), summed over every process seen: less swayed by
   * other work on a shared machine than wall time. A process's last 50 ms may be missed.
   */
  readonly cpuMs: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Per requested phase name; undefined when no matching process was ever seen. */
  readonly phases: Readonly<Record<string, Phase | undefined>>;
}

export interface MeasureOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Phases to time by the names of the processes that run them, e.g. `{ pagefind: /pagefind/ }`. */
  readonly phases?: Readonly<Record<string, RegExp>>;
}

export function measure(command: string, args: readonly string[], options: MeasureOptions): Promise<Measurement> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));

    let peak = 0;
    const cpu = new Map<number, number>();
    const phases = new Map<string, { first: number; last: number; peak: number; treePeak: number }>();
    const sample = () => {
      if (child.pid === undefined) return;
      const tree = processTree(child.pid);
      const now = performance.now() - started;
      const total = tree.reduce((sum, proc) => sum + proc.rssBytes, 0);
      peak = Math.max(peak, total);
      for (const proc of tree) cpu.set(proc.pid, Math.max(cpu.get(proc.pid) ?? 0, proc.cpuTicks));
      for (const [name, pattern] of Object.entries(options.phases ?? {})) {
        const matching = tree.filter((proc) => pattern.test(proc.name));
        if (matching.length === 0) continue;
        const rss = matching.reduce((sum, proc) => sum + proc.rssBytes, 0);
        const phase = phases.get(name) ?? { first: now, last: now, peak: 0, treePeak: 0 };
        phases.set(name, { first: phase.first, last: now, peak: Math.max(phase.peak, rss), treePeak: Math.max(phase.treePeak, total) });
      }
    };
    const timer = setInterval(sample, INTERVAL_MS);
    sample();
    child.on('error', (error) => {
      clearInterval(timer);
      fail(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      done({
        exitCode: code ?? 1,
        wallMs,
        peakRssBytes: peak,
        cpuMs: ([...cpu.values()].reduce((sum, ticks) => sum + ticks, 0) * 1000) / TICKS_PER_SECOND,
        stdout,
        stderr,
        phases: Object.fromEntries(
          Object.keys(options.phases ?? {}).map((name) => {
            const phase = phases.get(name);
            return [name, phase && { ms: phase.last - phase.first + INTERVAL_MS, peakRssBytes: phase.peak, peakTreeRssBytes: phase.treePeak }];
          }),
        ),
      });
    });
  });
}
