/**
 * Who said it, block by block: the attribution of quotes (their own sentence, a signature, a colon or comma
 * introduction, the verb that introduces them, the speaker's turn) and of numbers (their sentence, unless they count
 * the speakers), and multi-paragraph quotes sharing what their best-attributed part has. Mentions are resolved
 * through the register of people in records.ts.
 */
import { resolveMention, type BlockAnalysis, type MentionRecord, type QuoteRecord } from './records';
import type { People } from './people';
import { askedToDo, citingAside, oneOfTrade, SHOWING_LEMMAS, findSources, introducerSource, ownerOfQuote, passesOn, PLACE_OF_PLURAL, signatureSource, SPEECH_CUES, tokenAtOrAfter, type AttributionLexicon, type SourceMention } from './text/attribution';
import { AS_NAMING_VERBS, clauseSpeaker, mainVerbSpeaker, QUOTE_NAMING_VERBS, QUOTE_VERB, tagBeforeQuote } from './text/quote-speakers';
import { CUE_FORMS, DOCUMENT_NOUNS, WEAK_CUES } from './text/lexicon';
import { giveQuote } from './signatures';
import { endsWithPossessive, lastPiece } from './text/words';
import { gap, indexAt, itemAt, lastStartingAtOrBefore, nearest, spanEnd, spanStart } from './text/spans';

// Patterns of the tests below, made once (a pattern written in a function is a new object each time it is reached).
/** A passive participle before a closing "as", after a comma, an adverb of time or a form of "be": "once described as". */
const PASSIVE_AS = /(?:,|\b(?:once|often|long|widely|sometimes|previously|later|also|is|are|was|were|be|been|being))\s+(?:described|known|billed|dubbed|labell?ed|branded|hailed|seen|regarded|characteri[sz]ed|referred to|touted|portrayed|cast|presented|viewed)\s+as$/i;
const OPENS_UTTERANCE = /^["“][\s\u200b-\u200d\u2060\ufeff]*[\p{Lu}\d]/u;
const DASH_AFTER = /^[\s*_]*[\u2014\u2013]|^[\s*_]*--?\s|^\s+--?(?=\p{Lu})/u;

const mentionStart = (m: MentionRecord): number => m.mention.start;
const mentionEnd = (m: MentionRecord): number => m.mention.end;

/** Mentions grouped by sentence, each group sorted by position. */
function bySentence(mentions: readonly MentionRecord[]): Map<number, MentionRecord[]> {
  const groups = new Map<number, MentionRecord[]>();
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    let g = groups.get(m.sentence);
    if (!g) groups.set(m.sentence, (g = []));
    g.push(m);
  }
  // forEach, not a for…of over the values: no iterator is made where this runs unoptimised.
  groups.forEach(sortByStart);
  return groups;
}

/**
 * Sorts mentions by where they start, in place. A sentence's or a paragraph's few mentions are nearly always in order
 * already, and Array.prototype.sort copies every list it is given (3% of the bytes a keystroke's lint made): short
 * lists take an insertion sort, stable as sort is; long ones (a paragraph of hundreds of quotes) still take sort.
 */
function sortByStart(g: MentionRecord[]): MentionRecord[] {
  if (g.length > 32) return g.sort(byStart);
  for (let i = 1; i < g.length; i++) {
    const m = g[i];
    let j = i - 1;
    while (j >= 0 && g[j].mention.start > m.mention.start) {
      g[j + 1] = g[j];
      j--;
    }
    g[j + 1] = m;
  }
  return g;
}
const byStart = (x: MentionRecord, y: MentionRecord): number => x.mention.start - y.mention.start;

/** How many tokens a clause that introduces a quote may hold. */
const CLAUSE_WINDOW = 60;
/**
 * A quote that opens in lower case is a fragment of a sentence ("called it "null and void""), past an ellipsis, a
 * bracket or a zero-width character (pasted web text).
 */
