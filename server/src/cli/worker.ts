/** The worker-thread side of the pool: lints the drafts the main thread sends, a batch per message. */
import { parentPort, workerData } from 'node:worker_threads';
import { runTask, type FileOutcome, type FileTask } from './task';

/** A batch of tasks as sent to a worker; `first` is the number of the first, so outcomes can be put back in order. */
export interface WorkerRequest {
  first: number;
  tasks: FileTask[];
}

/** A worker's answer to one request: the outcomes in the order of its tasks. */
export interface WorkerReply {
  first: number;
  outcomes: FileOutcome[];
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
    const reply: WorkerReply = { first: request.first, outcomes: request.tasks.map(runTask) };
    parentPort?.postMessage(reply);
  });
}
