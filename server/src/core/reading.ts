/**
 * What a paragraph says on its own, before anything earlier in the draft is known — tokens, sentences, quotation
 * marks, numbers, cues and sources, names — and the cache that lets an editor reuse it between keystrokes.
 */
import type { Block } from './markdown';
import type { EngineSettings } from './types';
import { BASED, findSources, MIDDLE_INITIAL, nationalBody, personNameIn, titleDot, type AttributionLexicon, type SourceMention } from './text/attribution';
import { BRITISH_TITLES, CUE_FORMS, DETERMINERS, INTEREST_WORDS, KIN, NAME_PARTICLES, NAME_TITLES, ORG_NAME_WORDS, ORG_NOUNS, ROLE_NOUNS, SENTENCE_STARTERS, TITLE_WORDS } from './text/lexicon';
import { AGE_WORD, AGED, COUPLE, isGivenName } from './text/names';
import { findNumbers, type NumberExpression } from './text/numbers';
import { findQuoteMarks, isDirectQuote, type QuoteSpan } from './text/quotes';
import { sentenceSpans } from './text/sentences';
import { itemAt, lastStartingAtOrBefore } from './text/spans';
import { reuseTokens, tokenizeAt, tokenList, type Token } from './text/tokens';
import { KeptLists, KeptObjects } from './text/kept';
import { endsWithPossessive, isRegExpSpace, isUpperCase, isWordLetter, pieceCount, withoutPossessive } from './text/words';

// Patterns of the tests below, made once (a pattern written in a function is a new object each time it is reached).
const SPACES = /\s+/;
/** An article that opens a name or phrase (a role's or body's phrase is read without it). */
export const ARTICLE = /^(?:the|a|an)\s+/i;

/** A sentence of a block: prose offsets and the range of its tokens. */
export interface Sentence {
  start: number;
  end: number;
  first: number;
  last: number;
}

/**
 * A sentence as a paragraph's reading holds it: with its mentions, their words, the people it names and its
 * numbers. They are kept on the sentence rather than in four lists per paragraph indexed by sentence: the lists were
 * about 28 MB of the bytes the engine allocated over the White House corpus, the four fields a sentence about 8 MB.
 */
export interface ReadSentence extends Sentence {
  mentions: SourceMention[];
  /** The words of each mention, in the same order. */
  mentionWords: MentionWords[];
  named: Named[];
  numbers: NumberExpression[];
}

/** The engine's word lists extended by the house settings. */
export function lexiconOf(settings: EngineSettings): AttributionLexicon {
  return {
    cues: new Set(settings.cues.map((c) => c.toLowerCase())),
    vague: settings.vagueSources.map((v) => v.toLowerCase().split(/\s+/).filter(Boolean)).filter((v) => v.length > 0),
    known: new Set(settings.knownSources),
  };
}

/** Does prose[start, end) hold a digit, a double quotation mark or a word of interest? */
type InterestTest = (prose: string, start: number, end: number) => boolean;

const interestTests = new Map<string, InterestTest>();

/**
 * A test for sentences worth reading word by word: a digit, a quotation mark, or a word that can be a cue, a
 * source, a passive, a number, a ranking or the maker of a figure ("prepared by"). The others are only scanned for
 * names.
 */
function interestOf(lexicon: AttributionLexicon): InterestTest {
  // A draft's paragraphs share one lexicon: its test is found once, not by building its key again for each paragraph.
  if (lexicon === lastLexicon && lastTest !== null) return lastTest;
  const extra = [...lexicon.cues, ...lexicon.vague.map((v) => v[v.length - 1]), ...lexicon.known];
  const key = extra.join('\u0000');
  let test = interestTests.get(key);
  if (!test) {
    const words = [...new Set([...INTEREST_WORDS, ...extra.flatMap((w) => [w, w.toLowerCase(), w[0].toUpperCase() + w.slice(1)])])];
    test = words.every((w) => /^[A-Za-z]+$/.test(w)) ? scanFor(words) : patternFor(words);
    if (interestTests.size > 16) interestTests.clear();
    interestTests.set(key, test);
  }
  lastLexicon = lexicon;
  lastTest = test;
  return test;
}

let lastLexicon: AttributionLexicon | null = null;
let lastTest: InterestTest | null = null;

/** The test as one regular expression: words of any characters (a house source such as "New York Times"). */
function patternFor(words: string[]): InterestTest {
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`[\\d"\u201c\u201d]|\\b(?:${escaped.join('|')})\\b`);
  return (prose, start, end) => pattern.test(prose.slice(start, end));
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * The same test as patternFor when every word is made of ASCII letters, in one pass over the character codes: a
 * word of interest matches exactly where a maximal run of ASCII word characters ([A-Za-z0-9_], what \b separates)
 * equals it, so each run is hashed as it is read and compared only with the words of its hash. A CPU profile of the
 * engine over the White House corpus had the regular expression at 3.5% of the time.
 */
function scanFor(words: string[]): InterestTest {
  const byHash = new Map<number, string[]>();
  // One bit per low 16 bits of a word's hash: most runs are no word of interest, and a bit test is cheaper than a look-up.
  const maybe = new Uint8Array(1 << 13);
  for (const w of words) {
    let h = FNV_OFFSET;
    for (let k = 0; k < w.length; k++) h = Math.imul(h ^ w.charCodeAt(k), FNV_PRIME);
    h &= 0x3fffffff;
    maybe[(h & 0xffff) >>> 3] |= 1 << (h & 7);
    const bucket = byHash.get(h);
    if (bucket) bucket.push(w);
    else byHash.set(h, [w]);
  }
  return (prose, start, end) => {
    let i = start;
    while (i < end) {
      const c = prose.charCodeAt(i);
      if ((c >= 48 && c <= 57) || c === 34 || c === 0x201c || c === 0x201d) return true;
      if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) {
        i++;
        continue;
      }
      const runStart = i;
      let h = FNV_OFFSET;
      for (; i < end; i++) {
        const k = prose.charCodeAt(i);
        if (k >= 48 && k <= 57) return true;
        if (!((k >= 65 && k <= 90) || (k >= 97 && k <= 122) || k === 95)) break;
        h = Math.imul(h ^ k, FNV_PRIME);
      }
      if ((maybe[(h & 0xffff) >>> 3] & (1 << (h & 7))) === 0) continue;
      const bucket = byHash.get(h & 0x3fffffff);
      if (bucket) for (const w of bucket) if (w.length === i - runStart && prose.startsWith(w, runStart)) return true;
    }
    return false;
  };
}

/** Capitalised words and runs of them (with name particles), where names stand. */
const NAME_RUNS = /[\p{Lu}][\p{L}\p{M}'’.\-]*(?:\s+(?:(?:of|de|van|von|der|den|bin|ibn|al|el|la|le|du|da|dos|di|del)\s+)*[\p{Lu}][\p{L}\p{M}'’.\-]*)*/gu;

/** The same runs, matched only where one starts. */
const NAME_RUN_AT = new RegExp(NAME_RUNS.source, 'uy');
const UPPER = /\p{Lu}/u;

/** Where the run nameRunFrom found last ends. */
let runEnd = 0;

/**
 * Where the first name run that starts at or after `from` starts, as NAME_RUNS finds it (its end in runEnd); -1 when
 * none starts before `end`. A run starts exactly at an upper-case letter, so the letter is found by character codes
 * and the pattern runs only there (a CPU profile of the engine over the White House corpus had the pattern's search
 * at 2.5% of the time), and is tested rather than executed, so that no match object is made (1% of the bytes the
 * engine allocated). Surrogate pairs are left to the pattern's own search.
 */
function nameRunFrom(prose: string, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    const c = prose.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) return runAt(prose, i);
      continue;
    }
    if (c >= 0x2000 && c <= 0x206f) continue; // general punctuation: dashes, curly quotes, spaces
    if (c >= 0xd800 && c <= 0xdfff) {
      NAME_RUNS.lastIndex = from;
      const m = NAME_RUNS.exec(prose);
      if (!m) return -1;
      runEnd = m.index + m[0].length;
      return m.index;
    }
    if (UPPER.test(prose[i])) return runAt(prose, i);
  }
  return -1;
}

/** The name run that starts at i (an upper-case letter), its end in runEnd; -1 if there is none. */
function runAt(prose: string, i: number): number {
  const end = nameRunEnd(prose, i);
  if (end !== -1) {
    runEnd = end;
    return i;
  }
  NAME_RUN_AT.lastIndex = i;
  if (!NAME_RUN_AT.test(prose)) return -1;
  runEnd = NAME_RUN_AT.lastIndex;
  return i;
}

