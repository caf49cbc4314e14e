/**
 * The document-level reading: blocks → sentences, quotes, numbers and source mentions, then who each quote and
 * number is attributed to (same sentence, the speaker's turn, multi-paragraph quotes, "According to X,",
 * "X said:", source notes, links and footnotes).
 */
import type { Attribution, EngineSettings, Span } from './types';
import { parseMarkdown, sourceSpan, type Block, type HtmlComment, type MarkdownDocument } from './markdown';
import { splitSentences } from './text/sentences';
import { tokenize, type Token } from './text/tokens';
import { findNumbers, type NumberExpression } from './text/numbers';
import { findQuoteMarks, isDirectQuote, type QuoteSpan } from './text/quotes';
import { findSources, introducerSource, NAME_PARTICLES, personName, signatureSource, type AttributionLexicon, type SourceMention } from './text/attribution';
import { INTEREST_WORDS, NAME_TITLES, ORG_NAME_WORDS, ROLE_NOUNS } from './text/lexicon';
import { isGivenName } from './text/names';
import { People, genderOf, type Person, type Place } from './people';
import { gap, itemAt, lastStartingAtOrBefore, nearest } from './text/spans';

/** A sentence of a block: prose offsets and the range of its tokens. */
export interface Sentence {
  start: number;
  end: number;
  first: number;
  last: number;
}

/** How a claim came by its attribution. */
export type AttributionPath = 'sentence' | 'turn' | 'run' | 'carry' | 'note' | 'link';

/** A source mention, resolved. */
export interface MentionRecord {
  block: Block;
  sentence: number;
  mention: SourceMention;
  attribution: Attribution;
  /** The person or body the mention stands for, when known. */
  person?: Person;
  /** For pronouns: the resolved person's last naming before this mention, and who was named since. */
  pronoun?: { lastNamedBlock: number; namedSince: Person[] };
}

/** A direct quote (one part per paragraph for multi-paragraph quotes). */
export interface QuoteRecord {
  block: Block;
  span: QuoteSpan;
  /** Source range: opening mark (or first character) to closing mark (or the block's last character). */
  range: Span;
  /** Indices of the block's sentences the quote overlaps. */
  sentences: number[];
  /** The first part of the quote's multi-paragraph run (itself for a one-paragraph quote). */
  run: QuoteRecord;
  /** The parts of the run, in order (only on the run's first part). */
  parts: QuoteRecord[];
  attribution: Attribution | null;
  path: AttributionPath | null;
  mention: MentionRecord | null;
}

/** A numeric claim. */
export interface NumberRecord {
  block: Block;
  sentence: number;
  expression: NumberExpression;
  tokens: Token[];
  range: Span;
  quote: QuoteRecord | null;
  attribution: Attribution | null;
  path: AttributionPath | null;
  mention: MentionRecord | null;
}

/** What the analysis found in one block. */
export interface BlockAnalysis {
  block: Block;
  sentences: Sentence[];
  tokens: Token[];
  quotes: QuoteRecord[];
  /** Quoted passages that are labels, titles or scare quotes. */
  labels: QuoteSpan[];
  numbers: NumberRecord[];
  mentions: MentionRecord[];
  /** Quotation marks without a partner (prose offsets). */
  strays: { offset: number; kind: 'open' | 'close' }[];
  /** An opening mark whose quote is neither closed nor continued in the next paragraph. */
  unclosed: QuoteRecord | null;
}

/** The whole reading of a draft. */
export interface Analysis {
  doc: MarkdownDocument;
  settings: EngineSettings;
  blocks: BlockAnalysis[];
  /** Every direct quote part, in order. */
  quotes: QuoteRecord[];
  numbers: NumberRecord[];
  mentions: MentionRecord[];
  /** Source notes (`<!-- source: … -->`) and what they cover. */
  notes: { comment: HtmlComment; source: string }[];
}

/** The default house settings. */
export const DEFAULT_SETTINGS: EngineSettings = {
  cues: [],
  vagueSources: [],
  knownSources: [],
  ignoreHeadings: true,
  minQuoteWords: 3,
  placeholder: 'TK',
};

function lexiconOf(settings: EngineSettings): AttributionLexicon {
  return {
    cues: new Set(settings.cues.map((c) => c.toLowerCase())),
    vague: settings.vagueSources.map((v) => v.toLowerCase().split(/\s+/).filter(Boolean)).filter((v) => v.length > 0),
    known: new Set(settings.knownSources),
  };
}

