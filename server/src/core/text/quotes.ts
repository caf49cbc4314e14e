/**
 * Direct quotes in a block: straight and curly double marks paired, inch marks and apostrophes left alone, and
 * quoted passages told apart as direct quotes (someone's words) or labels (scare quotes, titles, nicknames).
 */

import { isInvisible } from './words';

// Patterns of the tests below, made once (a pattern written in a function is a new object each time it is reached).
const ENDS_UTTERANCE = /[,.!?…]$/;
const ENDS_SENTENCE = /[.!?…]$/;
/** A capital letter as the first thing after a quote's closing mark. */
const CAPITAL_AFTER = /^\s*[A-Z]/;
const ENDS_EXCLAIMING = /[!?]$/;

/** A pair of double quotation marks in a block (prose offsets). */
export interface QuoteSpan {
  /** Offset of the opening mark, or -1 when the quote continues from the previous paragraph without one. */
  open: number;
  /** Offset of the closing mark, or -1 when the quote runs to the end of the block. */
  close: number;
  /** The quoted words: from after the opening mark to before the closing mark (or the block's end). */
  contentStart: number;
  contentEnd: number;
}

/** A quotation mark that found no partner. */
export interface StrayMark {
  offset: number;
  kind: 'open' | 'close';
}

const charSet = (chars: string): Set<string> => new Set([...chars]);
const OPEN_BEFORE = charSet(' \t\n\u00a0([{\u2014\u2013/\u2018\'-');
const CLOSE_AFTER = charSet(' \t\n\u00a0.,;:!?)]}\u2014\u2013/\u2019\'-');

/** The visible character before offset i (a space at the block's start). */
function charBefore(prose: string, i: number): string {
  let k = i - 1;
  while (k >= 0 && isInvisible(prose.charCodeAt(k))) k--;
  return k >= 0 ? prose[k] : ' ';
}

/** The visible character after offset i (a space at the block's end). */
function charAfter(prose: string, i: number): string {
  let k = i + 1;
  while (k < prose.length && isInvisible(prose.charCodeAt(k))) k++;
  return k < prose.length ? prose[k] : ' ';
}

/** Decides whether a straight double mark at i opens, closes, or is an inch mark. */
function straightRole(prose: string, i: number, openPending: boolean): 'open' | 'close' | 'inch' {
  const before = charBefore(prose, i);
  const after = charAfter(prose, i);
  const beforeOpens = OPEN_BEFORE.has(before);
  const afterCloses = CLOSE_AFTER.has(after);
  if (before >= '0' && before <= '9' && !openPending && afterCloses) return 'inch';
  if (beforeOpens && !afterCloses) return 'open';
  if (afterCloses && !beforeOpens) return 'close';
  return openPending ? 'close' : 'open';
}