const PARTIAL_OPENING = /^[[(]?(?:\u2026|\.{3})?[\s\u200b-\u200d\u2060\ufeff]*[a-z]/;
/** Is there an em dash in prose[floor, at)? (Read backward, bounded: a paragraph of many quotes stays linear.) */
function dashBefore(prose: string, at: number, floor: number): boolean {
  for (let k = at - 1; k >= floor; k--) if (prose.charCodeAt(k) === 0x2014) return true;
  return false;
}

/**
 * A relative clause's agent of reporting or obtaining: "the email, which was first reported by The Associated Press",
 * "a memo that was obtained by CNN"; of publishing only first, or someone's own document ("the memo, which was
 * published by The Intercept"): a report "that was published by Human Rights Watch" is the group's.
 */
const REPORTED_IT_FIRST = /\b(?:(?:which|that) (?:was|were|had been|has been) (?:(?:first|initially|originally) (?:reported|published|obtained)|reported|obtained)|(?:email|emails|memo|memos|letter|letters|transcript|messages|texts), (?:which|that) (?:was|were|had been|has been) published) by\s+$/;

function reportedItFirst(prose: string, m: SourceMention): boolean {
  return m.cueStart < m.start && REPORTED_IT_FIRST.test(prose.slice(Math.max(0, m.start - 60), m.start));
}

/**
 * A mention that can speak a quote: a source outside every quote, and not a data set a figure stands "in" ("who
 * leads in opinion polls", "in the Monmouth poll"), which is a source of figures only.
 */
function speaksOutside(m: MentionRecord, insideQuote: (offset: number) => boolean): boolean {
  return !m.mention.sourceless && !insideQuote(m.mention.start) && !standsIn(m);
}

/** Is the mention a data set a figure stands "in" ("in the Monmouth poll")? */
function standsIn(m: MentionRecord): boolean {
  return m.mention.cue.length === 2 && m.mention.cue.toLowerCase() === 'in';
}

/** Modals before a verb that say what someone will or may do, not what they said. */
const MODALS = new Set(['would', 'will', 'could', 'should', 'might', 'may', 'can', 'must']);

/** Whether a modal stands right before the cue that starts at `cueStart` ("would write"). */
function afterModal(ba: BlockAnalysis, cueStart: number): boolean {
  const k = lastStartingAtOrBefore(ba.tokens, cueStart, (t) => t.start);
  return k > 0 && ba.tokens[k].start === cueStart && MODALS.has(ba.tokens[k - 1].lower);
}

/** Kinds of source that count or record without a name: "Volunteers counted", "they identify". */
const UNNAMED_COUNTERS: ReadonlySet<string> = new Set(['role', 'vague', 'pronoun']);
/** ", and that" between a figure and a later source. */
const AND_THAT = /,\s*and\s+that\s/;
/** A data set owned by the subject of the clause: "its previous survey", "their own poll". */
const OWN_SURVEY = /^(?:its|their)\s/i;
/** "that" right after a cue, opening what it reports. */
const THAT_AFTER = /^\s+that\s/;
/** What joins two clauses of a sentence: "…, and …", "…; …", "… but …". */
const JOINS_CLAUSES = /,\s*(?:and|but|while|or|whereas|although|though)\s(?!that\s)|;|\sbut\s(?!that\s)|\swhile\s|\swhereas\s|\salthough\s/;

/** A dash that closes an aside right before a quote's opening mark. */
const DASH_BEFORE_QUOTE = /\u2014[\s*_]*$/;
/** Verbs whose object is whom or what the quote is from ("Smith quoted Churchill, "…"", "cited the memo: "…""). */
const QUOTING_VERBS = new Set(['quoted', 'quotes', 'quoting', 'cited', 'cites', 'citing', 'read', 'reads', 'recited', 'paraphrased']);
/** Between a verb of speech and the quote it introduces: a comma or colon, after at most its listener ("told reporters,"). */
const INTRODUCING_GAP = /^(?:\s+(?:to\s+)?[\p{L}'’]+){0,2}\s*[,:][\s*_]*$/u;
/** Between a cue and a quote: a clause joined after it with a named subject and a verb of its own (", and Trump vowed to "). */
const OWN_CLAUSE_BEFORE = /(?:,\s*(?:and|but)|;)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed(?:\s+to)?\s*$/u;
/** A verb that judges what it names, "as", right before a quote ("has defended as "…""). */
const NAMED_AS_BEFORE = new RegExp(`\\b(?:${[...AS_NAMING_VERBS].join('|')})\\s+as\\s+$`);
/** "and that" right before a quote: a second clause of what a verb of speech reports. */
const AND_THAT_BEFORE = /,?\s+and\s+that\s+$/;
/** "and that" or "but that" right after a quote, before a clause's subject. */
const AND_THAT_AFTER = /^[,;]?\s+(?:and|but)\s+that\s/;
/** A second verb in the past right after a quote, ", and ordered …": the subject before the quote goes on. */
const AND_VERB_AFTER = /^[,;]?\s+(?:and|but)\s+\p{Ll}+ed\s/u;
/**
 * What stands between a quote and the subject of a clause joined after it: ", and", " but", ";"; with a role set off
 * before a name in apposition (", and its director, Howard Nakamura, said").
 */
const JOINED_CLAUSE = /^[\s*_]*(?:,\s*)?(?:and|but)\s+(?:(?:its|their|his|her|the)\s+[\p{Ll}'’-]+(?:\s+[\p{Ll}'’-]+){0,3},\s*)?$|^[\s*_]*;\s*$/u;
/**
 * What stands between a quote and a source inside what a second verb of the quote's speaker reports: "… "asking
 * customers to pay …" and noted that Lakeshore had reported".
 */
const JOINED_REPORT = /^[\s*_]*(?:,\s*)?(?:and|but)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|s)\s+that\s+$/u;
/**
 * "…," with nurses noting …, "…" unless the board agrees: "with" or "unless" opens a clause of its own after the quote,
 * its subject and verb no tag (as the words of SUBORDINATOR_BEFORE do).
 */
const WITH_CLAUSE = /^[\s*_]*(?:,\s*)?(?:with|unless)\s+$/;

/**
 * Quotes: the sentence's own cue (an outlet reporting the sentence waits for the verb that introduces the quote), a
 * signature, a colon introduction, the verb of speech or naming nearest the quote with its subject, then the
 * speaker's turn over the paragraph.
 */
export function attributeQuotes(ba: BlockAnalysis, lexicon: AttributionLexicon, people: People): void {
  // Most paragraphs hold no quote: then nothing below has an effect, and its maps and lists need not be built. The
  // reading is a function of its own because the variables its functions share live in a context that is made as a
  // function is entered, before any return: made here for every block, it was about 0.7 bytes per input byte the
  // engine allocated over the White House corpus.
  if (ba.quotes.length > 0) attributeBlockQuotes(ba, lexicon, people);
}

/** attributeQuotes for a block that holds a quote. */
function attributeBlockQuotes(ba: BlockAnalysis, lexicon: AttributionLexicon, people: People): void {
  // Loops by index below: this long function runs unoptimised until the draft has given it many quotes, and each
  // step of a for…of made an iterator result there (0.15 bytes per input byte over the White House corpus).
  const proseEnd = ba.block.prose.length;
  const insideQuote = (offset: number): boolean =>
    itemAt(ba.quotes, offset, (q) => q.span.open + 1, (q) => (q.span.close === -1 ? proseEnd : q.span.close)) !== undefined;
  const outside = sortByStart(ba.mentions.filter((m) => speaksOutside(m, insideQuote)));
  const mentionsRead = ba.mentions.length;
  // A quote's speaker found in its own sentence by one of the readings below: resolved, kept among the block's
  // mentions (for the turns after it) and given to the quote.
  const speaks = (q: QuoteRecord, m: SourceMention, sentence: number): void => {
    const record = resolveMention(m, sentence, ba.block, ba.tokens, people);
    ba.mentions.push(record);
    q.attribution = record.attribution;
    q.mention = record;
    q.path = 'sentence';
  };
  const groups = bySentence(outside);
  // (Made when first needed: most paragraphs defer no quote.)
  let deferred: Map<QuoteRecord, MentionRecord> | null = null;
  // A sentence's mentions for its quotes, made once per sentence: an outlet that passes the sentence on stands aside
  // for a cue of the sentence's own ("X said — as reported by Y —").
  const spoken = new Map<number, MentionRecord[]>();
  const spokenIn = (i: number): MentionRecord[] => {
    let list = spoken.get(i);
    if (!list) {
      const all = groups.get(i) ?? [];
      const own = all.some((m) => passesOn(m.mention)) ? all.filter((m) => !passesOn(m.mention)) : all;
      list = own.length > 0 ? own : all;
      spoken.set(i, list);
    }
    return list;
  };
  // The sentences that hold a quote, made once when first asked (asking per quote made a paragraph of quoted
  // questions quadratic).
  let quoted: Set<number> | null = null;
  const quotedSentences = (): Set<number> => {
    if (!quoted) {
      quoted = new Set();
      for (let oi = 0; oi < ba.quotes.length; oi++) for (let si = 0; si < ba.quotes[oi].sentences.length; si++) quoted.add(ba.quotes[oi].sentences[si]);
    }
    return quoted;
  };
  // The token a quote opens at, when its first sentence starts within CLAUSE_WINDOW tokens before it (the clause before
  // a quote is read within a bounded window, so that a sentence of thousands of quotes stays linear); -1 otherwise.
  const openInWindow = (q: QuoteRecord): number => {
    const s = ba.sentences[q.sentences[0]];
    if (s === undefined) return -1;
    const open = lastStartingAtOrBefore(ba.tokens, q.span.open, (t) => t.start);
    return open >= s.first && open - s.first <= CLAUSE_WINDOW ? open : -1;
  };
  // The verb of speech or naming nearest a quote, before it or else after it, with its subject and sentence.
  const clauseSpeakerOf = (q: QuoteRecord): { mention: SourceMention; sentence: number } | null => {
    const first = q.sentences[0];
    const last = q.sentences[q.sentences.length - 1];
    if (first === undefined) return null;
    const open = openInWindow(q);
    // Both clauses are read within a bounded window.
    const before = open >= 0 ? clauseSpeaker(ba.tokens, ba.sentences[first].first, open, false, insideQuote, lexicon) : null;
    if (before) return { mention: before, sentence: first };
    const close = q.span.close === -1 ? -1 : lastStartingAtOrBefore(ba.tokens, q.span.close, (t) => t.start);
    // A question or exclamation closes its sentence before the speaker's clause ("…?" Hannity pressed.): the clause
    // is the next sentence's opening. Not when that sentence introduces a quote of its own ("…exempt?" Archbishop
    // Scicluna said, "People must …").
    const next = close >= 0 && ba.sentences[last].last <= close + 1 && /[?!]/.test(ba.block.prose[q.span.close - 1] ?? '') && last + 1 < ba.sentences.length && !quotedSentences().has(last + 1);
    const clauseSentence = next ? last + 1 : last;
    const after = close >= 0 ? clauseSpeaker(ba.tokens, close + 1, Math.min(ba.sentences[clauseSentence].last, close + 1 + CLAUSE_WINDOW), true, insideQuote, lexicon) : null;
    return after ? { mention: after, sentence: clauseSentence } : null;
  };
  // A dialogue tag right before the quote whose subject stands after the cue of the mention found for it.
  const tagAhead = (q: QuoteRecord, found: MentionRecord): boolean => {
    const open = openInWindow(q);
    if (open < 0) return false;
    const tag = tagBeforeQuote(ba.tokens, ba.sentences[q.sentences[0]].first, open, insideQuote, lexicon);
    return tag !== null && tag.start >= found.mention.cueEnd;
  };
  // A verb of speech with its subject right before the quote, and at most its listener between: "Canova said, "…"",
  // "told reporters: "…"".
  const introducedRightBefore = (q: QuoteRecord): { mention: SourceMention; sentence: number } | null => {
    const speaker = clauseSpeakerOf(q);
    return speaker !== null && speaker.mention.cueEnd <= q.span.open && !QUOTING_VERBS.has(speaker.mention.cue.toLowerCase()) && INTRODUCING_GAP.test(ba.block.prose.slice(speaker.mention.cueEnd, q.span.open)) ? speaker : null;
  };
  const namedBefore = (q: QuoteRecord): boolean => {
    const speaker = clauseSpeakerOf(q);
    return speaker !== null && speaker.mention.start < q.span.open && QUOTE_NAMING_VERBS.has(speaker.mention.cue.toLowerCase());
  };
  for (let qi = 0; qi < ba.quotes.length; qi++) {
    const q = ba.quotes[qi];
    const end = q.span.close === -1 ? proseEnd : q.span.close + 1;
    let best: MentionRecord | undefined;
    let bestGap = Infinity;
    let bestSentence = -1;
    for (let si = 0; si < q.sentences.length; si++) {
      const i = q.sentences[si];
      const candidate = nearest(spokenIn(i), Math.max(q.span.open, 0), end, mentionStart, mentionEnd);
      if (!candidate) continue;
      const d = gap(candidate.mention.start, candidate.mention.end, Math.max(q.span.open, 0), end);
      if (d < bestGap) {
        bestGap = d;
        best = candidate;
        bestSentence = i;
      }
    }
    // `Smith said the jail had "…," with nurses noting that …`: a subject and its verb after "with" right after the
    // quote make a clause of their own, no tag of the quote; a source before the quote is its speaker. So after "once",
    // "after", "because" and the like: `said it had "no realistic alternative" once the engineers had reported`.
    // (Or one further on, in a clause a subordinating word opens: `said the fall had exposed "…" but agreed that people
    // should wait until the experts said it was safe`.)
    // (Or the agent of a passive in such a clause: `said winners had been "…" after their names were published by the
    // lottery`.)
    // (So after a second verb of the subject right after ", and": `said … was "justified but only just", and ordered
    // the trust to publish annual figures showing …`.)
    if (best && best.mention.start >= end && (WITH_CLAUSE.test(ba.block.prose.slice(end, best.mention.start)) || AND_VERB_AFTER.test(ba.block.prose.slice(end, best.mention.start)) || SUBORDINATE_AGENT_AFTER.test(ba.block.prose.slice(end, best.mention.start)) || SUBORDINATOR_BEFORE.test(ba.block.prose.slice(Math.max(end, best.mention.start - 9), best.mention.start)))) {
      const list = spokenIn(bestSentence);
      for (let k = list.length - 1; k >= 0; k--) {
        if (list[k] !== best && list[k].mention.end <= q.span.open && list[k].mention.cueEnd <= q.span.open) {
          best = list[k];
          break;
        }
      }
    }
    // "Abara said Marsh had shown "not one moment of remorse"": a verb that may report nothing ("shown", "found")
    // in what the nearest speech verb before it reports is part of the report; the speaker is that verb's subject.
    // Not across a joined clause ("The mayor said she would cooperate, and the inspector general found "…"").
    // (So is a verb of speech after a modal: "said her caucus would write "a budget that fits …"".)
    // (So is a request: "Jane Smith said the federation had asked the ministry to fund courses "for more than five
    // years"" is her account, in her words.)
    // (So is what a document reveals, indicates or suggests: `said the results revealed "a dangerous gap …"`.)
    // (Or an act of writing to someone before the quote: `said the union had written to the department … and had
    // received "nothing but holding replies"`; a quote before it keeps its own verb.)
    if (best && (WEAK_CUES.has(best.mention.cueLemma) || SHOWING_LEMMAS.has(best.mention.cueLemma) || notOwnReport(ba, best, best.mention.cueEnd <= q.span.open))) best = reportingSpeaker(ba, spokenIn(bestSentence), best) ?? best;
    // `Jones said the charity had asked the council for help, and that "…"`: a quote opened by "and that" after the
    // nearest cue is the second thing the verb of speech before it reports, not the nearest cue's.
    else if (best && best.mention.cueEnd <= q.span.open && AND_THAT_BEFORE.test(ba.block.prose.slice(Math.max(best.mention.cueEnd, q.span.open - 12), q.span.open))) best = reportingSpeaker(ba, spokenIn(bestSentence), best) ?? best;
    // `A spokeswoman said the company was "…" and that staff had reported …`: a cue in a clause opened by "and that"
    // right after the quote is in the second thing the verb of speech before the quote reports; that verb's subject
    // speaks the quote.
    else if (best && best.mention.start >= end && AND_THAT_AFTER.test(ba.block.prose.slice(end, Math.min(best.mention.start, end + 16)))) best = reportingSpeaker(ba, spokenIn(bestSentence), best) ?? best;
    // "After Brown criticized him during a debate, Hillary shot back, "…"": a dialogue tag right before the quote
    // outranks a cue further back in the sentence; the clause's speaker is read below.
    if (best && best.mention.cueEnd <= q.span.open && q.span.open > 0 && tagAhead(q, best)) continue;
    // "Canova told reporters, "…," The Miami Herald reported": an outlet's report after the quote passes the words
    // on; the speaker whose verb introduces the quote right before it says them.
    // "Rubio questioned Bush's assertion that "…"": the owner of the words quoted right after "that" speaks them.
    const open = q.span.open > 0 ? openInWindow(q) : -1;
    const owned = open > 0 ? ownerOfQuote(ba.tokens, open, ba.sentences[q.sentences[0]].first, lexicon) : null;
    const introducer = owned ? { mention: owned, sentence: q.sentences[0] } : best && best.mention.start >= end && best.mention.cueLemma === 'report' && q.span.open > 0 ? introducedRightBefore(q) : null;
    if (introducer) {
      const record = resolveMention(introducer.mention, introducer.sentence, ba.block, ba.tokens, people);
      // (The owner of words speaks only the quote, not the sentence's other figures.)
      if (!owned) ba.mentions.push(record);
      q.attribution = record.attribution;
      q.mention = record;
      q.path = 'sentence';
      continue;
    }
    // "Pelosi called Trump's conduct a "breach …," according to NBC": the verb that introduces the quote names its
    // speaker; the outlet after it reports the whole. Decided below, with the clause.
    if (best && best.mention.cueLemma === 'according to' && (best.mention.start > q.span.open || passesOn(best.mention)) && q.span.open > 0) {
      (deferred ??= new Map()).set(q, best);
      continue;
    }
    // ("City data show the change has pushed call times up, a trade-off that Fire Chief Douglas Reinholt has defended
    // as "well worth it"": a verb that names the quote "as" what it is, right before it, speaks over a cue further back.)
    if (best && q.span.open > 0 && best.mention.cueEnd <= q.span.open && NAMED_AS_BEFORE.test(ba.block.prose.slice(Math.max(best.mention.cueEnd, q.span.open - 24), q.span.open))) {
      const speaker = clauseSpeakerOf(q);
      if (speaker && speaker.mention.cueStart > best.mention.cueEnd && speaker.mention.cueEnd <= q.span.open) {
        speaks(q, speaker.mention, speaker.sentence);
        continue;
      }
    }
    // "The council called the amendment "a blunt mandate" and cited a study": a verb before the quote that names it
    // outranks a cue after it, whose source the quote's speaker cites or reports.
    if (best && q.span.open > 0 && best.mention.start >= end && namedBefore(q)) {
      (deferred ??= new Map()).set(q, best);
      continue;
    }
    // `Cruz said he'd make sand "glow in the dark," and Trump vowed to "bomb the hell" out of ISIS`: a clause joined
    // after the cue, with a subject and a verb of its own before the quote, says the quote; its speaker is read below.
    if (best && !best.mention.inverted && best.mention.end <= q.span.open && OWN_CLAUSE_BEFORE.test(ba.block.prose.slice(best.mention.end, q.span.open))) continue;
    // `Cruz accuses Obama of "leading from behind" and Trump says he is "losing …"`: a subject and its verb after
    // the quote, in a clause joined by "and", "but" or a semicolon, say what follows them, not the quote.
    // (So does a source inside what the speaker's second verb reports: `… said the company was "asking customers to pay
    // …" and noted that Lakeshore had reported`.)
    if (best && !best.mention.inverted && best.mention.start >= end && best.mention.cueStart > best.mention.start) {
      const between = ba.block.prose.slice(end, best.mention.start);
      if (JOINED_CLAUSE.test(between) || JOINED_REPORT.test(between)) continue;
    }
    // "Bercow commented on the matter — which the BBC noted as unusual — "…"": a source inside an aside set off by
    // dashes right before the quote speaks for the aside, not for the quote.
    if (best && best.mention.end <= q.span.open && DASH_BEFORE_QUOTE.test(ba.block.prose.slice(Math.max(0, q.span.open - 4), q.span.open)) && dashBefore(ba.block.prose, best.mention.start, Math.max(0, q.span.open - 200))) continue;
    if (best) {
      q.attribution = best.attribution;
      q.mention = best;
      q.path = 'sentence';
    }
  }
  for (let qi = 0; qi < ba.quotes.length; qi++) {
    const q = ba.quotes[qi];
    if (q.attribution || q.span.close < 0) continue;
    // A signed quote: `"…" — White House spokesperson Abigail Jackson`.
    const after = DASH_AFTER.exec(ba.block.prose.slice(q.span.close + 1, q.span.close + 8));
    if (!after) continue;
    const dashAt = q.span.close + 1 + after[0].search(/[\u2014\u2013-]/);
    const dash = ba.tokens.findIndex((t) => t.start === dashAt);
    const m = dash >= 0 ? signatureSource(ba.tokens, dash, lexicon) : null;
    if (!m) continue;
    const sentence = indexAt(ba.sentences, dashAt, spanStart, spanEnd);
    const record = resolveMention(m, Math.max(sentence, 0), ba.block, ba.tokens, people);
    ba.mentions.push(record);
    for (let oi = 0; oi < ba.quotes.length; oi++) {
      const other = ba.quotes[oi];
      if (!other.attribution && other.span.open <= q.span.open) giveQuote(other, record);
    }
  }
  for (let qi = 0; qi < ba.quotes.length; qi++) {
    const q = ba.quotes[qi];
    if (q.attribution || q.span.open < 0) continue;
    // `X said this: "…"`, `Trump's statement read: "…"`, `Trump defended his decision, "As I …"`,
    // `Trump attacked the inquiry as "Witch Hunt garbage."`: the introducing clause's subject.
    const lead = ba.block.prose.slice(0, q.span.open).trimEnd();
    const opensUtterance = OPENS_UTTERANCE.test(ba.block.prose.slice(q.span.open, q.span.open + 3));
    // (Not a passive's "as", whose subject is what is described, not who describes it: "The Museum of Childhood, once
    // described as "the nation's toy cupboard", holds", "The plan was billed as "…"".)
    const introduced = lead.endsWith(':') || (lead.endsWith(',') && opensUtterance) || (/\sas$/.test(lead) && !PASSIVE_AS.test(lead));
    if (!introduced) continue;
    const colonAt = lead.endsWith('as') ? lead.length - 2 : lead.length - 1;
    const colon = ba.tokens.findIndex((t) => t.start === colonAt);
    const sentence = indexAt(ba.sentences, colonAt, spanStart, spanEnd);
    if (colon < 0 || sentence < 0) continue;
    // (A dialogue tag right before the colon names the speaker over a reporter's tag further back: "…, the Post's
    // Robert Costa reported, his wife whispered to him: "…"".)
    const open = openInWindow(q);
    const tag = open >= 0 && lead.endsWith(':') ? tagBeforeQuote(ba.tokens, ba.sentences[q.sentences[0]].first, open, insideQuote, lexicon) : null;
    const m = tag ?? introducerSource(ba.tokens, ba.sentences[sentence].first, colon, insideQuote, lexicon);
    if (!m) continue;
    speaks(q, m, sentence);
  }
  for (let qi = 0; qi < ba.quotes.length; qi++) {
    const q = ba.quotes[qi];
    if (q.attribution || q.span.open < 0) continue;
    // A quote inside a clause whose subject acts on it: "Cruz coached Trump to "breathe"", ""Go home," Trump barked".
    const speaker = clauseSpeakerOf(q);
    const fallback = deferred?.get(q);
    // Over an outlet that reports the sentence, only a verb that names what it quotes wins ("called … a "…"").
    // "Erdogan said — as reported by Hurriyet — "…"": an outlet that only passes the sentence on gives way to any speaker.
    const m = fallback && !(speaker && (QUOTE_NAMING_VERBS.has(speaker.mention.cue.toLowerCase()) || passesOn(fallback.mention))) ? null : speaker;
    const record = m ? resolveMention(m.mention, m.sentence, ba.block, ba.tokens, people) : fallback;
    if (!record) continue;
    if (m) ba.mentions.push(record);
    q.attribution = record.attribution;
    q.mention = record;
    q.path = 'sentence';
  }
  for (let qi = 0; qi < ba.quotes.length; qi++) {
    const q = ba.quotes[qi];
    if (q.attribution || q.span.close !== -1 || q.span.open < 0 || q.sentences.length === 0) continue;
    // A quote whose closing mark was forgotten before its speaker's clause ("This is a public-safety budget,
    // Ostrander said after the vote.): unbalanced-quotes reports the mark; the words are still the speaker's.
    const found = forgottenClose(ba, q, lexicon);
    if (!found) continue;
    speaks(q, found, q.sentences[0]);
  }
  // The speaker's turn: every source outside quotes, those found above for the quotes themselves included
  // ("“…,” Bolton charged. “…”").
  const turnSources = ba.mentions.length === mentionsRead ? outside : sortByStart(ba.mentions.filter((m) => speaksOutside(m, insideQuote)));
  // A vague source takes a turn only as a quote's own speaker ("“A,” the source said. “B.”"), not by saying
  // something in passing ("Officials said the bridge would close. “…”").
  const speakersOfQuotes = new Set<MentionRecord>();
  for (let oi = 0; oi < ba.quotes.length; oi++) {
    const o = ba.quotes[oi];
    if (o.mention && o.path === 'sentence') speakersOfQuotes.add(o.mention);
  }
  // Nor does an outlet that passes a sentence on ("…, as reported by BuzzFeed News. "…"").
  // (Nor one that reported or obtained the document quoted: "…," Ash wrote in the email, which was first reported by
  // The Associated Press. "…"".)
  // Nor does a source that only gave a figure in the sentence where a quote's own speaker spoke before it ("…," the
  // former president told a crowd that the campaign estimated at 3,000. "…"): a count in passing is no turn of speech.
  // (One who opens a sentence of their own keeps it: "Fire Chief Dan Ortiz estimated the damage at $2 million. "…"".)
  // Nor an outlet that relays the speaker's statement of its sentence ("…," Jamal Ware said in a statement according
  // to The Blaze. "…").
  const relays = (m: MentionRecord): boolean => m.mention.cueLemma === 'according to' && turnSources.some((o) => o !== m && o.sentence === m.sentence && o.mention.cueStart < m.mention.start && SPEECH_CUES.has(o.mention.cueLemma) && speakersOfQuotes.has(o));
  // (One person of a trade, vague by the words alone, takes a turn as a named role does: "A farmer said the crop
  // failed. "…"".)
  const named = turnSources.filter((m) => ((!m.mention.vague || oneOfTrade(m.mention)) && !passesOn(m.mention) && !relays(m) && !reportedItFirst(ba.block.prose, m.mention) && !figureInPassing(m, speakersOfQuotes, ba.block.prose)) || speakersOfQuotes.has(m));
  for (let qi = 0; qi < ba.quotes.length; qi++) {
    const q = ba.quotes[qi];
    if (q.attribution) continue;
    const at = Math.max(q.span.open, 0);
    const i = lastStartingAtOrBefore(named, at - 1, mentionStart);
    const before = i >= 0 && named[i].mention.end <= at ? named[i] : i > 0 ? named[i - 1] : undefined;
    const anyBefore = turnSources.length > 0 && turnSources[0].mention.end <= at;
    const after = named[i + 1];
    // A later cue that introduces a quote of its own does not reach back.
    const afterIsOwned = after !== undefined && speakersOfQuotes.has(after);
    // A participle's clause ("…, saying it would") reports for its own sentence; it does not open a turn backwards.
    const afterIsParticiple = after !== undefined && after.mention.cue.endsWith('ing') && /,\s*$/.test(ba.block.prose.slice(Math.max(0, after.mention.cueStart - 4), after.mention.cueStart));
    const turn = before ?? (anyBefore || afterIsOwned || afterIsParticiple ? undefined : after);
    if (turn) {
      q.attribution = turn.attribution;
      q.mention = turn;
      q.path = 'turn';
    }
  }
  for (let qi = 0; qi < ba.quotes.length; qi++) {
    const q = ba.quotes[qi];
    if (q.attribution || q.span.open < 0 || q.sentences.length === 0) continue;
    // "Cruz blamed the law on "knuckleheaded Democratic politicians"": a partial quote nothing else attributes is
    // the words of the subject of the verb whose clause it stands in. So is one in capitals that stands inside the
    // clause, after a word and before more of it ("Cruz questioned Trump's "New York values" and his readiness").
    const open = openInWindow(q);
    if (open < 0 || !(PARTIAL_OPENING.test(ba.block.prose.slice(q.span.open + 1, q.span.open + 8)) || insideClause(ba, q, open))) continue;
    const m = mainVerbSpeaker(ba.tokens, ba.sentences[q.sentences[0]].first, open, insideQuote, lexicon);
    if (!m) continue;
    speaks(q, m, q.sentences[0]);
  }
}

/**
 * A quote that stands inside its clause: after a word (not a cue's, a colon or a comma) and closed before more of the
 * sentence, with no mark that ends a sentence inside it.
 */
function insideClause(ba: BlockAnalysis, q: QuoteRecord, open: number): boolean {
  const before = ba.tokens[open - 1];
  // (Not after a possessive: "rejected Smith's "Plan for a better city"" is Smith's title or words.)
  if (q.span.close < 0 || before === undefined || before.kind !== 'word' || CUE_FORMS.has(before.lower) || endsWithPossessive(before.text) || open - 1 < ba.sentences[q.sentences[0]].first) return false;
  const words = ba.block.prose.slice(q.span.contentStart, q.span.contentEnd);
  const next = ba.tokens[lastStartingAtOrBefore(ba.tokens, q.span.close, (t) => t.start) + 1];
  return !SENTENCE_MARK.test(words) && WORD_COUNT.test(words) && next !== undefined && next.kind === 'word' && next.start - q.span.close < 3;
}
const SENTENCE_MARK = /[.!?;:]/;
/** Up to eight words. */
const WORD_COUNT = /^\S+(?:\s+\S+){0,7}$/;

/** How many words a speaker's clause inside an unclosed quote may hold ("the city's finance director said"). */
const FORGOTTEN_CLAUSE = 8;

/**
 * The speaker's clause just after a comma in the first sentence of an unclosed quote: a source and its cue side by
 * side, nothing before them ("…, Ostrander said after the vote", "…, said the mayor", "…, she said, and …").
 */
function forgottenClose(ba: BlockAnalysis, q: QuoteRecord, lexicon: AttributionLexicon): SourceMention | null {
  const s = ba.sentences[q.sentences[0]];
  for (let k = Math.max(s.first, lastStartingAtOrBefore(ba.tokens, q.span.open, (t) => t.start) + 2); k < s.last - 1; k++) {
    const comma = ba.tokens[k];
    if (comma.text !== ',' || ba.tokens[k - 1].kind === 'punct') continue;
    const from = ba.tokens[k + 1].start;
    const m = findSources(ba.tokens, k + 1, Math.min(s.last, k + 1 + FORGOTTEN_CLAUSE), () => false, lexicon).find((x) => !x.sourceless && Math.min(x.start, x.cueStart) === from);
    if (m && /^\s*$/.test(m.cueStart > m.end ? ba.block.prose.slice(m.end, m.cueStart) : ba.block.prose.slice(m.cueEnd, m.start))) return m;
  }
  return null;
}

/**
 * Cues that name or give a talk rather than report content: "Trump called Ford's $1.6 billion plant "a disgrace"",
 * "Clinton spoke for about 30 minutes". They attribute the quotes they introduce, not the figures they name.
 */
const NAMING_CUES = new Set(['call', 'speak', 'talk']);
/** Cues of a figure only: their source counted, it did not speak. */
const FIGURE_CUES = new Set(['estimate', 'count', 'tally', 'calculate', 'put', 'measure']);

/**
 * Is a source one that only gave a figure (not "put it") in a sentence where a quote's speaker spoke before it?
 */
function figureInPassing(m: MentionRecord, speakersOfQuotes: ReadonlySet<MentionRecord>, prose: string): boolean {
  if (!FIGURE_CUES.has(m.mention.cueLemma) || PUT_IT.test(prose.slice(m.mention.cueEnd, m.mention.cueEnd + 4))) return false;
  // A body, a document or a group that counted speaks no quote ("Organizers estimated the crowd at 11,000. "…"",
  // "A state audit put the cost at $300 million. "…""); one person may ("Fire Chief Dan Ortiz estimated …. "…"").
  const kind = m.mention.kind;
  const person = (kind === 'named' && m.person?.kind === 'person') || (kind === 'pronoun' && (m.person?.kind === 'person' || HE_OR_SHE.test(m.mention.text))) || (kind === 'role' && !PLURAL_NAME.test(m.mention.name));
  if (!person) return true;
  for (const s of speakersOfQuotes) if (s.sentence === m.sentence && s.mention.end <= m.mention.start) return true;
  return false;
}
const PLURAL_NAME = /[^s]s$/;
const HE_OR_SHE = /^(?:he|she)$/i;
const PUT_IT = /^\s+it\b/;

/** Verbs that name what a partial quote calls something: "called it "…"", "calling", "dubbed", "branded". */
const NAMES_A_QUOTE = new Set(['called', 'calls', 'calling', 'dubbed', 'dubs', 'dubbing', 'labeled', 'labelled', 'labels', 'labeling', 'labelling', 'branded', 'brands', 'branding']);

/** Numbers outside quotes: the nearest source of their sentence. */
export function attributeNumbers(ba: BlockAnalysis): void {
  // Nothing to attribute: no map of the mentions is needed.
  if (ba.numbers.length === 0) return;
  // The sources are listed only when there is one, not in a list made for every block with figures, most often
  // empty.
  let anySource = false;
  for (let k = 0; k < ba.mentions.length && !anySource; k++) anySource = givesFigures(ba.mentions[k]);
  const sources = anySource ? ba.mentions.filter(givesFigures) : NO_MENTIONS;
  // A verb that names what a partial quote calls something gives its subject the figures between the two when the
  // sentence has no other source: the subject's own description ("Oduya, who has served on the board for 11 years,
  // called it "…"") or deed ("Abara sentenced Marsh to 14 years, calling his fraud "…""), not what it names
  // ("Trump called Ford's $1.6 billion plant "…"" leaves the figure unsourced) or what stands before it ("… in
  // three dozen papers, on a standard which advocates are calling "…"").
  let introducers: Set<MentionRecord> | null = null;
  for (const q of ba.quotes) {
    const m = q.mention;
    if (m && q.path === 'sentence' && NAMES_A_QUOTE.has(m.mention.cue.toLowerCase())) (introducers ??= new Set()).add(m);
  }
  // No source in the block: no number finds one (most blocks with figures name none; their map, and a function and
  // an empty list for each figure, were 0.8% of the bytes the engine allocated over the White House corpus).
  if (sources.length > 0 || introducers !== null) attributeBlockNumbers(ba, sources, introducers);
}

/** A mention that may be the source of a figure. */
const givesFigures = (m: MentionRecord): boolean => !m.mention.sourceless && m.mention.cueLemma !== QUOTE_VERB && !NAMING_CUES.has(m.mention.cueLemma);

/**
 * attributeNumbers for a block with figures and sources: a function of its own, as attributeBlockQuotes is, so that
 * the context its functions share is not made for every block.
 */
function attributeBlockNumbers(ba: BlockAnalysis, sources: readonly MentionRecord[], introducers: Set<MentionRecord> | null): void {
  const groups = bySentence(sources);
  const introducing = introducers ? bySentence([...introducers]) : null;
  for (const n of ba.numbers) {
    if (n.quote) continue;
    const list = groups.get(n.sentence) ?? introducing?.get(n.sentence)?.filter((m) => m.mention.start < n.expression.start && n.expression.end <= m.mention.cueStart) ?? NO_MENTIONS;
    let best = nearest(list, n.expression.start, n.expression.end, mentionStart, mentionEnd);
    // A number inside its own source phrase ("More than two million people replied") is not attributed by it, nor
    // is one that counts the speakers ("67 percent say", "26 percent of Democrats said", "4 in 10 told pollsters").
    // (Not a document's sample, which the document gives: "A survey of 2,000 residents, commissioned by the council,
    // found", "A council survey of 1,100 residents found".)
    const sample = ba.tokens[n.expression.first - 1]?.lower === 'of' && DOCUMENT_NOUNS.has(ba.tokens[n.expression.first - 2]?.lower ?? '');
    const holds = (m: MentionRecord): boolean =>
      (m.mention.start <= n.expression.start && m.mention.end >= n.expression.end && !sample) || (m.mention.start >= n.expression.start && m.mention.start < n.expression.end) || countsSpeakers(ba, n.expression.last, m);
    if (best && holds(best)) {
      const at = lastStartingAtOrBefore(list, best.mention.start, mentionStart);
      const others = [list[at - 1], list[at + 1]].filter((m): m is MentionRecord => m !== undefined && !holds(m));
      best = others.sort((x, y) => gap(x.mention.start, x.mention.end, n.expression.start, n.expression.end) - gap(y.mention.start, y.mention.end, n.expression.start, n.expression.end))[0];
    }
    // "Smith said sales rose 5 percent, but the company said profits fell", "An estimate from the insurers put losses at
    // £45 million, though the body cautioned …": a source in a clause joined after the figure speaks for that clause;
    // the figure is the source's before it.
    if (best && best.mention.start >= n.expression.end && JOINS_CLAUSES.test(ba.block.prose.slice(n.expression.end, best.mention.start))) {
      const before = lastBefore(list, n.expression.start, holds);
      // ("… in partnership with two carmakers, and early results suggest …, she said": or, with none before, a tag
      // after a comma that closes the sentence, and so both its clauses.)
      const b = best;
      best = before ?? list.find((m) => m.mention.start > b.mention.end && SPEECH_CUES.has(m.mention.cueLemma) && closingTag(ba, m)) ?? best;
    }
    // ("The report found that turnover had reached 27%, and that 34% of managers surveyed said …": a source in a second
    // "that" clause after the figure is in the second thing a source before the figure reports; that one is the figure's.)
    if (best && best.mention.start >= n.expression.end && AND_THAT.test(ba.block.prose.slice(n.expression.end, best.mention.start))) best = lastBefore(list, n.expression.start, holds) ?? best;
    // ("A survey found that 31% of students reported feeling sad, and that 19% said …": a figure in a second "that"
    // clause after a source inside the first is the second thing the verb that opened the first reports.)
    else if (best && best.mention.cueEnd <= n.expression.start && AND_THAT.test(ba.block.prose.slice(best.mention.cueEnd, n.expression.start))) {
      const b = best;
      for (const m of list) if (m !== b && m.mention.cueEnd <= b.mention.start && THAT_AFTER.test(ba.block.prose.slice(m.mention.cueEnd, m.mention.cueEnd + 6)) && !holds(m)) best = m;
    }
    // ("Prosecutor Alison Fairweather-Gunn told the court that Whitcombe had sold …, including six fitted with airbags
    // that the manufacturer had warned could fail": a source right after a relative pronoun speaks inside the clause
    // that describes a noun after the figure; a source before the figure speaks for it.)
    // ("… fell to £1.94 per kilogram, well below what most British producers say they need": a source in a clause of
    // "what" after the figure speaks of what that clause names, not of the figure; a source before it may.)
    if (best && best.mention.start >= n.expression.end && !best.mention.inverted) {
      const between = ba.block.prose.slice(n.expression.end, best.mention.start);
      if (OBJECT_RELATIVE.test(between)) best = lastBefore(list, n.expression.start, holds) ?? best;
      else if (WHAT_CLAUSE.test(between)) best = lastBefore(list, n.expression.start, holds);
    }
    // "Reuters reported that 40 died, citing anonymous sources": those an outlet cites in an aside stand behind what
    // the outlet reports (and are vague or not on their own), not in its place.
    if (best && citingAside(best.mention)) {
      const b = best;
      // The outlet whose clause the aside closes: the nearest source before "citing" (not an earlier speaker's: "The
      // mayor said 12 died, but the Post put the toll at 40, citing anonymous sources"), else the nearest after it
      // ("Citing anonymous sources, Reuters reported 40 deaths").
      const outlet = (m: MentionRecord): boolean => m !== b && !holds(m) && !citingAside(m.mention) && m.mention.cueLemma !== 'according to';
      let before: MentionRecord | undefined;
      let after: MentionRecord | undefined;
      for (const m of list) {
        if (!outlet(m)) continue;
        if (m.mention.cueStart < b.mention.cueStart) before = m;
        else after ??= m;
      }
      best = before ?? after ?? b;
    }
    // ("The Road Assets Trust, a charity which analysed the data, estimates the backlog at £1.2 billion": a cue in a
    // relative clause of an aside gives way to the verb of the subject the aside describes, between it and the figure.)
    // ("An internal audit by the association, commissioned after a tenant complained that …, found that 212 …": so a
    // cue in a clause that a subordinating word opens.)
    if (best && (RELATIVE_BEFORE_CUE.test(ba.block.prose.slice(Math.max(0, best.mention.cueStart - 7), best.mention.cueStart)) || SUBORDINATOR_BEFORE.test(ba.block.prose.slice(Math.max(0, best.mention.start - 9), best.mention.start)))) {
      const b = best;
      best = list.find((m) => m !== b && m.mention.start <= b.mention.start && m.mention.cueStart > b.mention.cueEnd && m.mention.cueEnd <= n.expression.start && !holds(m)) ?? b;
    }
    // "Eastgate has recorded 11 robberies …, according to police department data": a verb that may report nothing
    // ("recorded", "counted", "found") gives way to "according to" in the same sentence.
    // ("Volunteers counted 212 breeding pairs …, the survey found": so, for people who counted, unnamed, does a
    // document; not for a body that did: "FutureEd analyzed data …. This analysis showed".)
    if (best && WEAK_CUES.has(best.mention.cueLemma)) {
      const b = best;
      const according = accordingTo(list, holds) ?? (UNNAMED_COUNTERS.has(b.attribution.kind) ? list.find((m) => m !== b && standsForCounters(m, b) && !holds(m)) : undefined);
      if (according) best = according;
    }
    // "According to the bureau, Americans reported losing $96 million": people at large, unnamed, who reported to the
    // source that "according to" names before them are what it counted; that source stands for the figure.
    if (best && best.mention.cueLemma !== 'according to' && peopleAtLarge(best.mention.text)) {
      const b = best;
      const according = accordingTo(list, holds, b.mention.start);
      if (according) best = according;
    }
    // "Oduya said officers had examined more than 6,000 pages", "Arceneaux said the federation had asked Congress to
    // pay for at least 600 judges": a verb inside what a speaker's "said" reports gives way to the speaker.
    // (Not a figure a named body or document made, which the speaker relays: "The senator said the Congressional
    // Budget Office estimated the bill would cost $4 billion"; nor across a comma: "After the governor said the state
    // was broke, the auditor found $40 million".)
    // (And a request inside it: "Smith said the federation had asked the ministry to fund 40 posts"; or a verb of
    // speech after a modal, which says what someone will do: "Nordvik said it would add a surcharge of $300".)
    if (best && best.mention.cueLemma !== 'according to' && (!SPEECH_CUES.has(best.mention.cueLemma) || notOwnReport(ba, best)) && !madeByBody(best)) {
      const outer = reportingSpeaker(ba, list, best, holds);
      // (A document shows what someone did, not the figure someone gives or makes: "The data show hospitals report 40
      // new cases a day" is the hospitals'; "Court papers show she had reported faulty racking on 11 occasions" the
      // papers'.)
      // (After that verb: "The survey shows that 41% of students renting privately reported damp" is the survey's.)
      const given = outer !== undefined && !SPEECH_CUES.has(outer.mention.cueLemma) && FIGURE_VERBS.has(best.mention.cueLemma) && n.expression.start >= best.mention.cueEnd && OBJECT_FIGURE.test(ba.block.prose.slice(best.mention.cueEnd, n.expression.start));
      if (outer && !given && !subordinateSpeaker(ba, n.sentence, outer, best)) best = outer;
    }
    // "added 48,300 jobs, far more than economists had expected, … the office said": those the figure is set against
    // are not its source; another source in the sentence is.
    if (best && afterThan(ba, best)) {
      const b = best;
      best = list.find((m) => m !== b && !holds(m) && !afterThan(ba, m));
    }
    // "The museum will return 11 masks after an investigation concluded they had been smuggled, the museum announced":
    // a source in a clause that a subordinating word opens after the figure speaks for that clause; another source of
    // the sentence speaks for the figure, if there is one (if not, that source stays: a cue anywhere in the sentence
    // attributes it, as claims-spec has it).
    if (best && inLaterSubordinateClause(ba.block.prose, n.expression.end, best)) {
      const b = best;
      best = list.find((m) => m !== b && !holds(m) && !inLaterSubordinateClause(ba.block.prose, n.expression.end, m)) ?? b;
    }
    // ("The student government estimated in a 2021 survey that …", "The council … found that 27% had failed …, up from
    // 18% in its previous survey": a survey a figure stands "in" that is the subject's own, right after its verb or
    // by "its", is where the subject's verb found the figure; the subject is the source.)
    if (best && standsIn(best)) {
      const b = best;
      const owner = list.find((m) => m !== b && !holds(m) && m.mention.cueLemma !== 'according to' && !m.mention.inverted && m.mention.cueEnd <= b.mention.cueStart && (OWN_SURVEY.test(b.mention.text) || ba.block.prose.slice(m.mention.cueEnd, b.mention.cueStart).trim() === ''));
      if (owner) best = owner;
    }
    if (best) {
      n.attribution = best.attribution;
      n.mention = best;
      n.path = 'sentence';
    }
  }
}

/** Words that subordinate a clause, as a pattern's alternatives. */
const SUBORDINATORS = 'after|when|before|once|because|since|until|although|though|while';
/** A word that subordinates right before a source ("after a tenant complained"). */
const SUBORDINATOR_BEFORE = new RegExp(`\\b(?:${SUBORDINATORS})\\s+$`);
/**
 * A clause a subordinating word opens right after a quote, up to a passive's "by" (`…" after their names were
 * published by`): its agent is no tag of the quote.
 */
const SUBORDINATE_AGENT_AFTER = new RegExp(`^[\\s*_]*,?\\s*(?:${SUBORDINATORS})\\s[^,;.:"\u201c\u201d]*\\bby\\s+$`);
/** A relative pronoun right before a cue ("which analysed"). */
const RELATIVE_BEFORE_CUE = /\b(?:which|who|that)\s+$/;
/** Up to "what" right before a source, after a figure, within the clause ("…, well below what"). */
const WHAT_CLAUSE = /^[^;:"\u201c\u201d]{0,60}\swhat\s+$/;
/** Words between a figure and a source that opens a relative clause after another noun ("fitted with airbags that "). */
// (Past a preposition and its noun, whose clause it is: not "the $2.55 a share that analysts had forecast", the figure's own.)
const OBJECT_RELATIVE = /^[^,;:"\u201c\u201d]{0,60}\s(?:with|of|in|for|on|at|from|to)\s[^,;:"\u201c\u201d]{0,40}\s(?:that|which|whom)\s+$/;

/** The last of the sentence's sources, cue and words, before offset `at`, that holds no figure. */
function lastBefore(list: readonly MentionRecord[], at: number, holds: (m: MentionRecord) => boolean): MentionRecord | undefined {
  let before: MentionRecord | undefined;
  for (const m of list) if (m.mention.cueEnd <= at && m.mention.end <= at && !holds(m)) before = m;
  return before;
}

/** Does the mention stand after a comma and close its sentence ("…, she said.")? */
function closingTag(ba: BlockAnalysis, m: MentionRecord): boolean {
  const s = ba.sentences[m.sentence];
  const prose = ba.block.prose;
  return s !== undefined && CLOSING_TAG_BEFORE.test(prose.slice(Math.max(0, m.mention.phraseStart - 3), m.mention.phraseStart)) && CLOSING_TAG_AFTER.test(prose.slice(m.mention.phraseEnd, s.end));
}
const CLOSING_TAG_BEFORE = /,\s*$/;
const CLOSING_TAG_AFTER = /^[^,;:]{0,40}$/;

/** The sentence's "according to" source that holds no figure, standing before offset `before` if given. */
function accordingTo(list: readonly MentionRecord[], holds: (m: MentionRecord) => boolean, before = Infinity): MentionRecord | undefined {
  return list.find((m) => m.mention.cueLemma === 'according to' && m.mention.start < before && !holds(m));
}

/**
 * Does `m` stand for what unnamed counters `b` recorded: a document ("Volunteers counted 212 pairs …, the survey
 * found"), or a body, role or person whose verb of speech follows them ("Volunteers recorded 186,450 items …, the
 * charity said"; not after a vague document's verb, "a new poll showing …")?
 */
function standsForCounters(m: MentionRecord, b: MentionRecord): boolean {
  if (m.attribution.kind === 'document') return true;
  const speaker = m.attribution.kind === 'organization' || m.attribution.kind === 'role' || m.attribution.kind === 'named';
  // (Unnamed people who counted are vague too, "Volunteers recorded"; a vague document is not theirs to stand for.)
  const vagueDocument = b.attribution.kind === 'vague' && DOCUMENT_NOUNS.has(lastPiece(b.attribution.source).toLowerCase());
  return speaker && !vagueDocument && m.mention.start > b.mention.cueEnd && SPEECH_CUES.has(m.mention.cueLemma);
}

/** Are the words people at large, a plural with no article: "Americans", "Britons", "residents", "consumers"? */
function peopleAtLarge(text: string): boolean {
  // (A lower-case copy only of a short word that opens with a capital: this is asked of every figure with a source.)
  return DEMONYM_PLURAL.test(text) || PEOPLE_AT_LARGE.has(text) || (text.length <= 12 && CAPITAL_FIRST.test(text) && PEOPLE_AT_LARGE.has(text.toLowerCase()));
}
const DEMONYM_PLURAL = /^\p{Lu}\p{Ll}+(?:ans|ons)$/u;
const CAPITAL_FIRST = /^[A-Z]/;
const PEOPLE_AT_LARGE = new Set(['people', 'adults', 'residents', 'consumers', 'respondents', 'voters', 'customers', 'shoppers', 'households', 'users', 'patients', 'taxpayers', 'homeowners', 'renters', 'tenants', 'drivers', 'travellers', 'travelers', 'passengers', 'borrowers', 'savers', 'investors']);

/** Words that open a clause of its own after a main clause ("after", "because", "while"; not "as", which attributes). */
const LATER_SUBORDINATORS = /\b(?:after|before|when|while|although|though|because|since|until|once|whereas|unless)\b(?![^,;]*[,;])/i;

/**
 * Does the source stand after a figure that ends at `end`, inside a clause opened by a subordinating word after the
 * figure and not closed by a comma before the source ("11 masks after an investigation concluded")?
 */
function inLaterSubordinateClause(prose: string, end: number, m: MentionRecord): boolean {
  // (Not a data set or "according to", which stand for the whole sentence: "… before slipping back to 39 percent in
  // Monday's poll".)
  if (m.mention.cueLemma === 'in' || m.mention.cueLemma === 'according to') return false;
  const start = Math.min(m.mention.start, m.mention.cueStart);
  return start >= end && LATER_SUBORDINATORS.test(prose.slice(end, start));
}

/**
 * Is the mention's verb of speech no report of its own: after a modal, what someone will do ("would add"), or a
 * request that someone do something ("asked the ministry to fund"), or an act of writing or speaking to someone ("had
 * written to the department three times"; counted when `addressed`)? Inside what a speaker says, it gives way to them.
 */
function notOwnReport(ba: BlockAnalysis, m: MentionRecord, addressed = true): boolean {
  return afterModal(ba, m.mention.cueStart) || requestAt(ba, m) || (addressed && ADDRESSED_TO.test(ba.block.prose.slice(m.mention.cueEnd, m.mention.cueEnd + 16)));
}

/** "to" and whom a verb of speech is addressed to, right after it ("written to the department"). */
const ADDRESSED_TO = /^ to (?:the|a|an|his|her|their|its|[A-Z])/;

/** Is the mention's cue a request that someone do something ("asked the ministry to fund")? See askedToDo. */
function requestAt(ba: BlockAnalysis, m: MentionRecord): boolean {
  if (m.mention.cueLemma !== 'ask') return false;
  const k = tokenAtOrAfter(ba.tokens, m.mention.cueStart);
  return k >= 0 && askedToDo(ba.tokens, k, ba.sentences[m.sentence]?.last ?? ba.tokens.length);
}

/**
 * The speaker whose verb of speech (or a document's verb of showing, with no speaker before it), before a verb in the
 * same sentence, reports what that verb says: the latest such before it, not across a joined clause ("The mayor said
 * she would cooperate, and the inspector general found …").
 */
function reportingSpeaker(ba: BlockAnalysis, list: readonly MentionRecord[], inner: MentionRecord, skip?: (m: MentionRecord) => boolean): MentionRecord | undefined {
  let outer: MentionRecord | undefined;
  for (let k = 0; k < list.length; k++) {
    const m = list[k];
    // (A document's verb frames what follows it only where no speaker's verb came before: "The museum said its records
    // show …, and that it had found "…"" is the museum's.)
    if (m !== inner && (SPEECH_CUES.has(m.mention.cueLemma) || (outer === undefined && m.attribution.kind === 'document' && DOCUMENT_FRAMES.has(m.mention.cueLemma))) && !m.mention.inverted && m.mention.cueEnd <= inner.mention.start && !(skip?.(m) ?? false)) outer = m;
  }
  return outer && !JOINS_CLAUSES.test(ba.block.prose.slice(outer.mention.cueEnd, inner.mention.start)) ? outer : undefined;
}

/** Up to four words before a figure that a verb takes as its object, none a preposition but "of" ("a loss of"). */
const OBJECT_FIGURE = /^\s*(?:(?!(?:on|in|at|for|to|from|by|with|over|after|before|since|during)\b)[\p{L}'’-]+\s+){0,4}$/u;

/** Verbs by which a document reports what another verb inside it says ("Court papers show she had reported …"). */
const DOCUMENT_FRAMES = new Set(['show', 'say', 'find', 'reveal', 'state']);

/** Does a comparison's "than" stand right before the mention's phrase ("more than economists had expected")? */
function afterThan(ba: BlockAnalysis, m: MentionRecord): boolean {
  const k = tokenAtOrAfter(ba.tokens, m.mention.start) - 1;
  if (k < 1 || ba.tokens[k].lower !== 'than' || m.mention.inverted) return false;
  // (Not "other than", "rather than": "No one other than the governor said".)
  const before = ba.tokens[k - 1].lower;
  if (COMPARATIVE_ENDING.test(before) && !NOT_COMPARATIVES.has(before)) return true;
  // "more jobs than economists predicted": "more", "less" or "fewer" and its noun.
  for (let p = k - 1; p >= 0 && k - p <= 3; p--) if (COMPARATIVES.has(ba.tokens[p].lower)) return true;
  return false;
}
const COMPARATIVES = new Set(['more', 'less', 'fewer']);
const COMPARATIVE_ENDING = /[a-z]er$/;
const NOT_COMPARATIVES = new Set(['other', 'rather', 'whether', 'either', 'neither', 'never', 'ever', 'under', 'over', 'after', 'sooner']);

/** A comma that ends the speaker's clause before the verb found for a figure, other than ", and that". */
const CLAUSE_COMMA = /,(?!\s*(?:and|but)\s+that\s)/;
/** Words that open a clause of their own: a speaker after one speaks inside it. */
const SUBORDINATE_OPENING = /\b(?:after|when|as|although|though|whereas|before|since|if|while|once|until|because|who|which)\b/i;

/**
 * Is the outer speaker inside a clause of its own that a comma closes before the verb found for the figure ("After
 * the governor said the state was broke, the auditor found $40 million"; "The mayor, who said nothing, watched as
 * police counted 300 ballots")?
 */
function subordinateSpeaker(ba: BlockAnalysis, sentence: number, outer: MentionRecord, inner: MentionRecord): boolean {
  if (!CLAUSE_COMMA.test(ba.block.prose.slice(outer.mention.cueEnd, inner.mention.start))) return false;
  const s = ba.sentences[sentence];
  return s !== undefined && SUBORDINATE_OPENING.test(ba.block.prose.slice(s.start, outer.mention.cueStart));
}

/** Verbs that make a figure: a body or document that estimates, projects or reports it is its source. */
const FIGURE_VERBS = new Set(['estimate', 'project', 'forecast', 'report', 'calculate', 'tally', 'count', 'find', 'show', 'predict', 'record']);

/** Is the mention a figure-making verb whose source is a body or a named document ("a Gallup poll", not "internal polling")? */
function madeByBody(m: MentionRecord): boolean {
  return FIGURE_VERBS.has(m.mention.cueLemma) && (m.mention.kind === 'organization' || (m.mention.kind === 'document' && CAPITAL.test(m.mention.text)));
}
const CAPITAL = /[A-Z]/;

/** A sentence's sources when it has none (shared: never added to). */
const NO_MENTIONS: MentionRecord[] = [];

/** A share of a group: a percentage, a fraction, a majority, "4 in 10". */
const SHARE = /%|percent|per cent|half|third|quarter|fifth|majority|minority|(?:\d|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out of)\s+(?:\d|ten|five|four|three)/;
/** Groups whose share says something in a survey. */
const GROUP_WORDS = new Set(['voters', 'respondents', 'people', 'adults', 'americans', 'residents', 'those', 'surveyed', 'polled', 'members', 'parents', 'students', 'teachers', 'workers', 'women', 'men', 'democrats', 'republicans', 'independents', 'they']);
/** Words that may stand between a share and the cue it is the subject of ("percent of likely Democratic voters"). */
// ("9 in 10 of his members had told a union survey": whose members they are, and the tense of their verb.)
const SHARE_LINKS = new Set(['percent', 'per', 'cent', 'who', 'of', 'the', 'all', 'likely', 'registered', 'voters', 'respondents', 'those', 'surveyed', 'polled', 'asked', 'them', 'people', 'adults', 'americans', 'residents', 'say', 'said', 'his', 'her', 'their', 'its', 'our', 'had', 'have', 'has']);

/**
 * Does the number at token `last` count the people whose cue follows — the share of a group that says something?
 * Then the group is not the number's source: the survey that asked them is.
 */
function countsSpeakers(ba: BlockAnalysis, last: number, m: MentionRecord): boolean {
  const cue = m.mention;
  if (cue.cueLemma === 'according to' || (cue.inverted && cue.name !== 'they') || cue.cueStart <= ba.tokens[last].end) return false;
  // The speakers are a group the share is of: voters, respondents, Democrats, "they".
  // (The plural before a place: "90% of pharmacists in Britain say".)
  const names = cue.name.split(/\s+/);
  const placed = names.findIndex((w, i) => i > 0 && PLACE_OF_PLURAL.has(w));
  const head = (placed > 0 ? names[placed - 1] : names[names.length - 1]) ?? '';
  // (Or any people a plural in lower case names, a role's or unnamed: "58 per cent of survivors who had reported".)
  const group = GROUP_WORDS.has(head.toLowerCase()) || cue.name === 'they' || (/^\p{Lu}/u.test(head) && /s$/.test(head) && m.attribution.kind !== 'organization') || (/^\p{Ll}+s$/u.test(head) && (m.attribution.kind === 'role' || m.attribution.kind === 'vague'));
  if (!group) return false;
  let first = last;
  while (first > 0 && ba.tokens[first - 1].kind !== 'punct' && ba.tokens[last].start - ba.tokens[first - 1].start < 40) first--;
  // Only a share of a group: a small count of speakers ("Two officials said") is their attribution, not a finding.
  const share = SHARE.test(ba.block.prose.slice(ba.tokens[first].start, ba.tokens[last].end).toLowerCase());
  if (!share) return false;
  let k = last + 1;
  let words = 0;
  while (k < ba.tokens.length && ba.tokens[k].start < cue.cueStart) {
    const t = ba.tokens[k];
    // Between the share and its verb only the group it is of, or a figure in apposition ("two-thirds, 67 percent,").
    const appositive = t.text === ',' && (ba.tokens[k + 1]?.kind === 'number' || ba.tokens[k - 1]?.text === 'percent' || ba.tokens[k - 1]?.text === '%') && ba.tokens[k + 1]?.start < cue.start;
    if (t.kind === 'punct' ? !appositive && t.text !== '%' : !(t.kind === 'number' || SHARE_LINKS.has(t.lower) || (t.start >= cue.start && t.end <= cue.end) || (t.capitalized && /s$/.test(t.text)))) return false;
    if (++words > 8) return false;
    k++;
  }
  return true;
}

/** Multi-paragraph quotes share the attribution any of their parts has. */
export function linkRuns(blocks: BlockAnalysis[]): void {
  // Loops by index: one call reads the whole draft, unoptimised at first, where each step of a for…of made an
  // iterator result.
  for (let b = 0; b < blocks.length; b++) {
    const { quotes } = blocks[b];
    for (let k = 0; k < quotes.length; k++) {
      const q = quotes[k];
      if (q.run !== q || q.parts.length < 2) continue;
      // A part attributed in its own sentence outranks one that only continues a turn or carries a note.
      const source = q.parts.find((p) => p.attribution && p.path === 'sentence') ?? q.parts.find((p) => p.attribution && p.path !== 'note');
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