const interestPatterns = new Map<string, RegExp>();

/**
 * A pattern for sentences worth reading word by word: a digit, a quotation mark, or a word that can be a cue, a
 * source, a passive, a number or a ranking. The others are only scanned for names.
 */
function interestOf(lexicon: AttributionLexicon): RegExp {
  const extra = [...lexicon.cues, ...lexicon.vague.map((v) => v[v.length - 1]), ...lexicon.known];
  const key = extra.join('\u0000');
  let pattern = interestPatterns.get(key);
  if (!pattern) {
    const words = [...new Set([...INTEREST_WORDS, ...extra.flatMap((w) => [w, w.toLowerCase(), w[0].toUpperCase() + w.slice(1)])])]
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .sort((a, b) => b.length - a.length);
    pattern = new RegExp(`[\\d"\u201c\u201d]|\\b(?:${words.join('|')})\\b`);
    if (interestPatterns.size > 16) interestPatterns.clear();
    interestPatterns.set(key, pattern);
  }
  return pattern;
}

/** Capitalised words and runs of them (with name particles), where names stand. */
const NAME_RUNS = /[\p{Lu}][\p{L}\p{M}'’.\-]*(?:\s+(?:(?:of|de|van|von|der|den|bin|ibn|al|el|la|le|du|da|dos|di|del)\s+)*[\p{Lu}][\p{L}\p{M}'’.\-]*)*/gu;

/** Tokens around the names of a sentence that needs no full reading: a word before, the run, a few after. */
function nameTokens(prose: string, start: number, end: number, into: Token[]): void {
  NAME_RUNS.lastIndex = start;
  let done = start;
  for (let m = NAME_RUNS.exec(prose); m && m.index < end; m = NAME_RUNS.exec(prose)) {
    let from = m.index;
    while (from > done && from > start && prose[from - 1] === ' ') from--;
    while (from > done && from > start && prose[from - 1] !== ' ') from--;
    const to = Math.min(end, m.index + m[0].length + 16);
    for (const t of tokenize(prose, Math.max(from, done), to)) into.push(t);
    done = to;
    if (NAME_RUNS.lastIndex < done) NAME_RUNS.lastIndex = done;
  }
}

/** Reads a draft: parses it and works out every claim's attribution. A cache reuses unchanged paragraphs' readings. */
export function analyze(text: string, settings: EngineSettings, cache?: AnalysisCache): Analysis {
  const doc = parseMarkdown(text);
  const lexicon = lexiconOf(settings);
  cache?.begin(settings);
  const people = new People();
  const analysis: Analysis = { doc, settings, blocks: [], quotes: [], numbers: [], mentions: [], notes: [] };
  const { blockNotes, lineNotes } = sourceNotes(doc, analysis);
  const footnoteText = new Map<string, string>();
  for (const b of doc.blocks) if (b.footnoteLabel !== null) footnoteText.set(b.footnoteLabel, b.prose.trim());

  let carry: Attribution | null = null;
  let speakerHeading: Attribution | null = null;
  let previous: BlockAnalysis | null = null;
  for (const block of doc.blocks) {
    const reading = cache ? cache.reading(block, settings, lexicon) : readLocally(block, settings, lexicon);
    const ba = readBlock(block, reading, people, previous);
    analysis.blocks.push(ba);
    const opener = ba.mentions.find((m) => m.sentence === 0 && m.mention.cueLemma === 'according to' && ba.tokens[ba.sentences[0].first]?.lower === 'according');
    const header = block.kind === 'heading' ? null : linkHeader(ba);
    const blockCarry = opener?.attribution ?? header ?? carry ?? speakerHeading;
    if (block.kind === 'heading') speakerHeading = speakerOf(ba, people);
    attributeQuotes(ba, lexicon, people);
    attributeNumbers(ba);
    for (const q of ba.quotes) {
      if (!q.attribution) assign(q, blockCarry, 'carry');
      if (!q.attribution) assign(q, blockNotes.get(block.index) ?? lineNotes.get(doc.lines.lineAt(q.range.start)) ?? null, 'note');
      if (!q.attribution) assign(q, referenceIn(ba, q.sentences, footnoteText), 'link');
    }
    for (const n of ba.numbers) {
      if (n.quote) continue;
      if (!n.attribution) assign(n, blockCarry, 'carry');
      if (!n.attribution) assign(n, blockNotes.get(block.index) ?? lineNotes.get(doc.lines.lineAt(n.range.start)) ?? null, 'note');
      if (!n.attribution) assign(n, referenceIn(ba, [n.sentence], footnoteText), 'link');
    }
    const last = ba.mentions[ba.mentions.length - 1];
    carry = last && last.mention.introduces && last.sentence === ba.sentences.length - 1 ? last.attribution : linkHeader(ba);
    previous = ba;
  }
  cache?.end();
  linkRuns(analysis);
  for (const ba of analysis.blocks) {
    for (const n of ba.numbers) {
      if (n.quote) {
        n.attribution = n.quote.attribution;
        n.path = n.quote.path;
        n.mention = n.quote.mention;
      }
    }
    for (const q of ba.quotes) analysis.quotes.push(q);
    for (const n of ba.numbers) analysis.numbers.push(n);
    for (const m of ba.mentions) analysis.mentions.push(m);
  }
  return analysis;
}

