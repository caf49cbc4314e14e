/**
 * Plain data shared by the engine, the CLI and the language server.
 * Offsets are UTF-16 code units into the original document text (BOM and CR included), so that
 * every consumer can map them to its own position format (LSP lines/characters, CLI 1-based columns).
 */

/** A half-open range of UTF-16 offsets into the document text. */
export interface Span {
  start: number;
  end: number;
}

/** LSP's four diagnostic severities, by name. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A rule's configured level: a severity, or off. */
export type RuleLevel = Severity | 'off';

/** One replacement of a span of the document by new text. */
export interface TextEdit {
  range: Span;
  text: string;
}

/** An edit the user may choose to apply (never applied by `--fix`). */
export interface Suggestion {
  title: string;
  edits: TextEdit[];
}

/** What a rule reports. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Span;
  /** An edit with one right answer, safe to apply automatically. */
  fix: TextEdit | null;
  suggestions: Suggestion[];
  /** The claim this finding is about, when there is one. */
  claim?: Claim;
  /** Other places that explain the finding (for a quote: where the speaker was named). */
  related?: { range: Span; message: string }[];
}

/** How a source was identified. */
export type AttributionKind =
  | 'named'
  | 'pronoun'
  | 'role'
  | 'organization'
  | 'document'
  | 'link'
  | 'note'
  | 'vague';

/** Who a claim is attributed to, and by which reporting word. */
export interface Attribution {
  kind: AttributionKind;
  /** The resolved source: the full name a pronoun or surname resolves to, the role, the document. */
  source: string;
  /** The reporting word or phrase ("told", "according to"), or null for notes and links. */
  cue: string | null;
  /** Where the source is mentioned for this claim (for "she said", the span of "she"). */
  range: Span;
  /** Where the resolved person was last named, when the source is a pronoun or a surname. */
  namedAt?: Span;
}

/** A numeric claim or a direct quote. */
export interface Claim {
  kind: 'quote' | 'number';
  /** The claim's text as it stands in the source. */
  text: string;
  range: Span;
  attribution: Attribution | null;
  /** True when the claim is in a heading (headings are exempt from unattributed-number by default). */
  inHeading: boolean;
  /** For numbers: true when inside a direct quote (the quote's attribution is the number's). */
  inQuote: boolean;
}

/** House settings that shape the engine's judgment. */
export interface EngineSettings {
  /** Extra reporting words counted as attribution cues ("recounted"). */
  cues: string[];
  /** Extra phrases that name a vague source ("insiders", "people close to the matter"). */
  vagueSources: string[];
  /** Names of known sources, recognised as named even as a single word ("Reuters", "AP"). */
  knownSources: string[];
  /** Headings are exempt from unattributed-number and unattributed-quote. */
  ignoreHeadings: boolean;
  /** Quoted passages shorter than this many words are labels or scare quotes, not direct quotes. */
  minQuoteWords: number;
  /** The newsroom's placeholder word for material to come. */
  placeholder: string;
}

/** A rule's configuration as given by the user: a level, or a level with options. */
export type RuleSetting = RuleLevel | [RuleLevel, Record<string, unknown>];

/** Everything lint() needs besides the text. */
export interface LintOptions {
  /** Per-rule level (and options); rules not named use their default. */
  rules?: Record<string, RuleSetting>;
  settings?: Partial<EngineSettings>;
  /** CI mode: tk-placeholder becomes an error. */
  ci?: boolean;
}

/** What lint() returns. */
export interface LintResult {
  findings: Finding[];
  claims: Claim[];
}
