/**
 * Warming the editing path while the reporter is not typing. Node's compiler optimises the engine's functions only
 * after they have run for a while, so the first few dozen keystrokes after the server starts take several times as
 * long as later ones (measured: 20–40 ms instead of 4–8 ms in a 10,000-word draft). Once the first draft is linted,
 * and only while no edit has arrived for a moment, the server replays typing on a private copy of that draft, one
 * lint per turn of the event loop, until the path is warm. Real edits count towards it, and nothing it computes is
 * published or kept.
 */
import { AnalysisCache, lint } from '../core/lint';
import { LineIndex } from '../core/text/lines';
import type { LintOptions } from '../core/types';
import { toDiagnostic } from './convert';

/** Lints of an edited draft after which the path counts as warm. */
export const WARM_AFTER = 40;
/** No replay until this long after the last real activity. */
const QUIET_MS = 400;
/** Drafts longer than this are not replayed (each replayed lint would take too long to keep the server responsive). */
const MAX_CHARS = 200_000;

/** The warm-up of one server process (the compiler warms the process, not a draft). */
export class Warmup {
  private lints = 0;
  private draft: { text: string; options: LintOptions; cache: AnalysisCache; read: boolean } | null = null;
  private timer: NodeJS.Timeout | undefined;
  private lastActivity = 0;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** True once enough edited lints have run. */
  get warm(): boolean {
    return this.lints >= WARM_AFTER;
  }

  /** An edit or a request arrived: replay waits until the reporter pauses. */
  activity(): void {
    this.lastActivity = this.now();
  }

  /** A real lint of an edited draft ran (it warms the same path). */
  counted(): void {
    this.lints++;
    if (this.warm) this.stop();
  }

  /** A draft was linted: if the path is not yet warm, replay typing on a copy of it when the server is idle. */
  offer(text: string, options: LintOptions): void {
    if (this.warm || this.draft || text.length > MAX_CHARS || text.trim() === '') return;
    this.draft = { text, options, cache: new AnalysisCache(), read: false };
    this.later(QUIET_MS);
  }

  /** Stops replaying (the server is shutting down, or the path is warm). */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.draft = null;
  }

  private later(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.step(), ms);
    this.timer.unref();
  }

  private step(): void {
    this.timer = undefined;
    const draft = this.draft;
    if (!draft || this.warm) return this.stop();
    const quietFor = this.now() - this.lastActivity;
    if (quietFor < QUIET_MS) return this.later(QUIET_MS - quietFor);
    try {
      if (!draft.read) {
        // The copy's own first reading, which later lints reuse paragraph by paragraph.
        lint(draft.text, draft.options, draft.cache);
        draft.read = true;
        return this.later(0);
      }
      // A letter typed at a spread-out place, as the next keystroke might be; converted as if to be published.
      const at = spreadOffset(draft.text, this.lints);
      draft.text = draft.text.slice(0, at) + 'e' + draft.text.slice(at);
      const lines = new LineIndex(draft.text);
      for (const finding of lint(draft.text, draft.options, draft.cache).findings) toDiagnostic(finding, lines, 'untitled:warm-up');
    } catch {
      // The real lint of this draft reports any failure; the warm-up only gives up.
      return this.stop();
    }
    this.counted();
    if (!this.warm) this.later(0);
  }
}

/** The start of a word at a place that moves through the draft from one lint to the next. */
export function spreadOffset(text: string, round: number): number {
  const from = Math.floor((((round * 7919) % 97) / 97) * text.length);
  const space = text.indexOf(' ', from);
  return space === -1 ? 0 : space + 1;
}