function assign(claim: { attribution: Attribution | null; path: AttributionPath | null }, attribution: Attribution | null, path: AttributionPath): void {
  if (!attribution) return;
  claim.attribution = attribution;
  claim.path = path;
}

/** Source notes: a comment inside a block covers the block; one on its own line covers the block it ends or the line it precedes. */
function sourceNotes(doc: MarkdownDocument, analysis: Analysis): { blockNotes: Map<number, Attribution>; lineNotes: Map<number, Attribution> } {
  const blockNotes = new Map<number, Attribution>();
  const lineNotes = new Map<number, Attribution>();
  for (const comment of doc.comments) {
    const m = /^source\s*:\s*([\s\S]*)$/i.exec(comment.body);
    if (!m) continue;
    const source = m[1].trim();
    analysis.notes.push({ comment, source });
    const attribution: Attribution = { kind: 'note', source, cue: null, range: comment.range };
    if (comment.block >= 0) {
      blockNotes.set(comment.block, attribution);
      continue;
    }
    const startLine = doc.lines.lineAt(comment.range.start);
    const ended = doc.blocks.find((b) => b.endLine === startLine && b.kind !== 'heading');
    if (ended) {
      // A note under a table covers all of its cells.
      for (const b of doc.blocks) if (b === ended || (ended.table >= 0 && b.table === ended.table)) blockNotes.set(b.index, attribution);
    } else {
      lineNotes.set(comment.endLine + 1, attribution);
    }
  }
  return { blockNotes, lineNotes };
}

/** A Markdown link or footnote reference in the given sentences, as a source. */
function referenceIn(ba: BlockAnalysis, sentenceIndices: number[], footnotes: Map<string, string>): Attribution | null {
  const { block } = ba;
  for (const i of sentenceIndices) {
    const s = ba.sentences[i];
    const link = block.links.find((l) => l.start >= s.start && l.start < s.end && l.end > l.start);
    if (link) {
      return { kind: 'link', source: link.href || block.prose.slice(link.start, link.end), cue: null, range: sourceSpan(block, link.start, link.end) };
    }
    const note = block.footnotes.find((f) => f.offset >= s.start && f.offset <= s.end);
    if (note) return { kind: 'document', source: footnotes.get(note.label) ?? `[^${note.label}]`, cue: null, range: note.range };
  }
  return null;
}

/**
 * A heading that is only a person's name and titles ("#### Secretary of Homeland Security Kristi Noem") introduces
 * the quotes under it, as transcripts and round-ups do.
 */
function speakerOf(ba: BlockAnalysis, people: People): Attribution | null {
  const words = ba.tokens.filter((t) => t.kind !== 'punct');
  if (words.length < 2 || words.length > 10) return null;
  if (!words.every((w) => w.capitalized || NAME_PARTICLES.has(w.lower) || w.lower === 'of' || w.lower === 'and' || w.lower === 'the')) return null;
  const name = personName(words);
  const parts = name.split(/\s+/);
  const titled = words.some((w) => NAME_TITLES.has(w.text) && !parts.includes(w.text));
  if (parts.length < 2 || !(isGivenName(parts[0]) || titled)) return null;
  const range = sourceSpan(ba.block, words[0].start, words[words.length - 1].end);
  const person = people.name(name, range, placeOf(ba.block, 0), words.map((w) => w.lower));
  people.spoke(person);
  return { kind: 'named', source: person.name, cue: null, range };
}

