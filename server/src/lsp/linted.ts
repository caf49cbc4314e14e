/** A draft's lint result with what is needed to map it back to the text, and the cache of recent results. */
import { AnalysisCache, lintWithLines } from '../core/lint';
import { LineIndex } from '../core/text/lines';
import type { LintOptions, LintResult } from '../core/types';

/** One lint of one version of a draft. */
export interface Linted {
  uri: string;
  version: number;
  text: string;
  lines: LineIndex;
  result: LintResult;
  /** The options the text was linted with, serialised (part of the cache key). */
  optionsKey: string;
}

/** How many earlier texts of each draft are kept: enough for undo and redo to hit the cache. */
const KEPT_PER_DRAFT = 4;

/**
 * Results by draft and text. The engine reads a draft as a whole (a pronoun resolves to a speaker named paragraphs
 * before, a quote runs over paragraphs), so a whole result is reused only for exactly the same text and options:
 * after undo, redo, a save, a settings change that changes nothing, or reopening a draft. Otherwise the draft's
 * analysis cache lets the engine skip re-reading the paragraphs an edit did not touch.
 */
export class ResultCache {
  private readonly byUri = new Map<string, Linted[]>();
  private readonly analyses = new Map<string, AnalysisCache>();
  /** Texts linted so far (cache hits not counted). */
  lints = 0;

  /** The draft's result for this text and these options: from the cache, or by linting now. */
  lint(uri: string, version: number, text: string, options: LintOptions, optionsKey = JSON.stringify(options)): { linted: Linted; cached: boolean } {
    const kept = this.byUri.get(uri) ?? [];
    const hit = kept.find((l) => l.optionsKey === optionsKey && l.text === text);
    if (hit) {
      const linted = { ...hit, version };
      this.remember(uri, kept, hit, linted);
      return { linted, cached: true };
    }
    let analysis = this.analyses.get(uri);
    if (!analysis) this.analyses.set(uri, (analysis = new AnalysisCache()));
    this.lints++;
    const { result, lines } = lintWithLines(text, options, analysis);
    const linted: Linted = { uri, version, text, lines, result, optionsKey };
    this.remember(uri, kept, null, linted);
    return { linted, cached: false };
  }

  /** The most recent result for a draft, whatever its version. */
  latest(uri: string): Linted | undefined {
    return this.byUri.get(uri)?.[0];
  }

  /** Drops a closed draft's results. */
  forget(uri: string): void {
    this.byUri.delete(uri);
    this.analyses.delete(uri);
  }

  /** Drops every result (the configuration changed). */
  clear(): void {
    this.byUri.clear();
    this.analyses.clear();
  }

  private remember(uri: string, kept: Linted[], replaced: Linted | null, linted: Linted): void {
    const rest = kept.filter((l) => l !== replaced);
    this.byUri.set(uri, [linted, ...rest].slice(0, KEPT_PER_DRAFT));
  }
}
