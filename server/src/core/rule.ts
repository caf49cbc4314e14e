/** The shape every rule shares, and the context a rule checks a draft through. */
import type { Analysis } from './analyze';
import type { Claim, EngineSettings, RuleLevel, Span, Suggestion, TextEdit } from './types';

/** What a rule reports: a message template id with its data, a range, and optional edits. */
export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  range: Span;
  fix?: TextEdit | null;
  suggestions?: Suggestion[];
  claim?: Claim;
  related?: { range: Span; message: string }[];
}

/** What a rule sees. */
export interface RuleContext {
  analysis: Analysis;
  text: string;
  settings: EngineSettings;
  /** The rule's own options from the configuration. */
  options: Record<string, unknown>;
  /** CI mode (--ci or CI=true). */
  ci: boolean;
  /** The public claim for an analysed quote or number record. */
  claimOf(record: object): Claim | undefined;
  report(report: Report): void;
}

/** A rule: one module, one id, message templates, a default severity, and a check. */
export interface Rule {
  id: string;
  description: string;
  defaultSeverity: RuleLevel;
  /** Message templates; `{{name}}` is replaced from the report's data. */
  messages: Record<string, string>;
  /** Has fixes that `--fix` may apply (one right answer). */
  fixable?: boolean;
  /** Offers suggestions (never applied automatically). */
  hasSuggestions?: boolean;
  check(context: RuleContext): void;
}

/** A template cut at its placeholders: text, then each placeholder (as written, and its name) with the text after it. */
interface Template {
  head: string;
  slots: { whole: string; key: string; tail: string }[];
}

/** Templates are few and filled for every finding: each is cut once. */
const templates = new Map<string, Template>();

function templateOf(template: string): Template {
  let t = templates.get(template);
  if (!t) {
    const placeholder = /\{\{\s*(\w+)\s*\}\}/g;
    t = { head: '', slots: [] };
    let at = 0;
    for (let m = placeholder.exec(template); m; m = placeholder.exec(template)) {
      const text = template.slice(at, m.index);
      if (t.slots.length === 0) t.head = text;
      else t.slots[t.slots.length - 1].tail = text;
      t.slots.push({ whole: m[0], key: m[1], tail: '' });
      at = m.index + m[0].length;
    }
    if (t.slots.length === 0) t.head = template;
    else t.slots[t.slots.length - 1].tail = template.slice(at);
    if (templates.size >= 1000) templates.clear();
    templates.set(template, t);
  }
  return t;
}

/** Fills a message template: `{{name}}` is replaced from data; a name data lacks stays as written. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  const t = templateOf(template);
  let out = t.head;
  for (const slot of t.slots) out += (slot.key in data ? String(data[slot.key]) : slot.whole) + slot.tail;
  return out;
}

/** Made once (a pattern written in a function is a new object each time it is reached); replace starts it afresh. */
const SPACES = /\s+/g;

/**
 * Text as messages quote it: as written in prose, as a reader reads it (markup left out, so `**4,000**` is quoted
 * as 4,000), with each run of spaces and line breaks as one space.
 */
export function quoted(prose: string): string {
  return prose.replace(SPACES, ' ').trim();
}

/** Shortens claim text for messages. */
export function excerpt(text: string, max = 60): string {
  const flat = quoted(text);
  return flat.length <= max ? flat : flat.slice(0, max - 1).trimEnd() + '…';
}
