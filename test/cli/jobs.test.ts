/** The default number of threads: one unless the drafts are big enough and the machine has idle cores for more. */
import { describe, expect, it } from 'vitest';
import { BYTES_PER_THREAD, defaultJobs, threadsThatPay } from '../../server/src/cli/jobs';
import type { FileTask } from '../../server/src/cli/task';

const MB = 1_000_000;

describe('threads that pay', () => {
  it('stays in one thread for small runs, whatever the machine', () => {
    expect(threadsThatPay(2 * MB, { cores: 64, spare: 63 })).toBe(1);
    expect(threadsThatPay(2 * BYTES_PER_THREAD - 1, { cores: 64, spare: 63 })).toBe(1);
  });

  it('adds a thread per idle core and per BYTES_PER_THREAD of drafts, up to the cores', () => {
    expect(threadsThatPay(45 * MB, { cores: 2, spare: 1 })).toBe(2);
    expect(threadsThatPay(45 * MB, { cores: 4, spare: 3 })).toBe(4);
    expect(threadsThatPay(45 * MB, { cores: 64, spare: 63 })).toBe(5);
    expect(threadsThatPay(20 * MB, { cores: 8, spare: 7 })).toBe(2);
  });

  it('stays in one thread on a busy machine', () => {
    expect(threadsThatPay(45 * MB, { cores: 2, spare: 0.1 })).toBe(1);
    expect(threadsThatPay(45 * MB, { cores: 4, spare: 1.6 })).toBe(2);
  });
});

describe('default jobs', () => {
  const task = (bytes: number): FileTask => ({ path: 'a.md', absPath: '/nonexistent/a.md', options: {}, mode: 'check', claims: false, fingerprints: false, stdin: new Uint8Array(bytes) });

  it('does not look at the machine for a run under two threads of drafts', () => {
    let asked = false;
    const machine = (): { cores: number; spare: number } => ((asked = true), { cores: 8, spare: 7 });
    expect(defaultJobs(Array.from({ length: 100 }, () => task(100_000)), machine)).toBe(1);
    expect(asked).toBe(false);
    expect(defaultJobs(Array.from({ length: 100 }, () => task(400_000)), machine)).toBe(5);
    expect(asked).toBe(true);
  });
});
