/** lint(text, options) → { findings, claims }: the one entry point for the language server and the CLI. */
import { AnalysisCache, analyze, DEFAULT_SETTINGS, type Analysis } from './analyze';

export { AnalysisCache };
import { InlineControls } from './controls';
import type { LineIndex } from './text/lines';
import { formatMessage, type Rule, type RuleContext } from './rule';
import { rules } from './rules/index';
import type { Attribution, Claim, EngineSettings, Finding, LintOptions, LintResult, RuleLevel, Severity, Span } from './types';

/** A rule's effective level and options under the given configuration. */
export function ruleLevel(ruleId: string, defaultLevel: RuleLevel, options: LintOptions): { level: RuleLevel; options: Record<string, unknown> } {
  const setting = options.rules?.[ruleId];
  if (setting === undefined) return { level: defaultLevel, options: NO_OPTIONS };
  if (Array.isArray(setting)) return { level: setting[0], options: setting[1] ?? NO_OPTIONS };
  return { level: setting, options: NO_OPTIONS };
}

/** The options of a rule given none: one object for every rule and draft (no rule writes its options). */
const NO_OPTIONS: Record<string, unknown> = {};

/** Merges partial settings over the defaults. */
export function resolveSettings(settings: Partial<EngineSettings> | undefined): EngineSettings {
  return { ...DEFAULT_SETTINGS, ...(settings ?? {}) };
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

/**
 * Where a range's text ends: a quote that runs to the end of its paragraph, whose last line holds only markup (a
 * link, a footnote mark), would otherwise end on the line break before that line.
 */
function textEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** A finding's range without the spaces and line breaks at its edges (the same object when it has none). */
function onText(text: string, range: Span): Span {
  let { start, end } = range;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  end = textEnd(text, start, end);
  return start === range.start && end === range.end ? range : { start, end };
}

/** An attribution whose mention stands on text (a link whose text is only a line break would not). */
function attributionOn(text: string, a: Attribution | null): Attribution | null {
  if (!a) return null;
  const range = onText(text, a.range);
  return range === a.range ? a : { ...a, range };
}

const byStart = (a: Claim, b: Claim): number => a.range.start - b.range.start;

/** Builds the public claims: one per quote run and one per number, in document order. */
function buildClaims(analysis: Analysis): { claims: Claim[]; byRecord: Map<object, Claim> } {
  const byRecord = new Map<object, Claim>();
  // Claims in the order they are made, sorted by where they start below: each claim's range starts where its record
  // does, so the stable sort orders them as a sort of records by start would (a list of {start, record, claim}
  // items sorted and mapped to their claims was 0.3 bytes per input byte the engine allocated over the White House
  // corpus).
  const claims: Claim[] = [];
  const text = analysis.doc.text;
  // Loops by index: one call reads the whole draft, unoptimised at first, where each step of a for…of made an
  // iterator result.
  for (let k = 0; k < analysis.quotes.length; k++) {
    const q = analysis.quotes[k];
    if (q.run !== q) continue;
    const end = textEnd(text, q.range.start, q.parts[q.parts.length - 1].range.end);
    const attributed = q.parts.find((p) => p.attribution);
    const claim: Claim = {
      kind: 'quote',
      text: text.slice(q.range.start, end),
      range: { start: q.range.start, end },
      attribution: attributionOn(text, attributed?.attribution ?? null),
      inHeading: q.block.kind === 'heading',
      inQuote: false,
    };
    for (const p of q.parts) byRecord.set(p, claim);
    claims.push(claim);
  }
  for (let k = 0; k < analysis.numbers.length; k++) {
    const n = analysis.numbers[k];
    const claim: Claim = {
      kind: 'number',
      text: text.slice(n.range.start, n.range.end),
      range: n.range,
      attribution: attributionOn(text, n.quote ? (n.quote.run.parts.find((p) => p.attribution)?.attribution ?? null) : n.attribution),
      inHeading: n.block.kind === 'heading',
      inQuote: n.quote !== null,
    };
    byRecord.set(n, claim);
    claims.push(claim);
  }
  claims.sort(byStart);
  return { claims, byRecord };
}

/**
 * Lints a Markdown draft. An editor passes the same cache for every version of a draft, so that paragraphs a
 * keystroke did not touch are not read again (the document-level attribution pass always runs in full).
 */
export function lint(text: string, options: LintOptions = {}, cache?: AnalysisCache): LintResult {
  return lintWithLines(text, options, cache).result;
}

/**
 * lint, with the index of the draft's lines the engine made for it: the language server converts offsets to
 * positions with it rather than indexing the lines again on every keystroke (a second index was 4% of a keystroke's
 * time in a CPU profile of a 10,000-word draft).
 */
export function lintWithLines(text: string, options: LintOptions = {}, cache?: AnalysisCache): { result: LintResult; lines: LineIndex } {
  const settings = resolveSettings(options.settings);
  // Nothing of the analysis outlives this call (findings and claims hold no token): the tokens may be reused.
  const analysis = analyze(text, settings, cache, true);
  const { claims, byRecord } = buildClaims(analysis);
  const controls = new InlineControls(analysis.doc.comments, analysis.doc.lines, text.length);
  const findings: Finding[] = [];
  // One context for all the rules, given each rule's options, and the rule and severity its reports read, before
  // its check (checks run one at a time, to the end): a context and two functions per rule and draft were most of
  // what lint allocated itself, 1% of the bytes the engine allocated over the White House corpus.
  let rule: Rule = rules[0];
  let severity: Severity = 'warning';
  const context: RuleContext = {
    analysis,
    text,
    settings,
    options: {},
    ci: options.ci ?? false,
    claimOf: (record) => byRecord.get(record),
    report(report) {
      const line = analysis.doc.lines.lineAt(report.range.start);
      if (controls.disabled(rule.id, report.range.start, line)) return;
      const finding: Finding = {
        ruleId: rule.id,
        severity,
        message: formatMessage(rule.messages[report.messageId] ?? report.messageId, report.data),
        range: onText(text, report.range),
        fix: report.fix ?? null,
        suggestions: report.suggestions ?? [],
      };
      // Set only when there (as the spreads of one-key objects did, without making them).
      if (report.claim) finding.claim = report.claim;
      if (report.related) finding.related = report.related;
      findings.push(finding);
    },
  };
  for (const each of rules) {
    const { level, options: ruleOptions } = ruleLevel(each.id, each.defaultSeverity, options);
    if (level === 'off') continue;
    rule = each;
    severity = options.ci && each.id === 'tk-placeholder' ? 'error' : level;
    context.options = ruleOptions;
    each.check(context);
  }
  findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  return { result: { findings, claims }, lines: analysis.doc.lines };
}
