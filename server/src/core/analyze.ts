/**
 * The document-level reading: blocks → sentences, quotes, numbers and source mentions, then who each quote and
 * number is attributed to (same sentence, the speaker's turn, multi-paragraph quotes, "According to X,",
 * "X said:", source notes, links and footnotes).
 */
import type { Attribution, EngineSettings } from './types';
import { parseMarkdown, sourceSpan, type Block, type HtmlComment, type InlineLink, type MarkdownDocument } from './markdown';
import { captionOf, tableSourceLines, type TableSources } from './tables';
import { introducerSource, issuingVerbBefore, pastDateline, tokenAtOrAfter, personName, personNameIn, titleDot, type AttributionLexicon } from './text/attribution';
import { QUOTE_VERB } from './text/quote-speakers';
import { CUE_FORMS, CURRENCY_PREFIX, NAME_PARTICLES, NAME_TITLES, NUMBER_WORDS, ORG_NAME_WORDS, PASSIVE_VAGUE_VERBS, ROLE_NOUNS, SENTENCE_STARTERS } from './text/lexicon';
import { isGivenName } from './text/names';
import { lastStartingAtOrBefore } from './text/spans';
import { People, placeOf, SIDE_PRONOUNS, type Person } from './people';
import { transcriptTurns, type Turn } from './transcripts';
import { tokenize, type Token } from './text/tokens';
import { AnalysisCache, lexiconOf, readLocally, reuseReadings, surnameKey } from './reading';
import { withoutFinalS, withoutPossessive } from './text/words';
import { readBlock, resolveMention, reuseBlockAnalyses, type AttributionPath, type BlockAnalysis, type MentionRecord, type NumberRecord, type QuoteRecord } from './records';
import { attributeNumbers, attributeQuotes, linkRuns } from './attribute';
import { creditAtEnd, signQuotesAbove } from './signatures';

// Patterns of the tests below, made once (a pattern written in a function is a new object each time it is reached).
const BOLD_LINE = /^\s*(?:\*\*|__)[^*_]+(?:\*\*|__)\s*$/;
const COLON_NEXT = /^\s*(?:\([^)]{0,40}\))?\s*:/;
/** The first capitalised word of a text, after spaces: the title after a bold name line's comma. */
const FIRST_CAPITALISED = /^\s*([A-Z][\w-]*)/;
/** A label before a link that heads an excerpt: a name, an outlet in brackets, a colon ("Rep. Lisa McClain (…):"). */
const AUTHOR_LABEL = /^\s*([^():]{3,60}?)\s*(?:\([^)]{0,80}\))?\s*:\s*$/;
const NOT_SPACE = /\S/;
const SOURCE_NOTE = /^source\s*:\s*([\s\S]*)$/i;

export { AnalysisCache };

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

/**
 * Reads a draft: parses it and works out every claim's attribution. A cache reuses unchanged paragraphs' readings.
 * With `reuse` (and no cache), the paragraphs' tokens, sentences and block analyses are the kept ones of the draft
 * read before (see reuseReadings and reuseBlockAnalyses): for a caller that keeps nothing of the analysis past the next draft's, as lint does.
 */