/**
 * A block that opens with a link to its source and a colon (`[IndustryWeek](…): "Headline"`) introduces the
 * excerpt in the next block, as press round-ups do.
 */
function linkHeader(ba: BlockAnalysis): Attribution | null {
  const { block } = ba;
  const first = block.links[0];
  if (!first || block.prose.slice(0, first.start).trim() !== '') return null;
  if (!/^\s*(?:\([^)]{0,40}\))?\s*:/.test(block.prose.slice(first.end))) return null;
  return { kind: 'link', source: block.prose.slice(first.start, first.end).trim() || first.href, cue: null, range: sourceSpan(block, first.start, first.end) };
}

const WORDY = /[\p{L}\p{N}]/u;

/** A person named in a sentence, before the register decides whether a lone surname is someone it knows. */
interface NamedCandidate {
  name: string;
  start: number;
  end: number;
  hints: string[];
  /** A single capitalised word: a person only when it is the surname of someone already named. */
  surnameOnly: boolean;
}

/**
 * What a paragraph says on its own, before anything earlier in the draft is known: tokens, sentences, quotation
 * marks, numbers, cues and sources, and names. It depends only on the prose and the settings, so an editor can
 * reuse it for every paragraph a keystroke did not touch.
 */
interface LocalReading {
  tokens: Token[];
  sentences: Sentence[];
  marks: ReturnType<typeof findQuoteMarks>;
  /** For each quote span: a direct quote (true) or a label; a continued multi-paragraph quote is direct anyway. */
  direct: boolean[];
  mentions: SourceMention[][];
  named: NamedCandidate[][];
  numbers: NumberExpression[][];
}

/** Paragraph readings kept between lint runs of one draft (see lint's cache argument). */
export class AnalysisCache {
  private current = new Map<string, LocalReading>();
  private next = new Map<string, LocalReading>();
  private settingsKey = '';

  /** The reading of a block under these settings, computed once. */
  reading(block: Block, settings: EngineSettings, lexicon: AttributionLexicon): LocalReading {
    // Plain paragraphs, by far the most, are keyed by their prose alone (no copy of the text to build a key).
    const key = block.kind === 'paragraph' && !block.footnoteDefinition ? block.prose : `${block.kind}\u0000${block.footnoteDefinition ? 1 : 0}\u0000${block.prose}`;
    let reading = this.next.get(key) ?? this.current.get(key);
    if (!reading) reading = readLocally(block, settings, lexicon);
    this.next.set(key, reading);
    return reading;
  }

  /** Starts a run: readings made under other settings are dropped. */
  begin(settings: EngineSettings): void {
    const key = JSON.stringify(settings);
    if (key !== this.settingsKey) {
      this.current.clear();
      this.settingsKey = key;
    }
    this.next = new Map();
  }

  /** Ends a run: only the paragraphs of this version of the draft are kept. */
  end(): void {
    this.current = this.next;
    this.next = new Map();
  }
}

/** Reads a paragraph on its own (see LocalReading). */
function readLocally(block: Block, settings: EngineSettings, lexicon: AttributionLexicon): LocalReading {
  const prose = block.prose;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const interest = interestOf(lexicon);
  for (const s of splitSentences(prose)) {
    const first = tokens.length;
    const text = prose.slice(s.start, s.end);
    // A sentence without a letter or digit holds no claim and no source: it needs no tokens. One with no digit,
    // quotation mark or word of interest holds no claim or cue either: only its names are read.
    if (WORDY.test(text)) {
      if (block.kind === 'heading' || interest.test(text)) for (const t of tokenize(prose, s.start, s.end)) tokens.push(t);
      else nameTokens(prose, s.start, s.end, tokens);
    }
    sentences.push({ start: s.start, end: s.end, first, last: tokens.length });
  }
  const marks = findQuoteMarks(prose);
  const direct = marks.quotes.map((span) => isDirectQuote(prose, span, settings.minQuoteWords));
  const closeOf = (q: QuoteSpan): number => (q.close === -1 ? prose.length : q.close);
  const inQuote = (offset: number): boolean => itemAt(marks.quotes, offset, (q) => q.open, (q) => closeOf(q) + 1) !== undefined;
  const reading: LocalReading = { tokens, sentences, marks, direct, mentions: [], named: [], numbers: [] };
  for (const s of sentences) {
    const found = findSources(tokens, s.first, s.last, inQuote, lexicon);
    // "The fire is believed to have started in the kitchen, fire officials said": the passive has its source.
    const sourced = found.some((m) => !m.sourceless && !m.vague);
    reading.mentions.push(sourced ? found.filter((m) => !m.sourceless) : found);
    reading.named.push(namedPeople(tokens, s.first, s.last, inQuote));
    reading.numbers.push(block.footnoteDefinition ? [] : findNumbers(tokens, s.first, s.last));
  }
  return reading;
}

