/**
 * Sources that stand apart from the sentences they attribute: a line of its own that signs the quote paragraph above
 * it (`— Bernie Sanders`), and a credit in brackets that ends a digest's paragraph (`… [AP.]`).
 */
import { sourceSpan } from './markdown';
import type { People } from './people';
import { resolveMention, type BlockAnalysis, type MentionRecord, type QuoteRecord } from './records';
import { onlyDescribes, signatureSource, tokenAtOrAfter, type AttributionLexicon } from './text/attribution';
import { NAME_TITLES, ORG_NAME_WORDS } from './text/lexicon';
import { isGivenName } from './text/names';
import { tokenize, type Token } from './text/tokens';
import { NOT_SPEAKERS } from './transcripts';

/** A dash that signs the quote above on a line of its own: an em or en dash, or one or two hyphens. */
const SIGNING_DASH = /^(?:[\u2014\u2013]|--?)$/;
/** The most words a signature line holds: the name, and what a comma adds (`-Michelle Marks, Philadelphia.`). */
const SIGNATURE_WORDS = 12;
/** The longest signature line, in characters: none of more words is read further. */
const SIGNATURE_LENGTH = 160;
/** Runs of white space, to count a line's words. */
const SPACES = /\s+/;
/** Bracketed words that credit no one: stage directions and editors' marks (`[Laughter.]`, `[sic]`, `[Updated]`). */
const NOT_CREDITS: ReadonlySet<string> = new Set([
  ...NOT_SPEAKERS,
  ...'laughter laughs laughing applause crosstalk inaudible unintelligible cheers cheering boos booing music pause silence audience recess break end sic video audio groans sighs noise crowd opinion analysis editorial chart map graphic pdf paywall archived corrected translated translation spanish english french exclusive developing transcript podcast thread satire'.split(' '),
]);
/** A single word in -ed is an editor's mark, not a name (`[Updated]`, `[Corrected]`). */
const PAST_FORM = /ed$/;

/** Any mark but white space. */
const NOT_SPACE = /\S/;

/**
 * Does the block hold a quote or a figure (outside quotes) that nothing has attributed?
 * (Loops: read for every block ending in "]".)
 */
function leftUnattributed(ba: BlockAnalysis): boolean {
  for (let k = 0; k < ba.quotes.length; k++) if (!ba.quotes[k].attribution) return true;
  for (let k = 0; k < ba.numbers.length; k++) if (!ba.numbers[k].attribution && !ba.numbers[k].quote) return true;
  return false;
}

/** Gives the quote the mention's attribution, as its own sentence's cue would. */
export function giveQuote(q: QuoteRecord, record: MentionRecord): void {
  q.attribution = record.attribution;
  q.mention = record;
  q.path = 'sentence';
}

/**
 * Does the line end right after the source that ends at `end`, or go on after a comma only to describe it (`,
 * Philadelphia.`; not `, who was not at the rally, disagreed.`)?
 */
function endsWithSource(tokens: Token[], end: number, last: number): boolean {
  const after = tokenAtOrAfter(tokens, end);
  return after < 0 || after > last || (tokens[after].text === ',' && onlyDescribes(tokens, after + 1, last + 1)) || (tokens[after].text === '.' && after === last);
}

/**
 * A short paragraph of its own that signs the quote paragraph above it: `— Bernie Sanders`, or the one-item list
 * Markdown makes of `- Bernie Sanders.` typed under a quote (listed: then a person's name only, not `- Health Care.`).
 * Its source speaks the quotes above that no sentence of theirs attributes (not a speaker carried from before), when
 * the last of them ends that paragraph and the line holds only the name and what a comma adds.
 */