export function analyze(text: string, settings: EngineSettings, cache?: AnalysisCache, reuse = false): Analysis {
  const pooled = reuse && !cache;
  if (pooled) {
    reuseReadings();
    reuseBlockAnalyses();
  }
  const doc = parseMarkdown(text);
  const lexicon = lexiconOf(settings);
  cache?.begin(settings);
  const people = new People();
  const analysis: Analysis = { doc, settings, blocks: [], quotes: [], numbers: [], mentions: [], notes: [] };
  const tableSources = tableSourceLines(doc.blocks);
  const itemNumbers = itemNumberLines(doc);
  const { blockNotes, lineNotes } = sourceNotes(doc, analysis, tableSources.extents);
  const turns = transcriptTurns(doc);
  // (Maps made at their first entry: most drafts have no turns, footnotes or continuing runs, and three empty maps for
  // each lint were 0.1 bytes per input byte the engine allocated over the White House corpus.)
  let speakers: Map<Turn, Attribution | null> | null = null;
  // Who answers the "A:" turns: decided at the first of them, from the introduction, and kept.
  const interviewee: { person?: Person } = {};
  let footnoteText: Map<string, string> = NO_FOOTNOTES;
  for (const b of doc.blocks) if (b.footnoteLabel !== null) (footnoteText === NO_FOOTNOTES ? (footnoteText = new Map()) : footnoteText).set(b.footnoteLabel, b.prose.trim());

  const figuresSeen = new Map<string, Occurrence | Occurrence[]>();
  // Multi-paragraph quotes that open a paragraph of quotes, with the speaker of the quote that ended the one before.
  let runsContinuing: Map<QuoteRecord, Attribution> | null = null;
  let carry: Attribution | null = null;
  // "…, and Breitbart News responded:" closing a paragraph with a verb no cue list holds: its subject speaks the
  // quotes of the next paragraph (not its figures).
  let quoteCarry: Attribution | null = null;
  let speakerHeading: Attribution | null = null;
  let previous: BlockAnalysis | null = null;
  // Loops by index here and below: this function is long, and runs unoptimised for a while (a draft of megabytes is
  // one call), where each step of a for…of made an iterator result (0.5 bytes per input byte of a 4.7 MB draft).
  for (let b = 0; b < doc.blocks.length; b++) {
    const block = doc.blocks[b];
    const reading = cache ? cache.reading(block, settings, lexicon) : readLocally(block, settings, lexicon, pooled);
    const ba = readBlock(block, reading, people, previous, pooled);
    analysis.blocks.push(ba);
    if (block.kind !== 'heading') dropRestatements(ba, figuresSeen);
    // A table's source line names its source: its own figures are part of that name, not claims. A photo's caption
    // ("… Image: Nicholas Moreau.") describes a picture.
    if (ba.numbers.length > 0 && (tableSources.lines.has(block.index) || (block.kind === 'paragraph' && photoCredit(block.prose)))) ba.numbers.length = 0;
    // A first line that is a count alone ("1", "2.") numbers an item of a list typed as paragraphs, when the
    // paragraphs' first lines count from 1 up to it: no claim. (Not a figure alone on its line in a "by the numbers"
    // list: "87\nThe number of wildfires burning in the state, officials said.", "2\nDead …\n\n3\nInjured …"; nor one
    // whose expression runs on, "10\npercent rise in revenue".)
    if (ba.numbers.length > 0 && itemNumbers.counts.size > 1) {
      const n = itemNumbers.byBlock.get(block.index);
      const e = ba.numbers[0].expression;
      // (A list has two items at least: the counts from 1 to 2, and on to n.)
      if (n !== undefined && e.start === 0 && e.end === String(n).length && itemsUpTo(itemNumbers.counts, Math.max(n, 2))) ba.numbers.shift();
    }
    if (block.table >= 0 && !tableSources.byTable.has(block.table)) {
      const caption = captionOf(previous, tableSources.extents.get(block.table)?.first);
      if (caption) tableSources.byTable.set(block.table, caption);
    }
    const tableSource = block.table >= 0 ? tableSources.byTable.get(block.table) ?? null : null;
    const turn = turns[block.index];
    if (turn?.question) {
      // The interviewer's questions are not claims (their quotation marks are still checked).
      ba.numbers.length = 0;
      ba.quotes.length = 0;
    } else if (turn && !(speakers ??= new Map()).has(turn)) {
      speakers.set(turn, speakerOfTurn(turn, ba.tokens, people, analysis.blocks, interviewee));
    }
    const turnSpeaker = turn && !turn.question ? speakers?.get(turn) ?? null : null;
    // claims-spec: a paragraph that opens "According to X," or "X said:" carries X over the sentences that continue
    // X's account.
    const opener = openingSource(ba);
    const header = block.kind === 'heading' ? null : linkHeader(ba);
    const blockCarry = turnSpeaker ?? tableSource ?? opener?.attribution ?? header ?? carry ?? speakerHeading;
    if (block.kind === 'heading') speakerHeading = speakerOf(ba, people);
    attributeQuotes(ba, lexicon, people);
    attributeNumbers(ba);
    if (previous && block.index === previous.block.index + 1) {
      // (A one-item list typed with a dash: `- Bernie Sanders.`, not `1. Jane Doe` or `* Jane Doe`.)
      const listed = block.inList && !previous.block.inList && doc.blocks[block.index + 1]?.inList !== true && DASH_ITEM.test(doc.lines.lineText(doc.text, block.startLine));
      if (listed || !block.inList) signQuotesAbove(ba, previous, listed, lexicon, people);
    }
    // (A transcript's speaker and a paragraph's opening "According to X," come before a credit at its end.)
    const credit = turnSpeaker || opener ? null : creditAtEnd(ba, lexicon);
    const continued = quoteParagraph(ba) ? lastSpeaker(previous) : null;
    // In a turn of a transcript "we" and "you" are the labelled speaker's words about their side: the speaker.
    if (turnSpeaker) firstPersonToTurn(ba, turnSpeaker);
    if (block.kind === 'heading') headlineSpeakers(ba, people);
    for (let k = 0; k < ba.quotes.length; k++) {
      const q = ba.quotes[k];
      // A quote that opens a multi-paragraph run takes the run's own attribution, not the paragraph before's.
      if (!q.attribution && q.span.close !== -1) assign(q, continued, 'turn');
      // One that opens a run continues the speaker before only if no part of the run names its own (see linkRuns).
      else if (!q.attribution && continued && q.run === q) (runsContinuing ??= new Map()).set(q, continued);
      if (!q.attribution && credit) {
        assign(q, credit.attribution, 'note');
        q.mention = credit;
      }
      if (!q.attribution) assign(q, blockCarry ?? quoteCarry, 'carry');
      if (!q.attribution) assign(q, blockNotes.get(block.index) ?? lineNotes.get(doc.lines.lineAt(q.range.start)) ?? null, 'note');
      if (!q.attribution) assign(q, referenceIn(ba, q.sentences, footnoteText) ?? citedAfter(ba, q), 'link');
    }
    for (let k = 0; k < ba.numbers.length; k++) {
      const n = ba.numbers[k];
      if (n.quote) continue;
      if (!n.attribution) assign(n, credit?.attribution ?? null, 'note');
      if (!n.attribution) assign(n, blockCarry, 'carry');
      if (!n.attribution) assign(n, blockNotes.get(block.index) ?? lineNotes.get(doc.lines.lineAt(n.range.start)) ?? null, 'note');
      if (!n.attribution) assign(n, referenceIn(ba, [n.sentence], footnoteText), 'link');
    }
    // "X said:" — or any paragraph whose source-naming last sentence ends with a colon ("The Administration is
    // announcing it has approved:") — carries X into what follows: the next paragraph, or every item of a list.
    const last = lastSourceMention(ba);
    const endsWithColon = block.prose.trimEnd().endsWith(':');
    // (Not when what it introduces follows in the paragraph: "He said: "…"" ends its turn there.)
    const introduces = last !== undefined && last.sentence === ba.sentences.length - 1 && ((last.mention.introduces && !quotedAfter(ba, last.mention.cueEnd)) || endsWithColon);
    const listGoesOn: boolean = carry !== null && block.inList && !endsWithColon && doc.blocks[block.index + 1]?.inList === true;
    // "Here are a few examples from the [story](…):": a link in a closing sentence that ends with a colon is the source
    // of what follows, as a named source there is.
    const linked = !introduces && endsWithColon && block.kind === 'paragraph' && ba.sentences.length > 0 ? referenceIn(ba, [ba.sentences.length - 1], footnoteText) : null;
    carry = introduces ? last.attribution : linked ?? (listGoesOn ? carry : linkHeader(ba) ?? (endsWithColon ? findingsHeader(ba) : null));
    quoteCarry = block.kind !== 'paragraph' ? null : endsWithColon ? (introduces ? null : introducedBy(ba, lexicon, people)) : boldSpeakerLine(ba, doc, people) ?? linkLine(ba, people);
    previous = ba;
  }
  cache?.end();
  linkRuns(analysis.blocks);
  if (runsContinuing) for (const [q, speaker] of runsContinuing) {
    if (q.parts.some((p) => p.attribution)) continue;
    for (const p of q.parts) assign(p, speaker, 'turn');
  }
  for (let b = 0; b < analysis.blocks.length; b++) {
    const ba = analysis.blocks[b];
    for (let k = 0; k < ba.numbers.length; k++) {
      const n = ba.numbers[k];
      if (n.quote) {
        n.attribution = n.quote.attribution;
        n.path = n.quote.path;
        n.mention = n.quote.mention;
      }
      analysis.numbers.push(n);
    }
    for (let k = 0; k < ba.quotes.length; k++) analysis.quotes.push(ba.quotes[k]);
    // (Nor are its sources any rule's: "((WN)) Fishermen have said they warned about this" asks, it reports nothing.)
    if (!turns[ba.block.index]?.question) for (let k = 0; k < ba.mentions.length; k++) analysis.mentions.push(ba.mentions[k]);
  }
  return analysis;
}

