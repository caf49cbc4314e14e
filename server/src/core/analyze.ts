/**
 * The document-level reading: blocks → sentences, quotes, numbers and source mentions, then who each quote and
 * number is attributed to (same sentence, the speaker's turn, multi-paragraph quotes, "According to X,",
 * "X said:", source notes, links and footnotes).
 */
import type { Attribution, EngineSettings, Span } from './types';
import { parseMarkdown, sourceSpan, type Block, type HtmlComment, type MarkdownDocument } from './markdown';
import type { Token } from './text/tokens';
import type { NumberExpression } from './text/numbers';
import type { QuoteSpan } from './text/quotes';
import { personName, NAME_PARTICLES, type SourceMention } from './text/attribution';
import { NAME_TITLES } from './text/lexicon';
import { isGivenName } from './text/names';
import { People, placeOf, type Person } from './people';
import { itemAt, lastStartingAtOrBefore } from './text/spans';
import { AnalysisCache, lexiconOf, readLocally, type LocalReading, type NamedCandidate, type ParagraphMemo } from './reading';
import { attributeNumbers, attributeQuotes, linkRuns, resolveMention } from './attribute';

export { AnalysisCache };

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
  /** What rules work out about the paragraph on its own (shared with its cached reading). */
  memo: ParagraphMemo;
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

/** Reads one block in the light of what came before: quotes, numbers and resolved source mentions. */
function readBlock(block: Block, reading: LocalReading, people: People, previous: BlockAnalysis | null): BlockAnalysis {
  const prose = block.prose;
  const { tokens, sentences, marks } = reading;
  const ba: BlockAnalysis = { block, sentences, tokens, quotes: [], labels: [], numbers: [], mentions: [], strays: marks.strays, unclosed: null, memo: reading.memo };
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
    const named = reading.named[index];
    // People named in the sentence and its sources are met in reading order; a lone capitalised word counts only
    // when it is the surname of someone already named.
    const meet = (c: NamedCandidate): void => {
      if (!c.surnameOnly || people.knowsKey(c.key)) people.name(c.name, sourceSpan(block, c.start, c.end), place, c.hints);
    };
    let n = 0;
    reading.mentions[index].forEach((m, k) => {
      while (n < named.length && named[n].start < m.start) meet(named[n++]);
      ba.mentions.push(resolveMention(m, index, block, tokens, people, reading.mentionWords[index][k]));
    });
    while (n < named.length) meet(named[n++]);
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

/** Does block b continue the paragraph run of block a (next paragraph, same container)? */
function continuesFrom(a: Block, b: Block): boolean {
  return b.index === a.index + 1 && a.kind === 'paragraph' && b.kind === 'paragraph' && a.blockquoteDepth === b.blockquoteDepth;
}

function startsWithOpeningMark(prose: string): boolean {
  const c = prose.trimStart()[0];
  return c === '"' || c === '\u201c';
}