/** What NAME_RUNS makes of each character code: NAME_UPPER for \p{Lu}, NAME_WORD for [\p{L}\p{M}'’.\-], NAME_KNOWN once asked. */
const NAME_CODES = new Uint8Array(0x10000);
const NAME_UPPER = 1;
const NAME_WORD = 2;
const NAME_KNOWN = 4;
const NAME_WORD_CHAR = /[\p{L}\p{M}'’.\-]/u;

/** NAME_CODES of a character code that is no surrogate, filled in as codes are met. */
function nameCode(c: number): number {
  let known = NAME_CODES[c];
  if (known === 0) {
    const ch = String.fromCharCode(c);
    NAME_CODES[c] = known = NAME_KNOWN | (UPPER.test(ch) ? NAME_UPPER : 0) | (NAME_WORD_CHAR.test(ch) ? NAME_WORD : 0);
  }
  return known;
}

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/** The name particles of NAME_RUNS, each as a number made of its two or three letters' codes (see particleEnd). */
const PARTICLE_KEYS = new Set(
  ['of', 'de', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'du', 'da', 'dos', 'di', 'del'].map((w) => {
    let key = 0;
    for (let k = 0; k < w.length; k++) key = key * 128 + w.charCodeAt(k);
    return key;
  }),
);

/** Where the white space after a name particle at q ends (NAME_RUNS' `(?:of|de|…)\s+`); -1 if none stands there. */
function particleEnd(prose: string, q: number): number {
  const n = prose.length;
  let r = q;
  let key = 0;
  for (; r < n && r - q < 3; r++) {
    const c = prose.charCodeAt(r);
    if (c < 97 || c > 122) break;
    key = key * 128 + c;
  }
  if (r - q < 2 || r >= n || !isRegExpSpace(prose.charCodeAt(r)) || !PARTICLE_KEYS.has(key)) return -1;
  do r++;
  while (r < n && isRegExpSpace(prose.charCodeAt(r)));
  return r;
}

/** Where NAME_RUNS' `[\p{L}\p{M}'’.\-]*` from j ends; -1 at a surrogate (left to the pattern). */
function nameWordEnd(prose: string, j: number): number {
  for (; j < prose.length; j++) {
    const c = prose.charCodeAt(j);
    if (isSurrogate(c)) return -1;
    if ((nameCode(c) & NAME_WORD) === 0) return j;
  }
  return j;
}

/**
 * Where the name run that starts at i (an upper-case letter) ends, as NAME_RUN_AT reads it, by character codes: the
 * pattern, run at every capital of a sentence read only for its names, was about 1.5% of the engine's time in a CPU
 * profile over the White House corpus. -1 when a surrogate is met (a pair is one character to the pattern).
 */
function nameRunEnd(prose: string, i: number): number {
  const n = prose.length;
  let end = nameWordEnd(prose, i + 1);
  while (end !== -1) {
    // Another word of the run: white space, any particles, then a capital.
    let q = end;
    if (q >= n || !isRegExpSpace(prose.charCodeAt(q))) return end;
    do q++;
    while (q < n && isRegExpSpace(prose.charCodeAt(q)));
    for (let p = particleEnd(prose, q); p !== -1; p = particleEnd(prose, q)) q = p;
    if (q >= n) return end;
    const c = prose.charCodeAt(q);
    if (isSurrogate(c)) return -1;
    if ((nameCode(c) & NAME_UPPER) === 0) return end;
    end = nameWordEnd(prose, q + 1);
  }
  return -1;
}

/**
 * Tokens around the names of a sentence that needs no full reading: a word before, the run, a few after; written
 * into `into` from `at` on, as tokenizeAt does. Gives the index after the last.
 */
function nameTokens(prose: string, start: number, end: number, into: Token[], at: number, reuse: boolean): number {
  let n = at;
  let done = start;
  let stop = 0;
  for (let at = nameRunFrom(prose, start, end); at !== -1 && at < end; at = nameRunFrom(prose, Math.max(stop, done), end)) {
    stop = runEnd;
    let from = at;
    while (from > done && from > start && prose[from - 1] === ' ') from--;
    while (from > done && from > start && prose[from - 1] !== ' ') from--;
    // (A name set off by a comma, or a run a name set off follows: the few words before it, which may be the role the
    // name holds, "The curator, Dr. Kofi Bright,", "A court has jailed the mayor of Kigoma, Rehema Mushi,".)
    const setOff = (at - 2 >= start && prose.charCodeAt(at - 1) === 32 && prose.charCodeAt(at - 2) === 44) || (stop + 2 < end && prose.charCodeAt(stop) === 44 && prose.charCodeAt(stop + 1) === 32 && isUpperCode(prose.charCodeAt(stop + 2)));
    if (setOff) {
      for (let words = 0; words < 5 && from > done && from > start; words++) {
        from--;
        while (from > done && from > start && prose[from - 1] === ' ') from--;
        while (from > done && from > start && prose[from - 1] !== ' ') from--;
      }
    }
    // A window of a few characters after the run, stretched to the end of the word it stops in ("Lopez", not "Lope").
    let to = Math.min(end, stop + 16);
    // (And past a hyphen inside it: "Khatib-Haddad", not "Khatib".)
    while (to < end && (WORDY.test(prose[to]) || (prose[to] === '-' && to + 1 < end && WORDY.test(prose[to + 1])))) to++;
    // (And a comma right after it: "Keele's granddaughter, Isla, stood" sets the name off.)
    if (to < end && prose.charCodeAt(to) === 44) to++;
    n = tokenizeAt(prose, Math.max(from, done), to, into, n, reuse);
    done = to;
  }
  return n;
}

const WORDY = /[\p{L}\p{N}]/u;

/** Is the character code an ASCII capital? */
const isUpperCode = (c: number): boolean => c >= 65 && c <= 90;

/**
 * Does prose[start, end) hold a letter or digit (WORDY)? ASCII is read by character code; from the first other
 * character on, the pattern decides (most sentences open with an ASCII letter, and no copy of them is made).
 */
function hasWordChar(prose: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = prose.charCodeAt(i);
    if (c >= 128) return WORDY.test(prose.slice(i, end));
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  }
  return false;
}

/**
 * Who a sentence names, in order: people, and lone capitalised words that are people only when the surname of
 * someone already named. Such a word is mostly kept as its token (see NamedCandidate's surnameOnly).
 */
export type Named = NamedCandidate | Token;

/** A person named in a sentence, before the register decides whether a lone surname is someone it knows. */
export interface NamedCandidate {
  name: string;
  start: number;
  end: number;
  hints: string[];
  /**
   * A single capitalised word: a person only when it is the surname of someone already named. Only such a word
   * named as whom the speaker addresses is a candidate of its own; the others are their tokens, whose name and key
   * are worked out when met (a candidate for each was 28 MB of the bytes the engine allocated over the White House
   * corpus, and few of them are anyone's surname).
   */
  surnameOnly: boolean;
  /** The name as the register looks surnames up (lower-case, no possessive). */
  key: string;
  /** Named as whom the speaker addresses ("Speaking to Martin Smith of PBS, he said"): no one "he" stands for here. */
  addressee: boolean;
}

/**
 * What a paragraph says on its own, before anything earlier in the draft is known: tokens, sentences, quotation
 * marks, numbers, cues and sources, and names. It depends only on the prose and the settings, so an editor can
 * reuse it for every paragraph a keystroke did not touch.
 */
export interface LocalReading {
  tokens: Token[];
  /** The sentences, each with what it says (see ReadSentence). */
  sentences: ReadSentence[];
  marks: ReturnType<typeof findQuoteMarks>;
  /** For each quote span: a direct quote (true) or a label; a continued multi-paragraph quote is direct anyway. */
  direct: boolean[];
  /** What rules work out about the paragraph on its own, kept with the reading (and so between keystrokes). */
  memo: ParagraphMemo;
}

/** Per-paragraph results of rules that depend only on the paragraph (a field added here is reset in keptReading). */
export interface ParagraphMemo {
  /** anonymous-source-reason: which sentences hold a word every anonymity phrase contains. */
  anonymityGates?: boolean[];
  /** Does the paragraph's first sentence say someone would not speak (see subjectOpening in records.ts)? */
  declinesComment?: boolean;
}

/** What a mention's words say about its source: computed with the paragraph's reading, so cached with it. */
export interface MentionWords {
  /** For people: the titles before the name and the appositive after it. */
  descriptors: string[];
  /** For roles and bodies: the phrase without its article, and its words. */
  phrase: string;
  phraseWords: string[];
}

/** The words of a mention, for resolving it. */
export function mentionWords(m: SourceMention, tokens: Token[]): MentionWords {
  // Only names, roles and bodies are resolved by their words (most mentions are names and pronouns): the others
  // share empty lists, and only roles and bodies have their phrase worked out.
  const described = m.kind === 'role' || m.kind === 'organization' || m.kind === 'vague';
  const phrase = described ? m.name.replace(ARTICLE, '') : m.name;
  return {
    descriptors: m.kind === 'named' ? descriptorsOf(tokens, m) : NO_STRINGS,
    phrase,
    phraseWords: described ? phrase.toLowerCase().split(SPACES) : NO_STRINGS,
  };
}

/** The words of a mention whose words are not read (shared, never added to). */
const NO_STRINGS: string[] = [];

/** Words of bodies' names that are also surnames ("Mayor Don Guardian", "Rep. Jim Banks"). */
const SURNAMES_OF_BODIES = new Set(['Guardian', 'Banks', 'Press', 'Fox', 'Mirror']);
/** Words before a body's name, not a person's: "at Lincoln Press", "the Harper Mirror". */
const PLACE_LEADS = new Set(['the', 'at', 'of', 'from', 'in', 'on', 'to', 'for', 'by']);

/**
 * Words that join names and are no part of one, capitalised where a sentence opens ("And Obama, for all the progress
 * …") or in a headline in title case ("Between Bernie Sanders And Hillary Clinton" names two people).
 */
const NAME_JOINERS = new Set(['And', 'Or', 'But']);
/**
 * In a headline, its capitalised prepositions too ("Rand Paul At The GOP Debate"); in prose only where they open the
 * sentence ("In December, Prince Alwaleed …"; "Vietnamese leader To Lam" is a name).
 */