/** The block's last mention that names a source and is no quote's own verb (found from the end, no list made). */
function lastSourceMention(ba: BlockAnalysis): MentionRecord | undefined {
  for (let k = ba.mentions.length - 1; k >= 0; k--) {
    const m = ba.mentions[k];
    if (!m.mention.sourceless && m.mention.cueLemma !== QUOTE_VERB) return m;
  }
  return undefined;
}

/**
 * A paragraph of one line set in bold that opens with a person's name, before its titles and body ("**Ben Jealous,
 * Executive Director, Sierra Club**"), as statement round-ups head each quote: the person speaks the next quotes.
 */
function boldSpeakerLine(ba: BlockAnalysis, doc: MarkdownDocument, people: People): Attribution | null {
  const { block } = ba;
  if (block.endLine - block.startLine !== 1 || block.prose.length > 160 || block.inList) return null;
  const line = doc.lines.lineText(doc.text, block.startLine);
  if (!BOLD_LINE.test(line)) return null;
  const comma = block.prose.indexOf(',');
  const tokens = tokenize(block.prose, 0, comma === -1 ? block.prose.length : comma);
  for (let k = 0; k < tokens.length; k++) if (tokens[k].kind === 'punct' && !titleDot(tokens, k)) return null;
  // "**Ying McGuire, President of …**": a title after the comma makes a person of a name the given-name lists lack.
  const after = comma === -1 ? '' : (FIRST_CAPITALISED.exec(block.prose.slice(comma + 1))?.[1] ?? '');
  return labelledName(tokens, block, people, NAME_TITLES.has(after) || ROLE_NOUNS.has(after.toLowerCase()));
}

/** The person a label's tokens name: two to six capitalised words (and name particles) with their titles. */
function labelledName(tokens: Token[], block: Block, people: People, titledAfter = false): Attribution | null {
  const words = tokens.filter((t) => t.kind !== 'punct');
  if (words.length < 2 || words.length > 6 || !words.every((w) => w.capitalized || NAME_PARTICLES.has(w.lower))) return null;
  return titledName(words, block, people, titledAfter);
}

/**
 * The subject of a paragraph's closing clause that ends with a colon and holds no cue ("and Breitbart News
 * responded:"), resolved; null when the clause has no subject or its last word before the colon is no verb.
 */
function introducedBy(ba: BlockAnalysis, lexicon: AttributionLexicon, people: People): Attribution | null {
  const sentence = ba.sentences.length - 1;
  const s = ba.sentences[sentence];
  // The paragraph's own tokens may stop short of a sentence with no name or figure: the sentence is read again.
  const tokens = tokenize(ba.block.prose, s.start, s.end);
  let colon = tokens.length - 1;
  while (colon > 0 && tokens[colon].text !== ':') colon--;
  if (colon < 2 || tokens[colon].text !== ':') return null;
  // "Breitbart News responded:", or the verb and what it issued: "Trump issued the following statement:".
  const issuing = issuingVerbBefore(tokens, colon);
  // Or a verb of speaking with whom and where it was said: "Ramiro Bastidas addressed the crowd from a stage:",
  // "Smith told reporters outside the court:".
  const speaking = issuing < 0 ? speakingVerbBefore(tokens, colon) : -1;
  const at = issuing >= 0 ? issuing : speaking >= 0 ? speaking : colon - 1;
  const verb = tokens[at];
  if (issuing < 0 && (verb.kind !== 'word' || verb.capitalized || !/(?:ed|s|ke|ld|te)$/.test(verb.lower))) return null;
  const m = introducerSource(tokens, 0, colon, () => false, lexicon);
  // The verb stands right after its subject: "Breitbart News responded:", not "Trump's memorandum directs … under ten
  // decisions:".
  if (!m || m.kind === 'document' || tokenAtOrAfter(tokens, m.end) !== at) return null;
  return resolveMention(m, sentence, ba.block, tokens, people).attribution;
}

/** Verbs of speaking that a colon ending their paragraph may follow past whom and where: "addressed the crowd from a stage:". */
const SPEAKING_TO = new Set(['addressed', 'told', 'spoke', 'wrote', 'posted', 'tweeted', 'declared', 'said', 'added', 'replied', 'responded', 'answered', 'explained', 'warned', 'insisted']);

/**
 * The index of a verb of SPEAKING_TO up to eight tokens before the colon, with only lower-case words and capitalised
 * names of places or outlets between it and the colon (its object and place), or -1.
 */
function speakingVerbBefore(tokens: Token[], colon: number): number {
  for (let k = colon - 1; k > 0 && colon - k <= 8; k--) {
    const t = tokens[k];
    if (t.kind !== 'word') return -1;
    if (!t.capitalized && SPEAKING_TO.has(t.lower)) return k;
  }
  return -1;
}