/** A curly mark's role, trusting its direction unless the text around it plainly says otherwise (`:” For years`). */
function curlyRole(prose: string, i: number, c: string, openPending: boolean): 'open' | 'close' {
  const before = charBefore(prose, i);
  const after = charAfter(prose, i);
  if (c === '\u201d' && !openPending && (before === ':' || (/[\s(\u2014]/.test(before) && /[\p{L}\p{N}@#]/u.test(after)))) return 'open';
  if (c === '\u201c' && openPending && /[\p{L}\p{N}.,!?]/u.test(before) && /[\s.,;:!?)]/.test(after)) return 'close';
  return c === '\u201c' ? 'open' : 'close';
}

const QUOTE_MARK = /["\u201c\u201d]/g;

/** Pairs the double quotation marks of a block. Unpaired opening marks run to the block's end. */
export function findQuoteMarks(prose: string): { quotes: QuoteSpan[]; strays: StrayMark[] } {
  // The pattern jumps from mark to mark (several times faster than a loop over every character); it is tested rather
  // than executed, so that no match object is made for each mark (a mark is one character: it ends where the search
  // stopped). Most paragraphs hold no mark: they share one empty result and make no lists.
  QUOTE_MARK.lastIndex = 0;
  if (!QUOTE_MARK.test(prose)) return NO_MARKS;
  const quotes: QuoteSpan[] = [];
  const strays: StrayMark[] = [];
  const stack: number[] = [];
  for (let found = true; found; found = QUOTE_MARK.test(prose)) {
    const at = QUOTE_MARK.lastIndex - 1;
    const code = prose.charCodeAt(at);
    const role = code === 34 ? straightRole(prose, at, stack.length > 0) : curlyRole(prose, at, prose[at], stack.length > 0);
    if (role === 'inch') continue;
    if (role === 'open') {
      stack.push(at);
    } else if (stack.length > 0) {
      const open = stack.pop() as number;
      quotes.push({ open, close: at, contentStart: open + 1, contentEnd: at });
    } else {
      strays.push({ offset: at, kind: 'close' });
    }
  }
  // Unclosed marks: the outermost runs to the end of the block (a multi-paragraph quote, or an error the caller
  // judges); inner ones are strays.
  if (stack.length > 0) {
    quotes.push({ open: stack[0], close: -1, contentStart: stack[0] + 1, contentEnd: prose.length });
    for (let k = 1; k < stack.length; k++) strays.push({ offset: stack[k], kind: 'open' });
  }
  quotes.sort((x, y) => x.contentStart - y.contentStart);
  strays.sort((x, y) => x.offset - y.offset);
  return { quotes: outermost(quotes), strays };
}

/** The marks of a paragraph without any (never added to). */
const NO_MARKS: { quotes: QuoteSpan[]; strays: StrayMark[] } = { quotes: [], strays: [] };

/** Drops quotes nested in other quotes (double marks used where single ones belong). */
function outermost(quotes: QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let end = -1;
  for (const q of quotes) {
    if (q.contentStart < end) continue;
    out.push(q);
    end = q.contentEnd;
  }
  return out;
}

const LABEL_CUES = /(?:\b(?:called|call|calls|calling|dubbed|named|titled|entitled|headlined|nicknamed|known as|so-called|the word|the words|the term|the terms|the phrase|the slogan|slogan|hashtag|film|movie|book|novel|song|album|single|show|series|documentary|play|poem|episode|article|op-ed|column|painting|opera|musical|exhibition|game|operation|programme|program|motto|panel|session|talk|lecture|marked|labelled|labeled|branded|termed|referred to as|brand|logo|(?:sign|signs|banner|banners|placard|placards|poster|posters|t-shirt|t-shirts|shirt|shirts)(?:\b[^"“”]{0,40}?\b(?:saying|reading|that read|which read|with the words|bearing|proclaiming))?)\s*)$/i;

/**
 * "what it called", "what the mayor described as", "what she termed" right before a quote; so "which he called" after
 * what it calls ("a 6 percent rise, which he called "the most we have ever offered"").
 */
const WHAT_CALLED = /\b(?:what|which)\s+(?:it|he|she|they|we|[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,2}|the\s+[a-z]+)\s+(?:called|calls|termed|terms|dubbed|branded|labelled|labeled|described\s+as|describes\s+as)\s*$/u;

/** A verb of calling right before the quote ("what Kilbride called "…""). */
const CALLING = /\b(?:called|calls|call|calling|termed|described\s+as)\s*$/i;

/**
 * A word of LABEL_CUES that names a work as a noun but is a verb here, after "to" or a modal ("ready to talk "at any
 * hour of the day or night"", "would show "…""): what follows is no title.
 */
const VERB_NOT_WORK = /\b(?:to|will|would|can|could|should|must|may|might)\s+(?:talk|show|play|lecture)\s*$/i;

/** A verb of being, having or seeming, in lower case, opening quoted words: the predicate of the subject before them. */
const QUOTED_PREDICATE = /^(?:is|are|was|were|has|have|had|does|did|would|could|should|appears|appeared|seems|seemed)\s/;

/** Words in the first person singular, with which a speaker talks: "I hope", "my" (not "we", as in names). */
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|my|me)\b/;

/** Verbs that judge what they name, right before the quote ("dubbed", "branded", "labelled", "termed"). */
const JUDGING_NAMES = /\b(?:dubbed|branded|labelled|labeled|termed)\s*$/i;

/** Nouns right after a quoted passage that make it a label: the "one country, two systems" model. */
const LABEL_AFTER = /^\s*(?:poster|posters|sign|signs|banner|banners|placard|placards|slogan|slogans|model|policy|doctrine|principle|panel|campaign|hashtag|t-shirt|shirt|logo|motto|movement|label|tag|approach|strategy|rule|clause|law|act|bill|programme|program|initiative|scheme|sticker|stickers|chant|chants|memorandum|order|report|agenda|framework|declaration|proclamation|resolution|directive|treaty|accord|agreement|summit|conference|award|prize|tour|festival|challenge|document|documents|plan|plans|proposal|proposals|package|legislation|platform|manifesto|blueprint|memo|dossier|brochure|pamphlet|handbook|website)\b/i;

const SPEECH_VERBS = 'said|says|say|asked|asks|replied|replies|added|adds|told|tells|shouted|answered|wrote|writes|tweeted|explained|continued|recalled|insisted|admitted|warned|noted|quipped|joked|conceded|concedes|agreed|agrees|responded|responds|countered|counters|retorted|interjected|snapped|whispered|yelled|cried|declared|announced|confirmed|acknowledged|protested|objected|demanded|pleaded|repeated|stated|remarked|boasted|complained|exclaimed|muttered|murmured|chanted';
/** A speaker and a reporting verb right after a quote: `"Yes," she said`, `"No," said Jones`. */
const SPEECH_AFTER = new RegExp(`^\\s*(?:(?:${SPEECH_VERBS})\\b|(?:he|she|they|I|we|[A-Z][\\p{L}.'’-]*(?:\\s+[A-Z][\\p{L}.'’-]*){0,3}|the\\s+\\w+)\\s+(?:${SPEECH_VERBS})\\b)`, 'u');
/** A reporting verb right before a quote: `She said: "No."`. */
const SPEECH_BEFORE = new RegExp(`\\b(?:${SPEECH_VERBS})\\s*[:,]?\\s*$`);

/** A word of a quoted passage. */
const QUOTE_WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Is a quoted passage someone's words (true), or a label, title or scare quote (false)? */
export function isDirectQuote(prose: string, q: QuoteSpan, minWords: number): boolean {
  if (q.open === -1 || q.close === -1) return true;
  const content = prose.slice(q.contentStart, q.contentEnd).trim();
  // The words are counted without being copied; they are listed only for a quote short enough to be a title (a list
  // of every quote's words was 10.9 MB of 868 MB in a heap profile of the engine over 2,500 White House files).
  // Counted only as far as any test below reads (more than 20 words, and minWords): a speech quoted at length was
  // read word by word to its end.
  const enough = Math.max(21, minWords);
  let count = 0;
  QUOTE_WORD.lastIndex = 0;
  while (count < enough && QUOTE_WORD.test(content)) count++;
  const words = count <= 20 ? content.match(QUOTE_WORD) ?? [] : null;
  const endsUtterance = ENDS_UTTERANCE.test(content);
  const endsSentence = ENDS_SENTENCE.test(content);
  const lead = prose.slice(Math.max(0, q.open - 40), q.open);
  const after = prose.slice(q.close + 1, q.close + 30);
  // "a rollout she dubbed "the surprise party nobody wanted,"": a phrase in lower case after a verb that judges as it
  // names is someone's words (claims-spec: "dubbed", "labelled"), not a name.
  const judged = count >= minWords && JUDGING_NAMES.test(lead) && /^[a-z]/.test(content) && !(words !== null && isTitleCase(words));
  // "what Kilbride called "a tight hamstring, nothing more, I hope,"": words in the first person are someone's words,
  // not a name.
  // So are the words of "what it called "systematic and deliberate" misleading": a subject's own characterisation.
  // (After a verb of calling only: a slogan, "the slogan "my body, my choice"", stays a name.)
  const spoken = count >= minWords && /^[a-z]/.test(content) && ((FIRST_PERSON.test(content) && CALLING.test(lead)) || WHAT_CALLED.test(lead));
  // (Nor a predicate quoted after its subject: 'the panel "appears not to have read" it' — no name opens so.)
  const predicate = count >= minWords && QUOTED_PREDICATE.test(content);
  // (A title may end as a question does: a flyer "titled "Who's Watching Your Mother?"".)
  if (LABEL_CUES.test(lead) && (!endsSentence || (words !== null && isTitleCase(words))) && !judged && !spoken && !predicate && !VERB_NOT_WORK.test(lead)) return false;
  // (`"…," Bill said`: a capital after a quote that breaks off with a comma opens the speaker's clause, not a label.)
  if (LABEL_AFTER.test(after) && !endsSentence && !(endsUtterance && CAPITAL_AFTER.test(after))) return false;
  // isTitleCase is false for more than 20 words.
  if (count >= minWords) {
    if (!ENDS_EXCLAIMING.test(content) && words !== null && isTitleCase(words)) return false;
    return true;
  }
  // A short passage is an utterance only in dialogue form: `"Yes," she said.` or `She said: "No."`.
  if (!endsUtterance || count === 0 || (words !== null && isTitleCase(words))) return false;
  return SPEECH_AFTER.test(prose.slice(q.close + 1, q.close + 50)) || SPEECH_BEFORE.test(lead);
}

const MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'but', 'nor', 'de', 'la', 'le', 'du', 'von', 'van']);

/** Title Case Like A Work's Name: every word but minor ones capitalised. */
function isTitleCase(words: string[]): boolean {
  if (words.length > 20) return false;
  let significant = 0;
  for (const w of words) {
    if (MINOR_WORDS.has(w.toLowerCase())) continue;
    significant++;
    if (w[0] === w[0].toLowerCase() && !/^\d/.test(w)) return false;
  }
  return significant >= 2;
}