/** Reads one block in the light of what came before: quotes, numbers and resolved source mentions. */
function readBlock(block: Block, reading: LocalReading, people: People, previous: BlockAnalysis | null): BlockAnalysis {
  const prose = block.prose;
  const { tokens, sentences, marks } = reading;
  const ba: BlockAnalysis = { block, sentences, tokens, quotes: [], labels: [], numbers: [], mentions: [], strays: marks.strays, unclosed: null };
  const continuing = previous && previous.unclosed && startsWithOpeningMark(prose) && continuesFrom(previous.block, block) ? previous.unclosed : null;
  if (previous && previous.unclosed && continuing) previous.unclosed = null;
  marks.quotes.forEach((span, i) => {
    const isContinuation = continuing !== null && i === 0 && span.open === prose.search(/\S/);
    if (!isContinuation && !reading.direct[i]) {
      ba.labels.push(span);
      return;
    }
    const endProse = span.close === -1 ? prose.length : span.close + 1;
    const record: QuoteRecord = {
      block, span, range: sourceSpan(block, span.open === -1 ? 0 : span.open, endProse),
      sentences: sentencesOver(sentences, span.open, endProse),
      run: null as unknown as QuoteRecord, parts: [], attribution: null, path: null, mention: null,
    };
    if (isContinuation && continuing) {
      record.run = continuing.run;
      continuing.run.parts.push(record);
    } else {
      record.run = record;
      record.parts = [record];
    }
    ba.quotes.push(record);
  });
  const lastQuote = ba.quotes[ba.quotes.length - 1];
  if (lastQuote && lastQuote.span.close === -1) ba.unclosed = lastQuote;

  const closeOf = (q: QuoteSpan): number => (q.close === -1 ? prose.length : q.close);
  const labelAt = (offset: number): boolean => itemAt(ba.labels, offset, (q) => q.open + 1, closeOf) !== undefined;
  const quoteAt = (offset: number): QuoteRecord | null => itemAt(ba.quotes, offset, (q) => q.span.open + 1, (q) => closeOf(q.span)) ?? null;

  sentences.forEach((_, index) => {
    const place = placeOf(block, index);
    const named = reading.named[index].filter((c) => !c.surnameOnly || people.knows(c.name));
    let n = 0;
    for (const m of reading.mentions[index]) {
      while (n < named.length && named[n].start < m.start) {
        people.name(named[n].name, sourceSpan(block, named[n].start, named[n].end), place, named[n].hints);
        n++;
      }
      ba.mentions.push(resolveMention(m, index, block, tokens, people));
    }
    for (; n < named.length; n++) people.name(named[n].name, sourceSpan(block, named[n].start, named[n].end), place, named[n].hints);
    for (const expression of reading.numbers[index]) {
      if (labelAt(tokens[expression.figure].start)) continue;
      ba.numbers.push({
        block, sentence: index, expression, tokens, range: sourceSpan(block, expression.start, expression.end),
        quote: quoteAt(tokens[expression.figure].start), attribution: null, path: null, mention: null,
      });
    }
  });
  return ba;
}

/** Indices of the sentences that overlap prose [from, to). */
function sentencesOver(sentences: Sentence[], from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = Math.max(0, lastStartingAtOrBefore(sentences, from, (s) => s.start)); i < sentences.length && sentences[i].start < to; i++) {
    if (sentences[i].end > from) out.push(i);
  }
  return out;
}