export function signQuotesAbove(ba: BlockAnalysis, above: BlockAnalysis, listed: boolean, lexicon: AttributionLexicon, people: People): void {
  const quotes = above.quotes;
  const last = quotes[quotes.length - 1];
  if (!last || last.span.close < 0 || ba.block.kind !== 'paragraph' || ba.tokens.length === 0 || above.block.kind !== 'paragraph' || ba.block.prose.length > SIGNATURE_LENGTH) return;
  if (above.block.prose.slice(last.span.close + 1).trim() !== '' || !quotes.some(signable) || ba.block.prose.trim().split(SPACES).length > SIGNATURE_WORDS) return;
  // Every word of the line (a paragraph's tokens hold only the words near names when nothing else drew interest).
  const tokens = tokenize(ba.block.prose, 0, ba.block.prose.length);
  if (listed ? !personOpens(tokens, people) : !SIGNING_DASH.test(tokens[0].text)) return;
  const m = signatureSource(tokens, listed ? -1 : 0, lexicon);
  if (!m || !endsWithSource(tokens, m.end, tokens.length - 1)) return;
  const record = resolveMention(m, 0, ba.block, tokens, people);
  ba.mentions.push(record);
  for (const q of quotes) if (signable(q)) giveQuote(q, record);
}

/**
 * Does the line open with a person's name: a given name, the surname of someone named before ("- Clinton."), or a
 * title before a name ("- Sen. Bernie Sanders"; not "- Health Care.", "- National Security")?
 */
function personOpens(tokens: Token[], people: People): boolean {
  const t = tokens[0];
  if (isGivenName(t.text) || people.bySurnameKey(t.lower) !== undefined) return true;
  const name = tokens[1]?.text === '.' ? tokens[2] : tokens[1];
  return NAME_TITLES.has(t.text) && name !== undefined && isGivenName(name.text) && !ORG_NAME_WORDS.has(name.text);
}

/** A quote no sentence, note or link of its own attributes: unattributed, or given a speaker carried from before. */
const signable = (q: QuoteRecord): boolean => q.attribution === null || q.path === 'carry' || q.path === 'turn' || q.path === 'run';

/**
 * A credit in brackets that ends a paragraph, as digests credit each item (`… "…" [AP.]`, `[Mother Jones.]`): the
 * source of what the paragraph does not attribute, quotes and figures. Not a stage direction or an editor's mark
 * (`[Laughter.]`, `[Updated]`), nor brackets that hold a link. The outlet is credited as written, and is no one a
 * later "he" or "she" stands for.
 */
export function creditAtEnd(ba: BlockAnalysis, lexicon: AttributionLexicon): MentionRecord | null {
  const { tokens, block } = ba;
  const n = tokens.length;
  if (block.kind !== 'paragraph' || n < 4 || tokens[n - 1].text !== ']' || !leftUnattributed(ba)) return null;
  let open = n - 2;
  while (open > 0 && n - open <= 7 && tokens[open].text !== '[') open--;
  if (tokens[open].text !== '[' || open === n - 2) return null;
  const first = tokens[open + 1];
  // (One word, with or without its full stop: "[Updated]", "[Corrected.]".)
  const single = open + 2 === n - 1 || (open + 3 === n - 1 && tokens[n - 2].text === '.');
  if (NOT_CREDITS.has(first.lower) || (single && PAST_FORM.test(first.lower))) return null;
  const last = ba.quotes[ba.quotes.length - 1];
  if (last && (last.span.close < 0 || last.span.close > tokens[open].start)) return null;
  // (A link in the brackets cites its address: `\[[Statement](https://…)\]`.)
  if (block.prose.length > tokens[n - 1].end && NOT_SPACE.test(block.prose.slice(tokens[n - 1].end))) return null;
  const links = block.links;
  if (links.length > 0 && links[links.length - 1].start >= tokens[open].start) return null;
  const m = signatureSource(tokens, open, lexicon);
  if (!m) return null;
  // (The brackets close right after the source, or after its full stop: "[AP.]".)
  const after = tokenAtOrAfter(tokens, m.end);
  if (!(after < 0 || after > n - 2 || (after === n - 2 && tokens[after].text === '.'))) return null;
  const source = block.prose.slice(m.start, m.end);
  return { block, sentence: ba.sentences.length - 1, mention: m, attribution: { kind: m.kind, source, cue: m.cue, range: sourceSpan(block, m.start, m.end) } };
}
