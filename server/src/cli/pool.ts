/** Runs file tasks across worker threads (or in process for one job) and yields outcomes in task order. */
import { Worker } from 'node:worker_threads';
import { runTask, type FileOutcome, type FileTask } from './task';
import { WORKER_ROLE, type WorkerReply, type WorkerRequest } from './worker';

/** Drafts sent to a worker in one message: each message costs a thread wake-up on both sides, so drafts travel in batches. */
const BATCH = 8;
/** Batches a worker holds at once: enough to keep it busy while its last answer travels back. */
const PER_WORKER = 2;
/** Starting a worker costs about as much as linting this many drafts; fewer per worker are linted in this thread. */
const FILES_PER_WORKER = 16;

/** The bundled CLI, which is also the workers' script; null when running from source, where there is no bundle. */
function workerScript(): string | null {
  return __filename.endsWith('.js') ? __filename : null;
}

/** How many threads lint `files` drafts with `jobs` allowed (1: this thread only). */
export function threadsFor(files: number, jobs: number): number {
  return workerScript() === null ? 1 : Math.max(1, Math.min(jobs, Math.floor(files / FILES_PER_WORKER)));
}

/**
 * Lints every task on `jobs` threads (this one and jobs − 1 workers) and yields the outcomes in task order. At most
 * a small window of tasks is in flight, so memory stays flat however many files there are. This thread lints too,
 * a draft at a time between the workers' answers: a pool of N threads warms N compilers, not N + 1. One job, a
 * handful of files, or running from source without the bundle lints in this thread alone.
 */
export async function* runTasks(tasks: readonly FileTask[], jobs: number): AsyncGenerator<FileOutcome> {
  const threads = threadsFor(tasks.length, jobs);
  const script = workerScript();
  if (threads <= 1 || script === null) {
    for (const task of tasks) yield runTask(task);
    return;
  }
  const window = threads * PER_WORKER * BATCH * 2;
  const done = new Map<number, FileOutcome>();
  let sent = 0;
  let yielded = 0;
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  const pool = Array.from({ length: threads - 1 }, () => ({ worker: new Worker(script, { workerData: { role: WORKER_ROLE } }), load: 0 }));
  const fill = (): void => {
    for (const slot of pool) {
      while (slot.load < PER_WORKER && sent < tasks.length && sent - yielded < window) {
        const request: WorkerRequest = { first: sent, tasks: tasks.slice(sent, sent + BATCH) };
        slot.worker.postMessage(request);
        slot.load++;
        sent += request.tasks.length;
      }
    }
  };
  for (const slot of pool) {
    slot.worker.on('message', (m: WorkerReply) => {
      slot.load--;
      m.outcomes.forEach((outcome, i) => done.set(m.first + i, outcome));
      fill();
      wake?.();
    });
    slot.worker.on('error', (e) => {
      failure = e;
      wake?.();
    });
  }
  try {
    fill();
    while (yielded < tasks.length) {
      const outcome = done.get(yielded);
      if (outcome) {
        done.delete(yielded);
        yielded++;
        fill();
        yield outcome;
        continue;
      }
      if (failure) throw failure;
      if (sent < tasks.length && sent - yielded < window) {
        // Nothing to hand on yet: lint the next draft here, then give the workers' answers a turn.
        done.set(sent, runTask(tasks[sent]));
        sent++;
        await new Promise<void>((resolve) => setImmediate(resolve));
        continue;
      }
      await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
    }
  } finally {
    await Promise.all(pool.map((slot) => slot.worker.terminate()));
  }
}
