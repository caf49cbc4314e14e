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

/** Fills a message template. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

/**
 * Text as messages quote it: as written in prose, as a reader reads it (markup left out, so `**4,000**` is quoted
 * as 4,000), with each run of spaces and line breaks as one space.
 */
export function quoted(prose: string): string {
  return prose.replace(/\s+/g, ' ').trim();
}

/** Shortens claim text for messages. */
export function excerpt(text: string, max = 60): string {
  const flat = quoted(text);
  return flat.length <= max ? flat : flat.slice(0, max - 1).trimEnd() + '…';
}