/** A mention's place: its block and a number that grows with every sentence of the draft. */
function placeOf(block: Block, sentence: number): Place {
  return { block: block.index, sentence: block.index * 100000 + sentence };
}

/** Does block b continue the paragraph run of block a (next paragraph, same container)? */
function continuesFrom(a: Block, b: Block): boolean {
  return b.index === a.index + 1 && a.kind === 'paragraph' && b.kind === 'paragraph' && a.blockquoteDepth === b.blockquoteDepth;
}

function startsWithOpeningMark(prose: string): boolean {
  const c = prose.trimStart()[0];
  return c === '"' || c === '\u201c';
}

/** Turns a mention into an attribution, resolving pronouns, surnames and descriptions through the register of people. */
function resolveMention(m: SourceMention, sentence: number, block: Block, tokens: Token[], people: People): MentionRecord {
  const range = sourceSpan(block, m.start, m.end);
  const place = placeOf(block, sentence);
  const record: MentionRecord = { block, sentence, mention: m, attribution: { kind: m.kind, source: m.name, cue: m.cue || null, range } };
  const words = m.text.split(/\s+/);
  if (m.kind === 'named') {
    const nameWords = m.name.split(/\s+/).length;
    const descriptors = [...words.slice(0, Math.max(0, words.length - nameWords)), ...appositiveWords(tokens, m)];
    const person = people.name(m.name, range, place, descriptors);
    people.spoke(person);
    record.person = person;
    record.attribution.source = person.name;
    if (person.namedAt.start !== range.start) record.attribution.namedAt = person.namedAt;
  } else if (m.kind === 'pronoun') {
    const person = people.resolve(m.name, place);
    if (person) {
      record.person = person;
      record.attribution.source = person.name;
      record.attribution.namedAt = person.lastNamed;
      record.pronoun = { lastNamedBlock: person.lastNamedBlock, namedSince: people.namedSince(person.lastNamedSeq, person) };
      people.spoke(person);
    }
  } else if (m.kind === 'role' || m.kind === 'organization' || m.kind === 'vague') {
    const definite = /^the\s/i.test(m.text) && !/s$/i.test(words[words.length - 1]);
    const described = m.kind === 'role' && definite ? people.describe(words) : undefined;
    if (described) {
      people.spoke(described);
      record.person = described;
      record.attribution.source = described.name;
      record.attribution.namedAt = described.lastNamed;
      return record;
    }
    const phrase = m.name.replace(/^(?:the|a|an)\s+/i, '');
    const plural = m.kind === 'vague' || /s$/.test(phrase) || /\bpolice\b/i.test(phrase);
    const person = people.name(phrase, range, place, phrase.split(/\s+/), m.kind === 'role' && !plural ? 'role' : 'organization');
    if (plural && person.gender === 'neuter' && m.kind !== 'organization') person.gender = 'plural';
    if (m.kind === 'role' && !plural && person.gender === 'unknown') person.gender = genderOf(phrase.split(/\s+/));
    people.spoke(person);
    record.person = person;
  }
  return record;
}

/** Words of the appositive right after a name ("Goulet, the French senator,"), which may tell gender. */
function appositiveWords(tokens: Token[], m: SourceMention): string[] {
  const i = lastStartingAtOrBefore(tokens, m.end - 1, (t) => t.start) + 1;
  if (i >= tokens.length || tokens[i].text !== ',') return [];
  return tokens.slice(i + 1, i + 8).map((t) => t.lower);
}