/** A caption's closing credit: "… Image: Nicholas Moreau.", "(Photo: AP)", "Photo credit: City of Dunsford". */
const PHOTO_CREDIT = /(?:^|[\s(.])(?:Image|Photo|Photograph|Picture|Photo credit|Image credit)\s*:\s*[^:.]{1,60}(?:\([^)]{1,30}\))?\)?\.?\s*$/;

/**
 * PHOTO_CREDIT's test, asked only of a paragraph with a colon and one of its words: the pattern, anchored at the end,
 * is tried at every character of the paragraph (1.4% of the engine's time in a CPU profile over the White House
 * corpus), where the string searches are quick.
 */
function photoCredit(prose: string): boolean {
  return prose.includes(':') && (prose.includes('Photo') || prose.includes('Image') || prose.includes('Picture')) && PHOTO_CREDIT.test(prose);
}

/** A list item's line typed with a dash, inside block quotes or not. */
const DASH_ITEM = /^\s*(?:>\s*)*-\s/;
/** A line that is a count alone, "1" to "999", with or without a period: an item's number. */
const ITEM_NUMBER = /^\s*(?:>\s*)*(\d{1,3})\.?\s*$/;

/** Are all the counts from 1 to n among the first lines? */
function itemsUpTo(counts: Set<number>, n: number): boolean {
  for (let c = 1; c <= n; c++) if (!counts.has(c)) return false;
  return true;
}

/**
 * The paragraphs whose first line is a count alone: each one's count by its block index, and the counts. Only
 * paragraphs whose prose opens with a digit are read.
 */
function itemNumberLines(doc: MarkdownDocument): { byBlock: Map<number, number>; counts: Set<number> } {
  const byBlock = new Map<number, number>();
  const counts = new Set<number>();
  for (let b = 0; b < doc.blocks.length; b++) {
    const block = doc.blocks[b];
    const c = block.prose.charCodeAt(0);
    if (block.kind !== 'paragraph' || c < 48 || c > 57) continue;
    const m = ITEM_NUMBER.exec(doc.lines.lineText(doc.text, block.startLine));
    if (!m) continue;
    const n = Number(m[1]);
    byBlock.set(block.index, n);
    counts.add(n);
  }
  return { byBlock, counts };
}

/** The footnote texts of a draft without footnotes (never written to). */
const NO_FOOTNOTES = new Map<string, string>();

/** Words that point back to something already named: "the nine men", "these three", "the overall $9.6 billion". */
const BACK_REFERENCES = new Set(['the', 'these', 'those', 'this', 'that', 'its', 'their']);

/**
 * A figure the draft already gave, named again with a word that points back to it ("The nine men", "the 140
 * positions", "the overall $9.6 billion"), is the same claim, not a new one (claims-spec: one claim is one finding).
 * Figures are compared as written, digits or words, without their currency sign; a noun after the figure must have
 * stood next to it before, after it or in the few words before it ("the same four treatment centers" after "four
 * drugs" is a new count; "the 5 percent unemployment rate" after "the unemployment rate stood at 5 percent" is not).
 */
function dropRestatements(ba: BlockAnalysis, seen: Map<string, Occurrence | Occurrence[]>): void {
  if (ba.numbers.length === 0) return;
  // Made at the first restatement dropped (most blocks have none): the numbers before it, then those kept after it.
  let kept: NumberRecord[] | null = null;
  for (let i = 0; i < ba.numbers.length; i++) {
    const n = ba.numbers[i];
    const { tokens, expression: e } = n;
    let key = '';
    for (let k = e.figure; k <= e.last; k++) if (tokens[k].text !== '$') key += `${tokens[k].lower} `;
    // The first word after the expression, its plural's "s" dropped.
    const next = tokens[e.last + 1];
    const after = next !== undefined && next.kind === 'word' ? withoutFinalS(next.lower) : null;
    // "the nine men", "the full $3 billion", "the other three": a pointing word, at most one plain word between.
    // The expression opens with its figure or with the figure's currency ("the overall $9.6 billion").
    const bare = e.first === e.figure || (e.figure === e.first + 1 && CURRENCY_PREFIX.test(tokens[e.first].text));
    let p = e.first - 1;
    if (p >= 0 && tokens[p].text === '$') p--;
    if (p >= 1 && tokens[p].kind === 'word' && !tokens[p].capitalized && !BACK_REFERENCES.has(tokens[p].lower)) p--;
    // "reported that 31,000 emails", "said that 40 …": "that" after a verb of saying opens what was said.
    const says = p >= 1 && tokens[p].lower === 'that' && (CUE_FORMS.has(tokens[p - 1].lower) || PASSIVE_VAGUE_VERBS.has(tokens[p - 1].lower) || tokens[p - 1].lower === 'is' || tokens[p - 1].lower === 'was');
    const pointing = p >= 0 && BACK_REFERENCES.has(tokens[p].lower) && bare && !says;
    const before = seen.get(key);
    const same = before !== undefined && (after === null || (Array.isArray(before) ? before.some((o) => nearWord(o, after)) : nearWord(before, after)));
    // ("The nine manufacturers include" after "nine new agreements": a count of four to ten after "the" is a claim the
    // first time only, whatever it counts then; see findNumbers.)
    const counted = pointing && p === e.first - 1 && tokens[p].lower === 'the' && e.first === e.last && (NUMBER_WORDS.get(tokens[e.first].lower) ?? 0) >= 4;
    if (pointing && (same || (counted && before !== undefined))) kept ??= ba.numbers.slice(0, i);
    else if (kept !== null) kept.push(n);
    // Where the figure stood, to read the words around it again if it is named once more (most figures never are: a
    // set of those words made for each figure was 2.6% of the bytes the engine allocated over the White House corpus).
    const here: Occurrence = { tokens, first: e.first, last: e.last };
    if (before === undefined) seen.set(key, here);
    else if (Array.isArray(before)) before.push(here);
    else seen.set(key, [before, here]);
  }
  if (kept !== null) ba.numbers = kept;
}