const HEADLINE_JOINERS = new Set([...NAME_JOINERS, 'Versus', 'Vs', 'Between', 'With', 'Against', 'At', 'In', 'On', 'For', 'To', 'From', 'By', 'About', 'After', 'Over']);

/**
 * The words that describe a named person: the role set before the name, the mention's words before the name
 * (lower-case), and the appositive after it; in one list made at its length.
 */
function descriptorsOf(tokens: Token[], m: SourceMention): string[] {
  const preposed = preposedWords(tokens, m.start);
  // The mention's words before the name, read in place (`m.text.split(/\s+/)`'s first pieces).
  const titles = Math.max(0, pieceCount(m.text) - pieceCount(m.name));
  const appositive = appositiveWords(tokens, m);
  const out = new Array<string>(preposed.length + titles + appositive.length);
  let n = 0;
  for (const w of preposed) out[n++] = w;
  for (let k = 0, at = 0; k < titles; k++) {
    const space = spaceFrom(m.text, at);
    out[n++] = m.text.slice(at, space).toLowerCase();
    at = space;
    while (at < m.text.length && isRegExpSpace(m.text.charCodeAt(at))) at++;
  }
  for (const w of appositive) out[n++] = w;
  return out;
}

/** Where the piece of s from `at` ends: the next white space (as \s matches it), or the end. */
function spaceFrom(s: string, at: number): number {
  let i = at;
  while (i < s.length && !isRegExpSpace(s.charCodeAt(i))) i++;
  return i;
}

// Patterns of the tests below, made once (a pattern written in a function is a new object each time it is reached).
const CLAUSE_MARK = /^[,.;:]$/;
const RELATIVE_PRONOUN = /^(?:who|whose|which|that|whom)$/;
const AGENT_NOUN = /(?:[^aeiou]er|ist|man|woman)$/;
const AGE = /^\d{1,3}$/;

/** Determiners that open a role set before a name ("His daughter, Dr. Ruth Platt,"; "The new governor, Alexander Moor,"). */
const ROLE_OPENERS = new Set(['the', 'his', 'her', 'their', 'its', 'a', 'an']);
/** Possessive determiners. */
const OWNERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Roles a person holds beside those of the role list ("His counterpart, Davlat Nazarzoda,"). */
const HELD_ROLES = new Set(['counterpart', 'barrister', 'solicitor', 'successor', 'predecessor', 'deputy']);

/**
 * Words of a role set in apposition before a name at a sentence's or clause's start ("Her stepson, Paul Achterberg,
 * confirmed"): they describe the person, so that "the stepson" later stands for him.
 */
function preposedWords(tokens: Token[], nameStart: number): string[] {
  let k = lastStartingAtOrBefore(tokens, nameStart - 1, (t) => t.start);
  // Back over a title left out of the name ("Dr. Ruth Platt").
  while (k > 1 && (NAME_TITLES.has(tokens[k].text) || (tokens[k].text === '.' && NAME_TITLES.has(tokens[k - 1].text)))) k--;
  // (And over a role in lower case: "Her main challenger, councillor Tomasz Wierzbicki,".)
  if (k > 1 && tokens[k].kind === 'word' && !tokens[k].capitalized && ROLE_NOUNS.has(tokens[k].lower)) k--;
  if (k < 1 || tokens[k].text !== ',') return [];
  const end = k;
  // (A count inside the role: "His wife of 56 years, Maureen,".)
  while (k > 0 && end - k < 6 && (tokens[k - 1].kind === 'word' || tokens[k - 1].kind === 'number') && !CLAUSE_MARK.test(tokens[k - 1].text)) k--;
  const first = tokens[k];
  const before = tokens[k - 1];
  // (A possessive name opens one too: "Finland's environment minister, Juha Kettunen,".)
  const opener = ROLE_OPENERS.has(first.lower) || (first.capitalized && endsWithPossessive(first.text));
  if (!opener || !opensClauseAfter(before)) {
    // ("The Minister for Housing, Planning and Local Government, Ciarán Dolan,", "A spokeswoman for the Independent
    // Electoral and Boundaries Commission, Wanjiru Kamau,", "The senior coroner for South Yorkshire (East), Dr. Helen
    // Rowbotham,": a longer role, whose office may list its parts or place itself in brackets.)
    const long = longRoleStart(tokens, end);
    if (long >= 0) return roleWords(tokens, long, end);
    // ("A court has jailed the mayor of Kigoma, Rehema Mushi,": a role with "the" as the verb's object.)
    let the = end - 1;
    while (the > k && tokens[the].lower !== 'the') the--;
    if (tokens[the].lower !== 'the' || the === k || !ROLE_NOUNS.has(tokens[the + 1]?.lower ?? '')) return [];
    // (Not a clause of its own: "As the Secretary noted, Senator McConnell …".)
    for (let w = the + 1; w < end; w++) if (CUE_FORMS.has(tokens[w].lower)) return [];
    k = the;
  }
  return tokens.slice(k, end).map((t) => t.lower);
}

const QUOTE_CLOSERS = new Set(['"', '\u201d']);

/** Does a word after this token open a sentence or a clause (nothing, a comma, a full stop, a closing quote before it)? */
function opensClauseAfter(before: Token | undefined): boolean {
  return before === undefined || before.text === ',' || before.text === '.' || QUOTE_CLOSERS.has(before.text);
}

/** How many tokens a long role set before a name may hold. */
const LONG_ROLE = 16;

/**
 * Where a long role set before a name opens, the comma after it being at `end`: a determiner at the sentence's or a
 * clause's start, then words, capitals listed with commas ("Housing, Planning and Local Government") and a place in
 * brackets ("(East)"), with a role's noun among them; -1 when there is none.
 */
function longRoleStart(tokens: Token[], end: number): number {
  let role = false;
  for (let k = end - 1; k >= 0 && end - k <= LONG_ROLE; k--) {
    const t = tokens[k];
    if (t.kind === 'word') {
      const before = tokens[k - 1];
      if (ROLE_OPENERS.has(t.lower) && opensClauseAfter(before)) return role && end - k > 2 ? k : -1;
      if (!t.capitalized && ROLE_NOUNS.has(t.lower)) role = true;
      else if (t.capitalized && ROLE_NOUNS.has(t.lower) && k + 1 < end && OFFICE_LINKS.has(tokens[k + 1].lower)) role = true;
      // (Nothing else in lower case: a verb or a noun of its own is another clause.)
      else if (!t.capitalized && !ROLE_LINKS.has(t.lower) && !TITLE_PREFIXES.has(t.lower)) return -1;
      continue;
    }
    if (t.kind === 'number') continue;
    // (A comma between capitals of one office: "Housing, Planning"; brackets around a capital: "(East)".)
    if (t.text === ',' && k > 0 && tokens[k - 1].capitalized && tokens[k + 1]?.capitalized) continue;
    if ((t.text === '(' && tokens[k + 1]?.capitalized && tokens[k + 2]?.text === ')') || (t.text === ')' && tokens[k - 1]?.capitalized && tokens[k - 2]?.text === '(')) continue;
    return -1;
  }
  return -1;
}

/** Words after a role's title that say what it is of or for ("Minister for Housing", "Secretary of State"). */
const OFFICE_LINKS = new Set(['for', 'of', 'to']);
/** Words in lower case a long role may hold besides its noun ("the senior coroner for", "Finance and the"). */
const ROLE_LINKS = new Set([...OFFICE_LINKS, 'and', 'the', 'on', 'at', 'in', 'senior', 'chief', 'junior', 'principal', 'general', 'national', 'regional', 'local', 'state', 'federal']);

/** The role's words, in lower case, without marks. */
function roleWords(tokens: Token[], from: number, end: number): string[] {
  const words: string[] = [];
  for (let k = from; k < end; k++) if (tokens[k].kind !== 'punct') words.push(tokens[k].lower);
  return words;
}

/** A finite form of a verb of speech, past or present ("said", "told", "wrote", "says", "added"). */
const SPOKEN_FORM = /^(?:said|told|wrote|says|tells|writes|\w+ed)$/;

/** Is the token a title in capitals ("President", "Sen", "Pope")? */
const titled = (u: Token | undefined): boolean => u !== undefined && u.capitalized && (ROLE_NOUNS.has(u.lower) || NAME_TITLES.has(u.text));

/** Words that open a title before its noun ("Vice President", "Deputy Secretary", "Lt. Gov."). */
const TITLE_PREFIXES = new Set(['vice', 'deputy', 'lieutenant', 'lt', 'acting', 'former', 'first', 'assistant', 'associate']);

/**
 * Where the words after a name that may describe its person end: seven tokens on, or before another person's title
 * ("Bernie Sanders met privately with Pope Francis": "pope" describes Francis, not Sanders).
 */
