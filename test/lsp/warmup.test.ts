/**
 * The server's warm-up: replays typing on slices of a copy of a draft only while no real lint or request waits, then
 * stops; nothing it computes reaches the client.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_REPLAYS, SLICE_CHARS, START_MS, slicesOf, spreadOffset, Warmup, WARM_AFTER_CHARS } from '../../server/src/lsp/warmup';
import { REFERENCE_DRAFT, TestClient, fileUri } from './client';

const draft = readFileSync(REFERENCE_DRAFT, 'utf8');
/** A draft long enough to be cut into several slices. */
const long = draft.repeat(4);

describe('warm-up', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('replays edited lints on slices of the draft a moment after the first lint, then stops', () => {
    const warmup = new Warmup();
    warmup.offer(long, {});
    vi.advanceTimersByTime(START_MS - 1);
    expect(warmup.replayed).toBe(0);
    vi.runAllTimers();
    expect(warmup.warm).toBe(true);
    expect(warmup.replayed).toBeGreaterThan(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('runs no lint while a real lint or request waits, and resumes at the next offer', () => {
    let busy = true;
    const warmup = new Warmup(() => busy);
    warmup.offer(long, {});
    vi.runAllTimers();
    expect(warmup.replayed).toBe(0);
    // No timer is left polling: the real lint's own offer, once it is published, resumes the replay.
    expect(vi.getTimerCount()).toBe(0);
    busy = false;
    warmup.offer(long, {});
    vi.runAllTimers();
    expect(warmup.warm).toBe(true);
  });

  it('stops at once when an edit arrives mid-way', () => {
    let busy = false;
    const warmup = new Warmup(() => busy);
    warmup.offer(draft, {});
    vi.advanceTimersByTime(START_MS);
    vi.runOnlyPendingTimers();
    vi.runOnlyPendingTimers();
    expect(warmup.replayed).toBe(2);
    busy = true;
    vi.runAllTimers();
    expect(warmup.replayed).toBe(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('counts real edited lints, and stops replaying once they are enough', () => {
    const warmup = new Warmup();
    warmup.offer(draft, {});
    warmup.counted(WARM_AFTER_CHARS);
    expect(warmup.warm).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    warmup.offer(draft, {});
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives a small draft up after a bounded number of lints', () => {
    const warmup = new Warmup();
    warmup.offer('About 4,000 people marched.\n', {});
    vi.runAllTimers();
    expect(warmup.warm).toBe(false);
    expect(warmup.replayed).toBe(MAX_REPLAYS);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives up quietly when linting the copy fails (the real lint reports it)', () => {
    const warmup = new Warmup();
    warmup.offer(draft, { settings: { cues: 5 as unknown as string[] } });
    vi.runAllTimers();
    expect(warmup.warm).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('leaves blank drafts alone', () => {
    const warmup = new Warmup();
    warmup.offer('  \n\n \n', {});
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('slices and edits of the warm-up', () => {
  it('cuts a draft after paragraph breaks into slices of about SLICE_CHARS', () => {
    const slices = slicesOf(long);
    expect(slices.join('')).toBe(long);
    expect(slices.length).toBeGreaterThan(1);
    for (const s of slices.slice(0, -1)) {
      expect(s.length).toBeGreaterThanOrEqual(SLICE_CHARS);
      expect(s.endsWith('\n\n')).toBe(true);
    }
    expect(slicesOf('word '.repeat(1_000))).toEqual(['word '.repeat(1_000)]);
    // A draft with CRLF or CR line endings is cut at its paragraph breaks too, not read as one slice.
    for (const eol of ['\r\n', '\r']) {
      const other = long.replace(/\n/g, eol);
      const cut = slicesOf(other);
      expect(cut.join('')).toBe(other);
      expect(cut.length).toBe(slices.length);
      for (const s of cut.slice(0, -1)) expect(s.endsWith(eol + eol)).toBe(true);
    }
  });

  it('types at the start of a word, moving through the text', () => {
    const offsets = Array.from({ length: 10 }, (_, i) => spreadOffset(draft, i));
    expect(new Set(offsets).size).toBe(10);
    for (const o of offsets) expect(o === 0 || draft[o - 1] === ' ').toBe(true);
  });
});

describe('warm-up in the server', () => {
  it('publishes nothing of its own, and an edit during it is linted and published as usual', async () => {
    const client = new TestClient();
    try {
      await client.initialize();
      const uri = fileUri(REFERENCE_DRAFT);
      let doc = await client.open(uri);
      await client.diagnostics(uri, 1);
      // The warm-up runs from here on; let it lint a while, then type into the draft.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const end = doc.positionAt(doc.getText().length);
      doc = await client.change(uri, [{ range: { start: end, end }, newText: '\nAbout 4,000 people marched.\n' }]);
      const diagnostics = await client.diagnostics(uri, doc.version);
      expect(diagnostics.some((d) => d.code === 'unattributed-number' && doc.getText(d.range) === 'About 4,000')).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(client.published.map((p) => [p.uri, p.version])).toEqual([
        [uri, 1],
        [uri, doc.version],
      ]);
      expect(client.linted.map((l) => l.version)).toEqual([1, doc.version]);
    } finally {
      await client.stop();
    }
  });
});
