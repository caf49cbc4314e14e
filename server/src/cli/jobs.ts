/**
 * How many threads lint a run when --jobs does not say. Every thread beyond the first loads the bundle again and
 * warms its own compiler: about a second of processor time, whatever it then lints (measured on a 2-vCPU machine:
 * 11 MB of drafts took 2.4 s of processor time on one thread, 3.4 s on two). A second thread pays only when it has
 * several times that much work and a core of its own to do it on; on a busy machine it makes the run slower.
 */
import { statSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import type { FileTask } from './task';

/** Bytes of drafts each thread should have before it is started: linting 8 MB takes a few times a thread's start-up. */
export const BYTES_PER_THREAD = 8_000_000;

/** What the choice depends on. */
export interface Machine {
  /** Cores this process may use. */
  cores: number;
  /** Cores that other processes left idle while this one started (it kept one busy itself). */
  spare: number;
}

/** Processor time, idle and in all, summed over the cores, in milliseconds. */
function processorTimes(): { idle: number; total: number } {
  let idle = 0;
  let total = 0;
  for (const cpu of cpus()) {
    const t = cpu.times;
    idle += t.idle;
    total += t.user + t.nice + t.sys + t.idle + t.irq;
  }
  return { idle, total };
}

/** Taken when the command loads, so that its own start-up is the window in which idle cores are counted. */
const atStart = processorTimes();

/** Shortest window that says anything: the counters tick every 10 ms. */
const MIN_WINDOW_MS = 40;

/** This machine, now: how many of its cores sat idle since the command started (waiting briefly if that was too soon). */
export function thisMachine(): Machine {
  const cores = availableParallelism();
  let now = processorTimes();
  const perCore = (now.total - atStart.total) / Math.max(1, cpus().length);
  if (perCore < MIN_WINDOW_MS) {
    const until = Date.now() + MIN_WINDOW_MS;
    while (Date.now() < until) {
      // A short busy wait: this thread's own core counts as busy, as it will be while linting.
    }
    now = processorTimes();
  }
  const total = now.total - atStart.total;
  const spare = total > 0 ? ((now.idle - atStart.idle) / total) * cpus().length : 0;
  return { cores, spare };
}

/**
 * Threads for a run of drafts totalling `bytes`: this one, plus one for each core left idle (rounded generously, as
 * the counters are coarse), no more than one per BYTES_PER_THREAD of drafts and no more than the cores.
 */
export function threadsThatPay(bytes: number, machine: Machine): number {
  const affordable = 1 + Math.floor(machine.spare + 0.25);
  return Math.max(1, Math.min(machine.cores, affordable, Math.floor(bytes / BYTES_PER_THREAD)));
}

/** The default number of jobs for these tasks: sizes are read from the file system only as far as they matter. */
export function defaultJobs(tasks: readonly FileTask[], machine: () => Machine = thisMachine): number {
  let bytes = 0;
  let counted = 0;
  const countUpTo = (limit: number): void => {
    for (; counted < tasks.length && bytes < limit; counted++) bytes += sizeOf(tasks[counted]);
  };
  // Under two threads' worth of drafts one thread is best wherever it runs: no need to look at the machine.
  countUpTo(2 * BYTES_PER_THREAD);
  if (bytes < 2 * BYTES_PER_THREAD) return 1;
  const m = machine();
  countUpTo(m.cores * BYTES_PER_THREAD);
  return threadsThatPay(bytes, m);
}

function sizeOf(task: FileTask): number {
  if (task.stdin) return task.stdin.length;
  try {
    return statSync(task.absPath).size;
  } catch {
    // A file that cannot be read is reported when it is linted; it adds no work.
    return 0;
  }
}
