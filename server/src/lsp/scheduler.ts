/**
 * When drafts are linted: on open, as you type (debounced) or on save, and when settings change. A run starts only
 * once the client's messages already read are handled, and stops at every step where its draft has changed since
 * (a newer run is on its way), so no version is linted that a newer didChange already replaced. Hovers and code
 * actions are answered from the latest finished lint, carried over to the current text, rather than waiting for
 * one. An exception linting one draft is logged once and leaves the other drafts working.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LintedNotification } from '../protocol';
import { claimCounts } from './claims';
import type { ConfigStore } from './config';
import { toDiagnostic } from './convert';
import { ResultCache, type Linted } from './linted';
import { carryOver } from './shift';
import type { Traffic } from './traffic';
import { Warmup } from './warmup';

/** What started a run. */
export type Trigger = 'open' | 'change' | 'save' | 'refresh';

interface Pending {
  trigger: Trigger;
  timer: NodeJS.Timeout | undefined;
  /** When the first change not yet linted arrived. */
  since: number;
  debounce: number;
}

/** Schedules, runs and publishes lints. */
export class Scheduler {
  readonly cache = new ResultCache();
  readonly warmup = new Warmup(() => this.pending.size > 0 || this.requests > 0);
  private readonly pending = new Map<string, Pending>();
  private readonly failed = new Set<string>();
  private readonly tooLarge = new Set<string>();
  /** The latest lint of each draft as carried over to a newer version (reused while no edit or lint intervenes). */
  private readonly carried = new Map<string, { from: Linted; view: Linted }>();
  /** Requests waiting for a lint of the current text (the warm-up keeps out of their way). */
  private requests = 0;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly config: ConfigStore,
    private readonly traffic: Traffic,
  ) {}

  /** Lints a draft soon: after the debounce for typing, at once otherwise; supersedes any run not yet done. */
  schedule(uri: string, trigger: Trigger): void {
    const previous = this.pending.get(uri);
    if (previous?.timer) clearTimeout(previous.timer);
    const entry: Pending = { trigger, timer: undefined, since: previous?.since ?? performance.now(), debounce: 0 };
    this.pending.set(uri, entry);
    void this.config.settingsFor(uri).then((settings) => {
      if (this.pending.get(uri) !== entry) return;
      if (trigger === 'change' && settings.run === 'onSave') {
        this.pending.delete(uri);
        return;
      }
      entry.debounce = trigger === 'change' ? settings.debounce : 0;
      // No pause to wait for: run on the next turn of the loop rather than after a timer's minimum delay.
      if (entry.debounce > 0) entry.timer = setTimeout(() => void this.run(uri, entry), entry.debounce);
      else setImmediate(() => void this.run(uri, entry));
    });
  }

  /** Re-lints every open draft (settings or configuration changed). */
  refreshAll(): void {
    for (const doc of this.documents.all()) this.schedule(doc.uri, 'refresh');
  }

  /** Forgets a closed draft and clears its diagnostics. */
  close(uri: string): void {
    const p = this.pending.get(uri);
    if (p?.timer) clearTimeout(p.timer);
    this.pending.delete(uri);
    this.traffic.release(uri);
    this.cache.forget(uri);
    this.carried.delete(uri);
    this.failed.delete(uri);
    this.tooLarge.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** The result for the draft's current text, linting now if the last run is older (for code actions, hover). */
  async current(uri: string): Promise<Linted | null> {
    const doc = this.documents.get(uri);
    if (!doc) return null;
    const latest = this.cache.latest(uri);
    if (latest && latest.version === doc.version) return latest;
    this.requests++;
    try {
      const { settings, options, optionsKey } = await this.config.configFor(uri);
      const now = this.documents.get(uri);
      if (!now || !settings.enable || now.getText().length > settings.maxFileSize) return null;
      return this.lint(now, options, optionsKey)?.linted ?? null;
    } finally {
      this.requests--;
    }
  }

  /**
   * The result to answer a hover or code action with, at once: the latest finished lint, carried over to the
   * draft's current text when it is older (what the edits since touched is left out); a draft never linted yet is
   * linted now.
   */
  async answering(uri: string): Promise<Linted | null> {
    const doc = this.documents.get(uri);
    if (!doc) return null;
    const latest = this.cache.latest(uri);
    if (!latest) return this.current(uri);
    if (latest.version === doc.version) return latest;
    const kept = this.carried.get(uri);
    if (kept && kept.from === latest && kept.view.version === doc.version) return kept.view;
    const view = carryOver(latest, doc.getText(), doc.version);
    this.carried.set(uri, { from: latest, view });
    return view;
  }

  private async run(uri: string, pending: Pending): Promise<void> {
    const doc = this.documents.get(uri);
    const superseded = (): boolean => this.pending.get(uri) !== pending || this.documents.get(uri)?.version !== doc?.version;
    if (!doc || superseded()) return;
    const { settings, options, optionsKey } = await this.config.configFor(uri);
    if (superseded()) return;
    // A didChange read but not yet handled would replace this version: wait for the connection to catch up.
    await this.traffic.turn(uri, pending.since);
    if (superseded()) return;
    const text = doc.getText();
    if (!settings.enable || text.length > settings.maxFileSize) {
      this.pending.delete(uri);
      if (settings.enable) this.noticeTooLarge(uri, text.length, settings.maxFileSize);
      void this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics: [] });
      return;
    }
    this.tooLarge.delete(uri);
    const outcome = this.lint(doc, options, optionsKey);
    // Let changes that arrived while linting be read; if there were any, this result is stale.
    await new Promise((resolve) => setImmediate(resolve));
    if (this.documents.get(uri)?.version !== doc.version || this.pending.get(uri) !== pending) return;
    this.pending.delete(uri);
    if (!outcome) {
      void this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics: [] });
      return;
    }
    const { linted, cached } = outcome;
    const diagnostics = linted.result.findings.map((f) => toDiagnostic(f, linted.lines, uri));
    const elapsedMs = performance.now() - pending.since;
    await this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
    void this.connection.sendNotification(LintedNotification, {
      uri,
      version: doc.version,
      ...claimCounts(linted),
      elapsedMs,
      debounceMs: pending.debounce,
      cached,
      lints: this.cache.lints,
    });
    if (pending.trigger === 'change' && !cached) this.warmup.counted(text.length);
    this.warmup.offer(text, options);
  }

  private lint(doc: TextDocument, options: Parameters<ResultCache['lint']>[3], optionsKey: string): { linted: Linted; cached: boolean } | null {
    try {
      const outcome = this.cache.lint(doc.uri, doc.version, doc.getText(), options, optionsKey);
      this.failed.delete(doc.uri);
      return outcome;
    } catch (error) {
      if (!this.failed.has(doc.uri)) {
        this.failed.add(doc.uri);
        const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
        this.connection.console.error(`Claimlint could not lint ${doc.uri}; its diagnostics are cleared until it can. ${detail}`);
      }
      return null;
    }
  }

  private noticeTooLarge(uri: string, size: number, max: number): void {
    if (this.tooLarge.has(uri)) return;
    this.tooLarge.add(uri);
    void this.connection.window.showInformationMessage(
      `Claimlint skipped ${uri}: ${size.toLocaleString('en')} characters is more than claimlint.maxFileSize (${max.toLocaleString('en')}).`,
    );
  }
}
