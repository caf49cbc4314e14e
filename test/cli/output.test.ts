/** Standard output that cannot keep up (a pipe into a slow reader): the command waits for it rather than queueing the report. */
import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { main } from '../../server/src/cli';
import { BIN, scratch } from './helpers';

/** A draft whose figures have no source: a warning each (an error with `--rule unattributed-number:error`). */
const draft = (i: number, paragraphs = 1): string =>
  `# Draft ${i}\n\n${Array.from({ length: paragraphs }, (_, p) => `About ${i + p + 10} people were hurt, and ${i + p + 20} fled.`).join('\n\n')}\n`;

/** A stream that takes one write, then reports itself full until it emits 'drain' on a later turn of the event loop. */
class SlowReader extends EventEmitter {
  text = '';
  full = false;
  writesWhileFull = 0;
  write(s: string): boolean {
    if (this.full) this.writesWhileFull++;
    this.text += s;
    this.full = true;
    setImmediate(() => {
      this.full = false;
      this.emit('drain');
    });
    return false;
  }
}

describe('a slow reader of standard output', () => {
  it('is not written to again until it drains, and still gets the whole report', async () => {
    const dir = scratch(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`d${String(i).padStart(2, '0')}.md`, draft(i)])));
    const stdout = new SlowReader();
    const stderr = { text: '', write: (s: string) => (stderr.text += s) };
    const io = { stdout, stderr, env: {}, cwd: dir, readStdin: () => new Uint8Array(), version: '0.0.0-test', homepage: '' };
    const code = await main(['-f', 'json', '--jobs', '1', '.'], io);
    expect(stdout.writesWhileFull).toBe(0);
    expect(code).toBe(0); // warnings only
    const report = JSON.parse(stdout.text) as { files: { path: string }[] };
    expect(report.files.map((f) => f.path)).toEqual(Array.from({ length: 12 }, (_, i) => `d${String(i).padStart(2, '0')}.md`));
    expect(stderr.text).toBe('');
  });

  it('keeps the exit code of the run when the reader stops early, with one thread or two', () => {
    // Enough output to fill the pipe after `head` has gone, and enough drafts for a second thread.
    const dir = scratch(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`d${i}.md`, draft(i, 200)])));
    for (const jobs of ['1', '2']) {
      // --rule makes every draft an error, so the run's own code is 1; `head` alone would leave the pipe's at 0.
      const command = `set -o pipefail; "${process.execPath}" "${BIN}" --jobs ${jobs} --rule unattributed-number:error . | head -1`;
      const r = spawnSync('bash', ['-c', command], { cwd: dir, encoding: 'utf8' });
      expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
      expect(r.stderr).not.toMatch(/EPIPE|Unhandled|internal error/);
      expect(r.status).toBe(1);
    }
  });
});
