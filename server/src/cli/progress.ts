/** A one-line progress counter on stderr, shown only to a person watching a terminal and only for long runs. */

/** Runs with more files than this show progress. */
export const PROGRESS_THRESHOLD = 300;

/** What the counter writes to. */
export interface ProgressStream {
  isTTY?: boolean;
  write(s: string): unknown;
}

/** Counts linted files; a no-op unless the stream is a TTY and the run is long. */
export class Progress {
  private done = 0;
  private last = 0;
  private readonly active: boolean;

  constructor(
    private readonly total: number,
    private readonly stream: ProgressStream,
  ) {
    this.active = Boolean(stream.isTTY) && total > PROGRESS_THRESHOLD;
  }

  /** One more file linted; redraws at most ten times a second. */
  tick(): void {
    this.done++;
    if (!this.active) return;
    const now = Date.now();
    if (now - this.last < 100 && this.done < this.total) return;
    this.last = now;
    this.stream.write(`\r\u001b[2Kclaimlint: ${this.done}/${this.total} files (${Math.floor((100 * this.done) / this.total)}%)`);
  }

  /** Clears the line before the results are printed. */
  clear(): void {
    if (this.active) this.stream.write('\r\u001b[2K');
  }
}
