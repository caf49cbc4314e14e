/** The server's idle warm-up: replays typing on a copy of a draft only while nothing else happens, then stops. */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { spreadOffset, Warmup, WARM_AFTER } from '../../server/src/lsp/warmup';
import { REFERENCE_DRAFT } from './client';

const draft = readFileSync(REFERENCE_DRAFT, 'utf8');

describe('idle warm-up', () => {
  let clock = 0;
  const now = (): number => clock;
  const pass = async (ms: number): Promise<void> => {
    clock += ms;
    await vi.advanceTimersByTimeAsync(ms);
  };

  beforeEach(() => {
    clock = 0;
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('replays edited lints on a copy of the draft once the server is quiet, then stops', async () => {
    const warmup = new Warmup(now);
    warmup.offer(draft, {});
    expect(warmup.warm).toBe(false);
    await pass(10_000);
    expect(warmup.warm).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does nothing while edits keep arriving', async () => {
    const warmup = new Warmup(now);
    warmup.offer(draft, {});
    for (let i = 0; i < 50; i++) {
      warmup.activity();
      await pass(100);
    }
    expect(warmup.warm).toBe(false);
    await pass(10_000);
    expect(warmup.warm).toBe(true);
  });

  it('counts real edited lints, and stops replaying once they are enough', async () => {
    const warmup = new Warmup(now);
    warmup.offer(draft, {});
    for (let i = 0; i < WARM_AFTER; i++) warmup.counted();
    expect(warmup.warm).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    warmup.offer(draft, {});
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives up quietly when linting the copy fails (the real lint reports it)', async () => {
    const warmup = new Warmup(now);
    warmup.offer(draft, { settings: { cues: 5 as unknown as string[] } });
    await pass(10_000);
    expect(warmup.warm).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('leaves huge and empty drafts alone', () => {
    const warmup = new Warmup(now);
    warmup.offer('word '.repeat(100_000), {});
    warmup.offer('  \n', {});
    expect(vi.getTimerCount()).toBe(0);
  });

  it('types at the start of a word, moving through the draft', () => {
    const offsets = Array.from({ length: 10 }, (_, i) => spreadOffset(draft, i));
    expect(new Set(offsets).size).toBe(10);
    for (const o of offsets) expect(o === 0 || draft[o - 1] === ' ').toBe(true);
  });
});
