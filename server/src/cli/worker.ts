/** The worker-thread side of the pool: lints the drafts the main thread sends, one message per draft. */
import { parentPort, workerData } from 'node:worker_threads';
import { runTask, type FileTask } from './task';

/** A task as sent to a worker, numbered so the main thread can put outcomes back in order. */
export interface WorkerRequest {
  id: number;
  task: FileTask;
}

/** What marks a worker thread as one of the pool's (the bundled CLI is also the worker's script). */
export const WORKER_ROLE = 'claimlint-lint-worker';

/** True in a thread the pool started. */
export function isLintWorker(): boolean {
  return parentPort !== null && (workerData as { role?: string } | null)?.role === WORKER_ROLE;
}

/** Serves lint requests until the pool terminates this thread. */
export function serveLintRequests(): void {
  parentPort?.on('message', (request: WorkerRequest) => {
    parentPort?.postMessage({ id: request.id, outcome: runTask(request.task) });
  });
}