function hintsEnd(tokens: Token[], e: number): number {
  const end = Math.min(tokens.length, e + 8);
  for (let k = e + 1; k < end; k++) {
    const t = tokens[k];
    // (A colon or a semicolon ends what describes the name: "**Entrepreneurship Program:** The Vice President …".)
    if (t.text === ':' || t.text === ';') return k;
    // (So does a comma before a clause with its own verb of speech: "12,907 for Andrew Pell, the returning officer
    // announced" says nothing of Pell.)
    if (t.text === ',' && clauseOfSpeech(tokens, k + 1, end)) return k;
    // (And "whose": "Sheila Brannigan, whose son Connor died …" says who her son is, not who she is.)
    if (t.lower === 'whose') return k;
    if (t.kind === 'word' && !t.capitalized) {
      // (And "according to": "over the Conservative candidate, Geoffrey Alcott, according to the returning officer".)
      if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') return k;
      // (So does a verb of speech right after the name, its own: "Judge Anne Corbett said the zoo had …" says nothing
      // of her after it; or after a comma, before its subject: "…, Andrew Pell, said the returning officer".)
      if ((k === e + 1 || tokens[k - 1].text === ',') && CUE_FORMS.has(t.lower) && SPOKEN_FORM.test(t.lower)) return k;
    }
    if (t.kind !== 'word' || !(titled(t) || (t.capitalized && TITLE_PREFIXES.has(t.lower) && titled(tokens[k + 1])))) continue;
    // (A person's name after it, past more of the title, not a body's: "Pope Francis", "Sen. Warren", "Vice President
    // Harris"; not "the State Department".)
    let n = k + 1;
    while (n < end + 2 && n < tokens.length && (tokens[n].text === '.' || (tokens[n].capitalized && (NAME_TITLES.has(tokens[n].text) || ROLE_NOUNS.has(tokens[n].lower))))) n++;
    const name = tokens[n];
    if (name !== undefined && name.kind === 'word' && name.capitalized && !ORG_NAME_WORDS.has(name.text)) {
      // (Nor the capitals of that title's run: "Ray Colter endorsed Virginia Gov. Amy Wade" leaves Virginia to her.)
      while (k - 1 > e && tokens[k - 1].kind === 'word' && tokens[k - 1].capitalized) k--;
      return k;
    }
  }
  return end;
}

/** Do the words from k to a sentence's end make a clause of speech ("the returning officer announced.")? */
function clauseOfSpeech(tokens: Token[], k: number, end: number): boolean {
  for (let j = k; j < end && j < tokens.length; j++) {
    const t = tokens[j];
    if (t.kind !== 'word') return false;
    if (!t.capitalized && CUE_FORMS.has(t.lower)) return j > k && (j + 1 >= tokens.length || tokens[j + 1].text === '.');
  }
  return false;
}

/** Words of the appositive right after a name ("Goulet, the French senator,"), which may tell gender. */
function appositiveWords(tokens: Token[], m: SourceMention): string[] {
  const i = lastStartingAtOrBefore(tokens, m.end - 1, (t) => t.start) + 1;
  // A relative clause ("Kimura, who coached her", "Hunter, whose wife …") describes others as well: only a noun
  // phrase in apposition ("Goulet, the French senator,") describes the person.
  if (i >= tokens.length || tokens[i].text !== ',' || RELATIVE_PRONOUN.test(tokens[i + 1]?.lower ?? '')) return [];
  // The appositive ends at its comma; a verb right after the name ("Tanya Harris, said her son …") opens none.
  if (CUE_FORMS.has(tokens[i + 1]?.lower ?? '')) return [];
  const words: string[] = [];
  for (let k = i + 1; k < tokens.length && k < i + 8 && !APPOSITIVE_ENDS.has(tokens[k].text); k++) words.push(tokens[k].lower);
  return words;
}

/** Marks that close an appositive: what follows speaks of others ("Harris, a teacher, told them the boys …"). */
const APPOSITIVE_ENDS = new Set([',', ';', '.', ':', '"', '\u201c', '\u201d', '(', ')']);

/** Paragraph readings kept between lint runs of one draft (see lint's cache argument). */
export class AnalysisCache {
  private current = new Map<string, LocalReading>();
  private next = new Map<string, LocalReading>();
  private settingsKey = '';