/** People named in a sentence outside quotes, as a reader notices them ("Salah Abdeslam, who …", "Actor Brendan Fraser"). */
function namedPeople(tokens: Token[], from: number, to: number, inQuote: (o: number) => boolean): NamedCandidate[] {
  const found: NamedCandidate[] = [];
  for (let i = from; i < to; i++) {
    if (!tokens[i].capitalized || tokens[i].kind !== 'word' || inQuote(tokens[i].start)) continue;
    let e = i;
    while (e + 1 < to && tokens[e + 1].kind === 'word' && (tokens[e + 1].capitalized || (NAME_PARTICLES.has(tokens[e + 1].lower) && tokens[e + 2]?.capitalized))) e++;
    if (e === i) {
      // One capitalised word: a person only if it is the surname of someone already named (decided later).
      const w = tokens[i];
      if (!ORG_NAME_WORDS.has(w.text)) found.push({ name: w.text.replace(/['’]s$/, ''), start: w.start, end: w.end, hints: [], surnameOnly: true });
      continue;
    }
    const words = tokens.slice(i, e + 1);
    const after = tokens[e + 1];
    const after2 = tokens[e + 2];
    const before = tokens[i - 1];
    const name = personName(words);
    const nameWords = name.split(/\s+/);
    const titled = nameWords.length < words.length || (before !== undefined && ROLE_NOUNS.has(before.lower));
    const given = isGivenName(nameWords[0]) && nameWords.length >= 2;
    const appositive = words.length >= 2 && words.length <= 4 && after?.text === ',' && after2 !== undefined && (after2.lower === 'who' || /^\d{1,3}$/.test(after2.text));
    const surnameOnly = words.length === 1 && words[0].kind === 'word';
    const looksPerson = !words.some((w) => ORG_NAME_WORDS.has(w.text)) && (given || appositive || surnameOnly || (titled && (nameWords.length >= 2 || words.some((w) => NAME_TITLES.has(w.text)))));
    if (looksPerson) found.push({ name, start: words[0].start, end: words[words.length - 1].end, hints: [...words.map((w) => w.lower), ...tokens.slice(e + 1, e + 8).map((t) => t.lower)], surnameOnly: surnameOnly && !given && !appositive && !titled });
    i = e;
  }
  return found;
}

const mentionStart = (m: MentionRecord): number => m.mention.start;
const mentionEnd = (m: MentionRecord): number => m.mention.end;

/** Mentions grouped by sentence, each group sorted by position. */
function bySentence(mentions: MentionRecord[]): Map<number, MentionRecord[]> {
  const groups = new Map<number, MentionRecord[]>();
  for (const m of mentions) {
    let g = groups.get(m.sentence);
    if (!g) groups.set(m.sentence, (g = []));
    g.push(m);
  }
  for (const g of groups.values()) g.sort((x, y) => x.mention.start - y.mention.start);
  return groups;
}

/** Quotes: the sentence's own cue, a signature, a colon introduction, then the speaker's turn over the paragraph. */
function attributeQuotes(ba: BlockAnalysis, lexicon: AttributionLexicon, people: People): void {
  const proseEnd = ba.block.prose.length;
  const insideQuote = (offset: number): boolean =>
    itemAt(ba.quotes, offset, (q) => q.span.open + 1, (q) => (q.span.close === -1 ? proseEnd : q.span.close)) !== undefined;
  const outside = ba.mentions.filter((m) => !m.mention.sourceless && !insideQuote(m.mention.start)).sort((x, y) => x.mention.start - y.mention.start);
  const groups = bySentence(outside);
  for (const q of ba.quotes) {
    const end = q.span.close === -1 ? proseEnd : q.span.close + 1;
    let best: MentionRecord | undefined;
    let bestGap = Infinity;
    for (const i of q.sentences) {
      const candidate = nearest(groups.get(i) ?? [], Math.max(q.span.open, 0), end, mentionStart, mentionEnd);
      if (!candidate) continue;
      const d = gap(candidate.mention.start, candidate.mention.end, Math.max(q.span.open, 0), end);
      if (d < bestGap) {
        bestGap = d;
        best = candidate;
      }
    }
    if (best) {
      q.attribution = best.attribution;
      q.mention = best;
      q.path = 'sentence';
    }
  }
  for (const q of ba.quotes) {
    if (q.attribution || q.span.close < 0) continue;
    // A signed quote: `"…" — White House spokesperson Abigail Jackson`.
    const after = /^[\s*_]*[\u2014\u2013]|^[\s*_]*--?\s/.exec(ba.block.prose.slice(q.span.close + 1, q.span.close + 8));
    if (!after) continue;
    const dashAt = q.span.close + 1 + after[0].search(/[\u2014\u2013-]/);
    const dash = ba.tokens.findIndex((t) => t.start === dashAt);
    const m = dash >= 0 ? signatureSource(ba.tokens, dash, lexicon) : null;
    if (!m) continue;
    const sentence = ba.sentences.findIndex((s) => s.start <= dashAt && s.end > dashAt);
    const record = resolveMention(m, Math.max(sentence, 0), ba.block, ba.tokens, people);
    ba.mentions.push(record);
    for (const other of ba.quotes) {
      if (!other.attribution && other.span.open <= q.span.open) {
        other.attribution = record.attribution;
        other.mention = record;
        other.path = 'sentence';
      }
    }
  }
  for (const q of ba.quotes) {
    if (q.attribution || q.span.open < 0) continue;
    // `X said this: "…"`, `Trump's statement read: "…"`, `Trump defended his decision, "As I …"`,
    // `Trump attacked the inquiry as "Witch Hunt garbage."`: the introducing clause's subject.
    const lead = ba.block.prose.slice(0, q.span.open).trimEnd();
    const opensUtterance = /^["“]\s*[\p{Lu}\d]/u.test(ba.block.prose.slice(q.span.open, q.span.open + 3));
    const introduced = lead.endsWith(':') || (lead.endsWith(',') && opensUtterance) || /\sas$/.test(lead);
    if (!introduced) continue;
    const colonAt = lead.endsWith('as') ? lead.length - 2 : lead.length - 1;
    const colon = ba.tokens.findIndex((t) => t.start === colonAt);
    const sentence = ba.sentences.findIndex((s) => s.start <= colonAt && s.end > colonAt);
    if (colon < 0 || sentence < 0) continue;
    const m = introducerSource(ba.tokens, ba.sentences[sentence].first, colon, () => false, lexicon);
    if (!m) continue;
    const record = resolveMention(m, sentence, ba.block, ba.tokens, people);
    ba.mentions.push(record);
    q.attribution = record.attribution;
    q.mention = record;
    q.path = 'sentence';
  }
  const named = outside.filter((m) => !m.mention.vague);
  for (const q of ba.quotes) {
    if (q.attribution) continue;
    const at = Math.max(q.span.open, 0);
    const i = lastStartingAtOrBefore(named, at - 1, mentionStart);
    const before = i >= 0 && named[i].mention.end <= at ? named[i] : i > 0 ? named[i - 1] : undefined;
    const anyBefore = outside.length > 0 && outside[0].mention.end <= at;
    const after = named[i + 1];
    // A later cue that introduces a quote of its own does not reach back.
    const afterIsOwned = after !== undefined && ba.quotes.some((o) => o !== q && o.mention === after && o.path === 'sentence');
    const turn = before ?? (anyBefore || afterIsOwned ? undefined : after);
    if (turn) {
      q.attribution = turn.attribution;
      q.mention = turn;
      q.path = 'turn';
    }
  }
}

/** Numbers outside quotes: the nearest source of their sentence. */
function attributeNumbers(ba: BlockAnalysis): void {
  const groups = bySentence(ba.mentions.filter((m) => !m.mention.sourceless));
  for (const n of ba.numbers) {
    if (n.quote) continue;
    const list = groups.get(n.sentence) ?? [];
    let best = nearest(list, n.expression.start, n.expression.end, mentionStart, mentionEnd);
    // A number inside its own source phrase ("More than two million people replied") is not attributed by it.
    const holds = (m: MentionRecord): boolean => m.mention.start <= n.expression.start && m.mention.end >= n.expression.end;
    if (best && holds(best)) {
      const at = lastStartingAtOrBefore(list, best.mention.start, mentionStart);
      const others = [list[at - 1], list[at + 1]].filter((m): m is MentionRecord => m !== undefined && !holds(m));
      best = others.sort((x, y) => gap(x.mention.start, x.mention.end, n.expression.start, n.expression.end) - gap(y.mention.start, y.mention.end, n.expression.start, n.expression.end))[0];
    }
    if (best) {
      n.attribution = best.attribution;
      n.mention = best;
      n.path = 'sentence';
    }
  }
}

/** Multi-paragraph quotes share the attribution any of their parts has. */
function linkRuns(analysis: Analysis): void {
  for (const ba of analysis.blocks) {
    for (const q of ba.quotes) {
      if (q.run !== q || q.parts.length < 2) continue;
      const source = q.parts.find((p) => p.attribution && p.path !== 'note');
      if (!source) continue;
      for (const p of q.parts) {
        if (!p.attribution || p.path === 'turn') {
          p.attribution = source.attribution;
          p.mention = source.mention;
          p.path = p === source ? p.path : 'run';
        }
      }
    }
  }
}