/** Where a figure stood: its tokens, and its expression's first and last token. */
interface Occurrence {
  tokens: readonly Token[];
  first: number;
  last: number;
}

/**
 * Did `word` stand beside the figure: among the (up to four) words after it, or the (up to four) words its sentence
 * put before it ("the unemployment rate stood at 5 percent", then "no change to the 5 percent unemployment rate")?
 * Words are compared with a plural's "s" dropped.
 */
function nearWord(o: Occurrence, word: string): boolean {
  const { tokens } = o;
  for (let k = o.last + 1; k < tokens.length && k <= o.last + 4 && tokens[k].kind === 'word'; k++) if (sameWord(tokens[k].lower, word)) return true;
  for (let k = o.first - 1; k >= 0 && k >= o.first - 4 && tokens[k].kind === 'word'; k--) if (sameWord(tokens[k].lower, word)) return true;
  return false;
}

/** Is `lower` the word, its plural's "s" dropped (no copy made)? */
function sameWord(lower: string, word: string): boolean {
  return lower === word || (lower.length === word.length + 1 && lower.endsWith('s') && lower.startsWith(word));
}


/**
 * The mention that opens the paragraph's account: "According to X," or "X said:" in its first sentence. (A loop of its
 * own, not a find with a function: made in the block loop above, the function and the context it shared with the
 * loop were a new pair for every block.)
 */
function openingSource(ba: BlockAnalysis): MentionRecord | undefined {
  for (let k = 0; k < ba.mentions.length; k++) {
    const m = ba.mentions[k];
    if (m.sentence === 0 && ((m.mention.cueLemma === 'according to' && ba.tokens[ba.sentences[0].first]?.lower === 'according') || saidOpens(ba, m))) return m;
  }
  return undefined;
}

/**
 * "Mayor Ann Cole said: The city will hire …": a source and a cue with a colon open the paragraph's first sentence and
 * introduce an account, not a quote (after `X said: "…"` the quote is X's and the next sentence is the reporter's).
 */