  /** The reading of a block under these settings, computed once. */
  reading(block: Block, settings: EngineSettings, lexicon: AttributionLexicon): LocalReading {
    // Plain paragraphs, by far the most, are keyed by their prose alone (no copy of the text to build a key).
    const key = block.kind === 'paragraph' && !block.footnoteDefinition ? block.prose : `${block.kind}\u0000${block.footnoteDefinition ? 1 : 0}${block.header ? 1 : 0}\u0000${block.prose}`;
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

const quoteOpen = (q: QuoteSpan): number => q.open;

/**
 * Reads a paragraph on its own (see LocalReading). With `reuse`, its tokens come from the pool tokenizeAt keeps
 * between drafts: only for a reading no one keeps past the next draft's (none of a cache).
 */
export function readLocally(block: Block, settings: EngineSettings, lexicon: AttributionLexicon, reuse = false): LocalReading {
  const prose = block.prose;
  // Tokens are read into a list kept between paragraphs and copied out at their number: a list of its own grown from
  // empty left a copy of the tokens behind at each doubling (31 MB of 868 MB in a heap profile of the engine over
  // 2,500 White House files).
  const scratch = tokenScratch;
  let count = 0;
  // The sentences are made with room for their token ranges, and the per-sentence lists below with their length:
  // copies of the spans, and lists grown from empty (four per paragraph), were most of the 64 MB readLocally
  // allocated itself in a heap profile of the engine over 2,500 White House files.
  const sentences = reuse ? sentenceSpans(prose, keptSentence, keptSentenceList) : sentenceSpans(prose, newSentence);
  const interest = interestOf(lexicon);
  for (const s of sentences) {
    s.first = count;
    // A sentence without a letter or digit holds no claim and no source: it needs no tokens. One with no digit,
    // quotation mark or word of interest holds no claim or cue either: only its names are read.
    if (hasWordChar(prose, s.start, s.end)) {
      if (block.kind === 'heading' || interest(prose, s.start, s.end)) count = tokenizeAt(prose, s.start, s.end, scratch, count, reuse);
      else count = nameTokens(prose, s.start, s.end, scratch, count, reuse);
    }
    s.last = count;
  }
  const tokens = tokenList(scratch, count, reuse);
  // A very long paragraph's list is not kept, nor the tokens it still holds.
  if (scratch.length > 50_000) tokenScratch = [];
  const marks = findQuoteMarks(prose);
  // Loops, not map with an arrow function, here and below, and the quote test made by insideQuotes: no function is
  // made for a paragraph without quotes, nor the context the functions would share (together 1.4% of the bytes the
  // engine allocated in a heap profile over the White House corpus).
  const direct = new Array<boolean>(marks.quotes.length);
  for (let k = 0; k < direct.length; k++) direct[k] = isDirectQuote(prose, marks.quotes[k], settings.minQuoteWords);
  // Asked for every word: no quotes, no search; the test is made once per paragraph, not per question.
  const inQuote = marks.quotes.length === 0 ? outsideQuotes : insideQuotes(prose, marks.quotes);
  const reading: LocalReading = reuse ? keptReading(tokens, sentences, marks, direct) : { tokens, sentences, marks, direct, memo: {} };
  // Footnote definitions are citations and header cells are labels: neither holds a claim.
  const noClaims = block.footnoteDefinition || block.header;
  for (const s of sentences) {
    const found = findSources(tokens, s.first, s.last, inQuote, lexicon);
    // "The fire is believed to have started in the kitchen, fire officials said": the passive has its source.
    // (Not a source that denies it: "It is said that she gave her fee away, though she never confirmed it.")
    let sourced = false;
    for (const m of found) if (!m.sourceless && !m.vague && !deniedBy(tokens, s.first, m.cueStart)) sourced = true;
    // A source-less passive is covered by a source in the same sentence; "reportedly" stays a hedge of its own.
    const mentions = sourced ? uncovered(tokens, s.first, s.last, found) : found;
    s.mentions = mentions;
    if (mentions.length > 0) {
      const words = new Array<MentionWords>(mentions.length);
      for (let k = 0; k < words.length; k++) words[k] = mentionWords(mentions[k], tokens);
      s.mentionWords = words;
    }
    s.named = namedPeople(prose, tokens, s.first, s.last, inQuote, block.kind === 'heading' ? HEADLINE_JOINERS : NAME_JOINERS);
    if (!noClaims) s.numbers = findNumbers(tokens, s.first, s.last);
  }
  return reading;
}

/**
 * The mentions of a sentence with a source, less the source-less passives a source covers (a function of its own: a
 * closure over the sentence's sources, made for every sentence, was 0.7 bytes per input byte the engine allocated
 * over the White House corpus).
 */
function uncovered(tokens: Token[], first: number, last: number, found: SourceMention[]): SourceMention[] {
  const kept: SourceMention[] = [];
  for (const m of found) {
    let covered = false;
    if (m.sourceless && m.cueStart !== m.start) {
      for (const c of found) if (!c.sourceless && !c.vague && !deniedBy(tokens, first, c.cueStart) && covers(tokens, first, last, c, m)) covered = true;
    }
    if (!covered) kept.push(m);
  }
  return kept;
}

/**
 * Does a source cover a source-less passive of its sentence? Not across a clause of its own, joined by ", and",
 * ", but" or ";": "At least four insurers are believed to have stopped …, and state filings show premiums rose 38%"
 * (the filings' subject opens the second clause), "Republicans added the seat to their list, and it is understood the
 * party plans …" (the passive opens it).
 */
/** Passives of what is held or heard, not of what was measured ("it was recorded as magnitude 6.4 by …"). */
const HEARSAY = /(?:understood|believed|thought|said|rumou?red|alleged)$/i;
/** Words that open a clause granting a point against the one before ("though it is understood"). */
const CONCESSIVES = new Set(['though', 'although', 'while', 'whereas']);
function covers(tokens: Token[], first: number, last: number, source: SourceMention, passive: SourceMention): boolean {
  // ("She is said to have told colleagues that …": a passive of hearsay between the source and its cue says the source's
  // words are heard from no one named.)
  if (source.end <= passive.cueStart && passive.cueEnd <= source.cueStart) return false;
  const before = passive.start < source.start;
  // ("It is understood a group representing about 40 franchisees wrote to the company": a passive of "it" before the
  // source holds the clause the source is in; what the source does is what no one named is said to understand.)
  if (before && IT_PASSIVE.test(passive.text)) return false;
  // ("…, up 35% on the year before, though it is understood that most were minor", "a request that, it is understood,
  // will go before committee": nor one the writer sets off after a comma or a "though", a hedge of the writer's own.)
  if (!before && IT_PASSIVE.test(passive.text) && HEARSAY.test(passive.text)) {
    const p = lastStartingAtOrBefore(tokens, passive.start - 1, (t) => t.start);
    if (p >= first && (tokens[p].text === ',' || CONCESSIVES.has(tokens[p].lower))) return false;
  }
  // The clause that follows the break opens with the later of the two.
  const from = before ? passive.cueEnd : source.cueEnd;
  const opens = before ? source.start : passive.start;
  for (let k = first; k < last; k++) {
    const t = tokens[k];
    if (t.start < from) continue;
    if (t.start >= opens) break;
    const next = tokens[k + 1];
    const joined = t.text === ';' ? next : t.text === ',' && next !== undefined && CLAUSE_JOINERS.has(next.lower) ? tokens[k + 2] : undefined;
    if (joined !== undefined && joined.start === opens) return false;
  }
  return true;
}
const CLAUSE_JOINERS = new Set(['and', 'but']);
/** A source-less passive whose subject is "it": "It is understood", "it's believed". */
const IT_PASSIVE = /^it(?:\s|['’]s\b)/i;

/** Is the cue that starts at `cueStart` negated: "never confirmed", "did not say", "hasn't said"? */
function deniedBy(tokens: Token[], first: number, cueStart: number): boolean {
  const c = lastStartingAtOrBefore(tokens, cueStart, (t) => t.start);
  for (let k = c - 1; k >= first && c - k <= 2; k--) if (NEGATIONS.has(tokens[k].lower)) return true;
  return false;
}

const NEGATIONS = new Set(['never', 'not', "n't", "didn't", "doesn't", "hasn't", "haven't", "won't", "wouldn't", 'cannot', "can't", "couldn't"]);

/** Does an offset of prose lie inside one of its quote spans (the last one may be unclosed)? */
function insideQuotes(prose: string, quotes: QuoteSpan[]): (offset: number) => boolean {
  const quoteEnd = (q: QuoteSpan): number => (q.close === -1 ? prose.length : q.close) + 1;
  return (offset) => itemAt(quotes, offset, quoteOpen, quoteEnd) !== undefined;
}

let tokenScratch: Token[] = [];
const newSentence = (start: number, end: number): ReadSentence => ({ start, end, first: 0, last: 0, mentions: NO_MENTIONS, mentionWords: NO_WORDS, named: NO_NAMED, numbers: NO_NUMBERS });

/**
 * Sentences kept from one draft to the next and made over, for readings with `reuse` (see readLocally and
 * reuseReadings), and their lists by length: a new sentence for each, and a list for each paragraph, were about 0.8
 * of the 24 bytes per input byte the engine allocated over the White House corpus. At most MAX_KEPT_SENTENCES are
 * kept.
 */
const MAX_KEPT_SENTENCES = 1 << 16;
const keptSentences = new KeptObjects<ReadSentence>(MAX_KEPT_SENTENCES);
const sentenceLists = new KeptLists<ReadSentence>(256, 1 << 16);

/** A sentence from the kept ones, made over as newSentence makes a new one (a new one past the last). */
const keptSentence = (start: number, end: number): ReadSentence => {
  const s = keptSentences.take();
  if (s !== undefined) {
    s.start = start;
    s.end = end;
    s.first = 0;
    s.last = 0;
    s.mentions = NO_MENTIONS;
    s.mentionWords = NO_WORDS;
    s.named = NO_NAMED;
    s.numbers = NO_NUMBERS;
    return s;
  }
  return keptSentences.keep(newSentence(start, end));
};
const keptSentenceList = (from: ReadSentence[], count: number): ReadSentence[] => sentenceLists.copy(from, count);

/**
 * Lets the kept tokens, sentences and their lists be written over (see reuseTokens): called as a draft's reading
 * starts, by a caller that keeps nothing of the draft before.
 */
export function reuseReadings(): void {
  reuseTokens();
  keptSentences.reset();
  sentenceLists.reset();
  keptReadings.reset();
}

/**
 * Readings, with their memos, kept from one draft to the next and made over, for readings with `reuse` (a reading
 * and its memo were about 0.2 bytes per input byte the engine allocated over the White House corpus). At most
 * MAX_KEPT_READINGS are kept.
 */
const MAX_KEPT_READINGS = 1 << 14;
const keptReadings = new KeptObjects<LocalReading>(MAX_KEPT_READINGS);

/** A reading of these parts with an empty memo: a kept one made over, or a new one past the last. */
function keptReading(tokens: Token[], sentences: ReadSentence[], marks: LocalReading['marks'], direct: boolean[]): LocalReading {
  const reading = keptReadings.take();
  if (reading !== undefined) {
    reading.tokens = tokens;
    reading.sentences = sentences;
    reading.marks = marks;
    reading.direct = direct;
    // As good as a new memo: every field is read as undefined until set.
    reading.memo.anonymityGates = undefined;
    reading.memo.declinesComment = undefined;
    return reading;
  }
  return keptReadings.keep({ tokens, sentences, marks, direct, memo: {} });
}
const outsideQuotes = (): boolean => false;
const NO_HINTS: string[] = [];
const COUPLE_HINTS: string[] = [COUPLE];
/** Shared empty lists (never added to): most sentences have no mention, and footnotes and header cells no claim. */
const NO_MENTIONS: SourceMention[] = [];
const NO_WORDS: MentionWords[] = [];
const NO_NUMBERS: NumberExpression[] = [];

/**
 * Capitalised words that open sentences and are nobody's surname: not worth a candidate each. ("He" is left out:
 * it is also a Chinese surname.)
 */
const NEVER_SURNAMES = new Set(
  'The A An In On At It Its This That These Those But And Or If When While For Of To As After Before During Since With By From Their Our We I You There Here What Which Who How Why Where They She His Her Also However Although Because Then Now So Yet Meanwhile Some Many Most'.split(' '),
);

/** Does a role in apposition start at k ("a fisherman,", "the former president,", "an ICU nurse for 16 years,")? */
function roleAppositive(tokens: Token[], k: number, to: number): boolean {
  const first = tokens[k];
  // ("Ilze Berzina, Latvia's ambassador, welcomed": so too a possessive before the role.)
  if (!first || (first.lower !== 'a' && first.lower !== 'an' && first.lower !== 'the' && !(first.kind === 'word' && first.capitalized && endsWithPossessive(first.text)))) return false;
  for (let j = k + 1; j < to && j - k <= 5; j++) {
    const t = tokens[j];
    if (t.kind !== 'word') return false;
    // (Not the subject of the main clause after an opening one: "Asked whether he would serve with the Social Democrats,
    // the finance minister replied": a verb right after the role.)
    if (ROLE_NOUNS.has(t.lower)) {
      const next = tokens[j + 1];
      return next === undefined || next.kind !== 'word' || next.capitalized || ROLE_NOUNS.has(next.lower) || APPOSITIVE_GOES_ON.has(next.lower);
    }
    // A noun of someone who does something, closing the aside or the sentence: "a fisherman,", "a retired farmer.".
    const closer = tokens[j + 1]?.text;
    if ((closer === ',' || closer === '.' || closer === ';') && AGENT_NOUN.test(t.lower) && !NOT_AGENTS.has(t.lower)) return true;
  }
  return false;
}

/**
 * Does a role end at k, its noun in lower case ("counterpart", "the foreign minister") or after it where it is held
 * ("ambassador to Canada", "minister of Finance")?
 */
function heldRoleEndsAt(tokens: Token[], k: number, from: number): boolean {
  if (heldRole(tokens[k])) return true;
  let j = k;
  while (j >= from && k - j < 3 && tokens[j].kind === 'word' && tokens[j].capitalized && !ORG_NAME_WORDS.has(tokens[j].text)) j--;
  return j < k && j - 1 >= from && (tokens[j].lower === 'to' || tokens[j].lower === 'of' || tokens[j].lower === 'in') && heldRole(tokens[j - 1]);
}

/** A role's noun in lower case, one a person holds ("ambassador", "counterpart"). */
function heldRole(t: Token): boolean {
  return t.kind === 'word' && !t.capitalized && (ROLE_NOUNS.has(t.lower) || HELD_ROLES.has(t.lower));
}

/** Words after a role's noun that go on describing the person: "the finance minister of Ghana", "a lawyer for the family". */
const APPOSITIVE_GOES_ON = new Set(['of', 'for', 'at', 'in', 'to', 'and', 'on', 'with', 'from', 'who', 'whose', 'since', 'until', 'turned']);

/** Words shaped like a doer that name things and places: "a river", "a border town" are no people. */
const NOT_AGENTS = new Set(['river', 'border', 'center', 'centre', 'tower', 'water', 'number', 'corner', 'quarter', 'chapter', 'order', 'paper', 'letter', 'winter', 'summer', 'matter', 'cluster', 'shelter', 'theater', 'theatre', 'harbor', 'list']);

/** Participles of speaking that open a sentence before whom they address: "Speaking to", "Talking with". */
const SPOKEN_TO = new Set(['speaking', 'talking', 'writing', 'replying', 'responding']);

/**
 * Is the name at i the one spoken to in a phrase that opens the sentence ("Speaking to Martin Smith of PBS, he
 * said", "In an interview with Jane Doe, she said")? The subject comes after it ("spoke with Anne Sacoolas. She …"
 * is another matter).
 */
function addressedAt(tokens: Token[], i: number, from: number): boolean {
  if (i - 2 < from || (tokens[i - 1].lower !== 'to' && tokens[i - 1].lower !== 'with')) return false;
  const verb = tokens[i - 2].lower;
  if (SPOKEN_TO.has(verb)) return i - 2 === from;
  return verb === 'interview' && i - 4 === from && tokens[from].lower === 'in';
}

/** Last words of places' names, which people's names seldom end with ("Douglas County", "Palm Springs"). */
const PLACE_NAME_ENDS = new Set(['County', 'Counties', 'Valley', 'Creek', 'Heights', 'Springs', 'Falls', 'Canyon', 'Harbour', 'Harbor', 'Reservoir', 'Peninsula', 'Mountains', 'Province', 'Township', 'Borough', 'River', 'Island', 'Islands', 'Road', 'Square']);

/** Things named after people ("the George Polk Award", "the Emmett Till Act"): no person is named by them. */
const NAMED_FOR_PEOPLE = new Set(['Award', 'Awards', 'Prize', 'Prizes', 'Medal', 'Trophy', 'Cup', 'Shield', 'Fellowship', 'Scholarship', 'Lecture', 'Act', 'Bridge', 'Stadium', 'Arena', 'Airport', 'Highway', 'Boulevard', 'Avenue', 'Street']);

/** Do the words from k on give a role (after at most a body's noun that qualifies it) and then its holder's name? */
function roleHolderAfter(tokens: Token[], k: number, to: number): boolean {
  let n = k;
  // ("campaign spokeswoman", "administration official": a body's noun may qualify the role.)
  if (n + 1 < to && tokens[n].kind === 'word' && !tokens[n].capitalized && (ORG_NOUNS.has(tokens[n].lower) || ROLE_NOUNS.has(tokens[n].lower)) && !tokens[n + 1].capitalized) n++;
  const role = tokens[n];
  const holder = tokens[n + 1];
  return n + 1 < to && role.kind === 'word' && !role.capitalized && ROLE_NOUNS.has(role.lower) && holder.kind === 'word' && holder.capitalized;
}

/** An initial at e, its full stop, then a word of the name (no joiner): "F. Kennedy", "P. Arunachalam". */
function initialThenWord(tokens: Token[], e: number, to: number, joiners: ReadonlySet<string>): boolean {
  return e + 2 < to && MIDDLE_INITIAL.test(tokens[e].text) && titleDot(tokens, e + 1) && tokens[e + 2].kind === 'word' && !joiners.has(tokens[e + 2].text);
}

/** People named in a sentence outside quotes, as a reader notices them ("Salah Abdeslam, who …", "Actor Brendan Fraser"). */
function namedPeople(prose: string, tokens: Token[], from: number, to: number, inQuote: (o: number) => boolean, joiners: ReadonlySet<string>): Named[] {
  // Candidates are gathered in a list kept between sentences and copied out at their number (none: a shared empty
  // list): a list per sentence grown from empty had room for 17, and a quarter of sentences name no one.
  const found = namedScratch;
  let count = 0;
  // Where the latest run of a title's words before a name began ("Former Texas Gov."), and its abbreviation's index.
  let titleRun = -1;
  let titleRunEnd = -1;
  for (let i = from; i < to; i++) {
    if (!tokens[i].capitalized || tokens[i].kind !== 'word' || inQuote(tokens[i].start) || joiners.has(tokens[i].text) || (i === from && HEADLINE_JOINERS.has(tokens[i].text))) continue;
    let e = i;
    for (;;) {
      while (e + 1 < to && tokens[e + 1].kind === 'word' && (tokens[e + 1].capitalized || (NAME_PARTICLES.has(tokens[e + 1].lower) && tokens[e + 2]?.capitalized)) && !joiners.has(tokens[e + 1].text)) e++;
      // "John F. Kennedy", "Harry M. Reid": a middle initial's full stop goes on to the surname.
      // (After a given name or a run of two words, not a title alone: "Pastor T. Ray "Mac" McJunkins" is read with his
      // nickname below.)
      if (e > i && initialThenWord(tokens, e, to, joiners) && (e - 1 > i || isGivenName(tokens[e - 1].text)) && !NAME_TITLES.has(tokens[e - 1].text)) e += 2;
      // "P. Arunachalam", "A. R. Rahman": initials in place of a given name, set off after a comma.
      else if (e === i && i - 1 >= from && tokens[i - 1].text === ',' && initialThenWord(tokens, e, to, joiners) && tokens[e + 2].capitalized) e += 2;
      else break;
    }
    // "Former Gov. Rick Perry", "Texas Gov. Greg Abbott": a run that ends in a title's abbreviation before its full stop
    // and a name is that name's title, no one itself; the name after it takes its words.
    if (e > i && e + 2 < to && tokens[e + 1].text === '.' && TITLE_WORDS.has(tokens[e].text) && tokens[e + 2].kind === 'word' && tokens[e + 2].capitalized) {
      titleRun = i;
      titleRunEnd = e;
      i = e;
      continue;
    }
    // "Hillary Clinton Slams Donald Trump" (a headline in title case): in a run of four or more words that opens with a
    // given name, a given name after two words that are none starts another name; the word before it is the verb.
    if (e - i >= 3 && isGivenName(tokens[i].text)) {
      for (let k = i + 3; k <= e; k++) {
        if (isGivenName(tokens[k].text) && !isGivenName(tokens[k - 1].text) && !isGivenName(tokens[k - 2].text) && tokens[k - 1].kind === 'word') {
          e = k - 2;
          break;
        }
      }
    }
    // "David and Louise Turpin": a couple's given names joined before their one surname name two people.
    // (The surname may be one the lists hold as a given name too, "Huw and Carys Bevan", "Graham and Anita Cole"; not a
    // body's word, "Avon and Somerset Police".)
    if (e === i && tokens[i + 1]?.lower === 'and' && i + 3 < to && isGivenName(tokens[i].text) && isGivenName(tokens[i + 2].text) && tokens[i + 3].kind === 'word' && tokens[i + 3].capitalized && !NAME_TITLES.has(tokens[i + 3].text) && !ORG_NAME_WORDS.has(tokens[i + 3].text) && !(tokens[i + 4]?.kind === 'word' && tokens[i + 4].capitalized)) {
      const name = `${tokens[i].text} ${tokens[i + 3].text}`;
      found[count++] = { name, start: tokens[i].start, end: tokens[i].end, hints: COUPLE_HINTS, surnameOnly: false, key: name.toLowerCase(), addressee: false };
      continue;
    }
    // "His Tajik counterpart": a possessive that opens the sentence is no part of a name; nor is an adverb ("Even
    // Rendell, a stalwart supporter, said").
    if (e > i && (OWNERS.has(tokens[i].lower) || (i === from && (tokens[i].text === 'Even' || tokens[i].text === 'Still')))) i++;
    // "Melbourne-based Tarrant Fibres": a body, named where it is based.
    if (e > i && BASED.test(tokens[i].lower) && !isGivenName(tokens[i + 1].text)) {
      i = e;
      continue;
    }
    // "Born Harriet Lowell in Springfield, she …", "She was born Maria Gomez": a birth name is the subject's own, no
    // one new a pronoun could stand for.
    if ((tokens[i].text === 'Born' || (i > from && tokens[i - 1].lower === 'born')) && e > i) {
      i = e;
      continue;
    }
    // "Walter "Skip" Haskell": a nickname in quotation marks between a given name and the surname is no part of it.
    // ("When Deborah "Dee" Quaye opened": not the word that opens the sentence.)
    if (e === i + 1 && SENTENCE_STARTERS.has(tokens[i].text) && nicknameEnd(tokens, e, to) > 0) i = e;
    const surnameAt = e === i ? nicknameEnd(tokens, i, to) : -1;
    if (surnameAt > 0) {
      let last = surnameAt;
      while (last + 1 < to && tokens[last + 1].kind === 'word' && tokens[last + 1].capitalized) last++;
      const name = `${tokens[i].text} ${personNameIn(tokens, surnameAt, last + 1, prose)}`;
      found[count++] = { name, start: tokens[i].start, end: tokens[last].end, hints: NO_HINTS, surnameOnly: false, key: name.toLowerCase(), addressee: addressedAt(tokens, i, from) };
      i = last;
      continue;
    }
    // ("Van Dijk rejected that" after "Dr. Joost van Dijk", "De la Cruz": a surname with its particle in capitals, as a
    // sentence or Dutch usage writes it, is the surname alone, a person only if someone already named bears it.)
    // (Not after a role or a title, which say a full name follows: "activist Al Sharpton", "Gov. Al Jones".)
    if (e > i && e - i <= 2 && NAME_PARTICLES.has(tokens[i].lower) && NAME_PARTICLES.has(tokens[e - 1].lower) && !isGivenName(tokens[i].text) && !(i > from && (ROLE_NOUNS.has(tokens[i - 1].lower) || tokens[i - 1].text === '.'))) {
      found[count++] = { name: withoutPossessive(personNameIn(tokens, i, e + 1, prose)), start: tokens[i].start, end: tokens[e].end, hints: NO_HINTS, surnameOnly: true, key: surnameKey(tokens[e]), addressee: false };
      i = e;
      continue;
    }
    if (e === i) {
      // One capitalised word: a person only if it is the surname of someone already named (decided later).
      const w = tokens[i];
      // "Paul's wife, Denise, runs the counter", "Her son, Jayden, 24,": a name alone set off after a relative is a
      // person (a given name the lists may lack); after a role, a given name is.
      if (tokens[i - 1]?.text === ',' && tokens[i + 1]?.text === ',' && i - 2 >= from && ((isGivenName(w.text) && ROLE_NOUNS.has(tokens[i - 2].lower)) || KIN.has(tokens[i - 2].lower))) {
        const hints = preposedWords(tokens, w.start);
        found[count++] = { name: w.text, start: w.start, end: w.end, hints: hints.length > 0 ? hints : [tokens[i - 2].lower], surnameOnly: false, key: w.lower, addressee: false };
        continue;
      }
      // "Osei campaign spokeswoman Gabriela Ruiz", "Trump adviser Stephen Miller": a surname before a role and the
      // holder's name says whose role it is; the holder is the one the sentence names (a later "she" is Ruiz).
      if (roleHolderAfter(tokens, i + 1, to)) continue;
      if (!ORG_NAME_WORDS.has(w.text) && !NEVER_SURNAMES.has(w.text)) {
        // "Mrs. Brandt": the courtesy title may say which Brandt (see People.name).
        // (Named or not before: "Mr. Marchbank was already thinking ahead." brings in a man.)
        // (Not an address: "Mr. President", "Mr. Secretary".)
        const title = i - 2 >= from && tokens[i - 1].text === '.' && COURTESY_TITLES.has(tokens[i - 2].text) && !NAME_TITLES.has(w.text) && !ROLE_NOUNS.has(w.lower) ? tokens[i - 2].lower : '';
        // "Pres. Obama", "Gov. Abbott": a surname after a title's abbreviation is a person, one who holds the title (a
        // later "the governor" is he), whether named before or not.
        // (Looked up only after a full stop: this runs for every lone capitalised word.)
        const titleWord = tokens[i - 1]?.text === '.' ? titleWordBefore(tokens, i, from) : undefined;
        if (titleWord !== undefined) {
          found[count++] = { name: withoutPossessive(w.text), start: w.start, end: w.end, hints: [titleWord], surnameOnly: false, key: surnameKey(w), addressee: addressedAt(tokens, i, from) };
        } else if (title !== '') found[count++] = { name: withoutPossessive(w.text), start: w.start, end: w.end, hints: [title], surnameOnly: false, key: surnameKey(w), addressee: false };
        else if (!addressedAt(tokens, i, from)) found[count++] = w;
        else {
          const name = withoutPossessive(w.text);
          found[count++] = { name, start: w.start, end: w.end, hints: NO_HINTS, surnameOnly: true, key: surnameKey(w), addressee: true };
        }
      }
      continue;
    }
    // A run with a word of an organisation's name ("White House", "Department of Energy") names no person: it is
    // passed over before its name is worked out (a CPU profile of the engine over the White House corpus had
    // personName, called here for every run, at 2.2% of the time).
    let orgWord = -1;
    for (let k = e; k >= i && orgWord < 0; k--) if (ORG_NAME_WORDS.has(tokens[k].text) || NAMED_FOR_PEOPLE.has(tokens[k].text)) orgWord = k;
    // (Not a surname spelt like a body's word right after a given name, or a title and a name: "Tom Banks", "Mayor Don
    // Guardian"; but "at Lincoln Press", "the Harper Mirror" are bodies.)
    if (orgWord === e && e > i && SURNAMES_OF_BODIES.has(tokens[e].text) && (isGivenName(tokens[e - 1].text) || (e - 2 >= i && NAME_TITLES.has(tokens[e - 2].text))) && (e - 1 === i || !ORG_NAME_WORDS.has(tokens[e - 2].text)) && !(i > from && PLACE_LEADS.has(tokens[i - 1].lower))) orgWord = -1;
    // The body and the title before a name that ends such a run: the person's only description.
    let title: string[] | null = null;
    if (orgWord >= 0) {
      // Unless a person's name ends it after the body's title: "Police Chief Alan Pruitt", "Senate Majority Leader
      // Chuck Schumer" name Alan Pruitt and Chuck Schumer.
      let given = orgWord + 1;
      while (given < e && (ROLE_NOUNS.has(tokens[given].lower) || OFFICE_TITLES.has(tokens[given].lower))) given++;
      if (given === orgWord + 1 || given >= e || !isGivenName(tokens[given].text)) {
        i = e;
        continue;
      }
      title = [];
      for (let k = i; k < given; k++) title.push(tokens[k].lower);
      i = given;
    }
    // A place named after a person ("Douglas County", "Ferris Valley", "Glenn Heights") names no person; nor does a
    // national body ("Public Health Wales", "Statistics Canada").
    if (PLACE_NAME_ENDS.has(tokens[e].text) || nationalBody(tokens, i, e + 1)) {
      i = e;
      continue;
    }
    // A heading in capitals run into the paragraph ("**BUILDING ON A RECORD OF FIGHTING HARMFUL TRADE LOOPHOLES:**")
    // names no person: three words or more, all in capitals.
    let capitals = 0;
    for (let k = i; k <= e && capitals === k - i; k++) if (isUpperCase(tokens[k].text)) capitals++;
    if (capitals >= 3 && capitals === e + 1 - i) {
      i = e;
      continue;
    }
    // The run is tokens[i, e], read in place.
    const runLength = e + 1 - i;
    const after = tokens[e + 1];
    const after2 = tokens[e + 2];
    const before = i > 0 ? tokens[i - 1] : undefined;
    const name = personNameIn(tokens, i, e + 1, prose);
    // The name is token texts joined by single spaces: its words are counted, and its first read, without a split.
    const space = name.indexOf(' ');
    let nameWordCount = 1;
    for (let k = space; k !== -1; k = name.indexOf(' ', k + 1)) nameWordCount++;
    const titled = nameWordCount < runLength || (before !== undefined && ROLE_NOUNS.has(before.lower));
    // A first word in capitals before words that are not is an acronym ("RAF Croughton"), not a given name. The
    // first word is cut out only for a name of two words or more, and tested for capitals only when a given name.
    let given = false;
    if (nameWordCount >= 2) {
      const first = name.slice(0, space);
      given = isGivenName(first) && !(first.length > 1 && isUpperCase(first) && !isUpperCase(name));
    }
    const appositive = runLength <= 4 && after?.text === ',' && after2 !== undefined && (after2.lower === 'who' || AGE.test(after2.text) || roleAppositive(tokens, e + 2, to));
    // "His counterpart, Davlat Nazarzoda, was …", "The Tajik foreign minister, Davlat Nazarzoda,": a name set off after
    // a role is the one who holds it (a given name the lists may lack).
    // (Not a body's: "Its owner, Abu Dhabi United,", "Their opponent, Real Madrid,".)
    // ("Latvia's ambassador to Canada, Ilze Berzina,": past the place or body the role is held in.)
    const holder = runLength <= 4 && nameWordCount >= 2 && before?.text === ',' && !(i - 3 >= from && (tokens[i - 3].lower === 'its' || tokens[i - 3].lower === 'their')) && (after?.text === ',' || after?.text === '.') && i - 2 >= from && tokens[i - 2].kind === 'word' && heldRoleEndsAt(tokens, i - 2, from);
    // (A run here has two words or more: a single word was dealt with above.)
    // (Not a run of capitals after "The" with no given name in it: "The Great Debate Debate shows the futility" names
    // a thing, not a "Debate Debate" whom "he" could stand for.)
    const thing = tokens[i].text === 'The' && !given && !hasTitleWord(tokens, i, e);
    // ("Insp. Radu Moldovan", "Gov. Radu Moldovan": a name of two words or more after a title's abbreviation, whatever
    // its given name.)
    const afterTitle = nameWordCount >= 2 && before?.text === '.' && titleWordBefore(tokens, i, from) !== undefined;
    const looksPerson = !thing && (given || appositive || holder || afterTitle || (titled && (nameWordCount >= 2 || hasTitleWord(tokens, i, e))));
    if (looksPerson) {
      // The role set before the name ("The mayor, Ana Lopez, …") and the words after it describe the person.
      // Made at their length: a list grown from empty has room for 17.
      if (title) {
        found[count++] = { name, start: tokens[i].start, end: tokens[e].end, hints: title, surnameOnly: false, key: name.toLowerCase(), addressee: false };
        i = e;
        continue;
      }
      // (Past a role in lower case or a title's abbreviation: "Her main challenger, councillor Tomasz Wierzbicki,",
      // "The curator, Dr. Kofi Bright,".)
      const preposed = i > from && (tokens[i - 1].text === ',' || (i - 2 >= from && tokens[i - 2].text === ',' && !tokens[i - 1].capitalized && ROLE_NOUNS.has(tokens[i - 1].lower)) || (i - 3 >= from && tokens[i - 1].text === '.' && tokens[i - 3].text === ',' && NAME_TITLES.has(tokens[i - 2].text))) ? preposedWords(tokens, tokens[i].start) : NO_HINTS;
      // "Gov. Marcus Teller": the title left out of the run, in its full word, so that "the governor" is he.
      const titleWord = titleWordBefore(tokens, i, from);
      // "Defense attorney Conrad Ashby", "special envoy Brian Lee": a role in lower case right before the name.
      const role = titleWord ? NO_HINTS : roleBefore(prose, tokens, i, from);
      // (With the words of a run before the title: "Former Texas Gov. Rick Perry" is a former governor, of Texas.)
      const runBefore = titleWord && titleRunEnd === i - 2 ? i - 2 - titleRun : 0;
      const lead = preposed.length + (titleWord ? 1 + runBefore : role.length);
      const after = hintsEnd(tokens, e) - i;
      const hints = new Array<string>(lead + after);
      for (let k = 0; k < preposed.length; k++) hints[k] = preposed[k];
      if (titleWord) hints[preposed.length] = titleWord;
      for (let k = 0; k < runBefore; k++) hints[preposed.length + 1 + k] = tokens[titleRun + k].lower;
      for (let k = 0; k < role.length; k++) hints[preposed.length + k] = role[k];
      let kept = lead;
      // ("Cllr Mary Hayes", "Det Supt Anne Moran": a title's abbreviation without its full stop, in its full word, so
      // that "the councillor", "the detective" is she; "Conor Lydon SC" is counsel.)
      for (let k = 0; k < after; k++) if (!ownedByAnother(tokens, i + k, e)) hints[kept++] = (k < e - i ? TITLE_WORDS.get(tokens[i + k].text) ?? BRITISH_TITLES.get(tokens[i + k].text) : COUNSEL_LETTERS.has(tokens[i + k].text) ? 'counsel' : undefined) ?? tokens[i + k].lower;
      hints.length = kept;
      // "Maria Lopez, 46,": her age, so that "the 46-year-old" later may be she.
      // (And ", a 46-year-old nurse,".)
      const age = tokens[e + 2];
      if (tokens[e + 1]?.text === ',' && age !== undefined && AGE.test(age.text) && (tokens[e + 3]?.text === ',' || tokens[e + 3]?.text === '.')) hints.push(AGED + age.text);
      const aged = tokens[e + 1]?.text === ',' && (age?.lower === 'a' || age?.lower === 'an') ? AGE_WORD.exec(tokens[e + 3]?.lower ?? '') : null;
      if (aged) hints.push(AGED + aged[1]);
      found[count++] = { name, start: tokens[i].start, end: tokens[e].end, hints, surnameOnly: false, key: name.toLowerCase(), addressee: addressedAt(tokens, i, from) };
    }
    i = e;
  }
  if (count === 0) return NO_NAMED;
  const named = found.slice(0, count);
  // A very long sentence's list is not kept.
  if (found.length > 1000) namedScratch = [];
  return named;
}

/**
 * Is the word at k, after the name ending at e, what a possessive later in the sentence governs ("John Miller defended
 * his mother", "… praised her husband")? Then it describes someone else, not the person named: neither the sex nor a
 * role to be met again by. (Not an appositive's: "Mary Smith, his wife, said" is the wife.) A state's abbreviation
 * after a place ("of Baldwin, Miss.,") describes no one either.
 */
function ownedByAnother(tokens: Token[], k: number, e: number): boolean {
  if (k <= e + 1) return false;
  // "Dewayne Smithy, 33, of Baldwin, Miss., dismisses": a state, not a woman's title.
  if (tokens[k].text === 'Miss' && tokens[k - 1].text === ',' && tokens[k + 1]?.text === '.') return true;
  const owner = OWNERS.has(tokens[k - 1].lower) ? k - 1 : k - 2 > e && OWNERS.has(tokens[k - 2].lower) && tokens[k - 1].kind === 'word' && !tokens[k - 1].capitalized ? k - 2 : -1;
  if (owner < 0) return false;
  return !(owner === e + 2 && tokens[e + 1].text === ',');
}

/** Words that end a role read back from a name: "told defense attorney …", "of the special envoy …". */
const ROLE_STOPS = new Set(['of', 'for', 'to', 'by', 'with', 'in', 'on', 'at', 'and', 'or', 'as', 'from']);

/**
 * The words before the name at i that make a role in lower case ("defense attorney", "Defense attorney", "deputy
 * governor"): the word right before the name is a role's noun; up to two words before it describe the role. Read in
 * the prose, as a sentence read only around its names has no tokens further back than the word before a name.
 */
function roleBefore(prose: string, tokens: Token[], i: number, from: number): string[] {
  const noun = i - 1 >= from ? tokens[i - 1] : undefined;
  if (noun === undefined || noun.kind !== 'word' || noun.capitalized || !(ROLE_NOUNS.has(noun.lower) || TRADE_ENDING.test(noun.lower) || TRADES.has(noun.lower)) || noun.end + 1 !== tokens[i].start) return NO_HINTS;
  const words = [noun.lower];
  let at = noun.start;
  while (words.length < 3 && at >= 2 && prose.charCodeAt(at - 1) === 32) {
    let s = at - 1;
    while (s > 0 && isWordLetter(prose.charCodeAt(s - 1))) s--;
    if (s === at - 1) break;
    const word = prose.slice(s, at - 1).toLowerCase();
    if (DETERMINERS.has(word) || ROLE_STOPS.has(word) || CUE_FORMS.has(word)) break;
    words.unshift(word);
    at = s;
  }
  return words;
}


/** Trades by their ending, right before a name ("volcanologist Sigrún Halldórsdóttir", "astronomer", "historian"). */
const TRADE_ENDING = /^[a-z]{3,}(?:ologist|ist|ician|grapher|nomer|ographer)$/;


/** Letters after a barrister's name ("Rachel Ashdown KC"): counsel. */
const COUNSEL_LETTERS = new Set(['KC', 'QC', 'SC']);

/** Trades right before a name that are no source's role of their own ("Brazilian driver Lucas Ferreira"). */
const TRADES = new Set(['driver', 'rider', 'racer']);

/** Courtesy titles, before their full stop (a woman's say which of a surname's people she is). */
const COURTESY_TITLES = new Set(['Mr', 'Mrs', 'Ms']);

/**
 * The full word of a title's abbreviation and its full stop right before the name at i ("Gov." of "Gov. Marcus
 * Teller" is "governor"), if any. (Not "Lt. Gov. Austin Davis": a lieutenant governor is not "the governor".)
 */
function titleWordBefore(tokens: Token[], i: number, from: number): string | undefined {
  if (i - 2 < from || tokens[i - 1].text !== '.') return undefined;
  if (i - 4 >= from && tokens[i - 3].text === '.' && (tokens[i - 4].text === 'Lt' || tokens[i - 4].text === 'Lieut')) return undefined;
  return TITLE_WORDS.get(tokens[i - 2].text);
}

/** Words of an office title between a body's name and a person's ("Senate Majority Leader", "House Minority Whip"). */
const OFFICE_TITLES = new Set(['majority', 'minority', 'speaker', 'whip', 'press', 'deputy', 'assistant', 'vice', 'acting', 'interim', 'general', 'under']);

/** Quotation marks that set off a nickname. */
const NICKNAME_MARKS = new Set(['"', '\u201c', '\u201d', "'", '\u2018', '\u2019']);

/**
 * The index of the surname after a given name at i and a nickname in quotation marks ("Walter "Skip" Haskell",
 * "Thomas 'Tip' O'Neill"); -1 when none stands there.
 */
function nicknameEnd(tokens: Token[], i: number, to: number): number {
  // The quotation mark first: it rules out nearly every capitalised word, and the look-up of given names is dearer
  // (this runs for every lone capitalised word outside quotes).
  if (i + 3 >= to || !NICKNAME_MARKS.has(tokens[i + 1].text) || !isGivenName(tokens[i].text)) return -1;
  let k = i + 2;
  while (k < to && k - i <= 4 && tokens[k].kind === 'word' && tokens[k].capitalized) k++;
  if (k === i + 2 || k + 1 >= to || !NICKNAME_MARKS.has(tokens[k].text)) return -1;
  const surname = tokens[k + 1];
  return surname.kind === 'word' && surname.capitalized && !ORG_NAME_WORDS.has(surname.text) ? k + 1 : -1;
}

/** Is one of tokens[i, e] a title ("Dr.", "Sen.")? */
function hasTitleWord(tokens: Token[], i: number, e: number): boolean {
  for (let k = i; k <= e; k++) if (NAME_TITLES.has(tokens[k].text)) return true;
  return false;
}

/**
 * The key the register looks a lone capitalised word up by as a surname: lower-case, no possessive (most such words
 * are no possessive, and their lower-case form is the token's own: no copy made).
 */
export function surnameKey(w: Token): string {
  return endsWithPossessive(w.text) ? w.text.slice(0, -2).toLowerCase() : w.lower;
}

let namedScratch: Named[] = [];
const NO_NAMED: Named[] = [];

