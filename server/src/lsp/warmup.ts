/**
 * Warming the editing path between keystrokes. Node's compiler optimises the engine's functions only after they have
 * run for a while, so the first few dozen keystrokes after the server starts take several times as long as later
 * ones (measured: 20–70 ms instead of 5–9 ms in a 10,000-word draft). Shortly after the first draft's first lint,
 * and from then on whenever no real lint or request is waiting, the server replays typing on private copies of
 * slices of that draft, one small lint per turn of the event loop, until the path is warm. A slice is small so that
 * a message arriving meanwhile waits for one short lint at most (a replay of the whole draft could only run in a
 * pause in typing, and held a keystroke back for up to a whole cold lint); real edits count towards the warm-up, and
 * nothing it computes is published or kept.
 */
import { AnalysisCache, lint } from '../core/lint';
import { LineIndex } from '../core/text/lines';
import type { LintOptions } from '../core/types';
import { toDiagnostic } from './convert';

/** Characters of edited drafts linted after which the path counts as warm (40 edits of a 10,000-word draft). */
export const WARM_AFTER_CHARS = 2_600_000;
/** About how long a slice is: a lint of it takes a few milliseconds while the code is cold, under one once warm. */
export const SLICE_CHARS = 3_000;
/** Edits typed into a slice before the replay reads the next one afresh (both paths are warmed). */
const EDITS_PER_SLICE = 8;
/** How long after the first lint the replay starts: the client is still taking in the first diagnostics. */
export const START_MS = 100;
/** Replayed lints after which a small draft's replay gives up (its slices warm little per lint). */
export const MAX_REPLAYS = 2_000;

interface Draft {
  slices: string[];
  options: LintOptions;
  /** The next slice to read. */
  next: number;
  /** The slice being typed into, with its analysis cache and edits so far. */
  typing: { text: string; cache: AnalysisCache; edits: number } | null;
}

/** The warm-up of one server process (the compiler warms the process, not a draft). */
export class Warmup {
  private chars = 0;
  private replays = 0;
  private draft: Draft | null = null;
  private immediate: NodeJS.Immediate | undefined;
  private start: NodeJS.Timeout | undefined;

  /** `busy`: a real lint or request is waiting, and the replay keeps out of its way. */
  constructor(private readonly busy: () => boolean = () => false) {}

  /** True once enough edited text has been linted. */
  get warm(): boolean {
    return this.chars >= WARM_AFTER_CHARS;
  }

  /** Lints replayed so far. */
  get replayed(): number {
    return this.replays;
  }

  /** A real lint of an edited draft of this length ran (it warms the same path). */
  counted(length: number): void {
    this.chars += length;
    if (this.warm) this.stop();
  }

  /**
   * A draft was linted and published: if the path is not yet warm, replay typing on slices of the first such draft,
   * START_MS later and then from the next turn of the event loop on. Called after every published lint, which also
   * resumes a replay that stopped for a real lint.
   */
  offer(text: string, options: LintOptions): void {
    if (this.warm) return;
    if (!this.draft) {
      const slices = slicesOf(text);
      if (slices.length === 0) return;
      this.draft = { slices, options, next: 0, typing: null };
      this.start = setTimeout(() => {
        this.start = undefined;
        this.again();
      }, START_MS);
      this.start.unref();
    }
    if (!this.start) this.again();
  }

  /** Stops replaying (the server is shutting down, or the path is warm). */
  stop(): void {
    if (this.immediate) clearImmediate(this.immediate);
    if (this.start) clearTimeout(this.start);
    this.immediate = undefined;
    this.start = undefined;
    this.draft = null;
  }

  private again(): void {
    this.immediate ??= setImmediate(() => this.step());
  }

  private step(): void {
    this.immediate = undefined;
    const draft = this.draft;
    // A real lint waits: it goes first, and its offer() once published resumes the replay.
    if (!draft || this.busy()) return;
    try {
      const typing = draft.typing;
      if (!typing || typing.edits >= EDITS_PER_SLICE) {
        // A slice's own first reading, which the lints of its edits reuse paragraph by paragraph.
        const text = draft.slices[draft.next++ % draft.slices.length];
        draft.typing = { text, cache: new AnalysisCache(), edits: 0 };
        lint(text, draft.options, draft.typing.cache);
      } else {
        // A letter typed at a spread-out place, as the next keystroke might be; converted as if to be published.
        const at = spreadOffset(typing.text, typing.edits++);
        typing.text = typing.text.slice(0, at) + 'e' + typing.text.slice(at);
        const lines = new LineIndex(typing.text);
        for (const finding of lint(typing.text, draft.options, typing.cache).findings) toDiagnostic(finding, lines, 'untitled:warm-up');
        this.chars += typing.text.length;
      }
    } catch {
      // The real lint of this draft reports any failure; the warm-up only gives up.
      return this.stop();
    }
    if (this.warm || ++this.replays >= MAX_REPLAYS) return this.stop();
    this.again();
  }
}

/** A paragraph break in any line ending. */
const PARAGRAPH_BREAK = /\r?\n\r?\n|\r\r/g;

/** A draft cut after paragraph breaks into slices of about SLICE_CHARS, blank ones left out. */
export function slicesOf(text: string): string[] {
  const slices: string[] = [];
  for (let start = 0; start < text.length; ) {
    PARAGRAPH_BREAK.lastIndex = start + SLICE_CHARS;
    const cut = PARAGRAPH_BREAK.exec(text);
    const end = cut === null ? text.length : cut.index + cut[0].length;
    const slice = text.slice(start, end);
    if (slice.trim() !== '') slices.push(slice);
    start = end;
  }
  return slices;
}

/** The start of a word at a place that moves through a text from one lint to the next. */
export function spreadOffset(text: string, round: number): number {
  const from = Math.floor((((round * 7919) % 97) / 97) * text.length);
  const space = text.indexOf(' ', from);
  return space === -1 ? 0 : space + 1;
}