function saidOpens(ba: BlockAnalysis, m: MentionRecord): boolean {
  const { mention } = m;
  if (!mention.introduces || mention.vague || mention.cueLemma === QUOTE_VERB) return false;
  const opening = ba.block.prose.slice(ba.tokens[ba.sentences[0].first]?.start ?? 0, Math.min(mention.start, mention.cueStart));
  // Only a title may stand before the source ("Police Chief Tom Reyes said:").
  if (!/^(?:\p{Lu}[\p{L}.]*\s+)*$/u.test(opening)) return false;
  const colon = ba.block.prose.indexOf(':', mention.cueEnd);
  return colon >= 0 && !/^\s*["\u201c]/.test(ba.block.prose.slice(colon + 1, colon + 4));
}

/** Gives a turn's speaker the figures and quotes its answer attributes to "we" or "you". */
function firstPersonToTurn(ba: BlockAnalysis, speaker: Attribution): void {
  for (const claims of [ba.numbers, ba.quotes] as { attribution: Attribution | null; path: AttributionPath | null; mention: MentionRecord | null }[][]) {
    for (let k = 0; k < claims.length; k++) {
      const a = claims[k].attribution;
      // ("I tell my own patients, "…"" in an answer: the one who answers, not whoever was named last.)
      if (a && a.kind === 'pronoun' && (SIDE_PRONOUNS.has(a.source) || claims[k].mention?.mention.name === 'I')) assign(claims[k], speaker, 'turn');
    }
  }
}

function assign(claim: { attribution: Attribution | null; path: AttributionPath | null }, attribution: Attribution | null, path: AttributionPath): void {
  if (!attribution) return;
  claim.attribution = attribution;
  claim.path = path;
}

/**
 * Source notes: a comment inside a block covers the block; one on its own line covers the block it ends or the line
 * it precedes, and all the cells of a table it ends, precedes or stands beside (a blank line between at most).
 */
function sourceNotes(doc: MarkdownDocument, analysis: Analysis, tables: TableSources['extents']): { blockNotes: Map<number, Attribution>; lineNotes: Map<number, Attribution> } {
  const blockNotes = new Map<number, Attribution>();
  const lineNotes = new Map<number, Attribution>();
  // Blocks by the line they start on and the line after their last, looked up per note: made at the first note
  // that stands between blocks (most drafts have none).
  let startsAt: Map<number, Block> | null = null;
  let endsAt: Map<number, Block> | null = null;
  // A table's cells are the blocks from its first cell to its last.
  const cover = (table: number, attribution: Attribution): void => {
    const extent = tables.get(table);
    if (extent) for (let i = extent.first.index; i <= extent.last.index; i++) blockNotes.set(i, attribution);
  };
  for (const comment of doc.comments) {
    const m = SOURCE_NOTE.exec(comment.body);
    if (!m) continue;
    const source = m[1].trim();
    analysis.notes.push({ comment, source });
    const attribution: Attribution = { kind: 'note', source, cue: null, range: comment.range };
    if (comment.block >= 0) {
      blockNotes.set(comment.block, attribution);
      continue;
    }
    if (!startsAt || !endsAt) {
      startsAt = new Map<number, Block>();
      endsAt = new Map<number, Block>();
      for (const b of doc.blocks) {
        if (!startsAt.has(b.startLine)) startsAt.set(b.startLine, b);
        if (b.kind !== 'heading') endsAt.set(b.endLine, b);
      }
    }
    const startLine = doc.lines.lineAt(comment.range.start);
    // The block the note ends (on the line under it) or the line it precedes; a table either way covers all its
    // cells. Past a blank line, a note beside a table and no prose covers that table.
    const ended = endsAt.get(startLine);
    const next = startsAt.get(comment.endLine + 1);
    const above = endsAt.get(startLine - 1);
    const below = startsAt.get(comment.endLine + 2);
    if (ended) {
      if (ended.table >= 0) cover(ended.table, attribution);
      else blockNotes.set(ended.index, attribution);
    } else if (next) {
      if (next.table >= 0) cover(next.table, attribution);
      else lineNotes.set(comment.endLine + 1, attribution);
    }
    // A table past one blank line is covered too (a note between a caption and its table serves both).
    if (!(next && next.table >= 0) && !(ended && ended.table >= 0)) {
      const table = above && above.table >= 0 && !ended ? above : below && below.table >= 0 && !next ? below : undefined;
      if (table) cover(table.table, attribution);
      else if (!ended && !next) lineNotes.set(comment.endLine + 1, attribution);
    }
  }
  return { blockNotes, lineNotes };
}

/**
 * A paragraph of nothing but direct quotes, with no source of its own: it continues the speaker whose attributed
 * quote ended the paragraph before (`"A," Collins told MSNBC.` then `"B."`), as readers read it.
 */
function quoteParagraph(ba: BlockAnalysis): boolean {
  const { block, quotes } = ba;
  if (block.kind !== 'paragraph' || quotes.length === 0 || quotes[0].span.open !== block.prose.search(NOT_SPACE)) return false;
  let outside = '';
  let at = 0;
  for (const q of quotes) {
    outside += block.prose.slice(at, Math.max(at, q.span.open));
    at = q.span.close === -1 ? block.prose.length : q.span.close + 1;
  }
  outside += block.prose.slice(at);
  return /^[\s\p{P}]*$/u.test(outside);
}

/** The speaker of the attributed quote that ends a paragraph (its last sentence holds the quote), if any. */
function lastSpeaker(previous: BlockAnalysis | null): Attribution | null {
  if (!previous || previous.block.kind !== 'paragraph') return null;
  const q = previous.quotes[previous.quotes.length - 1];
  if (!q || !q.attribution || q.span.close === -1 || q.attribution.kind === 'note') return null;
  if (q.sentences.includes(previous.sentences.length - 1)) return q.attribution;
  // `"…, are they small hands?" Trump said.`: a question or exclamation closes its sentence before the speaker's clause,
  // which is the paragraph's last sentence.
  const last = previous.sentences[previous.sentences.length - 1];
  const tagged = q.mention !== null && q.mention.mention.start > q.span.close && q.mention.mention.start >= last.start && q.sentences[q.sentences.length - 1] === previous.sentences.length - 2;
  return tagged ? q.attribution : null;
}

/** Who speaks in an answer: the labelled person, by name or initials; for "A:", the person the introduction names. */
function speakerOfTurn(turn: Turn, tokens: Token[], people: People, before: BlockAnalysis[], interviewee: { person?: Person }): Attribution | null {
  const { label, labelBlock } = turn;
  const range = sourceSpan(labelBlock, label.start, label.end);
  const place = placeOf(labelBlock, 0);
  let person: Person | undefined;
  if (/^(?:a|answer)$/i.test(label.label)) {
    // The introduction's subject when named as often as anyone ("Marisol Ibáñez has run the food bank since 2014,
    // when she took over from … the Rev. Dennis Hale. Ibáñez says …"); else the person it names most.
    // Whom the introduction says was interviewed comes first ("We asked Nadia Kowalczyk, …, how she sees it").
    if (!interviewee.person) {
      const most = people.mostNamed();
      const introduced = introducedPerson(before, people);
      interviewee.person = interviewedPerson(before, people) ?? (introduced && (!most || introduced.namings >= most.namings) ? introduced : most);
    }
    person = interviewee.person;
  } else if (/^[A-Z]{2,3}$/.test(label.label)) person = people.byInitials(label.label) ?? people.name(label.label, range, place);
  else {
    const words = tokens.filter((t) => t.start >= label.start && t.end <= label.end && t.kind === 'word');
    person = people.name(words.length > 0 ? personName(words) : label.label, range, place);
  }
  if (!person) return null;
  people.spoke(person, place);
  return { kind: 'named', source: person.name, cue: label.unwritten ? 'answer' : `${label.label}:`, range };
}

/** Verbs of interviewing, and those that need "with"/"to" before whom they interview. */
const INTERVIEW_VERBS = new Set(['asked', 'interviewed', 'questioned']);
const CONVERSATION_VERBS = new Set(['spoke', 'talked', 'sat', 'caught']);

/**
 * The person an interview's introduction says was interviewed: a name of two to four capitalised words right after
 * "asked", "interviewed", "questioned", or "spoke/talked with/to" ("We asked Nadia Kowalczyk …", "Wikinews spoke
 * with Dr. Ana Ruiz"), or someone named before who "took", "answered", "fielded" or "faced" questions.
 */
function interviewedPerson(blocks: BlockAnalysis[], people: People): Person | undefined {
  for (const ba of blocks) {
    if (ba.block.kind !== 'paragraph') continue;
    const t = ba.tokens;
    for (let i = 0; i + 2 < t.length; i++) {
      let k = -1;
      if (INTERVIEW_VERBS.has(t[i].lower)) k = i + 1;
      else if (CONVERSATION_VERBS.has(t[i].lower)) {
        let j = i + 1;
        if (t[j].lower === 'down' || t[j].lower === 'up') j++;
        if (j < t.length && (t[j].lower === 'with' || t[j].lower === 'to')) k = j + 1;
      }
      if (k < 0) {
        // "Leclerc-Amari took questions from reporters": the subject of a verb of taking questions.
        const taken = TAKING_QUESTIONS.has(t[i].lower) && t[i + 1].lower === 'questions' ? questionedPerson(ba, i, people) : undefined;
        if (taken) return taken;
        continue;
      }
      // "Dr. Ruth Adeyemi … has studied … We asked her what …": the person the paragraph names first.
      if (t[k].lower === 'her' || t[k].lower === 'him') {
        for (let j = 0; j < i; j++) {
          const from = j + 2 < t.length && titleDot(t, j + 1) ? j + 2 : j;
          const named = fullNameAt(t, from);
          if (named > from) return people.name(personNameIn(t, from, named), sourceSpan(ba.block, t[from].start, t[named - 1].end), placeOf(ba.block, 0));
        }
        continue;
      }
      // "Dr. Ana Ruiz": a title and its full stop.
      if (k + 2 < t.length && titleDot(t, k + 1)) k += 2;
      const e = fullNameAt(t, k);
      if (e < 0) continue;
      return people.name(personNameIn(t, k, e), sourceSpan(ba.block, t[k].start, t[e - 1].end), placeOf(ba.block, 0));
    }
  }
  return undefined;
}

/** The end of a full name of two to four capitalised words, a given name among them, starting at k; or -1. */
function fullNameAt(t: Token[], k: number): number {
  let e = k;
  let given = false;
  while (e < t.length && e - k < 4 && t[e].kind === 'word' && (t[e].capitalized || (NAME_PARTICLES.has(t[e].lower) && t[e + 1]?.capitalized)) && !ORG_NAME_WORDS.has(t[e].text)) {
    if (isGivenName(t[e].text)) given = true;
    e++;
  }
  return e - k < 2 || !given ? -1 : e;
}

/** Verbs before "questions" whose subject answers them ("took questions", "fielded questions"). */
const TAKING_QUESTIONS = new Set(['took', 'takes', 'answered', 'answers', 'fielded', 'fields', 'faced', 'faces']);

/**
 * The person named right before the verb at i ("Leclerc-Amari took questions", "Afterward Leclerc-Amari took
 * questions"): the surname of someone already named (not "The Mayor faced questions").
 */
function questionedPerson(ba: BlockAnalysis, i: number, people: People): Person | undefined {
  const t = ba.tokens;
  const surname = i > 0 ? t[i - 1] : undefined;
  if (surname === undefined || surname.kind !== 'word' || !surname.capitalized || !people.knowsKey(surnameKey(surname))) return undefined;
  return people.name(withoutPossessive(surname.text), sourceSpan(ba.block, surname.start, surname.end), placeOf(ba.block, 0));
}

/**
 * The person an interview's introduction presents when no name in it is a known one ("Dana Whitcomb has run the food
 * bank for 11 years."): the first sentence subject of two or three capitalised words followed by a verb or a comma.
 */
function introducedPerson(blocks: BlockAnalysis[], people: People): Person | undefined {
  for (const ba of blocks) {
    if (ba.block.kind !== 'paragraph') continue;
    for (const s of ba.sentences) {
      const t = ba.tokens;
      const last = Math.min(s.last, t.length - 1);
      if (s.first < 0 || s.first > last) continue;
      // Past a dateline: "PHOENIX — Dana Whitcomb …".
      const k = pastDateline(t, s.first, last + 1);
      if (k > last) continue;
      let e = k;
      while (e <= last && e - k < 4 && t[e].kind === 'word' && t[e].capitalized && !ORG_NAME_WORDS.has(t[e].text) && !NAME_TITLES.has(t[e].text)) e++;
      const after = e <= last ? t[e] : undefined;
      const words = e - k;
      if (words < 2 || words > 3 || SENTENCE_STARTERS.has(t[k].text) || !after || !(after.text === ',' || (after.kind === 'word' && !after.capitalized))) continue;
      const name = t.slice(k, e).map((w) => w.text).join(' ');
      return people.name(name, sourceSpan(ba.block, t[k].start, t[e - 1].end), placeOf(ba.block, 0));
    }
  }
  return undefined;
}

/**
 * A link that cites a quote right after its closing mark, alone or in brackets (`"…" ([2/24/26](https://…))`), as
 * round-ups of remarks cite each one: the quote's source, though its sentence ended inside the quote.
 */
function citedAfter(ba: BlockAnalysis, q: QuoteRecord): Attribution | null {
  if (q.span.close < 0) return null;
  const { block } = ba;
  // The first link after the mark, found by binary search (a paragraph may hold thousands of quotes and links).
  const link = block.links[lastStartingAtOrBefore(block.links, q.span.close, (l) => l.start) + 1];
  if (!link || link.end <= link.start || !/^[\s(\[]*$/.test(block.prose.slice(q.span.close + 1, link.start))) return null;
  return linkSource(block, link);
}

/** A link as a source: its address, or its text when it has none. */
function linkSource(block: Block, link: InlineLink): Attribution {
  return { kind: 'link', source: link.href || block.prose.slice(link.start, link.end), cue: null, range: sourceSpan(block, link.start, link.end) };
}

/** A Markdown link or footnote reference in the given sentences, as a source. */
function referenceIn(ba: BlockAnalysis, sentenceIndices: number[], footnotes: Map<string, string>): Attribution | null {
  const { block } = ba;
  for (const i of sentenceIndices) {
    const s = ba.sentences[i];
    const link = block.links.find((l) => l.start >= s.start && l.start < s.end && l.end > l.start);
    if (link) return linkSource(block, link);
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
  // A name with its titles is short; a headline in title case is not a speaker ("Ryan: Images Have No Place …"),
  // and the draft's first block is its headline.
  if (words.length < 2 || words.length > 6 || ba.block.index === 0) return null;
  if (!words.every((w) => w.capitalized || NAME_PARTICLES.has(w.lower) || w.lower === 'of' || w.lower === 'and' || w.lower === 'the')) return null;
  return titledName(words, ba.block, people);
}

/**
 * A headline's quote, then a colon and who said it (`# "The mountain doesn't care": Rescue leader Rosa Lindgren on 31
 * years of call-outs`): the person named after the colon. Words that describe them may come first ("Kellmoor rescue
 * leader"); the name opens with a given name or a title and is two or three capitalised words, followed by the
 * heading's end, a mark or a word in lower case (a headline in title case, "Joe Biden Signs Bill", names no one).
 */
function headlineSpeakers(ba: BlockAnalysis, people: People): void {
  const { tokens } = ba;
  for (let k = 0; k < ba.quotes.length; k++) {
    const q = ba.quotes[k];
    if (q.attribution || q.span.close === -1) continue;
    const colon = tokenAtOrAfter(tokens, q.span.close + 1);
    if (colon < 0 || tokens[colon].text !== ':') continue;
    let n = colon + 1;
    while (n < tokens.length && n - colon <= 5 && tokens[n].kind === 'word' && !isGivenName(tokens[n].text) && !NAME_TITLES.has(tokens[n].text) && !HEADLINE_BREAKS.has(tokens[n].lower) && !CUE_FORMS.has(tokens[n].lower)) n++;
    if (n >= tokens.length || !(isGivenName(tokens[n].text) || NAME_TITLES.has(tokens[n].text))) continue;
    let e = n;
    while (e < tokens.length && (titleDot(tokens, e) || (tokens[e].kind === 'word' && (tokens[e].capitalized || NAME_PARTICLES.has(tokens[e].lower))))) e++;
    let words = 0;
    for (let w = n; w < e; w++) if (tokens[w].kind === 'word') words++;
    if (words < 2 || words > 3 + (NAME_TITLES.has(tokens[n].text) ? 1 : 0)) continue;
    assign(q, titledName(tokens.slice(colon + 1, e), ba.block, people), 'sentence');
  }
}
/** Words that end the words before a headline's speaker ("on", "and"): what follows is no description of them. */
const HEADLINE_BREAKS = new Set(['on', 'of', 'in', 'at', 'for', 'to', 'and', 'or', 'about', 'as', 'after', 'from', 'with', 'by', 'is', 'are', 'was', 'were']);

/** The person that capitalised words with their titles name ("Secretary … Kristi Noem"), registered as speaking. */
function titledName(words: Token[], block: Block, people: People, titledAfter = false): Attribution | null {
  const name = personName(words);
  const parts = name.split(/\s+/);
  const titled = titledAfter || words.some((w) => NAME_TITLES.has(w.text) && !parts.includes(w.text));
  if (parts.length < 2 || !(isGivenName(parts[0]) || titled)) return null;
  const range = sourceSpan(block, words[0].start, words[words.length - 1].end);
  const person = people.name(name, range, placeOf(block, 0), words.map((w) => w.lower));
  people.spoke(person);
  return { kind: 'named', source: person.name, cue: null, range };
}

/**
 * A paragraph that is one link and nothing else (`[**Big, Beautiful Bill is a win**](https://…)`), as round-ups
 * head the excerpt they quote below it: the excerpt's quotes are the linked piece's.
 */
function linkLine(ba: BlockAnalysis, people: People): Attribution | null {
  const { block } = ba;
  const link = block.links[0];
  if (block.links.length !== 1 || block.prose.slice(link.end).trim() !== '') return null;
  const before = block.prose.slice(0, link.start);
  if (before.trim() === '') return linkByName(block, link);
  // "**Rep. Lisa McClain (The Detroit News, Detroit, MI):** [headline](…)": the labelled author's piece.
  const label = AUTHOR_LABEL.exec(before);
  if (!label) return null;
  return labelledName(tokenize(block.prose, 0, label[1].length + before.indexOf(label[1])), block, people);
}

/** A link that heads what follows, as a source: its text ("IndustryWeek"), or its address when it has none. */
function linkByName(block: Block, link: InlineLink): Attribution {
  return { kind: 'link', source: block.prose.slice(link.start, link.end).trim() || link.href, cue: null, range: sourceSpan(block, link.start, link.end) };
}

/**
 * A block that opens with a link to its source and a colon (`[IndustryWeek](…): "Headline"`) introduces the
 * excerpt in the next block, as press round-ups do.
 */
function linkHeader(ba: BlockAnalysis): Attribution | null {
  const { block } = ba;
  const first = block.links[0];
  if (!first || block.prose.slice(0, first.start).trim() !== '') return null;
  if (!COLON_NEXT.test(block.prose.slice(first.end))) return null;
  return linkByName(block, first);
}

/**
 * A paragraph that names a document's or a body's findings and ends with a colon ("The commission's findings
 * included:", "Among the study's other findings:"): the findings, whose figures the list or paragraphs after it give.
 */
function findingsHeader(ba: BlockAnalysis): Attribution | null {
  const { block, sentences } = ba;
  if (block.kind !== 'paragraph' || sentences.length === 0) return null;
  const s = sentences[sentences.length - 1];
  const text = block.prose.slice(s.start, s.end);
  const found = FINDINGS_HEADER.exec(text);
  // "StubHall said it sold 11.2 million tickets. Among its findings:": findings by a possessive pronoun are those of
  // the body or document the paragraph last named as a source, before the header.
  if (!found) {
    if (!OWN_FINDINGS_HEADER.test(text)) return null;
    for (let k = ba.mentions.length - 1; k >= 0; k--) {
      const m = ba.mentions[k];
      // (Or a role: "The regulator said its investigation had uncovered … problems. Among its findings:".)
      if (m.sentence < sentences.length - 1 && !m.mention.sourceless && (m.attribution.kind === 'organization' || m.attribution.kind === 'document' || m.attribution.kind === 'named' || m.attribution.kind === 'role')) return m.attribution;
    }
    return null;
  }
  const start = s.start + found.index + found[0].indexOf(found[1]);
  const end = start + found[1].length;
  return { kind: 'document', source: found[1], cue: found[2], range: sourceSpan(block, start, end) };
}
/** "[Among] the study's [other] findings [include]:" — the phrase of the findings, and their noun. */
const FINDINGS_HEADER = /^\s*(?:among\s+)?((?:the\s+)?[\p{L}-]+['\u2019]s\s+(?:[\p{Ll}-]+\s+){0,2}?(findings|conclusions|recommendations))(?:\s+(?:include|includes|included|were|are))?\s*:\s*$/iu;

/** "Among its findings:", "Their key conclusions include:" — findings by a possessive pronoun. */
const OWN_FINDINGS_HEADER = /^\s*(?:among\s+)?(?:its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:findings|conclusions)(?:\s+(?:include|includes|included|were|are))?\s*:\s*$/iu;

/** Does a quote of the block open after prose offset `at`? */
function quotedAfter(ba: BlockAnalysis, at: number): boolean {
  for (let i = ba.quotes.length - 1; i >= 0; i--) if (ba.quotes[i].span.open > at) return true;
  return false;
}
