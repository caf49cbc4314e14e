/**
 * Attribution within a sentence: reporting cues ("said", "told", "according to") and the sources they name —
 * people, pronouns, roles, organisations, documents — plus vague sources ("officials say") and source-less
 * passives ("are believed to").
 */
import type { AttributionKind } from '../types';
import { WordShapes } from './shapes';
import { ageInYears, DASHES, isFigure, partyTagEnd, tagWords, type Token } from './tokens';
import { AGE_WORD, isGivenName } from './names';
import { cueScore } from './cue-model';
import { dataSetPhrase, dataVerb } from './data-sets';
import { lastStartingAtOrBefore } from './spans';
import { endsWithPossessive, isUpperCase, singularOf, withoutFinalS, withoutPossessive } from './words';
import {
  ALWAYS_VAGUE_NOUNS, BELIEF_VERBS, BRITISH_TITLES, DETERMINERS, ANONYMOUS_SINGULARS, CUE_ADVERBS, CUE_FORMS, DOCUMENT_NOUNS, FRACTIONS, VAGUE_QUANTIFIERS, LOADED_CUES, NAME_PARTICLES, NAME_TITLES, NATIONALITY_SUFFIX, ORG_NAME_WORDS, ORG_NOUNS,
  ANONYMITY_WORDS, DEMONYMS, MONTHS, NAMED_BY_NOUN, TITLE_ACRONYMS, NUMBER_WORDS, PASSIVE_AUX, PARTY_TAG_LETTERS, WIDELY, PEOPLE_OF, PASSIVE_VAGUE_VERBS, PRONOUNS, ROLE_NOUNS, US_STATES, COUNTRIES, VAGUE_ADVERBS, CURRENCY_PREFIX, SCALE_WORDS, KIN, RECKONINGS, VAGUE_NOUNS, WEAK_CUES, WEAK_VAGUE_NOUNS, WEEKDAYS, SENTENCE_STARTERS, YEAR,
} from './lexicon';

// Patterns of the tests below, made once (a pattern written in a function is a new object each time it is reached).
const ALL_CAPITALS = /^[A-Z]{2,}$/;
const COMMON_ABBREVIATION = /^(?:U\.?S|UK|EU|US|MP|MPs|PM|CEO|MEP|MEPs|MSP|MSPs|MLA|MLAs|MPP|MNA|TD|TDs)$/;
const UP_TO_TWO_DIGITS = /^\d{1,2}$/;
const COUNTRY_OR_UNION = /^(?:U\.?S|UK|U\.K|EU|UN|U\.N|USA|UAE)$/;
const CUE_ADVERB = /^(?:widely|commonly|broadly|universally|also|now|generally|still|not|yesterday|today|later|earlier|first|initially|officially|previously)$/;

/** Patterns read at many words of a phrase, made once (a pattern written in a function is a new object each time). */
const FINAL_S = /s$/;
const STATE_INITIALS = /^(?:U\.S|US|UK|EU|U\.K)$/i;
const A_OR_THE = /^(?:a|the)$/;
const MAKER_PREPOSITIONS = /^(?:by|from|in|of)$/;
/** An initial, a short abbreviation or a country's dotted initials before a full stop ("J.", "St.", "U.S."). */
const INITIAL_OR_ABBREVIATION = /^(?:[A-Z][a-z]?|(?:[A-Z]\.)+[A-Z])$/;
const ROLE_MODIFIERS = /^(?:former|then|acting|interim|deputy|senior|chief|top|local|state|federal|regional|national|operating|finance|financial|managing|medical|technical|communications|marketing|policy|programme|program|project|general|associate|vice|legal)$/;
const GROUP_ENDING = /(?:s|children|people|men)$/;
const PLURAL_ENDING = /[a-z][^s]s$/;
const CLAUSE_LINKS = /^(?:which|that|but|and|,)$/;
const LY_ENDING = /[a-z]ly$/;
const PARTICIPLE_ENDING = /[a-z](?:ed|en)$/;
const AGE_COMPOUND = /^\d+-year-old$/;

/** A source named in a sentence, linked to a cue (prose offsets of its block). */
export interface SourceMention {
  kind: AttributionKind;
  /** The source phrase as written ("French Senator Nathalie Goulet", "officials", "she"). */
  text: string;
  start: number;
  end: number;
  /** For people: the name without titles ("Nathalie Goulet"); for pronouns: the pronoun, lower-case. */
  name: string;
  /** The cue as written ("told", "according to"), or "" for source-less passives and adverbs. */
  cue: string;
  cueStart: number;
  cueEnd: number;
  /** Base form of the cue verb ("say"), or "according to". */
  cueLemma: string;
  /** A source no reader can identify ("officials say", "it is believed"). */
  vague: boolean;
  /** The span a vague-attribution finding covers (source and cue). */
  phraseStart: number;
  phraseEnd: number;
  /** The cue is a loaded verb ("claimed", "admitted"). */
  loaded: boolean;
  /** The cue ends with a colon ("X said:") and introduces what follows. */
  introduces: boolean;
  /** The source sits after its cue ("said Jones", "according to police"). */
  inverted: boolean;
  /** No source at all: a passive ("it is believed") or an adverb ("reportedly"). Vague, and no attribution. */
  sourceless: boolean;
  /** A person described in place of a name kept back ("the officer, who spoke on condition of anonymity"): vague, yet one person a later "he" may stand for. */
  anonymous?: boolean;
  /** One person of a role or trade, vague by the words alone ("One barista", "A Cairns cafe owner"). */
  onePerson?: boolean;
  /** A vague group's belief ("Many scientists believe"): a vague finding of its own, no source of figures or quotes, and no one a later pronoun stands for. */
  belief?: boolean;
}

/** House settings that extend the engine's lists. */
export interface AttributionLexicon {
  cues: ReadonlySet<string>;
  vague: readonly string[][];
  known: ReadonlySet<string>;
}

const NP_JOINERS = new Set(['and', '&']);
const NOT_SOURCE = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'what', 'it', 'this', 'there', 'here', 'as', 'than', 'so', 'if', 'when',
  'while', 'where', 'because', 'not', 'never', 'to', 'be', 'been', 'being', 'is', 'are', 'was', 'were', 'has', 'have',
  'had', 'do', 'does', 'did', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'also', 'and', 'or',
  'but', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'after', 'before', 'having', 'just', 'been', 'despite', 'unlike',
  // ("Nobody asked about it": no one spoke.)
  'nobody',
  // ("…, though police put the figure at 12,500": a clause's subordinator, no part of its subject.)
  'though', 'although', 'whereas', 'whilst',
]);
const STOP_BACK = new Set([...NOT_SOURCE, ',', ';', ':', '"', '\u201c', '\u201d', '(', ')', '\u2014', '\u2013']);
/** A lower-case adverb ("exclusively", "publicly"), never a source; nouns ending in -ly ("family", "ally", "assembly") are not. */
export const ADVERB_LY = /^[a-z]{3,}ly$/;
export const NOUNS_IN_LY: ReadonlySet<string> = new Set(['family', 'ally', 'assembly', 'supply', 'rally', 'tally', 'belly', 'bully', 'daily', 'weekly', 'monthly', 'quarterly', 'anomaly', 'monopoly', 'homily']);
/** Does a name go on past a figure to this word ("Channel 4 News", "the Fortune 500 list", "Formula 1 officials")? */
function nameGoesOn(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && (t.capitalized || DOCUMENT_NOUNS.has(t.lower) || sourceNoun(t.lower));
}

/** Words that lead a figure ("about 100", "nearly 40"). */
const FIGURE_LEADS = new Set(['about', 'nearly', 'almost', 'some', 'roughly', 'around', 'approximately', 'over', 'under', 'more', 'fewer', 'less', 'just', 'only', 'up', 'at']);
const FORWARD_STOP = new Set([',', '.', ';', ':', '"', '\u201c', '\u201d', '(', ')', '!', '?', '\u2014', '\u2013', 'that', 'which', 'who', 'and', 'but', 'on', 'in', 'after', 'before', 'when', 'while', 'as', 'because']);
const NP_PREPOSITIONS = new Set(['of', 'by', 'from', 'for', 'at']);
/** Titles that take "of" before the holder's name ("secretary of state Hillary Clinton", "master of ceremonies"). */
const TITLES_WITH_OF = new Set(['secretary', 'chief', 'master', 'head', 'director', 'minister', 'commissioner', 'chair', 'chairman', 'chairwoman', 'chairperson', 'president', 'vice', 'deputy', 'governor', 'mayor', 'speaker', 'leader', 'editor', 'professor', 'dean', 'superintendent', 'commander', 'administrator', 'ambassador', 'attorney', 'general', 'clerk', 'comptroller', 'controller', 'provost', 'chancellor', 'rector', 'principal', 'manager', 'officer', 'member', 'justice']);
/** Prepositions of a place or time that may open a relative clause's words ("who on a press call criticized"). */
const RELATIVE_ADVERBIAL = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'with']);

/** Object pronouns as sources ("according to him"), by the subject pronoun they stand for. */
const OBJECT_PRONOUNS: ReadonlyMap<string, string> = new Map([['him', 'he'], ['her', 'she'], ['them', 'they']]);
/** Words that make a time of the week, month or year after them relative ("last week", "earlier this year" has "this"). */
const RELATIVE_TIME_LEADS = new Set(['last', 'this', 'next']);
/** Nouns of things said, the object of a verb that goes on saying them ("continued his remarks"). */
const SPEECH_OBJECTS = new Set(['remarks', 'comments', 'criticism', 'critique', 'speech', 'testimony', 'argument', 'tirade', 'rant', 'statement', 'address', 'story', 'thought', 'thoughts', 'answer', 'explanation', 'point', 'lecture', 'monologue']);

/** Is a noun of things said the head of the phrase opening at k, within three words ("his scathing remarks")? */
function speechObject(tokens: Token[], k: number, to: number): boolean {
  for (let j = k; j < to && j < k + 3; j++) {
    const t = tokens[j];
    if (t.kind !== 'word') return false;
    if (SPEECH_OBJECTS.has(t.lower)) return j + 1 >= to || tokens[j + 1].kind === 'punct';
  }
  return false;
}

/** Words after "was" that carry a cue after "to": "was quick to add", "was prompted to say", "was forced to admit". */
const READY_TO = new Set(['quick', 'prompted', 'forced', 'compelled', 'moved', 'careful', 'eager', 'keen', 'happy', 'proud', 'glad', 'pleased', 'obliged', 'inspired']);
/** Passives of hearsay before "to have" and a cue: "is said to have told", "is understood to have warned". */
const HEARSAY_PASSIVES = new Set(['said', 'reported', 'understood', 'believed', 'thought', 'alleged', 'rumoured', 'rumored']);
/** Verbs of means before a cue's "to" and their object: "took to Twitter to say", "used the speech to warn". */
const HAVE_OR_BE = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'be', 'been', 'being']);
const MEANS_VERBS = new Set(['took', 'takes', 'take', 'taking', 'used', 'uses', 'use', 'using', 'seized', 'seizes', 'seizing']);

/**
 * The verb of means whose object ends right before the cue's "to" at `to` ("took to Twitter to say", "used this
 * question to demand"): its index, or -1. The object is a few words, no punctuation.
 */
function meansVerbBefore(tokens: Token[], to: number, from: number): number {
  for (let v = to - 1; v >= from && to - v <= 5; v--) {
    const t = tokens[v];
    if (t.kind !== 'word') return -1;
    // (With no object, only a habit: "He used to say", not "a term Rubio has used to describe", "the income
    // corporations use to report".)
    if (MEANS_VERBS.has(t.lower)) return v > from && (v < to - 1 || (t.lower === 'used' && !HAVE_OR_BE.has(tokens[v - 1].lower))) ? v : -1;
  }
  return -1;
}

/** Verbs that carry a cue after "to": "went on to add", "continued to say". */
const CATENATIVES = new Set(['on', 'continued', 'continues', 'proceeded', 'went', 'goes', 'decided', 'wanted', 'chose']);
/** Prepositions that tie a person to an organisation: "George Kimbrell of the Center for Food Safety". */
const AFFILIATIONS = new Set(['of', 'from', 'at']);
/** Groups vague with a modifier and no determiner ("Former players say", "real estate agents say"), not alone ("players"). */
const GROUPS_VAGUE_BARE = new Set(['players', 'agents', 'members', 'leaders', 'groups']);
/** A body's or a campaign's staff, plural and unnamed: vague whoever they work for ("Clinton aides", "Aides"). */
const UNNAMED_STAFF = new Set(['aides', 'advisers', 'advisors', 'strategists', 'staffers']);
/** Groups named by whose side they are on ("Johnson's critics", "the senator's supporters"). */
const RELATIONAL_GROUPS = new Set(['critics', 'opponents', 'supporters', 'detractors', 'allies', 'backers', 'rivals', 'foes']);
/** Words that may stand before a vague noun in its phrase ("senior government officials"). */
const VAGUE_MODIFIERS = new Set([
  'government', 'security', 'intelligence', 'senior', 'top', 'local', 'federal', 'state', 'health', 'police', 'military',
  'western', 'foreign', 'other', 'some', 'many', 'several', 'unnamed', 'independent', 'outside', 'administration',
  'defense', 'defence', 'law', 'enforcement', 'legal', 'medical', 'industry', 'financial', 'political', 'regional',
  'city', 'county', 'provincial', 'national', 'international', 'european', 'american', 'former', 'current', 'two',
  'three', 'four', 'few', 'most', 'leading', 'prominent', 'knowledgeable', 'informed', 'diplomatic', 'official',
  'military', 'counterterrorism', 'terrorism', 'climate', 'economic', 'trade', 'energy', 'public', 'the', 'and',
  'town', 'village', 'school', 'company', 'campaign', 'party', 'hospital', 'union', 'district', 'municipal',
  // A party's people are as unnamed as a campaign's: "GOP analysts", "Democratic strategists".
  'gop', 'republican', 'democratic', 'democrat',
  // Words that open "Housing advocates say", "Business leaders say": capitals only because they open the sentence.
  'housing', 'business', 'faculty', 'patient', 'conservation', 'consumer', 'community', 'labor', 'labour', 'civil',
  'rights', 'human', 'environmental', 'privacy', 'campus', 'tenant', 'education', 'church', 'student', 'advocacy',
  'real', 'estate', 'cycling', 'disability',
]);
const OBJECT_CUES = new Set(['tell', 'inform', 'ask', 'warn', 'quote', 'cite', 'urge', 'promise', 'criticize', 'describe', 'characterize', 'count', 'put', 'record', 'find', 'show', 'estimate', 'post', 'tally', 'calculate']);
export const QUOTE_MARKS = new Set(['"', '\u201c', '\u201d']);
/** Below this score a cue word is not read as a cue: only a confident "not a cue" overrules the word list, since a missed cue costs a false alarm. */
const CUE_THRESHOLD = -1;
/** Verbs of speech: whatever noun stands before them is speaking. */
export const SPEECH_CUES: ReadonlySet<string> = new Set(['say', 'tell', 'add', 'explain', 'warn', 'argue', 'write', 'tweet', 'testify']);
/** Auxiliaries that make a finite verb: after "said the law", they show the law to be what was said of. */
const FINITE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'would', 'will', 'had', 'has', 'have', 'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does', 'do']);

/** Prepositions whose object a following quantifier is ("for many", "among some"). */
const OBJECT_GOVERNORS = new Set(['for', 'of', 'to', 'among', 'with', 'from', 'by', 'about', 'in', 'on', 'at']);

/** Verbs whose past tense is spelt as their base form. */
const PAST_AS_BASE = new Set(['put', 'read', 'set', 'cut', 'hit', 'let', 'quit', 'bid', 'cast', 'spread', 'broadcast', 'forecast']);

/** Counts that pick unnamed members out of a group: "one of the victims", "two of his aides". */
const ONE_OF = new Set(['one', 'two', 'three', 'some', 'several', 'many', 'most', 'few', 'none']);
/** Participles that may follow a group's noun in its phrase ("the officers involved", "the people affected"). */
const POSTPOSED = new Set(['involved', 'concerned', 'affected', 'present', 'interviewed', 'questioned', 'polled', 'surveyed', 'contacted', 'injured', 'arrested', 'detained', 'charged', 'accused']);

// Maps, not objects: a word such as "constructor" must not find a property of Object.
/**
 * Possessives that stand for a speaker ("in her words", "his promise to", "their statement"): the subject pronoun each
 * one is.
 */
const POSSESSIVE_SPEAKERS: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she'], ['their', 'they']]);

/** A plural ("reporters", "workers"): no verb after "to". */
const ENDS_IN_S = /[^s]s$/;

/** Cue words that name what someone said as a noun after "his", "her", "their" ("his promise to", "her remark that"). */
const SPOKEN_NOUNS = new Set(['promise', 'promises', 'pledge', 'claim', 'claims', 'remark', 'remarks', 'comment', 'comments', 'warning', 'warnings']);
/**
 * Nouns of words said, read only as "X's … that" or "his … that" right before the quoted words ("Bush's assertion
 * that "…"", "her insistence that "…""; see ownerOfQuote). (Not "charge": "Trump's conspiracy charge that "…"" quotes
 * the indictment.)
 */
const OWNED_SAYINGS = new Set(['assertion', 'assertions', 'insistence', 'contention', 'suggestion', 'prediction', 'predictions', 'accusation', 'accusations', 'allegation', 'allegations', 'declaration', 'assurance', 'assurances', 'vow', 'argument', 'complaint', 'boast', 'boasts', 'retort', 'quip']);
/** Plurals of words said that, after a name's possessive, are nouns ("Clark's comments", "Trump's remarks"). */
const POSSESSED_WORDS = new Set(['comments', 'remarks', 'claims', 'promises', 'pledges']);
/**
 * Does a possessive stand before the noun at i: right before it ("Trump's claims", "the firm's claims"), or before one
 * word in lower case that is no source's noun ("the industry's filtration claims"; not "the company's spokesman claims")?
 */
function possessedWords(tokens: Token[], i: number, from: number): boolean {
  const before = tokens[i - 1];
  if (endsWithPossessive(before.text)) return before.kind === 'word';
  return i - 2 >= from && endsWithPossessive(tokens[i - 2].text) && before.kind === 'word' && !before.capitalized && !sourceNoun(before.lower) && !ENDS_IN_S.test(before.lower);
}
/** Is the number at k the end of a body's name ("Teamsters Local 727", "Channel 4"), as backwardPhrase reads one? */
function numberEndsName(tokens: Token[], k: number, from: number): boolean {
  return k - 1 > from && tokens[k].kind === 'number' && NUMBERED_BODIES.has(tokens[k - 1].text);
}
/** Words after such a noun that introduce the words themselves: "claims that …", "comments: …" ("of" before a figure). */
const INTRODUCES_WORDS = new Set(['that', 'to', ':']);
/** Is the token at k "of" before a figure within three words ("claims of 3 million", "claims of nearly $4 billion")? */
function ofFigure(tokens: Token[], k: number): boolean {
  if (tokens[k]?.lower !== 'of') return false;
  for (let f = k + 1; f <= k + 3; f++) if (tokens[f]?.kind === 'number' || CURRENCY_PREFIX.test(tokens[f]?.text ?? '')) return true;
  return false;
}
/** Prepositions after "her comments" that say where they were made ("her comments before the committee that "…""). */
const SETTING_PREPOSITIONS = new Set(['before', 'at', 'in', 'during', 'on']);
/** Prepositions before "her remarks" that set the words aside from the sentence's own cue ("she said in her remarks"). */
const OWNER_ASIDE = new Set(['in', 'during', 'after', 'before', 'since', 'following']);

/**
 * The subject pronoun of "his", "her" or "their" before the noun of speech at i, and the possessive's index, when the
 * words follow it as "that …" or "to …" (a time word may come between: "his comment Monday that"); undefined for "said
 * in her remarks" or "Her remarks came …", which name no words.
 */
function ownerOfWords(tokens: Token[], i: number, from: number, to: number, adjacent = false): Owner | undefined {
  // "his campaign promise to": one plain word may stand between the owner and the noun.
  // (Not another's possessive: "her husband's boast that" is the husband's.)
  const p = i - 1 > from && !POSSESSIVE_SPEAKERS.has(tokens[i - 1].lower) && tokens[i - 1].kind === 'word' && !tokens[i - 1].capitalized && !endsWithPossessive(tokens[i - 1].text) ? i - 2 : i - 1;
  const owner = POSSESSIVE_SPEAKERS.get(tokens[p].lower);
  if (!owner) return namedOwnerOfWords(tokens, i, from, to, adjacent);
  if (p - 1 >= from && OWNER_ASIDE.has(tokens[p - 1].lower)) return undefined;
  const at = i + 1 < to && TIME_WORDS.has(tokens[i + 1].lower) ? i + 2 : i + 1;
  if (at >= to) return undefined;
  if (tokens[at].lower === 'that') return { owner, at: p, first: p };
  // "her comments before a special House committee that "I was responsible"": where the words were said, before
  // "that" and the quote itself.
  if (SETTING_PREPOSITIONS.has(tokens[at].lower)) {
    let k = at + 1;
    while (k < to && k - at <= 7 && tokens[k].kind === 'word' && tokens[k].lower !== 'that') k++;
    return k + 1 < to && k > at + 1 && tokens[k].lower === 'that' && QUOTE_MARKS.has(tokens[k + 1].text) ? { owner, at: p, first: p } : undefined;
  }
  if (tokens[at].lower !== 'to' || at + 1 >= to) return undefined;
  // "to" before a verb ("his promise to put an end") or the words themselves, not before what the words were
  // addressed to ("His comments to reporters", "her promise to the 300 workers").
  const w = tokens[at + 1];
  const verbAfter = w.kind === 'word' && !w.capitalized && !DETERMINERS.has(w.lower) && !PRONOUNS.has(w.lower) && !ENDS_IN_S.test(w.lower);
  return verbAfter || QUOTE_MARKS.has(w.text) ? { owner, at: p, first: p } : undefined;
}

/**
 * "Trump's false claim that …", "Obama's repeated warning that …": a name's possessive and one or two words that
 * qualify the words said, before "that" and what they say. (A possessive right before the noun is read as a cue's
 * subject elsewhere: "Trump's claim that".) Not after a preposition ("denounced Trump's false claim that" still names
 * whose claim it was, but a governed possessive, "in Trump's recent remarks", may be a setting) nor a plural noun
 * between ("Trump's campaign officials' claim"). `adjacent`: the possessive may stand right before a noun that no cue
 * reading takes ("Bush's assertion that").
 */
function namedOwnerOfWords(tokens: Token[], i: number, from: number, to: number, adjacent: boolean): Owner | undefined {
  if (i + 1 >= to || tokens[i + 1].lower !== 'that') return undefined;
  let p = i - 1;
  while (p > from && i - p <= 2 && tokens[p].kind === 'word' && !tokens[p].capitalized && !ENDS_IN_S.test(tokens[p].lower) && !DETERMINERS.has(tokens[p].lower)) p--;
  if ((p === i - 1 && !adjacent) || p < from) return undefined;
  const name = tokens[p];
  if (name.kind !== 'word' || !name.capitalized || !endsWithPossessive(name.text) || ORG_NAME_WORDS.has(withoutPossessive(name.text))) return undefined;
  if (p - 1 >= from && OBJECT_GOVERNORS.has(tokens[p - 1].lower)) return undefined;
  // The whole name: "Jeb Bush's assertion that" is Jeb Bush's.
  let first = p;
  // (Not a word that opens the sentence before it, nor a day: "But Trump's", "On Monday Trump's".)
  while (first - 1 >= from && nameWordBefore(tokens[first - 1])) first--;
  return { owner: withoutPossessive(name.text), at: p, first };
}

/** May a word stand in a name before its last piece? */
function nameWordBefore(t: Token): boolean {
  return t.kind === 'word' && t.capitalized && !endsWithPossessive(t.text) && !DETERMINERS.has(t.lower) && !NOT_SOURCE.has(t.lower) && !ADVERBIAL_OPENERS.has(t.lower) && !SENTENCE_STARTERS.has(t.text) && !WEEKDAYS.has(t.lower) && !MONTHS.has(t.lower) && t.lower !== 'like';
}

/**
 * "Rubio mocked Bush's assertion that "…"", "questioned his insistence that "…"": a noun of words said, owned by a
 * name or a pronoun, then "that" and the quote opening at `open`: the owner speaks the quote, not whoever judges the
 * words. Only the quote: figures of the sentence outside it are not the owner's ("Trump's boast that "…" was false:
 * growth was 2.3 percent").
 */
export function ownerOfQuote(tokens: Token[], open: number, from: number, lexicon: AttributionLexicon): SourceMention | null {
  const n = open - 2;
  if (n <= from || tokens[open - 1].lower !== 'that' || !OWNED_SAYINGS.has(tokens[n].lower)) return null;
  const owner = ownerOfWords(tokens, n, from, open + 1, true);
  if (!owner) return null;
  const noun = tokens[n];
  return mention(ownerPhrase(tokens, owner), lexicon, noun.text, noun.start, noun.end, 'claim', false);
}

/** Whose words a noun of speech names: the owner as written (a pronoun for "his"), its possessive and first word. */
interface Owner {
  owner: string;
  at: number;
  first: number;
}

/** The phrase of an owner of words, its possessive written as the owner ("Jeb Bush's" → "Jeb Bush", "his" → "he"). */
function ownerPhrase(tokens: Token[], owner: Owner): Phrase {
  const p = tokens[owner.at];
  const words = tokens.slice(owner.first, owner.at);
  words.push(p.withText(owner.owner, owner.owner.toLowerCase()));
  return { words, start: tokens[owner.first].start, end: p.end };
}

/**
 * "in her words", "in Smith's own words" (from the word after "in"), "in the words of one aide": the speaker's
 * phrase, the index of "words" (or of "of") and the last token read; null when it is not that form.
 */
function inWordsOf(tokens: Token[], i: number, to: number, inQuote: (o: number) => boolean): { np: Phrase; cueEnd: number; last: number } | null {
  const t = tokens[i];
  if (t.lower === 'the' && tokens[i + 1]?.lower === 'words' && tokens[i + 2]?.lower === 'of' && i + 3 < to) {
    const np = forwardPhrase(tokens, i + 3, to, inQuote);
    return np ? { np, cueEnd: i + 2, last: lastStartingAtOrBefore(tokens, np.end - 1, (w) => w.start) } : null;
  }
  // ("in Forbes' words": a possessive written with the apostrophe alone, after an s.)
  const mark = t.kind === 'word' && t.capitalized && /s$/.test(t.text) && (tokens[i + 1]?.text === "'" || tokens[i + 1]?.text === '\u2019') && tokens[i + 1].start === t.end ? 1 : 0;
  const own = tokens[i + 1 + mark]?.lower === 'own' ? 1 : 0;
  if (tokens[i + 1 + mark + own]?.lower !== 'words' || i + 1 + mark + own >= to || t.kind !== 'word') return null;
  if (mark) return { np: { words: [t], start: t.start, end: t.end }, cueEnd: i + 2 + own, last: i + 2 + own };
  const pronoun = POSSESSIVE_SPEAKERS.get(t.lower);
  if (pronoun) return { np: { words: [t.withText(pronoun, pronoun)], start: t.start, end: t.end }, cueEnd: i + 1 + own, last: i + 1 + own };
  if (!t.capitalized || !endsWithPossessive(t.text)) return null;
  const name = t.withText(withoutPossessive(t.text), withoutPossessive(t.lower));
  return { np: { words: [name], start: t.start, end: t.end }, cueEnd: i + 1 + own, last: i + 1 + own };
}

/** Nouns of a rule listed below "according to the following …". */
const RULE_NOUNS = new Set(['schedule', 'table', 'methodology', 'methodologies', 'method', 'methods', 'criteria', 'formula', 'rules', 'rule', 'list', 'guidelines', 'procedure', 'procedures', 'terms', 'conditions', 'steps']);

/**
 * "distributed according to each employee's length of service", "prices vary according to demand": "according to" after
 * a verb of sharing out or varying, before no one who could be a source, says how, not who says so.
 */
function inKeepingWith(tokens: Token[], i: number, from: number, np: Phrase): boolean {
  if (i - 1 < from || !SHARED_OUT.has(tokens[i - 1].lower)) return false;
  const head = np.words[np.words.length - 1];
  return !head.capitalized && !sourceNoun(withoutPossessive(head.lower)) && !DOCUMENT_NOUNS.has(head.lower);
}
const SHARED_OUT = new Set(['distributed', 'allocated', 'divided', 'shared', 'paid', 'awarded', 'ranked', 'sorted', 'graded', 'grouped', 'classified', 'priced', 'weighted', 'scaled', 'adjusted', 'calculated', 'vary', 'varies', 'varied', 'differ', 'differs', 'tailored']);

/** "the following schedule", "one of the following" right after "according to": a rule listed below. */
function followingRule(tokens: Token[], i: number, to: number): boolean {
  const at = tokens[i + 1]?.lower === 'of' ? i + 2 : i;
  if (!(at + 1 < to && tokens[at].lower === 'the' && tokens[at + 1].lower === 'following')) return false;
  // "one of the following" ends at "following"; "the following schedule" names a rule ("the following officials" do not).
  return at + 2 >= to || tokens[at + 2].kind !== 'word' || RULE_NOUNS.has(tokens[at + 2].lower);
}

/** "61% of teachers said", "half of voters say": a share of those polled gives a poll's finding, not a vague source. */
function shareOfPolled(tokens: Token[], start: number, from: number): boolean {
  const k = tokenAtOrAfter(tokens, start);
  if (k - 2 < from || tokens[k - 1].lower !== 'of') return false;
  const share = tokens[k - 2];
  return share.text === '%' || share.lower === 'percent' || share.kind === 'number' || share.lower === 'half' || share.lower === 'third' || share.lower === 'quarter' || share.lower === 'majority' || FRACTION_WORD.test(share.lower);
}
/** A source's phrase that ends with a participle of being polled ("2,000 listeners questioned", "the voters surveyed"). */
const POLLED_PHRASE = /\s(?:questioned|polled|surveyed|interviewed|sampled)$/i;
/** A fraction as one word: "two-thirds", "three-quarters", "thirds". */
const FRACTION_WORD = /(?:^|-)(?:thirds|quarters|fifths|tenths)$/;

/**
 * "more than two-thirds of those in the nation's rising generation predict": a share of the people of a group, the
 * group's phrase after "those in" or "the members of", is the share of those polled too (not "Half of the members of
 * the city council said": a body's members, no poll's).
 */
function shareOfGroupPolled(tokens: Token[], start: number, from: number, to: number): boolean {
  const k = tokenAtOrAfter(tokens, start);
  // ("Half of the members of the union said …, a survey by the union found": a body's members, when the sentence names
  // a poll or another source after them; alone, "Half of the members of the city council said", they speak.)
  if (tokens[k]?.lower === 'the' && tokens[k + 1]?.lower === 'members' && shareOfPolled(tokens, start, from)) return anotherSourceAfter(tokens, k + 2, to);
  if (k - 3 < from || !GROUP_LINKS.has(tokens[k - 1].lower)) return false;
  let p = k - 2;
  if (tokens[p].lower !== 'those' && tokens[p].lower !== 'members') return false;
  if (tokens[p].lower === 'members' && tokens[p - 1]?.lower === 'the') p--;
  return p - 1 >= from && tokens[p - 1].lower === 'of' && shareOfPolled(tokens, tokens[p].start, from);
}
const GROUP_LINKS = new Set(['in', 'among', 'from', 'of', 'at']);

/** Does the sentence name a poll or another source after k ("…, a survey by the union found", "…, Sam Ortiz said")? */
function anotherSourceAfter(tokens: Token[], k: number, to: number): boolean {
  let comma = false;
  for (let j = k; j < to; j++) {
    const w = tokens[j].lower;
    if (w === 'survey' || w === 'poll' || w === 'according') return true;
    if (tokens[j].text === ',') comma = true;
    else if (comma && (w === 'said' || w === 'says' || w === 'told' || w === 'found' || w === 'reported')) return true;
  }
  return false;
}

/**
 * "Four in 10 voters said", "seven out of 10 Americans say": a phrase that opens with the total of a ratio before it is
 * the share of those polled (a poll's finding, as "61% of teachers said"), no source of its own.
 */
function ratioOfPolled(tokens: Token[], start: number, from: number): boolean {
  let k = tokenAtOrAfter(tokens, start);
  // ("Four in 10 officials said": a phrase that starts past the total.)
  if (k - 1 >= from && tokens[k] !== undefined && tokens[k].kind === 'word' && !NUMBER_WORDS.has(tokens[k].lower) && (tokens[k - 1].kind === 'number' || NUMBER_WORDS.has(tokens[k - 1].lower))) k--;
  const total = tokens[k];
  if (total === undefined || !(total.kind === 'number' || NUMBER_WORDS.has(total.lower))) return false;
  const by = k - 1 >= from && tokens[k - 1].lower === 'in' ? k - 1 : k - 2 >= from && tokens[k - 1].lower === 'of' && tokens[k - 2].lower === 'out' ? k - 2 : -1;
  const count = by - 1 >= from ? tokens[by - 1] : undefined;
  return count !== undefined && (count.kind === 'number' || NUMBER_WORDS.has(count.lower));
}

/** Verbs of "as reported by X", "as first noted in the Times": the outlet or document that reports the sentence. */
const AS_REPORTED = new Set(['reported', 'noted', 'stated', 'cited', 'published', 'quoted', 'detailed', 'documented', 'revealed', 'disclosed']);
const AS_REPORTED_ADVERBS = new Set(['first', 'originally', 'previously', 'earlier', 'initially', 'also']);

/** A mention of the outlet that passes a sentence on ("as reported by Reuters"), never a quote's speaker over a verb. */
export function passesOn(m: SourceMention): boolean {
  if (m.cueLemma !== 'according to') return false;
  if (m.cue.length > 3 && m.cue.slice(0, 3).toLowerCase() === 'as ') return true;
  // ("…," she said, according to a translation by the regional daily. "…": the words' medium, not who spoke them.)
  return MEDIUM.test(m.text);
}
/** A phrase whose noun carries a speaker's words: a translation, a transcript, a recording. */
const MEDIUM = /^(?:an?|the)\s+(?:\w+\s+)?(?:translation|transcript|recording|interpreter|translator|video|footage|audio)\b/i;

/** The index of "by" or "in" in "as [first] reported by", from the word after "as"; -1 when it is not that form. */
function asReportedBy(tokens: Token[], i: number, to: number): number {
  if (i < to && AS_REPORTED_ADVERBS.has(tokens[i].lower)) i++;
  if (i + 1 >= to || !AS_REPORTED.has(tokens[i].lower)) return -1;
  const by = tokens[i + 1].lower;
  return by === 'by' || by === 'in' ? i + 1 : -1;
}

/** Participles of making public whose agent is a figure's source: "terms announced by both companies". */
const ANNOUNCED = new Set(['announced', 'unveiled', 'disclosed', 'outlined']);
/** Past participles whose "by" names who made a figure ("compiled by", "prepared by", "conducted by"). */
const AGENT_PARTICIPLES = new Set(['compiled', 'prepared', 'collected', 'gathered', 'published', 'released', 'calculated', 'commissioned', 'tallied', 'analyzed', 'analysed', 'kept', 'maintained']);
/** "economists polled by Reuters", "adults surveyed by Gallup": who ran a poll of people. */
const POLLED = new Set(['polled', 'surveyed']);

/** Documents that need a name to be checked: "polls", "a study", "reports". */
const UNNAMED_DOCUMENTS = new Set(['poll', 'polls', 'study', 'studies', 'report', 'reports', 'survey', 'surveys', 'rumors', 'rumours', 'accounts', 'research']);
/** What a trade at large puts out or sends to speak for it, unnamed: "industry figures", "industry bodies". */
const INDUSTRY_VOICES = new Set(['figures', 'data', 'estimates', 'statistics', 'numbers', 'bodies', 'representatives']);

/** "Industry figures", "retail industry estimates": the trade's voice or numbers after "industry", with no determiner. */
function industryAtLarge(words: Token[]): boolean {
  const n = words.length;
  return n >= 2 && n <= 3 && words[n - 2].lower === 'industry' && INDUSTRY_VOICES.has(words[n - 1].lower) && words.every((w) => w.kind === 'word' && !DETERMINERS.has(w.lower) && !endsWithPossessive(w.text));
}

/** Documents named by a mass noun, which stands bare as a plural does: "Research shows", "New research suggests". */
const MASS_DOCUMENTS = new Set(['research']);

/**
 * Do the words from k, past an article and the capitals and plain words that describe it, end in the press or the
 * media at large ("the Israeli press", "Chinese state media"), which name no paper?
 */
function pressAtLarge(tokens: Token[], k: number, to: number): boolean {
  if (tokens[k]?.lower === 'the') k++;
  const first = k;
  while (k < to && k - first < 3 && tokens[k].kind === 'word' && !PRESS_AT_LARGE.has(tokens[k].lower) && (tokens[k].capitalized || k > first)) k++;
  return k > first && k < to && PRESS_AT_LARGE.has(tokens[k].lower) && !tokens[k].capitalized;
}
const PRESS_AT_LARGE = new Set(['press', 'media']);

/** Words that leave a document unnamed: "a study", "recent polls", "early reports". */
const INDEFINITE_WORDS = new Set(['a', 'an', 'some', 'many', 'several', 'numerous', 'multiple', 'various', 'other', 'early', 'recent', 'new', 'unconfirmed', 'formal', 'eyewitness', 'latest', 'previous', 'prior', 'preliminary', 'pre-election', 'past', 'earlier', 'informal']);

/**
 * "The mayor of London", "officials in Springfield", "researchers at MIT", "police in Ohio": a source noun with the
 * place or body it belongs to is what the noun is. A place ("in") leaves an unnamed group vague; a body ("of", "at",
 * "from") makes it one that can be checked, as "researchers at MIT" is. Null for other phrases, and where a person's
 * name follows ("the mayor of London Sadiq Khan").
 */
function placedSource(words: Token[], lexicon: AttributionLexicon): { kind: AttributionKind; vague: boolean } | null {
  const at = words.findIndex((w, i) => i > 0 && PLACE_PREPOSITIONS.has(w.lower));
  if (at < 0) return null;
  const noun = words[at - 1];
  const place = words.slice(at + 1);
  // ("Tenants of Riverside Towers", "Voters in Ohio": people no role names, as well.)
  // ("A franchisee in Mississauga", "Baristas in Leeds": one person or people of a trade, as well.)
  const people = peoplePlural(noun.lower);
  const trade = !noun.capitalized && personNoun(noun.lower);
  // ("Detectives in Wrexford", "Administrators at Halden Pryce": a role's plural that opens the phrase is no name.)
  const roles = at === 1 && noun.lower !== withoutFinalS(noun.lower) && ROLE_NOUNS.has(withoutFinalS(noun.lower)) && !VAGUE_NOUNS.has(noun.lower);
  // ("Hospitals in England", "Councils in Wales": so is a body's plural.)
  const bodies = bodiesInPlural(noun.lower);
  if (place.length === 0 || place.length > 4 || !(sourceNoun(noun.lower) || people || bodies || trade) || (noun.capitalized && !(at === 1 && (VAGUE_NOUNS.has(noun.lower) || noun.lower === 'police' || people || roles || bodies)))) return null;
  // A person's name after the place ("the mayor of London Sadiq Khan", "director of Amnesty International Man-kei
  // Tam"): a given name after the place's first word, or before another capitalised word ("Officials in Austin" is a
  // place).
  if (!place.some((w) => w.capitalized) || place.some((w, k) => NAME_TITLES.has(w.text) || (isGivenName(w.text) && (k > 0 || place[k + 1]?.capitalized === true)))) return null;
  if (ALWAYS_VAGUE_NOUNS.has(noun.lower)) return { kind: 'vague', vague: true };
  // (People no role names are read as a vague group placed: "Voters in Ohio" as "Officials in the province".)
  // (A role's plural at large is as vague in a place as it is alone: "Diplomats in Velgrad say", as "Diplomats say";
  // not the officers of a case there, "Detectives in Wrexford".)
  const atLarge = roles && words[at].lower === 'in' && !CASE_OFFICERS.has(noun.lower);
  const c = people || atLarge ? { kind: 'vague' as const, vague: true } : roles && noun.capitalized ? { kind: 'role' as const, vague: false } : bodies ? { kind: 'organization' as const, vague: false } : classifySource(words.slice(0, at), lexicon);
  if (!c.vague) return { kind: c.kind, vague: false };
  return checkableWhere(words[at].lower, noun.lower, people) ? { kind: 'role', vague: false } : { kind: 'vague', vague: true };
}

/** A phrase's words, a space apart, and none around a slash ("NBC News/Wall Street Journal poll"). */
function phraseText(words: Token[]): string {
  let text = words.map((w) => w.text).join(' ');
  // An ampersand written between letters stays there: "PG&E", "AT&T" (not "Marks & Spencer"); so does a comma or an
  // apostrophe written against a word: "Housing, Communities and Local Government", "the Office for Veterans' Affairs"
  // (not "Housing , Communities", "Veterans ' Affairs").
  if (text.includes(' & ') || SPACED_MARK.test(text)) {
    text = words[0].text;
    for (let k = 1; k < words.length; k++) text += (words[k].kind === 'punct' || words[k - 1].kind === 'punct') && words[k].start === words[k - 1].end ? words[k].text : ` ${words[k].text}`;
  }
  // An initial's or a title's full stop stays with it: "U.S. Travel Association", "Sen. Jim Justice".
  if (text.includes(' .')) text = text.replace(SPACED_STOP, '.');
  return text.includes(' / ') || text.includes(' \u2013 ') ? text.replace(SPACED_JOINER, '$1') : text;
}
const SPACED_STOP = / \.(?= |$)/g;
/** A comma or an apostrophe spaced by the join of words. */
const SPACED_MARK = / [,'\u2019]/;
/** A slash or an en dash that joins two names, spaced by the join of words ("NBC News / Wall Street Journal"). */
const SPACED_JOINER = / ([/\u2013]) /g;

/** The subject pronoun a word is, with a contracted verb after it or not ("he", "He’d", "I'll", "We've", "She's", "I'm"). */
function pronounOf(t: Token): string | undefined {
  if (PRONOUNS.has(t.lower)) return t.lower;
  const bare = t.lower.replace(CONTRACTED_AUXILIARY, '');
  return bare !== t.lower && PRONOUNS.has(bare) ? bare : undefined;
}
const CONTRACTED_AUXILIARY = /['\u2019](?:d|ll|ve|s|m|re)$/;
/** "am" and "are" contracted after a pronoun ("I'm", "we're"). */
const CONTRACTED_BE = /['\u2019](?:m|re)$/;

/** Indefinite pronouns for people. */
const SOMEONE = new Set(['someone', 'somebody', 'everyone', 'everybody', 'anyone', 'anybody']);

/**
 * Where a person's name ends the phrase after a capitalised title ("… Director of Government Affairs Phil Smith") or a
 * body's name after "the": the index of its given name, or 0.
 */
function titledNameAt(words: Token[]): number {
  const n = words.length;
  for (let k = Math.max(1, n - 3); k <= n - 2; k++) {
    if (!isGivenName(words[k].text)) continue;
    const name = words.slice(k);
    if (!name.every((w) => w.capitalized && w.kind === 'word' && !ORG_NAME_WORDS.has(w.text))) return 0;
    // ("Minister of State at the Department of Transport Jack Corrigan said": after a body's name that opens with
    // "the", the title before it read apart.)
    return words.slice(0, k).some((w) => w.capitalized && ROLE_NOUNS.has(w.lower)) || (words[0].text === 'the' && words[k - 1].capitalized && words[k - 1].kind === 'word') ? k : 0;
  }
  return 0;
}

/** What a capitalised or common noun phrase names. */
/** Words that make a phrase one person among many: "one barista", "a cafe owner". */
const ONE_PERSON = new Set(['a', 'an', 'one', 'another']);
/** People of a trade or of what they do, in the singular, that no list of roles holds. */
const PERSON_SINGULARS = new Set(['broker', 'hairdresser', 'barber', 'stylist', 'instructor', 'postmaster', 'postmistress', 'barista', 'franchisee', 'vendor', 'driver', 'buyer', 'seller', 'lifeguard', 'plumber', 'shopkeeper', 'trader', 'farmer', 'grower', 'baker', 'miller', 'chef', 'waiter', 'waitress', 'cleaner', 'builder', 'landlord', 'tenant', 'commuter', 'passenger', 'shopper', 'customer', 'patient', 'student', 'pupil', 'parent', 'motorist', 'rider', 'diner', 'regular', 'volunteer', 'caller', 'viewer', 'reader', 'voter', 'homeowner', 'retiree', 'pensioner', 'fisherman', 'miner', 'villager', 'local',
  // Trades and callings ("A dispatcher at the company's call center", "One postman in Firhouse").
  'dispatcher', 'postman', 'postwoman', 'underwriter', 'gardener', 'labourer', 'laborer', 'mechanic', 'carpenter', 'welder', 'roofer', 'painter', 'decorator', 'courier', 'cashier', 'clerk', 'receptionist', 'porter', 'janitor', 'caretaker', 'planter', 'picker', 'harvester', 'logger', 'trucker', 'hauler', 'realtor', 'conveyancer', 'bookkeeper', 'carer', 'caregiver', 'vet', 'dentist', 'hygienist', 'optometrist', 'tutor', 'referee', 'umpire', 'bartender', 'publican', 'brewer', 'landlady', 'innkeeper', 'distiller', 'winemaker', 'butcher', 'fishmonger', 'grocer', 'florist', 'tailor', 'jeweller', 'jeweler', 'cobbler', 'locksmith', 'plasterer', 'bricklayer', 'stonemason', 'glazier', 'joiner', 'tiler', 'scaffolder', 'packer', 'loader', 'merchandiser', 'salesman', 'saleswoman', 'salesperson', 'subcontractor', 'freelancer', 'presenter', 'broadcaster', 'chaplain', 'pastor', 'vicar', 'ranger', 'zookeeper', 'groomer', 'housekeeper', 'nanny', 'childminder', 'babysitter', 'lodger', 'investor', 'shareholder', 'borrower', 'lender', 'taxpayer', 'ratepayer', 'supporter', 'spectator', 'onlooker', 'bystander', 'coworker', 'supervisor', 'foreman', 'forewoman', 'proprietor', 'deckhand', 'skipper', 'crewman', 'sailor', 'conductor', 'signaller', 'rancher', 'shepherd', 'crofter', 'beekeeper', 'forester', 'angler', 'hunter', 'diver', 'surfer', 'hiker', 'climber', 'camper', 'traveller', 'traveler', 'tourist', 'visitor', 'client', 'lifesaver', 'holder',
  // (Heads of schools: "A principal in Co Donegal, who asked not to be named, said"; and people of an island.)
  'principal', 'headteacher', 'headmaster', 'headmistress', 'islander']);
/** Is the word, in lower case, one person of a role or a trade ("officer", "barista", "cardiologist")? */
export function personNoun(l: string): boolean {
  return ROLE_NOUNS.has(l) || TRADE_NOUN.test(l) || PERSON_SINGULARS.has(l);
}
/** Plural nouns of people no role names: "voters", "bakers", "franchisees". */
function peoplePlural(l: string): boolean {
  if (PEOPLE_PLURALS.has(l)) return true;
  const one = singularOf(l);
  return one !== l && personNoun(one) && !ROLE_NOUNS.has(one);
}
/** Plurals of people who make, sell or run things, or speak for a cause ("growers", "operators", "campaigners"). */
const TRADES_AT_LARGE = new Set(['campaigners', 'objectors', 'petitioners', 'operators', 'owners', 'packers', 'retailers', 'employers', 'producers', 'manufacturers', 'suppliers', 'exporters', 'importers', 'wholesalers', 'developers', 'contractors', 'lobbyists', 'environmentalists', 'conservationists', 'fishers', 'skippers', 'insurers', 'providers', 'stallholders', 'hauliers', 'breeders', 'undertakers', 'caterers']);
/** Bodies of a kind at large, none of them named ("Councils say", "smaller firms say", "Rural hospitals warn"). */
const BODIES_AT_LARGE = new Set(['councils', 'companies', 'firms', 'banks', 'unions', 'charities', 'hospitals', 'schools', 'universities', 'colleges', 'businesses', 'clubs', 'agencies', 'authorities', 'governments']);
/**
 * A role's plural at large, with no determiner or name ("Engineers", "funeral directors", "Island councillors"): not the
 * officers of a case or a body ("Prosecutors", "Investigators"), an event's organisers, nor lawmakers.
 */
function roleAtLarge(words: Token[], speech: boolean): boolean {
  const head = words[words.length - 1];
  const one = singularOf(head.lower);
  // ("Staff say", "Museum staff say": so are a body's staff, unnamed, when they speak; not "city staff estimate".)
  const staff = head.lower === 'staff' && speech;
  if (words.length > 3 || (one === head.lower && !staff) || !(ROLE_NOUNS.has(one) || staff) || CASE_OFFICERS.has(head.lower)) return false;
  // (No determiner, possessive or name: "the engineers", "the council's engineers", "Acme engineers".)
  // (A body's word may open a body's staff: "Museum staff say", as "White House officials".)
  return words.every((w, k) => w.kind === 'word' && !DETERMINERS.has(w.lower) && !endsWithPossessive(w.text) && (!w.capitalized || (k === 0 && !isGivenName(w.text) && (staff || !ORG_NAME_WORDS.has(w.text)))));
}
/** What reports are of that makes them papers filed or kept ("inspection reports", "finance reports"), or "the same". */
const FILED_REPORTS = new Set(['same', 'inspection', 'finance', 'financial', 'fundraising', 'audit', 'annual', 'quarterly', 'incident', 'crash', 'accident', 'autopsy', 'earnings', 'expense', 'spending', 'budget', 'court', 'coroner', "coroner's", 'progress', 'safety']);
/** One capitalised word that is a trade's plural ("Preservationists", "Publishers"), not a given name. */
function tradeInCapitals(words: Token[]): boolean {
  if (words.length !== 1 || isGivenName(words[0].text)) return false;
  // (Or a person's noun with "-es" after a sibilant: "Coaches", "Bosses".)
  const l = words[0].lower;
  const one = singularOf(l);
  return TRADE_PLURAL.test(words[0].text) || (words[0].capitalized && one !== withoutFinalS(l) && personNoun(one) && !CASE_OFFICERS.has(l));
}
const TRADE_PLURAL = /^[A-Z][a-z]+(?:ists|ers|ors)$/;
/**
 * One capitalised plural of a people or of people at an event ("Americans", "Britons", "Participants"), alone or after
 * "Most", "Many" or "Some": people at large, no name.
 */
function peopleInCapitals(words: Token[]): boolean {
  const w = words[words.length - 1];
  if (words.length > 2 || (words.length === 2 && !PEOPLE_QUANTIFIERS.has(words[0].text)) || !w.capitalized || !ENDS_IN_S.test(w.lower)) return false;
  const one = withoutFinalS(w.lower);
  return DEMONYMS.has(one) || EVENT_PEOPLE.has(w.lower);
}
const PEOPLE_QUANTIFIERS = new Set(['Most', 'Many', 'Some']);
/** People at an event, at large: "Participants say". */
const EVENT_PEOPLE = new Set(['participants', 'attendees']);
/** Plurals of the officers of a case or a body, of an event's organisers and of lawmakers: no one's at large. */
const CASE_OFFICERS = new Set(['organizers', 'organisers', 'lawmakers', 'senators', 'members', 'models', 'prosecutors', 'investigators', 'detectives', 'officers', 'firefighters', 'rescuers', 'paramedics', 'inspectors', 'auditors', 'regulators', 'judges', 'jurors', 'lawyers', 'attorneys', 'troopers', 'deputies', 'agents', 'officials', 'spokesmen', 'spokeswomen', 'spokespeople', 'authorities']);
/** The owner a possessive names ("supporters'" and "women's" → "supporters", "women"), or "" for no possessive. */
function ownerOf(l: string): string {
  if (endsWithPossessive(l)) return withoutPossessive(l);
  return PLURAL_POSSESSIVE.test(l) ? l.slice(0, -1) : '';
}
const PLURAL_POSSESSIVE = /s['\u2019]$/;
/** Is the word, in lower case, a plural of people at large ("supporters", "residents", "parents", "women")? */
function peopleAtLarge(l: string): boolean {
  return l === 'women' || l === 'men' || l === 'children' || (ENDS_IN_S.test(l) && (VAGUE_NOUNS.has(l) || peoplePlural(l) || TRADES_AT_LARGE.has(l) || RESIDENTS.has(l)));
}
/** Is the word, a plural in lower case, people of a trade or a cause, or bodies of a kind, at large (not a poll's "voters")? */
function tradeAtLarge(l: string): boolean {
  return TRADES_AT_LARGE.has(l) || BODIES_AT_LARGE.has(l) || (peoplePlural(l) && l !== 'voters');
}
/**
 * One person of a trade or role, vague by the words alone and by no anonymity ("One barista", "A Cairns cafe owner"):
 * a person a later pronoun may stand for, whose turn of speech goes on, as a named role's does.
 */
export function oneOfTrade(m: SourceMention): boolean {
  return m.onePerson === true && m.kind === 'vague' && m.anonymous !== true;
}
/**
 * "One barista", "A Cairns cafe owner": one person of a trade or role, the phrase's last word, unnamed and with
 * nothing after the role that says whose or where (not "a spokesman for the council", "a levee engineer with the
 * water authority", nor one who speaks for someone, "a spokesman", "a lawyer").
 */
function onePersonUnnamed(words: Token[]): boolean {
  // ("A baker in Cork", "a grower in Ottawa County": where they are is no one a reader can ask; "a nurse at the
  // hospital", "a postmaster in the Aroostook County office" say whose, not where.)
  const at = words.findIndex((w, i) => i > 1 && i < words.length - 1 && PLACED_ONE.has(w.lower));
  // ("A spokeswoman for the mayor", "an adviser to the minister": a role held for someone, whose voice it is.)
  if (words.some((w, i) => i > 1 && i < words.length - 1 && (w.lower === 'for' || w.lower === 'to'))) return false;
  const end = at > 0 ? at : words.length;
  if (at > 0 && words.slice(at + 1).some((w) => (!w.capitalized && (ORG_NOUNS.has(w.lower) || BODIES.has(w.lower))) || (ORG_NAME_WORDS.has(w.text) && !PLACE_NAME_WORDS.has(w.text)))) return false;
  const head = words[end - 1];
  if (end < 2 || !ONE_PERSON.has(words[0].lower) || head.kind !== 'word' || head.capitalized || !personNoun(head.lower) || words.some((w, i) => i < end && isGivenName(w.text))) return false;
  // (An agent of a trade is one of it: "an estate agent", "a travel agent".)
  return !SPEAKS_FOR.test(head.lower) || (head.lower === 'agent' && end > 2 && TRADE_AGENTS.has(words[end - 2].lower));
}
/**
 * Prepositions of where one person is, not whose: "a baker in Cork", "a grower near Yakima" (not "from": "a researcher
 * from Aston" is the university's).
 */
const PLACED_ONE = new Set(['in', 'near', 'outside']);
/** Trades whose people are agents: "an estate agent", "a travel agent". */
const TRADE_AGENTS = new Set(['estate', 'travel', 'letting', 'lettings', 'insurance', 'booking', 'shipping']);
/** Roles that speak for someone else, whom their words are: "a spokesman", "a representative". */
const SPEAKS_FOR = /^(?:spokes(?:man|woman|person)|representative|rep|lawyer|attorney|solicitor|counsel|agent|publicist|aide|adviser|advisor)$/;

export function classifySource(words: Token[], lexicon: AttributionLexicon): { kind: AttributionKind; name: string; vague: boolean } {
  const head = words[words.length - 1];
  const lowerWords = words.map((w) => w.lower);
  const text = phraseText(words);
  // (The first person as written: "I said", not "i"; "He'd say", "I'll tell" are "he", "I".)
  const pronoun = words.length === 1 ? pronounOf(head) : undefined;
  if (pronoun) return { kind: 'pronoun', name: pronoun === 'i' ? 'I' : pronoun, vague: false };
  // "the two", "both": the people just named, as "they".
  if ((words.length === 1 && head.lower === 'both') || (words.length === 2 && lowerWords[0] === 'the' && GROUP_COUNTS.has(head.lower))) return { kind: 'pronoun', name: 'they', vague: false };
  // "the Utah Republican", "the Maryland Democrat", "the Vermont independent": a state's party member, a description of
  // someone the draft named; with "the" in lower case only ("according to The Iowa Republican", "The Ohio Democrat, a
  // weekly newspaper," and "The Nevada Independent" are papers).
  if (words.length >= 3 && words[0].text === 'the' && PARTY_TAG_LETTERS.has(head.lower) && head.text !== 'Independent' && words.slice(1, -1).every((w) => w.capitalized) && US_STATES.has(lowerWords.slice(1, -1).join(' '))) return { kind: 'role', name: text, vague: false };
  // "Someone said", "Everyone agreed": people no reader can identify, not a name because the sentence opens there.
  if (words.length === 1 && SOMEONE.has(head.lower)) return { kind: 'vague', name: text, vague: true };
  // "Democrats insist", "Republicans say": a party's members at large, none of them named (not "the Democrats", the
  // party speaking as a body).
  if (words.length === 1 && PARTY_MEMBERS.has(head.text)) return { kind: 'vague', name: text, vague: true };
  const objectPronoun = words.length === 1 ? OBJECT_PRONOUNS.get(head.lower) : undefined;
  if (objectPronoun) return { kind: 'pronoun', name: objectPronoun, vague: false };
  // "Melbourne-based Tarrant Fibres", "a London-based charity": where a body is based says it is one.
  // (Not a person based there: "Texas-based strategist Matt Mackowiak".)
  if (words.length > 1 && head.capitalized && BASED.test(words[0].lower === 'the' || words[0].lower === 'a' ? words[1]?.lower ?? '' : words[0].lower) && !words.some((w) => isGivenName(w.text) || ROLE_NOUNS.has(w.lower))) return { kind: 'organization', name: text, vague: false };
  // "St Mungo's", "St John's": a saint's name in the possessive alone is a church, school, hospital or charity
  // named after the saint, not a person "Mungo".
  // (Its abbreviation's full stop may stand among the words: "St. Mungo's".)
  const saintWords = words[0].text === 'Saint' ? 2 : words[0].text === 'St' ? (words[1]?.text === '.' ? 3 : 2) : 0;
  if (saintWords > 0 && words.length === saintWords && head.capitalized && endsWithPossessive(head.text)) return { kind: 'organization', name: text, vague: false };
  // "Rachel Ashdown KC": the letters after a name are no body's initials.
  if (words.length > 2 && POST_NOMINALS.has(head.text) && words[words.length - 2].capitalized) return classifySource(words.slice(0, -1), lexicon);
  const placed = placedSource(words, lexicon);
  if (placed) return { ...placed, name: text };
  if (head.kind === 'number' && words.length > 1 && NUMBERED_BODIES.has(words[words.length - 2].text)) return { kind: 'organization', name: text, vague: false };
  for (const phrase of lexicon.vague) {
    if (phrase.length <= lowerWords.length && phrase.every((w, i) => lowerWords[lowerWords.length - phrase.length + i] === w)) {
      return { kind: 'vague', name: text, vague: true };
    }
  }
  if (lexicon.known.has(text) || lexicon.known.has(head.text)) {
    return { kind: head.capitalized ? 'named' : 'role', name: text, vague: false };
  }
  const capitals = words.filter((w) => w.capitalized);
  // ("Henry Ford II": a generation, no initials; "World War III" stays a thing's name.)
  // (Only after a name with a given name in it: "Churchill Capital IV", "Title IV" stay bodies and things.)
  const orgWord = capitals.some((w, k) => ORG_NAME_WORDS.has(withoutPossessive(w.text)) || (ALL_CAPITALS.test(w.text) && !COMMON_ABBREVIATION.test(w.text) && !(k === 0 && capitals.length > 1 && BRITISH_TITLES.has(w.text)) && !(k > 0 && k === capitals.length - 1 && GENERATIONS.has(w.text) && capitals[k - 1].text !== 'War' && capitals.some((c) => isGivenName(c.text)))));
  const determiner = lowerWords[0];
  if (ALWAYS_VAGUE_NOUNS.has(head.lower)) return { kind: 'vague', name: text, vague: true };
  if (words.length > 2 && ONE_OF.has(determiner) && lowerWords[1] === 'of' && !orgWord) return { kind: 'vague', name: text, vague: true };
  if (ANONYMOUS_SINGULARS.has(head.lower) && ONE_PERSON.has(determiner)) return { kind: 'vague', name: text, vague: true };
  // "another added": one more of the people just quoted, unnamed.
  if (words.length === 1 && head.lower === 'another') return { kind: 'vague', name: text, vague: true };
  if (VAGUE_QUANTIFIERS.has(determiner) && words.length > 1 && FINAL_S.test(head.lower) && !orgWord) return { kind: 'vague', name: text, vague: true };
  // "Industry figures suggest", "Industry bodies say", "Lifeguard industry representatives say": a trade at large speaks,
  // none of it named (not "the industry body", nor a body's own figures).
  if (industryAtLarge(words) && !orgWord) return { kind: 'vague', name: text, vague: true };
  // ("Former players say", "Business leaders say": groups vague only alone or with a plain modifier, as weak ones.)
  // ("Clinton aides said", "Top Sanders strategists": a campaign's or office's staff, unnamed.)
  const staff = UNNAMED_STAFF.has(head.lower) && (!head.capitalized || words.length === 1);
  const group = (GROUPS_VAGUE_BARE.has(head.lower) && words.length > 1) || staff;
  // ("according to government reports", "the inspection reports", "according to the same reports": reports of a body
  // or of a kind that is filed are papers to look up, and so are those named before; not "media reports".)
  if (head.lower === 'reports' && words.length >= 2 && (FILED_REPORTS.has(words[words.length - 2].lower) || recipientBody(words[words.length - 2].lower))) return { kind: 'document', name: text, vague: false };
  if (VAGUE_NOUNS.has(head.lower) || group) {
    // ("Johnson's critics", "Trump's supporters": whose side they are on names none of them.)
    const sideOf = RELATIONAL_GROUPS.has(head.lower);
    // (Officials, executives or staff of a named body are as unnamed as "officials", unless a person is named beside them:
    // "President Harris and senior administration officials".)
    const personNamed = lowerWords.includes('and') && words.some((w, k) => (NAME_TITLES.has(w.text) || isGivenName(w.text)) && words[k + 1]?.capitalized === true && words[k + 1].kind === 'word' && !NAME_TITLES.has(words[k + 1].text));
    // ("Supporters' groups say", "Women's groups say": groups of people at large, named by whose they are.)
    const peoplesGroups = head.lower === 'groups' && words.length === 2 && peopleAtLarge(ownerOf(words[0].lower));
    const qualified = !((head.text === 'officials' || head.text === 'executives' || staff) && !personNamed) && !peoplesGroups && capitals.some((w) => !NATIONALITY_SUFFIX.test(w.lower) && !STATE_INITIALS.test(w.text) && !VAGUE_MODIFIERS.has(w.lower) && !VAGUE_NOUNS.has(w.lower) && !ROLE_NOUNS.has(w.lower) && !isSentenceInitialCapital(w, words) && !(sideOf && endsWithPossessive(w.text)));
    // (A quantifier names none of them: "most analysts had forecast", "several economists said".)
    // (A count of a campaign's or an office's staff names none of them either: "Two Kettering aides said privately".)
    const weak = (WEAK_VAGUE_NOUNS.has(head.lower) || group) && lowerWords.some((w) => DETERMINERS.has(w) && !VAGUE_QUANTIFIERS.has(w) && w !== 'most' && w !== 'few' && !(staff && NUMBER_WORDS.has(w)));
    if (!qualified && !weak) return { kind: 'vague', name: text, vague: true };
    return { kind: orgWord ? 'organization' : 'role', name: text, vague: false };
  }
  // "Growers say", "Bus owners say", "Public health campaigners argue": people of a trade or a cause at large, none of
  // them named, as "experts say" (not with a determiner, "the growers", nor the officers of a case, "Prosecutors said").
  // (A plural in capitals after the first word is a body's name: "Caledon Vets", "Port Alder Ratepayers".)
  if (words.length <= 3 && tradeAtLarge(head.lower) && !orgWord && !(head.capitalized && words.length > 1) && words.every((w) => w.kind === 'word' && !DETERMINERS.has(w.lower) && !endsWithPossessive(w.text))) return { kind: 'vague', name: text, vague: true };
  // "Polls show", "studies suggest", "a 2011 study", "early reports": a document nobody can look up is vague.
  const indefinite = INDEFINITE_WORDS.has(determiner);
  // (The mass noun alone or after one word: not the end of a longer phrase, "the treatment of research [chimpanzees]".)
  const barePlural = (head.lower.endsWith('s') || (MASS_DOCUMENTS.has(head.lower) && words.length <= 2)) && !['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'whose', 'your', 'my'].includes(determiner);
  // A capital that only opens the sentence ("Polls show", "Recent studies") names nothing.
  const named = capitals.some((w) => !(w === words[0] && (UNNAMED_DOCUMENTS.has(w.lower) || INDEFINITE_WORDS.has(w.lower) || DETERMINERS.has(w.lower))));
  // (One that names who ordered it is not: "A report commissioned by the council".)
  if (UNNAMED_DOCUMENTS.has(head.lower) && !named && (indefinite || barePlural) && !bodysDocument(words) && !madeBy(words)) {
    return { kind: 'vague', name: text, vague: true };
  }
  // (Not the capitalised end of a body's name after a person: "Jeffrey Lewis of the James Martin Center for
  // Nonproliferation Studies" is Lewis, read below.)
  if (DOCUMENT_NOUNS.has(head.lower) && !(head.capitalized && words.length > 3 && isGivenName(words[0].text) && words.some((w, i) => i > 1 && AFFILIATIONS.has(w.text)))) return { kind: 'document', name: text, vague: false };
  // ("Voters in Ohio said", read by who they are: people no role names, not a name because the sentence opens there.)
  if (words.length === 1 && peoplePlural(head.lower)) return { kind: 'role', name: text, vague: false };
  // "Rachel Dunmore of West Midlands Police": a person of the force or body, not the body.
  const of = namedPersonOf(words);
  if (of > 0) return { kind: 'named', name: personName(words.slice(0, of)), vague: false };
  if (head.lower === 'police' || ORG_NOUNS.has(head.lower)) return { kind: 'organization', name: text, vague: false };
  // ("The China Coast Guard said", "the National Guard": a force, not one guard.)
  if (head.lower === 'guard' && words.length > 1 && GUARD_FORCES.has(words[words.length - 2].lower)) return { kind: 'organization', name: text, vague: false };
  // ("the Ministry of Justice", "the Office of the Children's Commissioner": a role's noun in the name a body's word and
  // "of" open is the body's field or office.)
  if ((ROLE_NOUNS.has(head.lower) || ROLE_NOUNS.has(withoutFinalS(head.lower))) && !bodyOfRole(words)) return { kind: 'role', name: text, vague: false };
  // "An adviser to Trump", "a spokesman for Google": a role held for someone, not the one it is held for.
  // ("Aides to Dufresne said": a plural role opening the sentence; unnamed staff, as "Clinton aides".)
  const servedAt = words.findIndex((w, i) => i > 0 && (w.text === 'to' || w.text === 'for') && ((!words[i - 1].capitalized && ROLE_NOUNS.has(words[i - 1].lower)) || (i === 1 && UNNAMED_STAFF.has(words[0].lower))));
  if (servedAt > 0) {
    const unnamed = (ANONYMOUS_SINGULARS.has(words[servedAt - 1].lower) && ONE_PERSON.has(determiner)) || (servedAt === 1 && UNNAMED_STAFF.has(words[0].lower));
    return { kind: unnamed ? 'vague' : 'role', name: text, vague: unnamed };
  }
  if (bodyOfCapitals(words) || fieldOpensBody(words)) return { kind: 'organization', name: text, vague: false };
  const affiliation = words.findIndex((w, i) => i > 0 && AFFILIATIONS.has(w.text));
  if (affiliation > 0) {
    // "Doug Collins of Georgia", "committee member Doug Collins of Georgia": the person before the affiliation.
    const person = words.slice(0, affiliation);
    // "Figures from the Department of Health", "Data from the state agency": documents (capitalised only because the
    // sentence opens there) speak for the body they come from.
    // (So do those of a body named without an article: "Figures from Water Safety New Zealand show".)
    if (person.length === 1 && DOCUMENT_NOUNS.has(person[0].lower) && words[affiliation].text !== 'at' && (words[affiliation + 1]?.lower === 'the' ? affiliation + 2 < words.length : words[affiliation + 1]?.capitalized === true)) return classifySource(words.slice(affiliation + 1), lexicon);
    const last = person[person.length - 1];
    // ("The Port of Dover said": capitals after "the" that go on past "of" to a place or a body name a body; no person's
    // name takes "the". Not a title's, "the Duke of Edinburgh", nor one before a person of the body, "The Office of the
    // Federal Chief Information Officer's Greg Barbaccia".)
    if (person.length > 1 && person[0].lower === 'the' && words[affiliation].text === 'of' && person.every((w, k) => k === 0 || (w.capitalized && !isGivenName(w.text) && !NAME_TITLES.has(w.text) && !ROLE_NOUNS.has(w.lower))) && words.every((w, k) => k <= affiliation || ((w.capitalized || w.lower === 'the' || w.lower === 'of' || w.lower === 'and') && !isGivenName(w.text) && !endsWithPossessive(w.text)))) {
      return { kind: 'organization', name: text, vague: false };
    }
    const name = personName(person);
    if (last.capitalized && !person.some((w) => ORG_NAME_WORDS.has(w.text)) && !NAME_TITLES.has(last.text) && !ROLE_NOUNS.has(last.lower)) {
      return { kind: 'named', name, vague: false };
    }
    // "The Mayor of London", "the Governor of Texas": a title of a place or body, no one named (not "London").
    // (The place one word, or a body's name that ends in a body's word or a country's: "of the United States"; not a
    // name after it, "Speaker of the Knesset Amir Ohana".)
    if (last.capitalized && NAME_TITLES.has(last.text) && !person.some((w) => ORG_NAME_WORDS.has(w.text)) && words[affiliation].text === 'of' && titledPlace(words.slice(affiliation + 1))) {
      // ("The State of Georgia announced": a state is a body.)
      return { kind: last.text === 'State' ? 'organization' : 'role', name: text, vague: false };
    }
  }
  // ("Forecasts showed", "Letters show": a document's noun in the plural that opens the sentence names no one, as
  // "Polls show" does, and is no person's name.)
  if (words.length === 1 && head.capitalized && FINAL_S.test(head.lower) && DOCUMENT_NOUNS.has(head.lower.slice(0, -1))) return { kind: 'vague', name: text, vague: true };
  if (head.capitalized) {
    if (nationalBody(words) || linkedBody(words)) return { kind: 'organization', name: text, vague: false };
    // "Board chair Miriam Falk", "Senate Judiciary Committee chairman Tom Reyes": the organisation's words describe the
    // role; the capitalised words after the lower-case role noun are the person.
    const role = lastRoleNoun(words);
    // (Particles of a name may stand among them: "President Ursula von der Leyen".)
    if (role > 0) {
      const person = words.slice(role + 1);
      if (person.filter((w) => w.capitalized).length <= 3 && person.length <= 5 && person[person.length - 1].capitalized && person.every((w) => (w.capitalized || NAME_PARTICLES.has(w.lower)) && !ORG_NAME_WORDS.has(w.text)) && (!words[role].capitalized || isGivenName(words[role + 1].text))) {
        return { kind: 'named', name: personName(person), vague: false };
      }
    }
    // ("Johnson & Johnson", "Procter & Gamble": capitals joined by an ampersand are a firm.)
    // (Not a person after it, "Procter & Gamble's Jon Moeller", "Head of Sales & Marketing Jane Smith".)
    const firm = words.some((w, i) => w.text === '&' && i > 0 && words[i - 1].capitalized && words[i + 1]?.capitalized) && !words.some((w, i) => endsWithPossessive(w.text) || (isGivenName(w.text) && words[i + 1]?.capitalized === true && words[i - 1]?.text !== '&'));
    // "UMWA Director of Government Affairs Phil Smith": a title whose office holds a body's words, then a person's name
    // (a given name and one to two more capitals, none a body's word).
    if (orgWord) {
      const given = titledNameAt(words);
      if (given > 0) return { kind: 'named', name: personName(words.slice(given)), vague: false };
    }
    if (orgWord || firm || COUNTRY_OR_UNION.test(text)) return { kind: 'organization', name: text, vague: false };
    // "the Iowa Judicial Branch", "the Kremlin": a run of capitals after "the" with no title and no given name in it
    // is a body's name; a person's name takes no article.
    // (So, when "The" opens the sentence, is a run of two capitals or more after it: "The National Pensioners Convention
    // said", not a person "Pensioners Convention" after the word "national".)
    const run = words.length >= 3 && words[0].text === 'The' && capitalRun(words) === 0 ? 1 : capitalRun(words);
    // (A word that may be a title's or a body's opening the run opens a body's name: "the National Pensioners Convention".)
    if (run > 0 && words[run - 1].lower === 'the' && !words.slice(run).some((w, k) => (NAME_TITLES.has(w.text) && !(k === 0 && bodyWordOpens(words, run))) || isGivenName(w.text))) {
      return { kind: 'organization', name: words.slice(run).map((w) => w.text).join(' '), vague: false };
    }
    // ("Tourism Tropical North Queensland estimated": four capitals with no given name or title among them name a
    // body, not a person "North Queensland".)
    // (After a possessive, three capitals at least: "North Carolina's Ada Fisher" is a person, "North America's Building
    // Trades Unions" a body.)
    const owner = words.findIndex((w) => endsWithPossessive(w.text));
    if (words.length >= 4 && words.length - owner > 3 && words.every((w) => w.kind === 'word' && w.capitalized && !isGivenName(w.text) && !NAME_TITLES.has(w.text) && !ROLE_NOUNS.has(w.lower) && !NAME_PARTICLES.has(w.lower))) return { kind: 'organization', name: text, vague: false };
    return { kind: 'named', name: personName(words), vague: false };
  }
  return { kind: 'role', name: text, vague: false };
}

/**
 * Do a capitalised body's word and "of" open the name whose capitalised last word is a role's noun ("the Ministry of
 * Justice", "the Office of the Children's Commissioner")? Capitals after "of", with "the" and "and" among them.
 */
function bodyOfRole(words: Token[]): boolean {
  const head = words[words.length - 1];
  if (!head.capitalized) return false;
  let of = words.length - 2;
  while (of > 0 && words[of].lower !== 'of' && (words[of].capitalized || words[of].lower === 'the' || words[of].lower === 'and')) of--;
  return of > 0 && words[of].lower === 'of' && bodyWord(words[of - 1]);
}

/** The words after a title's "of": one capital, or after "the" capitals that end in a body's word or a country's. */
function titledPlace(words: Token[]): boolean {
  if (words.length === 1) return words[0].capitalized && words[0].kind === 'word' && !isGivenName(words[0].text);
  const end = words[words.length - 1];
  return words[0].lower === 'the' && (ORG_NAME_WORDS.has(end.text) || STATE_NAME_ENDS.has(end.text)) && words.every((w, k) => k === 0 || w.capitalized || w.lower === 'of' || w.lower === 'the' || w.lower === 'and') && !words.some((w) => isGivenName(w.text) || NAME_TITLES.has(w.text));
}

/**
 * Where "of", "from" or "at" stands after a person's full name that opens the phrase, past a title ("Rachel Dunmore of
 * West Midlands Police", "Insp. Rachel Dunmore of …"), or 0.
 */
function namedPersonOf(words: Token[]): number {
  // (Past a title: "Insp. Rachel Dunmore of …", "Station Manager Craig Dunmore of …".)
  let t = 0;
  while (t < words.length && NAME_TITLES.has(words[t].text)) t++;
  if (t === 0) {
    let r = 0;
    while (r < 3 && r < words.length && words[r].capitalized && words[r].kind === 'word' && !isGivenName(words[r].text) && !ORG_NAME_WORDS.has(words[r].text)) r++;
    if (r > 0 && r < words.length && ROLE_NOUNS.has(words[r - 1].lower)) t = r;
  }
  if (words.length - t < 4 || !words[t + 1].capitalized) return 0;
  // (A given name the lists lack, in a name of two words before "of the": "Radu Moldovan of the Tarsian Border
  // Police", a body's word ending it; not a title's words, "Secretary General of the United Nations", nor a title
  // before a name after the body, "Israeli Speaker of the Knesset Amir Ohana".)
  if (!isGivenName(words[t].text) && !(words[t + 2].lower === 'of' && words[t + 3].lower === 'the' && twoWordName(words[t], words[t + 1]) && ORG_NAME_WORDS.has(words[words.length - 1].text))) return 0;
  let k = t + 1;
  while (k < words.length && k < Math.max(4, t + 3) && words[k].capitalized && words[k].kind === 'word') k++;
  for (let j = 0; j < k; j++) if (ORG_NAME_WORDS.has(words[j].text)) return 0;
  return k < words.length - 1 && AFFILIATIONS.has(words[k].text) ? k : 0;
}

/** A word that counts ("a dozen members of Congress told", "several", "two"): no description of a body's noun. */
function countWord(lower: string): boolean {
  return NUMBER_WORDS.has(lower) || VAGUE_QUANTIFIERS.has(lower) || lower === 'dozens' || lower === 'hundreds' || lower === 'thousands';
}

/** "published in" at tokens[i]: a document's place of publication follows ("a study published in Nature"). */
function publishedIn(tokens: Token[], i: number): boolean {
  return tokens[i]?.lower === 'published' && tokens[i + 1]?.lower === 'in';
}

/**
 * Is the document's noun at k the object of a verb of going through or awaiting it ("passed a safety review",
 * "completed assessment", "faces an investigation"), past up to three words before the noun?
 */
function documentUndergone(tokens: Token[], k: number, from: number): boolean {
  let d = k - 1;
  while (d >= from && k - d <= 3 && tokens[d].kind === 'word' && !tokens[d].capitalized && !UNDERGONE.has(tokens[d].lower) && !NOT_SOURCE.has(tokens[d].lower)) d--;
  if (d >= from && (tokens[d].lower === 'a' || tokens[d].lower === 'an' || tokens[d].lower === 'the')) d--;
  return d >= from && UNDERGONE.has(tokens[d].lower);
}
const UNDERGONE = new Set(['passed', 'passes', 'pass', 'failed', 'fails', 'completed', 'completes', 'underwent', 'undergone', 'undergo', 'undergoes', 'faces', 'face', 'facing', 'faced', 'awaiting', 'awaits', 'await', 'ordered', 'orders', 'launched', 'launches', 'requested', 'requests', 'survived']);

/** Parts of a body that a person is of ("Denise Okafor of the bureau's criminal investigation division"). */
const PARTS_OF_BODIES = new Set(['division', 'unit', 'branch', 'section', 'wing', 'squad', 'desk']);

/** Who may make or see a document after its participle and "by": a name, or a body's or people's noun ("the agency", "reporters"). */
/**
 * Does a maker stand at k: a word agentAt takes, after up to two words in lower case that describe it ("the safety
 * charity SiteSafe Trust", "independent researcher Farah Lindqvist", "the trust")?
 */
function agentAfter(tokens: Token[], k: number, to: number): boolean {
  for (let j = k; j < to && j < k + 3; j++) {
    if (agentAt(tokens[j])) return true;
    if (tokens[j].kind !== 'word' || NOT_SOURCE.has(tokens[j].lower)) return false;
  }
  return false;
}

function agentAt(t: Token | undefined): boolean {
  // ("figures released by the trust": a body's noun that a draft names one by is one; "estimates prepared by the
  // council's finance department": so is its possessive, before the part of it that made them.)
  if (t === undefined || t.kind !== 'word') return false;
  const noun = withoutPossessive(t.lower);
  return t.capitalized || ((sourceNoun(noun) || NAMED_BY_NOUN.has(noun)) && !NUMBER_WORDS.has(noun));
}

/**
 * Are a and b a person's name of two words by their shape: capitalised words, neither in capitals nor a title's or
 * role's word? (namedPersonOf, which asks, turns away a body's word in the name itself.)
 */
function twoWordName(a: Token, b: Token): boolean {
  return a.kind === 'word' && b.kind === 'word' && a.capitalized && b.capitalized && !isUpperCase(a.text) && !isUpperCase(b.text) && !ROLE_NOUNS.has(a.lower) && !ROLE_NOUNS.has(b.lower) && !NAME_TITLES.has(a.text);
}

/**
 * "Public Health Wales", "Statistics Canada", "Water Safety New Zealand": capitals before a country's name, none a
 * given name, a title or a role, name a national body (not a person whose surname is the country: "Jimmy Wales"). Of
 * words[from, to) when given.
 */
export function nationalBody(words: Token[], from = 0, to = words.length): boolean {
  const n = to - from;
  if (n < 2) return false;
  const last = words[to - 1].lower;
  let place = COUNTRIES.has(last) ? 1 : 0;
  // (A name of two or three words only where its last word ends one: no string is made for most runs.)
  if (place === 0 && COUNTRY_LAST_WORDS.has(last)) {
    if (COUNTRIES.has(`${words[to - 2].lower} ${last}`)) place = 2;
    else if (n > 3 && COUNTRIES.has(`${words[to - 3].lower} ${words[to - 2].lower} ${last}`)) place = 3;
  }
  // ("UK Anti-Doping", "USA Swimming", "US Soccer": a country's initials opening the name.)
  if (place === 0 && COUNTRY_INITIALS.has(words[from].text)) {
    for (let k = from + 1; k < to; k++) {
      const w = words[k];
      if (w.kind !== 'word' || !w.capitalized || personsWord(w) || endsWithPossessive(w.text)) return false;
    }
    return true;
  }
  // ("Agriculture Victoria", "Fisheries Queensland", "Health New Brunswick": a field of public business before a state
  // or a province names its department, where the place alone may be a person's name.)
  if (place === 0) return stateBody(words, from, to);
  if (place === n) return false;
  for (let k = from; k < to - place; k++) {
    const w = words[k];
    if (w.kind !== 'word' || !w.capitalized || personsWord(w) || endsWithPossessive(w.text)) return false;
  }
  return true;
}

/** States, provinces and territories of federations, in lower case, that end a department's name after its field. */
const STATES_AND_PROVINCES = new Set([...US_STATES, 'victoria', 'queensland', 'tasmania', 'new south wales', 'south australia', 'western australia', 'northern territory', 'ontario', 'quebec', 'alberta', 'manitoba', 'saskatchewan', 'british columbia', 'nova scotia', 'new brunswick', 'prince edward island', 'newfoundland', 'yukon', 'nunavut']);
/** Fields of public business, then a state or a province: "Agriculture Victoria", "Energy and Water Queensland". */
function stateBody(words: Token[], from: number, to: number): boolean {
  for (let place = 1; place <= 3 && to - place > from; place++) {
    let name = words[to - place].lower;
    for (let k = to - place + 1; k < to; k++) name += ` ${words[k].lower}`;
    if (!STATES_AND_PROVINCES.has(name) || !words.slice(to - place, to).every((w) => w.kind === 'word' && w.capitalized)) continue;
    return words.slice(from, to - place).every((w, k, fields) => BODY_FIELDS.has(w.text) || (w.lower === 'and' && k > 0 && k < fields.length - 1));
  }
  return false;
}

/**
 * A given name, a person's title or a role's noun: a word that leads a run of capitals to a person, not a body's name
 * (a body's word that may be a title's too stays a body's: "Public Health Wales").
 */
function personsWord(t: Token): boolean {
  return isGivenName(t.text) || (NAME_TITLES.has(t.text) && !BODY_WORD_TITLES.has(t.text)) || ROLE_NOUNS.has(t.lower);
}

/** Capitalised words that join a body's name and never a person's ("Doctors Without Borders", "Mothers Against …"). */
const BODY_LINKS = new Set(['Without', 'Against', 'Sans', 'Sin', 'Ohne']);

/** Capitals with a body's link word inside ("Doctors Without Borders", "Médecins Sans Frontières")? */
function linkedBody(words: Token[]): boolean {
  if (words.length < 3) return false;
  let link = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (w.kind !== 'word' || !w.capitalized) return false;
    if (k > 0 && k < words.length - 1 && BODY_LINKS.has(w.text)) link = true;
  }
  return link;
}

/** Words that place a place ("in nearby Rolla", "in neighbouring Kent"). */
const PLACE_MODIFIERS = new Set(['nearby', 'neighbouring', 'neighboring', 'northern', 'southern', 'eastern', 'western', 'central', 'rural', 'suburban', 'downtown', 'coastal']);

/** A participle in -ing ("returning", "acting"). */
const ING_ENDING = /[a-z]{2}ing$/;

/** Countries' initials that open a national body's name ("UK Anti-Doping", "USA Swimming"). */
const COUNTRY_INITIALS = new Set(['UK', 'US', 'USA']);

/** The last words of countries' names of more than one word ("zealand"). */
const COUNTRY_LAST_WORDS = new Set([...COUNTRIES].filter((c) => c.includes(' ')).map((c) => c.slice(c.lastIndexOf(' ') + 1)));

/**
 * "National League of Cities", "Concerned Veterans for America": capitals, then "of", "for" or "on" and
 * more capitals, with no given name or title among them, name a body. (Not "Rand Paul of Kentucky": after "of", one
 * word that is no plural is where a person is from.)
 */
function bodyOfCapitals(words: Token[]): boolean {
  const first = words[0]?.lower === 'the' ? 1 : 0;
  const joiner = words.findIndex((w, k) => k > first && (w.text === 'of' || w.text === 'for' || w.text === 'on'));
  if (joiner < 0 || joiner === words.length - 1) return false;
  for (let k = first; k < words.length; k++) {
    const w = words[k];
    if (k === joiner || (k > joiner && (w.text === 'and' || w.text === '&' || w.text === 'the'))) continue;
    if (!w.capitalized || isGivenName(w.text) || (NAME_TITLES.has(w.text) && !BODY_WORD_TITLES.has(w.text))) return false;
    // (A title after the body's name leads to a person: "Americans for Prosperity Energy Policy Fellow Faith Burns".)
    if (k > joiner && k < words.length - 1 && (ROLE_NOUNS.has(w.lower) || PERSON_TITLE_WORDS.has(w.text) || ALL_CAPITALS.test(w.text))) return false;
  }
  // After "of", a body's plural with two or more capitals before it ("National League of Cities"), not a place
  // ("Rutte of the Netherlands", "Kiir of South Sudan") nor a body a person is of ("Zandi of Moody's Analytics").
  return words[joiner].text !== 'of' || (joiner - first >= 2 && words[joiner + 1].lower !== 'the' && FINAL_S_WORD.test(words[words.length - 1].text) && !words.some((w) => endsWithPossessive(w.text)));
}
const FINAL_S_WORD = /[a-z]s$/;
/** A party's members at large. */
const PARTY_MEMBERS = new Set(['Democrats', 'Republicans']);
/** Titles of a body's people that lead to a name ("Energy Policy Fellow Faith Burns"). */
const PERSON_TITLE_WORDS = new Set(['Fellow', 'Founder', 'Co-Founder', 'Economist', 'Analyst', 'Editor', 'Host', 'Co-Host', 'Correspondent', 'Reporter', 'Anchor', 'Strategist', 'Adviser', 'Advisor', 'Counsel', 'Partner', 'Principal', 'Officer', 'Manager']);
/** Words that may stand before a title but as often name a body ("National", "State", "Federal"). */
const BODY_WORD_TITLES = new Set(['National', 'State', 'Federal', 'Regional', 'Local', 'Party', 'Opposition', 'Republican', 'Democratic', 'Democrat', 'Labour', 'Conservative', 'Liberal', 'Green', 'Independent', 'Supreme', 'Royal', 'Foreign', 'Home', 'Interior', 'Defence', 'Defense', 'Health', 'Finance', 'Education', 'Police', 'Fire', 'Press', 'Executive', 'Justice']);

/**
 * Index of the last role noun or title in a phrase ("chair" in "Board chair Miriam Falk", "Chair" in "Council on
 * Environmental Quality Chair Brenda Mallory"), or -1.
 */
function lastRoleNoun(words: Token[]): number {
  for (let k = words.length - 2; k > 0; k--) if (ROLE_NOUNS.has(words[k].lower) || NAME_TITLES.has(words[k].text) || AGENCY_TITLES.has(words[k].text)) return k;
  return -1;
}
/** Titles an agency's head holds before a name ("EPA Administrator Lee Zeldin", "Special Envoy Steve Witkoff"). */
const AGENCY_TITLES = new Set(['Administrator', 'Coordinator', 'Envoy', 'Surgeon']);

/**
 * Does a word that may stand before a title but as often names a body (BODY_WORD_TITLES) open a body's name at k:
 * before a capitalised word that is no title, role or given name ("National Energy Action", not "National Security
 * Adviser John Bolton" nor "Republican Nikki Haley")?
 */
function bodyWordOpens(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (!BODY_WORD_TITLES.has(tokens[k].text) || next === undefined || next.kind !== 'word' || !next.capitalized) return false;
  // (Not a department after a title's "of": "Secretary of Defense Ash Carter".)
  if (k > 0 && tokens[k - 1].lower === 'of') return false;
  return !NAME_TITLES.has(next.text) && !ROLE_NOUNS.has(next.lower) && !isGivenName(next.text) && !BODY_WORD_TITLES.has(next.text);
}

/** Index where the phrase's final run of capitalised words begins. */
function capitalRun(words: Token[]): number {
  let k = words.length - 1;
  while (k > 0 && words[k - 1].capitalized) k--;
  return k;
}

function isSentenceInitialCapital(w: Token, words: Token[]): boolean {
  return w === words[0] && DETERMINERS.has(w.lower);
}

/** A person's name without the titles and descriptors before it ("French Senator Nathalie Goulet" → "Nathalie Goulet"). */
export function personName(words: Token[]): string {
  return personNameIn(words, 0, words.length);
}

/** Two capitals, each with or without a full stop ("U.S.", "EU"): a title-like word before a name. Made once. */
const INITIALS_TITLE = /^[A-Z]\.?[A-Z]\.?$/;

/**
 * personName of the words tokens[from, to), read in place (no copy of them made: this runs for every name run). Given
 * the prose the tokens were read from, a name whose words stand one space apart there is cut out of it, not joined
 * (the joins were 15 MB, 0.9% of the bytes the engine allocated in a heap profile over the White House corpus).
 */
export function personNameIn(tokens: Token[], from: number, to: number, prose?: string): string {
  let i = from;
  // "Rachel Ashdown KC", "Ed Davey MP": letters after a name are no part of it (nor its surname).
  // (Nor is a generation's suffix part of the surname a later mention uses: "Adm. Harry B. Harris Jr." is "Harris",
  // "Martin Luther King III" is "King"; but a pope's or a king's number stays: "Pope John Paul II", "King Charles III".)
  while (to - from > 2 && (POST_NOMINALS.has(tokens[to - 1].text) || (GENERATIONS.has(tokens[to - 1].text) && !regnal(tokens, from, to - 1)))) to--;
  // Drop everything up to the last title word: "former U.S. Ambassador to Ukraine Marie Yovanovitch" keeps the name.
  for (let k = from; k < to - 1; k++) {
    const t = tokens[k].text;
    if (NAME_PARTICLES.has(tokens[k].lower) && k > i) continue; // "Mohammad bin Salman"
    // "John F. Kennedy", "Newark Mayor Ras J. Baraka": a middle initial and its stop after a name are no title.
    if (k > i && MIDDLE_INITIAL.test(tokens[k].text) && tokens[k + 1]?.text === '.' && tokens[k - 1].capitalized && tokens[k - 1].kind === 'word' && !NAME_TITLES.has(tokens[k - 1].text)) continue;
    if (tokens[k].text === '.' && k > i && MIDDLE_INITIAL.test(tokens[k - 1].text) && !NAME_TITLES.has(`${tokens[k - 1].text}.`)) continue;
    // ("National Energy Action", "Police Scotland": a word that may be a title or a body's, opening a name of up to
    // three words before a capital that is neither a title nor a given name, opens a body's name; not "Secretary of
    // State Condoleezza Rice".)
    const title = (NAME_TITLES.has(t) && !(k === from && to - k <= 3 && bodyWordOpens(tokens, k))) || ROLE_NOUNS.has(tokens[k].lower) || INITIALS_TITLE.test(t) || BRITISH_TITLES.has(t);
    if (title || !tokens[k].capitalized || (NATIONALITY_SUFFIX.test(tokens[k].lower) && (NAME_TITLES.has(tokens[k + 1].text) || ROLE_NOUNS.has(tokens[k + 1].lower)))) {
      i = k + 1;
    }
  }
  // The name is tokens[start, to). "Homeland Security Kristi Noem": a long run with a given name starts the name
  // there, or else the last two words are it. A two-word name is whole even when its surname is also a given name
  // ("Malcolm Nance"), and so is a Vietnamese name, surname first ("Nguyen Van Thanh").
  let start = i;
  const n = to - i;
  let given = -1;
  if (n > 2 && !isGivenName(tokens[i].text) && !(n === 3 && SURNAMES_FIRST.has(tokens[i].text))) {
    for (let k = i + 1; k < to && given === -1; k++) if (isGivenName(tokens[k].text)) given = k;
  }
  if (given !== -1) start = given;
  else if (n > 3 && !isGivenName(tokens[i].text)) {
    start = to - 2;
    // (A middle initial goes with the name before it: "Newark Mayor Ras J. Baraka" is Ras J. Baraka.)
    while (start > i && (tokens[start].text === '.' || (MIDDLE_INITIAL.test(tokens[start].text) && tokens[start + 1]?.text === '.'))) start--;
    // (So do particles, with the word before them: "Joost van der Berg", not "der Berg".)
    while (start > i && NAME_PARTICLES.has(tokens[start].lower)) start--;
  }
  if (prose !== undefined && spacedOnce(prose, tokens, start, to)) return withoutPossessive(prose.slice(tokens[start].start, textEnd(tokens[to - 1])));
  const texts = new Array<string>(to - start);
  // (An initial's full stop stays with it, "John F. Kennedy", also where the words come without it: "Joseph R. Biden".)
  for (let k = start; k < to; k++) texts[k - start] = k < to - 1 && MIDDLE_INITIAL.test(tokens[k].text) && tokens[k + 1].text !== '.' && tokens[k + 1].start > tokens[k].end + 1 ? `${tokens[k].text}.` : tokens[k].text;
  const joined = texts.join(' ');
  return withoutPossessive(joined.includes(' .') ? joined.replace(SPACED_STOP, '.') : joined);
}

/** Words of the name a source goes by: "gave his name only as", "identified only as", "known only as". */
const GOING_BY = new Set(['name', 'identified', 'known', 'called']);

/** Words before "guard" that make it a force: "coast guard", "National Guard", "Revolutionary Guard". */
const GUARD_FORCES = new Set(['coast', 'national', 'border', 'civil', 'revolutionary', 'republican', 'home', 'presidential']);

/** A modifier that says where a body is based: "Melbourne-based", "US-based". */
export const BASED = /-based$/;

/** Letters written after a person's name: honours, counsel, members of parliaments. */
const POST_NOMINALS = new Set(['KC', 'QC', 'SC', 'MP', 'MSP', 'MEP', 'MLA', 'MS', 'TD', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'PhD', 'FRS']);

/** A middle initial: one capital letter ("John F. Kennedy"). */
export const MIDDLE_INITIAL = /^[A-Z]$/;

/** A generation's suffix after a surname. */
const GENERATIONS = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);
/** Titles whose holders are numbered ("Pope John Paul II", "King Charles III"). */
const REGNAL_TITLES = new Set(['Pope', 'King', 'Queen', 'Emperor', 'Empress', 'Kaiser', 'Tsar', 'Czar', 'Sultan', 'Shah', 'Emir', 'Pharaoh', 'Prince', 'Princess', 'Duke', 'Duchess', 'Archduke', 'Saint', 'St']);
/**
 * Is the Roman number after tokens[from, to) a holder's, not a generation's: after a regnal title ("Pope John Paul II",
 * "King Charles III")? (A given name before the number tells nothing: "Charles Elliott III", "Martin Luther King III".)
 */
function regnal(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) if (REGNAL_TITLES.has(tokens[k].text)) return true;
  return false;
}

/** What findSources gives for a sentence that names no source (shared: never added to). */
const NO_MENTIONS: SourceMention[] = [];

/** Where a token's text ends in its prose (its end may lie further: see Token.withText). */
const textEnd = (t: Token): number => t.start + t.text.length;

/** Do the texts of tokens[from, to) stand one space apart in prose, so that prose holds them joined by spaces? */
function spacedOnce(prose: string, tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const gap = textEnd(tokens[k - 1]);
    // (An initial's full stop stands against it: "John F. Kennedy".)
    if (tokens[k].text === '.' && tokens[k].start === gap) continue;
    if (tokens[k].start !== gap + 1 || prose.charCodeAt(gap) !== 32) return false;
  }
  return true;
}

/** The cue base form of a word, if it is one. */
function cueLemma(word: string, lexicon: AttributionLexicon): string | undefined {
  return CUE_FORMS.get(word) ?? (word === CITING ? 'cite' : lexicon.cues.has(word) ? word : undefined);
}

/**
 * "…, citing anonymous sources": a cue only for vague sources behind a report (see citedSource), outside the cue
 * forms that the learned cue model reads and scores.
 */
const CITING = 'citing';

/** Forms of "point" that report with "out": "pointed out that", "as Byler points out". */
const POINT_FORMS = new Set(['point', 'points', 'pointed', 'pointing']);

/** What a word can start in findSources, by bit: a vague adverb, a source-less passive's verb, a cue, "point" (out). */
const VAGUE_ADVERB = 1;
const PASSIVE_VERB = 2;
const CUE_FORM = 4;
const POINT_FORM = 8;
/** Passives of forecasting that name no forecaster: "the party is projected to hold 58 seats", "is predicted to". */
const PROJECTING_PASSIVES = new Set(['projected', 'predicted', 'tipped']);
/**
 * Passives that, with an adverb of how many ("widely", "generally"), hold a view no one named holds ("was widely
 * criticised", "is widely suspected"). Not a use, a count, a routine or a name ("are widely accepted in the city", "was
 * widely observed", "is generally held in June", "is commonly called black lung"): the verbs of seeing hold a view
 * only before "as" (WIDELY_HELD_AS).
 */
const WIDELY_HELD = new Set(['believed', 'thought', 'considered', 'suspected', 'expected', 'feared', 'rumoured', 'rumored', 'alleged', 'assumed', 'understood', 'credited', 'blamed', 'criticized', 'criticised', 'praised', 'condemned', 'panned', 'derided', 'lauded', 'hailed', 'acknowledged']);
/** Passives that hold a view with "widely" only before "as": "is widely seen as", "was generally regarded as". */
const WIDELY_HELD_AS = new Set(['seen', 'regarded', 'viewed', 'recognized', 'recognised', 'perceived', 'described', 'cited']);

/**
 * The engine's words that findSources looks up for every word outside quotes, in one map: one look-up, where there
 * were four (five with the house cues) for each word, and most words are none of these.
 */
const WORD_ROLES = (() => {
  const roles = new Map<string, number>();
  const mark = (words: Iterable<string>, role: number): void => {
    for (const w of words) roles.set(w, (roles.get(w) ?? 0) | role);
  };
  mark(VAGUE_ADVERBS, VAGUE_ADVERB);
  mark(PASSIVE_VAGUE_VERBS, PASSIVE_VERB);
  mark(PROJECTING_PASSIVES, PASSIVE_VERB);
  mark(WIDELY_HELD, PASSIVE_VERB);
  mark(WIDELY_HELD_AS, PASSIVE_VERB);
  mark(CUE_FORMS.keys(), CUE_FORM);
  mark([CITING], CUE_FORM);
  mark(POINT_FORMS, POINT_FORM);
  return roles;
})();

/** Is the word at k (or before an adverb there) something made public with figures: "terms", "a plan", "funding"? */
function announcedThing(tokens: Token[], k: number, from: number): boolean {
  // (Or set off before it: "The $3.1 million package, announced on Sunday by the minister,".)
  if (k >= from && tokens[k].text === ',') k--;
  if (k >= from && /[a-z]ly$/.test(tokens[k].lower)) k--;
  return k >= from && ANNOUNCED_THINGS.has(tokens[k].lower);
}

const ANNOUNCED_THINGS = new Set(['terms', 'plan', 'plans', 'proposal', 'proposals', 'budget', 'figures', 'package', 'deal', 'measures', 'funding', 'cuts', 'investment', 'investments', 'commitment', 'commitments', 'target', 'targets', 'program', 'programme', 'initiative', 'grants', 'tariffs', 'sanctions', 'doses', 'aid', 'pledge', 'pledges']);

/** Marks after which a sentence's text begins: a dateline's dash, a colon, a bracket. */
const DATELINE_MARKS = new Set(['\u2014', '\u2013', '--', ':', '(', '[']);

/** "have", "has", "had" between a group and its belief: "as some have speculated". */
const PERFECT_AUX = new Set(['have', 'has', 'had']);
/** Verbs of belief: a vague group's belief is a vague attribution ("Many scientists believe", "Critics fear"). */
const BELIEFS = new Set(BELIEF_VERBS);

/** Does the word after a verb of belief make it one: "fear that" or "fear 40 …", "believe" not before "to" or "in"? */
function believesAfter(verb: Token, after: Token | undefined): boolean {
  if (after === undefined) return false;
  return verb.lower.startsWith('fear') ? after.lower === 'that' || after.kind === 'number' : after.lower !== 'to' && after.lower !== 'in';
}

/**
 * Words that cannot be in WORD_ROLES: asked first, as the map's look-up of every word outside quotes was 2.1% of the
 * engine's time in a CPU profile over the White House corpus.
 */
const ROLE_SHAPES = new WordShapes(WORD_ROLES.keys());

/**
 * Forms of "recommend", a verb of attribution the learned cue model does not weigh: "The report recommends spending
 * $4.2 million", "the committee recommended buying 12 more plows" (not "the recommended dose").
 */
const RECOMMENDS = ['recommend', 'recommends', 'recommended'];
const RECOMMEND_FORMS: ReadonlySet<string> = new Set(RECOMMENDS);
/**
 * Does the form of "recommend" at i report a recommendation made: not an adjective ("the recommended dose"), a
 * passive whose agent follows ("the 18 diseases recommended by the CDC"), or one still to come ("staff will
 * recommend", "is expected to recommend")?
 */
function recommends(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower ?? '';
  return !DETERMINERS.has(before) && !TO_COME.has(before) && tokens[i + 1]?.lower !== 'by';
}
/** Words before a verb that say it is still to come ("will recommend", "to recommend"). */
const TO_COME = new Set(['will', 'would', 'to', "'ll", 'shall']);

/**
 * The words findSources starts at, past a sentence's first: those of WORD_ROLES and those it compares a word with
 * first. Their tokens are tagged as they are made, and findSources passes any other by the tag.
 */
const SOURCE_WORD = tagWords([...WORD_ROLES.keys(), 'according', 'as', 'estimated', 'reported', 'in', 'by', 'per', 'of', 'amid', 'on', 'placed', 'pegged', 'had', 'heard', 'ruled', ...RECOMMENDS, ...BELIEF_VERBS]);

/**
 * "In a situational report of NDRRMC, …": "of" and a name after a document that opens the sentence with "In" names
 * the document's author, like "by".
 */
function inDocumentOf(tokens: Token[], i: number, from: number): boolean {
  const next = tokens[i + 1];
  if (i - 2 < from || next === undefined || !DOCUMENT_NOUNS.has(tokens[i - 1].lower) || !(next.capitalized || next.lower === 'the') || MONTHS.has(next.lower)) return false;
  for (let p = i - 2; p >= from && i - p <= 5; p--) {
    const t = tokens[p];
    if (t.lower === 'in') return p === from || tokens[p - 1].kind === 'punct';
    if (t.kind !== 'word' || t.capitalized) return false;
  }
  return false;
}

/** Finds the sources named in tokens[from, to), skipping cues that stand inside quotes. */
export function findSources(tokens: Token[], from: number, to: number, inQuote: (offset: number) => boolean, lexicon: AttributionLexicon): SourceMention[] {
  // Made at the first source found: most sentences name none, and share one empty list.
  let found: SourceMention[] | null = null;
  let announcers: SourceMention[] | null = null;
  // Where the phrase after the latest "according to" ends.
  let accordingEnd = -1;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    // A word that none of the readings below starts at, known by its tag (or a house cue: the house's list is asked).
    if (!t.hasTag(SOURCE_WORD) && i !== from && !(lexicon.cues.size > 0 && lexicon.cues.has(t.lower))) continue;
    if (t.kind !== 'word' || inQuote(t.start)) continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const phrase = forwardPhrase(tokens, i + 2, to, inQuote);
      const np = phrase ? givenToBody(tokens, phrase, to) : phrase;
      // "assessed according to one of the following methodologies:": in keeping with a rule listed below, no source.
      if (np && !followingRule(tokens, i + 2, to) && !inKeepingWith(tokens, i, from, np)) {
        (found ??= []).push(mention(np, lexicon, t.text + ' ' + tokens[i + 1].text, t.start, tokens[i + 1].end, 'according to', true));
        accordingEnd = np.end;
      }
      continue;
    }
    // ("according to county records reviewed by …": a plural in -s after a word of the phrase is one of its nouns, no
    // verb.)
    if (t.end <= accordingEnd && ENDS_IN_S.test(t.lower) && !t.capitalized && tokens[i - 1].kind === 'word' && tokens[i - 1].lower !== 'to') {
      continue;
    }
    // "…, as reported by The Washington Post", "as first noted in the Times": the outlet that reports the sentence,
    // read like "according to" (a speech verb before a quote still names its speaker).
    if (t.lower === 'as' && i + 3 < to) {
      const by = asReportedBy(tokens, i + 1, to);
      const np = by > 0 ? forwardPhrase(tokens, by + 1, to, inQuote) : null;
      if (np) {
        (found ??= []).push(mention(np, lexicon, tokensText(tokens, i, by), t.start, tokens[by].end, 'according to', true));
        i = by;
        continue;
      }
    }
    // "an estimated 91%", "an estimated $9 million", "a reported magnitude of 6.3", "the reported casualties": an
    // estimate or a report with no one named as making it.
    // ("an earthquake of reported magnitude 4.9", "with reported magnitude 6.3": a measure after "of" or "with" and before
    // its figure.)
    const measured = t.lower === 'reported' && i - 1 >= from && (tokens[i - 1].lower === 'of' || tokens[i - 1].lower === 'with') && i + 2 < to && tokens[i + 1].kind === 'word' && !tokens[i + 1].capitalized && tokens[i + 2].kind === 'number';
    const adjective = (t.lower === 'estimated' && tokens[i - 1]?.lower === 'an') || (t.lower === 'reported' && i - 1 >= from && (A_OR_THE.test(tokens[i - 1].lower) || (tokens[i - 1].lower === 'total' && i - 2 >= from && A_OR_THE.test(tokens[i - 2].lower)))) || measured;
    if (adjective && i + 1 < to && (tokens[i + 1].kind === 'number' || (tokens[i + 1].kind === 'word' && !tokens[i + 1].capitalized && tokens[i + 1].lower !== 'by' && tokens[i + 1].lower !== 'that') || CURRENCY_PREFIX.test(tokens[i + 1].text))) {
      const a = measured ? t : tokens[i - 1];
      (found ??= []).push({
        kind: 'vague', text: `${a.text} ${t.text}`, start: a.start, end: t.end, name: 'unnamed', cue: t.text, cueStart: t.start, cueEnd: t.end,
        cueLemma: t.lower === 'estimated' ? 'estimate' : 'report', vague: true, phraseStart: a.start, phraseEnd: t.end, loaded: false, introduces: false, inverted: false, sourceless: true,
      });
      continue;
    }
    // "in her words", "in Smith's own words", "in the words of one aide": whose words the sentence quotes.
    if (t.lower === 'in' && i + 2 < to) {
      const words = inWordsOf(tokens, i + 1, to, inQuote);
      if (words) {
        (found ??= []).push(mention(words.np, lexicon, tokensText(tokens, i, words.cueEnd), t.start, tokens[words.cueEnd].end, 'according to', true));
        i = words.last;
        continue;
      }
    }
    // "in the Monmouth poll", "in the FIFA rankings", "in the RealClearPolitics average": a data set is a source.
    if (t.lower === 'in' && i + 1 < to) {
      const data = dataSetPhrase(tokens, i + 1, to, inQuote);
      if (data) {
        (found ??= []).push(mention(data, lexicon, t.text, t.start, t.end, 'according to', true));
        i = data.head;
        continue;
      }
    }
    // "The poll of 1,140 voters was conducted …", "A Gallup survey found …": a data set as the subject.
    if (i === from) {
      const data = dataSetPhrase(tokens, i, to, inQuote);
      const verb = data ? dataVerb(tokens, data.head + 1, to) : -1;
      if (data && verb >= 0) {
        const v = tokens[verb];
        (found ??= []).push(mention(withMaker(tokens, data, verb), lexicon, v.text, v.start, v.end, 'according to', false));
        i = verb;
        continue;
      }
    }
    // "Meridian surveyed 2,406 voters", "Northgate Polling interviewed 614 adults": a pollster and its sample.
    if (i === from) {
      const sample = pollsterSample(tokens, i, to);
      if (sample) {
        (found ??= []).push(mention(sample.np, lexicon, sample.verb.text, sample.verb.start, sample.verb.end, 'according to', false));
        i = sample.at;
        continue;
      }
    }
    // "By reports", "per reports", "Per the doctrines,", "estimates by the Red Cross": sources without a verb.
    // ("amid reports of fraud", "based on unconfirmed reports", "by varying reports": plural reports no one signs.)
    // (Not what reports caused: "We are gravely concerned by reports today of strikes".)
    const reportsAfter = (t.lower === 'amid' || (t.lower === 'on' && tokens[i - 1]?.lower === 'based') || (t.lower === 'by' && !PAST_ENDING.test(tokens[i - 1]?.lower ?? ''))) && unsignedReports(tokens, i + 1, to);
    if ((t.lower === 'by' || t.lower === 'per' || (t.lower === 'of' && inDocumentOf(tokens, i, from)) || reportsAfter) && i + 1 < to) {
      const np = withoutDayAfter(forwardPhrase(tokens, i + 1, to, inQuote));
      // (Not "by" before a gerund, which says how: "set a record by exporting more than 100 million tons".)
      if (t.lower === 'by' && gerundOpens(tokens[i + 1], np)) continue;
      // (Nor by how much: "led the last 10 polls by an average of seven points", "won by a margin of 2 to 1".)
      if (t.lower === 'by' && byMeasure(tokens, i + 1, to)) continue;
      const head = np ? headOf(np) : undefined;
      // (The participle may stand before when: "The $3.1 million package, announced on Sunday by the minister".)
      const p = t.lower === 'by' ? participleBefore(tokens, i, from) : i - 1;
      const previous = tokens[p];
      // (Not a document something went through or awaits: "The plant passed a safety review by the Atomic Safety Board in
      // 2022 after …", "has not yet completed assessment by the regulator, a process that …".)
      const afterDocument = previous !== undefined && DOCUMENT_NOUNS.has(previous.lower) && t.lower !== 'per' && !documentUndergone(tokens, i - 1, from);
      // "compiled by the coalition", "prepared by the finance committee": the agent of a figure's making.
      // ("Under terms announced by both companies,", "a plan unveiled by the ministry": what they made public.)
      // (Made public: only terms, plans and sums, not "The statue, unveiled by the queen in 1990, stands 40 feet tall".)
      const announced = previous !== undefined && t.lower === 'by' && ANNOUNCED.has(previous.lower) && announcedThing(tokens, p - 1, from);
      // "Of 24 economists polled by Reuters, 19 expected": who polled people, named (not "voters polled by phone", "a
      // parcel surveyed by the county"); like what was made public, it gives way to any other source of the sentence.
      const pollster = previous !== undefined && t.lower === 'by' && POLLED.has(previous.lower) && p - 1 >= from && polledPeople(tokens[p - 1]) && np !== null && (headOf(np).capitalized || ORG_NOUNS.has(headOf(np).lower));
      const agent = previous !== undefined && t.lower === 'by' && (AGENT_PARTICIPLES.has(previous.lower) || announced || pollster);
      // (Not the maker of the subject, set off before its own verb: "The review, commissioned by the university, found".)
      if (agent && agentAside(tokens, p, from, to, i)) continue;
      // (Nor who ordered a document, before the document's own verb: "A review commissioned by the council found".)
      // (A survey's or a poll's noun is read as its verb there: the one who ordered it stays the source.)
      if (agent && NOT_AUTHORED.has(previous.lower) && i - 2 >= from && DOCUMENT_NOUNS.has(tokens[i - 2].lower) && !POLLED_NOUNS.has(tokens[i - 2].lower) && np !== null && verbAfterPhrase(tokens, np.end, to)) continue;
      // (after a comma or a dash: "— by her tally, 2,400 plates"; anywhere for a reckoning someone owns: "and by her
      // own estimate had more than 1,500 students")
      // (A count or an estimate only, right after a clause's word, and no more than "her own estimate": not a cause or
      // an agent, "stunned by his account of the crash", "inflated by their estimate", "Divide the total by their count".)
      const owned = t.lower === 'by' && head !== undefined && OWNED_RECKONINGS.has(head.lower) && np !== null && np.words.length <= 3 && POSSESSIVE_DETERMINERS.has(np.words[0].lower) &&
        previous !== undefined && OPENS_OWNED_RECKONING.has(previous.lower) && tokens[tokenAtOrAfter(tokens, np.end)]?.lower !== 'of';
      const opener = owned || i === from || previous?.text === ',' || previous?.text === '\u2014' || previous?.text === '\u2013' || previous?.text === ';';
      // "by some accounts", "by one count" (a reckoning is named like a document).
      const document = DOCUMENT_NOUNS.has(head?.lower ?? '') || (t.lower === 'by' && RECKONINGS.has(head?.lower ?? '') && !YARDSTICKS.has(tokens[i + 1].lower));
      // (Not a rate or a deadline: "$300 per child, per month", "reports by July 2024", "under investigation by year end".)
      // ("per police", "per officials", "per prosecutors" are sources; "by April Ryan's count" is a person's.)
      const rate = t.lower === 'per' && np !== null && np.words.length === 1 && !np.words[0].capitalized && !DOCUMENT_NOUNS.has(np.words[0].lower) && !sourceNoun(np.words[0].lower) && !VAGUE_NOUNS.has(withoutFinalS(np.words[0].lower));
      // ("by the end of the year", "by the middle of next month": a deadline too.)
      // ("report by the autumn", "by the weekend": a season or a time after "the".)
      const deadline = t.lower === 'by' && ((timeWord(tokens[i + 1]) && !(tokens[i + 1].capitalized && tokens[i + 2]?.capitalized === true)) || tokens[i + 1].lower === 'year' || tokens[i + 1].lower === 'then' || (tokens[i + 1].lower === 'the' && PARTS_OF_TIME.has(tokens[i + 2]?.lower ?? '') && tokens[i + 3]?.lower === 'of') || (tokens[i + 1].lower === 'the' && tokens[i + 2] !== undefined && (SEASONS.has(tokens[i + 2].lower) || (timeWord(tokens[i + 2]) && !tokens[i + 2].capitalized))));
      // ("her second husband, Per Aronsson;": a given name inside a sentence, not the preposition.)
      const givenName = t.text === 'Per' && i > from && tokens[i + 1].capitalized && !DATELINE_MARKS.has(previous.text);
      // (Nor a breakdown after a document: "Results by segment:", "data by county" name no one: a bare singular noun.)
      // (Nor the heading "The March Report by the Numbers:", an idiom.)
      const breakdown = (afterDocument && !agent && t.lower === 'by' && np !== null && np.words.length === 1 && np.words[0].kind === 'word' && !np.words[0].capitalized && !FINAL_S.test(np.words[0].lower) && !PLURALS_WITHOUT_S.has(np.words[0].lower) && !AGENT_MASS_NOUNS.has(np.words[0].lower)) ||
        (t.lower === 'by' && np !== null && np.words.length === 2 && np.words[0].lower === 'the' && np.words[1].lower === 'numbers');
      if (np && head && tokens[i + 1].kind === 'word' && !rate && !deadline && !givenName && !breakdown && (agent || reportsAfter || ((opener || afterDocument) && (document || afterDocument || (t.lower === 'per' && opener))))) {
        const m = agent ? mention(np, lexicon, `${previous.text} ${t.text}`, previous.start, t.end, 'according to', true) : mention(np, lexicon, t.text, t.start, t.end, 'according to', true);
        if (announced || pollster) (announcers ??= []).push(m);
        if (afterDocument) {
          m.start = previous.start;
          m.phraseStart = Math.min(m.phraseStart, previous.start);
          m.text = `${previous.text} ${t.text} ${m.text}`;
        }
        (found ??= []).push(m);
        continue;
      }
    }
    const role = ROLE_SHAPES.mayHave(t.lower) ? WORD_ROLES.get(t.lower) ?? 0 : 0;
    if ((role & VAGUE_ADVERB) !== 0) {
      (found ??= []).push({
        kind: 'vague', text: t.text, start: t.start, end: t.end, name: t.text, cue: t.text, cueStart: t.start, cueEnd: t.end,
        cueLemma: t.lower, vague: true, phraseStart: t.start, phraseEnd: t.end, loaded: false, introduces: false, inverted: false,
        sourceless: true,
      });
      continue;
    }
    // (A house list that makes "believe" a cue reads it as one, below; not a feeling: "residents fear to return home",
    // "Some teachers fear the option"; not "believe in".)
    if (BELIEFS.has(t.lower) && i > from && !t.capitalized && believesAfter(t, tokens[i + 1]) && !lexicon.cues.has(t.lower)) {
      // "Many scientists believe asteroids hold water", "Some political observers believe": only a group no reader can
      // check; a named believer states no fact ("Smith believes the plan will work").
      // ("Many speculated that …", "as some have speculated": a guess, past or perfect, is a belief too.)
      const aux = i - 2 >= from && PERFECT_AUX.has(tokens[i - 1].lower) ? 1 : 0;
      const np = backwardPhrase(tokens, i - 1 - aux, from, lexicon, false);
      const m = np ? mention(np, lexicon, t.text, t.start, t.end, t.lower.startsWith('speculat') ? 'speculate' : t.lower.replace(/s$/, ''), false) : null;
      if (m && m.vague && m.kind === 'vague') {
        // (Source-less for what the sentence claims: "Many believe the vaccine is safe; 90% of adults have taken it.")
        m.sourceless = true;
        m.belief = true;
        (found ??= []).push(m);
      }
      continue;
    }
    const passive = (role & PASSIVE_VERB) !== 0 ? passiveVague(tokens, i, from, to) : null;
    if (passive) {
      (found ??= []).push(passive);
      continue;
    }
    // cueLemma, with the engine's list already looked up (no house cues, no look-up: most drafts have none);
    // "pointed out" reports like "noted".
    // ("placed the value at $5 million", "pegged the cost at": "put" in other words, only before the figure they set.)
    const lemma = (role & CUE_FORM) !== 0 ? cueLemma(t.lower, lexicon) : lexicon.cues.size > 0 && lexicon.cues.has(t.lower) ? t.lower : (role & POINT_FORM) !== 0 && tokens[i + 1]?.lower === 'out' ? 'note' : t.lower.length === 6 && PUT_LIKE.has(t.lower) && (t.lower === 'pegged' || figureNounAfter(tokens, i + 1)) && putsAtFigure(tokens, i, to) ? 'put' : (t.lower === 'had' || t.lower === 'placed') && placesAtDistance(tokens, i, from, to) ? 'put' : t.lower === 'heard' && hearingHeard(tokens, i, from) ? 'hear' : t.lower === 'ruled' && courtRuled(tokens, i, from) ? 'rule' : RECOMMEND_FORMS.has(t.lower) && recommends(tokens, i) ? 'recommend' : undefined;
    if (lemma === undefined) continue;
    if (t.capitalized && i > from) continue; // part of a name ("Terror Asymmetrics Project")
    // A base form after a singular name is a noun it qualifies, not a verb it governs: "the 10-year Treasury note
    // rose", "Public comment lasted three hours" (a name as subject takes "notes", "comments").
    // (Not after plural documents and the body they come from: "Figures from the Department of Health show 212 …".)
    if (i > from && t.lower === lemma && NOUN_CUES.has(lemma) && tokens[i - 1].kind === 'word' && tokens[i - 1].capitalized && !PLURAL_OR_CONTRACTED.test(tokens[i - 1].text) && !PLURALS_WITHOUT_S.has(tokens[i - 1].lower) && !PRONOUNS.has(tokens[i - 1].lower) && !lexicon.cues.has(t.lower) && !documentsOfNamedBody(tokens, i, from, lemma) && !peopleOfNamedBody(tokens, i, from)) continue;
    // "on the MSNBC show "Morning Joe"", "the ABC show drew": "show" after a determiner and one name is a programme
    // (not before what a plural subject shows: "Figures published in the Gazette show 40 …", "… show that").
    if (t.lower === 'show' && i - 2 >= from && tokens[i - 1].capitalized && !PLURAL_OR_CONTRACTED.test(tokens[i - 1].text) && (DETERMINERS.has(tokens[i - 2].lower) || POSSESSIVE_DETERMINERS.has(tokens[i - 2].lower)) && !(i - 3 >= from && OBJECT_GOVERNORS.has(tokens[i - 3].lower)) && programmeFollows(tokens[i + 1])) continue;
    // "a rare note of self-deprecation", "a sharply worded comment", "the initial report": a base form after an article
    // and its adjectives.
    if (t.lower === lemma && NOUN_CUES.has(lemma) && !lexicon.cues.has(t.lower) && afterArticleAndAdjectives(tokens, i, from)) continue;
    // "project manager for the developer", "survey coordinator", "report author": a base form before the noun of a
    // person's post is a noun that names the post, not a verb.
    if (t.lower === lemma && NOUN_CUES.has(lemma) && !lexicon.cues.has(t.lower) && POST_NOUNS.has(tokens[i + 1]?.lower ?? '') && !tokens[i + 1].capitalized) continue;
    // "an agency cannot claim to discover vast powers": what no one can say is no report.
    if (i > from && CANNOT.has(tokens[i - 1].lower) && !lexicon.cues.has(t.lower)) continue;
    // "a migrant's asylum claim can take 5-7 years", "an insurance claim": a claim filed for something, not words said.
    if ((t.lower === 'claim' || t.lower === 'claims') && i > from && FILED_CLAIMS.has(tokens[i - 1].lower) && !lexicon.cues.has(t.lower)) continue;
    // After a possessive and its noun, before an auxiliary, an -s form is a plural noun, the auxiliary's subject: "His
    // cost estimates have been", "Her campaign reports were filed" (not a verb whose clause lost its subject, "a trend
    // that the foundation predicts will continue").
    if (i - 2 >= from && t.lower !== lemma && t.lower.endsWith('s') && POSSESSIVE_DETERMINERS.has(tokens[i - 2].lower) && tokens[i - 1].kind === 'word' && !tokens[i - 1].capitalized && SUBJECT_AUXILIARIES.has(tokens[i + 1]?.lower ?? '') && !lexicon.cues.has(t.lower)) continue;
    // After a first word that describes, an -s form is a plural noun: "New projects include", "Recent reports show".
    if (i === from + 1 && t.lower !== lemma && t.lower.endsWith('s') && tokens[from].capitalized && DESCRIBING_OPENERS.has(tokens[from].lower) && !lexicon.cues.has(t.lower)) continue;
    // A capitalised first word followed by a plain word is a noun, not a cue: "State troopers", "Claims jumped",
    // "Report cards" (an inverted cue names its source next: "Said the mayor", "Added Jones").
    if (t.capitalized && i === from && i + 1 < to && tokens[i + 1].kind === 'word' && !tokens[i + 1].capitalized && !DETERMINERS.has(tokens[i + 1].lower) && !PRONOUNS.has(tokens[i + 1].lower) && t.lower !== CITING) continue;
    // "his promise to "put an end"", "her remark that "…"": the owner of the words speaks, as in "Trump's promise".
    const owner = i > from && SPOKEN_NOUNS.has(t.lower) ? ownerOfWords(tokens, i, from, to) : undefined;
    if (owner) {
      (found ??= []).push(mention(ownerPhrase(tokens, owner), lexicon, t.text, t.start, t.end, lemma, false));
      continue;
    }
    // "nine of its 23 inspector posts", "support 72 research projects": an -s form after a count and a noun is a plural
    // noun.
    // (Not after a year: "The 2024 report shows", "A 2019 audit says".)
    if (i - 2 >= from && t.lower !== lemma && t.lower.endsWith('s') && tokens[i - 2].kind === 'number' && !YEAR.test(tokens[i - 2].text) && tokens[i - 1].kind === 'word' && !tokens[i - 1].capitalized && !tokens[i - 1].lower.endsWith('s') && !PLURALS_WITHOUT_S.has(tokens[i - 1].lower) && !lexicon.cues.has(t.lower)) continue;
    // "The report she wrote found 40 percent": a verb in a clause that describes a document, right before the verb the
    // document is the subject of, reports nothing.
    if (i - 2 >= from && pronounAfterDocument(tokens, i - 1) && SHOWING_FORMS.has(tokens[i + 1]?.lower ?? '') && !lexicon.cues.has(t.lower)) continue;
    // "A study he led found", "The report she wrote found": the document the clause describes finds, not its author.
    if (SHOWING_LEMMAS.has(lemma) && t.lower !== lemma) {
      const described = describedDocument(tokens, i, from, lexicon);
      if (described) {
        const m = mention(described, lexicon, t.text, t.start, t.end, lemma, false);
        // (One whose author the clause names is no document nobody can look up: "A study he led" is not "A study".)
        if (m.kind === 'vague') {
          m.kind = 'document';
          m.vague = false;
        }
        (found ??= []).push(m);
        continue;
      }
    }
    // ("a call for help put out by the sheriff's office": what was put out, before its agent, reports nothing.)
    if (lemma === 'put' && tokens[i + 1]?.lower === 'out' && tokens[i + 2]?.lower === 'by' && !lexicon.cues.has(t.lower)) continue;
    // ("how quickly recalls are announced", "the reports were": a form in -s before "are", "were" or "have", after an
    // adverb or a determiner, is a plural noun, their subject; not after a noun that may be the verb's subject, "four
    // pillars that research shows are crucial".)
    if (t.lower !== lemma && t.lower.endsWith('s') && PLURAL_VERBS.has(tokens[i + 1]?.lower ?? '') && i - 1 >= from && (DETERMINERS.has(tokens[i - 1].lower) || LY_ENDING.test(tokens[i - 1].lower)) && !lexicon.cues.has(t.lower)) continue;
    // ("admitted no wrongdoing", "denied liability": what is admitted or denied is no claim reported.)
    if ((lemma === 'admit' || lemma === 'deny') && ADMITTED_THINGS.has((tokens[i + 1]?.lower === 'no' || tokens[i + 1]?.lower === 'any' ? tokens[i + 2] : tokens[i + 1])?.lower ?? '') && !lexicon.cues.has(t.lower)) continue;
    // ("a Grade II* listed structure", "a category B listed building": a building's heritage grade, not a list made.)
    if (t.lower === 'listed' && heritageGrade(tokens, i - 1, from) && !lexicon.cues.has(t.lower)) continue;
    // "The county added 14 firefighters", "a state of emergency": a cue word that reports nothing here.
    // (Not one that puts what it names at a figure: "put the crowd at 5,000", "estimated the cost at £85 million".)
    if (!lexicon.cues.has(t.lower) && t.lower !== CITING && lemma !== 'hear' && lemma !== 'rule' && lemma !== 'recommend' && !((lemma === 'put' || (lemma === 'estimate' && tokens[i + 1]?.lower !== 'at')) && putsAtFigure(tokens, i, to)) && cueScore(tokens, i, from, to, lemma) <= CUE_THRESHOLD && !(SPEECH_CUES.has(lemma) && parentWithCount(tokens, i - 1, from)) && !reportingAside(tokens, i, from, to) && !documentsObtainedBy(tokens, i, from, lemma) && !documentsOfNamedBody(tokens, i, from, lemma) && !documentBeforeAside(tokens, i, from, lemma)) continue;
    if (DEED_SENSES.has(lemma) && !lexicon.cues.has(t.lower) && countedObject(tokens, i, to)) continue;
    // "after the Brussels talks", "the Doha talks": the talks, a noun after a place and its article, not one who talks.
    if (t.lower === 'talks' && i - 2 >= from && tokens[i - 1].capitalized && tokens[i - 1].kind === 'word' && (tokens[i - 2].lower === 'the' || tokens[i - 2].lower === 'of')) continue;
    // "Cream recorded four albums", "The team recorded 40 wins": works made or results won, not a record kept.
    if (lemma === 'record' && !lexicon.cues.has(t.lower) && recordedWorks(tokens, i, to)) continue;
    // "which claims sovereignty over Taiwan", "claimed responsibility for the attack": a claim to a thing, not a report.
    // ("could claim a flat payment of $25", "can claim a refund", "for each pound claimed": money claimed, not a report.)
    if (lemma === 'claim' && (claimedMoney(tokens, i, from, to) || (i + 1 < to && CLAIMED_THINGS.has(tokens[i + 1].lower))) && !lexicon.cues.has(t.lower)) continue;
    // "their smiles said a lot", "the result says it all", "speaks volumes": what something means, not words spoken.
    if ((lemma === 'say' || lemma === 'speak') && meaningSaid(tokens, i + 1, to) && !lexicon.cues.has(t.lower)) continue;
    // "a sum reported at $1.4 million", "losses reported at $3 million": a participle after what it reports, not a
    // source's verb (as "estimated at").
    if (t.lower === 'reported' && tokens[i + 1]?.lower === 'at' && figureAt(tokens, i + 2) && i > from && tokens[i - 1].kind === 'word' && !sourceNoun(tokens[i - 1].lower) && !PRONOUNS.has(tokens[i - 1].lower) && !FINITE_AUXILIARIES.has(tokens[i - 1].lower) && !tokens[i - 1].capitalized) continue;
    let m = cueSource(tokens, i, from, to, lemma, inQuote, lexicon);
    if (m) m = pluralOfPlace(tokens, m, from, lexicon) ?? m;
    // ("A survey by Local Voices found that 68% of 2,000 listeners questioned said": those polled, after the poll's own
    // source; with no source before them, "Half of those surveyed say", they speak.)
    if (m && !(shareOfPolled(tokens, m.start, from) && (m.vague || (found !== null && POLLED_PHRASE.test(m.text)))) && !(m.kind !== 'named' && shareOfGroupPolled(tokens, m.start, from, to)) && !ratioOfPolled(tokens, m.start, from)) (found ??= []).push(m);
  }
  if (found === null) return NO_MENTIONS;
  // "…, citing anonymous sources" is an aside to a report: with no one reporting in the sentence, what is cited is a
  // reason for a deed ("Police detained 12 people, citing witnesses who saw the attack").
  if (found.some(citingAside) && !found.some((m) => !citingAside(m) && !m.sourceless && REPORTING_LEMMAS.has(m.cueLemma))) {
    found = found.filter((m) => !citingAside(m));
    if (found.length === 0) return NO_MENTIONS;
  }
  // Who made a plan public gives way to any other source of the sentence: "A proposal outlined by the senator would
  // cost $40 billion, according to the Congressional Budget Office."
  if (announcers !== null && found.some((m) => !m.sourceless && !announcers!.includes(m))) found = found.filter((m) => !announcers!.includes(m));
  // "a poll published by NBC News", "a study by Miami Valley Economics": a document named after its noun is named.
  for (const m of found) {
    if (m.kind !== 'vague' || m.sourceless || !UNNAMED_DOCUMENTS.has(m.name.split(/\s+/).pop()?.toLowerCase() ?? '')) continue;
    const k = tokenAtOrAfter(tokens, m.start);
    for (let j = k; j >= 0 && j < to && j - k < 14; j++) {
      if (m.cueStart >= m.end && tokens[j].start >= m.cueStart) break; // "reports said …": the cue ends the phrase
      // ("released on Monday by a United Nations panel": a body named with "a".)
      // (Not "a report in a New York newspaper": with "a", only a maker.)
      const article = tokens[j + 1]?.lower === 'the' || ((tokens[j + 1]?.lower === 'a' || tokens[j + 1]?.lower === 'an') && (tokens[j].lower === 'by' || tokens[j].lower === 'from'));
      // ("a study published Wednesday in the journal Environmental Exposure Letters": the kind of body before its name.)
      const kindOfBody = article && tokens[j + 1]?.lower === 'the' && tokens[j + 2]?.kind === 'word' && (ORG_NOUNS.has(tokens[j + 2].lower) || tokens[j + 2].lower === 'journal') && tokens[j + 3]?.capitalized && !WEEKDAYS.has(tokens[j + 3].lower) && !MONTHS.has(tokens[j + 3].lower);
      // ("A survey by the charity found": a body the draft named before, by its noun.)
      const bodyNamedBefore = tokens[j].lower === 'by' && tokens[j + 1]?.lower === 'the' && tokens[j + 2]?.kind === 'word' && !tokens[j + 2].capitalized && ORG_NOUNS.has(tokens[j + 2].lower);
      // (Not a country's or a place's press at large: "reports in the Israeli press", "in Chinese state media".)
      const named = (tokens[j + 1]?.capitalized || (article && tokens[j + 2]?.capitalized) || kindOfBody || bodyNamedBefore) && !pressAtLarge(tokens, j + 1, to);
      if (MAKER_PREPOSITIONS.test(tokens[j].lower) && named && j + 1 < to) {
        m.kind = 'document';
        m.vague = false;
        break;
      }
      if (tokens[j].kind === 'punct' && tokens[j].text !== '-') break;
    }
  }
  return found;
}

/** Cues of what a thing shows rather than what a person says. */
export const SHOWING_LEMMAS: ReadonlySet<string> = new Set(['show', 'find', 'reveal', 'indicate', 'suggest']);
/** Their finite forms after a subject. */
const SHOWING_FORMS = new Set(['shows', 'showed', 'finds', 'found', 'reveals', 'revealed', 'indicates', 'indicated', 'suggests', 'suggested']);

/**
 * "A study he led", "a 2022 study she co-wrote", "the report they commissioned", right before the verb at i: a document,
 * a subject pronoun and a verb in the past that describe it; the phrase classed by the document, or null.
 */
function describedDocument(tokens: Token[], i: number, from: number, lexicon: AttributionLexicon): Phrase | null {
  if (i - 3 < from) return null;
  const verb = tokens[i - 1];
  if (!pronounAfterDocument(tokens, i - 2) || verb.kind !== 'word' || verb.capitalized || !(PAST_ENDING.test(verb.lower) || AUTHORING_PASTS.has(verb.lower))) return null;
  const np = backwardPhrase(tokens, i - 3, from, lexicon);
  if (!np) return null;
  return { words: [...np.words, tokens[i - 2], verb], start: np.start, end: verb.end, classifyAs: np.classifyAs ?? np.words };
}
/** A subject pronoun at `at` right after a document's noun in lower case: "study he", "report she" (at - 1 is read). */
function pronounAfterDocument(tokens: Token[], at: number): boolean {
  const doc = tokens[at - 1];
  return SUBJECT_PRONOUNS.has(tokens[at].lower) && doc.kind === 'word' && !doc.capitalized && DOCUMENT_NOUNS.has(doc.lower);
}
/** Verbs in the past, not in -ed, by which someone makes a document. */
const AUTHORING_PASTS = new Set(['wrote', 'co-wrote', 'led', 'co-led', 'ran', 'oversaw', 'drew', 'made', 'did', 'undertook', 'took', 'sent', 'gave']);

/** Words that open a clause of time ("after it was announced", "since it was reported"). */
const TIME_CLAUSE_OPENERS = new Set(['after', 'before', 'since', 'until', 'when', 'once', 'as']);

/** Passives that report a figure without saying who reported it: "40 deaths were reported", "were recorded". */
const REPORTING_PASSIVES = new Set(['reported', 'recorded', 'observed', 'estimated']);
/** Words that make a passive's subject a count: "No injuries", "Forty deaths", "dozens of arrests". */
const NUMBERS_AND_NONE = new Set(['no', 'none', 'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'millions', 'several', 'many', 'few', 'more', 'fewer', 'forty', 'fifty', 'twenty', 'thirty']);

/** Words after a reporting passive that end its clause: a time, or the state of what was counted. */
const WHEN_OR_STATE = new Set(['yesterday', 'today', 'tonight', 'earlier', 'dead', 'missing', 'killed', 'injured', 'wounded', 'hurt', 'sick', 'ill']);

/** "it is believed", "are believed to", "is estimated", "it was reported". */
function passiveVague(tokens: Token[], i: number, from: number, to: number): SourceMention | null {
  const t = tokens[i];
  const projecting = PROJECTING_PASSIVES.has(t.lower);
  // ("is widely seen as", "was widely criticised": only with an adverb of how many hold it.)
  const onlyWidely = !PASSIVE_VAGUE_VERBS.has(t.lower) && !projecting;
  const holdsView = WIDELY_HELD.has(t.lower) || (WIDELY_HELD_AS.has(t.lower) && tokens[i + 1]?.lower === 'as');
  if (onlyWidely && !holdsView) return null;
  let a = i - 1;
  let widely = false;
  // Adverbs and times between the auxiliary and the verb: "was yesterday reported", "was on Wednesday reported".
  while (a >= from && (CUE_ADVERB.test(tokens[a].lower) || WEEKDAYS.has(tokens[a].lower) || (tokens[a].lower === 'on' && WEEKDAYS.has(tokens[a + 1]?.lower ?? '')))) {
    if (WIDELY.has(tokens[a].lower)) widely = true;
    a--;
  }
  // "has widely been criticised", "would generally be regarded as": the adverb before "been" or "be".
  const widelyBeen = a - 2 >= from && (tokens[a].lower === 'been' || tokens[a].lower === 'be') && WIDELY.has(tokens[a - 1].lower) && /^(?:has|have|had|will|would|could|may|might|should)$/.test(tokens[a - 2].lower);
  if (widelyBeen) {
    widely = true;
    a -= 2;
  }
  // "has been said", "will be reported": the auxiliary before "been"/"be" opens the phrase ("Clinton has said that"
  // is no passive).
  // "it's believed", "it’s estimated": the pronoun and its auxiliary in one token.
  const itIs = a >= from && (tokens[a].lower === "it's" || tokens[a].lower === 'it\u2019s');
  // (With the adverb before "been", the auxiliary is found above.)
  if (!widelyBeen) {
    if (a >= from && (tokens[a].lower === 'been' || tokens[a].lower === 'be') && a - 1 >= from && /^(?:has|have|had|will|would|could|may|might)$/.test(tokens[a - 1].lower)) a--;
    else if (!itIs && (a < from || !PASSIVE_AUX.has(tokens[a].lower))) return null;
  }
  if (onlyWidely && !widely) return null;
  const subjectIt = itIs || (a - 1 >= from && tokens[a - 1].lower === 'it');
  const next = i + 1 < to ? tokens[i + 1].lower : '';
  const after = i + 2 < to ? tokens[i + 2] : undefined;
  const infinitive = next === 'to' && after !== undefined && !DETERMINERS.has(after.lower) && !after.capitalized;
  const introducesClaim = infinitive || (!projecting && (next === 'that' || (next === 'at' && t.lower === 'estimated') || (next === 'dead' && t.lower === 'feared')));
  // "Forty deaths were reported", "No injuries were recorded": a figure reported by nobody named (never with an
  // agent: "was reported by the BBC" names its source).
  // ("No claims of responsibility were reported yesterday", "40 people were reported dead": a time or a state of the
  // counted ends it too.)
  const endsClause = next === '' || (i + 1 < to && tokens[i + 1].kind === 'punct' && tokens[i + 1].text !== '-') || ['in', 'on', 'at', 'since', 'during', 'across', 'overnight', 'so', 'this', 'last', 'after', 'as'].includes(next) || WHEN_OR_STATE.has(next) || WEEKDAYS.has(next);
  // Only when what was reported is a figure or a count ("Forty deaths were reported", "No injuries were recorded"),
  // not "The hearing was recorded on video".
  let counted = false;
  // ("A 5.3-magnitude quake was recorded": a figure joined to its unit counts too; a year does not, "The 2019 meeting
  // was recorded on video".)
  for (let k = Math.max(from, a - 5); k < a && !counted; k++) counted = (isFigure(tokens[k]) && !YEAR.test(tokens[k].text)) || NUMBERS_AND_NONE.has(tokens[k].lower);
  const reportedFigure = endsClause && counted && REPORTING_PASSIVES.has(t.lower) && next !== 'by' && !(WHEN_OR_STATE.has(next) && after?.lower === 'by');
  // "He is widely suspected of …", "It has widely been criticised as …": how widely it is held, by no one named (not
  // with its agent: "was widely praised by critics").
  const widelyHeld = widely && holdsView && !agentFollows(tokens, i, to);
  if (!subjectIt && !introducesClaim && !reportedFigure && !widelyHeld) return null;
  // "A year after it was announced, no one had come": "it" in a clause of time names an event, not a report of one.
  if (subjectIt && !itIs && !introducesClaim && a - 2 >= from && TIME_CLAUSE_OPENERS.has(tokens[a - 2].lower)) return null;
  // (A projection only before what it projects: "is projected to hold 58 seats", not "the projected deficit".)
  if (projecting && !(infinitive && after?.kind === 'word')) return null;
  const first = subjectIt && !itIs ? a - 1 : a;
  const start = tokens[first].start;
  return {
    kind: 'vague', text: tokensText(tokens, first, i), start, end: t.end, name: 'unnamed', cue: t.text,
    cueStart: t.start, cueEnd: t.end, cueLemma: t.lower, vague: true, phraseStart: start, phraseEnd: t.end, loaded: false,
    introduces: false, inverted: false, sourceless: true,
  };
}

const OF: ReadonlySet<string> = new Set(['of']);
const FOR_OR_TO: ReadonlySet<string> = new Set(['for', 'to']);

/**
 * The phrase of a noun in lower case of `nouns` whose object, after one of `prepositions`, is the head at k, read back
 * from that noun and classified by it ("the former secretary of state", "A spokesperson for the minister", "An internal
 * review of the theft"); null when none stands there. `article`: whether an article stands before the head ('article'),
 * must not ('none'), or may ('either').
 */
function nounBeforeObject(tokens: Token[], k: number, from: number, lexicon: AttributionLexicon, speech: boolean, prepositions: ReadonlySet<string>, nouns: ReadonlySet<string>, article: 'article' | 'none' | 'either'): Phrase | null {
  let j = k - 1;
  // (Past one word in lower case that describes the noun: "for the fire service".)
  const described = article === 'article' && j - 1 >= from && tokens[j].kind === 'word' && !tokens[j].capitalized && ARTICLES.has(tokens[j - 1].lower) && !NOT_SOURCE.has(tokens[j].lower) && !CUE_FORMS.has(tokens[j].lower) ? 1 : 0;
  j -= described;
  if (article !== 'none' && j >= from && ARTICLES.has(tokens[j].lower)) j--;
  if (article === 'article' && j === k - 1 - described) return null;
  // ("Lawyers for the workers said": a plural that opens the sentence too.)
  if (j - 1 < from || !prepositions.has(tokens[j].lower) || tokens[j - 1].kind !== 'word' || (tokens[j - 1].capitalized && j - 1 !== from) || !(nouns.has(tokens[j - 1].lower) || nouns.has(withoutFinalS(tokens[j - 1].lower)))) return null;
  const noun = backwardPhrase(tokens, j - 1, from, lexicon, speech);
  return noun ? { words: [...noun.words, ...tokens.slice(j, k + 1)], start: noun.start, end: tokens[k].end, classifyAs: noun.classifyAs ?? noun.words } : null;
}

/**
 * A phrase after "by" without the day that ends it, which says when ("released by the agency Tuesday" is the agency's);
 * a phrase read another way (classifyAs) is left as it is.
 */
function withoutDayAfter(np: Phrase | null): Phrase | null {
  if (!np || np.words.length < 2 || np.classifyAs || !WEEKDAYS.has(np.words[np.words.length - 1].lower)) return np;
  const words = np.words.slice(0, -1);
  return { words, start: np.start, end: words[words.length - 1].end };
}

/**
 * Does the participle at i open an aside with its agent that a verb of speech or finding follows, after the subject
 * ("The report, written by a panel of three scientists, said", "The review, commissioned by the university last
 * year, found")?
 */
function agentAside(tokens: Token[], i: number, from: number, to: number, by = i + 1): boolean {
  if (i - 2 < from || tokens[i - 1].text !== ',' || tokens[by]?.lower !== 'by' || tokens[i - 2].kind !== 'word') return false;
  // (Up to two agents: "The study, commissioned by the charity Upland Rescue Trust and carried out by researchers at
  // the University of Penrigg, found".)
  for (let k = by + 1; k < to && k - i <= 24; k++) {
    const t = tokens[k];
    if (t.text === ',') {
      // ("The study, commissioned by the Caledonian Minerals Council, an industry body, found": past what the maker is,
      // in lower case after an article.)
      if (ARTICLES.has(tokens[k + 1]?.lower ?? '')) {
        let c = k + 2;
        while (c < to && c - k <= 5 && tokens[c].kind === 'word' && !tokens[c].capitalized && !CUE_FORMS.has(tokens[c].lower)) c++;
        if (c > k + 2 && tokens[c]?.text === ',') return finiteCueVerb(tokens[c + 1]);
      }
      return finiteCueVerb(tokens[k + 1]);
    }
    // ("commissioned by the charity Cymuned Ar Symud (Community on the Move), surveyed": past a name's gloss in brackets.)
    if (t.text === '(') {
      let close = k + 1;
      while (close < to && close - k <= 8 && tokens[close].text !== ')' && tokens[close].text !== ',') close++;
      if (close < to && tokens[close].text === ')') {
        k = close;
        continue;
      }
    }
    if (t.kind === 'punct' && t.text !== "'" && t.text !== '\u2019' && t.text !== '-') return false;
  }
  return false;
}

/**
 * The participle before the "by" at `by`, past when it happened ("announced on Sunday by", "released last week by",
 * "published yesterday by"): its index, or by - 1.
 */
function participleBefore(tokens: Token[], by: number, from: number): number {
  const when = tokens[by - 1];
  if (when === undefined || by - 2 < from) return by - 1;
  if (when.lower === 'yesterday' || when.lower === 'today') return by - 2;
  return by - 3 >= from && WHEN_OPENERS.has(tokens[by - 2].lower) && timeWord(when) && tokens[by - 3].kind === 'word' && PAST_ENDING.test(tokens[by - 3].lower) ? by - 3 : by - 1;
}
/** Words that open a short phrase of when before a participle's "by" ("on Sunday", "last week", "in May"). */
const WHEN_OPENERS = new Set(['on', 'in', 'last', 'this', 'earlier']);

/** Is the token after a phrase that ends at offset `end` a cue's verb, not in -ing ("… by the council found")? */
function verbAfterPhrase(tokens: Token[], end: number, to: number): boolean {
  let k = tokenAtOrAfter(tokens, end);
  // (Past when: "… by the council in 2019 found", "… last year found".)
  if (k >= 0 && k + 1 < to && (tokens[k].lower === 'in' || tokens[k].lower === 'last' || tokens[k].lower === 'this' || tokens[k].lower === 'on') && (tokens[k + 1].kind === 'number' || timeWord(tokens[k + 1]))) k += 2;
  // (Past an aside of who saw or when it came out: "…, seen by the Eastern Daily Press, found".)
  if (k >= 0 && k + 2 < to && tokens[k].text === ',' && tokens[k + 1].kind === 'word' && (OBTAINED.has(tokens[k + 1].lower) || AGENT_PARTICIPLES.has(tokens[k + 1].lower))) {
    let c = k + 2;
    while (c < to && c - k <= 10 && tokens[c].text !== ',') c++;
    if (c < to && tokens[c].text === ',') k = c + 1;
  }
  return k >= 0 && k < to && finiteCueVerb(tokens[k]);
}

/** A cue's verb in lower case, not in -ing: the verb a subject set off or described before it takes ("…, found"). */
function finiteCueVerb(verb: Token | undefined): boolean {
  return verb !== undefined && verb.kind === 'word' && !verb.capitalized && CUE_FORMS.has(verb.lower) && !verb.lower.endsWith('ing');
}

/** Does "by" follow the passive at i within its clause ("was widely called for Biden by the networks")? */
function agentFollows(tokens: Token[], i: number, to: number): boolean {
  for (let k = i + 1; k < to && k - i <= 6; k++) {
    if (tokens[k].lower === 'by') return true;
    if (tokens[k].kind === 'punct' && tokens[k].text !== '-') return false;
  }
  return false;
}

function tokensText(tokens: Token[], a: number, b: number): string {
  let s = '';
  for (let k = a; k <= b; k++) s += (k > a && tokens[k].start > tokens[k - 1].end ? ' ' : '') + tokens[k].text;
  return s;
}

/** Participles by which a document reports what it holds: "a survey showing that", "its own poll …, showing him ahead". */
const DOCUMENT_PARTICIPLES = new Set(['show', 'find', 'suggest', 'indicate']);
/** Verbs of keeping count that "it", a report or a body named before, reports by: "It also recorded 57 injuries". */
const TALLYING_VERBS = new Set(['record', 'count', 'tally']);
/**
 * Prepositions of place before a noun phrase ("near the Calloway district", "across the county"), and those of what a
 * document is about or released beside ("a study on the charity", "data released alongside the review").
 */
const PLACE_OBJECT_LEADS = new Set(['near', 'in', 'across', 'around', 'outside', 'inside', 'throughout', 'within', 'beside', 'at', 'into', 'on', 'about', 'alongside']);
/** Prepositions after which a document holds what stands before them ("the numbers in the release"). */
const CONTAINED_IN = new Set(['in', 'within', 'inside']);

/** Where one of PLACE_OBJECT_LEADS stands right before the phrase, inside the clause; or -1. */
function placeBefore(tokens: Token[], np: Phrase, from: number): number {
  const p = tokenAtOrAfter(tokens, np.start) - 1;
  return p >= from && PLACE_OBJECT_LEADS.has(tokens[p].lower) ? p : -1;
}

const WH_WORDS = new Set(['which', 'how', 'what', 'whether', 'where', 'when', 'who', 'why', 'if']);
/** Reporting participles whose verb has senses that report nothing. */
const DEED_SENSES = new Set(['add', 'claim', 'write', 'tell', 'state', 'maintain', 'concede', 'admit', 'recall']);
/** Things one records by making or winning them ("albums", "wins"), not by counting them. */
const RECORDED_WORKS = new Set(['album', 'albums', 'song', 'songs', 'track', 'tracks', 'singles', 'record', 'records', 'ep', 'eps', 'lp', 'lps', 'duet', 'duets', 'version', 'versions', 'win', 'wins', 'victory', 'victories', 'goal', 'goals', 'point', 'points', 'assist', 'assists', 'rebound', 'rebounds', 'tackle', 'tackles', 'sack', 'sacks', 'save', 'saves', 'strikeout', 'strikeouts', 'hit', 'hits', 'century', 'centuries', 'birdie', 'birdies', 'podium', 'podiums', 'finish', 'finishes']);
/** Does a count of works or results follow "recorded" at i ("recorded four albums", "recorded only one studio album")? */
function recordedWorks(tokens: Token[], i: number, to: number): boolean {
  let counted = false;
  for (let k = i + 1; k < to && k - i <= 5; k++) {
    const t = tokens[k];
    if (t.kind === 'punct' || t.lower === 'that') return false;
    counted ||= t.kind === 'number' || NUMBER_WORDS.has(t.lower);
    if (counted && RECORDED_WORKS.has(t.lower)) return true;
  }
  return false;
}
/** What one claims as one's own rather than says: "claims sovereignty", "claimed responsibility", "claimed victory". */
const CLAIMED_THINGS = new Set(['sovereignty', 'responsibility', 'credit', 'victory', 'asylum', 'title', 'titles']);
/** Words after a sum's noun that a claim of money goes on with ("a payment of $25", "a refund from the firm"). */
const MONEY_CLAIMED_FROM = new Set(['of', 'for', 'from', 'worth', 'back', 'under', 'on', 'in', 'at', 'after', 'totalling', 'totaling', 'and']);
/** Verbs that agree with a plural subject only. */
const PLURAL_VERBS = new Set(['are', 'were', 'have']);
/** What one admits or denies that is no claim: "admitted no wrongdoing", "denied liability". */
const ADMITTED_THINGS = new Set(['wrongdoing', 'liability', 'guilt', 'fault', 'responsibility', 'negligence']);

/**
 * Is the title's word at k between two capitals of a body's name, neither a title nor a given name ("Lakeshore Senior
 * Living Group")?
 */
function titleInsideName(words: readonly Token[], k: number): boolean {
  const before = words[k - 1];
  const after = words[k + 1];
  return before !== undefined && after !== undefined && before.kind === 'word' && after.kind === 'word' && before.capitalized && after.capitalized && !NAME_TITLES.has(before.text) && !titleOrNationality(before) && !isGivenName(before.text) && !isGivenName(after.text) && !NAME_TITLES.has(after.text) &&
    // (A body's: its name ends in a body's word, "Group"; "Lakeshore Senior Living" alone may be read as a person's.)
    ORG_NAME_WORDS.has(words[words.length - 1].text);
}

/** Does a relative clause open at k, after a comma or not ("…, who said", "… who said")? */
function relativeAfter(tokens: Token[], k: number): boolean {
  const t = tokens[k]?.text === ',' ? tokens[k + 1] : tokens[k];
  return t !== undefined && RELATIVE_WORDS.has(t.lower);
}

/** Forms of "tell" before whom is told. */
const TELLS = new Set(['told', 'tell', 'tells', 'telling']);
/** Does a form of "tell" end at k, before "the" if any ("told the Calloway Ledger")? */
function toldBefore(tokens: Token[], k: number, from: number): boolean {
  if (k >= from && tokens[k].lower === 'the') k--;
  return k >= from && TELLS.has(tokens[k].lower);
}

/** Lower-case words inside a body's name, and the article before it. */
const BODY_NAME_INNER = new Set(['of', 'for', 'and', 'the']);

/** Grades of a listed building: "Grade II*", "category B". */
const HERITAGE_GRADES = /^(?:I{1,3}|[ABC])$/;
/** Does a heritage grade end at k ("Grade II", "Grade II*", "category B"), before "listed"? */
function heritageGrade(tokens: Token[], k: number, from: number): boolean {
  if (k >= from && tokens[k].text === '*') k--;
  return k - 1 >= from && HERITAGE_GRADES.test(tokens[k].text) && (tokens[k - 1].lower === 'grade' || tokens[k - 1].lower === 'category');
}
/** What is claimed as money: "claim a refund", "claimed compensation", "each pound claimed". */
const CLAIMED_MONEY = new Set(['payment', 'payments', 'refund', 'refunds', 'compensation', 'damages', 'expenses', 'allowance', 'allowances', 'reimbursement', 'pound', 'pounds', 'dollar', 'dollars', 'euro', 'euros']);
/**
 * Is the claim at i one of money: its object a sum's noun after an article and up to two words ("claim a flat
 * payment of $25"), or a participle right after one ("for each pound claimed")?
 */
function claimedMoney(tokens: Token[], i: number, from: number, to: number): boolean {
  if (tokens[i].lower === 'claimed' && i - 1 >= from && CLAIMED_MONEY.has(tokens[i - 1].lower)) return true;
  let k = i + 1;
  if (k < to && ARTICLES.has(tokens[k].lower)) k++;
  // (Only before a preposition or the clause's end: not the subject of a clause claimed, "claimed damages were $5m",
  // "claimed the payments totalled $5m".)
  for (let n = 0; k < to && n <= 2 && tokens[k].kind === 'word' && !tokens[k].capitalized; k++, n++) if (CLAIMED_MONEY.has(tokens[k].lower)) return k + 1 >= to || tokens[k + 1].kind === 'punct' || MONEY_CLAIMED_FROM.has(tokens[k + 1].lower);
  return false;
}
/** Words between a verb and the count it takes as its object: "added another 30", "wrote more than 400". */
const COUNT_LEADS = new Set(['another', 'more', 'than', 'about', 'nearly', 'almost', 'some', 'roughly', 'around', 'approximately', 'over', 'just', 'under', 'at', 'least', 'an', 'estimated', 'a', 'further', 'only', '$', '€', '£']);
/** Nouns in -ed, no participle: "added 60 emergency bed spaces". */
const ED_NOUNS = new Set(['bed', 'shed', 'sled', 'seed', 'feed', 'speed', 'breed', 'greed', 'need', 'weed', 'deed', 'creed', 'reed', 'hundred', 'red']);
/** Ordinals that count what a deed adds: "added a third goal", "wrote a second letter". */
const SEQUENCE_ORDINALS = new Set(['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);
/** Prepositions that end a count's noun phrase: "wrote 412 checks to shell companies he controlled". */
const COUNT_ENDS = new Set(['to', 'in', 'at', 'for', 'from', 'on', 'with', 'by', 'during', 'since', 'last', 'this', 'over', 'across', 'into', 'after', 'before']);
/** Words that make what follows a count a clause of its own: "added 30 people were arrested", "told 300 workers that". */
const CLAUSE_VERBS = new Set(['is', 'are', 'was', 'were', 'had', 'have', 'has', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'did', 'do', 'does', 'that']);

/**
 * "Employers added 142,000 jobs", "Finch wrote 412 checks", "claimed 12 lives": a verb with a sense that reports
 * nothing, whose object is a count, does a deed. Not when a clause follows the count ("added 30 people were
 * arrested").
 */
function countedObject(tokens: Token[], i: number, to: number): boolean {
  // ""…," wrote one Sanders supporter": after a quote the verb reports, its subject after it.
  if (i > 0 && (QUOTE_MARKS.has(tokens[i - 1].text) || (tokens[i - 1].text === ',' && QUOTE_MARKS.has(tokens[i - 2]?.text ?? '')))) return false;
  let k = i + 1;
  while (k < to && k - i <= 4 && COUNT_LEADS.has(tokens[k].lower)) k++;
  // A count or a place in a sequence: "added 142,000 jobs", "added a third goal".
  if (k >= to || !(tokens[k].kind === 'number' || NUMBER_WORDS.has(tokens[k].lower) || (k > i + 1 && SEQUENCE_ORDINALS.has(tokens[k].lower)))) return false;
  // The count's noun phrase runs to a preposition or a mark; a verb in it opens a clause ("claimed 400 delegates and
  // alternates participated"), a word in -ed right after the count describes it ("added 300 registered voters").
  for (let n = k + 1; n < to && n - k <= 6; n++) {
    const t = tokens[n];
    // "added 12 points and played all 40 minutes": a second verb of the same subject after "and" ends the count's phrase.
    if (t.lower === 'and' && tokens[n + 1]?.kind === 'word' && !tokens[n + 1].capitalized && tokens[n + 1].lower.endsWith('ed')) break;
    if (CLAUSE_VERBS.has(t.lower) || t.text === ':' || QUOTE_MARKS.has(t.text) || (n > k + 1 && t.kind === 'word' && t.lower.endsWith('ed') && !ED_NOUNS.has(t.lower))) return false;
    if ((t.kind === 'punct' && t.text !== '%') || COUNT_ENDS.has(t.lower)) break;
  }
  return true;
}

/**
 * "…, with officials saying this is for security reasons", "with police estimating 200 dead": the participle's own
 * subject after "with" speaks.
 */
function withSubject(tokens: Token[], i: number, from: number, lemma: string, lexicon: AttributionLexicon): SourceMention | null {
  if (!REPORTING_PARTICIPLES.has(lemma) || (lemma === 'report' && !reportsWhat(tokens, i))) return null;
  let w = i - 1;
  while (w > from && i - w <= 5 && tokens[w].kind === 'word' && tokens[w].lower !== 'with') w--;
  if (w <= from - 1 || w === i - 1 || tokens[w].lower !== 'with') return null;
  const words = tokens.slice(w + 1, i);
  if (words.some((t) => t.kind !== 'word')) return null;
  // Not "with a warning that", "with the old saying that": there the -ing word is a noun after a determiner or an
  // adjective; a participle's subject ends with a name or a noun ("with officials saying", "with a headline pointing").
  const last = words[words.length - 1];
  const people = last.capitalized || PRONOUNS.has(last.lower) || VAGUE_NOUNS.has(last.lower) || ROLE_NOUNS.has(last.lower) || ROLE_NOUNS.has(withoutFinalS(last.lower)) || ORG_NOUNS.has(last.lower) || DOCUMENT_NOUNS.has(last.lower);
  // (Nor "with … identifying and reporting suspicious activity": a participle coordinated with another, no subject.)
  if (DETERMINERS.has(last.lower) || last.lower === 'and' || last.lower === 'or' || (ING_NOUNS.has(tokens[i].lower) && !people)) return null;
  const cue = tokens[i];
  return mention({ words, start: words[0].start, end: words[words.length - 1].end }, lexicon, cue.text, cue.start, cue.end, lemma, false);
}

/** -ing words that are often nouns ("the old saying", "a stern warning"). */
const ING_NOUNS = new Set(['saying', 'warning', 'ruling', 'finding', 'reading', 'writing', 'briefing', 'filing', 'posting']);

/** What a source issues that speaks for it: "issued a statement saying", "sent a letter urging". */
const ISSUED_DOCUMENTS = new Set(['statement', 'report', 'letter', 'memo', 'note', 'email', 'message', 'release', 'post', 'tweet', 'video', 'ad', 'advertisement', 'notice', 'filing', 'brief', 'complaint', 'lawsuit', 'motion', 'ruling', 'order', 'opinion', 'op-ed', 'editorial', 'response', 'reply', 'warning', 'appeal', 'petition', 'resolution']);

/** Verbs that issue a document: its author is their subject ("issued", "released", "posted"; not "obtained", "received"). */
const ISSUING_VERBS = new Set(['issued', 'issues', 'released', 'releases', 'posted', 'posts', 'sent', 'sends', 'published', 'publishes', 'tweeted', 'tweets', 'shared', 'shares', 'emailed', 'emails', 'delivered', 'delivers', 'wrote', 'writes', 'penned', 'gave', 'gives', 'put', 'puts', 'offered', 'offers', 'provided', 'provides', 'read', 'reads', 'made', 'makes']);

/** Does the verb at k issue a document named right after it ("released a memo", "issued a brief statement")? */
export function issuesDocumentAt(tokens: Token[], k: number): boolean {
  if (!ISSUING_VERBS.has(tokens[k].lower) || tokens[k].capitalized) return false;
  for (let j = k + 1; j < tokens.length && j - k <= 4; j++) {
    const t = tokens[j];
    if (t.kind !== 'word' || t.capitalized) return false;
    if (ISSUED_DOCUMENTS.has(t.lower)) return j > k + 1;
    if (!ISSUED_DOCUMENT_OPENERS.has(t.lower)) return false;
  }
  return false;
}

/** Words between a verb and the document it issues before a colon: "issued the following statement:". */
const ISSUED_DOCUMENT_OPENERS = new Set(['a', 'an', 'the', 'this', 'his', 'her', 'its', 'their', 'following', 'brief', 'short', 'joint', 'written', 'formal', 'new', 'lengthy', 'further']);

/**
 * The verb of "issued the following statement:", "released a brief statement:", "posted this message:": the index of
 * the verb that issues a document ending right at the colon; -1 when the colon ends no such phrase ("Reporters
 * obtained the memo:" is none).
 */
export function issuingVerbBefore(tokens: Token[], colon: number): number {
  const noun = tokens[colon - 1];
  if (!noun || noun.kind !== 'word' || noun.capitalized || !ISSUED_DOCUMENTS.has(noun.lower)) return -1;
  for (let k = colon - 2; k >= 0 && colon - k <= 5; k--) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.capitalized) return -1;
    if (ISSUED_DOCUMENT_OPENERS.has(t.lower)) continue;
    return ISSUING_VERBS.has(t.lower) && k < colon - 2 ? k : -1;
  }
  return -1;
}

/**
 * The subject of the verb that issued a document phrase right after it ("The commission released a statement which
 * said" → the commission), or null.
 */
function issuerOf(tokens: Token[], np: Phrase, from: number, inQuote: (o: number) => boolean, lexicon: AttributionLexicon): Phrase | null {
  const head = np.words[np.words.length - 1];
  if (np.words.length > 3 || !ISSUED_DOCUMENTS.has(head.lower) || !['a', 'an'].includes(np.words[0].lower)) return null;
  // (Past whom it went to: "He sent me a note that said", "gave them a statement which read".)
  let verb = tokenAtOrAfter(tokens, np.start) - 1;
  if (verb - 1 >= from && RECIPIENT_PRONOUNS.has(tokens[verb].lower)) verb--;
  if (verb - 1 < from || !ISSUING_VERBS.has(tokens[verb].lower)) return null;
  return subjectPhrase(tokens, from, verb, inQuote, lexicon);
}

/** Pronouns of whom a document was given or sent. */
const RECIPIENT_PRONOUNS = new Set(['me', 'us', 'him', 'her', 'them', 'you']);

/**
 * Do plural reports or rumours no one signs open at k, after at most two words that describe them ("reports",
 * "unconfirmed reports", "varying media reports"; not "the reports", nor "reports by Reuters", "reports from 40 states":
 * signed or placed, read as any phrase is)?
 */
function unsignedReports(tokens: Token[], k: number, to: number): boolean {
  let e = k;
  while (e < to && e - k < 2 && tokens[e].kind === 'word' && !tokens[e].capitalized && !UNSIGNED_REPORTS.has(tokens[e].lower) && !DETERMINERS.has(tokens[e].lower)) e++;
  if (e >= to || !UNSIGNED_REPORTS.has(tokens[e].lower)) return false;
  const after = tokens[e + 1];
  return !(after !== undefined && (after.lower === 'by' || after.lower === 'from'));
}
const UNSIGNED_REPORTS = new Set(['reports', 'rumors', 'rumours']);

/** Verbs by which a subject issues a report or brings a complaint ("released a report", "filed a lawsuit"). */
const AUTHORING_VERBS = new Set(['issued', 'issues', 'released', 'releases', 'published', 'publishes', 'produced', 'produces', 'put', 'puts', 'filed', 'files', 'brought', 'brings', 'lodged', 'submitted', 'sent', 'sends', 'wrote', 'writes', 'posted', 'posts', 'tweeted', 'emailed', 'delivered', 'penned', 'made', 'makes', 'gave', 'gives', 'aired', 'revised', 'amended', 'updated', 'clarified', 'followed']);

/**
 * Is the document at d issued by the clause's subject: a verb that authors it right before it, past its article and
 * up to two describing words ("released a new report", "filed a class-action lawsuit"), with no passive before it
 * ("was served with a lawsuit")?
 */
function issuedBySubject(tokens: Token[], d: number, from: number): boolean {
  let k = d - 1;
  while (k > from && d - k <= 3 && tokens[k].kind === 'word' && !tokens[k].capitalized && !AUTHORING_VERBS.has(tokens[k].lower)) k--;
  if (k < from || !AUTHORING_VERBS.has(tokens[k].lower) || tokens[k].capitalized) return false;
  // "The statement was issued …", "had been given a report": a passive's subject issues nothing.
  const before = tokens[k - 1]?.lower ?? '';
  return !(k - 1 >= from && PASSIVE_AUX.has(before));
}

/**
 * How many words before the participle at i say whom a document went to or when ("to the council", "to employees",
 * "on Monday", "last week"), right after the document: 0 when none do.
 */
function addressedAfter(tokens: Token[], i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - 1 - ADDRESSED_WORDS); k--) {
    const t = tokens[k];
    if (t.kind !== 'word' || ISSUED_DOCUMENTS.has(t.lower)) return 0;
    if (ADDRESSING.has(t.lower) && ISSUED_DOCUMENTS.has(tokens[k - 1]?.lower ?? '')) return i - 1 - (k - 1);
  }
  return 0;
}
/** Words that open whom a document went to or when, and how many words such a phrase runs to at most. */
const ADDRESSING = new Set(['to', 'on', 'last', 'this', 'late', 'early', 'earlier', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const ADDRESSED_WORDS = 6;


/**
 * Does "reporting" at i report something rather than gather news or work for someone ("reporting from the war zone",
 * "reporting on the story", "reporting to the CEO", "reporting for duty")?
 */
function reportsWhat(tokens: Token[], i: number): boolean {
  const n = tokens[i + 1];
  return n !== undefined && !NEWS_GATHERING.has(n.lower);
}
/** Words after "reporting" that make it news-gathering or a line of command. */
const NEWS_GATHERING = new Set(['from', 'on', 'to', 'for', 'back', 'in', 'live', 'directly', 'with']);

/** Cues whose participle after a comma reports for the clause's subject ("…, saying that 5,500 troops would stay"). */
const REPORTING_PARTICIPLES = new Set(['say', 'allege', 'report', 'add', 'note', 'warn', 'argue', 'explain', 'claim', 'insist', 'predict', 'estimate', 'tell', 'write', 'state', 'announce', 'acknowledge', 'stress', 'assert', 'contend', 'maintain', 'confirm']);

/**
 * "President Obama revised his plans in October, saying that about 5,500 troops would remain": a reporting
 * participle after a comma speaks for the subject of the clause it follows.
 */
function clauseParticiple(tokens: Token[], i: number, from: number, lemma: string, inQuote: (o: number) => boolean, lexicon: AttributionLexicon): SourceMention | null {
  // "issued a statement saying", "responded by saying", "released a memo describing": the participle reports for
  // the clause's subject through what it issued or how it answered.
  // (The document issued by the clause's subject: "released a report saying", "filed a complaint alleging"; not
  // "cited a report saying", "was named in a lawsuit alleging", "denied a complaint alleging".)
  // (Past whom it went to or when: "sent an email to the council saying", "posted a video on Monday saying".)
  const d = i - 1 - addressedAfter(tokens, i);
  const throughObject = d - 1 > from && (tokens[i - 1].lower === 'by' || (ISSUED_DOCUMENTS.has(tokens[d].lower) && issuedBySubject(tokens, d, from))) && (REPORTING_PARTICIPLES.has(lemma) || lemma === 'describe' || lemma === 'call');
  // "noting which birds make it back": a participle before a question records, it does not report.
  // "…, falsely claiming", "…, again saying": an adverb may stand between the comma and the participle.
  // A dash may stand for the comma ("…possible—saying the law was …").
  const joins = (t: Token): boolean => t.text === ',' || t.text === '\u2014' || t.text === '\u2013';
  // (Or the comma inside a quote's closing mark: `did not want to address "that person," telling Fox 35 that`.)
  const comma = i - 2 > from && ((joins(tokens[i - 2]) && /^[a-z]+ly$/.test(tokens[i - 1].text)) || (QUOTE_MARKS.has(tokens[i - 1].text) && tokens[i - 2].text === ',')) ? i - 2 : i - 1;
  if (!throughObject && (!REPORTING_PARTICIPLES.has(lemma) || comma <= from || !joins(tokens[comma]))) return null;
  if (WH_WORDS.has(tokens[i + 1]?.lower ?? '')) return null;
  if (lemma === 'report' && !throughObject && !reportsWhat(tokens, i)) return null;
  // "Smith was sued on Monday, alleging that …": after a passive, what is alleged is alleged of the subject.
  if (lemma === 'allege' && !throughObject) {
    for (let k = from; k + 1 < comma; k++) if (PASSIVE_AUX.has(tokens[k].lower) && tokens[k + 1].lower.endsWith('ed')) return null;
  }
  // Verbs with senses that report nothing ("claiming 12 lives", "adding 40 more in June") report only before what
  // they report: 'that', a quotation mark or a colon, within a few words ("telling reporters that").
  if (DEED_SENSES.has(lemma)) {
    let reports = false;
    for (let k = i + 1; k < tokens.length && k <= i + 4 && !reports; k++) reports = tokens[k].lower === 'that' || tokens[k].text === ':' || QUOTE_MARKS.has(tokens[k].text);
    // Or a clause's verb after its subject, before any comma ("claiming the party's move would cost $600,000").
    // (Not a count the participle takes: "adding 40 points as the team was winning".)
    // (After a comma only: "shield income by claiming it is …" is a deed.)
    const counted = throughObject || (tokens[i + 1] !== undefined && (tokens[i + 1].kind === 'number' || NUMBER_WORDS.has(tokens[i + 1].lower)));
    // (A pronoun before the verb opens a clause inside the object: "adding the stores it had bought".)
    for (let k = i + 2; !counted && k < tokens.length && k <= i + 6 && !reports && tokens[k].kind === 'word' && !CLAUSE_BREAKS.has(tokens[k].lower) && !PRONOUNS.has(tokens[k].lower); k++) reports = CLAUSE_VERBS.has(tokens[k].lower);
    if (!reports) return null;
  }
  // (The subject before the document, not past it: "The town released a statement Wednesday saying".)
  const np = subjectPhrase(tokens, from, throughObject ? d : comma, inQuote, lexicon);
  if (!np || np.words[0].lower === 'according') return null;
  const cue = tokens[i];
  return mention(np, lexicon, cue.text, cue.start, cue.end, lemma, false);
}

/**
 * The document a participle hangs on ("released a survey showing that 40%", "released its own poll on Thursday,
 * conducted by Redline Data, showing him ahead"): the nearest document noun before it in the clause.
 */
function documentParticiple(tokens: Token[], i: number, from: number, lemma: string, lexicon: AttributionLexicon): SourceMention | null {
  if (!DOCUMENT_PARTICIPLES.has(lemma)) return null;
  const cue = tokens[i];
  for (let k = i - 1; k >= from && i - k <= 12; k--) {
    const t = tokens[k];
    if (t.text === ';' || t.text === '.' || QUOTE_MARKS.has(t.text) || (t.kind === 'word' && cueLemma(t.lower, lexicon) !== undefined && !DOCUMENT_NOUNS.has(t.lower))) return null;
    if (t.kind !== 'word' || !DOCUMENT_NOUNS.has(t.lower) || t.capitalized) continue;
    const np = backwardPhrase(tokens, k, from, lexicon);
    return np ? mention(np, lexicon, cue.text, cue.start, cue.end, lemma, false) : null;
  }
  return null;
}

/**
 * An adverb between a subject and its cue: one of the lexicon's ("also", "later") or a manner or frequency adverb
 * after a name, pronoun or role ("Bolton angrily said", "he often says", "officials privately said").
 */
function cueAdverb(tokens: Token[], k: number, from: number): boolean {
  const t = tokens[k];
  // (Not a capital inside a name: "The dementia charity Memory First said".)
  if (CUE_ADVERBS.has(t.lower)) return !surnameBeforeCue(tokens, k) && !(t.capitalized && k > from && tokens[k - 1].kind === 'word' && tokens[k - 1].capitalized);
  // "Riders have long complained", "Analysts had long warned": how long, between the auxiliary and its participle.
  // (Right before the cue: not "officials have long been talking with …".)
  // (A participle only: "The report has long notes on …" has a noun.)
  if (t.lower === 'long' && !t.capitalized && k - 1 >= from && PERFECT_AUX.has(tokens[k - 1].lower)) return CUE_FORMS.has(tokens[k + 1]?.lower ?? '') && !tokens[k + 1].lower.endsWith('ing') && !tokens[k + 1].lower.endsWith('s');
  // (Not a noun in -ly: "His family said".)
  if (t.capitalized || t.kind !== 'word' || !(FREQUENCY_ADVERBS.has(t.lower) || REFLEXIVES.has(t.lower) || (t.lower.length > 5 && t.lower.endsWith('ly') && !NOUNS_IN_LY.has(t.lower)))) return false;
  const before = k - 1 >= from ? tokens[k - 1] : undefined;
  return before !== undefined && before.kind === 'word' && (before.capitalized || PRONOUNS.has(before.lower) || ROLE_NOUNS.has(before.lower) || ROLE_NOUNS.has(before.lower.replace(/s$/, '')));
}

/** "Cruz himself said", "Lopez and Reyes both said". */
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself', 'both', 'all', 'each']);

/** Adverbs of frequency, which stand between a subject and its verb ("he often says"). */
const FREQUENCY_ADVERBS = new Set(['often', 'always', 'sometimes', 'never', 'usually', 'frequently', 'occasionally', 'regularly', 'routinely', 'typically', 'generally', 'rarely', 'seldom']);

/** Words that go on describing a document after its noun: "a poll out this week", "polls from the primary". */
const DOCUMENT_DESCRIBERS = new Set(['in', 'on', 'from', 'out', 'which', 'that', 'taken', 'done', 'run', 'over', 'across', 'among', 'since']);

/** The nearest document noun before a document's verb at i, within its clause, as the verb's subject phrase. */
function documentSubject(tokens: Token[], i: number, from: number, inQuote: (o: number) => boolean, lexicon: AttributionLexicon): Phrase | null {
  for (let k = i - 1; k >= from && i - k <= 25; k--) {
    const t = tokens[k];
    if (t.text === ';' || t.text === ':' || inQuote(t.start)) return null;
    // A capital inside the clause is part of a name ("Edison Research"), not the document.
    if (t.kind !== 'word' || !DOCUMENT_NOUNS.has(t.lower) || (t.capitalized && k > from)) continue;
    // (A relative clause's verb, not a document: "Prof. Miriam Salt, who studies forced labour, said the raid showed".)
    if (k > from && RELATIVE_WORDS.has(tokens[k - 1].lower)) continue;
    // The document must head its phrase: what follows it describes it ("poll of …", "poll released …", "polls, which
    // …") or is the verb; "Report cards showed" is about cards.
    const next = tokens[k + 1];
    const heads = k + 1 === i || next.kind === 'punct' || next.capitalized || NP_PREPOSITIONS.has(next.lower) || DOCUMENT_DESCRIBERS.has(next.lower) || next.lower.endsWith('ed');
    // ("Figures from the trust show": the body a document comes from, named by its noun right before the verb, as
    // "Figures from the council show" gives the council; so are people named by a plural, "figures from the trustees".)
    const body = i - 1;
    if (heads && (next.lower === 'from' || next.lower === 'by') && body === k + 3 && namedByNoun(tokens, body, from)) {
      return { words: [tokens[body - 1], tokens[body]], start: tokens[body - 1].start, end: tokens[body].end, classifyAs: [tokens[body]] };
    }
    if (!heads) return null;
    const np = backwardPhrase(tokens, k, from, lexicon);
    // (Past the sample, an aside of who ordered it: "A survey of 2,000 concertgoers, commissioned by the Red River
    // Merchants Association, found".)
    let comma = k + 1;
    while (comma < i && tokens[comma].text !== ',') comma++;
    if (!np || comma >= i) return np;
    let close = comma + 1;
    while (close < i && tokens[close].text !== ',') close++;
    return withOrderingAside(np, tokens.slice(comma + 1, close));
  }
  return null;
}

/**
 * "a report presented to councillors", "a report to be considered by councillors": a paper laid before a body's
 * members, read with them before its noun ("a to councillors report"), so that it is the body's, no vague one.
 */
function givenToBody(tokens: Token[], np: Phrase, to: number): Phrase {
  const read = np.classifyAs ?? np.words;
  const head = read[read.length - 1];
  if (!UNNAMED_DOCUMENTS.has(head.lower)) return np;
  let k = tokenAtOrAfter(tokens, np.end);
  if (k < 0 || k >= to) return np;
  if (tokens[k].lower === 'to' && tokens[k + 1]?.lower === 'be' && LAID_BEFORE.has(tokens[k + 2]?.lower ?? '') && tokens[k + 3]?.lower === 'by') k += 3;
  else if (GIVEN_TO.has(tokens[k].lower) && tokens[k + 1]?.lower === 'to') k += 1;
  else if (MADE_FOR.has(tokens[k].lower) && tokens[k + 1]?.lower === 'for') k += 1;
  else if (tokens[k].lower !== 'to') return np;
  const members = tokens[k + 1]?.lower === 'the' ? tokens[k + 2] : tokens[k + 1];
  if (!members || k + 1 >= to || !(BODY_MEMBERS.has(members.lower) || recipientBody(withoutPossessive(members.lower)))) return np;
  return { ...np, classifyAs: [...read.slice(0, -1), tokens[k], members, head] };
}
/** Participles of a paper drawn up for a body ("a report prepared for the committee"). */
const MADE_FOR = new Set(['prepared', 'written', 'produced', 'compiled', 'drafted']);
/** A body a paper goes to or is made for: a body's noun, or one that owns its papers ("to cabinet"). */
function recipientBody(word: string): boolean {
  return ORG_NOUNS.has(word) || OWNING_BODIES.has(word);
}
/** Words before the body a document was made for or laid before ("for the council", "to councillors", "by councillors"). */
const DOCUMENT_RECIPIENT = new Set(['for', 'to', 'by']);
/** Participles of a paper a body takes up ("to be considered by councillors"). */
const LAID_BEFORE = new Set(['considered', 'discussed', 'debated', 'presented', 'tabled', 'heard', 'reviewed']);
/** The members a body's papers go to ("presented to councillors", "sent to ministers"). */
const BODY_MEMBERS = new Set(['councillors', 'councilors', 'ministers', 'trustees', 'governors', 'commissioners', 'supervisors', 'aldermen', 'legislators', 'lawmakers', 'directors', 'members']);
/** The words "for" and the body a document at k was made for, before the verb at i ("for the council"), or null. */
function madeFor(tokens: Token[], k: number, i: number): Token[] | null {
  for (let f = k + 1; f < i && f - k <= 10; f++) {
    // (Past the comma of an aside that says who carried it out: "A survey of 2,000 arrivals, conducted for Sydney
    // Airport, found".)
    if (tokens[f].kind === 'punct' && !(tokens[f].text === ',' && CARRIED_OUT.has(tokens[f + 1]?.lower ?? ''))) return null;
    if (tokens[f].lower !== 'for') continue;
    let b = f + 1;
    if (tokens[b]?.lower === 'the') b++;
    // ("for the consumer group Shopwise Ireland": past what the body is, to its name.)
    const described = makerDescribed(tokens, f + 1, i);
    if (described > 0) b = described;
    let e = b;
    while (e < i && tokens[e].capitalized && tokens[e].kind === 'word') e++;
    if (e > b) return tokens.slice(f, e);
    // ("for the housing trust": up to two words of what the body does before its noun.)
    const noun = b < i && namedByNoun(tokens, b, f) ? b : ordererNoun(tokens, b, i);
    return noun >= 0 ? tokens.slice(f, noun + 1) : null;
  }
  return null;
}

/** Participles that open an aside on how a document was made ("…, conducted for the council, found"). */
const CARRIED_OUT = new Set(['conducted', 'carried', 'done', 'prepared', 'produced', 'compiled', 'undertaken']);

/**
 * The document phrase np read with an aside after it of who ordered it ("commissioned by …") or whom it was made for
 * ("carried out for …"), as it is read without the commas; else np.
 */
function withOrderingAside(np: Phrase, aside: Token[]): Phrase {
  const [a, b, c] = aside.map((t) => t.lower);
  const ordering = (NOT_AUTHORED.has(a) && b === 'by') || (CARRIED_OUT.has(a) && (b === 'for' || (b === 'out' && c === 'for')));
  const head = headOf(np);
  return ordering && DOCUMENT_NOUNS.has(head.lower) ? { ...np, classifyAs: reorderHead([...(np.classifyAs ?? np.words), ...aside], head) } : np;
}

const INDEFINITE_ARTICLES = new Set(['a', 'an']);

/** Is the word one for people ("sisters", "residents", "officials", "a nurse"), in lower case unless it opens the sentence? */
function peopleHead(t: Token, opensSentence = false): boolean {
  if (t.kind !== 'word' || (t.capitalized && !opensSentence)) return false;
  const l = t.lower;
  if (DETERMINERS.has(l)) return false;
  const one = withoutFinalS(l);
  return ROLE_NOUNS.has(l) || ROLE_NOUNS.has(one) || VAGUE_NOUNS.has(l) || PEOPLE_PLURALS.has(l) || KIN.has(one) || ANONYMOUS_SINGULARS.has(l);
}

/**
 * The people before an -ing participle whose phrase ends right before `opens` ("sisters sharing a tent near the"),
 * or -1: up to eight words back, no mark and no clause's word between.
 */
function peopleBeforeParticiple(tokens: Token[], opens: number, from: number): number {
  for (let k = opens - 1; k - 1 >= from && opens - k <= 8; k--) {
    const t = tokens[k];
    if (t.kind === 'punct' || (NOT_SOURCE.has(t.lower) && !PEOPLE_OF.has(t.lower)) || CUE_FORMS.has(t.lower)) return -1;
    if (t.kind === 'word' && !t.capitalized && t.lower.length > 4 && t.lower.endsWith('ing')) return peopleHead(tokens[k - 1], k - 1 === from) ? k - 1 : -1;
  }
  return -1;
}
/** Parts of a span of time a deadline names ("by the end of the year"). */
const PARTS_OF_TIME = new Set(['end', 'start', 'beginning', 'middle', 'close', 'turn']);
/** The seasons, as a deadline names them ("by the autumn"). */
const SEASONS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);

/** Words that open a relative clause, before its verb. */
const RELATIVE_WORDS = new Set(['who', 'which', 'that']);

/** Do the words from k say what something means ("a lot", "it all", "volumes", "much about"), the clause ending there? */
function meaningSaid(tokens: Token[], k: number, to: number): boolean {
  const a = tokens[k]?.lower;
  const b = tokens[k + 1]?.lower;
  const n = a === 'a' && b === 'lot' ? 2 : a === 'it' && b === 'all' ? 2 : a === 'volumes' || a === 'much' || a === 'little' ? 1 : 0;
  if (n === 0) return false;
  const after = tokens[k + n];
  // (Not "said little, other than that 3 were hurt", "said a lot, and she told reporters …": words spoken after all.)
  return k + n >= to || after.text === '.' || after.text === '!' || after.lower === 'about';
}

/**
 * A name of two to four capitals set off by commas before "as" and a participle, within a few words of k ("the
 * regent| of Sigi, Mohamad Lapatta, as saying"); null when there is none.
 */
function nameBeforeAsSaying(tokens: Token[], k: number, to: number): Phrase | null {
  let c = k;
  while (c < to && c - k <= 6 && tokens[c].kind === 'word') c++;
  if (c >= to || tokens[c].text !== ',') return null;
  let e = c + 1;
  while (e < to && tokens[e].kind === 'word' && tokens[e].capitalized) e++;
  if (e - c - 1 < 2 || e - c - 1 > 4 || tokens[e]?.text !== ',' || tokens[e + 1]?.lower !== 'as' || !tokens[e + 2]?.lower.endsWith('ing')) return null;
  return { words: tokens.slice(c + 1, e), start: tokens[c + 1].start, end: tokens[e - 1].end };
}

/** Words after "asked" that open what is asked, not whom: "asked whether", "asked the minister why". */
const ASKED_WHAT = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'which', 'that', 'about']);

/**
 * Is the verb of asking at i a request that someone do something: its object, up to five words, then "to" and a
 * word in lower case ("asked the ministry to fund", "asking residents to stay indoors")?
 */
export function askedToDo(tokens: Token[], i: number, to: number): boolean {
  let j = i + 1;
  while (j < to && j - i <= 5 && tokens[j].kind === 'word' && tokens[j].lower !== 'to' && !ASKED_WHAT.has(tokens[j].lower)) j++;
  return j > i + 1 && j + 1 < to && tokens[j].lower === 'to' && tokens[j + 1].kind === 'word' && !tokens[j + 1].capitalized;
}

/** Does a finite auxiliary follow within three words from k, a noun phrase's verb ("the technology was overdue")? */
function clauseAfterNoun(tokens: Token[], k: number, to: number): boolean {
  for (let j = k; j < to && j < k + 3; j++) {
    const t = tokens[j];
    if (t.kind !== 'word' || RELATIVE_WORDS.has(t.lower)) return false;
    if (j > k && FINITE_AUXILIARIES.has(t.lower)) return true;
  }
  return false;
}

/** A preposition that opens the sentence, no subject of a cue ("Through continued efforts to improve …, the teams have detected"). */
const PREPOSITION_OPENERS = new Set(['through', 'throughout', 'despite', 'with', 'without', 'amid', 'among', 'from', 'in', 'on', 'at', 'under', 'over', 'during', 'since', 'until', 'after', 'before', 'across', 'within', 'against', 'toward', 'towards', 'beyond', 'behind']);

/** The source of the cue at i: its subject before it, or after it ("said Jones"). */
export function cueSource(tokens: Token[], i: number, from: number, to: number, lemma: string, inQuote: (o: number) => boolean, lexicon: AttributionLexicon): SourceMention | null {
  const cue = tokens[i];
  // "…, citing anonymous sources", "which cited sources close to the investigation": the cited are a source.
  if (lemma === 'cite') return citedSource(tokens, i, to, inQuote, lexicon);
  // Participles ("…, adding that", "Speaking to reporters, …") lean on the clause's own cue; a progressive ("is
  // announcing that") is the clause's own.
  const progressive = cue.lower.endsWith('ing') && i - 1 >= from && /^(?:is|are|was|were|am|be|been|'s)$/.test(tokens[i - 1].lower);
  if (cue.lower.endsWith('ing') && !progressive) return withSubject(tokens, i, from, lemma, lexicon) ?? documentParticiple(tokens, i, from, lemma, lexicon) ?? clauseParticiple(tokens, i, from, lemma, inQuote, lexicon);
  // "The report, written by a panel of three scientists, said …": a participle set off with its agent after the
  // subject describes it; the verb after the aside is the cue, with that subject.
  if (cue.lower !== lemma && agentAside(tokens, i, from, to)) return null;
  // "QNA quoted Prime Minister Eden Ezrin as calling the dam "…"": the one quoted speaks, not who quotes them.
  if ((cue.lower === 'quoted' || cue.lower === 'quotes') && i + 1 < to) {
    const quoted = forwardPhrase(tokens, i + 1, to, inQuote);
    let as = quoted ? tokenAtOrAfter(tokens, quoted.end) : -1;
    // ("quoted the ministry's spokesperson, Nilufar Yusupova, as saying": past the comma closing a name in apposition.)
    if (as > i && tokens[as].text === ',' && tokens[as + 1]?.lower === 'as') as++;
    // ("quoted Li Wenjun, a local official, as saying": past the appositive that describes the one quoted.)
    else if (as > i && tokens[as].text === ',') {
      let c = as + 1;
      while (c < to && c - as <= 8 && tokens[c].text !== ',' && tokens[c].kind === 'word') c++;
      if (c < to && c > as + 1 && tokens[c].text === ',' && tokens[c + 1]?.lower === 'as') as = c + 1;
    }
    if (quoted && as > i && as < to && tokens[as].lower === 'as' && tokens[as + 1]?.lower.endsWith('ing')) return mention(quoted, lexicon, cue.text, cue.start, cue.end, lemma, false);
    // ("Antara quoted the regent of Sigi, Mohamad Lapatta, as saying": the name set off after the role, past its "of".)
    const named = quoted ? nameBeforeAsSaying(tokens, tokenAtOrAfter(tokens, quoted.end), to) : null;
    if (named) return mention(named, lexicon, cue.text, cue.start, cue.end, lemma, false);
  }
  // A noun, not a verb: "the state", "a report", "his statement", "some comments", "some estimated death tolls".
  const det = i - 1 >= from ? tokens[i - 1].lower : '';
  // "a study that found", "the survey which showed": a past-tense cue after "that" is a relative clause's verb.
  const antecedent = i - 2 >= from ? tokens[i - 2] : undefined;
  const relative = (det === 'that' || det === 'which') && cue.lower !== lemma && !cue.lower.endsWith('s') && antecedent !== undefined && antecedent.kind === 'word' &&
    (antecedent.capitalized || DOCUMENT_NOUNS.has(antecedent.lower) || ROLE_NOUNS.has(antecedent.lower) || ORG_NOUNS.has(antecedent.lower));
  // ("Another said:", `"…," another added`: one more of the people just quoted.)
  const another = det === 'another' && cue.lower !== lemma && opensClause(tokens, i - 1, from);
  // `"…," the two wrote`, "Both said": the people just named, as "they".
  // (Not "the two said to be in critical condition": a passive's participle.)
  const group = i - 1 >= from && groupOfNamed(tokens, i - 1, from) && !cue.lower.endsWith('ing') && tokens[i + 1]?.lower !== 'to' && (cue.lower !== lemma || i + 1 >= to || tokens[i + 1].kind === 'punct');
  // ("Aides close to her say": "her" is whom they know, not a possessive.)
  const knownTo = OBJECT_PRONOUNS.has(det) && peopleInformedBy(tokens, i - 2, from);
  // ("the mother of three said": the count of her children, no determiner of the cue.)
  if (DETERMINERS.has(det) && !relative && !another && !group && !knownTo && !['some', 'many', 'one', 'both', 'all', 'most', 'several'].includes(det) && !parentWithCount(tokens, i - 1, from)) return null;
  // "Some analysts said Norvex's forecast for third-quarter revenue …": a base form after a name's possessive is a
  // noun, whose owner says nothing here (but the owner of words speaks them: "Trump's promise to "…"").
  // (Not a name ending in "'s" after a preposition: "Analysts at Moody's estimate".)
  if (CUE_FORMS.get(cue.lower) === cue.lower && !SPOKEN_NOUNS.has(cue.lower) && cue.lower !== 'call' && i - 1 >= from && tokens[i - 1].capitalized && endsWithPossessive(tokens[i - 1].text) &&
    !(i - 2 >= from && OBJECT_GOVERNORS.has(tokens[i - 2].lower))) return null;
  // "Clark's comments further "…"", "denounced Trump's remarks as "…"": words said, as a plural noun after a name's
  // possessive, are of someone the sentence reports on; the owner speaks only the words the noun introduces ("Trump's
  // claims that …", "Trump's claims of 3 million illegal votes", "Clark's comments: "…"").
  // (Only nouns of words said: a body whose name ends in "'s" still reports, "Moody's says", "Sainsbury's warns",
  // "Moody's estimates $4 billion".)
  // ("of" before a figure only: "Smith's claims of innocence were undercut by 40 emails" are no source of the 40.)
  // ("described the firm's claims as "…"", "the industry's filtration claims": so after a noun's possessive, and after
  // a possessive and a word in lower case that names no one.)
  if (POSSESSED_WORDS.has(cue.lower) && i - 1 >= from && possessedWords(tokens, i, from) && !INTRODUCES_WORDS.has(tokens[i + 1]?.lower ?? '') && tokens[i + 1]?.kind !== 'number' && !ofFigure(tokens, i + 1)) return null;
  // "its new report outlining", "her latest estimate": a base form after a possessive and one word that is no plural
  // noun is a noun ("their officials report", "Their children say" have their subject); so are words said and
  // documents after a preposition's possessive ("in her opening remarks that", "according to its FEC reports"; not "A
  // spokesman for his campaign said").
  // (Not what people know before their verb: "Sources close to his campaign say", "People familiar with her thinking say".)
  if (i - 2 >= from && POSSESSIVE_DETERMINERS.has(tokens[i - 2].lower) && tokens[i - 1].kind === 'word' && !tokens[i - 1].lower.endsWith('s') && !PLURALS_WITHOUT_S.has(tokens[i - 1].lower) &&
    !peopleInformedBy(tokens, i - 3, from) &&
    (CUE_FORMS.get(cue.lower) === cue.lower || ((SPOKEN_NOUNS.has(cue.lower) || DOCUMENT_NOUNS.has(cue.lower) || DOCUMENT_NOUNS.has(withoutFinalS(cue.lower))) && i - 3 >= from && OBJECT_GOVERNORS.has(tokens[i - 3].lower)))) return null;
  // "his recent remarks", "her earlier comments": words said, after a possessive and a word that is no one who speaks.
  if ((cue.lower === 'remarks' || cue.lower === 'comments') && i - 2 >= from && POSSESSIVE_DETERMINERS.has(tokens[i - 2].lower) && tokens[i - 1].kind === 'word' && !tokens[i - 1].capitalized && !sourceNoun(tokens[i - 1].lower)) return null;
  // "Cost estimates, he added, were …": a plural noun before an aside that has its own speaker and cue, no verb.
  if (cue.lower.endsWith('s') && cue.lower !== lemma && tokens[i + 1]?.text === ',' && PRONOUNS.has(tokens[i + 2]?.lower ?? '') && CUE_FORMS.has(tokens[i + 3]?.lower ?? '') && tokens[i + 4]?.text === ',') return null;
  // "All told, the plan would cut …": in all, not a report.
  if (cue.lower === 'told' && i - 1 >= from && tokens[i - 1].lower === 'all' && tokens[i + 1]?.text === ',') return null;
  // "Both sides take note of": an idiom, not a report.
  if (cue.lower === 'note' && i - 1 >= from && /^(?:take|takes|took|taking|taken)$/.test(tokens[i - 1].lower)) return null;
  // "pleaded guilty to one count of conspiracy", "one estimate puts": a base form after "one" is a noun.
  // (Not a past tense spelt like it: "as one put it", "one forecast".)
  if (det === 'one' && CUE_FORMS.get(cue.lower) === cue.lower && !PAST_AS_BASE.has(cue.lower)) return null;
  if (['some', 'many', 'several', 'most', 'all', 'both'].includes(det)) {
    const following = tokens[i + 1];
    // "for many state workers", "to some report cards": a quantifier after a preposition is its object, no subject.
    if (i - 2 >= from && OBJECT_GOVERNORS.has(tokens[i - 2].lower)) return null;
    if (cue.lower.endsWith('s') && cue.lower !== lemma) return null;
    if (cue.lower.endsWith('ed') && following && following.kind === 'word' && !following.capitalized && !['that', 'the', 'a', 'an', 'it', 'he', 'she', 'they', 'this'].includes(following.lower)) return null;
  }
  // "The awards announced today include:", "The figures reported Tuesday show": a participle that describes the
  // subject, before the clause's own verb.
  if (reducedRelative(tokens, i, to)) return null;
  // "the newly announced commitment of $2.76 billion": a participle between an article and its noun describes it.
  // (Not after a quantifier that is the subject: "Both independently estimated that", "Some privately warned".)
  if (cue.lower.endsWith('ed') && i - 2 >= from && /[a-z]ly$/.test(tokens[i - 1].lower) && (ARTICLES.has(tokens[i - 2].lower) || POSSESSIVE_DETERMINERS.has(tokens[i - 2].lower)) && tokens[i + 1]?.kind === 'word' && !tokens[i + 1].capitalized && tokens[i + 1].lower !== 'that') return null;
  if (cue.lower === 'called' && tokens[i + 1]?.capitalized === true && namesAThing(tokens, i, from)) return null;
  // "a song written for their mother", "a book written in exile": a participle that describes a thing, no one's verb.
  if (cue.lower === 'written' && i - 2 >= from && ARTICLES.has(tokens[i - 2].lower) && tokens[i - 1].kind === 'word' && !tokens[i - 1].capitalized && !sourceNoun(tokens[i - 1].lower) && !DOCUMENT_NOUNS.has(tokens[i - 1].lower) && WORK_PLACES.has(tokens[i + 1]?.lower ?? '')) return null;
  const next = tokens[i + 1]?.lower ?? '';
  // ("the number of homeowners' policies written through the pool rose 41%": "written" right after a noun that can be
  // no source, before a preposition of where or how, describes the noun.)
  // ("Policies written through the plan have more than doubled": so at the sentence's start, capitalised.)
  if (cue.lower === 'written' && i - 1 >= from && tokens[i - 1].kind === 'word' && (!tokens[i - 1].capitalized || i - 1 === from) && !FINITE_AUXILIARIES.has(tokens[i - 1].lower) && !PRONOUNS.has(tokens[i - 1].lower) && !sourceHead(tokens[i - 1]) && !cueAdverb(tokens, i - 1, from) && (WORK_PLACES.has(next) || next === 'through' || next === 'under')) return null;
  // Commitments and deeds, not reports: "agreed to add", "agreed on Monday to buy", "claimed responsibility",
  // "claimed the lives of".
  // (Only "agree" past a time: "Forecasters expect Friday to be the hottest day" expects the time.)
  if (WEAK_CUES.has(lemma) && tokens[lemma === 'agree' ? afterTimePhrase(tokens, i + 1, to) : i + 1]?.lower === 'to') return null;
  // Deeds with an object: "workers continued a strike", "the university admitted 2,140 students" (not `"…," he
  // continued`, "admitted that").
  // (Not after a quote or a comma, where the verb is inverted: `"…," continued the mayor`; not "continued saying".)
  // (But going on speaking is a report: "Howard continued his scathing remarks.")
  if (lemma === 'continue' && NOUN_DETERMINERS.has(next) && i > from && tokens[i - 1].text !== ',' && !QUOTE_MARKS.has(tokens[i - 1].text) && !speechObject(tokens, i + 2, to)) return null;
  // (Not a count that opens what was admitted: "She admitted 40% of the money was spent on salaries".)
  if (lemma === 'admit' && tokens[i + 1]?.kind === 'number' && !finiteVerbWithin(tokens, i + 2, to, 6)) return null;
  // ("the cost estimates", "the program's cost estimates as "…"": so a document's noun after a noun that can be no
  // source, after an article or a possessive.)
  // (Not after "own", where the owner stands for the document: "The district's own estimate is $487"; nor after a
  // plural, a subject its verb agrees with: "The co-authors estimate".)
  if (DOCUMENT_NOUNS.has(cue.lower) && i - 2 >= from && tokens[i - 1].kind === 'word' && !tokens[i - 1].capitalized && tokens[i - 1].lower !== 'own' && !FINAL_S.test(tokens[i - 1].lower) && !sourceHead(tokens[i - 1]) && !PRONOUNS.has(tokens[i - 1].lower) && !VAGUE_NOUNS.has(tokens[i - 1].lower) && !cueAdverb(tokens, i - 1, from) && (NOUN_DETERMINERS.has(tokens[i - 2].lower) || endsWithPossessive(tokens[i - 2].text))) return null;
  // A noun, not the verb: "the 10-year note rose", "its report", "a record" (the -ed and -ing forms are read above).
  // (Not after an age standing for a person before a verb no noun shares: "the 46-year-old said", not "The 20-year-old
  // claims were rejected".)
  if (!/(?:ed|ing)$/.test(cue.lower) && i - 1 >= from && (NOUN_DETERMINERS.has(tokens[i - 1].lower) || ((tokens[i - 1].kind === 'number' || tokens[i - 1].kind === 'alnum') && !(AGE_WORD.test(tokens[i - 1].lower) && PERSON_VERBS.has(cue.lower)) && i - 2 >= from && NOUN_DETERMINERS.has(tokens[i - 2].lower)))) return null;
  // A request, not a report: "who asked not to be named", "asked to remain anonymous", "asked for privacy".
  // (Past an adverb: "had asked repeatedly to be moved".)
  const request = lemma === 'ask' && LY_ENDING.test(next) && tokens[i + 2] !== undefined ? tokens[i + 2].lower : next;
  if (lemma === 'ask' && (request === 'not' || request === 'to' || request === 'for')) return null;
  // Agreeing to a thing, not saying so: "the EU agreed new catch limits", "agreed a deal", "agreed on a cut" (not
  // "agreed that", "agreed on Monday that", `"…," she agreed`).
  // (But a clause after it is what was agreed: "Ms Barker agreed the technology was overdue".)
  if (lemma === 'agree' && cue.lower !== 'agreeing' && ((NOUN_DETERMINERS.has(next) && !clauseAfterNoun(tokens, i + 2, to)) || ((next === 'on' || next === 'upon') && !(tokens[i + 2] !== undefined && timeWord(tokens[i + 2]))) || next === 'new')) return null;
  // A phrasal verb, not a reckoning: "The board put off a decision", "put forward a plan" (not "put it", "put the
  // toll at 40").
  if (lemma === 'put' && PUT_PARTICLES.has(next)) return null;
  // A document's noun before another's: "A city housing inspection report released Thursday found" (a singular's
  // verb would be "reports"), "Inspection reports show".
  if (lemma === 'report' && i - 1 >= from && tokens[i - 1].kind === 'word' && (!tokens[i - 1].capitalized || i - 1 === from) && DOCUMENT_NOUNS.has(tokens[i - 1].lower) && ((cue.lower === 'report' && !FINAL_S.test(tokens[i - 1].lower)) || (cue.lower === 'reports' && (CUE_FORMS.has(next) || AGENT_PARTICIPLES.has(next))))) return null;
  // Placing a thing: "put it on a shelf", "put them into storage" (not "as she put it", "put it to the committee").
  if (lemma === 'put' && (next === 'it' || next === 'them') && PLACING_AFTER_PUT.has(tokens[i + 2]?.lower ?? '')) return null;
  // "The three-member recount board": a base form between a compound of a count and its article is a noun (not
  // after a plural subject: "The co-authors estimate").
  if (CUE_FORMS.get(cue.lower) === cue.lower && i - 2 >= from && NOUN_DETERMINERS.has(tokens[i - 2].lower) && countCompound(tokens[i - 1])) return null;
  if (lemma === 'claim' && (/^(?:responsibility|credit|victory|lives|title|seats?|gold)$/.test(next) || /^(?:lives|life|title|seat|crown)$/.test(tokens[i + 2]?.lower ?? ''))) return null;
  // ("the average claim for a stolen pickup is now $27,300", "the latest estimate": so after an article and a word
  // that describes such a noun.)
  // (A cue that can be a noun only: "The average puts Smith at 47.2 percent" is the average's.)
  if ((NOUN_CUES.has(cue.lower) || cue.lower === 'claim' || DOCUMENT_NOUNS.has(cue.lower)) && i - 2 >= from && NOUN_DETERMINERS.has(tokens[i - 2].lower) && NOUN_DESCRIBERS.has(tokens[i - 1].lower)) return null;
  // ("According to the trust, reports of vandalism … rose by 31%": a document's noun before "of", after a comma, is the
  // noun, not a verb whose source follows it; not after its owner, "The council's own estimates of …".)
  if (next === 'of' && DOCUMENT_NOUNS.has(cue.lower) && (i === from || tokens[i - 1].kind === 'punct')) return null;
  // Money claimed or written off, not a report: "The scheme claimed back £38.4 million", "claimed £2.3 million in tax
  // relief", "the authority had written off £800,000 of debt" (not "claimed £40m was lost").
  // (Not "The mayor then writes back, "…"", a reply.)
  if ((lemma === 'claim' && next === 'back') || (lemma === 'write' && next === 'off')) return null;
  // ("the study added to "a growing body of evidence"", "adding to the anxiety": adding to a thing, not saying; not
  // "added to reporters".)
  if (lemma === 'add' && next === 'to' && i + 2 < to && !tokens[i + 2].capitalized && !ADDED_TO_LISTENERS.has(tokens[i + 2].lower) && !(tokens[i + 2].lower === 'the' && tokens[i + 3]?.capitalized)) return null;
  if (lemma === 'claim' && sumClaimed(tokens, i + 1, to)) return null;
  let k = progressive ? i - 2 : i - 1;
  while (k >= from && cueAdverb(tokens, k, from)) k--;
  // "State media on Saturday reported", "The ministry late Tuesday said": the subject stands before the time.
  k = beforeTimePhrase(tokens, k, from);
  while (k >= from && cueAdverb(tokens, k, from)) k--;
  // "A district survey released in January found": a participle that describes the subject stands between.
  // ("A report by the Association of Independent Festivals published in January estimated": after its maker's name.)
  if (k - 1 >= from && AGENT_PARTICIPLES.has(tokens[k].lower) && (DOCUMENT_NOUNS.has(tokens[k - 1].lower) || (tokens[k - 1].capitalized && documentByBefore(tokens, k - 1, from)))) k--;
  // "A joint statement issued at the end of the two-day summit said": the participle's phrase after a document.
  k = beforeIssuedPhrase(tokens, k, from);
  k = beforeObtainedBy(tokens, k, from);
  k = beforeSpeakingPhrase(tokens, k, from);
  k = beforeMannerPhrase(tokens, k, from);
  // "went on to add", "continued to say"
  const catenative = k - 1 >= from && tokens[k].lower === 'to' && CATENATIVES.has(tokens[k - 1].lower);
  // "Sanders took to Twitter to say", "used the debate to argue", "took the opportunity to warn": the subject of the
  // verb of means says it.
  const means = !catenative && k - 1 > from && tokens[k].lower === 'to' ? meansVerbBefore(tokens, k, from) : -1;
  if (catenative) {
    k -= tokens[k - 1].lower === 'on' ? 3 : 2;
    while (k >= from && cueAdverb(tokens, k, from)) k--;
  } else if (means >= 0) {
    k = means - 1;
    while (k >= from && cueAdverb(tokens, k, from)) k--;
  } else if (k - 2 > from && tokens[k].lower === 'to' && READY_TO.has(tokens[k - 1].lower) && (tokens[k - 2].lower === 'was' || tokens[k - 2].lower === 'were')) {
    // "Mr. Trump was prompted to say", "Sanders was quick to add": the subject of "was" says it.
    k -= 3;
    while (k >= from && cueAdverb(tokens, k, from)) k--;
  } else if (k - 2 >= from && tokens[k].lower === 'to' && tokens[k + 1]?.lower === 'have' && HEARSAY_PASSIVES.has(tokens[k - 1].lower) && PASSIVE_AUX.has(tokens[k - 2].lower)) {
    // "She is said to have told colleagues that …", "He is understood to have warned" ("have" passed as a cue's
    // adverb): hearsay of what the subject said; the subject speaks, and the passive is a vague attribution of its own.
    k -= 3;
    while (k >= from && cueAdverb(tokens, k, from)) k--;
  }
  // A parenthesis between source and cue: "Jenn St-Onge (Nancy Drew, Jem) told".
  if (k >= from && tokens[k].text === ')') {
    let depth = 0;
    for (let p = k; p >= from && k - p < 30; p--) {
      if (tokens[p].text === ')') depth++;
      else if (tokens[p].text === '(' && --depth === 0) {
        k = p - 1;
        break;
      }
    }
    // ("The advisory, released at 8:00 p.m. AST on Wednesday (0000 UTC Thursday) placed": the phrase of its issue,
    // with its time, set off after the document.)
    k = beforeIssueTime(tokens, k, from);
  }
  if (k >= from && PASSIVE_AUX.has(tokens[k].lower) && tokens[i + 1]?.lower === 'by') {
    // "was described by the CBCP as …": the agent is the source.
    const agent = forwardPhrase(tokens, i + 2, to, inQuote);
    return agent ? mention(agent, lexicon, cue.text, cue.start, cue.end, lemma, true) : null;
  }
  // "Braynard was quoted as saying", `"…," he is quoted as saying`: the one quoted is the passive's subject.
  if (k - 1 >= from && PASSIVE_AUX.has(tokens[k].lower) && cue.lower === 'quoted' && next === 'as' && tokens[i + 2]?.lower.endsWith('ing')) {
    k--;
    if (k >= from && tokens[k].lower === 'been') k--;
    if (k >= from && /^(?:has|have|had)$/.test(tokens[k].lower)) k--;
    while (k >= from && cueAdverb(tokens, k, from)) k--;
  }
  if (k >= from && (PASSIVE_AUX.has(tokens[k].lower) || tokens[k].lower === 'to' || tokens[k].lower === 'not')) return null;
  // "I'm told", "we're told": a passive too, its "am" or "are" contracted (not "I'm saying", nor "he's told", which
  // may be "he has told").
  // (With its agent, the agent speaks: "I'm told by Gov. Tim Walz that …".)
  if (k >= from && CONTRACTED_BE.test(tokens[k].lower) && pronounOf(tokens[k]) !== undefined && cue.lower !== lemma && !cue.lower.endsWith('s') && !cue.lower.endsWith('ing')) {
    const agent = tokens[i + 1]?.lower === 'by' ? forwardPhrase(tokens, i + 2, to, inQuote) : null;
    // (Not a time: "I'm told by next week the plant will cut 300 jobs", "by Friday".)
    return agent && agentNames(agent) ? mention(agent, lexicon, cue.text, cue.start, cue.end, lemma, true) : null;
  }
  if (WEAK_CUES.has(lemma) && cue.lower.endsWith('s') && lemma !== cue.lower && k >= from && DETERMINERS.has(tokens[k].lower)) return null;
  k = beforeRelativeClause(tokens, k, from);
  // ("The report, titled "Closing the Gap", estimates": past an aside that gives the subject's title in quotes.)
  const titled = titledAside(tokens, k, from);
  // (Not to a time, which ends a phrase that describes the subject: "A flyer circulating on Friday, titled "…",".)
  if (titled >= 1 && !timeWord(tokens[titled - 1])) k = titled - 1;
  let np: Phrase | null = null;
  let inverted = false;
  const aside = dashAside(tokens, k, from);
  if (aside) k = aside.before;
  if (aside?.name) {
    np = aside.name;
  } else if (k >= from && tokens[k].text === ',' && k - 1 >= from && !QUOTE_MARKS.has(tokens[k - 1].text)) {
    // An appositive between commas: "Malcolm Nance, executive director of …, told".
    const open = placeAsideStart(tokens, previousComma(tokens, k - 1, from, inQuote), k, from, inQuote);
    if (open !== -1) {
      let enclosed = tokens.slice(open + 1, k);
      // "Gov. John Kasich (R-OH),": a party and state in brackets after the name.
      if (enclosed.length > 3 && enclosed[enclosed.length - 1].text === ')') {
        const bracket = enclosed.map((t) => t.text).lastIndexOf('(');
        if (bracket > 0 && enclosed.length - bracket <= 6) enclosed = enclosed.slice(0, bracket);
      }
      // ("Lieutenant General (retd) Imran Saeed Chaudhry": a retired officer's mark in brackets inside the titles.)
      const retired = enclosed.findIndex((t, j) => t.text === '(' && RETIRED.has(enclosed[j + 1]?.lower ?? '') && (enclosed[j + 2]?.text === ')' || (enclosed[j + 2]?.text === '.' && enclosed[j + 3]?.text === ')')));
      if (retired > 0) enclosed = [...enclosed.slice(0, retired), ...enclosed.slice(retired + (enclosed[retired + 2].text === ')' ? 3 : 4))];
      // ("Dr. Mele Tupou of the University of Auckland": the body a name is of, after it, is no part of the name.)
      for (let j = 2; j < enclosed.length - 1; j++) {
        // ("One passenger, Elspeth Grant from Tobermory, told": nor is the place a full name is from.)
        if (enclosed[j].lower === 'from' && enclosed.length - j <= 4 && j === 2 && isGivenName(enclosed[0].text) && enclosed[1].capitalized && enclosed.slice(j + 1).every((t) => t.kind === 'word' && t.capitalized)) {
          enclosed = enclosed.slice(0, j);
          break;
        }
        if (enclosed[j].lower !== 'of' && enclosed[j].lower !== 'at') continue;
        const tail = enclosed.slice(j + 1);
        // ("An independent valuer, Henrik Sørensen of Aldgate Fine Books, told": after a full name, any capitals.)
        const fullName = j === 2 && isGivenName(enclosed[0].text) && enclosed[0].kind === 'word' && enclosed[1].kind === 'word' && !ORG_NAME_WORDS.has(enclosed[1].text);
        // ("Kwame Asante of Brindle & Hart": an ampersand inside the firm's name.)
        // ("Benedikt Oyelaran of the firm Hale & Mistry": what the body is, after "the", before its name.)
        const kindOfBody = (t: Token, m: number): boolean => m === 1 && tail[0].lower === 'the' && !t.capitalized && (ORG_NOUNS.has(t.lower) || NAMED_BY_NOUN.has(t.lower)) && tail[2]?.capitalized === true;
        if (enclosed[j - 1].kind === 'word' && enclosed[j - 1].capitalized && tail.every((t, m) => (t.kind === 'word' && (t.capitalized || t.lower === 'the' || t.lower === 'of' || t.lower === 'and' || kindOfBody(t, m))) || t.text === '&') && (fullName || tail.some((t) => ORG_NAME_WORDS.has(t.text)))) enclosed = enclosed.slice(0, j);
        break;
      }
      // "the mayor of London, Sadiq Khan, tweeted", "The study's lead author, doctoral candidate Maninder Thind, said":
      // the appositive is the name (after any role words).
      let n = enclosed.length;
      // ("The operator, Lakeshore Senior Living Group, said": a title's word between capitals that are neither a title
      // nor a given name is inside a body's name.)
      while (n > 0 && (((enclosed[n - 1].capitalized || NAME_PARTICLES.has(enclosed[n - 1].lower)) && enclosed[n - 1].kind === 'word' && (!NAME_TITLES.has(enclosed[n - 1].text) || titleInsideName(enclosed, n - 1))) || pluralApostropheInName(enclosed, n - 1))) n--;
      // ("David and Jeanne Heidler": a couple's given names joined before their surname.)
      if (n === 2 && enclosed[1].lower === 'and' && isGivenName(enclosed[0].text) && enclosed.length - n >= 2 && isGivenName(enclosed[2].text)) n = 0;
      // ("Dutch MEP Joost van der Berg": a nationality and a title in capitals before a given name lead the name.)
      let m = n;
      while (m < enclosed.length - 1 && m - n < 2 && titleOrNationality(enclosed[m]) && !isGivenName(enclosed[m].text)) m++;
      if (m > n && (isGivenName(enclosed[m].text) || enclosed.slice(n, m).some((t) => NAME_TITLES.has(t.text) || POST_NOMINALS.has(t.text)))) n = m;
      const name = enclosed.slice(n);
      const lead = enclosed.slice(0, n);
      // Role words and titles may lead the name: "doctoral candidate Maninder Thind", "Dr. Philip Adeyemi-Rhodes".
      // ("The head of the office, Comptroller Sir Ashok Venkataraman-Lowe, said": a role's noun in capitals is a title.)
      // ("The Bishop of Wexcombe, the Rt Rev Anselm Okonkwo, said", "…, Her Honour Judge Priya Raman, said": and the
      // words of a style of address.)
      // ("The club's groundsman, 68-year-old Walter Grimshaw, said": and an age.)
      const leadOk = lead.every((t, j) => (t.kind === 'word' && (!t.capitalized || NAME_TITLES.has(`${t.text}.`) || titleOrNationality(t) || ROLE_NOUNS.has(t.lower) || STYLE_WORDS.has(t.text))) || (t.text === '.' && j > 0 && NAME_TITLES.has(`${lead[j - 1].text}.`)) || (t.kind === 'alnum' && AGE_COMPOUND.test(t.lower)));
      // Not the end of a relative clause: "Joe Wilson, who voted against the Inflation Reduction Act, said".
      // Nor of a verb's phrase: "Timmons, who represents Greenville, voted against the Bipartisan Infrastructure Law,
      // said".
      const relative = lead.length > 0 && (/^(?:who|whose|which|that|where|when)$/.test(lead[0].lower) || lead.some((w, j) => /ed$/.test(w.lower) && /^(?:against|for|to|on|in|with|the|a|an)$/.test(lead[j + 1]?.lower ?? '')));
      // "his son, Daniel, said": after a relative, a given name alone names the person; so after "who gave only his
      // first name, Rune,".
      const kinName = name.length === 1 && lead.length === 0 && open - 1 >= from && (relativesName(tokens, kinBefore(tokens, open - 1, from), from, name[0]) || /^names?$/.test(tokens[open - 1].lower));
      // "an emergency physician in Port Halvard": capitals after a preposition are a place or a body, not a name.
      // (So are capitals after "of the" or "at the", where a person works: "Sarah Lomax, of the Metropolitan Economic
      // Crime Unit, said" is Lomax.)
      // (And capitals after a role's "for" or "to", whom the role serves: "Ofgem, the energy regulator for Great Britain,
      // announced" is Ofgem, "Helen Smith, the MP for Surrey Downs, said" is Smith; or at the end of an aside that opens with where the person is: "Siobhan Gallagher, of the
      // lay group We Are Lydford, said" is Gallagher.)
      // ("Colin Mabey, a master carpenter with Corvell Builders, said": or whom the person works with.)
      // ("Laura Dempsey, head teacher at St Brendan's Primary, said": past a saint's or a king's title that opens the
      // body's name.)
      const placed = lead.length > 0 && (PLACE_PREPOSITIONS.has(lead[lead.length - 1].lower) || (lead.length >= 2 && BODY_NAME_TITLES.has(lead[lead.length - 1].text) && PLACE_PREPOSITIONS.has(lead[lead.length - 2].lower)) || (lead[lead.length - 1].lower === 'with' && lead.length >= 2) || (lead.length === 2 && (lead[0].lower === 'of' || lead[0].lower === 'at') && lead[1].lower === 'the') || ((lead[lead.length - 1].lower === 'for' || lead[lead.length - 1].lower === 'to') && lead.length >= 2 && (ROLE_NOUNS.has(lead[lead.length - 2].lower) || TITLE_ACRONYMS.has(lead[lead.length - 2].text))) || (lead.length >= 2 && (lead[0].lower === 'of' || lead[0].lower === 'at') && DETERMINERS.has(lead[1].lower)));
      // "who gave his name only as Hassan", "identified only as Ahmed": the name the source goes by.
      const givenAs = name.length >= 1 && name.length <= 3 && lead.length >= 2 && lead[lead.length - 1].lower === 'as' && lead.some((t) => GOING_BY.has(t.lower));
      // "The first witness, a retired software executive from Seattle named Paul Brandt, testified": the name the
      // aside ends with after "named".
      const namedAs = name.length >= 2 && name.length <= 4 && lead.length >= 2 && lead[lead.length - 1].lower === 'named' && isGivenName(name[0].text);
      // "Two military analysts, Patrick Megahan and Chris Harman, said": two names in apposition to a plural role (the
      // first is joined to the second when the mention is resolved).
      const pairOfNames = peopleNounBefore(tokens, open) && name.length >= 2 && name.length <= 3 && lead.length >= 3 && lead.length <= 4 && lead[lead.length - 1].lower === 'and' && isGivenName(lead[0].text) && isGivenName(name[0].text) && lead.slice(0, -1).every((t) => t.kind === 'word' && t.capitalized) && !lead.some((t) => ORG_NAME_WORDS.has(t.text));
      // ("Sian Lloyd, for Emyr Pritchard, said", "…, representing Emyr Pritchard,": whom the person before the aside acts
      // for, not who speaks.)
      // ("Simon Achterberg, representing defendant Kyle Mortimer, told", "…, on behalf of the family of Emyr Pritchard,":
      // words in lower case may stand between.)
      const actsFor = lead.length >= 1 && lead.length <= 4 && (ACTING_FOR.has(lead[0].lower) || (lead[0].lower === 'on' && lead[1]?.lower === 'behalf')) && lead.every((t) => t.kind === 'word' && !t.capitalized) && open - 1 >= from && (tokens[open - 1].capitalized || ROLE_NOUNS.has(tokens[open - 1].lower));
      // ("Marta Kline, head of the charity, Shelter Now, said": the name of what the role before it is of.)
      const rolesObject = namesRolesObject(tokens, open, lead.length, from, inQuote, lexicon);
      const isName = (kinName || givenAs || namedAs || pairOfNames || (name.length >= 2 && name.length <= 5 && leadOk && !relative && !placed && !actsFor && (lead.length <= 4 || longRole(lead)))) && !name.some((t) => ORG_NAME_WORDS.has(t.text)) && !rolesObject;
      // "Harry Bond, 30, of Raleigh, N.C., who was among those polled, said": a chain of asides after the name that
      // opens the clause.
      // "Its parent company, Vantor Motors, said", "the bank, Credit Agricole, said": a body's name in apposition after
      // the noun of a body.
      // (Not a person's name: "the firm's founder" is no body; "The agency, Maria Lopez, said" is no body's name.)
      // (Nor after a preposition: "A spokesman for the ministry, Zabihullah Mujahid, said" names the spokesman.)
      // ("A trade group representing chemical manufacturers, the Fluoropolymer Producers Alliance, said": the noun of
      // the body before a participle's phrase about it.)
      const orgNoun = orgNounBefore(tokens, open, from);
      const governed = orgNoun - 2 >= from && (OBJECT_GOVERNORS.has(tokens[orgNoun - 1].lower) || (DETERMINERS.has(tokens[orgNoun - 1].lower) && OBJECT_GOVERNORS.has(tokens[orgNoun - 2].lower)));
      // "The breakdown below, from the statistics office, shows": the body a document comes from, set off by commas.
      const fromAside = (enclosed[0]?.lower === 'from' || enclosed[0]?.lower === 'by') && enclosed.length >= 2 && enclosed.length <= 8 && enclosed[1].kind === 'word' && !MONTHS.has(enclosed[1].lower) && !WEEKDAYS.has(enclosed[1].lower) && documentBefore(tokens, open, from);
      // ("The trade group, the Fluoropolymer Producers Alliance, said": the name may have its article.)
      // ("its owner, Cordelia Health, said": a word of owning or running something names a body when the name is a
      // body's, by a word of one, not "its owner, Tom Reyes".)
      // (A body's name may end with a word that titles people before a name: "Cordelia Health".)
      let b = n;
      if (name.length === 0) while (b > 0 && enclosed[b - 1].kind === 'word' && enclosed[b - 1].capitalized) b--;
      // ("The conciliation service, the Advisory and Arbitration Board, said", "The union, the Civil and Revenue
      // Workers' Union, said": an "and" between capitals inside the body's name.)
      while (b >= 2 && enclosed[b - 1].lower === 'and' && enclosed[b - 2].kind === 'word' && enclosed[b - 2].capitalized && b < enclosed.length) {
        b -= 2;
        while (b > 0 && enclosed[b - 1].kind === 'word' && enclosed[b - 1].capitalized) b--;
      }
      const body = b === n ? name : enclosed.slice(b);
      const bodyLead = b === n ? lead : enclosed.slice(0, b);
      // ("its maker, the biotechnology company Neurevia, said": the words before the name say it is a body's.)
      const leadNamesBody = bodyLead.length >= 2 && bodyLead.length <= 4 && (bodyLead[0].lower === 'the' || bodyLead[0].lower === 'a') && ORG_NOUNS.has(bodyLead[bodyLead.length - 1].lower) && bodyLead.every((t) => t.kind === 'word' && !t.capitalized);
      const bodysWord = body.length > 0 && (body.some((t) => ORG_NAME_WORDS.has(t.text)) || BODY_ENDINGS.has(body[body.length - 1].text) || leadNamesBody);
      // (Not a person's name after a title's abbreviation: "The leader of the Liberal Democrat group, Cllr Paul Ferris,".)
      const titledName = body.length > 2 && BRITISH_TITLES.has(body[0].text) && isGivenName(body[1].text);
      const bodysName = body.length > 0 && ((!isGivenName(body[0].text) && !titledName) || bodysWord);
      // ("its maker, Neurevia, said": what a body owns or runs, by "its".)
      // ("The regulator, the Financial Conduct Authority, said": or a noun a body is named by.)
      // ("One, Southern Cross Bank, said", "Its rival, Harbour Mutual Bank, said": one of bodies named before, or a
      // rival, by a name with a body's word.)
      const oneOfBodies = orgNoun >= from && bodysWord && BODY_OF_SET.has(tokens[orgNoun].lower);
      const bodyNoun = oneOfBodies || (orgNoun >= from && !tokens[orgNoun].capitalized && (ORG_NOUNS.has(tokens[orgNoun].lower) || NAMED_BY_NOUN.has(tokens[orgNoun].lower) || (RUNNING_ROLES.has(tokens[orgNoun].lower) && (bodysWord || tokens[orgNoun - 1]?.lower === 'its'))));
      const orgInApposition = (bodyLead.length === 0 || (bodyLead.length === 1 && bodyLead[0].lower === 'the') || leadNamesBody) && body.length <= 7 && bodysName && bodyNoun && !governed && !rolesObject;
      // ("The review, seen by the Leeds Citizen, found", "A report by the agency, obtained by Reuters, says": who saw a
      // document is no source; what it is is, before the aside.)
      // ("The audit, led by City Controller Dana Okonkwo-Price, found", "The group, chaired by …, said": nor who led or
      // ran the subject.)
      const seenAside = enclosed.length >= 3 && (OBTAINED.has(enclosed[0].lower) || LED_BY.has(enclosed[0].lower)) && enclosed[1].lower === 'by' && open - 1 >= from;
      // ("Court papers filed by its administrators, Harcourt Lyle Restructuring LLP, show": a name in apposition to who
      // filed or obtained a document; the document speaks.)
      const agentOfDocument = isName && open - 1 >= from && obtainedByBefore(tokens, open - 1, from);
      // ("The study, commissioned by the Caledonian Minerals Council, an industry body, found": what the maker is, after
      // an aside of who made or saw the subject; the subject stands before both.)
      const made = !seenAside && !agentOfDocument && !isName && open - 1 >= from ? previousComma(tokens, open - 1, from, inQuote) : -1;
      const makerAside = made > from && tokens[made + 2]?.lower === 'by' && (AGENT_PARTICIPLES.has(tokens[made + 1].lower) || OBTAINED.has(tokens[made + 1].lower)) && DOCUMENT_NOUNS.has(tokens[made - 1].lower);
      if (makerAside) np = backwardPhrase(tokens, made - 1, from, lexicon);
      else if (seenAside || agentOfDocument) np = backwardPhrase(tokens, open - 1, from, lexicon);
      else if (fromAside) np = { words: enclosed.slice(1), start: enclosed[1].start, end: enclosed[enclosed.length - 1].end };
      else if (orgInApposition) np = subjectBeforeRelative(tokens, open, from, inQuote, lexicon) ?? { words: enclosed, start: enclosed[0].start, end: body[body.length - 1].end, classifyAs: ORG_NOUNS.has(tokens[orgNoun].lower) ? [...body, tokens[orgNoun]] : body };
      else if (isName) np = subjectBeforeRelative(tokens, open, from, inQuote, lexicon) ?? { words: name, start: name[0].start, end: name[name.length - 1].end };
      // "Two people who have seen the full memo, speaking on condition of anonymity …, said": the noun the relative
      // clause before the aside hangs on.
      // (Any noun before a verb of speech when the aside is a short adverbial: "Cement makers, for instance, argue".)
      // ("…, leading up to the convention, forcing her to fend off both rivals, said Brad Bannon, a pollster": a full
      // name right after the verb, closed by a comma or the sentence's end, is the source; the clause before is what
      // he said.)
      else if (OBJECT_CUES.has(lemma) || !fullNameAfterCue(tokens, i, to)) {
        // ("The Fair Markets Office (FMO), which opened its investigation in 2024, has said": past the body's initials.)
        const initials = initialsBefore(tokens, open - 1, from);
        np = nameOpeningClause(tokens, from, open) ?? backwardPhrase(tokens, beforeRelativeClause(tokens, initials >= 0 ? initials - 1 : open - 1, from), from, lexicon, SPEECH_CUES.has(lemma) && adverbialAside(enclosed));
        // ("Cllr Judith Pennock, leader of Westmorland and Furness Council, who visited the centre, said", "Ayesha
        // Bramwell, director of the Carrow Bridge branch of Shelter, the housing charity, said": the role in apposition
        // before the aside describes the name, which speaks.)
        if (np && ((relative && lead[0].lower === 'who') || np.words.some((w) => !w.capitalized && ROLE_NOUNS.has(w.lower)))) np = nameBeforeRole(tokens, np, tokenAtOrAfter(tokens, np.start) - 1, from, lexicon) ?? np;
        // ("A survey of 2,000 concertgoers, commissioned by the Red River Merchants Association, found", "A poll of 900
        // tenants, carried out for the housing trust, found": an aside of who ordered a document or whom it was made for
        // is read with the document, as it is without the commas.)
        if (np) np = withOrderingAside(np, enclosed);
      }
    }
  } else if (k - 1 >= from && (tokens[k].lower === 'which' || tokens[k].lower === 'who' || tokens[k].lower === 'that') && (tokens[k - 1].kind === 'word' || (tokens[k - 1].text === ',' && k - 2 >= from && ((tokens[k - 2].kind === 'word' && !TIME_WORDS.has(tokens[k - 2].lower) && !MONTHS.has(tokens[k - 2].lower)) || (tokens[k - 2].text === '.' && k - 3 >= from && NAME_SUFFIXES.has(tokens[k - 3].text)) || numberEndsName(tokens, k - 2, from) || ageAfterName(tokens, k - 2, from))))) {
    // "a statement which read", "the minister, who said": the noun the relative clause hangs on.
    // ("Teamsters Local 727, which said": or a name that ends in a number.)
    // ("Shirley Beaulieu, 72, who said": past a person's age in apposition, to the name.)
    let before = tokens[k - 1].text === ',' ? (ageAfterName(tokens, k - 2, from) ? k - 4 : k - 2) : k - 1;
    // "two articles published in October that examined": a time is never what the clause hangs on; past it, and
    // past a participle that describes the noun, to the noun.
    if (before >= from && tokens[before].capitalized && (MONTHS.has(tokens[before].lower) || WEEKDAYS.has(tokens[before].lower))) {
      const b = beforeTimePhrase(tokens, before, from);
      before = b !== before && b - 1 >= from && PAST_ENDING.test(tokens[b].lower) && tokens[b - 1].kind === 'word' ? b - 1 : b === before ? from - 1 : b;
    }
    np = before >= from ? backwardPhrase(tokens, before, from, lexicon) : null;
    // ("Shirin Taheri, a driver for six years, who said": a description that ends in a time names no one; the name
    // before it is what the clause hangs on.)
    if (!np && before === k - 2 && tokens[k].lower === 'who') np = nameBeforeDescription(tokens, before, from, lexicon);
    // "They released a statement which said": the one who issued it, as "issued a statement saying" reads.
    if (np) np = issuerOf(tokens, np, from, inQuote, lexicon) ?? np;
    // "the Brightwater Foundation, a philanthropy focused on aging, which said": an appositive that describes a body
    // with "a" or "an" between its name and the clause; the body's name is what the clause hangs on.
    if (tokens[k].lower === 'which' && tokens[k - 1].text === ',') {
      const c = previousComma(tokens, k - 2, from, inQuote);
      if (c - 1 >= from && k - c <= 10 && INDEFINITE_ARTICLES.has(tokens[c + 1].lower) && tokens[c - 1].kind === 'word' && tokens[c - 1].capitalized) {
        const body = backwardPhrase(tokens, c - 1, from, lexicon);
        if (body !== null && namesBody(body)) np = body;
      }
    }
    // "Sen. Lorna Veit, Democrat of Oregon, who asked": an appositive between a person's name and the relative
    // clause describes the name, which the clause hangs on.
    // (So is one that describes with "a" or "an" right before "who": "Hamish Kettering, an 81-year-old retired
    // geologist who said".)
    const opens = np ? tokenAtOrAfter(tokens, np.start) : -1;
    const indefinite = np !== null && before === k - 1 && opens - 1 >= from && (INDEFINITE_ARTICLES.has(tokens[opens].lower) || INDEFINITE_ARTICLES.has(tokens[opens - 1].lower));
    if (np && (before === k - 2 || indefinite) && tokens[k].lower === 'who') np = nameBeforeRole(tokens, np, INDEFINITE_ARTICLES.has(tokens[opens].lower) || !indefinite ? opens - 1 : opens - 2, from, lexicon) ?? np;
    // "Ibrahim Camara, 19, from Guinea, who said": where a person is from, between the name (and age) and the clause.
    // ("Margaret Doyle, a retired postmistress from Helmsby, who said": after what the person is, too.)
    if (np && before === k - 2 && tokens[k].lower === 'who') {
      let at = tokenAtOrAfter(tokens, np.start);
      // (The person's noun read with the place: "postmistress from Helmsby".)
      if (!tokens[at].capitalized && (tokens[at + 1]?.lower === 'from' || tokens[at + 1]?.lower === 'of') && at + 2 < k) at += 2;
      let comma = at - 2;
      if (comma > from && tokens[comma].text !== ',') {
        let p = comma;
        while (p > from && at - 2 - p < 4 && tokens[p].kind === 'word' && !tokens[p].capitalized && !INDEFINITE_ARTICLES.has(tokens[p].lower)) p--;
        if (p - 1 >= from && INDEFINITE_ARTICLES.has(tokens[p].lower) && tokens[p - 1].text === ',') comma = p - 1;
      }
      if (comma >= from && (tokens[at - 1].lower === 'from' || tokens[at - 1].lower === 'of') && tokens[comma].text === ',') {
        let end = comma - 1;
        // (past the age: ", 19,")
        if (end - 1 >= from && tokens[end].kind === 'number' && tokens[end - 1].text === ',') end -= 2;
        const person = end >= from && tokens[end].capitalized ? backwardPhrase(tokens, end, from, lexicon) : null;
        if (person && isFullName(person)) np = person;
      }
    }
  } else if (k >= from && (tokens[k].lower === 'and' || tokens[k].lower === 'but')) {
    np = subjectOfClause(tokens, contrastedClause(tokens, from, k, inQuote), k, to, lexicon, inQuote);
  } else if (k >= from && tokens[k].lower === 'it' && (SPEECH_CUES.has(lemma) || DOCUMENT_PARTICIPLES.has(lemma) || RECKONING_VERBS.has(lemma) || TALLYING_VERBS.has(lemma)) && !/ing$/.test(cue.lower)) {
    // "“We regret the error,” it said": a body named before speaks as "it"; "It showed $200,000 in payments", "It
    // found that 40 percent …", "It also recorded 57 injuries": a report named before shows as "it".
    np = { words: [tokens[k]], start: tokens[k].start, end: tokens[k].end };
  } else if (k >= from && (!STOP_BACK.has(tokens[k].lower) || surnameBeforeCue(tokens, k) || groupThere(tokens, k, from))) {
    np = backwardPhrase(tokens, k, from, lexicon, SPEECH_CUES.has(lemma));
    // "John Smith, a spokesman for the company said": an appositive whose closing comma was left out describes the
    // name that opens the clause, which speaks.
    if (np) np = nameBeforeOpenAppositive(tokens, np, from, k) ?? jointBodies(tokens, np, from, lexicon) ?? np;
    // "Her aides, who on a press call criticized": a place or time inside a relative clause is no subject; the noun
    // the clause hangs on is.
    let opens = np ? tokenAtOrAfter(tokens, np.start) : -1;
    // "Sanders' fundraising email to his supporters notes": whom a document is addressed to is no subject; the
    // document is.
    const to = np && opens - 1 >= from && POSSESSIVE_DETERMINERS.has(tokens[opens - 1].lower) ? opens - 1 : opens;
    if (np && to - 2 >= from && tokens[to - 1].lower === 'to' && tokens[to - 2].kind === 'word' && !tokens[to - 2].capitalized && addressedDocument(tokens, to - 2, from)) {
      np = backwardPhrase(tokens, to - 2, from, lexicon, SPEECH_CUES.has(lemma)) ?? np;
      opens = tokenAtOrAfter(tokens, np.start);
    }
    if (np && opens - 3 >= from && RELATIVE_ADVERBIAL.has(tokens[opens - 1].lower) && (tokens[opens - 2].lower === 'who' || tokens[opens - 2].lower === 'which')) {
      const head = tokens[opens - 3].text === ',' ? opens - 4 : opens - 3;
      np = head >= from ? backwardPhrase(tokens, head, from, lexicon, SPEECH_CUES.has(lemma)) : null;
    }
    // "Two elderly sisters sharing a tent near the entrance told": what a participle after people takes, or where, is
    // no subject; the people it describes are.
    const people = np && !peopleHead(headOf(np)) && !pronounOf(headOf(np)) ? peopleBeforeParticiple(tokens, opens, from) : -1;
    if (people >= 0) np = backwardPhrase(tokens, people, from, lexicon, SPEECH_CUES.has(lemma)) ?? np;
  }
  // "Mr. Manafort, citing "the unique magic of Trump," said the candidate could …": a quote inside an aside after
  // the subject; the verb after it is the subject's, not inverted.
  if (!np && k > from && QUOTE_MARKS.has(tokens[k].text)) np = subjectBeforeAside(tokens, from, k, inQuote, lexicon);
  if (!np && (k < from || QUOTE_MARKS.has(tokens[k].text) || tokens[k].text === ',') && !OBJECT_CUES.has(lemma)) {
    np = forwardPhrase(tokens, i + 1, to, inQuote);
    // `"…," said another.`: one more of the people just quoted.
    const other = tokens[i + 1];
    if (!np && other?.lower === 'another' && (i + 2 >= to || tokens[i + 2].kind === 'punct')) np = { words: [other], start: other.start, end: other.end };
    // "…, reported exclusively in Fox News": an adverb after the verb is no inverted source.
    if (np && np.words.length === 1 && ADVERB_LY.test(np.words[0].text) && !NOUNS_IN_LY.has(np.words[0].text)) np = null;
    // "The cut, agreed last week by ministers", "disclose every holding": a time or a quantifier is no one.
    if (np && (timeOnly(np) || (np.words.length === 1 && QUANTIFIERS.has(np.words[0].lower)))) np = null;
    // `Trump's "divisive" comments do not`: an auxiliary after the word shows it a noun, not a verb with its subject.
    // (In lower case: "said Will Doyle", "said May Chen" name people.)
    if (np && !np.words[0].capitalized && (FINITE_AUXILIARIES.has(np.words[0].lower) || np.words[0].lower === 'not')) np = null;
    // "33%, say they feel that way": a pronoun with words after it is the subject of what is said.
    if (np && np.words.length > 1 && PRONOUNS.has(np.words[0].lower)) np = null;
    inverted = np !== null;
    // "A Boeing 707, reported by local press as belonging to …": the agent of a participle after a comma.
    if (np && np.words.length > 1 && np.words[0].lower === 'by' && cue.lower.endsWith('ed')) np = { words: np.words.slice(1), start: np.words[1].start, end: np.end };
    // "Timmons voted against the law, said it would do …", "…, said the law was passed": the phrase after the verb is
    // the subject of what was said; the speaker is the subject of the verbs the comma joins.
    if (np && k >= from && tokens[k].text === ',' && tokens[i + 1]?.lower !== 'by') {
      const after = tokenAtOrAfter(tokens, np.end);
      // So is one a present tense of a cue follows ("…, said the family expects "…"").
      const verb = after >= 0 && after < to ? tokens[after] : undefined;
      // (A present tense only: a past form there is as often a participle, "said economists polled by Reuters".)
      const tense = verb !== undefined && !cue.lower.endsWith('ing') && verb.kind === 'word' && !verb.capitalized && ENDS_IN_S.test(verb.lower) && isVerbish(verb);
      if (verb && (FINITE_AUXILIARIES.has(verb.lower) || tense)) {
        np = subjectPhrase(tokens, from, k, inQuote, lexicon);
        inverted = false;
      }
    }
    // `said University of California, San Diego's chancellor, Pradeep Khosla`: a name closing the phrase wins.
    // (Not over a person's full name right after the verb: "said Janet Crowther, the daughter of the victim, Harold
    // Crowther" names whose daughter she is.)
    const nameAfter = np && !personsFullName(np.words) ? trailingName(tokens, i + 1, to) : null;
    if (nameAfter) np = nameAfter;
  }
  // ("The district, he told the Calloway Ledger, would ask voters …": whom a speaker tells is no subject of a later verb.)
  // (Not one a relative clause goes on about, who speaks in it: "Smith told Jones, who said".)
  if (np && !inverted && toldBefore(tokens, tokenAtOrAfter(tokens, np.start) - 1, from) && !relativeAfter(tokens, tokenAtOrAfter(tokens, np.end))) return null;
  if (WEAK_CUES.has(lemma) && !inverted && np) {
    const head = headOf(np);
    // (A body by the noun it is named by is one: "The charity found", "The regulator estimates".)
    // ("At one home, inspectors recorded that": a role in the plural too, when it opens the clause after a comma, as
    // it does capitalised at the sentence's start, also behind its article or modifiers there: "The inspectors found",
    // "County health inspectors found"; not "dirt on journalists who criticized the company".)
    const sourceLike = head.capitalized || PRONOUNS.has(head.lower) || DOCUMENT_NOUNS.has(head.lower) || ROLE_NOUNS.has(head.lower) || ORG_NOUNS.has(head.lower) || VAGUE_NOUNS.has(head.lower) || NAMED_BY_NOUN.has(head.lower) ||
      (ENDS_IN_S.test(head.lower) && ROLE_NOUNS.has(withoutFinalS(head.lower)) && (tokens[tokenAtOrAfter(tokens, np.start) - 1]?.text === ',' || tokenAtOrAfter(tokens, np.start) === from));
    // ("…, its medium-term financial plan shows.": after the comma and ending the sentence, what shows is the
    // source, whatever its noun.)
    const npAt = tokenAtOrAfter(tokens, np.start);
    const trailing = npAt - 1 >= from && tokens[npAt - 1].text === ',' && DETERMINERS.has(np.words[0].lower) && (i + 1 >= to || TRAILING_END.has(tokens[i + 1].text));
    if (!sourceLike && !trailing) np = null;
  }
  // "A CNN/ORC poll of South Carolina released on Tuesday showed", "Exit polls from the primary, which Trump won,
  // showed": a document's verb reaches back over what describes the document to the document itself.
  if (!np && !inverted && DOCUMENT_PARTICIPLES.has(lemma)) np = documentSubject(tokens, i, from, inQuote, lexicon);
  // ("A coalition survey of 1,100 households near the Calloway district found": a body or place after a preposition
  // of place is where the document's sample was; the document, further back, finds.)
  // (Not a document that what is before it stands in: "The numbers in the release show" are the release's.)
  else if (np && !inverted && DOCUMENT_PARTICIPLES.has(lemma)) {
    const place = placeBefore(tokens, np, from);
    if (place >= 0 && !(DOCUMENT_NOUNS.has(headOf(np).lower) && CONTAINED_IN.has(tokens[place].lower))) np = documentSubject(tokens, place, from, inQuote, lexicon) ?? np;
  }
  if (!np || (np.words.length === 1 && np.words[0] === tokens[from] && PREPOSITION_OPENERS.has(np.words[0].lower))) return null;
  const m = mention(np, lexicon, cue.text, cue.start, cue.end, lemma, inverted);
  // "A nurse in the emergency department, who spoke on condition of anonymity, said", "said a man at the tram stop
  // who would not give his name": a person described in place of a name that is kept back is an anonymous source.
  if (m.kind === 'role' && anonymousAfter(tokens, np.end, inverted ? to : i)) {
    m.kind = 'vague';
    m.vague = true;
    m.anonymous = true;
  }
  m.loaded = LOADED_CUES.has(lemma);
  m.introduces = tokens[i + 1]?.text === ':' || (tokens[i + 1] !== undefined && tokens[i + 1].kind === 'word' && tokens[i + 2]?.text === ':' && !tokens[i + 1].capitalized);
  if (lemma === 'tell' && m.vague) {
    // "officials told BuzzFeed News": the finding covers the recipient too.
    let e = i + 1;
    while (e < to && tokens[e].capitalized) e++;
    if (e > i + 1) m.phraseEnd = Math.max(m.phraseEnd, tokens[e - 1].end);
  }
  return m;
}

/** Marks that end a sentence after a trailing cue: "…, the plan shows." */
const TRAILING_END = new Set(['.', '!', '?']);

export interface Phrase {
  /** The phrase's words as written. */
  words: Token[];
  start: number;
  end: number;
  /** The same words with the head last ("a by RAND report"), when the head is followed by a prepositional phrase: for classification only. */
  classifyAs?: Token[];
  /** Unnamed by its form, whatever its words: "People familiar with the matter". */
  unnamed?: boolean;
  /** People of a place or body a reader can check, not vague though their noun alone would be: "Officials at the ministry". */
  placed?: boolean;
}


/** The word a phrase is classified by: its last, once the head is moved last. */
function headOf(np: Phrase): Token {
  const words = np.classifyAs ?? np.words;
  return words[words.length - 1];
}

/** A body's statements in its own words, and the verbs by which they speak ("Its statement read"). */
const STATEMENTS = new Set(['statement', 'letter', 'release', 'message', 'email', 'memo', 'note', 'post', 'tweet']);
const STATEMENT_LEMMAS = new Set(['say', 'read', 'state', 'add', 'continue']);

export function mention(np: Phrase, lexicon: AttributionLexicon, cue: string, cueStart: number, cueEnd: number, lemma: string, inverted: boolean): SourceMention {
  // "Their statement also read", "his letter said", "by her own count": the owner of the document speaks, as in
  // "Trump's statement".
  const own = np.words.length === 3 && np.words[1].lower === 'own';
  // ("by its own count": a body's reckoning, as "it"; "its own poll" stays the document.)
  const first = np.words[0].lower;
  const last = np.words[np.words.length - 1].lower;
  // ("Its statement also read": a body's statement in its words, as "it".)
  const itsWords = first === 'its' && np.words.length === 2 && STATEMENTS.has(last) && STATEMENT_LEMMAS.has(lemma);
  const owner = (np.words.length === 2 || own) && DOCUMENT_NOUNS.has(last) ? POSSESSIVE_SPEAKERS.get(first) ?? ((own && first === 'its' && RECKONINGS.has(last)) || itsWords ? 'it' : undefined) : undefined;
  if (owner) np = { words: [np.words[0].withText(owner, owner)], start: np.start, end: np.words[0].end };
  const c = classifySource(np.classifyAs ?? np.words, lexicon);
  let onePerson = false;
  if (np.unnamed) {
    c.kind = 'vague';
    c.vague = true;
  } else if (np.placed && c.vague) {
    c.kind = 'role';
    c.vague = false;
  } else if (c.kind === 'role' && !inverted && cue.toLowerCase() === lemma && roleAtLarge(np.classifyAs ?? np.words, SPEECH_CUES.has(lemma))) {
    // "Engineers say", "funeral directors say", "Pharmacists also report": a role's plural at large, in the present of
    // a cue, speaks as a trade does.
    c.kind = 'vague';
    c.vague = true;
  } else if (c.kind === 'named' && !inverted && cue.toLowerCase() === lemma && SPEECH_CUES.has(lemma) && (tradeInCapitals(np.words) || peopleInCapitals(np.words))) {
    // "Preservationists say", "Publishers say", "Americans say": one capitalised plural of a trade or a people with its
    // verb in the plural is no name ("Sanders says"), but people of the trade or the country at large.
    c.kind = 'vague';
    c.vague = true;
  } else if (c.kind === 'role' && onePersonUnnamed(np.words)) {
    c.kind = 'vague';
    c.vague = true;
    onePerson = true;
  } else if (c.kind === 'named' && np.words.length > 2 && np.words[0].text === 'The' && SHOWING_LEMMAS.has(lemma)) {
    // "The Great Debate Debate shows the futility": capitals after "The" that show or find something are a thing, no
    // person a later "he" could stand for ("The Dalai Lama said" stays a person).
    c.kind = 'organization';
  }
  const text = phraseText(np.words);
  // A name read off the reordered words is given back in the order written ("a report by RAND").
  // (Spelt as the words are written: "Westhaven Nurses' Federation", its apostrophe against the word before it.)
  if (np.classifyAs && (c.name === np.classifyAs.map((w) => w.text).join(' ') || c.name === phraseText(np.classifyAs))) c.name = text;
  return {
    kind: c.kind,
    text,
    start: np.start,
    end: np.end,
    name: c.name,
    cue,
    cueStart,
    cueEnd,
    cueLemma: lemma,
    vague: c.vague,
    phraseStart: Math.min(np.start, cueStart),
    phraseEnd: Math.max(np.end, cueEnd),
    loaded: false,
    introduces: false,
    inverted,
    sourceless: false,
    onePerson,
  };
}

/** Abbreviations that end a name with a full stop: "Acme Inc.", "Martin Luther King Jr.". */
/** A firm's legal ending, written after a comma too ("Charms, LLC"). */
const FIRM_ENDINGS = new Set(['Inc', 'LLC', 'Ltd', 'LLP', 'PLC', 'Plc', 'Corp', 'GmbH', 'AG']);
const NAME_SUFFIXES = new Set(['Inc', 'Corp', 'Co', 'Ltd', 'Bros', 'Jr', 'Sr', 'Cos', 'Plc', 'PLC', 'LLC', 'Assn', 'Intl']);

/** Words that open an adverbial phrase before a clause's subject ("In a statement, …", "On Tuesday, …"). */
const ADVERBIAL_OPENERS = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'speaking', 'writing', 'asked', 'when', 'later', 'earlier', 'meanwhile', 'however', 'separately', 'today', 'yesterday', 'then', 'afterwards', 'also', 'addressing', 'responding', 'following', 'since', 'as', 'with', 'from', 'for', 'across', 'outside', 'inside', 'near', 'along', 'beside', 'behind', 'throughout', 'among', 'amid', 'despite', 'through', 'elsewhere', 'nearby', 'downtown', 'abroad', 'like', 'unlike']);

/** Plurals of people not made with "s" ("Two women,", "His parents,"). */
const IRREGULAR_PEOPLE = new Map([['women', 'woman'], ['men', 'man'], ['people', 'person'], ['spokespeople', 'spokesperson'], ['children', 'child'], ['parents', 'parent']]);

/** Is the word before the comma at `open` a plural noun of people ("Two military analysts,", "The sisters,")? */
function peopleNounBefore(tokens: Token[], open: number): boolean {
  // ("two Republican members of Congress,": past the body the people are of.)
  const of = tokens[open - 1]?.capitalized && tokens[open - 2]?.lower === 'of' ? 2 : 0;
  const noun = tokens[open - 1 - of];
  if (noun === undefined || noun.kind !== 'word' || noun.capitalized) return false;
  const w = noun.lower;
  const singular = IRREGULAR_PEOPLE.get(w) ?? (w.endsWith('es') && !ROLE_NOUNS.has(withoutFinalS(w)) ? w.slice(0, -2) : withoutFinalS(w));
  return singular !== w && (ROLE_NOUNS.has(singular) || KIN.has(singular) || ROLE_NOUNS.has(w) || IRREGULAR_PEOPLE.has(w));
}

/** A name with a capital inside it, as outlets and newsletters write theirs ("HuffPollster", "WashPost"). */
const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}/u;

/** Documents addressed to someone ("an email to his supporters", "a letter to members"). */
const ADDRESSED = new Set(['email', 'e-mail', 'letter', 'memo', 'note', 'message', 'notice', 'appeal', 'mailer', 'newsletter', 'post']);
/** Documents addressed to a body once whose they are is said ("the council's report to the committee"). */
const ADDRESSED_REPORTS = new Set(['report', 'submission', 'briefing']);
/**
 * Is the word at d a document addressed "to" whom follows it? A report only when whose it is is said ("the council's
 * report to the committee stated", not "A report to the finance committee", which the body it went to stands for).
 */
function addressedDocument(tokens: Token[], d: number, from: number): boolean {
  const w = tokens[d].lower;
  return ADDRESSED.has(w) || (ADDRESSED_REPORTS.has(w) && d - 1 >= from && (endsWithPossessive(tokens[d - 1].text) || POSSESSIVE_DETERMINERS.has(tokens[d - 1].lower)));
}

/**
 * The subject of a clause that introduces a quote with a colon (`Trump's statement read: "…"`,
 * `Legislator Tanya Chan spoke to the press: "…"`), as a source mention whose cue is the colon.
 */
export function introducerSource(tokens: Token[], from: number, colon: number, inQuote: (o: number) => boolean, lexicon: AttributionLexicon): SourceMention | null {
  // The clause the colon ends: "The group attacked the NRA, and Breitbart News responded:".
  let start = from;
  for (let k = colon - 1; k > from + 1 && colon - k <= 12; k--) {
    if (inQuote(tokens[k].start)) break;
    if (tokens[k].text === ';' || ((tokens[k].lower === 'and' || tokens[k].lower === 'but') && tokens[k - 1].text === ',')) {
      start = k + 1;
      break;
    }
  }
  // "17-year-old Jared Potts echoed:": an age before the name.
  if (start + 1 < colon && tokens[start].kind === 'alnum' && /^\d+-year-old$/.test(tokens[start].lower) && tokens[start + 1].capitalized) start++;
  const colonToken = tokens[colon];
  // "… has been important for Republican contests - Philip Bump: "…"": a name after a dash set off by spaces labels
  // the quote, as at a paragraph's start.
  if (colonToken.text === ':' && start === from) {
    for (let k = colon - 2; k > from && colon - k <= 8; k--) {
      const d = tokens[k];
      if (!((d.text === '-' || DASHES.has(d.text)) && d.start > tokens[k - 1].end && tokens[k + 1].start > d.end)) continue;
      // (Not a dash inside a label that opens the paragraph: "**John C. Yang, Executive Director, Asian Americans
      // Advancing Justice – AAJC:**".)
      let prose = false;
      for (let j = from; j < k && !prose; j++) prose = tokens[j].kind === 'word' && !tokens[j].capitalized && !LABEL_JOINERS.has(tokens[j].lower);
      let named = prose;
      for (let j = k + 1; j < colon && named; j++) named = (tokens[j].kind === 'word' && tokens[j].capitalized && !CUE_FORMS.has(tokens[j].lower)) || (j > k + 1 && (tokens[j].lower === 'and' || tokens[j].text === '&'));
      // (A person's name, with or without a title, or a body's: not a place or a heading's words, "- New Hampshire:",
      // "- Next Steps:".)
      let body = false;
      for (let j = k + 1; j < colon && !body; j++) body = ORG_NAME_WORDS.has(tokens[j].text);
      named &&= isGivenName(tokens[k + 1].text) || body || NAME_TITLES.has(tokens[k + 1].text) || INNER_CAPITAL.test(tokens[k + 1].text);
      const label = named ? labelName(tokens, k + 1, colon) ?? { words: tokens.slice(k + 1, colon), start: tokens[k + 1].start, end: tokens[colon - 1].end } : null;
      if (label) return mention(label, lexicon, ':', colonToken.start, colonToken.end, ':', false);
      break;
    }
    // "**January 19, 2025:** "…"": a date that labels a quote names no one.
    if (MONTHS.has(tokens[from].lower) && tokens[from].capitalized && tokens[from + 1]?.kind === 'number') return null;
    // "**Senior fellow Ryan Mulholland, Center for American Progress (CAP):**", "[CNN chief legal affairs correspondent
    // Paula Reid](…):": a label that opens the paragraph, with one person's name among their titles and bodies, is
    // that person's.
    const person = from === 0 ? personInLabel(tokens, colon) : null;
    if (person) return mention(person, lexicon, ':', colonToken.start, colonToken.end, ':', false);
    const label = labelName(tokens, from, colon);
    if (label) return mention(label, lexicon, ':', colonToken.start, colonToken.end, ':', false);
  }
  // `Asked why …, in the same defense bill, that …, Earnest responded, "…"`: a short clause of a subject and its verb
  // after the sentence's last comma has the subject; the words before it are asides.
  let last = -1;
  if (colonToken.text === ',' && colon - 1 > start && tokens[colon - 1].kind === 'word' && !tokens[colon - 1].capitalized) for (let k = colon - 2; k > start && colon - k <= 5 && last < 0; k--) if (tokens[k].text === ',') last = k;
  const np = (last > 0 && colon - last >= 3 ? subjectPhrase(tokens, last + 1, colon, inQuote, lexicon) : null) ?? subjectPhrase(tokens, start, colon, inQuote, lexicon) ?? (start > from ? subjectPhrase(tokens, from, colon, inQuote, lexicon) : null);
  if (!np || openingWord(np, tokens)) return null;
  // A comma after a clause of a noun phrase alone ("Sooner or later, "…"", "the Washington Post, "…"") introduces
  // nothing: the verb that would make the phrase a speaker is missing. A name that opens the paragraph is a label
  // ("**Social Security Works PAC,** "…"" in a round-up of reactions).
  if (colonToken.text === ',' && bareNounClause(tokens, np, colon) && !(np.words[0] === tokens[0] && np.words[0].capitalized && !DETERMINERS.has(np.words[0].lower) && tokenAtOrAfter(tokens, np.end) === colon)) return null;
  return mention(np, lexicon, ':', colonToken.start, colonToken.end, ':', false);
}

/** Offices whose holder's name follows them, with or without a full stop: "Mayor Tishaura Jones", "Sen. Maria Cantwell". */
const PERSON_TITLES = new Set(['Mayor', 'Senator', 'Sen', 'Governor', 'Gov', 'Representative', 'Rep', 'Congressman', 'Congresswoman', 'Councilman', 'Councilwoman', 'Councillor', 'Commissioner', 'Secretary', 'Ambassador', 'Sheriff', 'Judge', 'Dr', 'Professor', 'Chair', 'Chairman', 'Chairwoman', 'CEO', 'President', 'Director']);

/**
 * The one person named in a label of up to 24 tokens that opens the paragraph before a colon: a given name and one to
 * three capitalised words after it, ended by a comma, a bracket or the colon ("Senior fellow Ryan Mulholland, Center
 * for American Progress (CAP)", "St. Louis, MO Mayor Tishaura Jones"). Null when the words read as a clause (a verb,
 * a pronoun), or name no one or more than one person.
 */
function personInLabel(tokens: Token[], colon: number): Phrase | null {
  // (Not a topic: "On Chinese President Xi Jinping:".)
  if (colon > 24 || LABEL_PREPOSITIONS.has(tokens[0].lower)) return null;
  let found: Phrase | null = null;
  for (let k = 0; k < colon; k++) {
    const t = tokens[k];
    if (t.kind === 'word' && !t.capitalized && (CLAUSE_WORDS.has(t.lower) || CUE_FORMS.has(t.lower) || /(?:ed|ing)$/.test(t.lower))) return null;
    // (Not a place's word after "St." or a state's name: "St. Louis", "Washington Examiner".)
    // (Or a name after an office's title that no list of given names holds: "MO Mayor Tishaura Jones".)
    const title = k > 1 && tokens[k - 1].text === '.' ? tokens[k - 2] : k > 0 ? tokens[k - 1] : undefined;
    const titled = title !== undefined && PERSON_TITLES.has(title.text) && !ORG_NAME_WORDS.has(t.text);
    if (t.kind !== 'word' || !t.capitalized || !(isGivenName(t.text) || titled) || (k > 1 && tokens[k - 1].text === '.' && BODY_NAME_TITLES.has(tokens[k - 2].text)) || US_STATES.has(t.lower)) continue;
    // (The name ends before a possessive: "Fox News’s Bill Melugin" is Bill Melugin's.)
    let e = k + 1;
    while (e < colon && e - k < 4 && ((tokens[e].kind === 'word' && tokens[e].capitalized && !ORG_NAME_WORDS.has(tokens[e].text) && !endsWithPossessive(tokens[e].text)) || (tokens[e].text === '.' && /^[A-Z]$/.test(tokens[e - 1].text)))) e++;
    if (e - k < 2 || !(e === colon || tokens[e].text === ',' || tokens[e].text === '(')) continue;
    if (found) return null;
    found = { words: tokens.slice(k, e).filter((w) => w.kind === 'word'), start: t.start, end: tokens[e - 1].end };
    k = e - 1;
  }
  return found;
}

/** Small words a label of capitalised words may hold ("Secretary of Housing and Urban Development", "Voters of Tomorrow"). */
const LABEL_JOINERS = new Set(['of', 'and', 'the', 'for', 'on', '&']);
/** Words that open a label naming a topic or a publication, not a speaker. */
const LABEL_PREPOSITIONS = new Set(['on', 'from', 'in', 'at', 'for', 'with', 'by', 'via', 'about', 're', 'regarding', 'per']);

/**
 * A label of three or more capitalised words before a colon: the person's name that ends it
 * ("Secretary of Housing and Urban Development Scott Turner"), or the whole ("Voters of Tomorrow").
 */
function labelName(tokens: Token[], from: number, colon: number): Phrase | null {
  // "Robert F. Kennedy, Jr.:": a suffix after the name stays out of it.
  let end = colon;
  if (end - 3 > from && tokens[end - 1].text === '.' && NAME_SUFFIXES.has(tokens[end - 2].text)) end -= tokens[end - 3].text === ',' ? 3 : 2;
  // (Not a topic or a citation: "On Artificial Intelligence:", "From The Wall Street Journal:".)
  if (end - from < 3 || !tokens[end - 1].capitalized || LABEL_PREPOSITIONS.has(tokens[from].lower)) return null;
  for (let k = from; k < end; k++) {
    const t = tokens[k];
    // A comma between a title and the name ("Secretary of the Interior, Doug Burgum"), an initial's full stop.
    // (Not a headline in title case: "Trump Says:", "The Statement Read:".)
    if (!(t.kind === 'word' && t.capitalized && !CUE_FORMS.has(t.lower)) && !LABEL_JOINERS.has(t.lower) && !(t.text === ',' && k > from) && !(t.text === '.' && k > from && /^[A-Z](?:\.[A-Z])*$/.test(tokens[k - 1].text))) return null;
  }
  // With commas: "Kris Brown, President, Brady United" (the name first) or "Secretary of the Interior, Doug Burgum"
  // (the name last); any other label with commas is left to the clause's reading.
  let firstComma = from;
  while (firstComma < end && tokens[firstComma].text !== ',') firstComma++;
  if (firstComma < end) {
    // The person's name in a part: from its given name (after any title: "Congresswoman Frank Pallone", "NY Mayor
    // Kathy Sheehan") to the part's end.
    // (No title or body's word inside the name: "Lockheed Martin Chairman", "New York City".)
    const nameIn = (a: number, b: number, titled: boolean): Phrase | null => {
      if (!tokens.slice(a, b).every((t) => t.capitalized || t.text === '.')) return null;
      for (let k = a; k < (titled ? b - 1 : a + 1); k++) {
        const name = tokens.slice(k, b);
        if (isGivenName(tokens[k].text) && b - k >= 2 && b - k <= 4 && !name.some((t) => NAME_TITLES.has(t.text) || ORG_NAME_WORDS.has(t.text))) return { words: name, start: tokens[k].start, end: tokens[b - 1].end };
      }
      return null;
    };
    let lastComma = end - 1;
    while (tokens[lastComma].text !== ',') lastComma--;
    // A bare name first ("Kris Brown, President, Brady United"), else a name after its title last ("Albany, NY Mayor
    // Kathy Sheehan"), else first ("Congresswoman Frank Pallone, New Jersey").
    return nameIn(from, firstComma, false) ?? nameIn(lastComma + 1, end, true) ?? nameIn(from, firstComma, true);
  }
  let n = end - 1;
  while (n - 1 > from && (tokens[n - 1].capitalized || tokens[n - 1].text === '.') && !LABEL_JOINERS.has(tokens[n - 1].lower)) n--;
  // The name's first word is a given name, after a title: "… Development Scott Turner".
  // (Not a body's name that holds a given name: "The New York Times", "Saint Paul City Council".)
  for (let k = n; k < end - 1; k++) {
    if (isGivenName(tokens[k].text) && !tokens.slice(k, end).some((t) => ORG_NAME_WORDS.has(t.text))) return { words: tokens.slice(k, end), start: tokens[k].start, end: tokens[end - 1].end };
  }
  // "Ethan Lane of the National Cattlemen's Beef Association": a person first, then the body they are of.
  let joiner = from + 1;
  while (joiner < end && !LABEL_JOINERS.has(tokens[joiner].lower)) joiner++;
  if (joiner < end && joiner > from + 1 && isGivenName(tokens[from].text)) return { words: tokens.slice(from, joiner), start: tokens[from].start, end: tokens[joiner - 1].end };
  return { words: tokens.slice(from, end).filter((t) => t.kind === 'word' || t.text === '&' || t.text === '.'), start: tokens[from].start, end: tokens[end - 1].end };
}

/** Whether the words from the phrase's end to the comma at `comma` are none, or only "or later", "and then". */
function bareNounClause(tokens: Token[], np: Phrase, comma: number): boolean {
  const after = tokenAtOrAfter(tokens, np.end);
  if (after < 0 || after >= comma) return true;
  // A place or body after a preposition is no subject ("Tuesday at Baldwin Wallace University in Berea, after
  // winning Ohio, "…"", as a clause reads once its speaker and verb are cut away).
  const opens = tokenAtOrAfter(tokens, np.start);
  if (opens > 0 && OBJECT_PREPOSITIONS.has(tokens[opens - 1].lower)) return true;
  return comma - after <= 2 && (tokens[after].lower === 'or' || tokens[after].lower === 'and') && (comma - after === 1 || (tokens[after + 1].kind === 'word' && !tokens[after + 1].capitalized && !isVerbish(tokens[after + 1])));
}

/** Prepositions whose object is a place, a time or a body, not a clause's subject. */
const OBJECT_PREPOSITIONS = new Set(['at', 'in', 'on', 'from', 'near', 'outside', 'inside', 'across', 'throughout', 'during', 'after', 'before', 'since', 'until', 'into', 'onto', 'toward', 'towards', 'via', 'with', 'without']);

/**
 * A lone capitalised word that only opens the sentence, no source: "But, “…”", "To that: “…”", "Holding open a book,
 * “…”" (as a clause reads once its speaker is cut away, or a reporter leaves it).
 */
function openingWord(np: Phrase, tokens: Token[]): boolean {
  if (np.words.length !== 1) return false;
  const w = np.words[0];
  if (sourceNoun(w.lower) || PRONOUNS.has(w.lower)) return false;
  if (SENTENCE_STARTERS.has(w.text) || CLAUSE_OPENERS.has(w.lower) || SENTENCE_ADVERBS.has(w.lower) || OPENING_CONJUNCTIONS.has(w.lower)) return true;
  // A participle opens a phrase of lower-case words ("Holding open a book,"); a surname in -ing goes on to its verb
  // ("Harding was blunt:").
  const next = tokens[tokenAtOrAfter(tokens, np.end)];
  return w.lower.endsWith('ing') && next !== undefined && next.kind === 'word' && !next.capitalized && !FINITE_AUXILIARIES.has(next.lower) && !CUE_FORMS.has(next.lower) && !next.lower.endsWith('ed');
}

/** Who a poll's sample is: "voters", "adults", "respondents". */
const SAMPLE_NOUNS = new Set(['voters', 'adults', 'respondents', 'residents', 'americans', 'people', 'households', 'parents', 'students', 'members', 'participants', 'consumers', 'workers', 'employees', 'teachers', 'nurses', 'doctors', 'businesses', 'owners', 'citizens', 'canadians', 'britons', 'australians']);
/** Words between a sample's size and its noun ("likely voters", "registered Democratic voters"). */
const SAMPLE_QUALIFIERS = new Set(['likely', 'registered', 'eligible', 'adult', 'small', 'local', 'democratic', 'republican', 'independent', 'undecided', 'u.s.', 'american', 'rural', 'urban', 'young', 'older']);

/** Verbs of a poll's fieldwork, with the sample after them. */
const SAMPLING_VERBS = new Set(['surveyed', 'polled', 'interviewed', 'sampled', 'questioned', 'surveys', 'polls', 'interviews', 'samples']);

/**
 * "Meridian surveyed 2,406 voters online", "Northgate Polling interviewed 614 adults": a name opening the sentence,
 * a verb of fieldwork, and a figure within two words after it (the sample). The name is the source of the sentence.
 */
function pollsterSample(tokens: Token[], i: number, to: number): { np: Phrase; verb: Token; at: number } | null {
  let e = i;
  while (e < to && e - i < 5 && tokens[e].kind === 'word' && tokens[e].capitalized && !SENTENCE_STARTERS.has(tokens[e].text)) e++;
  if (e === i || e >= to || !SAMPLING_VERBS.has(tokens[e].lower)) return null;
  let n = e + 1;
  while (n < to && n - e <= 3 && tokens[n].kind !== 'number') n++;
  if (n >= to || tokens[n].kind !== 'number' || n - e > 3) return null;
  // The sample is people ("2,406 voters", "614 likely voters"), not a share ("Sanders polled 18 percent") or
  // anyone else questioned ("Detectives interviewed 40 witnesses").
  let noun = n + 1;
  while (noun < to && noun - n <= 2 && SAMPLE_QUALIFIERS.has(tokens[noun].lower)) noun++;
  if (noun >= to || !SAMPLE_NOUNS.has(tokens[noun].lower)) return null;
  const words = tokens.slice(i, e);
  return { np: { words, start: words[0].start, end: words[words.length - 1].end }, verb: tokens[e], at: e };
}

/** Sentence adverbs set off by a comma before a clause's subject ("Indeed, …", "Likewise, …"). */
const SENTENCE_ADVERBS = new Set([
  'likewise', 'however', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'today', 'yesterday', 'overall',
  'otherwise', 'hence', 'besides', 'regardless', 'even', 'immediately', 'shortly', 'additionally', 'similarly', 'finally',
  'separately', 'notably', 'importantly', 'ultimately', 'unfortunately', 'fortunately', 'interestingly', 'clearly',
  'obviously', 'surprisingly', 'ironically', 'previously', 'subsequently', 'consequently', 'accordingly', 'initially',
  'originally', 'recently', 'currently', 'early', 'late',
]);

/** Words that open a sentence before its subject: "But Trump said:", "Here Sanders said". */
const CLAUSE_OPENERS = new Set(['but', 'and', 'or', 'so', 'yet', 'still', 'here', 'there', 'now', 'then', 'also', 'instead', 'indeed', 'thus', 'again', 'later', 'earlier', 'meanwhile']);
/** Subordinators whose clause comes before the subject's: "While Trump …, Cruz said". */
const SUBORDINATORS = new Set(['while', 'although', 'though', 'because', 'if', 'whereas', 'unless', 'once', 'until']);
/** Conjunctions that open a clause a cue inside it may be coordinated in ("When Trump referred to … and said"). */
export const CLAUSE_SUBORDINATORS = new Set([...SUBORDINATORS, 'when', 'after', 'before', 'as', 'since']);
/** Conjunctions and adverbs that open a clause before its subject: "As Amar put it", "When Smith said", "But Jones added", "Even Rendell said". */
const OPENING_CONJUNCTIONS = new Set([...CLAUSE_SUBORDINATORS, 'but', 'and', 'so', 'yet', 'even', 'still']);

/**
 * Where a sentence goes on after a dateline or a headline in capitals before a dash ("WASHINGTON —", "WASHINGTON,
 * D.C. —", "RED STATES OUTNUMBER BLUE STATES -"); s itself when there is none.
 */
export function pastDateline(tokens: Token[], s: number, end: number): number {
  let caps = s;
  while (caps < end && tokens[caps].kind === 'word' && tokens[caps].text.length > 1 && isUpperCase(tokens[caps].text) && /\p{Lu}/u.test(tokens[caps].text)) caps++;
  // ("WASHINGTON (AP) —": the agency in brackets after the place.)
  if (caps > s && caps + 3 < end && tokens[caps].text === '(' && tokens[caps + 1].capitalized && tokens[caps + 2].text === ')') caps += 3;
  if (caps > s && caps < end && /^[\u2014\u2013-]$/.test(tokens[caps].text)) return caps + 1;
  if (caps > s && caps + 1 < end && tokens[caps].text === ',' && tokens[caps + 1].capitalized) {
    // "WASHINGTON, D.C. —": a place in capitals and its state.
    let d = caps + 1;
    while (d < end && d - caps < 6 && !/^[\u2014\u2013-]$/.test(tokens[d].text)) d++;
    if (d < end && /^[\u2014\u2013-]$/.test(tokens[d].text)) return d + 1;
  }
  return s;
}

/**
 * Where the subject of a clause in tokens[from, end) starts: past quotation marks, openers ("But", "Here"), an
 * adverbial or subordinate clause up to its comma ("Speaking to reporters, …", "While Trump spoke, …"), and a time
 * ("Saturday"). -1 when an opener's comma is missing.
 */
function clauseStart(tokens: Token[], from: number, end: number): number {
  let s = from;
  while (s < end && (QUOTE_MARKS.has(tokens[s].text) || tokens[s].kind === 'punct')) s++;
  s = pastDateline(tokens, s, end);
  while (s < end && CLAUSE_OPENERS.has(tokens[s].lower) && tokens[s + 1]?.kind === 'word') s++;
  // "Indeed, …", "Likewise, …", "Immediately after the attacks, …": a sentence adverb before the subject.
  if (s + 1 < end && tokens[s].kind === 'word' && (SENTENCE_ADVERBS.has(tokens[s].lower) || CLAUSE_OPENERS.has(tokens[s].lower))) {
    if (tokens[s + 1].text === ',') s += 2;
    else if (ADVERBIAL_OPENERS.has(tokens[s + 1].lower) || SUBORDINATORS.has(tokens[s + 1].lower)) s++;
  }
  // Up to three phrases before the subject, each to its comma: "A month later, during the third primary debate,
  // O'Rourke defended …".
  for (let phrase = 0; phrase < 3; phrase++) {
    const at = s;
    // "Known as a shock jock …, Imus was dropped", "Elected in 2010, she …": a past participle's phrase.
    const pastParticiple = OPENING_PAST_PARTICIPLES.has(tokens[s]?.lower ?? '') && PAST_PARTICIPLE_FOLLOWERS.has(tokens[s + 1]?.lower ?? '');
    if (s < end && (ADVERBIAL_OPENERS.has(tokens[s].lower) || SUBORDINATORS.has(tokens[s].lower) || pastParticiple)) {
      let c = s;
      while (c < end && c - s < 40 && tokens[c].text !== ',') c++;
      // "In 2019 he joined the firm, saying", "On Monday the mayor spoke …": a short opening phrase without its comma
      // (the comma found is the one before the participle or the end, not the phrase's).
      const inner = c >= end - 1 ? subjectAfterOpener(tokens, s, c < end ? c : end) : -1;
      if (inner >= 0) {
        s = inner;
        break;
      }
      if (c >= end || tokens[c].text !== ',') return phrase === 0 ? -1 : at;
      s = tokens[c - 1].capitalized ? pastState(tokens, c + 1, end) : c + 1;
    }
    while (s < end && (TIME_WORDS.has(tokens[s].lower) || TIME_LEADS.has(tokens[s].lower) || (tokens[s].lower === 'that' && timeUnitAt(tokens, s + 1)) || (tokens[s - 1]?.lower === 'that' && timeUnitAt(tokens, s))) && tokens[s + 1]?.kind === 'word') s++;
    // "Hours later, …", "Eight years ago, …", "Continuing his attack, …", "Adding, …": a time phrase or a
    // participle's clause stands before the subject, up to its comma.
    if (s < end && opensWithAside(tokens, s)) {
      // The comma may be the one that introduces a quote ("Adding, "…"): then no subject is left.
      let c = s + 1;
      while (c < end && c - s < 15 && tokens[c].text !== ',') c++;
      if (c < tokens.length && c <= end && tokens[c].text === ',') s = c + 1;
    }
    if (s === at) break;
  }
  return s;
}

/** Words after which a pronoun subject opens a clause of its own, not the sentence's: "After he left", "where she". */
const CLAUSE_INTRODUCERS = new Set([...SUBORDINATORS, 'as', 'when', 'since', 'after', 'before', 'where', 'who', 'which', 'that', 'than', 'and', 'but', 'or', 'whether', 'how', 'why', 'what']);
/** Personal pronouns that open a clause as its subject. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
/**
 * Lower-case words that make a paragraph's opening words before a colon a clause, not a label ("Dr. Ruth Lee is
 * clear:"): an auxiliary, a subject pronoun and the like (see personInLabel).
 */
const CLAUSE_WORDS = new Set([...FINITE_AUXILIARIES, ...SUBJECT_PRONOUNS, 'be', 'been', 'not', 'that', 'this', 'it', 'you', 'who', 'which']);
/** Prepositions and adverbs that open a time phrase ("On Monday", "In March 2020", "Later that day"). */
const TIME_OPENERS = new Set(['on', 'in', 'at', 'during', 'by', 'later', 'earlier', 'early', 'late', 'last', 'this', 'next', 'near']);

/**
 * The subject of a clause whose opening phrase at s has no comma before it, or -1: a personal pronoun after the
 * phrase ("Near the end he sounded", "After the vote they said"), or a name or a determiner after a time phrase
 * ("On Monday the mayor spoke", "In March 2020 Smith joined").
 */
function subjectAfterOpener(tokens: Token[], s: number, c: number): number {
  const first = tokens[s].lower;
  // "After the show Tom Reilly came to the stage and said": a preposition, an article and a noun or two, then a
  // person's full name.
  if (PLACE_OR_TIME_PREPOSITIONS.has(first) && DETERMINERS.has(tokens[s + 1]?.lower ?? '')) {
    let p = s + 2;
    while (p < c && p - s <= 4 && tokens[p].kind === 'word' && !tokens[p].capitalized) p++;
    if (p > s + 2 && p + 1 < c && (isGivenName(tokens[p].text) || NAME_TITLES.has(tokens[p].text)) && tokens[p + 1].kind === 'word' && tokens[p + 1].capitalized) return p;
  }
  if (!TIME_OPENERS.has(first)) return -1;
  for (let p = s + 2; p < c && p - s <= 8; p++) {
    const t = tokens[p];
    if (t.kind === 'number' || t.text === '.') continue;
    if (t.kind !== 'word') return -1;
    if (CLAUSE_INTRODUCERS.has(tokens[p - 1].lower)) continue;
    if (SUBJECT_PRONOUNS.has(t.lower)) return p;
  }
  let p = s + 1;
  let time = false;
  for (; p < c; p++) {
    const t = tokens[p];
    if (timeWord(t) || (t.kind === 'number' && (YEAR.test(t.text) || UP_TO_TWO_DIGITS.test(t.text)))) time = true;
    else if (!(DETERMINERS.has(t.lower) && timeUnitAt(tokens, p + 1)) && !(DETERMINERS.has(tokens[p - 1].lower) && timeUnitAt(tokens, p)) && t.text !== '.') break;
  }
  if (!time || p >= c || p + 1 >= c) return -1;
  const t = tokens[p];
  return t.kind === 'word' && (DETERMINERS.has(t.lower) || (t.capitalized && !MONTHS.has(t.lower))) ? p : -1;
}
/** Prepositions of a short phrase of place or time before a clause's subject ("After the show", "At the hearing"). */
const PLACE_OR_TIME_PREPOSITIONS = new Set(['after', 'before', 'during', 'at', 'in', 'on', 'following', 'outside', 'inside']);
/** Is the token a time word or a month's name ("Saturday", "week", "March"; not the modal "may")? */
function timeWord(t: Token): boolean {
  return TIME_WORDS.has(t.lower) || (MONTHS.has(t.lower) && t.capitalized);
}

/** Is tokens[k] a time word or a unit of time ("that day", "the morning", "those weeks")? */
function timeUnitAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && (TIME_WORDS.has(t.lower) || OPENING_TIME_UNITS.has(t.lower));
}

/**
 * Past the state that goes on a place an opening phrase ended with, to its comma ("In Manchester, New Hampshire
 * Monday, the supporter retorted:", "in Denver, Colo., …"); s itself when no state stands there.
 */
function pastState(tokens: Token[], s: number, end: number): number {
  for (let n = 1; n <= 2 && s + n < end; n++) {
    let k = s + n;
    if (tokens[k]?.text === '.') k++;
    if (!isStatePhrase(tokens, s, k)) continue;
    while (k < end && TIME_WORDS.has(tokens[k].lower)) k++;
    if (k >= end || tokens[k].text !== ',') continue;
    // "in Portsmouth, N.H., on Tuesday, …": a day set off after the state.
    let t = k + 1;
    if (t < end && TIME_LEADS.has(tokens[t].lower)) t++;
    const day = t;
    while (t < end && TIME_WORDS.has(tokens[t].lower)) t++;
    return t > day && t < end && tokens[t].text === ',' ? t + 1 : k + 1;
  }
  return s;
}

/** Units of a time phrase that opens a sentence ("Hours later", "Two days earlier", "Eight years ago"). */
const OPENING_TIME_UNITS = new Set(['seconds', 'minutes', 'moments', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade']);
/** Past participles whose phrase opens a sentence before its subject ("Known as …,", "Born in …,", "Elected in …,"). */
const OPENING_PAST_PARTICIPLES = new Set(['known', 'born', 'elected', 'founded', 'raised', 'based', 'named', 'appointed', 'nicknamed', 'dubbed', 'considered', 'regarded', 'educated', 'trained', 'convicted', 'charged', 'arrested', 'sentenced', 'pressed', 'faced', 'confronted', 'questioned', 'interviewed', 'reached', 'contacted']);
/** Prepositions after such a past participle: "Known as", "Born in", "Pressed by", "Asked about". */
const PAST_PARTICIPLE_FOLLOWERS = new Set(['as', 'in', 'by', 'to', 'for', 'at', 'on', 'with', 'from', 'after', 'about', 'under', 'into', 'during']);
/** Participles that open a sentence alone before its comma ("Continuing, …"), beyond the cue forms ("Adding, …"). */
const OPENING_PARTICIPLES = new Set(['continuing', 'concluding', 'speaking', 'responding', 'writing', 'summing']);
/** Words after a participle that opens its own clause ("Continuing his attack", "Speaking to reporters"). */
const PARTICIPLE_FOLLOWERS = new Set([',', 'the', 'his', 'her', 'their', 'its', 'a', 'an', 'to', 'on', 'with', 'that', 'for', 'in', 'at', 'about', 'back', 'from', 'after', 'up', 'off', 'out', 'down', 'into', 'over', 'this', 'these', 'those', 'him', 'them', 'it']);

/**
 * "About 14,000 vehicles use the road, data from the roads agency show, and …": a cue right after a source's noun
 * phrase that a comma opens, with a comma after it (or the end of the range read), reports the clause before the comma
 * whatever the cue model makes of the word there, when a figure stands in that clause (a base form only after a
 * plural).
 */
/**
 * "The report, published last month, shows that …", "The accounts, published on Tuesday, show": a document's noun, then
 * an aside that opens with a participle, set off by commas right before a verb of showing or finding. The verb is the
 * document's, whatever words of time end the aside.
 */
function documentBeforeAside(tokens: Token[], i: number, from: number, lemma: string): boolean {
  if (!DOCUMENT_PARTICIPLES.has(lemma) || i - 3 < from || tokens[i - 1].text !== ',') return false;
  let c = i - 2;
  // (Up to a maker's long name: "The study, published Monday by the Alachua County Housing Research Center, found".)
  while (c > from && i - c <= 12 && tokens[c].text !== ',') c--;
  const aside = tokens[c + 1];
  return c > from && tokens[c].text === ',' && aside.kind === 'word' && !aside.capitalized && (PAST_ENDING.test(aside.lower) || OPENING_PAST_PARTICIPLES.has(aside.lower)) && tokens[c - 1].kind === 'word' && DOCUMENT_NOUNS.has(tokens[c - 1].lower);
}

function reportingAside(tokens: Token[], i: number, from: number, to: number): boolean {
  const cue = tokens[i];
  // Set off by a comma before it, and by a comma or the sentence's end after it ("…, campus police estimated.").
  if (i + 1 < to && tokens[i + 1].text !== ',' && !(tokens[i + 1].text === '.' && i + 2 >= to)) return false;
  let k = i - 1;
  let sourceLike = false;
  while (k >= from && i - k <= 7 && tokens[k].text !== ',') {
    const t = tokens[k];
    if (t.kind !== 'word' || CUE_FORMS.has(t.lower)) return false;
    sourceLike ||= sourceNoun(t.lower) || DOCUMENT_NOUNS.has(t.lower) || (t.capitalized && !WEEKDAYS.has(t.lower) && !MONTHS.has(t.lower)) || PLURALS_WITHOUT_S.has(t.lower);
    k--;
  }
  // ("…, its medium-term financial plan shows.": a phrase its determiner opens, ending the sentence, whatever its noun.)
  // (A verb's form of its own, not a noun's: "…, the country's first wind power project." names a project.)
  const determined = k + 1 < i - 1 && DETERMINERS.has(tokens[k + 1].lower) && tokens[i + 1]?.text === '.' && CUE_FORMS.get(cue.lower) !== cue.lower;
  if (k < from || tokens[k].text !== ',' || k === i - 1 || !(sourceLike || determined)) return false;
  // A base form needs a plural subject: "data … show", "figures show" (not "the agency show").
  if (cue.lower === CUE_FORMS.get(cue.lower)) {
    let s = k + 1;
    while (s < i - 1 && DETERMINERS.has(tokens[s].lower)) s++;
    if (!(PLURALS_WITHOUT_S.has(tokens[s].lower) || ENDS_IN_S.test(tokens[s].lower))) return false;
  }
  for (let j = k - 1; j >= from && k - j <= 20; j--) {
    if (tokens[j].text === ',' || tokens[j].text === ';') break;
    // (A figure with its scale joined on is one too: "a gap of £559m".)
    if (isFigure(tokens[j])) return true;
  }
  return false;
}

/**
 * "Records obtained by the Harwick Courier show that …", "Figures compiled by the union show": the verb of documents
 * that open the sentence and a participle that says who got or made them, whatever the cue model makes of the verb
 * after a name.
 */
function documentsObtainedBy(tokens: Token[], i: number, from: number, lemma: string): boolean {
  if (!DOCUMENT_PARTICIPLES.has(lemma) || i - from < 4 || i - from > 12) return false;
  let d = from;
  if (DETERMINERS.has(tokens[d].lower)) d++;
  const noun = tokens[d];
  const participle = tokens[d + 1];
  if (noun === undefined || participle === undefined || !DOCUMENT_NOUNS.has(noun.lower) || !(AGENT_PARTICIPLES.has(participle.lower) || OBTAINED.has(participle.lower)) || tokens[d + 2]?.lower !== 'by') return false;
  // A plural document takes the base form, a singular one the -s form.
  const plural = noun.lower.endsWith('s') || PLURALS_WITHOUT_S.has(noun.lower);
  if (plural !== (tokens[i].lower === lemma)) return false;
  for (let k = d + 3; k < i; k++) if (tokens[k].kind === 'punct' || CUE_FORMS.has(tokens[k].lower)) return false;
  return true;
}
/** Bodies named without an article that make documents ("an estimate by industry", "figures by government"). */
const AGENT_MASS_NOUNS = new Set(['industry', 'government', 'management', 'congress', 'parliament', 'administration', 'business', 'labor', 'labour', 'academia', 'officialdom']);

/** Words after plural documents that say where they come from ("figures from", "data kept by"). */
const DOCUMENTS_FROM = new Set(['from', 'by', 'of', 'released', 'published', 'compiled', 'kept', 'obtained', 'provided', 'gathered', 'collected']);

/**
 * Do plural people of a named body stand before the base form at i ("Analysts at Brightwater Capital estimate that",
 * "Researchers from Oxford Economics forecast")? Then it is their verb, not a noun after the body's name.
 */
function peopleOfNamedBody(tokens: Token[], i: number, from: number): boolean {
  let k = i - 1;
  // ("Economists at the Bank of England estimate": past "of", "for", "and" and "the" inside the name, and "the" before
  // it.)
  while (k > from && tokens[k].kind === 'word' && (tokens[k].capitalized || (k < i - 1 && BODY_NAME_INNER.has(tokens[k].lower) && (tokens[k - 1].capitalized || tokens[k].lower === 'the')))) k--;
  if (k === i - 1 || k - 1 < from || !PLACE_PREPOSITIONS.has(tokens[k].lower)) return false;
  return ENDS_IN_S.test(tokens[k - 1].lower) && peopleNounAt(tokens, k - 1, from);
}

/**
 * Is the token at i the base form of a verb of documents ("show", "find") after a capitalised name or a body's noun,
 * with plural documents and the body they come from as its subject ("Figures from the Minnesota Department of Health
 * show", "Data from the charity show")? It reports, though a base form after a name is most often a noun the name
 * qualifies, and whatever the cue model makes of it.
 */
function documentsOfNamedBody(tokens: Token[], i: number, from: number, lemma: string): boolean {
  // ("Figures from the Rent-a-Room scheme show": or a noun in lower case after a name.)
  return tokens[i].lower === lemma && DOCUMENT_PARTICIPLES.has(lemma) && i > from && (tokens[i - 1].capitalized || namedByNoun(tokens, i - 1, from) || (i - 2 > from && tokens[i - 1].kind === 'word' && tokens[i - 2].capitalized)) && pluralDocumentsFrom(tokens, i, from);
}

/**
 * A source named by a noun in lower case, ending at k, as in "Figures from the trust show": a body by its noun after a
 * determiner ("the charity", "the trust"), or people a plural names after "the" ("the trustees", "the inspectors").
 */
function namedByNoun(tokens: Token[], k: number, from: number): boolean {
  const t = tokens[k];
  if (k - 1 < from || t.kind !== 'word' || t.capitalized) return false;
  const before = tokens[k - 1].lower;
  return (NAMED_BY_NOUN.has(t.lower) && DETERMINERS.has(before)) || (ENDS_IN_S.test(t.lower) && !NOT_SOURCE.has(t.lower) && before === 'the');
}

/**
 * Does a subject of plural documents and the name of whoever made them stand before the base form at i, with no mark
 * between ("Figures from the Minnesota Department of Health show", "Data released by the Census Bureau show")?
 */
function pluralDocumentsFrom(tokens: Token[], i: number, from: number): boolean {
  // ("Figures from the Upland Fire Research Unit at the University of Pennine Vale show": a body's name at another's.)
  for (let k = i - 2; k >= from && i - k <= 14; k--) {
    const t = tokens[k];
    if (t.kind === 'punct') return false;
    if (DOCUMENT_NOUNS.has(t.lower) && (ENDS_IN_S.test(t.lower) || PLURALS_WITHOUT_S.has(t.lower)) && DOCUMENTS_FROM.has(tokens[k + 1].lower)) return true;
  }
  return false;
}

/**
 * "A letter from the American Legion obtained by The Associated Press warns": a document whose author is named after
 * "from" speaks for that author, not for whoever obtained it; the index of the author's last word, or k.
 */
function beforeObtainedBy(tokens: Token[], k: number, from: number): number {
  let b = k;
  while (b > from && b - k > -6 && tokens[b].kind === 'word' && tokens[b].lower !== 'by') b--;
  if (b - 2 < from || tokens[b].lower !== 'by' || !OBTAINED.has(tokens[b - 1].lower)) return k;
  const author = b - 2;
  if (!tokens[author].capitalized || MONTHS.has(tokens[author].lower) || WEEKDAYS.has(tokens[author].lower)) return k;
  for (let p = author - 1; p >= from && author - p <= 6; p--) {
    const t = tokens[p];
    if (t.lower === 'from') return DOCUMENT_NOUNS.has(tokens[p - 1]?.lower ?? '') ? author : k;
    if (t.kind !== 'word' || !(t.capitalized || DETERMINERS.has(t.lower))) return k;
  }
  return k;
}

/**
 * Does a person's full name after the cue at i close the sentence, alone or with an appositive that says no more
 * ("said Brad Bannon, a retired Democratic pollster.")? Not a name that opens what was said ("said John Smith, 45,
 * fired 12 shots", "said Mary Smith, her deputy, would handle it").
 */
function fullNameAfterCue(tokens: Token[], i: number, to: number): boolean {
  // (Past a role's words or a title before it: "…, said police chief Kamrul Islam.", "said Police Chief Kamrul Islam".)
  let s = i + 1;
  while (s < to && s - i <= 3 && tokens[s].kind === 'word' && ((!tokens[s].capitalized && ROLE_NOUNS.has(tokens[s].lower)) || NAME_TITLES.has(tokens[s].text))) s++;
  let e = s;
  while (e < to && tokens[e].kind === 'word' && tokens[e].capitalized) e++;
  if (e - s < 2 || e - s > 4 || !isGivenName(tokens[s].text)) return false;
  if (e >= to || (tokens[e].text === '.' && e + 1 >= to)) return true;
  return tokens[e].text === ',' && onlyDescribes(tokens, e + 1, to);
}

/**
 * Do tokens[from, to) only describe the name before them, as an appositive does ("a retired Democratic pollster",
 * "who has advised Democrats", "45, of Ohio")? Not when they go on to say something: a verb outside a relative clause
 * ("45, fired 12 shots", "her deputy, would handle it", "who was not at the rally, disagreed"), or a quotation.
 */
export function onlyDescribes(tokens: Token[], from: number, to: number): boolean {
  let relative = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (QUOTE_MARKS.has(t.text)) return false;
    if (t.text === ',') relative = false;
    if (t.kind !== 'word' || t.capitalized) continue;
    if (t.lower === 'who' || t.lower === 'which') relative = true;
    if (relative) continue;
    const before = tokens[k - 1];
    const verbAt = before === undefined || before.text === ',' || before.capitalized || before.kind === 'number';
    if (FINITE_AUXILIARIES.has(t.lower) || (CUE_FORMS.has(t.lower) && verbAt) || (PAST_ENDING.test(t.lower) && verbAt)) return false;
  }
  return true;
}

/** A short aside of the kind that sets off a sentence adverbial ("however", "for instance", "in particular"). */
function adverbialAside(words: Token[]): boolean {
  if (words.length === 0 || words.length > 3) return false;
  for (const w of words) if (w.kind !== 'word' || w.capitalized || VERB_ENDINGS.test(w.lower)) return false;
  return true;
}

/** Nouns of what a story shows from a source: documents, and tables and charts ("The breakdown below"). */
const SHOWN_DOCUMENTS = new Set([...DOCUMENT_NOUNS, 'breakdown', 'table', 'chart', 'graph', 'graphic', 'map', 'tables', 'charts', 'list']);

/** Does a document's noun, or one with "below" or "above" after it, stand just before the comma at open? */
function documentBefore(tokens: Token[], open: number, from: number): boolean {
  let d = open - 1;
  if (d - 1 >= from && (tokens[d].lower === 'below' || tokens[d].lower === 'above')) d--;
  return d >= from && tokens[d].kind === 'word' && !tokens[d].capitalized && SHOWN_DOCUMENTS.has(tokens[d].lower);
}

/** Participles of getting hold of documents: "records obtained by", "emails seen by". */
/** Participles before "by" whose agent leads or runs what they describe ("The audit, led by …, found"). */
const LED_BY = new Set(['led', 'co-led', 'chaired', 'headed', 'run', 'overseen', 'directed', 'founded']);
const OBTAINED = new Set(['obtained', 'seen', 'reviewed', 'viewed', 'examined', 'acquired', 'filed', 'provided']);

/**
 * "put the gap at $47 million", "a cost the district puts at $310,000": "put" with "at" and a figure within a few
 * words is an estimate's verb, whatever the cue model makes of "put" elsewhere ("put pressure on").
 */
function putsAtFigure(tokens: Token[], i: number, to: number): boolean {
  // (What is put may run on: "put the number of protesters in Plovdiv at about 5,000", "the number of people at the
  // rally at 5,000"; "in the range of" a figure too.)
  for (let k = i + 1; k < to && k - i <= 10; k++) {
    const t = tokens[k];
    if (t.lower === 'at' && figureAt(tokens, k + 1)) return true;
    if (t.lower === 'in' && tokens[k + 1]?.lower === 'the' && tokens[k + 2]?.lower === 'range' && tokens[k + 3]?.lower === 'of' && figureAt(tokens, k + 4)) return true;
    if (t.kind === 'punct' || t.kind === 'number' || CUE_FORMS.has(t.lower)) return false;
  }
  return false;
}

/**
 * "The Hurricane Center's 5 p.m. update had the depression 120 miles (195 km) southeast of West Palm Beach", "the
 * advisory placed Humberto 75 miles north of Bermuda": a position given as a distance and a direction after "had" or
 * "placed" and what is placed (up to three words) is a reckoning, as "put" is: when a report gives it ("advisory",
 * "report", "forecast" before the verb, not after a preposition), of a name or a thing with "the" (not "had a cabin 30
 * miles north"), and no word of speech follows in the sentence ("…, the ministry said" is the ministry's).
 */
function placesAtDistance(tokens: Token[], i: number, from: number, to: number): boolean {
  // (What is placed: a name or a noun with "the", "Humberto", "the depression"; not "had lived 20 miles north".)
  const first = tokens[i + 1];
  if (first === undefined || first.kind !== 'word' || !(first.capitalized || first.lower === 'the')) return false;
  let k = i + 1;
  while (k < to && k - i <= 3 && tokens[k].kind === 'word' && !figureAt(tokens, k)) k++;
  if (k === i + 1 || k >= to || !figureAt(tokens, k)) return false;
  while (k < to && tokens[k].kind !== 'number') k++;
  if (!DISTANCE_UNITS.has(tokens[k + 1]?.lower ?? '')) return false;
  let compass = false;
  for (let d = k + 2; d < to && d - k <= 8 && !compass; d++) compass = COMPASS.has(tokens[d].lower);
  if (!compass) return false;
  for (let d = k + 2; d < to; d++) if (CUE_FORMS.has(tokens[d].lower) || tokens[d].lower === 'according') return false;
  // The report that gives the position, in the phrase that opens the sentence (no preposition before it: not "After
  // the report, the general placed …"), with no pronoun, relative or word of speech between it and the verb ("The
  // report noted that the company had the plant …" is the report's note).
  // (A phrase that opens the sentence before a comma is no matter: "At 5 p.m., the advisory had …".)
  let report = -1;
  let governed = false;
  for (let d = from; d < i && report < 0; d++) {
    const w = tokens[d].lower;
    if (w === ',') governed = false;
    else if (OBJECT_GOVERNORS.has(w) || OBJECT_PREPOSITIONS.has(w) || w === 'following' || w === 'ahead' || w === 'despite') governed = true;
    else if (POSITION_REPORTS.has(w)) {
      if (governed) return false;
      report = d;
    }
  }
  if (report < 0) return false;
  // (Its issue is no word of speech: "The advisory, posted at 5 p.m., had …".)
  for (let d = report + 1; d < i; d++) {
    const w = tokens[d].lower;
    if (SUBJECT_PRONOUNS.has(w) || w === 'who' || w === 'which' || w === 'that' || (CUE_FORMS.has(w) && !ISSUING_VERBS.has(w))) return false;
  }
  return true;
}
/** Reports that give a storm's or a ship's position. */
const POSITION_REPORTS = new Set(['advisory', 'advisories', 'update', 'bulletin', 'forecast', 'report', 'statement']);
const DISTANCE_UNITS = new Set(['miles', 'mile', 'kilometers', 'kilometres', 'km', 'nautical']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-northeast', 'north-northwest', 'south-southeast', 'south-southwest', 'east-northeast', 'east-southeast', 'west-northwest', 'west-southwest']);

/** Verbs that set a figure as "put" does ("placed the value at", "pegged the cost at"), six letters each. */
const PUT_LIKE = new Set(['placed', 'pegged']);

/** Words that open what a court heard as a clause, or a time after "heard" ("heard on Monday", "heard he had"). */
const HEARD_CLAUSE = new Set(['that', 'how', 'on', 'yesterday', 'today', 'earlier', 'previously', 'he', 'she', 'they', 'it', 'his', 'her', 'their', 'there']);

/** Bodies that hear evidence, whose hearing a British court report attributes to them ("the court heard"). */
const HEARING_BODIES = new Set(['court', 'inquest', 'jury', 'jurors', 'tribunal', 'hearing', 'inquiry', 'trial', 'magistrates', 'coroner']);

/**
 * "The court heard that …", "an inquest at Norwich Coroner's Court heard on Monday", "the jury has heard": what was
 * said in court, reported as what the court, inquest, jury or tribunal heard (claims-spec's attribution to a body), not
 * "residents heard explosions".
 */
function hearingHeard(tokens: Token[], i: number, from: number): boolean {
  // What it heard is a clause or comes before ("…, the court heard on Monday."), not a thing: "the court heard
  // arguments from the two sides" is a deed.
  return bodysVerb(tokens, i, from, HEARD_CLAUSE, HEARING_BODIES);
}

/**
 * Does the verb at i, after one of `bodies` (past "has", "had" or "also"), open what follows with one of `clauses`, a
 * day, a mark or the sentence's end ("the court heard that", "the High Court has ruled.")?
 */
function bodysVerb(tokens: Token[], i: number, from: number, clauses: ReadonlySet<string>, bodies: ReadonlySet<string>): boolean {
  const next = tokens[i + 1];
  if (next !== undefined && !(next.kind === 'punct' || clauses.has(next.lower) || WEEKDAYS.has(next.lower))) return false;
  let k = i - 1;
  if (k > from && (tokens[k].lower === 'has' || tokens[k].lower === 'had' || tokens[k].lower === 'also')) k--;
  return k >= from && tokens[k].kind === 'word' && bodies.has(tokens[k].lower);
}

/** Words before a place that a plural is of ("universities in England"). */
export const PLACE_OF_PLURAL: ReadonlySet<string> = new Set(['in', 'across', 'throughout']);
/** What may stand right before a plural that opens its clause ("…, the remaining casinos", "that universities"). */
const PLURAL_CLAUSE_OPENERS = new Set([',', 'that', 'of', 'and', 'but', ':', ';', '"', '\u201c']);

/**
 * When the source found is only the place of a plural the sentence's subject is ("universities in England reported",
 * "90% of pharmacists in Britain say", "the remaining casinos in Atlantic City reported"): the plural and its place as
 * the source, a role, when the plural's phrase opens the clause (not "people with disabilities in Seattle asked");
 * else null. A place after "in" is no one speaking; the plural, which no role's list holds, is.
 */
function pluralOfPlace(tokens: Token[], m: SourceMention, from: number, lexicon: AttributionLexicon): SourceMention | null {
  if (m.inverted || (m.kind !== 'named' && m.kind !== 'organization' && m.kind !== 'role')) return null;
  const at = tokenAtOrAfter(tokens, m.start);
  let k = at;
  // ("Farmers on the western Darling Downs say", "Islanders off the Mayo coast say": past "the" and up to two words
  // in lower case before the place's name; a role found must be such a place, "the Mayo coast".)
  let b = k - 1;
  if (tokens[k]?.lower === 'the') k++;
  else while (b > from && k - 1 - b < 3 && lowerWordAt(tokens, b) && !PLURAL_PLACED.has(tokens[b].lower)) b--;
  if (m.kind === 'role' && (at === k || !tokens[k]?.capitalized)) return null;
  if (b < k - 1 && tokens[b + 1].lower !== 'the') return null;
  const before = tokens[b];
  const noun = tokens[b - 1];
  if (b - 1 < from || before === undefined || noun === undefined || !(PLACE_OF_PLURAL.has(before.lower) || (PLURAL_PLACED.has(before.lower) && peoplePlaced(noun.lower)))) return null;
  // (A plural of people that opens the sentence has its capital, "Farmers across Queensland say"; not a name,
  // "Hargreaves in Leeds said".)
  if (noun.kind !== 'word' || (noun.capitalized && (b - 1 > from || !peoplePlaced(noun.lower))) || !PLURAL_NOUN.test(noun.lower) || noun.lower.endsWith('ss')) return null;
  for (let j = k; j < tokens.length && tokens[j].start < m.end; j++) if (tokens[j].kind === 'word' && !tokens[j].capitalized && !NAME_INSIDE.has(tokens[j].lower) && !(m.kind === 'role' && tokens[j].end === m.end)) return null;
  const plural = backwardPhrase(tokens, b - 1, from, lexicon);
  const opens = plural === null ? b - 1 : tokenAtOrAfter(tokens, plural.start);
  if (opens > from && !PLURAL_CLAUSE_OPENERS.has(tokens[opens - 1].lower)) return null;
  const words: Token[] = [...(plural?.words ?? [tokens[b - 1]])];
  for (let j = b; j < tokens.length && tokens[j].start < m.end; j++) words.push(tokens[j]);
  const placed = mention({ words, start: plural?.start ?? tokens[b - 1].start, end: m.end }, lexicon, m.cue, m.cueStart, m.cueEnd, m.cueLemma, false);
  // (People no role names, placed, are as vague as they are alone: "Farmers across Queensland say".)
  // (Not a sample: "a survey … of 1,100 outdoor workers in the upper Midwest, published in May, found".)
  const people = peoplePlaced(noun.lower) && tokens[opens - 1]?.lower !== 'of' && !words.some((w) => w.kind === 'number');
  if (!people && (!PLACE_OF_PLURAL.has(before.lower) || b < at - 1 || m.kind === 'role')) return null;
  placed.kind = people ? 'vague' : 'role';
  placed.vague = people;
  placed.name = placed.text;
  return placed;
}
/** Prepositions that place people at large ("Farmers on the Darling Downs", "Islanders off the coast"). */
const PLURAL_PLACED: ReadonlySet<string> = new Set([...PLACE_OF_PLURAL, 'on', 'off', 'near', 'around', 'along']);
/** Is the plural people no role names, a trade's or a place's ("farmers", "islanders")? */
function peoplePlaced(l: string): boolean {
  return peoplePlural(l) || RESIDENTS.has(l) || TRADES_AT_LARGE.has(l);
}
const PLURAL_NOUN = /^[a-z]{3,}s$/;

/** Those whose ruling a report attributes what it holds to ("the High Court has ruled", "the judge ruled that"). */
const RULING_BODIES = new Set(['court', 'courts', 'judge', 'judges', 'justices', 'tribunal', 'panel', 'ombudsman', 'arbitrator', 'magistrates', 'coroner']);

/**
 * "…, the High Court has ruled.", "Judge Miriam Abernathy-Cole of the Columbia County Superior Court ruled that …",
 * "the National Anti-Doping Panel ruled on Friday": a court's or a judge's ruling, a source for what it holds (not
 * "Mugabe ruled for 37 years", nor "ruled out").
 */
function courtRuled(tokens: Token[], i: number, from: number): boolean {
  return bodysVerb(tokens, i, from, RULED_CLAUSE, RULING_BODIES);
}
/** Words that open what was ruled, or a time after "ruled" ("ruled that", "ruled on Friday", "ruled in favour"). */
const RULED_CLAUSE = new Set(['that', 'on', 'in', 'yesterday', 'today', 'earlier', 'last', 'this']);

/** What such a verb sets: an amount, not a person or a thing put somewhere ("placed the suspect at 123 Main Street"). */
const SET_AMOUNTS = new Set(['value', 'cost', 'costs', 'price', 'number', 'toll', 'damage', 'damages', 'loss', 'losses', 'figure', 'total', 'size', 'count', 'tally', 'worth', 'fortune', 'crowd', 'bill', 'estimate', 'rate', 'odds', 'chance', 'chances']);

/** Is an amount set next ("the value of", "its cost", "his fortune")? */
function figureNounAfter(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined) return false;
  return SET_AMOUNTS.has(t.lower) || ((DETERMINERS.has(t.lower) || POSSESSIVE_DETERMINERS.has(t.lower)) && SET_AMOUNTS.has(tokens[k + 1]?.lower ?? ''));
}

/** Does a figure start at tokens[k] ("$1.4 million", "about 40", "an estimated 3,000")? */
function figureAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  // A time of day is when it was reported, not what: "reported at 6 a.m.", "at 10:30".
  if (t.kind === 'number' && (t.text.includes(':') || CLOCK_WORDS.has(tokens[k + 1]?.lower ?? ''))) return false;
  return t.kind === 'number' || CURRENCY_PREFIX.test(t.text) || NUMBER_WORDS.has(t.lower) || (FIGURE_QUALIFIERS.has(t.lower) && figureAt(tokens, k + 1));
}
/** Words after a figure that make it a time of day. */
const CLOCK_WORDS = new Set(['a.m.', 'p.m.', 'a.m', 'p.m', 'am', 'pm', 'a', 'p', "o'clock", 'o\u2019clock', 'gmt', 'utc', 'et', 'edt', 'est', 'pt', 'pdt', 'pst']);

/** Words that may stand before a figure ("about 40", "more than 40", "an estimated 3,000"). */
const FIGURE_QUALIFIERS = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'some', 'over', 'under', 'more', 'less', 'than', 'least', 'an', 'estimated', 'approximately']);

/** Reckonings a possessive may own mid-sentence: "by her own estimate", "by their count". */
const OWNED_RECKONINGS = new Set(['count', 'estimate', 'tally', 'reckoning', 'calculation']);
/** Words before such a reckoning that start a clause of its own: "and by her own estimate had". */
const OPENS_OWNED_RECKONING = new Set(['and', 'but', 'so', 'yet', 'that', 'which', 'who', 'while', 'although', 'though']);

/** Nouns of how much, after "by": "by an average of seven points", "by a wide margin of 20 votes", "by a factor of 10". */
const MEASURES_BY = new Set(['average', 'margin', 'factor', 'total', 'median', 'difference', 'gap', 'ratio', 'multiple', 'amount', 'rate']);

/** "an average of seven points", "a margin of 2 to 1" from k: a measure of how much (by which a thing led, won, grew). */
function byMeasure(tokens: Token[], k: number, to: number): boolean {
  if (k < to && (tokens[k].lower === 'a' || tokens[k].lower === 'an' || tokens[k].lower === 'the')) k++;
  for (let n = 0; n < 2 && k < to && tokens[k].kind === 'word' && !tokens[k].capitalized && !MEASURES_BY.has(tokens[k].lower); n++) k++;
  return k + 1 < to && MEASURES_BY.has(tokens[k].lower) && tokens[k + 1].lower === 'of';
}

/** Words before a reckoning that make it a yardstick, not a source: "by any measure", "by this count". */
const YARDSTICKS = new Set(['any', 'this', 'that', 'these', 'every', 'no', 'either', 'which', 'what', 'whatever']);

/** Words that open a sentence to describe a plural noun after them ("New projects", "Such claims"). */
const DESCRIBING_OPENERS = new Set(['new', 'such', 'specific', 'other', 'recent', 'major', 'additional', 'further', 'future', 'current', 'previous', 'earlier', 'similar', 'these', 'those', 'initial', 'early', 'final', 'official', 'related', 'several', 'many', 'some', 'most', 'few']);
/** Articles and demonstratives before a noun ("the newly announced commitment"). */
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);
/** Modals of what cannot be: "cannot claim", "can't say". */
const CANNOT = new Set(['cannot', "can't", 'can\u2019t', "couldn't", 'couldn\u2019t']);
/** What a claim is filed for: "an asylum claim", "an insurance claim", "a wrongful death claim". */
const FILED_CLAIMS = new Set(['asylum', 'insurance', 'injury', 'compensation', 'damages', 'disability', 'unemployment', 'jobless', 'benefit', 'benefits', 'tax', 'refund', 'death', 'patent', 'warranty', 'land', 'legal', 'partial', 'pension', 'medicare', 'medicaid', 'flood', 'liability', 'malpractice', 'refugee', 'visa', 'welfare', 'expense', 'expenses', 'overtime', 'wage', 'title', 'mining', 'pending', 'outstanding', 'open', 'unpaid', 'rejected', 'approved', 'abuse', 'civil']);
/** Cues whose base form is as often a noun ("a Treasury note", "public comment", "the Gateway project"). */
const NOUN_CUES = new Set(['note', 'comment', 'report', 'project', 'estimate', 'count', 'record', 'pledge', 'list', 'survey', 'measure', 'quote', 'call', 'talk', 'tally', 'post', 'caution', 'remark', 'promise', 'boast']);
/** A capitalised word that is a plural ("Analysts", "Democrats") or a contraction ("I'd", "We've"): a verb's subject. */
const PLURAL_OR_CONTRACTED = /s$|['’]/;
/** Plurals without a final s that govern a verb's base form ("Police estimate", "Women report", "Data show"). */
const PLURALS_WITHOUT_S = new Set(['police', 'people', 'women', 'men', 'children', 'staff', 'data', 'media', 'clergy', 'military', 'crew', 'faculty', 'personnel']);

/** Prepositions a participle's phrase after a document may go on with ("issued at the end of the summit"). */
/** Adverbs of time between a document and the participle of its issue ("a textbook just published"). */
const ISSUE_ADVERBS = new Set(['just', 'recently', 'newly', 'first', 'only', 'originally', 'previously', 'jointly']);
const ISSUED_PHRASE_WORDS = new Set(['at', 'on', 'in', 'after', 'during', 'by', 'of', 'the', 'a', 'an', 'its', 'their', 'this', 'last', 'late', 'early', 'to', 'for']);

/**
 * The index of a document's noun before a participle's phrase that ends at k ("A joint statement issued at the end of
 * the two-day summit said"), or k when none stands there.
 */
function beforeIssuedPhrase(tokens: Token[], k: number, from: number): number {
  for (let p = k; p - 1 >= from && k - p <= 10; p--) {
    const t = tokens[p];
    // (A name or an agent in the phrase is the source: "A statement issued by the ministry on Monday said", "Figures
    // published in the Gazette show".)
    if ((t.kind === 'punct' && t.text !== '-') || t.lower === 'by' || t.lower === 'behalf' || (t.capitalized && p > from)) return k;
    if ((ISSUING_VERBS.has(t.lower) || AGENT_PARTICIPLES.has(t.lower)) && PAST_ENDING.test(t.lower) && p < k && ISSUED_PHRASE_WORDS.has(tokens[p + 1].lower)) {
      // ("An Egyptian textbook just published for 9th graders explains": an adverb of time before the participle.)
      const n = p - 2 >= from && ISSUE_ADVERBS.has(tokens[p - 1].lower) ? p - 2 : p - 1;
      const noun = tokens[n];
      return noun.kind === 'word' && !noun.capitalized && (DOCUMENT_NOUNS.has(noun.lower) || ISSUED_DOCUMENTS.has(noun.lower)) ? n : k;
    }
  }
  return k;
}

/**
 * The index before the comma that opens ", released at 8:00 p.m. AST on Wednesday" when k ends such a phrase: a
 * participle of issuing and its time (no other words). Gives k when it ends none.
 */
function beforeIssueTime(tokens: Token[], k: number, from: number): number {
  let p = k;
  // (A zone in capitals only after a time: "8:00 p.m. AST", "0000 UTC"; not "posted by NASA".)
  const zone = (q: number): boolean => /^[A-Z]{2,4}$/.test(tokens[q].text) && q - 1 >= from && (tokens[q - 1].kind === 'number' || CLOCK_WORDS.has(tokens[q - 1].lower) || (tokens[q - 1].text === '.' && q - 2 >= from && CLOCK_WORDS.has(tokens[q - 2].lower)));
  while (p > from && k - p < 14 && (tokens[p].kind === 'number' || tokens[p].text === ':' || tokens[p].text === '.' || TIME_LEADS.has(tokens[p].lower) || WEEKDAYS.has(tokens[p].lower) || MONTHS.has(tokens[p].lower) || TIME_WORDS.has(tokens[p].lower) || CLOCK_WORDS.has(tokens[p].lower) || zone(p))) p--;
  if (p === k || p - 1 <= from || !ISSUING_VERBS.has(tokens[p].lower) || !PAST_ENDING.test(tokens[p].lower) || tokens[p - 1].text !== ',') return k;
  // (A title in quotation marks after its owner: `The NHC's "Hurricane Humberto Intermediate Advisory Number 25A",
  // released …` is the NHC's.)
  const before = p - 2;
  if (before > from && QUOTE_MARKS.has(tokens[before].text)) {
    for (let o = before - 1; o > from && before - o <= 12; o--) if (QUOTE_MARKS.has(tokens[o].text)) return endsWithPossessive(tokens[o - 1].text) ? o - 1 : k;
    return k;
  }
  // (A numbered one: "Advisory Number 14", "Bulletin No. 5", "Advisory 14"; not "The forecast for Route 9".)
  let b = before;
  while (b > from && before - b < 4 && (tokens[b].kind === 'number' || tokens[b].kind === 'alnum' || tokens[b].text === '.' || tokens[b].lower === 'no' || tokens[b].lower === 'number')) b--;
  if (b < before && !(tokens[b + 1].lower === 'no' || tokens[b + 1].lower === 'number' || NUMBERED_DOCUMENTS.has(tokens[b].lower))) return k;
  return tokens[b].kind === 'word' ? b : k;
}

/**
 * Does the capitalised article at a, inside a run of capitals read back to the head at k, open the name? Not after a
 * word that joins a name's parts or a given name ("Rage Against The Machine", "Save The Children", "Florence And The
 * Machine", "Alexander The Great"); "A" only after a heading's run of three capitalised words or more, and not right
 * before the last name ("Series A Investors", "Mary A Jones").
 */
function articleOpensName(tokens: Token[], a: number, k: number, from: number): boolean {
  const lower = tokens[a].lower;
  if (lower !== 'the' && lower !== 'a' && lower !== 'an') return false;
  const before = tokens[a - 1];
  if (!before.capitalized || before.kind !== 'word') return false;
  return lower === 'the' ? !THE_IN_NAMES.has(before.lower) && !isGivenName(before.text) : a + 1 < k && capitalRunBefore(tokens, a - 1, from) >= 3;
}

/** Words before "The" inside names ("Rage Against The Machine", "Save The Children", "Secretary Of The Navy"). */
const THE_IN_NAMES = new Set(['against', 'save', 'feed', 'and', 'of', 'for', 'meet', 'on', 'in', 'at', 'to', 'from', 'with', 'by', 'under', 'over', 'into', 'beyond', 'around', 'across']);

/** How many capitalised words run back from tokens[e] (e included). */
function capitalRunBefore(tokens: Token[], e: number, from: number): number {
  let n = 0;
  while (e - n >= from && tokens[e - n].kind === 'word' && tokens[e - n].capitalized) n++;
  return n;
}

/** Documents known by a number ("Advisory 14", "Resolution 2334"). */
const NUMBERED_DOCUMENTS = new Set(['advisory', 'bulletin', 'order', 'resolution', 'update', 'report', 'statement', 'notice', 'directive', 'decree']);

/** Can the token after "show" follow a programme's name: a quote, a stop, a title, a verb ("drew")? */
function programmeFollows(t: Token | undefined): boolean {
  if (t === undefined || t.kind === 'punct' || QUOTE_MARKS.has(t.text) || t.capitalized) return true;
  return t.kind === 'word' && (PAST_ENDING.test(t.lower) || FINITE_AUXILIARIES.has(t.lower) || IRREGULAR_PASTS.has(t.lower));
}
const PAST_ENDING = /ed$/;
/** Irregular past tenses a programme's name may govern ("the ABC show drew"). */
const IRREGULAR_PASTS = new Set(['drew', 'ran', 'won', 'got', 'began', 'became', 'went', 'made', 'took', 'lost', 'aired', 'brought', 'saw']);

/** Quantifiers that may open a phrase but name no one alone. */
const QUANTIFIERS = new Set(['every', 'each', 'all', 'any', 'some', 'no', 'most', 'many', 'much', 'few', 'several']);

/** Is the phrase only a time ("last week", "this year", "on Monday")? */
function timeOnly(np: Phrase): boolean {
  const head = np.words[np.words.length - 1];
  if (!(timeWord(head) || OPENING_TIME_UNITS.has(head.lower))) return false;
  for (let j = 0; j < np.words.length - 1; j++) if (!TIME_LEADS.has(np.words[j].lower) && !DETERMINERS.has(np.words[j].lower)) return false;
  return true;
}

/**
 * Does "a"/"an" stand before tokens[i], with up to two plain adjectives or adverbs between ("a rare", "a sharply
 * worded")? Or "the" with one or two ("the initial report of the working group", "the annual report")?
 */
function afterArticleAndAdjectives(tokens: Token[], i: number, from: number): boolean {
  for (let p = i - 1; p >= from && i - p <= 3; p--) {
    const t = tokens[p];
    // (Not a preposition's object with a noun of its own: "Analysts at a major bank estimate"; "in a new report" is.)
    // ("asked staff for an updated cost estimate": a noun before the word that can be no source makes it a noun too.)
    // ("according to a city staff report": the phrase "according to" opens names its source, no verb.)
    if ((t.lower === 'a' || t.lower === 'an' || t.lower === 'the') && p - 2 >= from && tokens[p - 1].lower === 'to' && tokens[p - 2].lower === 'according') return true;
    if (t.lower === 'a' || t.lower === 'an') return i - p <= 2 || !(p - 1 >= from && OBJECT_GOVERNORS.has(tokens[p - 1].lower)) || !(sourceNoun(tokens[i - 1].lower) || PLURALS_WITHOUT_S.has(tokens[i - 1].lower) || ENDS_IN_S.test(tokens[i - 1].lower));
    // (After "the", a plural without -s or a body is the subject, and "that" or a pronoun after the word shows it a
    // verb: "the local police report", "The council estimate that …", "The wealthy estimate they pay".)
    if (t.lower === 'the') {
      const next = tokens[i + 1];
      return i - p >= 2 && (i - p === 2 || !(p - 1 >= from && OBJECT_GOVERNORS.has(tokens[p - 1].lower))) && !PLURALS_WITHOUT_S.has(tokens[i - 1].lower) && !sourceNoun(tokens[i - 1].lower) &&
        !(next !== undefined && (next.lower === 'that' || PRONOUNS.has(next.lower)));
    }
    if (t.kind !== 'word' || t.capitalized || t.lower === 'few' || t.lower === 'lot' || ENDS_IN_S.test(t.lower) || NOT_SOURCE.has(t.lower) || DETERMINERS.has(t.lower)) return false;
  }
  return false;
}

/** Possessives that open an absolute phrase before the subject ("His voice breaking, …"). */
const ABSOLUTE_OWNERS = new Set(['his', 'her', 'their', 'its']);

/** Does tokens[s] open a time phrase or a participle's clause before the subject? */
function opensWithAside(tokens: Token[], s: number): boolean {
  const t = tokens[s];
  if (t.kind === 'word' && t.capitalized && t.lower.length > 5 && t.lower.endsWith('ing')) {
    // "Adding, …", "Continuing his attack, …"; not a name ending so ("Fleming, 52,", "Beijing, meanwhile,").
    const follower = tokens[s + 1]?.lower ?? '';
    // "Smiling broadly throughout her speech, …": an adverb after the participle.
    // (Not a name in -ing and its verb: "Beijing strongly condemned", "Fleming publicly rejected".)
    return follower === ',' ? CUE_FORMS.has(t.lower) || OPENING_PARTICIPLES.has(t.lower) : PARTICIPLE_FOLLOWERS.has(follower) || (ADVERB_LY.test(follower) && !NOUNS_IN_LY.has(follower) && adverbGoesOnAside(tokens[s + 2]));
  }
  for (let u = s; u < s + 3 && u + 1 < tokens.length; u++) {
    if (OPENING_TIME_UNITS.has(tokens[u].lower)) return /^(?:ago|later|earlier)$/.test(tokens[u + 1].lower) && tokens[u + 2]?.text === ',';
  }
  // "His voice breaking, he apologized", "Her hands shaking, she read": a possessive, its noun and a participle.
  if (ABSOLUTE_OWNERS.has(t.lower)) {
    return lowerWordAt(tokens, s + 1) && !participleAt(tokens, s + 1) && (participleAt(tokens, s + 2) || (lowerWordAt(tokens, s + 2) && participleAt(tokens, s + 3)));
  }
  return false;
}

/** After "Smiling broadly": a preposition, a determiner or a comma, not a finite verb. */
function adverbGoesOnAside(t: Token | undefined): boolean {
  return t !== undefined && (t.text === ',' || PARTICIPLE_FOLLOWERS.has(t.lower) || ASIDE_PREPOSITIONS.has(t.lower));
}
const ASIDE_PREPOSITIONS = new Set(['throughout', 'through', 'during', 'as', 'before', 'after', 'while', 'under', 'amid', 'across', 'towards', 'toward']);

/** Is tokens[k] a lower-case word? */
function lowerWordAt(tokens: Token[], k: number): boolean {
  return tokens[k]?.kind === 'word' && !tokens[k].capitalized;
}

/** Is tokens[k] a lower-case participle in -ing ("breaking", "shaking")? */
function participleAt(tokens: Token[], k: number): boolean {
  return lowerWordAt(tokens, k) && tokens[k].lower.length > 4 && tokens[k].lower.endsWith('ing');
}

/** Nouns of what a name right after them names ("the newspaper Kayhan", "the charity Memory First"). */
const NAMED_THINGS = new Set(['newspaper', 'daily', 'tabloid', 'weekly', 'magazine', 'broadcaster', 'channel', 'network', 'agency', 'website', 'charity', 'group', 'company', 'firm', 'party', 'band', 'union', 'club']);

/** The subject of the clause in tokens[from, end), when it can be a source (a name, pronoun, role, body, document). */
export function subjectPhrase(tokens: Token[], from: number, end: number, inQuote: (o: number) => boolean, lexicon: AttributionLexicon): Phrase | null {
  let s = clauseStart(tokens, from, end);
  if (s < 0 || s >= end) return null;
  // ("76-year-old Morton Blackwell, founder of …, endorsed Cruz, saying": an age before the name is no part of it.)
  if (s + 1 < end && AGE_WORD.test(tokens[s].lower) && tokens[s + 1].kind === 'word' && tokens[s + 1].capitalized) s++;
  const first = tokens[s];
  // A sentence that opens inside a quote has its subject elsewhere ("… I'm starting to see …," further remarking).
  if (first.kind !== 'word' || inQuote(first.start)) return null;
  let np: Phrase | null;
  if (PRONOUNS.has(first.lower)) np = { words: [first], start: first.start, end: first.end };
  else if (first.capitalized && !DETERMINERS.has(first.lower)) {
    np = nameRun(tokens, s, end);
    // ("Chief financial officer Wen-Hsu Li was blunter …:": a role's words in lower case after the opening capital,
    // then the name, which is the subject.)
    const r = roleWordsThenName(tokens, tokenAtOrAfter(tokens, np.end), end);
    if (r > 0) np = nameRun(tokens, r, end);
    // "Nearly a quarter, 26 percent, say": a word that only opens the sentence is no one.
    if (np.words.length === 1 && SENTENCE_STARTERS.has(np.words[0].text) && !sourceNoun(np.words[0].lower)) return null;
    // "Statement of UAW President Ray Curry:", "Joint Statement of BMW, Ford …": the document's author speaks.
    const doc = np.words.findIndex((w, k) => k <= 1 && DOCUMENT_NOUNS.has(w.lower));
    const by = np.words[doc + 1];
    if (doc >= 0 && by && (by.lower === 'of' || by.lower === 'from' || by.lower === 'by') && doc + 2 < np.words.length) {
      np = { words: np.words.slice(doc + 2), start: np.words[doc + 2].start, end: np.end };
    }
    // "Sanders protesters interrupted …, shouting": a name before the people it qualifies.
    const next = tokenAtOrAfter(tokens, np.end);
    const group = next >= 0 && next < end ? tokens[next] : undefined;
    if (group && group.kind === 'word' && !group.capitalized && group.start === np.end + 1 && ENDS_IN_S.test(group.lower) && (ROLE_NOUNS.has(group.lower.slice(0, -1)) || VAGUE_NOUNS.has(group.lower) || /(?:ers|ists|ants|ents)$/.test(group.lower))) {
      np = { words: [...np.words, group], start: np.start, end: group.end };
    }
    const last = lastStartingAtOrBefore(tokens, np.end - 1, (t) => t.start);
    const owned = last >= s ? possessiveApposition(tokens, last, end) : null;
    if (owned) return owned;
    // "Hillary Clinton's spokesman rallied supporters, saying": the one the name's possessive owns, when a source's
    // head ends the lower-case words after it (not the owner).
    if (last >= s && endsWithPossessive(tokens[last].text)) {
      let k = last + 1;
      while (k < end && k - last <= 3 && tokens[k].kind === 'word' && !tokens[k].capitalized && !sourceHead(tokens[k])) k++;
      if (k < end && k > last && tokens[k].kind === 'word' && !tokens[k].capitalized && sourceHead(tokens[k])) {
        // ("Trump's campaign manager": a source's word may qualify the head after it.)
        while (k + 1 < end && tokens[k + 1].kind === 'word' && !tokens[k + 1].capitalized && sourceHead(tokens[k + 1])) k++;
        np = { words: tokens.slice(s, k + 1), start: tokens[s].start, end: tokens[k].end };
      }
    }
  } else np = (DETERMINERS.has(first.lower) ? determinerSubject(tokens, s, end) : null) ?? forwardPhrase(tokens, s, end, inQuote);
  if (!np) return null;
  // "The newspaper Kayhan was more sceptical, writing": the name after a noun of what it names.
  const after = tokenAtOrAfter(tokens, np.end);
  const noun = np.words[np.words.length - 1];
  if (after > s && after < end && !noun.capitalized && NAMED_THINGS.has(noun.lower) && tokens[after].kind === 'word' && tokens[after].capitalized && tokens[after].start === noun.end + 1) np = nameRun(tokens, after, end);
  const possessor = np.words.find((w) => w.capitalized && endsWithPossessive(w.text));
  if (possessor && np.words.length > 1 && DOCUMENT_NOUNS.has(headOf(np).lower)) {
    const name = possessor.withText(withoutPossessive(possessor.text), withoutPossessive(possessor.lower));
    np = { words: [name], start: possessor.start, end: possessor.end };
  }
  const head = headOf(np);
  if (!(head.capitalized || PRONOUNS.has(head.lower) || ROLE_NOUNS.has(head.lower) || ORG_NOUNS.has(head.lower) || DOCUMENT_NOUNS.has(head.lower) || VAGUE_NOUNS.has(head.lower) || TRADE_NOUN.test(head.lower) || lexicon.known.has(head.text))) return null;
  return namedInApposition(tokens, np, end) ?? np;
}

/**
 * The capital after up to `max` words in lower case from r that end in a role's noun ("campaign manager Theo …"), or
 * -1. tokens[r] is the first of those words.
 */
function capitalAfterRoleWords(tokens: Token[], r: number, end: number, max: number): number {
  let n = r;
  while (n < end && n - r < max && tokens[n].kind === 'word' && !tokens[n].capitalized) n++;
  // ("Opposition health critic Derek Moyes": or a word for one person also said of many, "critic", "analyst".)
  return n > r && n < end && (ROLE_NOUNS.has(tokens[n - 1].lower) || ANONYMOUS_SINGULARS.has(tokens[n - 1].lower)) && tokens[n].kind === 'word' && tokens[n].capitalized ? n : -1;
}

/**
 * Where a name of two capitals or more starts after up to three words in lower case from r that end in a role's noun
 * ("financial officer Wen-Hsu Li"), or -1.
 */
function roleWordsThenName(tokens: Token[], r: number, end: number): number {
  const n = r >= 0 ? capitalAfterRoleWords(tokens, r, end, 3) : -1;
  return n >= 0 && n + 1 < end && tokens[n + 1].kind === 'word' && tokens[n + 1].capitalized ? n : -1;
}

/** Does a passive's agent name a source: a name (not a day or month) or a source's noun? */
function agentNames(agent: Phrase): boolean {
  const head = headOf(agent);
  if (TIME_WORDS.has(head.lower) || WEEKDAYS.has(head.lower) || MONTHS.has(head.lower) || agent.words.some((w) => w.lower === 'next' || w.lower === 'end')) return false;
  return (head.capitalized && head.kind === 'word') || sourceNoun(head.lower);
}

/** Words that open a document's phrase before its title ("The report, "Running on Empty," found"). */
const TITLED_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this']);

/**
 * The name before a description set off by commas that ends at `end` ("Shirin Taheri, a driver for six years"): the
 * description opens with "a" or "an" and holds only words and figures in lower case; the name has a given name in it.
 */
function nameBeforeDescription(tokens: Token[], end: number, from: number, lexicon: AttributionLexicon): Phrase | null {
  let c = end;
  while (c > from && end - c < 8 && (tokens[c].kind === 'number' || (tokens[c].kind === 'word' && !tokens[c].capitalized))) c--;
  if (c - 1 < from || tokens[c].text !== ',' || !INDEFINITE_ARTICLES.has(tokens[c + 1].lower) || !tokens[c - 1].capitalized) return null;
  const person = backwardPhrase(tokens, c - 1, from, lexicon);
  return person && isFullName(person) ? person : null;
}

/** Is the phrase a person's full name: two words or more, a given name among them, the rest capitals or particles? */
function isFullName(person: Phrase): boolean {
  return person.words.length >= 2 && person.words.some((w) => isGivenName(w.text)) && person.words.every((w) => w.capitalized || NAME_PARTICLES.has(w.lower));
}

/**
 * The subject of a sentence that opens "Subject, <aside holding a quote>," before the verb after the quote's closing
 * mark at `close` ("Mr. Manafort, citing "…," said"; "The mayor, calling the plan "…," said").
 */
function subjectBeforeAside(tokens: Token[], from: number, close: number, inQuote: (o: number) => boolean, lexicon: AttributionLexicon): Phrase | null {
  let open = close - 1;
  while (open > from && !QUOTE_MARKS.has(tokens[open].text)) open--;
  if (open <= from + 2 || !QUOTE_MARKS.has(tokens[open].text)) return null;
  const np = subjectPhrase(tokens, from, open, inQuote, lexicon);
  if (!np) return null;
  // The subject is set off by a comma and an aside opens after it: a participle ("citing", "calling the plan",
  // "known on the wards as") or a relative clause.
  const c = tokenAtOrAfter(tokens, np.end);
  const aside = tokens[c + 1];
  // ("A report the union commissioned from the University of Wisconsin, "Running on Empty," found": the title after
  // words that describe the document, none of them punctuation or a word of speech.)
  if (c >= 0 && c < open - 1 && tokens[open - 1].text === ',' && open - 1 - c <= 10 && documentOpening(tokens, np, from) && tokens[open + 1]?.capitalized === true && tokens[close - 1]?.text === ',') {
    let plain = true;
    // (A dash inside a name, "Wisconsin–Milwaukee", is part of it.)
    for (let k = c; k < open - 1 && plain; k++) plain = (tokens[k].kind !== 'punct' || (k > c && tokens[k].start === tokens[k - 1].end && tokens[k + 1].start === tokens[k].end)) && !QUOTE_MARKS.has(tokens[k].text) && !CUE_FORMS.has(tokens[k].lower);
    if (plain) return { words: [...np.words, ...tokens.slice(c, open - 1)], start: np.start, end: tokens[open - 2].end, classifyAs: [headOf(np)] };
  }
  if (c < 0 || c >= open || tokens[c].text !== ',' || !aside) return null;
  // Or an appositive whose closing comma stands inside the quote: "Josefina Ibarra-Lindholm, an analyst who rates the
  // stock a "hold," said".
  const appositive = (aside.lower === 'a' || aside.lower === 'an' || aside.lower === 'the') && tokens[close - 1]?.text === ',';
  // Or the document's title itself: "The report, "Running on Empty," found that …".
  // (A document the phrase opens with its article, the verb's own: not "Of the ruling, "…," said Mayor Jane Park".)
  const title = c + 1 === open && documentOpening(tokens, np, from) && tokens[open + 1]?.capitalized === true && tokens[close - 1]?.text === ',';
  if (!(aside.lower.endsWith('ing') || OPENING_PAST_PARTICIPLES.has(aside.lower) || aside.lower === 'who' || appositive || title)) return null;
  return np;
}

/**
 * The person's full name before the comma at `comma` that a role phrase in apposition describes ("Sen. Lorna Veit,
 * Democrat of Oregon, who asked"), or before the "of" or "at" at `comma` of a body they are of; or null: not when the
 * phrase after a comma is all capitals itself (a name).
 */
function nameBeforeRole(tokens: Token[], np: Phrase, comma: number, from: number, lexicon: AttributionLexicon): Phrase | null {
  // (Or a body the person is of: "Polish MEP Marta Zielinska of the European Conservatives and Reformists group, who
  // voted against, said".)
  const of = comma >= from && (tokens[comma].lower === 'of' || tokens[comma].lower === 'at');
  // (One capitalised word after "a" or "an" describes, as a role does: "Raymond Okonkwo-Bell, a Democrat who has
  // warned …".)
  const described = np.words.length === 1 && INDEFINITE_ARTICLES.has(tokens[tokenAtOrAfter(tokens, np.start) - 1]?.lower ?? '');
  if ((!of && !described && np.words.every((w) => w.capitalized)) || comma - 1 < from || (tokens[comma].text !== ',' && !of) || !tokens[comma - 1].capitalized) return null;
  const person = backwardPhrase(tokens, comma - 1, from, lexicon);
  // (A given name the lists may lack where the name opens the sentence: "Ayesha Bramwell, director of …".)
  // (Not a place a preposition opens the sentence with: "In Stoneridge, editor Wendy Falk, who …, described".)
  const opens = person !== null && person.words.length <= 3 && tokenAtOrAfter(tokens, person.start) === from && !person.words.some((w) => ORG_NAME_WORDS.has(w.text)) && !PREPOSITION_OPENERS.has(person.words[0].lower);
  return person && person.words.length >= 2 && (opens || person.words.some((w) => isGivenName(w.text))) && person.words.every((w) => w.capitalized || w.text === '.' || NAME_PARTICLES.has(w.lower)) ? person : null;
}

/**
 * Does a name at the end of an aside name what the role before it is of, after a person's name that opens the role
 * ("Marta Kline, head of the charity Shelter Now, said", "Marta Kline, head of the charity, Shelter Now, said")? The
 * person speaks, not the body or person the role is of. `leadLength` counts the aside's words before the name, the role
 * when it ends with the object's noun; else the role is the aside before the comma at `open`.
 */
function namesRolesObject(tokens: Token[], open: number, leadLength: number, from: number, inQuote: (o: number) => boolean, lexicon: AttributionLexicon): boolean {
  // The role's tokens, [rs, re): the aside's lead (which opens the aside), or else the aside before the comma at open.
  let roleOpen = open;
  let rs = open + 1;
  let re = rs + leadLength;
  if (leadLength === 0) {
    roleOpen = previousComma(tokens, open - 1, from, inQuote);
    if (roleOpen < from) return false;
    rs = roleOpen + 1;
    re = open;
  }
  // The role: lower-case words, a role's noun among them, then "of", "at" or "for" and up to three words of its
  // object ("head of the charity", "a director at the bank", "editor of the official newspaper"). Read in place; the
  // phrase is made only for a role that is one.
  const n = re - rs;
  if (n < 3 || n > 8) return false;
  for (let k = rs; k < re; k++) if (tokens[k].kind !== 'word' || tokens[k].capitalized) return false;
  let governor = re - 2;
  while (governor > rs && re - governor <= 4 && !ROLE_OF.has(tokens[governor].lower)) governor--;
  if (governor <= rs || !ROLE_OF.has(tokens[governor].lower)) return false;
  let roleNoun = false;
  for (let k = rs; k < governor && !roleNoun; k++) roleNoun = ROLE_NOUNS.has(tokens[k].lower);
  if (!roleNoun) return false;
  return nameBeforeRole(tokens, { words: tokens.slice(rs, re), start: tokens[rs].start, end: tokens[re - 1].end }, roleOpen, from, lexicon) !== null;
}
/** Titles that open the names of schools, churches and hospitals named after their holder ("St Brendan's Primary"). */
const BODY_NAME_TITLES = new Set(['St', 'Saint', 'King', 'Queen', 'Prince', 'Princess']);
/** Words between a role and the body it is held at or for ("head of the charity", "a spokeswoman for the agency"). */
const ROLE_OF = new Set(['of', 'at', 'for']);

/** Does the phrase open the sentence as a document with its article ("The report", "A study")? */
function documentOpening(tokens: Token[], np: Phrase, from: number): boolean {
  return tokenAtOrAfter(tokens, np.start) === from && DOCUMENT_NOUNS.has(headOf(np).lower) && TITLED_DETERMINERS.has(np.words[0].lower);
}

/** The index of the first token starting at or after a prose offset, or -1 (a binary search). */
export function tokenAtOrAfter(tokens: Token[], offset: number): number {
  const i = lastStartingAtOrBefore(tokens, offset - 1, (t) => t.start) + 1;
  return i < tokens.length ? i : -1;
}

/**
 * A name set off by commas after a role names the person: "Lakeshore's chief nursing officer, Dr. Philip
 * Adeyemi-Rhodes, called …", "The trailing candidate, state Sen. Mark Feeney, has called …".
 */
function namedInApposition(tokens: Token[], np: Phrase, end: number): Phrase | null {
  let c = tokenAtOrAfter(tokens, np.end);
  if (c < 0 || c >= end || tokens[c].text !== ',') return null;
  c++;
  while (c < end && tokens[c].kind === 'word' && !tokens[c].capitalized && (ROLE_NOUNS.has(tokens[c].lower) || /^(?:state|former|then|acting|deputy|senior|chief)$/.test(tokens[c].lower))) c++;
  if (c >= end || !tokens[c].capitalized) return null;
  const run = nameRun(tokens, c, end);
  const after = tokenAtOrAfter(tokens, run.end);
  if (after < 0 || after >= end || tokens[after].text !== ',') return null;
  const name = personName(run.words);
  // "his son, Daniel,": after a relative, a given name alone names the person.
  const head = lastStartingAtOrBefore(tokens, np.end - 1, (t) => t.start);
  const first = lastStartingAtOrBefore(tokens, np.start, (t) => t.start);
  const givenAfterKin = run.words.length === 1 && relativesName(tokens, kinBefore(tokens, head, first), first, run.words[0]);
  if ((name.split(/\s+/).length < 2 && !givenAfterKin) || run.words.some((w) => ORG_NAME_WORDS.has(w.text))) return null;
  return run;
}


/** Abbreviations of "retired" written in brackets after an officer's rank ("Lieutenant General (retd)"). */
const RETIRED = new Set(['retd', 'rtd', 'ret', 'retired']);

/** Words that open an aside saying whom the person before it acts for ("for", "representing", "on behalf of"). */
const ACTING_FOR = new Set(['for', 'representing']);

/** Are the words a person's full name, past any titles: capitals only, the first after the titles a given name? */
function personsFullName(words: Token[]): boolean {
  let t = 0;
  while (t < words.length && NAME_TITLES.has(words[t].text)) t++;
  return words.length - t >= 2 && isGivenName(words[t].text) && words.every((w) => w.kind === 'word' && w.capitalized);
}

/**
 * Where a body's name ending at e, with a list's comma inside it, starts ("Department for Environment, Food and Rural
 * Affairs" before "spokesperson"), or -1: read only when a comma stands before the capitals and "and" that end at e.
 */
function listedBodyBefore(tokens: Token[], e: number, from: number, lexicon: AttributionLexicon, speech: boolean): number {
  let r = e;
  while (r - 1 >= from && tokens[r - 1].kind === 'word' && (tokens[r - 1].capitalized || tokens[r - 1].lower === 'and')) r--;
  if (r - 1 < from || tokens[r - 1].text !== ',') return -1;
  const body = backwardPhrase(tokens, e, from, lexicon, speech);
  const at = body ? tokenAtOrAfter(tokens, body.start) : -1;
  return body && at >= from && at < r - 1 && body.words.some(bodyWord) ? at : -1;
}

/** Participles that give a thing's title in quotation marks after it ("a report titled "…""). */
const TITLING = new Set(['titled', 'entitled', 'called', 'named', 'dubbed', 'headlined', 'subtitled']);
/** Of those, the words that give a work's title only. */
const WORKS_TITLING = new Set(['titled', 'entitled', 'headlined', 'subtitled']);

/**
 * The comma that opens an aside ending at k (its closing comma, before or after the closing quotation mark) that
 * gives a title in quotation marks (", titled "Closing the Gap","), or -1.
 */
function titledAside(tokens: Token[], k: number, from: number): number {
  if (k - 1 < from) return -1;
  // ("The report, titled Running Dry, said": or in capitals, without quotation marks.)
  if (tokens[k].text === ',' && tokens[k - 1].kind === 'word' && tokens[k - 1].capitalized) {
    let o = k - 1;
    while (o - 1 >= from && k - o <= 8 && tokens[o - 1].kind === 'word' && (tokens[o - 1].capitalized || TITLE_JOINERS.has(tokens[o - 1].lower))) o--;
    while (o < k && !tokens[o].capitalized) o++;
    // (Not a name given to a person or a body: "A man, named John Smith, said".)
    return o - 2 >= from && WORKS_TITLING.has(tokens[o - 1].lower) && tokens[o - 2].text === ',' ? o - 2 : -1;
  }
  const close = tokens[k].text === ',' && QUOTE_MARKS.has(tokens[k - 1].text) ? k - 1 : QUOTE_MARKS.has(tokens[k].text) && tokens[k - 1].text === ',' ? k : -1;
  if (close < 0) return -1;
  for (let o = close - 2; o - 2 >= from && close - o <= 12; o--) {
    if (!QUOTE_MARKS.has(tokens[o].text)) continue;
    return TITLING.has(tokens[o - 1].lower) && tokens[o - 2].text === ',' ? o - 2 : -1;
  }
  return -1;
}

/** Small words inside a title written in capitals ("Closing the Gap", "State of the Nation"). */
const TITLE_JOINERS = new Set(['the', 'of', 'and', 'a', 'an', 'in', 'on', 'for', 'to']);

/** Conjunctions that open another clause after an inverted source's name. */
const JOINED_CLAUSES = new Set(['while', 'whereas', 'but', 'although', 'though', 'whilst', 'because', 'when', 'after', 'before', 'adding', 'as']);

/**
 * The last comma-set name of an inverted source, if the phrase holds one (`…, chancellor, Pradeep Khosla.`, `…, the
 * defendant, Robert M. Jones, in court`).
 */
function trailingName(tokens: Token[], s: number, to: number): Phrase | null {
  let e = s;
  // (An initial's full stop goes on: "said the bureau's director, James B. Comey".)
  while (e < to && e - s < 25 && (!['.', ';', '"', '\u201c', '\u201d', '!', '?'].includes(tokens[e].text) || titleDot(tokens, e))) {
    // "said spokesman John Kirby, referring to Clinton's successor, John F. Kerry": a clause of its own, whose names
    // are not the speaker's.
    const w = tokens[e].lower;
    // (Nor those of a clause joined after it: "said the French ambassador, Nicolas Delahaye, while China's envoy, Wu
    // Zhiqiang, said …".)
    if (tokens[e].kind === 'word' && !tokens[e].capitalized && (w.endsWith('ing') || w === 'who' || w === 'which' || w === 'whose' || JOINED_CLAUSES.has(w))) break;
    e++;
  }
  // The name after the last comma that sets one off: it ends the phrase, or a comma ("…, Robert M. Jones, in court",
  // "…, James B. Comey, on Monday") or "and" ends it.
  for (let c = e - 1; c > s; c--) {
    if (tokens[c].text !== ',') continue;
    const n = c + 1;
    let q = n;
    while (q < e && ((tokens[q].kind === 'word' && (tokens[q].capitalized || NAME_PARTICLES.has(tokens[q].lower))) || titleDot(tokens, q))) q++;
    if (q === n || (q < e && tokens[q].text !== ',' && tokens[q].lower !== 'and')) continue;
    // (Not after another person's name: "wrote Jason Dana, Robyn Dawes and Nathanial Peterson" lists authors.)
    if (personNameEndsAt(tokens, n - 2, s)) continue;
    const words = tokens.slice(n, q).filter((w) => w.kind === 'word');
    // "said his wife, Ann.": after a relative, a given name alone names the person.
    const kinName = words.length === 1 && n - 2 > s && relativesName(tokens, kinBefore(tokens, n - 2, s), s, tokens[n]);
    if ((words.length < 2 && !kinName) || words.length > 4) continue;
    // (A role's noun before the comma says a person is named, whatever the lists of given names hold: "San Diego's
    // chancellor, Pradeep Khosla".)
    const held = n - 2 > s && tokens[n - 2].kind === 'word' && !tokens[n - 2].capitalized && ROLE_NOUNS.has(tokens[n - 2].lower) && !words.some((w) => PLACE_OR_FIRM_WORDS.has(w.text)) && (q >= e || tokens[q].text !== ',' || !tokens[q + 1]?.capitalized);
    if ((!kinName && !held && !isGivenName(words[0].text)) || words.some((w) => ORG_NAME_WORDS.has(w.text))) continue;
    return { words, start: words[0].start, end: words[words.length - 1].end };
  }
  return null;
}

/** Words that end the names of places and firms, not people ("Gaza City", "Cobb County", "Tata Sons"). */
const PLACE_OR_FIRM_WORDS = new Set(['City', 'County', 'State', 'Province', 'District', 'Region', 'Island', 'Islands', 'Valley', 'Sons', 'Brothers', 'Partners', 'Holdings']);

/** Does a person's name of two or three words, opening with a given name, end at k ("Jason Dana")? */
function personNameEndsAt(tokens: Token[], k: number, from: number): boolean {
  let b = k;
  while (b - 1 >= from && k - b < 3 && tokens[b - 1].kind === 'word' && tokens[b - 1].capitalized) b--;
  return k > b && k - b <= 2 && tokens[k].kind === 'word' && tokens[k].capitalized && isGivenName(tokens[b].text);
}

/** Possessives before a relative named in apposition ("his son, Daniel,"). */
const KIN_OWNERS = new Set(['his', 'her', 'their', 'my', 'our', 'your']);
/** Possessive determiners, before a noun they own: a person's, and a thing's "its". */
const POSSESSIVE_DETERMINERS = new Set([...KIN_OWNERS, 'its']);
/** Prepositions that make the relative someone else's object ("a lawyer for his widow, Ann,"). */
const KIN_GOVERNORS = new Set(['for', 'of', 'to', 'with', 'by', 'from', 'about']);
/** Relatives whose name alone may be any capitalised word (not "partner", "friend": "the company's partner, Pfizer,"). */
const CLOSE_KIN = new Set(['wife', 'husband', 'son', 'daughter', 'sister', 'brother', 'mother', 'father', 'mom', 'dad', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'niece', 'nephew', 'aunt', 'uncle', 'cousin', 'widow', 'widower', 'stepson', 'stepdaughter']);

/** The kin word ending at i, past how long the tie has lasted ("her husband of 52 years", "his wife of six decades"). */
function kinBefore(tokens: Token[], i: number, from: number): number {
  if (i - 3 < from || !YEARS_OF_TIE.has(tokens[i].lower) || tokens[i - 2].lower !== 'of') return i;
  const count = tokens[i - 1];
  return count.kind === 'number' || NUMBER_WORDS.has(count.lower) ? i - 3 : i;
}
const YEARS_OF_TIE = new Set(['years', 'decades']);

/**
 * Does tokens[kin] name a relative, owned by a possessive and the subject itself ("his son, Daniel, said", "Paul's
 * wife, Denise, said"; not "a lawyer for his widow, Ann, said"), whose name `name` is set off after it?
 */
function relativesName(tokens: Token[], kin: number, from: number, name: Token): boolean {
  const relative = tokens[kin].lower;
  if (!KIN.has(relative) || kin - 1 < from || !(KIN_OWNERS.has(tokens[kin - 1].lower) || endsWithPossessive(tokens[kin - 1].text))) return false;
  if (kin - 2 >= from && KIN_GOVERNORS.has(tokens[kin - 2].lower)) return false;
  return CLOSE_KIN.has(relative) || isGivenName(name.text);
}

/** Words of an office between a capitalised word and a role ("Republican presidential nominee Donald Trump"). */
const OFFICE_WORDS = new Set(['former', 'deputy', 'senior', 'chief', 'acting', 'interim', 'executive', 'general', 'vice', 'presidential', 'presumptive', 'gubernatorial', 'congressional', 'mayoral', 'state', 'party', 'assistant', 'associate', 'managing']);

/** A capitalised name with its titles and roles, read forwards from s ("White House spokesperson Abigail Jackson"). */
/**
 * How many words of a role's field stand at k before the role's noun in lower case and a capital after it: one or
 * two ("health spokesperson Daniel", "mental health spokesman Peter"), else 0.
 */
function fieldBeforeRole(tokens: Token[], k: number, limit: number): number {
  for (let n = 1; n <= 2; n++) {
    const role = k + n;
    if (role + 1 >= limit) return 0;
    const w = tokens[role - 1];
    if (w.kind !== 'word' || w.capitalized || NOT_SOURCE.has(w.lower) || ROLE_NOUNS.has(w.lower)) return 0;
    if (!tokens[role].capitalized && ROLE_NOUNS.has(tokens[role].lower) && tokens[role + 1].capitalized) return n;
  }
  return 0;
}

function nameRun(tokens: Token[], s: number, limit: number): Phrase {
  let e = s;
  const roleThenName = (k: number): boolean => {
    // ("Opposition health spokesperson Daniel Fa'amausili", "Opposition mental health spokesman Peter Galanis": up to two
    // words of the role's field before it.)
    k += fieldBeforeRole(tokens, k, limit);
    while (k < limit && tokens[k].kind === 'word' && !tokens[k].capitalized && (ROLE_NOUNS.has(tokens[k].lower) || OFFICE_WORDS.has(tokens[k].lower))) k++;
    return k < limit && tokens[k].capitalized;
  };
  // "Microsoft Chairman and CEO Satya Nadella": two titles joined by "and" go on to the name.
  const titlesJoined = (k: number): boolean => tokens[k].lower === 'and' && k + 2 < limit && ROLE_NOUNS.has(tokens[k - 1].lower) && ROLE_NOUNS.has(tokens[k + 1].lower) && tokens[k + 2].capitalized;
  // A title, an organisation's word or a document's noun in the run so far ("Jane Doe for The New York Times" has none).
  const titleBefore = (k: number): boolean => {
    for (let j = Math.max(s, k - 8); j < k; j++) if (ROLE_NOUNS.has(tokens[j].lower) || NAME_TITLES.has(tokens[j].text) || ORG_NAME_WORDS.has(tokens[j].text) || DOCUMENT_NOUNS.has(tokens[j].lower)) return true;
    return false;
  };
  // "Secretary of Energy Chris Wright", "Under Secretary of War for Policy Elbridge Colby": a capitalised title's
  // "of"/"for" goes on to the capitalised words after it, as the phrase read back from a verb does.
  const ofName = (k: number): boolean => (tokens[k].lower === 'of' || tokens[k].lower === 'for') && tokens[k - 1].capitalized && titleBefore(k) && k + 1 < limit && (tokens[k + 1].capitalized || (tokens[k + 1].lower === 'the' && k + 2 < limit && tokens[k + 2].capitalized));
  while (e + 1 < limit && ((tokens[e + 1].kind === 'word' && (tokens[e + 1].capitalized || NAME_PARTICLES.has(tokens[e + 1].lower) || roleThenName(e + 1) || titlesJoined(e + 1) || ofName(e + 1) || (tokens[e + 1].lower === 'the' && (tokens[e].lower === 'of' || tokens[e].lower === 'for')))) || (titleDot(tokens, e + 1) && e + 2 < limit))) e++;
  if (e + 1 < limit && DOCUMENT_NOUNS.has(tokens[e + 1].lower)) e++;
  return { words: tokens.slice(s, e + 1), start: tokens[s].start, end: tokens[e].end };
}

/**
 * The source after a dash that signs a quote: `"…" — White House spokesperson Abigail Jackson`. A dash of -1: the
 * line is a list item whose marker is the dash (`- Bernie Sanders.` typed under a quote).
 */
export function signatureSource(tokens: Token[], dash: number, lexicon: AttributionLexicon): SourceMention | null {
  const s = dash + 1;
  const first = tokens[s];
  if (!first || first.kind !== 'word' || !first.capitalized) return null;
  const np = nameRun(tokens, s, Math.min(tokens.length, s + 12));
  const cue = dash >= 0 ? tokens[dash] : null;
  return mention(np, lexicon, cue ? cue.text : '-', cue ? cue.start : np.start, cue ? cue.end : np.start, 'sign', true);
}

/** A mention made by "citing" (see citedSource). */
export const citingAside = (m: SourceMention): boolean => m.cue.toLowerCase() === CITING;

/** Cues of a report that "citing" may close: "Reuters reported …, citing", "the Post put the toll at 40, citing". */
const REPORTING_LEMMAS = new Set([...SPEECH_CUES, 'report', 'put', 'according to', 'estimate', 'state', 'claim', 'quote', 'note', 'announce', 'confirm', 'publish', 'broadcast', 'air']);

/** Words of a reason "citing" gives before a vague noun: "citing concerns from parents", "a shortage of teachers". */
const CITED_NOT_LEADING = new Set(['from', 'of', 'by', 'with', 'among', 'concerns', 'concern', 'objections', 'opposition', 'complaints', 'pressure', 'advice', 'reports', 'accounts', 'shortage', 'lack', 'demands', 'criticism', 'fears']);

/** Negations before a verb: "never cited", "not cite". */
const NEGATIONS = new Set(['not', 'never', "n't", 'no']);

/** Words that end what "citing" names: a clause, or what the cited are cited for. */
const CITED_ENDS = new Set(['that', 'which', 'who', 'and', 'as', 'for', 'on', 'about', 'over', 'because', 'when', 'while', 'after', 'before', 'saying', 'showing', 'finding', 'found', 'shows', 'estimating', 'suggesting']);

/** The source named after "citing" / "cited": its first source noun decides what kind it is. */
function citedSource(tokens: Token[], i: number, to: number, inQuote: (o: number) => boolean, lexicon: AttributionLexicon): SourceMention | null {
  const cue = tokens[i];
  // "The plant has been cited twice for exceeding limits": the one cited is penalised, not a source; "a figure that
  // was cited by the mayor": the agent is.
  if (i > 0 && PASSIVE_AUX.has(tokens[i - 1].lower)) {
    const agent = tokens[i + 1]?.lower === 'by' ? forwardPhrase(tokens, i + 2, to, inQuote) : null;
    return agent ? mention(agent, lexicon, cue.text, cue.start, cue.end, 'cite', true) : null;
  }
  // ("never cited a source", "did not cite a source": no one is cited.)
  if (i - 1 >= 0 && (NEGATIONS.has(tokens[i - 1].lower) || (i - 2 >= 0 && NEGATIONS.has(tokens[i - 2].lower) && tokens[i - 1].kind === 'word' && /^(?:ever|once|even|yet)$/.test(tokens[i - 1].lower)))) return null;
  let e = i + 1;
  // (The cited run on with where they are, "sources close to the investigation", "sources within the ministry", past
  // the stops of an abbreviation, "two U.S. officials"; not with what they are cited for: "cited anonymous sources for
  // the figure of 40 deaths".)
  const word = (k: number): boolean => tokens[k].kind === 'word' || tokens[k].kind === 'number' || (tokens[k].text === '.' && k > i + 1 && /^[A-Z](?:\.[A-Z])*$/.test(tokens[k - 1].text) && k + 1 < to && tokens[k + 1].kind === 'word');
  while (e < to && e - i <= 8 && word(e) && !inQuote(tokens[e].start) && !CITED_ENDS.has(tokens[e].lower)) e++;
  // ("cited in media reports": where the cited stand.)
  const lead = e > i + 2 && (tokens[i + 1].lower === 'in' || tokens[i + 1].lower === 'by') ? 1 : 0;
  const words = tokens.slice(i + 1 + lead, e);
  const head = words.findIndex((w) => VAGUE_NOUNS.has(w.lower) || ALWAYS_VAGUE_NOUNS.has(w.lower) || DOCUMENT_NOUNS.has(w.lower) || ORG_NOUNS.has(w.lower) || ROLE_NOUNS.has(w.lower));
  if (head < 0) return null;
  // "…, citing anonymous sources": an aside that names those behind a report, who are vague; any other cited ("resigned,
  // citing the ongoing investigation", "citing the court's ruling", "citing police") is a reason or is left to the
  // report's own verb.
  if (cue.lower === CITING && !(VAGUE_NOUNS.has(words[head].lower) || ALWAYS_VAGUE_NOUNS.has(words[head].lower))) return null;
  // (The cited are the phrase's own head, not what a reason comes from: "citing concerns from parents", "citing
  // doctors' advice".)
  if (cue.lower === CITING && (words.slice(0, head).some((w) => w.kind === 'word' && !w.capitalized && CITED_NOT_LEADING.has(w.lower)) || tokens[i + 2 + lead + head]?.text === "'" || tokens[i + 2 + lead + head]?.text === '\u2019')) return null;
  const phrase = { words: words.slice(0, head + 1), start: words[0].start, end: words[head].end };
  const m = mention(phrase, lexicon, cue.text, cue.start, cue.end, 'cite', true);
  m.end = words[words.length - 1].end;
  m.phraseEnd = Math.max(m.phraseEnd, m.end);
  m.text = tokensText(tokens, i + 1 + lead, e - 1);
  return m;
}

const TIME_WORDS = new Set([...WEEKDAYS, 'today', 'yesterday', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year']);
const TIME_LEADS = new Set(['on', 'in', 'at', 'last', 'this', 'next', 'late', 'early', 'earlier', 'later', 'during', 'overnight', 'by']);

/**
 * The index before a time phrase that ends at k ("on Saturday", "late Tuesday", "last week", "on Jan. 5",
 * "in March"), or k when none ends there: a weekday is never the source.
 */
function beforeTimePhrase(tokens: Token[], k: number, from: number): number {
  // "She has in recent weeks said", "he has in the past described": a span of time between auxiliary and verb.
  const span = spanOfTime(tokens, k, from);
  if (span !== k) return span;
  let p = k;
  if (p >= from && UP_TO_TWO_DIGITS.test(tokens[p].text) && p - 1 >= from && (MONTHS.has(tokens[p - 1].lower) || tokens[p - 1].text === '.')) p--;
  if (p >= from && tokens[p].text === '.' && p - 1 >= from && MONTHS.has(`${tokens[p - 1].lower}.`)) p--;
  // ("A review commissioned by the gallery in 2021 found", "An analysis conducted in 2017 estimates": a year after "in",
  // in a document's phrase; not "told Reuters automakers and battery firms in 2022 announced", a clause inside.)
  if (p - 2 >= from && tokens[p].kind === 'number' && YEAR.test(tokens[p].text) && tokens[p - 1].lower === 'in' && tokens[p - 2].kind === 'word') {
    for (let d = p - 2; d >= from && p - d <= 7; d--) {
      const t = tokens[d];
      if (t.kind !== 'word') break;
      // (Past the participle that describes the document: "An analysis conducted", read from the document.)
      if (DOCUMENT_NOUNS.has(t.lower) && !t.capitalized) return d === p - 3 && PARTICIPLE_ENDING.test(tokens[p - 2].lower) ? d : p - 2;
    }
  }
  if (p < from || !timeWord(tokens[p])) return k;
  p--;
  while (p >= from && (TIME_LEADS.has(tokens[p].lower) || TIME_WORDS.has(tokens[p].lower))) p--;
  // "the budget request for next year said": a time that is a preposition's object belongs to the subject's phrase.
  if (p >= from && (tokens[p].lower === 'for' || tokens[p].lower === 'of')) return k;
  // The time phrase must follow a subject, not open the clause ("On Saturday, police said" keeps its comma).
  // "One activist, Nur Khan Liton, on Sunday told": the appositive's closing comma is dropped before the time.
  // "Sen. Bernie Sanders (I-Vt.) on Saturday criticized": a party and state in brackets before the time.
  return p >= from && (tokens[p].kind === 'word' || tokens[p].text === ')' || (tokens[p].text === ',' && p - 1 >= from && tokens[p - 1].kind === 'word')) ? p : k;
}

/** Plural units of time and "past", closing a span of time: "in recent weeks", "in the past", "for years". */
const TIME_SPANS = new Set(['days', 'weeks', 'months', 'years', 'decades', 'past', 'decade']);
/** Words that lead such a span after its preposition. */
const SPAN_LEADS = new Set(['the', 'recent', 'past', 'coming', 'few', 'several', 'many', 'last']);

/**
 * The index of the auxiliary before a span of time that ends at k, between it and the cue ("has in recent weeks said",
 * "have for years argued", "had in the past described"), or k when none ends there.
 */
function spanOfTime(tokens: Token[], k: number, from: number): number {
  if (k < from || !TIME_SPANS.has(tokens[k].lower)) return k;
  let p = k - 1;
  while (p >= from && k - p <= 3 && SPAN_LEADS.has(tokens[p].lower)) p--;
  if (p < from + 1 || (tokens[p].lower !== 'in' && tokens[p].lower !== 'for' && tokens[p].lower !== 'over')) return k;
  return /^(?:has|have|had)$/.test(tokens[p - 1].lower) ? p - 1 : k;
}

/**
 * Does the clause of "who" at `who`, ending at `to`, only say what they are ("who is chairman of Our Principles Pac",
 * "who was a former aide to the mayor"), with no verb of its own past the "is"?
 */
function whoIsOnly(tokens: Token[], who: number, to: number): boolean {
  const be = tokens[who + 1]?.lower;
  if ((be !== 'is' && be !== 'was' && be !== 'are' && be !== 'were') || to - who > 10) return false;
  for (let k = who + 2; k <= to; k++) if (tokens[k].kind !== 'word' || CLAUSE_BREAKS.has(tokens[k].lower) || tokens[k].lower.endsWith('ed')) return false;
  return true;
}

/** "who" with an auxiliary run in: "who've", "who'd", "who'll", "who's". */
const WHO_CONTRACTED = /^who['\u2019](?:ve|d|ll|s)$/;

/**
 * The index of the noun a restrictive relative clause ending at k hangs on ("A nurse who was on duty that night
 * said", "Residents who live near the plant say"), or k when none ends there.
 */
function beforeRelativeClause(tokens: Token[], k: number, from: number): number {
  // "her campaign's leadership, who, on a press call Friday, criticized": the pronoun itself before an aside.
  if (k - 1 > from && (tokens[k].lower === 'who' || tokens[k].lower === 'which') && tokens[k + 1]?.text === ',') return tokens[k - 1].text === ',' ? k - 2 : k - 1;
  // A clause that gives a source's anonymity and its reason may run longer: "A senior official who asked not to be
  // identified because he was not authorized to speak publicly said".
  let anonymity = false;
  for (let p = k; p > from && k - p < 25; p--) {
    const t = tokens[p];
    if (t.kind === 'punct' || QUOTE_MARKS.has(t.text)) return k;
    anonymity ||= ANONYMITY_REASON_WORDS.has(t.lower);
    if (k - p >= 12 && !anonymity) return k;
    // ("the superdelegates who've already said": the pronoun with its auxiliary run in.)
    // ("The two members that abstained said": "that" after people's noun, as "who".)
    // ("A company that makes buses said", "A Newcastle brewery that wants to trade until 2am has told": or after one
    // noun after "a" or "an", or a body's after "the".)
    if ((t.lower === 'who' && p < k) || (!t.capitalized && WHO_CONTRACTED.test(t.lower)) || (t.lower === 'that' && p < k && p - 1 >= from && tokens[p - 1].kind === 'word' && !tokens[p - 1].capitalized && ((PLURAL_IN_S.test(tokens[p - 1].lower) && ROLE_NOUNS.has(withoutFinalS(tokens[p - 1].lower))) || relativeOfBody(tokens, p - 1, from)))) {
      // "The brothers who police say stole …": 'who' is the object of a clause with its own subject.
      const next = tokens[p + 1];
      // ("a trend that the foundation predicts will continue": so is "that" before a subject's article.)
      if (next.capitalized || PRONOUNS.has(next.lower) || ROLE_NOUNS.has(next.lower) || ORG_NOUNS.has(next.lower) || VAGUE_NOUNS.has(next.lower) || next.lower === 'police' || (t.lower === 'that' && DETERMINERS.has(next.lower))) return k;
      const head = tokens[p - 1];
      // "Katie Packer, who is chairman of Our Principles Pac said": a clause set off after a name or a role that the
      // draft forgot to close hangs on them.
      // (A clause that only says what they are, "who is …": not one with a verb of its own, "Deja Stewart, who forced
      // me to confront … when she called him".)
      // (Or any clause of "who" closed by a comma before another aside: "Staff Sergeant Olena Kovalenko of the Port
      // Calloway Police Service, who led the investigation, known internally as Project Tidewater, said".)
      if (head.text === ',' && p - 2 >= from && tokens[p - 2].kind === 'word' && (tokens[p - 2].capitalized || ROLE_NOUNS.has(tokens[p - 2].lower)) && (whoIsOnly(tokens, p, k) || (t.lower === 'who' && tokens[k + 1]?.text === ','))) return p - 2;
      const nounish = head.kind === 'word' && (head.capitalized || ROLE_NOUNS.has(head.lower) || VAGUE_NOUNS.has(head.lower) || ROLE_NOUNS.has(withoutFinalS(head.lower)) || /[a-z]s$/.test(head.lower) || PLURALS_WITHOUT_S.has(head.lower) || afterArticle(tokens, p - 1, from));
      return nounish ? p - 1 : k;
    }
  }
  return k;
}

/**
 * Is the word at k one noun right after "a" or "an" ("A company", "A Newcastle brewery"), or a body's noun after
 * "the" ("The group"), that a "that" clause may describe?
 */
function relativeOfBody(tokens: Token[], k: number, from: number): boolean {
  const noun = tokens[k];
  let a = k - 1;
  if (a > from && tokens[a].capitalized && tokens[a].kind === 'word' && !INDEFINITE_ARTICLES.has(tokens[a].lower) && tokens[a].lower !== 'the') a--;
  if (a < from) return false;
  if (tokens[a].lower === 'the') return ORG_NOUNS.has(noun.lower);
  return INDEFINITE_ARTICLES.has(tokens[a].lower) && !NOT_DESCRIBED_NOUNS.has(noun.lower);
}
/** Nouns a "that" clause completes rather than describes ("the fact that", "a sign that"). */
const NOT_DESCRIBED_NOUNS = new Set(['fact', 'sign', 'idea', 'notion', 'claim', 'belief', 'hope', 'fear', 'warning', 'promise', 'chance', 'risk', 'suggestion', 'view', 'feeling', 'sense', 'way', 'time', 'point', 'day', 'year', 'lot']);

/** Last words of a country's name: "the United States and European Union" are two. */
const STATE_NAME_ENDS = new Set(['States', 'Kingdom', 'Nations', 'Emirates', 'Republic', 'Islands', 'Arabia', 'Korea', 'Africa', 'Zealand']);

/** A body's word in capitals ("Service", "Council"). */
function bodyWord(t: Token): boolean {
  return t.kind === 'word' && t.capitalized && ORG_NAME_WORDS.has(t.text);
}

/**
 * Is the "and" at `and` inside a body's name whose last word (a body's word) stands at `last`: capitalised words
 * before it, none a body's word or an acronym, opened by "the" ("the Food and Drug Administration"), or opening a
 * clause or a preposition's object with two capitals or more after the "and" ("Devon and Cornwall Police said", "of
 * Cumbria Fire and Rescue Service"; "Obama and Congress" are two)? A given name before the "and" may be a place's only
 * alone and without "the" ("Devon and Cornwall Police").
 */
function andInBodyName(tokens: Token[], and: number, from: number, last: number): boolean {
  if (last < 0) return false;
  let k = and - 1;
  let given = false;
  while (k >= from && and - k <= 3 && tokens[k].kind === 'word' && tokens[k].capitalized && tokens[k].lower !== 'the') {
    const w = tokens[k].text;
    if (ORG_NAME_WORDS.has(w) || STATE_NAME_ENDS.has(w) || (w.length > 1 && w === w.toUpperCase())) return false;
    given ||= isGivenName(w);
    k--;
  }
  if (k === and - 1) return false;
  if (k >= from && tokens[k].lower === 'the') return !given;
  if (given && k !== and - 2) return false;
  return last - and >= 2 && (k < from || tokens[k].kind === 'punct' || !tokens[k].capitalized);
}

/**
 * How many words of a field of public business ("Environment", "Fire", "Energy"; in two, "Local Government", "Social
 * Care") or of the first word of a place named in two ("Newfoundland and Labrador") stand alone before the "and" at
 * `and`, opening the phrase or after "the"; 0 if none do.
 */
function fieldBeforeAnd(tokens: Token[], and: number, from: number): number {
  const w = tokens[and - 1];
  const pair = TWO_PART_PLACES.get(w.text);
  const size = BODY_FIELDS.has(w.text) || (pair !== undefined && tokens[and + 1]?.text === pair) ? 1 : and - 2 >= from && TWO_WORD_FIELDS.get(w.text)?.has(tokens[and - 2].text) ? 2 : 0;
  if (size === 0) return 0;
  const before = tokens[and - 1 - size];
  // (A country's initials may stand before it: "U.S. Customs and Border Protection".)
  return and - 1 - size < from || before.lower === 'the' || before.kind !== 'word' || !before.capitalized || countryInitials(before) ? size : 0;
}
/**
 * Capitals that a field of public business or the first of a place named in two opens before "and", with no given
 * name among them: "Environment and Climate Change Canada", "the Energy and Water Ombudsman".
 */
function fieldOpensBody(words: Token[]): boolean {
  // (Past "the", or a country's initials: "U.S. Customs and Border Protection".)
  const first = words[0]?.lower === 'the' ? 1 : words[0] !== undefined && countryInitials(words[0]) ? (words[1]?.text === '.' ? 2 : 1) : 0;
  const and = words[first + 1]?.lower === 'and' ? first + 1 : first + 2;
  if (words.length - and < 2 || words[and]?.lower !== 'and' || fieldBeforeAnd(words, and, 0) !== and - first) return false;
  for (let k = and + 1; k < words.length; k++) {
    const w = words[k];
    // (With "of", "for" or "the" inside it: "the Energy and Water Ombudsman of New South Wales".)
    if (!w.capitalized && k < words.length - 1 && NAME_JOINERS.has(w.lower)) continue;
    if (w.kind !== 'word' || !w.capitalized || isGivenName(w.text)) return false;
  }
  return true;
}
/** A country's or union's initials, with or without their last full stop ("U.S.", "UK", "EU"). */
function countryInitials(t: Token): boolean {
  return COUNTRY_OR_UNION.test(t.text.replace(FINAL_STOP, ''));
}
const FINAL_STOP = /\.$/;
const NAME_JOINERS = new Set(['of', 'for', 'on', 'the']);
/** Fields of public business that open a body's name before an "and" ("Fisheries and Oceans Canada"). */
const BODY_FIELDS = new Set(['Environment', 'Environmental', 'Fire', 'Energy', 'Health', 'Fisheries', 'Immigration', 'Science', 'Trade', 'Water', 'Food', 'Culture', 'Media', 'Transport', 'Education', 'Employment', 'Housing', 'Agriculture', 'Forestry', 'Mining', 'Innovation', 'Industry', 'Tourism', 'Sport', 'Arts', 'Heritage', 'Safety', 'Finance', 'Infrastructure', 'Communications', 'Marine', 'Parks', 'Wildlife', 'Land', 'Lands', 'Planning', 'Research', 'Standards', 'Skills', 'Welfare', 'Veterans', 'Maritime', 'Aviation', 'Gas', 'Electricity', 'Power', 'Oil', 'Climate', 'Customs', 'Border', 'Police', 'Crime', 'Rescue', 'Emergency', 'Legal', 'Social', 'Public']);
/** Fields of public business in two words, by their last word: "Local Government", "Social Care", "Public Health". */
const TWO_WORD_FIELDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['Government', new Set(['Local'])], ['Care', new Set(['Social', 'Health'])], ['Health', new Set(['Public', 'Mental'])],
  ['Aviation', new Set(['Civil'])], ['Resources', new Set(['Natural', 'Water'])], ['Safety', new Set(['Public', 'Food', 'Road'])],
  ['Affairs', new Set(['Home', 'Foreign', 'Rural', 'Consumer', 'Veterans', 'Indigenous'])], ['Security', new Set(['Homeland', 'National', 'Social'])],
  ['Development', new Set(['Economic', 'Rural', 'Urban', 'International', 'Community'])],
]);
/** Places named in two, by their first word and the word after "and". */
const TWO_PART_PLACES: ReadonlyMap<string, string> = new Map([['Newfoundland', 'Labrador'], ['Trinidad', 'Tobago'], ['Bosnia', 'Herzegovina'], ['Antigua', 'Barbuda'], ['Turks', 'Caicos'], ['Heard', 'McDonald']]);

/** Is a body's word among the words from a to b? */
function bodyWordAmong(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (bodyWord(tokens[k])) return true;
  return false;
}

/**
 * Where a list of single capitals parted by commas ends at k and opens after "the" ("the Media, Entertainment"), two
 * words or more, none initials or a person's word; the first word's index, or -1.
 */
function wordListAfterThe(tokens: Token[], k: number, from: number): number {
  let j = k;
  let commas = 0;
  while (j - 1 >= from && k - j < 12) {
    const t = tokens[j];
    if (t.kind !== 'word' || !t.capitalized || ALL_CAPITALS.test(t.text) || personsWord(t)) return -1;
    if (tokens[j - 1].text !== ',') break;
    commas++;
    j -= 2;
  }
  return commas > 0 && j - 1 >= from && tokens[j - 1].lower === 'the' ? j : -1;
}

/** Where capitalised words after the "and" at `and` end, when the last is a body's word and none is a person's; or -1. */
/**
 * Do the capitals before the "and" at `and` run back, past "of", "for" and "the" inside them, to the phrase's start
 * at i or to "by" or "from" after it ("WWF" in "a report published on Thursday by WWF and …")?
 */
function nameOpensAt(tokens: Token[], i: number, and: number): boolean {
  let k = and - 1;
  while (k > i && (tokens[k - 1].capitalized || ((tokens[k - 1].lower === 'of' || tokens[k - 1].lower === 'for' || tokens[k - 1].lower === 'the') && k - 2 >= i && tokens[k - 2].capitalized)) && tokens[k - 1].kind === 'word') k--;
  if (tokens[k].lower === 'the' || !tokens[k].capitalized) k++;
  // (Past "the": "by the British Hedgehog Preservation Society and …".)
  const before = k > i ? (tokens[k - 1].lower === 'the' && k - 1 > i ? tokens[k - 2].lower : tokens[k - 1].lower) : '';
  return (k === i || (tokens[i].lower === 'the' && k === i + 1) || before === 'by' || before === 'from') && !isGivenName(tokens[k].text);
}
/**
 * Where a second body's name after the "and" at `and` ends ("… and the Zoological Society of London", "… and ZSL"):
 * capitals, with "of", "for" and "the" inside, that hold a body's word or are one acronym; -1 if none follow.
 */
function secondBodyAfter(tokens: Token[], and: number, to: number): number {
  let k = tokens[and + 1]?.lower === 'the' ? and + 2 : and + 1;
  const start = k;
  let body = false;
  let end = -1;
  while (k < to && k - start < 10) {
    const t = tokens[k];
    if (t.kind === 'word' && t.capitalized && !personsWord(t) && !isGivenName(t.text)) {
      body ||= bodyWord(t) || (k === start && ALL_CAPITALS.test(t.text) && !(tokens[k + 1]?.capitalized ?? false));
      end = k;
      k++;
    } else if ((t.lower === 'of' || t.lower === 'for' || t.lower === 'the') && end >= 0 && tokens[k + 1]?.kind === 'word') k++;
    else break;
  }
  return body ? end : -1;
}
function bodyEndAfterAnd(tokens: Token[], and: number, to: number): number {
  let k = and + 1;
  while (k < to && k - and <= 4 && tokens[k].kind === 'word' && tokens[k].capitalized) {
    // ("the Prisons and Probation Ombudsman": a body's word that is a role's too ends the name when no capital follows.)
    if (personsWord(tokens[k])) {
      if (bodyWord(tokens[k]) && !(tokens[k + 1]?.kind === 'word' && tokens[k + 1].capitalized)) k++;
      break;
    }
    k++;
  }
  return k > and + 1 && bodyWord(tokens[k - 1]) ? k - 1 : -1;
}

/** Is a body's word among the capitals from a? */
function bodyAmongCapitals(tokens: Token[], a: number): boolean {
  for (let k = a; k < tokens.length && tokens[k].kind === 'word' && tokens[k].capitalized; k++) if (bodyWord(tokens[k])) return true;
  return false;
}

/**
 * Do capitals and commas alone run back from the comma at `at` to "the" ("the Construction, Forestry, Maritime,")? None
 * a given name, a title, a body's word or initials.
 */
function listAfterThe(tokens: Token[], at: number, from: number): boolean {
  for (let j = at - 1; j >= from && at - j < 12; j--) {
    const t = tokens[j];
    if (t.lower === 'the') return j < at - 1;
    if (t.text === ',') continue;
    if (t.kind !== 'word' || !t.capitalized || ALL_CAPITALS.test(t.text) || bodyWord(t) || personsWord(t)) return false;
  }
  return false;
}

/** A title, its letters after a name used before one ("MEP", "MP"), or a nationality in capitals ("Dutch", "Polish"). */
function titleOrNationality(t: Token): boolean {
  return t.kind === 'word' && t.capitalized && (NAME_TITLES.has(t.text) || POST_NOMINALS.has(t.text) || NATIONALITY_SUFFIX.test(t.lower));
}

/** Words of a style of address before a title and a name ("the Rt Rev", "the Right Honourable", "Her Honour Judge"). */
const STYLE_WORDS = new Set(['Rt', 'Right', 'Hon', 'Honourable', 'Honorable', 'Very', 'Most', 'Venerable', 'Revd', 'Honour', 'Honor', 'Worship', 'Excellency']);

/** Does a given name or a person's title at k lead a capital after it, opening a person's name ("Jane Smith")? */
function leadsPersonsName(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return (isGivenName(t.text) || (NAME_TITLES.has(t.text) && !BODY_WORD_TITLES.has(t.text))) && tokens[k + 1]?.kind === 'word' && tokens[k + 1].capitalized;
}

/** Is there an "and" among tokens[a, b]? */
function andBetween(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (tokens[k].lower === 'and') return true;
  return false;
}

/**
 * Where a list of capitals that goes on from the comma or "and" at `at` ends (past its last capital): capitals and
 * commas, then "and", "the" or not, and capitals, with "of" between them ("Cornwall and the Isles of Scilly"); none a
 * person's title, a given name before a capital or a body's initials. Or -1.
 */
function listEndAhead(tokens: Token[], at: number, to: number): number {
  let and = tokens[at].lower === 'and';
  let k = at + 1;
  for (; k < to && k - at < 16; k++) {
    const t = tokens[k];
    if (t.text === ',' && !and) continue;
    if (t.lower === 'and' && !and) {
      and = true;
      if (tokens[k + 1]?.lower === 'the') k++;
      continue;
    }
    if (t.lower === 'of' && and && tokens[k - 1].capitalized && tokens[k + 1]?.capitalized === true) continue;
    if (t.kind !== 'word' || !t.capitalized || ALL_CAPITALS.test(t.text)) break;
    if (leadsPersonsName(tokens, k)) return -1;
  }
  return and && tokens[k - 1].capitalized && tokens[k - 1].kind === 'word' ? k : -1;
}

/**
 * Where the body's word stands whose "of" or "for" opens a list of capitals that holds the comma, "and" or "the" at
 * `at` ("the Department for Culture, Media and Sport", "the National Union of Rail, Maritime and Transport Workers",
 * "the Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"); or -1. Read back over
 * capitals, commas, "and" and "the", and past capitals that are not a body's before an "of" or a "for" ("Police and
 * Crime Commissioner for Devon"); no person's title or full name among them.
 */
function listOpener(tokens: Token[], at: number, from: number): number {
  for (let j = at; j - 1 >= from && at - j < 16; j--) {
    const t = tokens[j];
    if (t.text === ',' || t.lower === 'and' || t.lower === 'the') continue;
    if (t.lower === 'of' || t.lower === 'for') {
      const before = tokens[j - 1];
      if (bodyWord(before)) return j - 1;
      if (before.kind === 'word' && before.capitalized) continue;
      return -1;
    }
    // (Not a list of bodies by their initials: "the Department of the Interior, USDA, and DOD".)
    if (t.kind !== 'word' || !t.capitalized || ALL_CAPITALS.test(t.text)) return -1;
    // (A given name alone is a place in a list, "Devon, Cornwall", and a title before "for" an office, "Commissioner for
    // Devon"; before a capital they open a person's name.)
    if (leadsPersonsName(tokens, j)) return -1;
  }
  return -1;
}

/** Do the words of a phrase from i before the "and" at `and` name a body: a body's word, or capitals with "of" or "for"? */
function bodyBeforeAnd(tokens: Token[], i: number, and: number): boolean {
  for (let k = and - 1; k >= i; k--) {
    const t = tokens[k];
    if (bodyWord(t)) return true;
    if ((t.lower === 'of' || t.lower === 'for') && k - 1 >= i && tokens[k - 1].capitalized) return true;
    if (!t.capitalized && t.lower !== 'the') return false;
  }
  return false;
}

/**
 * Do the capitals after the "and" at `and` end a body's name before `limit` (the phrase's length), with no given name or
 * title among them ("… Office of Science and Technology Policy Director Michael Kratsios" goes on to a person)?
 */
function bodyAfterAnd(tokens: Token[], and: number, to: number, limit: number): boolean {
  let k = and + 1;
  while (k < to && tokens[k].kind === 'word' && tokens[k].capitalized) {
    if (personsWord(tokens[k])) return false;
    k++;
  }
  return k > and + 1 && k <= limit;
}

/**
 * Do capitalised words ending at k follow "of" or "for" after a body's word ("Centers for Disease Control", "Department
 * of Health")? Not a person's name ("Secretaries of Defense Leon Panetta and Chuck Hagel"), nor a body that is not of
 * that kind ("TravelCenters of America and Electrify America": two bodies).
 */
function nameOfOrFor(tokens: Token[], k: number, from: number): boolean {
  for (let p = k; p - 1 >= from && k - p <= 4; p--) {
    const t = tokens[p];
    if (t.lower === 'of' || t.lower === 'for' || t.lower === 'on') {
      const body = tokens[p - 1];
      if (!body.capitalized || body.kind !== 'word') return false;
      if (ORG_NAME_WORDS.has(body.text) || ORG_NAME_WORDS.has(withoutFinalS(body.text))) return true;
      // ("the Reviewing Committee on the Export of Works of Art and Objects of Cultural Interest": capitals that hang
      // on a body's word through more than one "of".)
      return p - 1 > from && hangsOnBody(tokens, p - 2, from);
    }
    if (!t.capitalized || t.kind !== 'word' || isGivenName(t.text)) return false;
  }
  return false;
}

/**
 * Whether the capital at k is a body's word or hangs on one through "of", "for", "on" and "the" ("Experts" in "the
 * Panel of Experts", "Cruelty" in "the Society for the Prevention of Cruelty"), within a few words and past no given
 * name.
 */
function hangsOnBody(tokens: Token[], k: number, from: number): boolean {
  return prepositionsToBody(tokens, k, from) >= 0;
}
/**
 * How many "of" and "for" stand between the capital at k and the body's word it hangs on, read back (two in "the
 * Society for the Prevention of Cruelty", one in "the Department of Health"); -1 if it hangs on none.
 */
function prepositionsToBody(tokens: Token[], k: number, from: number): number {
  let n = 0;
  for (let p = k; p >= from && k - p <= 8; p--) {
    const t = tokens[p];
    if (t.capitalized && t.kind === 'word') {
      if (ORG_NAME_WORDS.has(t.text) || ORG_NAME_WORDS.has(withoutFinalS(t.text))) return n;
      if (isGivenName(t.text)) return -1;
    } else if (t.lower === 'of' || t.lower === 'for') n++;
    else if (t.lower !== 'the' && t.lower !== 'on') return -1;
  }
  return -1;
}

/** People a poll asks: "economists", "adults", "voters", "respondents". */
function polledPeople(t: Token): boolean {
  const l = t.lower;
  return t.kind === 'word' && (VAGUE_NOUNS.has(l) || PEOPLE_PLURALS.has(l) || (l.endsWith('s') && ROLE_NOUNS.has(withoutFinalS(l))) || /^(?:people|adults|respondents|americans|consumers|households|businesses|firms|companies|investors|traders|managers|executives|economists|forecasters)$/.test(l));
}

/** A compound modifier that opens with a count: "three-member", "40-acre", "two-year". */
function countCompound(t: Token): boolean {
  const dash = t.lower.indexOf('-');
  if (dash <= 0 || t.capitalized || t.lower.endsWith('s')) return false;
  const count = t.lower.slice(0, dash);
  return /^\d+(?:\.\d+)?$/.test(count) || NUMBER_WORDS.has(count);
}

/** Particles that make "put" a phrasal verb of its own: "put off", "put forward", "put up" (not "put out", which issues). */
const PUT_PARTICLES = new Set(['off', 'forward', 'up', 'on', 'down', 'together', 'aside', 'back', 'through', 'away', 'in']);
/** Where "put it" or "put them" places a thing: "on a shelf", "into storage", "up for sale". */
const PLACING_AFTER_PUT = new Set([...PUT_PARTICLES, 'into', 'onto', 'under', 'beside', 'inside', 'behind', 'near', 'out', 'outside', 'above', 'below', 'between', 'among', 'next']);

/** Last words of bodies' names that title people when they come first ("Cordelia Health"; "Health Minister …"). */
const BODY_ENDINGS = new Set(['Health', 'Healthcare']);

/** Nouns of a person's post that a cue's base form may qualify ("project manager", "survey coordinator"). */
const POST_NOUNS = new Set(['manager', 'director', 'coordinator', 'leader', 'lead', 'officer', 'engineer', 'supervisor', 'author', 'editor', 'writer', 'analyst', 'administrator']);

/** Words for one body of a set named before, or a rival of one, before a body's name in apposition. */
const BODY_OF_SET = new Set(['one', 'another', 'rival', 'rivals', 'competitor', 'competitors']);
/**
 * Words of whoever owns, runs or supplies something, a body as often as a person ("its owner", "the operator", "The
 * supplier, Northgate Vision Systems,").
 */
const RUNNING_ROLES = new Set(['owner', 'owners', 'parent', 'operator', 'operators', 'developer', 'manufacturer', 'maker', 'publisher', 'employer', 'landlord', 'insurer', 'buyer', 'seller', 'sponsor', 'contractor', 'supplier', 'provider', 'distributor', 'retailer', 'vendor', 'builder', 'producer', 'promoter', 'promoters', 'organiser', 'organisers', 'organizer', 'organizers', 'franchisor', 'lessor', 'carrier', 'broker']);

/** Is tokens[k] an apostrophe written against a word in -s before it ("Students' union")? */
export function pluralsApostrophe(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return k > 0 && (t.text === "'" || t.text === '\u2019') && t.start === tokens[k - 1].end && tokens[k - 1].lower.endsWith('s');
}

/**
 * Is words[k] a plural's apostrophe inside a name, between a capitalised word in -s it closes and another capital
 * ("the Westhaven Nurses' Federation", "the National Farmers' Union")?
 */
function pluralApostropheInName(words: Token[], k: number): boolean {
  if (k + 1 >= words.length || !pluralsApostrophe(words, k)) return false;
  const before = words[k - 1];
  return before.kind === 'word' && before.capitalized && FINAL_S_WORD.test(before.text) && words[k + 1].capitalized;
}

/**
 * The word before the comma at `open` that may name a kind of body, or the noun of a body that a participle's short
 * phrase describes there ("A trade group representing chemical manufacturers, …").
 */
function orgNounBefore(tokens: Token[], open: number, from: number): number {
  if (open - 1 < from || ORG_NOUNS.has(tokens[open - 1].lower) || RUNNING_ROLES.has(tokens[open - 1].lower)) return open - 1;
  for (let p = open - 3; p >= from && open - p <= 6; p--) {
    if (tokens[p + 1].kind === 'punct') break;
    if (!tokens[p].capitalized && ORG_NOUNS.has(tokens[p].lower) && tokens[p + 1].kind === 'word' && /[a-z]ing$/.test(tokens[p + 1].lower)) return p;
  }
  return open - 1;
}

/**
 * A clause right after a source's phrase (before `limit`) that keeps the source's name back: ", who spoke on
 * condition of anonymity,", "who asked not to be named", "who would not give his name", "speaking privately".
 */
function anonymousAfter(tokens: Token[], end: number, limit: number): boolean {
  let k = tokenAtOrAfter(tokens, end);
  if (k < 0) return false;
  if (tokens[k].text === ',') k++;
  // Past where the person was: "said a farmer at the gate who would not give his name".
  if (k < limit && PLACE_AFTER.has(tokens[k].lower)) {
    let w = k + 1;
    while (w < limit && w - k <= 5 && tokens[w].kind === 'word' && tokens[w].lower !== 'who') w++;
    if (tokens[w]?.lower === 'who') k = w;
  }
  const opener = tokens[k]?.lower;
  if (k >= limit || (opener !== 'who' && opener !== 'speaking')) return false;
  let words = '';
  for (let n = 0; k < limit && n < 14; k++, n++) {
    const t = tokens[k];
    if (t.kind === 'punct' && t.text !== "'" && t.text !== '\u2019') break;
    words += t.kind === 'punct' ? "'" : ` ${t.lower}`;
  }
  return ANONYMOUS_CLAUSE.test(words.replace(/ ?'/g, "'"));
}

/** Prepositions of where an unnamed person was, between the person and the clause (see anonymousAfter). */
const PLACE_AFTER = new Set(['at', 'in', 'on', 'outside', 'near', 'from', 'with', 'behind', 'inside']);

/** The clauses anonymousAfter reads, as words in lower case joined by spaces (apostrophes closed up). */
const ANONYMOUS_CLAUSE = new RegExp(
  [
    String.raw`^ who (?:spoke|talked) (?:on|under) (?:the )?condition of anonymity`,
    String.raw`^ who (?:declined|did not want|didn't want|would not agree|refused) to be (?:named|identified)(?:$| because| for)`,
    String.raw`^ who (?:asked|requested|wished|preferred) not to be (?:named|identified)(?:$| because| for)`,
    String.raw`^ who (?:asked for|requested|was granted|were granted) anonymity`,
    String.raw`^ who (?:would not|wouldn't|did not|didn't|declined to|refused to) (?:give|provide|share) (?:his|her|their) (?:full |last )?names?(?:$| because)`,
    String.raw`^ who (?:is|was|are|were) not authori[sz]ed to (?:speak|comment|discuss|talk)`,
    String.raw`^ speaking (?:anonymously|on (?:the )?condition of anonymity)`,
    // (Not "speaking privately to donors": how a named source spoke.)
    String.raw`^ speaking privately$`,
  ].join('|'),
);

/** Words of a clause that keeps a source anonymous and gives why ("who asked not to be identified", "not authorized"). */
const ANONYMITY_REASON_WORDS = new Set([...ANONYMITY_WORDS, 'authorized', 'authorised']);

/** A noun that an article opens a phrase for, within three words before it: "A road crew supervisor who …". */
function afterArticle(tokens: Token[], head: number, from: number): boolean {
  const h = tokens[head];
  if (h.capitalized || VERB_ENDINGS.test(h.lower) || NOT_SOURCE.has(h.lower)) return false;
  for (let p = head - 1; p >= from && head - p <= 3; p--) {
    const t = tokens[p];
    if (t.kind !== 'word') return false;
    // The article opens the clause ("A road crew supervisor who …"), not an object: "for an individual who has …",
    // "A nurse treating the woman who was rescued said".
    // ("One banker who spoke on condition of anonymity said": "one" opening the clause as an article.)
    if (t.lower === 'a' || t.lower === 'an' || t.lower === 'the' || (t.lower === 'one' && p === from)) return p - 1 < from || tokens[p - 1].text === ',' || SUBJECT_OPENERS.has(tokens[p - 1].lower);
    if (NOT_SOURCE.has(t.lower) || CUE_FORMS.has(t.lower)) return false;
  }
  return false;
}

/** Is there a finite auxiliary within `span` tokens from k (a clause's verb)? */
/** Whom a verb of speech can be "added to": "he added to reporters" (or a body named after "the"). */
const ADDED_TO_LISTENERS = new Set(['reporters', 'journalists', 'me', 'us', 'him', 'them']);

/** Does a sum of money claimed open at k, with what it was claimed in or for after it: "£2.3 million in tax relief"? */
function sumClaimed(tokens: Token[], k: number, to: number): boolean {
  if (!CURRENCY_PREFIX.test(tokens[k]?.text ?? '') || tokens[k + 1]?.kind !== 'number') return false;
  let e = k + 2;
  if (e < to && SCALE_WORDS.has(tokens[e].lower)) e++;
  return e < to && SUM_FOR.has(tokens[e].lower) && !finiteVerbWithin(tokens, e, to, 8);
}
const SUM_FOR = new Set(['in', 'of', 'for', 'from', 'back']);

function finiteVerbWithin(tokens: Token[], k: number, to: number, span: number): boolean {
  for (let n = k; n < to && n - k < span; n++) if (FINITE_AUXILIARIES.has(tokens[n].lower)) return true;
  return false;
}

/** Words that describe a noun between its article and it: "the average claim", "the latest estimate". */
const NOUN_DESCRIBERS = new Set(['average', 'typical', 'median', 'mean', 'initial', 'original', 'latest', 'false', 'similar', 'same', 'main', 'total', 'annual', 'previous']);

/** Words that make the word after them a noun (not "that", which may open a clause: "a report that says"). */
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'their', 'our']);

/** Words of a time phrase after a verb, before what the verb takes: "agreed on Monday to buy", "agreed last week to". */
const TIME_AFTER_VERB = new Set([...TIME_WORDS, 'on', 'in', 'last', 'next', 'this', 'late', 'early', 'earlier', 'later']);

/** The index past a time phrase that opens at k (at most four words), or k when none does. */
function afterTimePhrase(tokens: Token[], k: number, to: number): number {
  let n = k;
  while (n < to && n - k < 4 && (TIME_AFTER_VERB.has(tokens[n].lower) || MONTHS.has(tokens[n].lower))) n++;
  // (Only a phrase that names a time: "on Monday", "last week", not "on" alone.)
  return n > k && (TIME_WORDS.has(tokens[n - 1].lower) || MONTHS.has(tokens[n - 1].lower)) ? n : k;
}

/** Words that open a clause of their own inside a phrase read backwards from a cue. */
const CLAUSE_BREAKS = new Set(['when', 'while', 'after', 'before', 'as', 'who', 'which', 'that', 'and', 'but', 'or', 'because', 'if', 'where', 'since', 'until']);
/** Participles of speaking that describe how a source spoke ("speaking on condition of anonymity"). */
const SPEAKING_PARTICIPLES = new Set(['speaking', 'talking', 'writing', 'commenting', 'responding', 'appearing', 'testifying']);

/**
 * The index before a phrase of speaking that ends at k and stands between a subject and its cue ("A spokesman
 * speaking on condition of anonymity said", "Another source speaking to Fox News said"), or k when none ends there.
 */
function beforeSpeakingPhrase(tokens: Token[], k: number, from: number): number {
  for (let p = k; p > from && k - p < 10; p--) {
    const t = tokens[p];
    // A pronoun or a clause's opening word is a subject of its own ("talking about … when he told").
    if (t.kind === 'punct' || QUOTE_MARKS.has(t.text) || PRONOUNS.has(t.lower) || CLAUSE_BREAKS.has(t.lower)) return k;
    if (SPEAKING_PARTICIPLES.has(t.lower) && !t.capitalized) return p < k && tokens[p - 1].kind === 'word' ? p - 1 : k;
  }
  return k;
}

/** Where words are said, after "in", "on", "at" or "during" before a cue ("in a statement credited", "on a call said"). */
const MANNER_NOUNS = new Set(['statement', 'statements', 'release', 'letter', 'memo', 'tweet', 'tweets', 'post', 'email', 'message', 'announcement', 'interview', 'interviews', 'speech', 'remarks', 'call', 'conference', 'briefing', 'op-ed', 'video', 'appearance', 'filing']);
const MANNER_PREPOSITIONS = new Set(['in', 'on', 'at', 'during']);
/** Parts of what a document or a speaker said, and what stands for them ("Language in the filing", "Much in the statement"). */
const DOCUMENT_PARTS = new Set(['language', 'detail', 'text', 'footage', 'wording', 'word', 'passage', 'line', 'provision', 'section', 'portion', 'part', 'excerpt', 'evidence', 'information', 'appendix', 'footnote', 'comment', 'quote', 'exhibit', 'slide', 'photo', 'table', 'chart', 'question', 'change', 'page', 'image', 'graphic', 'map', 'much', 'little', 'something', 'everything', 'nothing', 'nobody', 'all', 'each', 'some', 'many', 'most', 'both']);
/** Plain words for people, before where they spoke ("Two people on the call said", "The rest on the call said"). */
const PEOPLE_WORDS = new Set(['people', 'persons', 'others', 'rest', 'participants', 'attendees', 'members', 'investors', 'analysts', 'executives']);

/**
 * The index before a phrase of where words were said that stands between the subject and its cue ("Dottie Deans …
 * and in a statement credited him for "…"", "The governor in a radio interview said", "Jones also in a statement
 * said"), past adverbs and times before it: the one who said them is there, not the statement. Gives k when there is
 * none, or when what stands before it is no one who speaks: a part of the document ("A provision in the filing
 * states", "The numbers in the release show"), a relative clause or a participle ("A source who was on the call
 * said", "The woman shown in the video said"), a quantifier ("Nine of those on the call said") or a place ("Jones in
 * Geneva at a conference said").
 */
function beforeMannerPhrase(tokens: Token[], k: number, from: number): number {
  if (k - 2 < from || tokens[k].kind !== 'word' || tokens[k].capitalized || !MANNER_NOUNS.has(tokens[k].lower)) return k;
  let p = k - 1;
  while (p > from && k - p <= 3 && tokens[p].kind === 'word' && !tokens[p].capitalized && !MANNER_PREPOSITIONS.has(tokens[p].lower)) p--;
  if (p - 1 < from || !MANNER_PREPOSITIONS.has(tokens[p].lower) || tokens[p].capitalized) return k;
  let q = p - 1;
  while (q >= from && cueAdverb(tokens, q, from)) q--;
  q = beforeTimePhrase(tokens, q, from);
  while (q >= from && cueAdverb(tokens, q, from)) q--;
  if (q < from) return k;
  const t = tokens[q];
  // (A capitalised word that opens the sentence names someone unless it is a part of what was said or a document:
  // "Pelosi in a statement", "Walmart in a filing"; not "Language in the filing states", "Figures in the release show".)
  const capitalName = t.kind === 'word' && t.capitalized && !(q - 1 >= from && (OBJECT_PREPOSITIONS.has(tokens[q - 1].lower) || MANNER_PREPOSITIONS.has(tokens[q - 1].lower))) &&
    (q > from || !(DOCUMENT_NOUNS.has(t.lower) || DOCUMENT_PARTS.has(t.lower) || DOCUMENT_PARTS.has(withoutFinalS(t.lower))));
  const speaks =
    t.text === ',' || t.text === ')' || t.lower === 'and' || t.lower === 'but' || SUBJECT_PRONOUNS.has(t.lower) || t.lower === 'it' ||
    (t.kind === 'word' && !t.capitalized && (sourceNoun(t.lower) || PEOPLE_WORDS.has(t.lower))) || capitalName;
  return speaks ? q : k;
}

/**
 * An aside between dashes that ends at k, before a cue: "A former candidate -- John McCain, who lost in 2008 -- said",
 * "Gingrich — mentioned as a running mate — told". Gives the index of the token before the aside, and the aside's
 * opening name when it has one ("John McCain").
 */
function dashAside(tokens: Token[], k: number, from: number): { before: number; name: Phrase | null } | null {
  if (k - 1 < from || !(tokens[k].text === '\u2014' || tokens[k].text === '\u2013' || tokens[k].text === '--')) return null;
  let o = k - 1;
  while (o > from && k - o < 40 && tokens[o].text !== tokens[k].text && tokens[o].text !== ';' && !QUOTE_MARKS.has(tokens[o].text)) o--;
  if (o <= from || tokens[o].text !== tokens[k].text) return null;
  const aside = tokens.slice(o + 1, k);
  let e = 0;
  while (e < aside.length && aside[e].capitalized && aside[e].kind === 'word') e++;
  const named = e >= 2 && e <= 4 && !aside.some((t) => ORG_NAME_WORDS.has(t.text));
  return { before: o - 1, name: named ? { words: aside.slice(0, e), start: aside[0].start, end: aside[e - 1].end } : null };
}

/**
 * The name that opens a clause and is followed by a comma (tokens[from] … before `before`): "Harry Bond, 30, of
 * Raleigh, N.C., who …", also past an adverbial phrase that opens the sentence.
 */
function nameOpeningClause(tokens: Token[], clause: number, before: number): Phrase | null {
  const opening = nameOpening(tokens, clause, before);
  if (opening || clause >= before || !ADVERBIAL_OPENERS.has(tokens[clause].lower)) return opening;
  // "On the other side, Sen. Ted Cruz (R-Tex.), a Republican candidate, tweeted": past an adverbial phrase that opens
  // the sentence, the clause opens with the name.
  let comma = clause + 1;
  while (comma < before && comma - clause <= 6 && tokens[comma].kind === 'word') comma++;
  return comma < before && tokens[comma].text === ',' ? nameOpening(tokens, comma + 1, before) : null;
}

/**
 * "Unison, which represents some drivers employed by the main operator, Redfern Coaches, said": a name set off by
 * commas after a noun in lower case that ends a relative clause renames what the clause speaks of; the subject is the
 * name the clause hangs on, before its comma at the clause's opening. Its phrase, or null.
 */
function subjectBeforeRelative(tokens: Token[], open: number, from: number, inQuote: (o: number) => boolean, lexicon: AttributionLexicon): Phrase | null {
  const noun = tokens[open - 1];
  if (open - 1 < from || noun.kind !== 'word' || noun.capitalized) return null;
  const clause = previousComma(tokens, open - 1, from, inQuote);
  if (clause - 1 < from || !tokens[clause - 1].capitalized || tokens[clause - 1].kind !== 'word') return null;
  // (Not "whose": "the Racing Staff Association, whose regional organiser, Declan Fairbrother, said" names who speaks.)
  const relative = tokens[clause + 1].lower;
  if (relative !== 'which' && relative !== 'who') return null;
  return backwardPhrase(tokens, clause - 1, from, lexicon);
}

/** The name right at a clause's opening, followed by a comma: two to four capitalised words; no cue word in the asides after it. */
function nameOpening(tokens: Token[], clause: number, before: number): Phrase | null {
  // After a quote the clause opens past its closing mark: "“…,” Harry Bond, 30, … said".
  let from = clause;
  for (let q = before - 1; q >= clause; q--) {
    if (QUOTE_MARKS.has(tokens[q].text)) {
      from = q + 1;
      break;
    }
  }
  // "Rosalind's daughter, Danuta Dubois-Reyes, 41, …": a role in apposition before the name; "Dr. Ingrid Achebe-Strand":
  // a title and its full stop.
  from = pastRoleLead(tokens, from, before);
  let titled = false;
  if (from + 2 < before && NAME_TITLES.has(`${tokens[from].text}.`) && tokens[from + 1].text === '.') {
    from += 2;
    titled = true;
  }
  let e = from;
  while (e < before && tokens[e].kind === 'word' && (tokens[e].capitalized || NAME_PARTICLES.has(tokens[e].lower)) && !ORG_NAME_WORDS.has(tokens[e].text)) e++;
  // A given name, a title, or an age in apposition ("Adaeze Okonkwo, 41, a teacher,") says a person is named.
  const aged = /^\d{1,3}$/.test(tokens[e + 1]?.text ?? '') && tokens[e + 2]?.text === ',';
  // "Rep. Elijah Cummings (D-Md.), chair of …,": a party and state in brackets between the name and its comma.
  // ("Councillor Niamh Flood (Fianna Fáil), who …,": or a party's name, up to three capitalised words.)
  const glossEnd = partyGlossEnd(tokens, e, before);
  const comma = glossEnd >= 0 ? glossEnd + 1 : e;
  // (A surname alone with an age, "Banda, 58, a former finance minister, told": the draft named the person before.)
  const surnameAged = e - from === 1 && aged && !SENTENCE_STARTERS.has(tokens[from].text);
  if ((e - from < 2 && !surnameAged) || e - from > 4 || tokens[comma]?.text !== ',' || !(titled || isGivenName(tokens[from].text) || NAME_TITLES.has(tokens[from].text) || aged)) return null;
  for (let k = e; k < before; k++) if (tokens[k].kind === 'word' && !tokens[k].capitalized && CUE_FORMS.has(tokens[k].lower)) return null;
  return { words: tokens.slice(from, e), start: tokens[from].start, end: tokens[e - 1].end };
}

/**
 * Where "(" opens a body's initials in brackets that close at k, after a capitalised word ("The Fair Markets Office
 * (FMO)", "The Small Business Innovation Research (SBIR) Program"), or -1.
 */
function initialsBefore(tokens: Token[], k: number, from: number): number {
  return k - 2 > from && tokens[k].text === ')' && tokens[k - 2].text === '(' && ALL_CAPITALS.test(tokens[k - 1].text) && tokens[k - 3].kind === 'word' && tokens[k - 3].capitalized ? k - 2 : -1;
}

/**
 * The closing bracket of a party in brackets after a name at `open`, its tag ("(D-Md.)") or its name ("(Fianna
 * Fáil)"), or -1.
 */
function partyGlossEnd(tokens: Token[], open: number, before: number): number {
  const tagEnd = partyTagEnd(tokens, open, before);
  return tagEnd >= 0 ? tagEnd : partyNameInBrackets(tokens, open, before);
}

/** The closing bracket of up to three capitalised words in brackets at `open` ("(Fianna Fáil)", "(Labour)"), or -1. */
function partyNameInBrackets(tokens: Token[], open: number, before: number): number {
  if (tokens[open]?.text !== '(') return -1;
  let k = open + 1;
  while (k < before && k - open <= 3 && tokens[k].kind === 'word' && tokens[k].capitalized) k++;
  return k > open + 1 && k < before && tokens[k].text === ')' ? k : -1;
}

/**
 * Past a role set before a name at a clause's start ("Rosalind's daughter,", "Her son,", "The company's founder,"):
 * the index after its comma, or `from` when none stands there. The role ends in a relative's or a role's noun, or
 * picks one out of a group ("One of those affected,").
 */
function pastRoleLead(tokens: Token[], from: number, before: number): number {
  for (let c = from + 1; c < before && c - from <= 4; c++) {
    const t = tokens[c];
    if (t.text === ',') {
      const noun = tokens[c - 1];
      // ("One of those affected, Duncan Okafor, 54, …": or one of a group.)
      const oneOf = c - from >= 3 && (ONE_OF.has(tokens[from].lower) || tokens[from].lower === 'another') && tokens[from + 1].lower === 'of';
      return noun.kind === 'word' && !noun.capitalized && (KIN.has(noun.lower) || ROLE_NOUNS.has(noun.lower) || oneOf) ? c + 1 : from;
    }
    if (t.kind !== 'word') return from;
    // ("Lead plaintiff Con Stavrou, 71, …", "Local councillor Seán Dolan (Fianna Fáil), …": a role with no comma,
    // right before a name an age or a party follows.)
    if (!t.capitalized && ROLE_NOUNS.has(t.lower) && glossedNameAt(tokens, c + 1, before)) return c + 1;
  }
  return from;
}

/**
 * Does a name of two to four capitalised words open at k, then an age set off by commas ("Con Stavrou, 71,") or a
 * party in brackets and a comma ("Seán Dolan (Fianna Fáil),")?
 */
function glossedNameAt(tokens: Token[], k: number, before: number): boolean {
  let e = k;
  while (e < before && e - k < 4 && tokens[e].kind === 'word' && tokens[e].capitalized) e++;
  if (e - k < 2) return false;
  const glossEnd = partyGlossEnd(tokens, e, before);
  if (glossEnd >= 0) return tokens[glossEnd + 1]?.text === ',';
  return tokens[e]?.text === ',' && ageAfterName(tokens, e + 1, k) && tokens[e + 2]?.text === ',';
}

/**
 * "Clinton, speaking in Columbus, Ohio, on Monday, said": the state (and the day) set off after a place belong to the
 * aside that names the place, so the appositive before the cue opens at that aside's comma. `open` is the comma
 * before the last segment, `close` the comma that ends it; `open` itself when no state follows a place there.
 */
function placeAsideStart(tokens: Token[], open: number, close: number, from: number, inQuote: (o: number) => boolean): number {
  if (open <= from) return open;
  // "The British Hospitality Council, which represents about 45,000 pubs, restaurants and cafés, warned": the last
  // items of a list in a relative clause after a name, with no comma before their "and", end the clause; the aside
  // opens at the clause.
  if (listTail(tokens, open + 1, close)) {
    const clause = previousComma(tokens, open - 1, from, inQuote);
    if (clause > from && RELATIVE_OPENERS.has(tokens[clause + 1].lower) && tokens[clause - 1].kind === 'word' && tokens[clause - 1].capitalized) return clause;
  }
  // "Anne Richards, assistant secretary of state for population, refugees, and migration, said": the last item of a
  // list in the aside, after its items in lower case, is no aside of its own; the aside opens after the name.
  if (tokens[open + 1]?.lower === 'and' || tokens[open + 1]?.lower === 'or') {
    let items = 0;
    let start = open;
    let p = previousComma(tokens, start - 1, from, inQuote);
    while (p > from && start - p - 1 >= 1 && start - p - 1 <= 3 && tokens.slice(p + 1, start).every((t) => t.kind === 'word' && !t.capitalized)) {
      start = p;
      items++;
      p = previousComma(tokens, start - 1, from, inQuote);
    }
    // (The list's first item, a role in lower case without an article: "assistant secretary of state for population".)
    if (items > 0 && p > from && tokens[p + 1].kind === 'word' && !tokens[p + 1].capitalized && !DETERMINERS.has(tokens[p + 1].lower)) start = p;
    // Only after a name: not "However, the director of health, housing, and welfare, said", "In Washington, lawmakers,
    // aides, and lobbyists, said".
    const before = tokens[start - 1];
    const named = start - 1 >= from && before.kind === 'word' && before.capitalized && !(start - 2 >= from && (OBJECT_PREPOSITIONS.has(tokens[start - 2].lower) || PLACE_PREPOSITIONS.has(tokens[start - 2].lower)));
    if (items > 0 && named) return start;
  }
  let start = open;
  let end = close;
  if (isTimePhrase(tokens, start + 1, end)) {
    end = start;
    start = previousComma(tokens, start - 1, from, inQuote);
    if (start <= from) return open;
  }
  if (!isStatePhrase(tokens, start + 1, end) || !tokens[start - 1].capitalized) return open;
  const before = previousComma(tokens, start - 1, from, inQuote);
  return before === -1 ? open : before;
}

/** Pronouns that open a relative clause set off by commas. */
const RELATIVE_OPENERS = new Set(['which', 'who', 'whose']);

/** Are tokens [a, b) the last items of a list, lower-case words joined by "and" or "or" ("restaurants and cafés")? */
function listTail(tokens: Token[], a: number, b: number): boolean {
  if (b - a < 3 || b - a > 7) return false;
  let joiner = -1;
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.capitalized) return false;
    if (t.lower === 'and' || t.lower === 'or') {
      if (joiner >= 0) return false;
      joiner = k;
    }
  }
  return joiner > a && joiner < b - 1 && !DETERMINERS.has(tokens[a].lower);
}

/** Are tokens [a, b) a day or a time ("on Monday", "Tuesday night", "on March 3")? */
function isTimePhrase(tokens: Token[], a: number, b: number): boolean {
  if (b <= a || b - a > 4) return false;
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (!(TIME_LEADS.has(t.lower) || TIME_WORDS.has(t.lower) || MONTHS.has(t.lower) || (t.kind === 'number' && k > a))) return false;
  }
  return true;
}

/** Are tokens [a, b) a US state, spelt out or abbreviated ("Ohio", "New Hampshire", "N.H.")? */
function isStatePhrase(tokens: Token[], a: number, b: number): boolean {
  const e = b - 1 > a && tokens[b - 1].text === '.' ? b - 1 : b;
  if (e - a === 1) return tokens[a].capitalized && US_STATES.has(tokens[a].lower);
  // (Or an Irish or British county after its town: "Tuam, Co Galway", "Bishop Auckland, County Durham".)
  if (e - a === 2 && (tokens[a].text === 'Co' || tokens[a].text === 'County') && tokens[a + 1].capitalized && tokens[a + 1].kind === 'word') return true;
  if (e - a === 3 && tokens[a].text === 'Co' && tokens[a + 1].text === '.' && tokens[a + 2].capitalized && tokens[a + 2].kind === 'word') return true;
  return e - a === 2 && tokens[a].capitalized && US_STATES.has(`${tokens[a].lower} ${tokens[a + 1].lower}`);
}

/** Prepositions that join a source to the place or body it belongs to ("the mayor of London"). */
const PLACE_PREPOSITIONS = new Set(['of', 'in', 'at', 'from']);

/** A source's noun, or bodies in the plural ("hospitals", "councils"), before where they are. */
function sourceBeforePlace(lower: string): boolean {
  return sourceNoun(lower) || bodiesInPlural(lower) || personNoun(lower);
}
/** A body's noun in the plural: "hospitals", "councils" (ORG_NOUNS holds the singular). */
function bodiesInPlural(lower: string): boolean {
  return ENDS_IN_S.test(lower) && ORG_NOUNS.has(withoutFinalS(lower));
}

/** Articles that open one person's phrase before a place: "a shop owner in Leeds", "one franchisee in Mississauga". */
const PERSON_ARTICLES = new Set([...ONE_PERSON, 'the']);
/**
 * Where the phrase of the person whose noun is at s opens, back over up to two words that describe them to the article
 * before them ("one shop owner", "a franchise owner"), or -1 when no such article opens it.
 */
function describedPersonOpener(tokens: Token[], s: number, from: number): number {
  let d = s;
  // (No count among them: "at least a dozen members of Congress" is a figure's people, not one person.)
  while (d - 1 > from && s - d < 2 && plainModifier(tokens[d - 1]) && !NUMBER_WORDS.has(tokens[d - 1].lower) && describesPeople(tokens[d - 1], false, tokens[d - 2])) d--;
  return d - 1 >= from && PERSON_ARTICLES.has(tokens[d - 1].lower) ? d - 1 : -1;
}

/** Is the token at k an age set off after a name ("Shirley Beaulieu, 72,": the "72")? */
function ageAfterName(tokens: Token[], k: number, from: number): boolean {
  const t = tokens[k];
  return k - 2 >= from && t.kind === 'number' && ageInYears(t.text) && tokens[k - 1].text === ',' && tokens[k - 2].capitalized && tokens[k - 2].kind === 'word';
}

/** A noun that can head a source: a role, an organisation or a vague group ("mayor", "police", "officials"). */
function sourceNoun(lower: string): boolean {
  return ROLE_NOUNS.has(lower) || ROLE_NOUNS.has(withoutFinalS(lower)) || ORG_NOUNS.has(lower) || VAGUE_NOUNS.has(lower) || ANONYMOUS_SINGULARS.has(lower) || lower === 'police';
}

/**
 * The name that opens the clause at `from` when an appositive that describes it runs, its closing comma left out, up
 * to the verb at `k` + 1: "John Smith, a spokesman for the company said", "Anthony Anton, president and CEO of
 * Washington Restaurant Association stated". The appositive holds a role's word; the name is two to four capitalised
 * words, the first a given name. Null when the phrase found is not in such an appositive.
 */
function nameBeforeOpenAppositive(tokens: Token[], np: Phrase, from: number, k: number): Phrase | null {
  let comma = tokenAtOrAfter(tokens, np.start) - 1;
  while (comma > from && k - comma <= 10 && tokens[comma].text !== ',') {
    if (tokens[comma].kind === 'punct' || QUOTE_MARKS.has(tokens[comma].text)) return null;
    comma--;
  }
  if (comma <= from || tokens[comma].text !== ',' || comma - from < 2 || comma - from > 4) return null;
  let role = false;
  for (let j = comma + 1; j <= k; j++) if (ROLE_NOUNS.has(tokens[j].lower)) role = true;
  if (!role) return null;
  const name = tokens.slice(from, comma);
  const last = name[name.length - 1];
  if (!isGivenName(name[0].text) || !name.every((t) => t.kind === 'word' && (t.capitalized || NAME_PARTICLES.has(t.lower))) || ORG_NAME_WORDS.has(last.text) || PLACE_NAME_WORDS.has(last.text)) return null;
  // (Not a parenthetical tag, whose verb a comma closes: "Bernie Sanders, his campaign manager said, raised $40
  // million", "Donald Trump, a Clinton spokesman said Tuesday, is unfit"; a comma before the quote it introduces is
  // the verb's own: "stated, "…"".)
  // (A comma inside what the verb reports is its own: "said the plant, which employs 900 people, will close", "said 40
  // homes, 12 barns and a school were destroyed".)
  for (let j = k + 2; j < tokens.length && j - k <= 8; j++) {
    const t = tokens[j];
    if (t.text === ',') {
      const after = tokens[j + 1];
      if (after !== undefined && after.kind === 'word' && !after.capitalized && !DETERMINERS.has(after.lower) && !PRONOUNS.has(after.lower) && !['which', 'who', 'that', 'and', 'or', 'but', 'where', 'when', 'while', 'as'].includes(after.lower) && (FINITE_AUXILIARIES.has(after.lower) || /(?:ed|s)$/.test(after.lower))) return null;
      break;
    }
    if (t.kind === 'punct' && t.text !== '.' && t.text !== '-') break;
    if (t.text === '.') break;
  }
  return { words: name, start: name[0].start, end: name[name.length - 1].end };
}

/** Last words of place names that open with a given name: "Virginia Beach", "Jackson County", "Elizabeth City". */
const PLACE_NAME_WORDS = new Set(['Beach', 'County', 'City', 'Valley', 'Springs', 'Falls', 'Heights', 'Islands', 'Township', 'Parish', 'Borough', 'Village', 'Mountains', 'Harbor', 'Harbour']);

/** Words that open a clause or a phrase of its own, not a role's words ("who met", "with the"). */
const FUNCTION_WORDS = new Set(['who', 'which', 'that', 'whose', 'with', 'to', 'for', 'in', 'at', 'by', 'on', 'from', 'of', 'as', 'is', 'was', 'has', 'had', 'said', 'says', 'told', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'or', 'but', 'when', 'where', 'after', 'before', 'while', 'under', 'including', 'unlike', 'among', 'despite', 'without', 'like', 'besides', 'led', 'headed', 'run']);

/**
 * Role words too many for the usual four before a name in apposition, all plain lower-case words and "and" that end in
 * a role's noun: "Another co-author, civil and environmental engineering professor Julian Marshall, said".
 */
function longRole(lead: readonly Token[]): boolean {
  if (lead.length > 6 || !ROLE_NOUNS.has(lead[lead.length - 1].lower)) return false;
  for (const t of lead) if (t.kind !== 'word' || t.capitalized || !/^[a-z-]+$/.test(t.lower) || (t.lower !== 'and' && FUNCTION_WORDS.has(t.lower))) return false;
  return true;
}

/** The comma that opens an appositive ending at end, or -1. */
function previousComma(tokens: Token[], end: number, from: number, inQuote: (o: number) => boolean): number {
  for (let k = end; k >= from && end - k < 40; k--) {
    const t = tokens[k];
    if (t.text === ';') return -1;
    if (QUOTE_MARKS.has(t.text)) {
      // A short label in quotation marks inside the appositive ("wearing "Ted Cruz" pins", "the co-author of "Going
      // Viral,"") is stepped over, with a comma the closing mark follows.
      let o = k - 1;
      if (o > from && tokens[o].text === ',') o--;
      while (o >= from && k - o <= 6 && !QUOTE_MARKS.has(tokens[o].text) && tokens[o].text !== ',') o--;
      if (o < from || !QUOTE_MARKS.has(tokens[o].text) || k - o > 6) return -1;
      k = o;
      continue;
    }
    if (t.text === ',' && !inQuote(t.start)) return k;
  }
  return -1;
}

/**
 * Where the clause whose verbs "and" joins opens: after ", while" or ", whereas" ("Jindal signed an order, while
 * Huckabee proposed … and said"), else at from.
 */
function contrastedClause(tokens: Token[], from: number, and: number, inQuote: (o: number) => boolean): number {
  // (Not when that clause has closed before ", and": "Police arrested 12, while the crowd chanted outside, and said".)
  if (tokens[and - 1]?.text === ',') return from;
  for (let j = and - 1; j > from; j--) {
    const t = tokens[j];
    if ((t.lower === 'while' || t.lower === 'whereas') && tokens[j - 1].text === ',' && !inQuote(t.start) && (tokens[j + 1]?.capitalized || DETERMINERS.has(tokens[j + 1]?.lower ?? ''))) return j + 1;
  }
  return from;
}

/** Does a phrase name a body: a body's word in capitals or an acronym among its words, and no given name? */
function namesBody(np: Phrase): boolean {
  return np.words.some((w) => bodyWord(w) || ALL_CAPITALS.test(w.text)) && !np.words.some((w) => w.capitalized && isGivenName(w.text));
}
/**
 * "The National Education Union and the NASUWT said": two bodies joined by "and" that open the clause speak
 * together; the phrase of both, or null.
 */
function jointBodies(tokens: Token[], np: Phrase, from: number, lexicon: AttributionLexicon): Phrase | null {
  const opens = tokenAtOrAfter(tokens, np.start);
  // (Past the "the" a one-word body's phrase leaves out: "… and the NASUWT said".)
  const the = opens - 1 >= from && tokens[opens - 1].lower === 'the' ? 1 : 0;
  const and = opens - 1 - the;
  if (and - 1 < from || tokens[and].lower !== 'and' || !tokens[and - 1].capitalized || !namesBody(np)) return null;
  const first = backwardPhrase(tokens, and - 1, from, lexicon);
  if (first === null || !namesBody(first)) return null;
  const before = tokenAtOrAfter(tokens, first.start) - 1;
  if (before >= from && tokens[before].text !== ',' && !JOINT_OPENERS.has(tokens[before].lower)) return null;
  return { words: [...first.words, ...tokens.slice(and, opens), ...np.words], start: first.start, end: np.end };
}
/** Words after which two bodies joined by "and" open a clause ("… that the union and the NASUWT said"). */
const JOINT_OPENERS = new Set(['that', 'but', 'while', 'and', 'as', 'when', 'after']);

/** The subject at the start of the clause that a coordinated cue shares ("Goulet had …, but said"). */
function subjectOfClause(tokens: Token[], from: number, end: number, to: number, lexicon: AttributionLexicon, inQuote: (o: number) => boolean): Phrase | null {
  let s = clauseStart(tokens, from, end);
  if (s < 0) s = subordinateSubject(tokens, from, end, to);
  if (s < 0) return null;
  // `"Savage," she said, and says what he believes`: a clause that opens with a quote has its subject in the tag
  // after it, not among the quoted words.
  while (s < end && (tokens[s].kind !== 'word' || inQuote(tokens[s].start))) s++;
  // "One of these groups, the Syrian Democratic Forces (SDF), opposed … and said": the appositive names the subject.
  if (s < end && /^(?:one|some|many|most|all|two|three|several|each|both)$/.test(tokens[s].lower) && tokens[s + 1]?.lower === 'of') {
    let c = s;
    while (c < end && tokens[c].text !== ',') c++;
    let e = c + 1;
    while (e < end && tokens[e].text !== ',' && tokens[e].text !== '(') e++;
    if (c < end && e < end && e > c + 1) return backwardPhrase(tokens, e - 1, c + 1, lexicon);
  }
  let e = s;
  while (e + 1 < end && (tokens[e + 1].capitalized || NAME_PARTICLES.has(tokens[e + 1].lower) || (titleDot(tokens, e + 1) && e + 2 < end))) e++;
  if (s >= end) return null;
  // ("Transport minister Sofie Lind visited the site and said": a role's word in lower case between capitals and the
  // name, as a name's run reads it.)
  // ("Opposition health spokesperson Daniel Fa'amausili accused … and said": so past words of the role's field.)
  if (tokens[s].capitalized && e + 1 < end && !tokens[e + 1].capitalized) {
    if (ROLE_NOUNS.has(tokens[e + 1 + fieldBeforeRole(tokens, e + 1, end)].lower)) e = Math.max(e, s + nameRun(tokens, s, end).words.length - 1);
    else {
      // ("Opposition transportation critic Lorne Macready called … and said": a word for one person also said of many,
      // which a name's run does not read past; the name after it, read back from its last capital.)
      const r = capitalAfterRoleWords(tokens, e + 1, end, 3);
      if (r >= 0 && r + 1 < end && tokens[r + 1].kind === 'word' && tokens[r + 1].capitalized) return backwardPhrase(tokens, lastOfName(tokens, r, end), s, lexicon);
    }
  }
  const first = tokens[s];
  // ("The National Campaign for the Arts in the Regions of England said … and noted": a body's name past its "of",
  // "for" or "in the", as the phrase read back from its last capital reads it whole.)
  let n = e;
  while (n + 2 < end && NAME_INSIDE.has(tokens[n + 1].lower) && (tokens[n + 2].capitalized || (tokens[n + 2].lower === 'the' && n + 3 < end && tokens[n + 3].capitalized))) {
    n += tokens[n + 2].capitalized ? 2 : 3;
    while (n + 1 < end && tokens[n + 1].kind === 'word' && tokens[n + 1].capitalized && !WEEKDAYS.has(tokens[n + 1].lower) && !MONTHS.has(tokens[n + 1].lower)) n++;
  }
  // (Not a body's person: "The Bank of Estmark's governor cut … and said".)
  // ("The Harwick and District Allotment Federation, which …, welcomed the plan but warned": or past an "and" to a
  // body's word that ends the name.)
  if (n > e && first.capitalized && (bodyWordAmong(tokens, s, e) || (tokens[e + 1].lower === 'and' && bodyWord(tokens[n]))) && !endsWithPossessive(tokens[n].text)) {
    const whole = backwardPhrase(tokens, n, from, lexicon);
    if (whole !== null && whole.start <= first.start) return whole;
  }
  // ("The Reverend Alan Whitcombe, vicar of St Saviour's, called … and warned": capitals after a sentence's "The" and
  // before an appositive's comma are a name, read back from the last; not "The Rove ad", a noun they describe.)
  if (DETERMINERS.has(first.lower) && !(first.lower === 'the' && e > s && tokens[e + 1]?.text === ',')) return determinerSubject(tokens, s, end);
  if (!first.capitalized && !PRONOUNS.has(first.lower)) {
    // ("On Monday, campaign manager Theo Lindqvist called the poll "…" and said": a role's words in lower case, then
    // the name.)
    const r = capitalAfterRoleWords(tokens, s, end, 4);
    if (r < 0) return bareSubject(tokens, s, end);
    return backwardPhrase(tokens, lastOfName(tokens, r, end), s, lexicon);
  }
  return possessiveApposition(tokens, e, end, s) ?? backwardPhrase(tokens, e, from, lexicon);
}

/** The last word of a name that opens at r: its capitals and particles. */
function lastOfName(tokens: Token[], r: number, end: number): number {
  let last = r;
  while (last + 1 < end && tokens[last + 1].kind === 'word' && (tokens[last + 1].capitalized || NAME_PARTICLES.has(tokens[last + 1].lower))) last++;
  return last;
}

/**
 * "When Trump later referred to the massacre and said he would "…," the crowd applauded": the cue is coordinated
 * inside a clause that a conjunction opens and a comma after the cue closes before the main clause; its subject
 * follows the conjunction. Returns that subject's first token, or -1. (Not "When Trump arrived the crowd stood up and
 * said "…"", where no main clause follows and the clause's own subject came before "and".)
 */
function subordinateSubject(tokens: Token[], from: number, end: number, to: number): number {
  let s = from;
  while (s < end && (QUOTE_MARKS.has(tokens[s].text) || tokens[s].kind === 'punct')) s++;
  if (s + 1 >= end || !tokens[s].capitalized || !CLAUSE_SUBORDINATORS.has(tokens[s].lower)) return -1;
  for (let c = s + 1; c < end; c++) if (tokens[c].text === ',') return -1;
  let comma = end + 1;
  while (comma < to && tokens[comma].text !== ',') comma++;
  let main = comma + 1;
  while (main < to && tokens[main].kind !== 'word') main++;
  if (main >= to) return -1;
  const t = tokens[s + 1];
  return t.kind === 'word' && (t.capitalized || DETERMINERS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower)) ? s + 1 : -1;
}

/**
 * "Lakeshore's chief nursing officer, Dr. Philip Adeyemi-Rhodes,": a possessive at token e, the role it owns, and the
 * name in apposition after the role, which is the subject. With `owner` (the index of the owner's first word), people
 * the possessive owns without a name after them are the subject too ("Smith's solicitors, Penhallow & Greaves,").
 */
function possessiveApposition(tokens: Token[], e: number, end: number, owner = -1): Phrase | null {
  if (!endsWithPossessive(tokens[e].text)) return null;
  let c = e + 1;
  while (c < end && c - e <= 5 && tokens[c].kind === 'word' && !tokens[c].capitalized) c++;
  if (c === e + 1 || c >= end || tokens[c].text !== ',') return null;
  const named = namedInApposition(tokens, { words: tokens.slice(e, c), start: tokens[e].start, end: tokens[c - 1].end }, end);
  // ("Smith's solicitors, Penhallow & Greaves, said … and stressed": with no person's name in apposition, the people
  // the name owns, from the owner's first word, when asked for.)
  if (named || owner < 0 || c - e > 4 || !peopleHead(tokens[c - 1])) return named;
  return { words: tokens.slice(owner, c), start: tokens[owner].start, end: tokens[c - 1].end };
}

/**
 * "On Monday, police officers arrived and said": a clause's subject in lower case without a determiner, a source's
 * head and up to two words before it, then the verb; the phrase, or null. tokens[s] is its first word.
 */
function bareSubject(tokens: Token[], s: number, end: number): Phrase | null {
  // ("county health officials met": the last head before the verb, past words in -ed or -ing that may be the verb.)
  let head = -1;
  for (let h = s; h < end && h - s < 3; h++) {
    const t = tokens[h];
    if (t.kind !== 'word' || t.capitalized || NOT_SOURCE.has(t.lower) || isVerbish(t)) break;
    const verb = tokens[h + 1];
    if (sourceHead(t) && h + 1 < end && verb.kind === 'word' && !verb.capitalized && !sourceHead(verb)) head = h;
  }
  return head < 0 ? null : { words: tokens.slice(s, head + 1), start: tokens[s].start, end: tokens[head].end };
}

/** A person, body or document a determiner's phrase can name ("the senator", "the council", "the report"). */
const sourceHead = (t: Token): boolean =>
  t.kind === 'word' && (ROLE_NOUNS.has(t.lower) || ORG_NOUNS.has(t.lower) || NAMED_BY_NOUN.has(t.lower) || DOCUMENT_NOUNS.has(t.lower) || (t.lower.endsWith('s') && ROLE_NOUNS.has(t.lower.slice(0, -1))) || TRADE_NOUN.test(t.lower));
/** A trade by its ending ("the neurosurgeon", "the epidemiologist", "the pediatrician"). */
const TRADE_NOUN = /^[a-z]{3,}(?:surgeon|ologist|ician|grapher)$/;

/**
 * A clause's subject that opens with a determiner: the name in apposition after it ("An abalone diver I've known
 * for years, Dale Okimura, came … and told"), else the phrase itself when its head can be a source ("The senator
 * stood up, paused and told"). tokens[s] is the determiner.
 */
function determinerSubject(tokens: Token[], s: number, end: number): Phrase | null {
  // A verb ends the phrase: "Another was tour manager Thomas Gray" is no subject.
  const verb = (t: Token): boolean => PASSIVE_AUX.has(t.lower) || CUE_FORMS.has(t.lower);
  let c = s + 1;
  while (c < end && c - s <= 8 && tokens[c].kind === 'word' && !verb(tokens[c])) c++;
  if (c > s + 1 && c < end && tokens[c].text === ',') {
    let n = c + 1;
    while (n < end && tokens[n].kind === 'word' && (tokens[n].capitalized || NAME_PARTICLES.has(tokens[n].lower))) n++;
    if (n - c - 1 >= 2 && n - c - 1 <= 4 && tokens[n]?.text === ',' && !tokens.slice(c + 1, n).some((t) => ORG_NAME_WORDS.has(t.text))) {
      return { words: tokens.slice(c + 1, n), start: tokens[c + 1].start, end: tokens[n - 1].end };
    }
  }
  let h = s + 1;
  while (h < end && h - s <= 3 && tokens[h].kind === 'word' && !sourceHead(tokens[h]) && !verb(tokens[h]) && !NOT_SOURCE.has(tokens[h].lower)) h++;
  if (h >= end || !sourceHead(tokens[h])) return null;
  if (tokens[h + 1]?.lower === 'of') {
    // "The Bank of Estmark raised its rate … and said": a body named with "of" (not "the head of …").
    // (A body's word, not a title: "The Governor of Texas", "The Prince of Wales" name people.)
    if (!ORG_NAME_WORDS.has(tokens[h].text)) return null;
    for (let k = s + 1; k <= h; k++) if (!tokens[k].capitalized || tokens[k].kind !== 'word') return null;
    let n = tokens[h + 2]?.lower === 'the' ? h + 3 : h + 2;
    const named = n;
    // ("The Department of Health and Human Services"; not a day after it, "The Bank of Estmark Tuesday".)
    while (n < end && tokens[n].kind === 'word' && ((tokens[n].capitalized && !WEEKDAYS.has(tokens[n].lower) && !MONTHS.has(tokens[n].lower)) || ((tokens[n].lower === 'and' || tokens[n].lower === 'of') && tokens[n + 1]?.capitalized))) n++;
    // (Not a body's person: "The Bank of Estmark's governor".)
    if (n === named || endsWithPossessive(tokens[n - 1].text)) return null;
    return { words: tokens.slice(s, n), start: tokens[s].start, end: tokens[n - 1].end };
  }
  // The rest of a body's name or a role's ("The Justice Department", "The inspector general").
  let e = h + 1;
  while (e < end && e - s <= 8 && tokens[e].kind === 'word' && !verb(tokens[e]) && !WEEKDAYS.has(tokens[e].lower) && !MONTHS.has(tokens[e].lower) && ((tokens[e].capitalized && tokens[h].capitalized) || (tokens[e].lower === 'general' && !tokens[h].capitalized))) e++;
  return { words: tokens.slice(s, e), start: tokens[s].start, end: tokens[e - 1].end };
}

/** A place's compound that describes a body: "Berlin-based", "Kremlin-backed", "London-headquartered". */
const PLACED_COMPOUND = /^\p{Lu}[\p{L}.]*-(?:based|backed|owned|funded|headquartered|registered|listed|run|born|led)$/u;
/** A lower-case word, or a place's compound, describing a body before its name ("the advocacy group", "the Berlin-based firm"). */
const DESCRIBES_BODY = (t: Token): boolean =>
  t.kind === 'word' && (!t.capitalized || PLACED_COMPOUND.test(t.text)) && !DETERMINERS.has(t.lower) && !NOT_SOURCE.has(t.lower) && !NP_JOINERS.has(t.lower) && !AFFILIATIONS.has(t.lower) && !CUE_FORMS.has(t.lower) && !PRONOUNS.has(t.lower);

/**
 * The index of "for" or "to" after a role ("spokesman for", "adviser to") that stands one or two lower-case words
 * (an article, a word that places a group: "the", "committee") before k, or -1.
 */
function roleHeldFor(tokens: Token[], k: number, from: number): number {
  for (let j = k; j >= from + 1 && k - j < 2; j--) {
    const t = tokens[j];
    if (t.kind !== 'word' || t.capitalized || CUE_FORMS.has(t.lower)) return -1;
    const p = tokens[j - 1];
    if ((p.lower === 'for' || p.lower === 'to') && j - 2 >= from && !tokens[j - 2].capitalized && ROLE_NOUNS.has(tokens[j - 2].lower)) return j - 1;
  }
  return -1;
}

/**
 * Where a body's name opens that runs back from the "of", "for" or "and" at `at` over runs of capitals joined by those
 * words or "the" ("the Philip Merrill College of", "the Institute for the Study of", "The Observatory for Media and"),
 * up to a run with a person's word and no body's ("Alan Metzger of"): the "the" or first capital of the furthest run
 * with a body's word; or -1.
 */
function bodyNameStart(tokens: Token[], at: number, from: number): number {
  let q = at;
  let start = -1;
  while (q - 1 >= from && at - q < 12) {
    const t = tokens[q - 1];
    if (t.kind === 'word' && t.capitalized && t.lower !== 'the') {
      // A run of capitals, read whole.
      let r = q - 1;
      let body = false;
      let person = false;
      while (r >= from && at - r < 12 && tokens[r].kind === 'word' && tokens[r].capitalized && tokens[r].lower !== 'the') {
        body ||= ORG_NAME_WORDS.has(tokens[r].text);
        person ||= personsWord(tokens[r]);
        r--;
      }
      if (body) start = r + 1;
      else if (person) break;
      q = r + 1;
    } else if ((t.lower === 'of' || t.lower === 'for' || t.lower === 'the' || t.lower === 'and') && q - 2 >= from && (tokens[q - 2].capitalized || tokens[q - 2].lower === 'of' || tokens[q - 2].lower === 'for')) {
      q--;
    } else break;
  }
  if (start < 0) return -1;
  return start - 1 >= from && tokens[start - 1].lower === 'the' ? start - 1 : start;
}

/** Extends a phrase that starts at s back over "Person of/from/at", returning the new start. */
function affiliatedPerson(tokens: Token[], s: number, from: number): number {
  let a = s - 1;
  // "Peter Iseley of worldwide victim group Ending Clergy Abuse", "Maria Gomez of the advocacy group Clean Water
  // Action": words that describe the body stand between it and the preposition; then the person's name is a full one.
  let described = 0;
  while (a > from && described < 4 && DESCRIBES_BODY(tokens[a])) {
    a--;
    described++;
  }
  if (a >= from && tokens[a].lower === 'the') a--;
  if (a < from + 1 || !AFFILIATIONS.has(tokens[a].lower) || !tokens[a - 1].capitalized) return s;
  if (described > 0 && !(a - 2 >= from && tokens[a - 2].capitalized && tokens[a - 2].kind === 'word')) return s;
  let p = a - 1;
  while (p - 1 >= from && (tokens[p - 1].capitalized || NAME_PARTICLES.has(tokens[p - 1].lower)) && tokens[p - 1].kind === 'word') p--;
  // "Prof. Alan Metzger of the Philip Merrill College of Journalism at the University of Maryland": the capitals before
  // "at" end a body's name (not a person "Journalism"), which a person may be of in turn.
  // ("The Observatory for Media and Democracy at the University of Antwerp found": the whole body's name at the
  // other's.)
  if (described === 0 && (tokens[p - 1]?.lower === 'of' || tokens[p - 1]?.lower === 'for' || tokens[p - 1]?.lower === 'and') && p - 2 >= from && tokens[p - 2].capitalized) {
    const body = bodyNameStart(tokens, p - 1, from);
    return body < 0 ? s : affiliatedPerson(tokens, body, from);
  }
  const person = tokens.slice(p, a);
  // "The Department of the Interior", "the Office of the Director of National Intelligence": a body's word before
  // "of the" opens the body's whole name (not "Interior", "Intelligence"), which a person may be of.
  if (person.some((t) => ORG_NAME_WORDS.has(t.text))) return described === 0 && tokens[a].lower === 'of' && tokens[a + 1].lower === 'the' && ORG_NAME_WORDS.has(tokens[a - 1].text) && person.length <= 5 ? affiliatedPerson(tokens, p, from) : s;
  if (person.length > 5) return s;
  // "Officials from the Ministry of Health": a sentence-initial plural noun, not a person of that body.
  // (Singular titles stay: "Chairman of the Joint Chiefs of Staff Milley".)
  const only = person.length === 1 ? person[0].lower : '';
  if (VAGUE_NOUNS.has(only) || (only.endsWith('s') && ROLE_NOUNS.has(only.slice(0, -1)))) return s;
  return p;
}

/**
 * `"…," Will wrote`, "May said the plan": a capitalised "Will" or "May" right before the past or -s form of a cue that
 * is no verb of data is a surname (an auxiliary comes before a verb's base form: "Will say", "May tell").
 */
function surnameBeforeCue(tokens: Token[], k: number): boolean {
  const head = tokens[k];
  const verb = tokens[k + 1];
  // ("…," From said: Al From, a surname no preposition stands as before a verb.)
  if (!head.capitalized || (head.lower !== 'will' && head.lower !== 'may' && head.lower !== 'from') || !verb || verb.kind !== 'word') return false;
  const lemma = CUE_FORMS.get(verb.lower);
  // (Not a verb of data: "May showed a 4 percent rebound", "May reported a 6 percent gain" are the month.)
  return lemma !== undefined && !DATA_VERBS.has(lemma) && lemma !== verb.lower && !verb.lower.endsWith('ing');
}

/** Cues that report data rather than words, whose subject may be a month ("May showed"). */
const DATA_VERBS = new Set(['show', 'find', 'report', 'record', 'count', 'tally', 'project', 'post', 'put', 'list', 'measure', 'calculate', 'estimate', 'forecast']);

/** The commonest Vietnamese surnames, written before the given name ("Nguyen Van Thanh", "Tran Thi Mai"). */
const SURNAMES_FIRST = new Set(['Nguyen', 'Nguyễn', 'Tran', 'Trần', 'Le', 'Lê', 'Pham', 'Phạm', 'Hoang', 'Hoàng', 'Huynh', 'Huỳnh', 'Phan', 'Vu', 'Vũ', 'Vo', 'Võ', 'Dang', 'Đặng', 'Bui', 'Bùi', 'Do', 'Đỗ', 'Ngo', 'Ngô', 'Duong', 'Dương', 'Ly', 'Lý']);

/** Whether a word in lower case stands at k, after an article if one does ("for the regional broadcaster"). */
function lowerCaseWordAt(tokens: Token[], k: number, to: number): boolean {
  if (k >= to) return false;
  const at = DETERMINERS.has(tokens[k].lower) ? k + 1 : k;
  const w = tokens[at];
  return at < to && w !== undefined && w.kind === 'word' && !w.capitalized;
}

/** Whether token k opens its clause: the sentence's first word, or after a quotation mark, a comma or "and". */
function opensClause(tokens: Token[], k: number, from: number): boolean {
  const p = k - 1 >= from ? tokens[k - 1] : undefined;
  return p === undefined || QUOTE_MARKS.has(p.text) || p.text === ',' || p.lower === 'and' || p.lower === 'but';
}

/** Prepositions between a person and the body they belong to: "an employee on the recruiting team". */
const MEMBER_PREPOSITIONS = new Set(['on', 'at', 'in', 'of', 'from', 'with']);

/** Small counts that stand for people just named: "the two", "the three", "the four". */
const GROUP_COUNTS = new Set(['two', 'three', 'four']);

/** "the two" (three, four) or "both" opening a clause at token k, for the people just named ("…," the two wrote). */
function groupOfNamed(tokens: Token[], k: number, from: number): boolean {
  const t = tokens[k];
  if (t.kind !== 'word') return false;
  if (t.lower === 'both') return opensClause(tokens, k, from);
  return GROUP_COUNTS.has(t.lower) && !t.capitalized && k - 1 >= from && tokens[k - 1].lower === 'the' && opensClause(tokens, k - 1, from);
}

/** Words of bodies named with a number after them ("Local 1402", "Channel 4", "Precinct 9"). */
const NUMBERED_BODIES = new Set(['Local', 'Channel', 'Station', 'Precinct', 'Lodge', 'Chapter', 'Post', 'Formula']);

/** Verbs of speech after an age standing for a person that no plural noun shares ("said", not "claims", "notes", "estimates"). */
const PERSON_VERBS = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes']);
/** Parents described by how many children they have ("the mother of three"). */
const PARENTS = new Set(['mother', 'father', 'mom', 'dad', 'parent', 'parents', 'grandmother', 'grandfather']);
/** Small counts in words, as in "a father of two". */
const CHILD_COUNTS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']);
/** Does "mother of three", "a father of 2" end at k (the count)? A cue after it has the parent as subject. */
function parentWithCount(tokens: Token[], k: number, from: number): boolean {
  return k - 2 > from && tokens[k - 1].lower === 'of' && PARENTS.has(tokens[k - 2].lower) && (tokens[k].kind === 'number' || CHILD_COUNTS.has(tokens[k].lower));
}
/**
 * Is there an article at j, or one plain word after an article ("the former", "a talk"), that opens a subject: not
 * the object of a preposition ("In the report police said") and not a plural whose verb the cue word is ("The results
 * show police said", "The data show")?
 */
function articleOpening(tokens: Token[], j: number, from: number): boolean {
  if (j < from) return false;
  let a = j;
  if (!DETERMINERS.has(tokens[j].lower)) {
    const w = tokens[j];
    if (j - 1 < from || w.kind !== 'word' || w.capitalized || (CUE_FORMS.has(w.lower) && !NOUN_CUES.has(w.lower)) || /s$/.test(w.lower) || PLURALS_WITHOUT_S.has(w.lower) || !DETERMINERS.has(tokens[j - 1].lower)) return false;
    a = j - 1;
  }
  return a === from || !(OBJECT_GOVERNORS.has(tokens[a - 1].lower) || PLACE_PREPOSITIONS.has(tokens[a - 1].lower) || ADVERBIAL_OPENERS.has(tokens[a - 1].lower));
}

/**
 * Does a body's name end at e: capitals back to one of a body's words, with "of", "for" and "and" among them, within
 * eight words ("the Alliance of Churches and Mosques for Relief")? The word at e is not the body's word itself.
 */
function bodyNameEndsAt(tokens: Token[], e: number, from: number): boolean {
  if (ORG_NAME_WORDS.has(tokens[e].text)) return false;
  for (let j = e - 1; j >= from && e - j < 8; j--) {
    const t = tokens[j];
    if (t.kind !== 'word') return false;
    if (t.capitalized) {
      if (ORG_NAME_WORDS.has(t.text)) return true;
      // ("the National Campaign for the Arts": "the" after "of" or "for".)
    } else if (t.lower !== 'of' && t.lower !== 'for' && t.lower !== 'and' && !(t.lower === 'the' && (tokens[j - 1]?.lower === 'of' || tokens[j - 1]?.lower === 'for'))) return false;
  }
  return false;
}

/** May a word in lower case describe a source's noun after its article ("the security forces")? No count, cue or word that is no source's. */
function describesSource(t: Token): boolean {
  return !NOT_SOURCE.has(t.lower) && !CUE_FORMS.has(t.lower) && !countWord(t.lower);
}

/** "the", "a" and "an". */
const ARTICLE_WORDS = new Set(['the', 'a', 'an']);

/**
 * How many words stand between a source's noun at s and its article when the word right before the noun describes it
 * (describesSource): 1 ("the security forces"), 2 ("the state transport ministry", whose first word may be a cue's
 * form, "state", as it stands before a noun), or 0 with no article there.
 */
function describersAfterArticle(tokens: Token[], s: number, from: number): number {
  if (s - 2 >= from && ARTICLE_WORDS.has(tokens[s - 2].lower)) return 1;
  if (s - 3 < from || !ARTICLE_WORDS.has(tokens[s - 3].lower)) return 0;
  const w = tokens[s - 2];
  return w.kind === 'word' && !w.capitalized && !NOT_SOURCE.has(w.lower) && !countWord(w.lower) ? 2 : 0;
}

/** Adjectives "most" makes a superlative of before a document ("its most recent accounts", "the most comprehensive study"). */
const SUPERLATIVE_OF = new Set(['recent', 'comprehensive', 'detailed', 'complete', 'thorough', 'extensive', 'authoritative', 'widely-cited', 'current']);
/** Is tokens[k] "there" or "here" after a plural of people, a trade or a vague group ("Residents there", "Officials there")? */
function groupThere(tokens: Token[], k: number, from: number): boolean {
  const t = tokens[k - 1];
  if ((tokens[k].lower !== 'there' && tokens[k].lower !== 'here') || k - 1 < from || t.kind !== 'word') return false;
  return ENDS_IN_S.test(t.lower) && (VAGUE_NOUNS.has(t.lower) || tradeAtLarge(t.lower) || ROLE_NOUNS.has(withoutFinalS(t.lower)) || RESIDENTS.has(t.lower));
}
/** People of a place, not of a trade ("Residents there say"). */
const RESIDENTS = new Set(['residents', 'islanders', 'neighbours', 'neighbors', 'townspeople']);

/** The noun phrase ending at token k, read backwards. */
function backwardPhrase(tokens: Token[], k: number, from: number, lexicon: AttributionLexicon, speech = false): Phrase | null {
  if (k >= from && QUOTE_MARKS.has(tokens[k].text)) {
    // A quoted name of an organisation: `Anna Franowska of "Have no fear", … told`.
    let o = k - 1;
    while (o > from && !QUOTE_MARKS.has(tokens[o].text) && k - o < 15) o--;
    if (o > from + 1 && QUOTE_MARKS.has(tokens[o].text) && AFFILIATIONS.has(tokens[o - 1].lower) && tokens[o - 2].capitalized) {
      const end = o - 2;
      let p = end;
      while (p - 1 >= from && (tokens[p - 1].capitalized || NAME_PARTICLES.has(tokens[p - 1].lower)) && tokens[p - 1].kind === 'word') p--;
      return { words: tokens.slice(p, end + 1), start: tokens[p].start, end: tokens[end].end };
    }
    return null;
  }
  // "People familiar with the matter said", "a source close to the family told": who knows, not what they know.
  const informed = informedPhrase(tokens, k, from, lexicon);
  if (informed) return informed;
  // "Acme Inc. said", "Martin Luther King Jr. said": a name that ends with an abbreviation and its full stop.
  if (k - 1 > from && tokens[k]?.text === '.' && NAME_SUFFIXES.has(tokens[k - 1].text) && tokens[k - 2].capitalized) {
    const np = backwardPhrase(tokens, k - 1, from, lexicon, speech);
    return np ? { ...np, end: tokens[k].end } : null;
  }
  // ("Charms, LLC, a subsidiary of …, announced": a firm's ending after a comma.)
  if (k - 2 >= from && FIRM_ENDINGS.has(tokens[k].text) && tokens[k - 1].text === ',' && tokens[k - 2].capitalized && tokens[k - 2].kind === 'word') {
    const np = backwardPhrase(tokens, k - 2, from, lexicon, speech);
    return np ? { words: [...np.words.slice(0, -1), np.words[np.words.length - 1].joinedWith(tokens[k - 1]), tokens[k]], start: np.start, end: tokens[k].end } : null;
  }
  // "Amalgamated Transit Workers Local 1402 said", "Channel 4 reported": a body whose name ends in its number.
  if (numberEndsName(tokens, k, from)) {
    const np = backwardPhrase(tokens, k - 1, from, lexicon, speech);
    return np ? { words: [...np.words, tokens[k]], start: np.start, end: tokens[k].end } : null;
  }
  // "the mother of three said", "a father of two told": a parent with the count of their children.
  if (parentWithCount(tokens, k, from)) {
    const parent = backwardPhrase(tokens, k - 2, from, lexicon, speech);
    if (parent) return { words: [...parent.words, tokens[k - 1], tokens[k]], start: parent.start, end: tokens[k].end, classifyAs: parent.classifyAs ?? parent.words };
  }
  const head = tokens[k];
  if (!head || head.kind !== 'word' && head.kind !== 'alnum') return null;
  // `"…," one of them said`, "Two of them told": some of the people just named, unnamed.
  if ((head.lower === 'them' || head.lower === 'us') && k - 2 >= from && tokens[k - 1].lower === 'of' && ONE_OF.has(tokens[k - 2].lower)) return { words: tokens.slice(k - 2, k + 1), start: tokens[k - 2].start, end: head.end };
  // "Residents there say", "Officials there say": people placed only by "there" are read as they are alone.
  if (groupThere(tokens, k, from)) {
    const group = backwardPhrase(tokens, k - 1, from, lexicon, speech);
    if (group) return { words: [...group.words, head], start: group.start, end: head.end, classifyAs: group.classifyAs ?? group.words };
  }
  if (NOT_SOURCE.has(head.lower) && !PRONOUNS.has(head.lower) && !surnameBeforeCue(tokens, k)) return null;
  if (pronounOf(head)) return { words: [head], start: head.start, end: head.end };
  // "the former secretary of state said", "the chief of staff told": a role's title with its object is the role (not
  // "state", "staff"); "a spokesman of the ministry", with its article, names the body.
  if (!head.capitalized && head.kind === 'word') {
    const held =
      nounBeforeObject(tokens, k, from, lexicon, speech, OF, ROLE_NOUNS, 'none') ??
      // "A spokesperson for the minister replied", "an adviser to the president said": the role held for a person,
      // not that person; and for a body ("A spokeswoman for the department said", "a lawyer for the company"): the
      // role speaks, one person, as it does for a body named in capitals.
      // ("A spokesman for the airline said", "a spokeswoman for the fire service": a body by its noun, with a word
      // that describes it.)
      // ("A lawyer for the defendants said", "a spokeswoman for the administrators": or any people a plural names.)
      // ("A spokesman for the bookmaker said": a spokesperson's, whatever the noun.)
      (ROLE_NOUNS.has(head.lower) || ENDS_IN_S.test(head.lower) || ORG_NOUNS.has(head.lower) || NAMED_BY_NOUN.has(head.lower) || spokespersonFor(tokens, k, from) ? nounBeforeObject(tokens, k, from, lexicon, speech, FOR_OR_TO, ROLE_NOUNS, 'article') : null) ??
      // "An internal review of the theft said", "a report of the incident found": a document of what it is about
      // speaks (not that, nor a body's name after "of": "the report of the Commission" is the Commission's).
      nounBeforeObject(tokens, k, from, lexicon, speech, OF, DOCUMENT_NOUNS, 'either');
    if (held) return held;
  }
  let s = k;
  if (head.capitalized || lexicon.known.has(head.text)) {
    // (Where a role held for a party's members ends, read once: "a spokesman for committee Democrats said".)
    const heldFor = PLURAL_IN_S.test(head.lower) ? roleHeldFor(tokens, k - 1, from) : -1;
    let opener = -1;
    let field = 0;
    let describers = 0;
    while (s - 1 >= from) {
      const p = tokens[s - 1];
      // "The" in capitals inside a run opens the name ("The New York Times"): what runs in before it is another line's
      // ("**Private Sector Investments** The Vice President", a heading joined to its paragraph).
      if (p.capitalized && s - 1 > from && articleOpensName(tokens, s - 1, k, from)) {
        s--;
        break;
      }
      // A capital that opens a clause is no part of the name: "As Amar put it", "When Smith said".
      if (p.capitalized && p.kind !== 'punct' && !(OPENING_CONJUNCTIONS.has(p.lower) && (s - 1 === from || tokens[s - 2]?.text === ','))) s--;
      else if (p.text === '.' && s - 2 >= from && (INITIAL_OR_ABBREVIATION.test(tokens[s - 2].text) || NAME_TITLES.has(`${tokens[s - 2].text}.`))) s -= 2;
      else if (NAME_PARTICLES.has(p.lower) && s - 2 >= from && tokens[s - 2].capitalized) s--;
      // "the Independent Workers' Union of Great Britain", "the National Farmers' Union": a plural's apostrophe
      // inside a body's name.
      else if (s - 2 >= from && pluralApostropheInName(tokens, s - 1)) s--;
      // "The Small Business Innovation Research (SBIR) Program": a body's initials in brackets inside its name.
      else if (p.text === ')' && s === k && bodyWord(head) && initialsBefore(tokens, s - 1, from) >= 0) s -= 3;
      // "Johnson & Johnson", "Procter & Gamble": an ampersand joins a firm's name.
      // (Not between two people: "Tom & Mary Smith".)
      else if (p.text === '&' && s - 2 >= from && tokens[s - 2].capitalized && tokens[s - 2].kind === 'word' && !(s < k && isGivenName(tokens[s].text))) s--;
      // "Sophie de la Rochère": particles one after another.
      else if (NAME_PARTICLES.has(p.lower) && s - 3 >= from && NAME_PARTICLES.has(tokens[s - 2].lower) && tokens[s - 3].capitalized) s -= 2;
      // "Tom Smith of ING in London said": the place of the body a person is of.
      else if ((p.lower === 'in' || p.lower === 'at') && s - 4 >= from && tokens[s - 2].capitalized && s === k && placeOfBody(tokens, s - 2, from)) s--;
      // "The Calder Gallery in Edinburgh reported": the place of a body whose name ends in a body's word.
      // ("The Downtown Merchants Association in Lake Carrow estimated": a place of up to three words.)
      else if ((p.lower === 'in' || p.lower === 'at') && s - 2 >= from && k - s < 3 && tokens[s - 2].capitalized && ORG_NAME_WORDS.has(tokens[s - 2].text)) s--;
      // ("the Alliance of Churches and Mosques for Relief in Southern Africa, which said": a place of up to three words
      // after a name whose body's word stands earlier in it, past its "of", "for" or "and".)
      else if (p.lower === 'in' && s - 2 >= from && k - s < 3 && tokens[s].kind === 'word' && !ALL_CAPITALS.test(tokens[s].text) && tokens[s - 2].capitalized && bodyNameEndsAt(tokens, s - 2, from)) s--;
      // ("The National Campaign for the Arts in the Regions of England said": so past "the" before a place of up to
      // four words.)
      else if (p.lower === 'the' && s - 3 >= from && k - s < 4 && tokens[s - 2].lower === 'in' && tokens[s].capitalized && tokens[s].kind === 'word' && tokens[s - 3].capitalized && bodyNameEndsAt(tokens, s - 3, from)) s -= 2;
      // ("Mercy Hospital in nearby Rolla": so with a word that places the place.)
      else if (s === k && PLACE_MODIFIERS.has(p.lower) && s - 3 >= from && (tokens[s - 2].lower === 'in' || tokens[s - 2].lower === 'at') && tokens[s - 3].capitalized && ORG_NAME_WORDS.has(tokens[s - 3].text)) s -= 2;
      else if ((p.lower === 'of' || p.lower === 'for' || p.lower === 'the') && s - 2 >= from && tokens[s - 2].capitalized && p.lower !== 'the') s--;
      // "the Intergovernmental Authority on Development", "the Ministry for the Ecological Transition", "the Office
      // for the Coordination of Humanitarian Affairs": "on", and "the" after "for" or "of", inside a body's name.
      // ("the Panel of Experts on Darvonia", "the Society for the Prevention of Cruelty to Children": so "on" or "to"
      // after words that hang on a body's word.)
      else if ((p.lower === 'on' || p.lower === 'to') && s - 2 >= from && tokens[s].capitalized && tokens[s - 2].capitalized && hangsOnBody(tokens, s - 2, from)) s--;
      else if (p.lower === 'the' && s - 3 >= from && (tokens[s - 2].lower === 'for' || tokens[s - 2].lower === 'of' || tokens[s - 2].lower === 'on') && ORG_NAME_WORDS.has(tokens[s - 3].text)) s -= 2;
      // "the Centers for Disease Control and Prevention", "the Department of Health and Human Services": "and" inside
      // a body's name whose words hang on "of" or "for" (not between two people: "Smith and Jones said").
      else if (p.lower === 'and' && s - 2 >= from && tokens[s - 2].capitalized && nameOfOrFor(tokens, s - 2, from)) s--;
      // "Environment and Climate Change Canada", "Fire and Emergency New Zealand", "the Energy and Water Ombudsman",
      // "Newfoundland and Labrador Hydro": a field of public business, or the first of a place named in two, opens a
      // body's name before its "and" (not a body or a person of its own: "Shell and BP", "Smith and Jones").
      else if (p.lower === 'and' && s - 2 >= from && tokens[s].capitalized && tokens[s].kind === 'word' && (field = fieldBeforeAnd(tokens, s - 1, from)) > 0) s -= 1 + field;
      // "the Food and Drug Administration", "the Highland Fire and Rescue Service": "and" between capitals after "the",
      // in a name that ends in a body's word (not two bodies, "the FBI and Justice Department", "the United States and
      // European Union", nor people).
      // ("The Food and Agriculture Organization of the United Nations said": so too before a body's word that has its
      // own "of the" after it.)
      else if (p.lower === 'and' && s - 2 >= from && bodyWordAmong(tokens, s, k) && andInBodyName(tokens, s - 1, from, k)) s--;
      // "The Media, Entertainment and Arts Alliance said": one-word capitals in a list after "the", before the one word
      // that opens a body's word; such words may be a body's own.
      else if (p.lower === 'and' && s === k - 1 && bodyWord(head) && (opener = wordListAfterThe(tokens, s - 2, from)) >= 0) s = opener;
      // "The Construction, Forestry, Maritime, Mining and Energy Union said": a list of capitals after "the" before a
      // body's word.
      else if (p.text === ',' && s - 2 >= from && bodyWord(head) && andBetween(tokens, s, k) && listAfterThe(tokens, s - 1, from)) s--;
      // "The Department for Culture, Media and Sport said", "the Office of the Police and Crime Commissioner for Devon,
      // Cornwall and the Isles of Scilly": a list inside a name after a body's word and its "of" or "for".
      // (A comma only before the list's "and": not "the Department of Health, Jane Smith said"; "the" not before another
      // body, "the Department of Justice and the Department of Labor", "… and the Michigan Department of Labor".)
      else if ((p.lower === 'and' || (p.lower === 'the' && tokens[s - 2]?.lower === 'and' && !bodyAmongCapitals(tokens, s)) || (p.text === ',' && andBetween(tokens, s, k))) && s - 2 >= from && !ALL_CAPITALS.test(tokens[s].text) && (opener = listOpener(tokens, s - 1, from)) >= 0) s = opener;
      // "An adviser to Trump said", "a spokesman for Google said": the role the name is the object of.
      // ("Aides to Dufresne said": so too a plural role that opens the sentence.)
      else if ((p.lower === 'to' || p.lower === 'for') && s - 2 >= from && ((!tokens[s - 2].capitalized && ROLE_NOUNS.has(tokens[s - 2].lower)) || (s - 2 === from && UNNAMED_STAFF.has(tokens[s - 2].lower)))) s--;
      // "a spokesman for committee Democrats said", "an adviser to the Republicans said": so too past an article or a
      // word that places the group, the role held for a party's members (not the members, unnamed).
      else if (s === k && heldFor >= 0) s = heldFor;
      // "The mayor of London said", "Officials in Springfield said", "researchers at MIT said": the place or body is
      // where the source works, not the source.
      // ("Hospitals in England said": or bodies in the plural.)
      // ("27 councils in England reported": with the count before them, which is no figure they report.)
      else if (PLACE_PREPOSITIONS.has(p.lower) && s - 2 >= from && tokens[s - 2].kind === 'word' && (!tokens[s - 2].capitalized || s - 2 === from) && sourceBeforePlace(tokens[s - 2].lower)) s -= s - 3 >= from && tokens[s - 3].kind === 'number' && !YEAR.test(tokens[s - 3].text) ? 3 : 2;
      // ("One senior official at a county council in the Midlands said": so past "the" before the place.)
      else if (p.lower === 'the' && s === k && s - 3 >= from && PLACE_PREPOSITIONS.has(tokens[s - 2].lower) && tokens[s - 3].kind === 'word' && (!tokens[s - 3].capitalized || s - 3 === from) && sourceBeforePlace(tokens[s - 3].lower)) s -= 3;
      // ("Police forces in England and Wales said": two places joined by "and" after that preposition.)
      else if (p.lower === 'and' && s - 4 >= from && tokens[s - 2].kind === 'word' && tokens[s - 2].capitalized && PLACE_PREPOSITIONS.has(tokens[s - 3].lower) && tokens[s - 4].kind === 'word' && (!tokens[s - 4].capitalized || s - 4 === from) && sourceBeforePlace(tokens[s - 4].lower)) s -= 2;
      // ("and one shop owner in Leeds said", "A franchise owner in Mississauga": the words that describe the person
      // before the place, back to the article that opens them.)
      else if (s + 1 < k && PLACE_PREPOSITIONS.has(tokens[s + 1].lower) && !tokens[s].capitalized && sourceBeforePlace(tokens[s].lower) && (opener = describedPersonOpener(tokens, s, from)) >= 0) {
        s = opener;
        break;
      }
      else if (!p.capitalized && p.kind === 'word' && (ROLE_NOUNS.has(p.lower) || ROLE_MODIFIERS.test(p.lower))) s--;
      // ("The armed forces of Qaremia said", "the security forces of Qaremia": one word that describes such a noun,
      // after its article.)
      // ("the state transport ministry in Munich said": or two such words.)
      else if (s < k && !p.capitalized && p.kind === 'word' && !tokens[s].capitalized && sourceNoun(tokens[s].lower) && describesSource(p) && (describers = describersAfterArticle(tokens, s, from)) > 0) s -= describers;
      // ("Figures from the Upland Fire Research Unit at the University of Pennine Vale show": a body at another, named
      // with "the", is part of the phrase, as a place after a body's name is.)
      else if (p.lower === 'the' && s - 3 >= from && (tokens[s - 2].lower === 'at' || tokens[s - 2].lower === 'in') && tokens[s].capitalized && bodyWordAmong(tokens, s, k) && tokens[s - 3].capitalized && tokens[s - 3].kind === 'word' && (ORG_NAME_WORDS.has(tokens[s - 3].text) || bodyNameEndsAt(tokens, s - 3, from))) s -= 2;
      // "the Vice President", and "the President" (a title alone: the person it describes, if named); "Officials at the
      // Pentagon", "Residents of the Bronx", "a spokesman for the Kremlin": a one-word place or body keeps its article,
      // so that the people before it are read, or it is read as a body (not "Pentagon" as a person's name).
      else if ((p.lower === 'the' || p.lower === 'a' || p.lower === 'an') && (s !== k || ROLE_NOUNS.has(head.lower) || (p.lower === 'the' && s === k && s - 3 >= from && oneWordBodyOf(tokens, s - 2, from)))) {
        s--;
        break;
      } else break;
    }
    s = affiliatedPerson(tokens, s, from);
    // "A spokesman for the Department of Justice said", "a lawyer for the Kremlin": the role held for the body named
    // after "the" speaks, as "a spokesman for Dublin City Council" does.
    // ("A spokesman for the bookmaker Carrow & Finch said": so with the body's noun before its name.)
    if (s - 2 >= from && tokens[s - 1].lower !== 'the' && tokens[s - 2].lower === 'the' && spokespersonFor(tokens, s - 1, from)) s -= 2;
    if (s - 2 >= from && tokens[s].lower === 'the' && tokens[s - 1].lower === 'for' && tokens[s - 2].kind === 'word' && !tokens[s - 2].capitalized && ROLE_NOUNS.has(tokens[s - 2].lower)) {
      const role = backwardPhrase(tokens, s - 2, from, lexicon, speech);
      if (role) return { words: [...role.words, ...tokens.slice(s - 1, k + 1)], start: role.start, end: head.end, classifyAs: role.classifyAs ?? role.words };
    }
  } else if (QUOTE_MARKS.has(head.text)) {
    return null;
  } else if (head.lower === 'another' && opensClause(tokens, k, from)) {
    // `"…," another added`, "Another said:": one more of the people just quoted, unnamed.
    return { words: [head], start: head.start, end: head.end };
  } else if (groupOfNamed(tokens, k, from)) {
    // `"…," the two wrote`, "Both said": the people just named.
    const s = head.lower === 'both' ? k : k - 1;
    return { words: tokens.slice(s, k + 1), start: tokens[s].start, end: head.end };
  } else {
    const lowerHead = head.lower;
    // "Just over a quarter, 26 percent, say", "Nearly half say": a share of those asked, not who reports.
    if (FRACTIONS.has(lowerHead)) return null;
    const singular = withoutFinalS(lowerHead);
    // ("…, charity says", "…, think tank says": a body's noun without its article, as a headline has it.)
    const nounish = ROLE_NOUNS.has(lowerHead) || ORG_NOUNS.has(lowerHead) || DOCUMENT_NOUNS.has(lowerHead) || VAGUE_NOUNS.has(lowerHead) || lexicon.vague.some((v) => v[v.length - 1] === lowerHead) || lowerHead === 'police' || ROLE_NOUNS.has(singular) || ORG_NOUNS.has(singular) || NAMED_BY_NOUN.has(lowerHead) || (lowerHead === 'tank' && tokens[k - 1]?.lower === 'think');
    let determiner = false;
    let n = 0;
    const vagueHead = VAGUE_NOUNS.has(lowerHead) || lexicon.vague.some((v) => v[v.length - 1] === lowerHead);
    while (s - 1 >= from && n < 5) {
      const p = tokens[s - 1];
      // ("A Department for Environment, Food and Rural Affairs spokesperson": a body's name with a list inside it, read
      // as it is before a verb.)
      if (s === k && p.kind === 'word' && p.capitalized) {
        const listed = listedBodyBefore(tokens, s - 1, from, lexicon, speech);
        if (listed >= 0) {
          s = listed;
          continue;
        }
      }
      // "A Ministry of Defence spokesman", "a Department for Transport spokeswoman", "a Bank of England official": a
      // body's name with its "of" or "for" before the role, whole (not "Defence spokesman").
      if ((p.lower === 'of' || p.lower === 'for') && s - 2 >= from && tokens[s].capitalized && tokens[s].kind === 'word' && tokens[s - 2].kind === 'word' && tokens[s - 2].capitalized && ORG_NAME_WORDS.has(tokens[s - 2].text)) {
        s -= 2;
        while (s - 1 >= from && tokens[s - 1].capitalized && tokens[s - 1].kind === 'word') s--;
        continue;
      }
      // ("A department official said", "a ministry source told": a body's noun places the unnamed person, as "police"
      // does.)
      if (vagueHead && !p.capitalized && !VAGUE_MODIFIERS.has(p.lower) && !VAGUE_NOUNS.has(p.lower) && !ROLE_NOUNS.has(p.lower) && !ORG_NOUNS.has(p.lower)) break;
      // "Universities and Colleges Admissions Service (UCAS) data showed": a body's initials in brackets after its name,
      // before its document, are left out; the name before them is read as a name before a verb is ("Bureau of
      // Alcohol, Tobacco, Firearms and Explosives (ATF) data").
      if (p.text === ')' && s === k && DOCUMENT_NOUNS.has(lowerHead) && s - 4 >= from && tokens[s - 3].text === '(' && ALL_CAPITALS.test(tokens[s - 2].text) && tokens[s - 4].capitalized && tokens[s - 4].kind === 'word') {
        const body = backwardPhrase(tokens, s - 4, from, lexicon, speech);
        if (body) return { words: [...body.words, head], start: body.start, end: head.end };
        break;
      }
      if (p.kind === 'punct' && p.text !== '-' && p.text !== '\u2019' && p.text !== "'") break;
      if (NOT_SOURCE.has(p.lower) && !NP_JOINERS.has(p.lower)) break;
      // ("ordered the trust to publish annual figures showing": a verb of making a document public after "to".)
      if (PUBLISHING_BASES.has(p.lower) && tokens[s - 2]?.lower === 'to') break;
      if (NP_JOINERS.has(p.lower)) {
        const before = tokens[s - 2];
        if (!before || !(before.capitalized || VAGUE_NOUNS.has(before.lower) || ROLE_NOUNS.has(before.lower) || ORG_NOUNS.has(before.lower))) break;
      }
      // "State media": a modifier, not the verb. (So is a noun's base form after an article: "The former talk radio
      // host said", "a talk show host".)
      if (CUE_FORMS.has(p.lower) && !VAGUE_MODIFIERS.has(p.lower) && !((NOUN_CUES.has(p.lower) || p.lower === 'show') && articleOpening(tokens, s - 2, from))) break;
      s--;
      n++;
      // ("Harbourline's most recent annual accounts show": "most" of a superlative, not of how many.)
      if (p.lower === 'most' && SUPERLATIVE_OF.has(tokens[s + 1]?.lower ?? '')) continue;
      if (DETERMINERS.has(p.lower)) {
        determiner = true;
        // "One of the victims said", "two of his aides told": one or a few of a group, unnamed.
        // ("One of the officers involved said": past a participle after the group's noun.)
        const group = POSTPOSED.has(lowerHead) && k - 1 > s ? tokens[k - 1].lower : lowerHead;
        if (s - 2 >= from && tokens[s - 1].lower === 'of' && ONE_OF.has(tokens[s - 2].lower) && GROUP_ENDING.test(group) && !CUE_FORMS.has(group)) s -= 2;
        break;
      }
    }
    // A long role keeps its article: "the Florida senator and Republican presidential candidate".
    if (!determiner && n === 5 && s - 1 >= from && tokens[s - 1].lower === 'the') {
      s--;
      determiner = true;
    } else if (!determiner && n === 5 && s - 2 >= from && tokens[s - 2].lower === 'the' && plainModifier(tokens[s - 1])) {
      // ("the independent Vermont senator and Democratic presidential candidate": with one word more before it.)
      s -= 2;
      determiner = true;
    }
    // "the one people still asked him about": a count of one before a plural is no phrase.
    // ("in a move publishers said could cut prices": before a verb of speech the plural after the noun speaks.)
    if (determiner && s < k && tokens[s + 1].lower !== 'of' && ONE_PERSON.has(tokens[s].lower) && (PLURALS_WITHOUT_S.has(lowerHead) || PLURAL_IN_S.test(lowerHead)) && !ROLE_NOUNS.has(lowerHead)) {
      return speech && s + 2 <= k && PLURAL_ENDING.test(lowerHead) && !endsWithPossessive(head.text) && !isVerbish(head) && !CUE_FORMS.has(lowerHead) ? { words: tokens.slice(s + 2, k + 1), start: tokens[s + 2].start, end: head.end } : null;
    }
    // Before a verb of speech any plural noun can speak ("City planners say", "Organisers said").
    // ("Residents interviewed said", "Couriers surveyed reported": so can such a plural before a participle that picks
    // them out.)
    const speaker = (speech && PLURAL_ENDING.test(lowerHead) && !isVerbish(head) && (s < k || k === from || CLAUSE_LINKS.test(tokens[k - 1]?.lower ?? ''))) || (POSTPOSED.has(lowerHead) && s < k && PLURAL_ENDING.test(tokens[k - 1].lower) && !isVerbish(tokens[k - 1]));
    if (!nounish && !determiner && !speaker) return null;
    // "An employee on the recruiting team, who …, said": the person of a body named after a preposition is the source,
    // classed by the person's noun (not "the recruiting team").
    if (determiner && s - 2 >= from && MEMBER_PREPOSITIONS.has(tokens[s - 1].lower) && tokens[s - 2].kind === 'word' && !tokens[s - 2].capitalized && (ANONYMOUS_SINGULARS.has(tokens[s - 2].lower) || ROLE_NOUNS.has(tokens[s - 2].lower))) {
      let d = s - 3;
      while (d >= from && s - 2 - d <= 3 && tokens[d].kind === 'word' && !tokens[d].capitalized && !DETERMINERS.has(tokens[d].lower) && !NOT_SOURCE.has(tokens[d].lower)) d--;
      if (d >= from && (tokens[d].lower === 'a' || tokens[d].lower === 'an' || tokens[d].lower === 'one' || tokens[d].lower === 'another') && (d === from || tokens[d - 1].kind === 'punct' || tokens[d - 1].lower === 'and')) {
        const words: Token[] = [];
        for (let w = d; w <= k; w++) if (tokens[w].kind !== 'punct') words.push(tokens[w]);
        return { words, start: tokens[d].start, end: head.end, classifyAs: tokens.slice(d, s - 1) };
      }
    }
  }
  // "Professor Imogen Sato-Whitfield of the University of Castlebridge law school told": the person of a body whose
  // phrase ends in a lower-case noun, as of a body's capitals.
  // ("Special Agent in Charge Denise Okafor of the Federal Revenue Bureau's criminal investigation division said", "…
  // of the bureau's fraud unit": so of a part of a body.)
  if (!head.capitalized && s < k && tokens[s].lower === 'the' && ((tokens[s + 1].capitalized && (ORG_NOUNS.has(head.lower) || NAMED_BY_NOUN.has(head.lower))) || ((tokens[s + 1].capitalized || (endsWithPossessive(tokens[s + 1].text) && ORG_NOUNS.has(withoutPossessive(tokens[s + 1].lower)))) && PARTS_OF_BODIES.has(head.lower)))) {
    const person = affiliatedPerson(tokens, s, from);
    let of = person;
    while (of < s && !AFFILIATIONS.has(tokens[of].lower)) of++;
    if (person < s && of > person && of < s) return backwardPhrase(tokens, of - 1, from, lexicon, speech);
  }
  // "Officials in the province said", "Relatives of the victims told", "Doctors at a clinic on the outskirts of Mbaso
  // said": the people of a place or body speak, not the place; they are classed by who they are.
  const people = peopleOf(tokens, s, from, k);
  if (people) s = people.start;
  // The words gathered in one pass, not a slice and then a filtered copy of it.
  const words: Token[] = [];
  for (let w = s; w <= k; w++) {
    const t = tokens[w];
    // (A plural's apostrophe inside a name stays with its word: "Workers' Union".)
    if ((t.text === "'" || t.text === '\u2019') && w > s && w < k && t.start === tokens[w - 1].end && lastWordIs(words, tokens[w - 1])) words[words.length - 1] = tokens[w - 1].joinedWith(t);
    // (So does a list's comma inside a body's name, as written: "the Department for Culture, Media and Sport"; and the
    // last full stop of dotted initials, "the U.S. Coast Guard".)
    else if (w > s && w < k && (t.text === ',' || (t.text === '.' && t.start === tokens[w - 1].end && tokens[w - 1].text.includes('.'))) && lastWordIs(words, tokens[w - 1])) words[words.length - 1] = tokens[w - 1].joinedWith(t);
    // (A body's initials in brackets inside its name are left out: "The Small Business Innovation Research Program".)
    else if ((t.kind !== 'punct' || t.text === '&') && !(w > s && w < k && tokens[w - 1].text === '(' && tokens[w + 1].text === ')')) words.push(t);
  }
  if (people) return { words, start: tokens[s].start, end: head.end, classifyAs: people.classifyAs, placed: people.placed };
  // (peopleHead holds a role's noun; a plural of a word for an unnamed person is read too: "the centre's trustees".)
  return ((head.capitalized || ORG_NOUNS.has(head.lower) || peopleHead(head) || ANONYMOUS_SINGULARS.has(withoutFinalS(head.lower))) && documentObtainedBy(tokens, s, k, from)) || { words, start: tokens[s].start, end: head.end };
}

/**
 * Is the preposition at j one of people or of a spokesman before "the" and a one-word place or body ("Officials at the
 * Pentagon", "Residents of the Bronx", "a spokesman for the Kremlin")?
 */
function oneWordBodyOf(tokens: Token[], j: number, from: number): boolean {
  const preposition = tokens[j].lower;
  if (!PEOPLE_OF.has(preposition) && preposition !== 'for') return false;
  return SPOKESPEOPLE.test(tokens[j - 1].lower) || (preposition !== 'for' && peopleNounAt(tokens, j - 1, from));
}

/** Verbs, in their base form, of making a document public or putting one together ("to publish annual figures"). */
const PUBLISHING_BASES = new Set(['publish', 'release', 'issue', 'produce', 'provide', 'share', 'compile', 'collect', 'submit', 'send', 'post', 'gather', 'file']);

/** A word in lower case that may describe a role before it ("independent", "junior"): no verb, no function word. */
function plainModifier(t: Token): boolean {
  return t.kind === 'word' && !t.capitalized && !NOT_SOURCE.has(t.lower) && !CUE_FORMS.has(t.lower) && !DETERMINERS.has(t.lower) && !isVerbish(t);
}

/** Plural nouns of people the role and vague lists leave out. */
const PEOPLE_PLURALS = new Set(['employees', 'students', 'families', 'faculty', 'passengers', 'survivors', 'staffers', 'voters', 'citizens', 'workers', 'shoppers', 'commuters', 'tenants', 'homeowners', 'patients', 'volunteers', 'visitors', 'fans', 'supporters', 'protesters', 'protestors', 'demonstrators', 'locals', 'parents', 'pupils', 'nurses', 'doctors', 'teachers', 'drivers', 'farmers', 'fishermen', 'miners', 'villagers', 'riders', 'couriers', 'customers', 'motorists', 'consumers', 'travellers', 'travelers', 'spectators']);
/** A spokesman speaks for the body: "a spokesman for the ministry said" is the ministry's word. */
const SPOKESPEOPLE = /^spokes(?:man|woman|person|people|men|women|persons)$/;
/** Is the word at n a noun in lower case after "a spokesperson for the" ("A spokesman for the bookmaker")? */
function spokespersonFor(tokens: Token[], n: number, from: number): boolean {
  const noun = tokens[n];
  return n - 3 >= from && noun.kind === 'word' && !noun.capitalized && !NOT_SOURCE.has(noun.lower) && tokens[n - 1].lower === 'the' && tokens[n - 2].lower === 'for' && SPOKESPEOPLE.test(tokens[n - 3].lower);
}
/** Bodies the body list leaves out: "officials at the treasury". */
const BODIES = new Set(['treasury', 'embassy', 'consulate', 'parliament', 'legislature', 'cabinet', 'court', 'prison', 'clinic', 'plant', 'factory', 'mine', 'airport', 'port']);
/** Determiners of a place or body the reader knows: "at the ministry", "in its capital". */
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our']);

/** A word that may describe people before their noun: "senior", "health", "former", "Iraqi", "Democratic". */
function describesPeople(t: Token, opensClause: boolean, before: Token | undefined): boolean {
  if (VAGUE_MODIFIERS.has(t.lower) || ROLE_NOUNS.has(t.lower) || NATIONALITY_SUFFIX.test(t.lower)) return true;
  if (t.capitalized) return !opensClause;
  // (A participle only after a determiner: "a distinguished professor", not "She visited relatives".)
  if (/(?:ed|ly)$/.test(t.lower)) return before !== undefined && DETERMINERS.has(before.lower);
  return !NOT_PEOPLE_MODIFIERS.has(t.lower);
}
/** Words after "from" that spread the place people come from over it ("from across the country"). */
const SPREAD_OVER = new Set(['across', 'around', 'throughout']);
/** Words of time and linking that stand before a subject, not in its phrase. */
const NOT_PEOPLE_MODIFIERS = new Set(['week', 'weekend', 'month', 'year', 'day', 'night', 'morning', 'evening', 'yesterday', 'today', 'tonight', 'now', 'however', 'meanwhile', 'earlier', 'later', 'also', 'then', 'still', 'even', 'since', 'ago']);

/** A noun of people at token i (in lower case, or capitalised as its clause's first word): "officials", "the owner". */
function peopleNounAt(tokens: Token[], i: number, from: number): boolean {
  const t = tokens[i];
  if (t.kind !== 'word' || SPOKESPEOPLE.test(t.lower)) return false;
  if (t.capitalized && i !== from && tokens[i - 1].kind !== 'punct') return false;
  const l = t.lower;
  // (A role's or a trade's noun, in the singular or the plural: personNoun holds the roles.)
  return personNoun(l) || personNoun(withoutFinalS(l)) || VAGUE_NOUNS.has(l) || ANONYMOUS_SINGULARS.has(l) || l === 'police' || PEOPLE_PLURALS.has(l);
}

/**
 * Whether people ("officials") of a place or body (after the preposition, starting with the word given) are where a
 * reader can check them: a place or body named or known ("at the ministry"), not a place's vague crowd ("Officials in
 * the province"); never unnamed sources, nor one unnamed person ("an official at the ministry").
 */
function placedWhereChecked(first: Token, noun: Token, preposition: Token, place: Token, placeName: boolean, placeHead: Token): boolean {
  const unnamed = (ANONYMOUS_SINGULARS.has(noun.lower) && ONE_PERSON.has(first.lower)) || VAGUE_QUANTIFIERS.has(first.lower) || first.lower === 'unnamed' || first.lower === 'other';
  // (A place named, "at the Pentagon", "of the World Bank", or a body known, "at the treasury"; not "at the scene",
  // "at the time", "of the town".)
  const known = (placeName && (DEFINITE.has(place.lower) || place.capitalized)) || (DEFINITE.has(place.lower) && (ORG_NOUNS.has(placeHead.lower) || BODIES.has(placeHead.lower)));
  return known && checkableWhere(preposition.lower, noun.lower, peoplePlural(noun.lower)) && !unnamed && !ALWAYS_VAGUE_NOUNS.has(noun.lower);
}

/**
 * Does where a group belongs make it one a reader can check? A body does ("researchers at MIT"), a place only for
 * those vague alone ("researchers in Sweden"), never for people no role names ("Parents in Wandabri") nor for
 * officials, whose body leaves them as unnamed as "White House officials" ("Officials at the department say").
 */
function checkableWhere(preposition: string, noun: string, people: boolean): boolean {
  // ("Parents at Drouin South Primary School", "Volunteers at the Fermoy shop": a body people no role names are at
  // speaks for none of them.)
  // (Not "of": "Tenants of Riverside Towers" speak as a body's, "Voters of Tomorrow" is one.)
  if (people) return preposition === 'of' || preposition === 'from';
  // (The people of a place are where they live, whatever the preposition: "Residents of Harrow Ridge", "Residents in
  // the Pell Canyon area" are as vague as "Residents there".)
  if (RESIDENTS.has(noun)) return false;
  return (preposition !== 'in' || WEAK_VAGUE_NOUNS.has(noun)) && noun !== 'officials';
}

/**
 * The people a source phrase starting at s is the place or body of, through up to three prepositional phrases
 * ("Doctors at a clinic on the outskirts of Mbaso"): where they start, their words to classify by, and whether they
 * are placed where a reader can check them (not in a place's vague crowd: "Officials at the ministry" but not
 * "Officials in the province", "Doctors at a clinic" or "Sources in the ministry"). Null when no people come before.
 */
function peopleOf(tokens: Token[], s: number, from: number, k: number): { start: number; classifyAs: Token[] | undefined; placed: boolean } | null {
  // (People in a poll are its sample, and the poll is the source: "52 percent of voters in the Gazette poll said".)
  if (/^(?:poll|polls|survey|surveys|sample)$/.test(tokens[k].lower)) return null;
  let j = s - 1;
  let place = s;
  // A body read without its article and modifiers ("department at Ridgeview Memorial" of "A nurse in the emergency
  // department at …"): back over them to its determiner, if one opens them after a preposition of people.
  if (j >= from && !PEOPLE_OF.has(tokens[j].lower) && ORG_NOUNS.has(tokens[s].lower)) {
    let d = j;
    while (d > from && s - d <= 3 && tokens[d].kind === 'word' && !tokens[d].capitalized && !DETERMINERS.has(tokens[d].lower) && !NOT_SOURCE.has(tokens[d].lower) && !CUE_FORMS.has(tokens[d].lower)) d--;
    if (d > from && (tokens[d].lower === 'the' || tokens[d].lower === 'a' || tokens[d].lower === 'an') && PEOPLE_OF.has(tokens[d - 1].lower)) {
      place = d;
      j = d - 1;
    }
  }
  for (let hops = 0; hops < 3; hops++) {
    // ("Critics from across the political spectrum said", "bishops from around the world": "from" with a word that
    // spreads the place.)
    if (j - 2 >= from && SPREAD_OVER.has(tokens[j].lower) && tokens[j - 1].lower === 'from') j--;
    if (j - 1 < from || !PEOPLE_OF.has(tokens[j].lower)) return null;
    const noun = tokens[j - 1];
    // ("One of Epstein's victims", "some of the protesters": a few of people, not "phase one of a terminal expansion".)
    const few = DETERMINERS.has(noun.lower);
    if (few && !(hops === 0 && tokens[j].lower === 'of' && (j - 1 === from || !tokens[j - 2].capitalized && tokens[j - 2].kind === 'word' && !DETERMINERS.has(tokens[j - 2].lower)) && peopleNounAt(tokens, k, from))) return null;
    if (peopleNounAt(tokens, j - 1, from)) {
      let h = j - 1;
      // With their modifiers and determiner: "Senior health officials", "the former owner", "a Democratic staffer" (a
      // capitalised modifier only after a determiner).
      if (!few) {
        let d = h;
        for (let m = 0; m < 3 && d - 1 >= from; m++) {
          const p = tokens[d - 1];
          if (p.kind !== 'word' || NOT_SOURCE.has(p.lower) || CUE_FORMS.has(p.lower) || PRONOUNS.has(p.lower) || PEOPLE_OF.has(p.lower)) break;
          // (Words that describe people, not a time or a verb before them: "Last week officials", "She visited relatives".)
          if (!DETERMINERS.has(p.lower) && !describesPeople(p, d - 1 === from, d - 2 >= from ? tokens[d - 2] : undefined)) break;
          d--;
          if (DETERMINERS.has(p.lower)) {
            h = d;
            break;
          }
          if (!p.capitalized || d === from) h = d;
        }
      }
      // (A few of a group are classed as the whole phrase: "One of the victims" is unnamed.)
      const classifyAs = few ? undefined : tokens.slice(h, j).filter((t) => t.kind !== 'punct');
      let placeName = false;
      for (let p = j + 1; p <= k && !placeName; p++) placeName = tokens[p].capitalized && tokens[p].kind === 'word';
      let placeHead = place;
      while (placeHead + 1 <= k && tokens[placeHead + 1].kind === 'word' && !PEOPLE_OF.has(tokens[placeHead + 1].lower)) placeHead++;
      return { start: h, classifyAs, placed: !few && placedWhereChecked(tokens[h], noun, tokens[j], tokens[place], placeName, tokens[placeHead]) };
    }
    // A place or body between: "a clinic on the outskirts of", back to its determiner.
    let d = j - 1;
    for (let m = 0; m < 4 && d >= from; m++) {
      const t = tokens[d];
      if (t.kind !== 'word' || NOT_SOURCE.has(t.lower) || CUE_FORMS.has(t.lower) || PRONOUNS.has(t.lower)) return null;
      if (DETERMINERS.has(t.lower) || d === from) break;
      if (PEOPLE_OF.has(tokens[d - 1].lower)) break;
      d--;
    }
    if (d < from || !(DETERMINERS.has(tokens[d].lower) || PEOPLE_OF.has(tokens[d - 1]?.lower ?? ''))) return null;
    place = d;
    j = d - 1;
  }
  return null;
}

/**
 * A data set with the body that made it, named right after its noun: "A public poll by the Keystone Polling
 * Institute", "New data from the Centers for Disease Control and Prevention" (not the data set alone).
 */
function withMaker(tokens: Token[], data: Phrase & { head: number }, verb: number): Phrase {
  // ("A survey of 1,000 adults across 50 states by Gallup found": the maker may follow the sample.)
  // (Not inside an aside of whom the sample held: "The Marist poll of 1,000 adults, including 400 from Texas, found".)
  let b = data.head + 1;
  while (b < verb && tokens[b].lower !== 'by' && tokens[b].lower !== 'from') {
    if (tokens[b].text === ',' && tokens[b + 1]?.lower === 'including') {
      b += 2;
      while (b < verb && tokens[b].text !== ',') b++;
    }
    b++;
  }
  // ("A survey of 2,000 adults for the Seafood Marketing Board found", "A poll for the Times found": with no maker, a
  // document made for a body is the body's, no vague one; it stays the source, read with the body and its noun last.)
  if (b >= verb) {
    const body = madeFor(tokens, data.head, verb);
    if (!body) return data;
    return { ...data, classifyAs: reorderHead([...data.words, ...body], tokens[data.head]) };
  }
  // ("One preliminary analysis from March": a date is no maker.)
  if (!tokens[b + 1] || PARTICIPLE_TIMES.has(tokens[b + 1].lower)) return data;
  // ("A survey of 2,000 residents commissioned by council last fall found": a body by its noun that ordered it makes it
  // the body's, as one it was made for does.)
  // (Its noun may come after up to two words of what it does: "by the parks department", "by the city arts fund".)
  const orderer = ordererNoun(tokens, tokens[b + 1].lower === 'the' ? b + 2 : b + 1, verb);
  if (NOT_AUTHORED.has(tokens[b - 1]?.lower ?? '') && orderer > 0) {
    return { ...data, classifyAs: reorderHead([...data.words, tokens[b - 1], tokens[b], tokens[orderer]], tokens[data.head]) };
  }
  // ("A survey of 600 EV owners by the state's motoring club, published in June, found", "A survey by the patient group
  // found": a body by its noun that made it, the maker alone; not one a participle says only released it.)
  if (orderer > 0 && tokens[b].lower === 'by' && !PAST_ENDING.test(tokens[b - 1].lower)) return { words: tokens.slice(b + 1, orderer + 1), start: tokens[b + 1].start, end: tokens[orderer].end };
  let k = b + 1;
  // ("by the polling firm Ardmore Research", "by the charity Parentkind": past what the maker is, to its name.)
  const described = makerDescribed(tokens, b + 1, verb);
  if (described > 0) k = described;
  while (k < verb && tokens[k].kind !== 'punct' && (tokens[k].capitalized || tokens[k].kind === 'alnum' || MAKER_JOINERS.has(tokens[k].lower))) k++;
  // (A modifier of the maker is no name: "A poll by the Republican-aligned firm Canyon Analytics"; what the name is
  // for ends it: "A survey by the Meinhardt Institute for the regional broadcaster KRT".)
  if (k < verb && tokens[k].kind === 'word' && !AFTER_MAKER.has(tokens[k].lower) && !MAKER_JOINERS.has(tokens[k - 1].lower)) return data;
  while (k > b + 1 && MAKER_JOINERS.has(tokens[k - 1].lower)) k--;
  const last = tokens[k - 1];
  if (k === b + 1 || !(last.capitalized || last.kind === 'alnum')) return data;
  // (After a sample, the maker alone: the sample's figures are the data set's, not part of its name.)
  if (b > data.head + 1) return { words: tokens.slice(b + 1, k), start: tokens[b + 1].start, end: last.end };
  const words = [...data.words];
  for (let w = b; w < k; w++) words.push(tokens[w]);
  return { words, start: data.start, end: last.end, classifyAs: reorderHead(words, tokens[data.head]) };
}
const MAKER_JOINERS = new Set(['the', 'of', 'and', 'for', 'on']);
/** Nouns that say what a data set's maker is, before its name ("the polling firm", "the charity"), beside bodies' nouns. */
const MAKER_NOUNS = new Set(['charity', 'body', 'pollster', 'consultancy', 'nonprofit', 'non-profit', 'tank', 'site', 'website', 'platform']);

/**
 * Where the name starts after "the" and up to three words in lower case that end in what a maker is ("the polling firm
 * Ardmore Research"), from a; or -1.
 */
function makerDescribed(tokens: Token[], a: number, verb: number): number {
  let j = a < verb && (tokens[a].lower === 'the' || tokens[a].lower === 'a') ? a + 1 : a;
  const d = j;
  while (j < verb && j - d < 3 && tokens[j].kind === 'word' && !tokens[j].capitalized && !CUE_FORMS.has(tokens[j].lower)) j++;
  return j > d && j < verb && tokens[j].capitalized && (ORG_NOUNS.has(tokens[j - 1].lower) || MAKER_NOUNS.has(tokens[j - 1].lower)) ? j : -1;
}
/** Words after a data set's maker that end its name: when and how the data came out. */
const AFTER_MAKER = new Set(['released', 'conducted', 'published', 'commissioned', 'fielded', 'taken', 'carried', 'in', 'last', 'this', 'earlier', 'today', 'yesterday']);

/**
 * "Records obtained by the Post", "a report seen by The Herald", "An internal email seen by the court", "A study
 * published in Nature": a document seen or obtained by the outlet or body named at tokens[s, e] after "by", or
 * published in it, or one that examines it ("An independent audit of the Federation"), is the source, as the draft
 * words it, classed by the document's noun; or null.
 */
function documentObtainedBy(tokens: Token[], s: number, e: number, from: number): Phrase | null {
  let by = s - 1;
  // (Past an article, a count or an owner: "filed by 14 passengers", "filed by its administrators".)
  if (by >= from && (tokens[by].lower === 'the' || tokens[by].kind === 'number' || OWNERS.has(tokens[by].lower))) by--;
  // ("An agreed statement of facts filed with the court": a document of what it holds.)
  // ("a report to the council's cabinet seen by the Shropshire Star": or of whom it was written for.)
  const noun = by - 4 >= from && tokens[by - 3].lower === 'of' && tokens[by - 4].kind === 'word' && DOCUMENT_NOUNS.has(tokens[by - 4].lower) && !DOCUMENT_NOUNS.has(tokens[by - 2].lower) ? by - 4 : documentBeforeAddressee(tokens, by - 2, from);
  // ("An independent audit of the Federation of Volleyball Clubs has found": an examination of a body speaks, not the
  // body it examines.)
  if (by - 1 >= from && tokens[by].lower === 'of' && tokens[by - 1].kind === 'word' && EXAMINATIONS.has(tokens[by - 1].lower)) return documentPhrase(tokens, by - 1, e, from);
  if (noun < from || !(byOfParticiple(tokens, by) || publishedIn(tokens, by - 1)) || tokens[noun].kind !== 'word' || !DOCUMENT_NOUNS.has(tokens[noun].lower)) return null;
  return documentPhrase(tokens, noun, e, from);
}

/** Words between a document's noun and whom it was written for or about ("a report to the cabinet", "a memo on …"). */
const WRITTEN_FOR = new Set(['to', 'for', 'on', 'about', 'into']);

/**
 * The document's noun before the word at k (a participle), past whom or what the document was written for or about
 * ("report to the council's cabinet", "a memo on staffing levels"): up to six words, no mark between; else k.
 */
function documentBeforeAddressee(tokens: Token[], k: number, from: number): number {
  if (k < from || DOCUMENT_NOUNS.has(tokens[k].lower)) return k;
  for (let p = k - 1; p - 1 >= from && k - p <= 6; p--) {
    const t = tokens[p];
    if (t.kind !== 'word') break;
    if (WRITTEN_FOR.has(t.lower)) return tokens[p - 1].kind === 'word' && !tokens[p - 1].capitalized && DOCUMENT_NOUNS.has(tokens[p - 1].lower) ? p - 1 : k;
  }
  return k;
}

/**
 * Does the phrase ending at e name who filed, obtained or paid for a document: "by" (past an article, a count or an
 * owner) after one of those participles and the document's noun, within four words before e ("Court papers filed by
 * its administrators")?
 */
function obtainedByBefore(tokens: Token[], e: number, from: number): boolean {
  for (let by = e - 1; by - 2 >= from && e - by <= 4; by--) {
    const t = tokens[by];
    if (t.lower !== 'by') {
      if (t.kind === 'punct') return false;
      continue;
    }
    return byOfParticiple(tokens, by) && tokens[by - 2].kind === 'word' && DOCUMENT_NOUNS.has(tokens[by - 2].lower);
  }
  return false;
}

/** Bodies by their noun that order documents: those any body's noun names, and a fund ("commissioned by the fund"). */
const ORDERING_BODIES: ReadonlySet<string> = new Set([...NAMED_BY_NOUN, 'fund']);
/**
 * Where the noun of a body stands that orders a document, at k or after up to two lower-case words before it ("the
 * parks department"), before `end`; -1 when there is none or a name follows it.
 */
function ordererNoun(tokens: Token[], k: number, end: number): number {
  for (let n = k; n < end && n <= k + 2; n++) {
    const t = tokens[n];
    if (t.kind !== 'word' || t.capitalized || DOCUMENT_LINKS.has(t.lower) || t.lower === 'and') return -1;
    // (Not before the body's name, read as the maker: "by the polling firm Ardmore Research".)
    if (ORDERING_BODIES.has(t.lower)) return tokens[n + 1]?.capitalized === true ? -1 : n;
  }
  return -1;
}

/** Does "by" after a document's noun stand within the eight words before k ("A report by the Association of …")? */
function documentByBefore(tokens: Token[], k: number, from: number): boolean {
  for (let by = k - 1; by - 1 >= from && k - by <= 8; by--) {
    const t = tokens[by];
    if (t.kind !== 'word') return false;
    if (t.lower === 'by') return tokens[by - 1].kind === 'word' && DOCUMENT_NOUNS.has(tokens[by - 1].lower);
  }
  return false;
}

/** "by" at `by` after a participle of who obtained, filed or paid for a document ("seen by", "commissioned by"). */
function byOfParticiple(tokens: Token[], by: number): boolean {
  // ("An agreed statement of facts filed with the court says", "documents submitted to the committee show": whom a
  // document was given to, not its author.)
  return (tokens[by].lower === 'by' && (OBTAINED.has(tokens[by - 1].lower) || NOT_AUTHORED.has(tokens[by - 1].lower))) || ((tokens[by].lower === 'with' || tokens[by].lower === 'to') && GIVEN_TO.has(tokens[by - 1].lower));
}
/** Participles of a document given to someone, before "with" or "to" ("filed with the court", "submitted to"). */
const GIVEN_TO = new Set(['filed', 'lodged', 'submitted', 'presented', 'sent', 'provided', 'delivered']);

/** Possessive determiners before a document's maker ("filed by its administrators"). */
const OWNERS = new Set([...ABSOLUTE_OWNERS, 'our']);

/** Nouns of polls, read as their verbs before a participle's maker ("A survey commissioned by …" stays its maker's). */
const POLLED_NOUNS = new Set(['survey', 'surveys', 'poll', 'polls']);

/** Does a phrase name who ordered or paid for its document ("commissioned by"): a body or a role, not "researchers"? */
function madeBy(words: Token[]): boolean {
  const by = words.findIndex((w, k) => w.lower === 'by' && k > 0 && NOT_AUTHORED.has(words[k - 1].lower));
  if (by < 0) return false;
  // (Read to the end or to the document's noun, which a classed phrase moves last.)
  for (let k = by + 1; k < words.length; k++) {
    const maker = words[k];
    if (maker.capitalized || ORG_NOUNS.has(maker.lower) || (ROLE_NOUNS.has(maker.lower) && !VAGUE_NOUNS.has(maker.lower))) return true;
  }
  return false;
}
/**
 * Words that make an unnamed document a body's own: "a survey of its members", "their own survey", "a staff report",
 * "a consultation survey" (a body's staff or consultation; the body is the one the sentence is about).
 */
const OWNED_DOCUMENT_WORDS = new Set(['its', 'their', 'our', 'staff', 'consultation']);
/**
 * Is an unnamed document a body's own by its words: a possessive, "its", "staff" ("a survey of its members", "a staff
 * report"); a body's noun before it ("a council report", "a cabinet report", "an agency maintenance report"); a body it
 * was made for ("A survey … carried out for the council") or laid before ("a report presented to councillors", read so
 * by givenToBody); not who released it ("a study released by the agency Tuesday" stays vague).
 */
function bodysDocument(words: Token[]): boolean {
  // (Before any word that ties it to more: "A council survey of 1,100 residents", not "a survey of council tenants".)
  const link = words.findIndex((v) => DOCUMENT_LINKS.has(v.lower));
  return words.some((w, k) =>
    endsWithPossessive(w.text) ||
    OWNED_DOCUMENT_WORDS.has(w.lower) ||
    orderedByBody(w.lower) ||
    ((link < 0 || k < link) && k > 0 && k < words.length - 1 && !w.capitalized && OWNING_BODIES.has(w.lower)) ||
    (DOCUMENT_RECIPIENT.has(w.lower) && words.slice(k + 1).some((v) => BODY_MEMBERS.has(v.lower) || (w.lower !== 'by' && (recipientBody(v.lower) || NAMED_BY_NOUN.has(v.lower))))));
}
/** A body's noun joined to a participle of ordering: "a council-commissioned survey", "a government-funded study". */
function orderedByBody(word: string): boolean {
  const dash = word.indexOf('-');
  return dash > 0 && OWNING_BODIES.has(word.slice(0, dash)) && NOT_AUTHORED.has(word.slice(dash + 1));
}
/** Words that tie a document to more than its owner ("a survey of council tenants", "released by the agency"). */
const DOCUMENT_LINKS = new Set(['of', 'by', 'to', 'for', 'in', 'from', 'with', 'at', 'on']);
/** Bodies whose noun before a document makes it theirs: the council, cabinet or agency the story is about. */
const OWNING_BODIES = new Set(['council', 'cabinet', 'agency', 'college', 'charity', 'museum', 'library', 'ministry', 'department', 'city', 'county', 'district', 'board', 'committee', 'government', 'police', 'company', 'union', 'hospital', 'authority', 'commission', 'regulator', 'inspectorate', 'trust', 'school', 'university', 'parliamentary', 'congressional', 'legislative', 'senate', 'treasury', 'watchdog']);

/**
 * Participles of those who pay for or order a document, not its authors: "A review commissioned by the council found",
 * "A study funded by the Wellcome Trust found" is the review's, the study's.
 */
const NOT_AUTHORED = new Set(['commissioned', 'funded', 'sponsored', 'ordered', 'requested', 'paid']);

/** Documents that examine what follows their "of": "an audit of the Federation", "a poll of Republicans". */
const EXAMINATIONS = new Set(['audit', 'review', 'investigation', 'inquiry', 'assessment', 'analysis', 'study', 'survey', 'surveys', 'poll', 'polls', 'census']);

/** The phrase of the document whose noun stands at `noun`, from its article (or first word) to e. */
function documentPhrase(tokens: Token[], noun: number, e: number, from: number): Phrase {
  // The document's words before its noun, to its article ("A confidential report", "Internal emails").
  let start = noun;
  while (start - 1 >= from && noun - start < 4 && !DETERMINERS.has(tokens[start].lower) && (tokens[start - 1].kind === 'word' || tokens[start - 1].kind === 'alnum' || tokens[start - 1].kind === 'number') && !CUE_FORMS.has(tokens[start - 1].lower) && !PRONOUNS.has(tokens[start - 1].lower) && !NOT_SOURCE.has(tokens[start - 1].lower)) start--;
  const words: Token[] = [];
  for (let w = start; w <= e; w++) if (tokens[w].kind !== 'punct') words.push(tokens[w]);
  return { words, start: tokens[start].start, end: tokens[e].end, classifyAs: reorderHead(words, tokens[noun]) };
}

/** A gerund in lower case ("by exporting") opening the phrase np, if that phrase ends in no one or nothing that reports. */
function gerundOpens(t: Token, np: Phrase | null): boolean {
  if (t.kind !== 'word' || t.capitalized || !ING_ENDING.test(t.lower)) return false;
  // ("by nursing home operators", "by housing advocates' count", "by polling firm Ipsos's count" name sources.)
  const head = np ? np.words[np.words.length - 1] : undefined;
  return !(head && (head.capitalized || sourceNoun(head.lower) || DOCUMENT_NOUNS.has(head.lower) || RECKONINGS.has(head.lower)));
}

/** Verbs of reckoning a body named before does as "it": "It estimates that there are now 1.9 million …". */
const RECKONING_VERBS = new Set(['estimate', 'forecast', 'project', 'calculate', 'predict']);

/**
 * Words after a document's noun that say whose it is, how it came out or who saw it: "estimates from", "a report
 * presented to", "county records reviewed by the Ledger".
 */
const DOCUMENT_FOLLOWERS = new Set(['from', 'by', 'of', 'to', 'for', 'released', 'published', 'presented', 'prepared', 'compiled', 'issued', 'commissioned', 'reviewed', 'seen', 'obtained', 'filed', 'collected', 'kept']);

/** A role's noun in lower case, or one after a hyphen ("co-founder", "vice-chair"). */
function roleWord(t: Token): boolean {
  if (t.kind !== 'word' || t.capitalized) return false;
  if (ROLE_NOUNS.has(t.lower)) return true;
  const hyphen = t.lower.lastIndexOf('-');
  return hyphen > 0 && ROLE_NOUNS.has(t.lower.slice(hyphen + 1));
}

/**
 * Does the "and" at `and` join two roles of one person whose name follows the second ("co-founder and chief executive
 * Nadia Smith"): a role's word before it, up to three words in lower case after it ending in a role's word, then a
 * capital?
 */
function rolesJoinedBeforeName(tokens: Token[], and: number, to: number): boolean {
  if (!roleWord(tokens[and - 1])) return false;
  let k = and + 1;
  while (k < to && k - and <= 3 && tokens[k].kind === 'word' && !tokens[k].capitalized && !DETERMINERS.has(tokens[k].lower)) k++;
  return k > and + 1 && k < to && roleWord(tokens[k - 1]) && tokens[k].kind === 'word' && tokens[k].capitalized;
}

/**
 * The end (exclusive) of a person's name standing in apposition at tokens[comma + 1…] ("…, Abdullah Kurdi, …"): two to
 * four capitalised words (titles allowed) closed by a comma, a full stop or the range's end; 0 when there is none.
 */
function appositiveName(tokens: Token[], comma: number, to: number, inQuote: (o: number) => boolean): number {
  if (tokens[comma]?.text !== ',') return 0;
  let e = comma + 1;
  // "the mission's head, Dutch diplomat Pieter van Aalst": a nationality and a role before the name.
  let d = e;
  if (d < to && tokens[d].capitalized && NATIONALITY_SUFFIX.test(tokens[d].lower)) d++;
  const roleStart = d;
  while (d < to && d - roleStart < 3 && tokens[d].kind === 'word' && !tokens[d].capitalized && ROLE_NOUNS.has(tokens[d].lower)) d++;
  if (d > roleStart && d < to && tokens[d].capitalized) e = d;
  let words = 0;
  while (e < to && words < 5 && !inQuote(tokens[e].start)) {
    if (titleDot(tokens, e)) {
      e++;
      continue;
    }
    const t = tokens[e];
    if (t.kind !== 'word' || !(t.capitalized || (NAME_PARTICLES.has(t.lower) && tokens[e + 1]?.capitalized)) || ORG_NAME_WORDS.has(t.text)) break;
    words++;
    e++;
  }
  const closer = e >= to ? '.' : tokens[e].text;
  return words >= 2 && words <= 4 && (closer === ',' || closer === '.') ? e : 0;
}

/** What "made" a document after its noun: "filings made public", "records made available". */
const MADE_KNOWN = new Set(['public', 'available']);

/** The noun phrase starting at token i, read forwards ("Jones", "the French senator", "a report by RAND"). */
function forwardPhrase(tokens: Token[], i: number, to: number, inQuote: (o: number) => boolean): Phrase | null {
  let e = i;
  let sawHead = false;
  // "according to a person familiar with the talks": who knows, then what they know.
  let informedAt = -1;
  // A title in quotation marks inside the phrase: its words are not the phrase's prepositions.
  let titled: { start: number; end: number } | null = null;
  // Where "on Monday" (or "Monday") stands between a document and its author (left out of the phrase's words), and
  // how many words it takes.
  let day = -1;
  let dayWords = 2;
  let listEnd = -1;
  // Where "seen" or "obtained" stands after a document, before "by" and who saw it.
  let obtainedAt = -1;
  // Whether every word so far is a capital or a word inside a name ("the Centre for the Study of Football Finance at
  // the University of Salford"): a name may run past the words a phrase is otherwise read to.
  let inName = true;
  // Where a name after the head's preposition starts ("a report by the Centre for the Study of Retirement and Later
  // Life"), and whether every word since is a capital or a word inside a name: it may run as far as a name that
  // opens the phrase.
  let nameAt = -1;
  let inLaterName = false;
  while (e < to && e - i < (informedAt >= 0 ? 14 : inName ? NAME_PHRASE_WORDS : inLaterName ? Math.max(10, nameAt - i + NAME_PHRASE_WORDS) : 10) + (day >= 0 ? 2 : 0)) {
    const t = tokens[e];
    inName &&= (t.kind === 'word' && t.capitalized) || NAME_INSIDE.has(t.lower);
    if (nameAt < 0 && sawHead && t.kind === 'word' && t.capitalized && e - 1 > i && (tokens[e - 1].lower === 'the' ? NP_PREPOSITIONS.has(tokens[e - 2].lower) : NP_PREPOSITIONS.has(tokens[e - 1].lower))) {
      nameAt = e;
      inLaterName = true;
    } else if (nameAt >= 0) inLaterName &&= (t.kind === 'word' && t.capitalized) || NAME_INSIDE.has(t.lower);
    // A title or label in quotation marks before the phrase's document noun ('the "Medicare for all" document').
    if (QUOTE_MARKS.has(t.text) && e > i && !sawHead) {
      let c = e + 1;
      while (c < to && c - e <= 8 && !QUOTE_MARKS.has(tokens[c].text)) c++;
      const noun = tokens[c + 1];
      if (c < to && c - e <= 8 && c > e + 1 && noun !== undefined && c + 1 < to && noun.kind === 'word' && DOCUMENT_NOUNS.has(noun.lower)) {
        titled = { start: t.start, end: tokens[c].end };
        e = c + 1;
        sawHead = true;
        continue;
      }
    }
    if (inQuote(t.start)) break;
    // "according to newly released data from …", "the recently published figures": an adverb and the participle it
    // modifies describe the head still to come.
    if (!sawHead && t.kind === 'word' && LY_ENDING.test(t.lower) && e + 2 < to && tokens[e + 1].kind === 'word' && PARTICIPLE_ENDING.test(tokens[e + 1].lower) && tokens[e + 2].kind === 'word') {
      e += 2;
      continue;
    }
    if (e - 2 >= i && informedAt < 0 && INFORMED_BY.get(tokens[e - 1].lower) === t.lower && INFORMED_PEOPLE.has(tokens[e - 2].lower)) {
      informedAt = e - 1;
      e++;
      continue;
    }
    if (titleDot(tokens, e)) {
      e++; // "said Dr. David Livermore": the full stop of a title does not end the name
      continue;
    }
    // "and" between names, "on" and "in" after a body's word go on: "Procter and Gamble", "Council on Environmental
    // Quality" (not "Smith in Paris").
    // (Not a date after the name: "the UN Security Council on December 1, 2023".)
    // ("the Irish Society for the Prevention of Cruelty to Children": "to" between capitals that hang on a body's word.)
    const joinsName = e > i && tokens[e + 1]?.capitalized === true && tokens[e - 1].capitalized && (t.lower === 'and' || ((t.lower === 'on' || t.lower === 'in') && ORG_NAME_WORDS.has(tokens[e - 1].text) && !timeWord(tokens[e + 1])) || (t.lower === 'to' && prepositionsToBody(tokens, e - 1, i) >= 2));
    // ("according to the Department of Social Welfare and Development", "the Fire Service and Civil Defence": "and" in a
    // body's name goes on, after a body's word or its "of" or "for"; not before a person's given name.)
    // ("according to the Scottish Fire and Rescue Service": or between capitals that end in a body's word.)
    if (joinsName && (t.lower !== 'and' || (bodyBeforeAnd(tokens, i, e) && bodyAfterAnd(tokens, e, to, i + 10)) || andInBodyName(tokens, e, i, bodyEndAfterAnd(tokens, e, to)))) {
      e++;
      continue;
    }
    // "a report by WWF and the Zoological Society of London", "according to the British Hedgehog Preservation Society
    // and the People's Trust for Endangered Species": two bodies that give one figure or one report together.
    if (t.lower === 'and' && e > i && tokens[e - 1].capitalized && nameOpensAt(tokens, i, e)) {
      const second = secondBodyAfter(tokens, e, to);
      if (second > e) {
        e = second + 1;
        continue;
      }
    }
    // "a tweet on Monday by US Secretary of State Mike Pompeo": a day between a document and its author goes on.
    if (sawHead && day < 0 && t.lower === 'on' && TIME_WORDS.has(tokens[e + 1]?.lower ?? '') && tokens[e + 2]?.lower === 'by' && e + 3 < to) {
      day = e;
      e += 2;
      continue;
    }
    // "a study last year", "NBC News last week": a time after the phrase ends it; before "by" or "from" it stands
    // between a document and its author ("a study last year by …", "a report last week from the ministry").
    if (sawHead && RELATIVE_TIME_LEADS.has(t.lower) && e + 1 < to && timeWord(tokens[e + 1])) {
      if (day >= 0 || (tokens[e + 2]?.lower !== 'by' && tokens[e + 2]?.lower !== 'from') || e + 3 >= to) {
        // (Nor the participle before the time: "a Gallup poll taken last week".)
        if (e - 1 > i && !tokens[e - 1].capitalized && PARTICIPLE_ENDING.test(tokens[e - 1].lower)) e--;
        break;
      }
      day = e;
      e += 2;
      continue;
    }
    // "according to the Department for Environment, Food and Rural Affairs": a list inside a body's name after its
    // word and "of" or "for" goes on to the list's end.
    if ((t.text === ',' || t.lower === 'and') && e > i && (listEnd = listEndAhead(tokens, e, to)) > 0 && listOpener(tokens, e - 1, i) >= 0) {
      e = listEnd;
      continue;
    }
    // "a March 14, 2019 NATO press release": the comma of a date goes on.
    if (t.text === ',' && e - 2 >= i && MONTHS.has(tokens[e - 2].lower) && UP_TO_TWO_DIGITS.test(tokens[e - 1].text) && YEAR.test(tokens[e + 1]?.text ?? '')) {
      e += 2;
      continue;
    }
    // ("said Vantor co-founder and chief executive Nadia Smith": "and" between two roles of the one person named after
    // them goes on.)
    if (t.lower === 'and' && e > i && rolesJoinedBeforeName(tokens, e, to)) {
      e++;
      continue;
    }
    if (FORWARD_STOP.has(t.lower) && !joinsName) break;
    // ("figures released by the Ministry of Health under official information laws": the law a name gave them under;
    // "released by the agency under a freedom of information request": or a body's noun, before words, not a figure.)
    if (t.lower === 'under' && !t.capitalized && e > i && (tokens[e - 1].capitalized || tokens[e + 1]?.kind === 'word')) break;
    // "A report by the city's auditor general later estimated …": an adverb before the sentence's verb ends the phrase.
    if (sawHead && !t.capitalized && CUE_ADVERBS.has(t.lower) && e + 1 < to && CUE_FORMS.has(tokens[e + 1].lower)) break;
    // "asked by a caller why young men are coming": the question after the asker.
    if (WH_WORDS.has(t.text) && e > i) break;
    // "a survey by the Meinhardt Institute for the regional broadcaster KRT": "for" after a name and before a word in
    // lower case names whom the body worked for ("the Institute for the Study of War" goes on).
    if (t.lower === 'for' && sawHead && tokens[e - 1].capitalized && lowerCaseWordAt(tokens, e + 1, to)) break;
    // "a study of more than 62,000 people": the sample a document counts is no part of its name.
    if (sawHead && t.lower === 'of' && !tokens[e - 1].capitalized && DOCUMENT_NOUNS.has(tokens[e - 1].lower) && sampleCount(tokens, e + 1)) break;
    // "according to the New York Times about 100 miles from Okinawa": a figure after the name is what it reports.
    // A figure that goes on to a capitalised word or a source's noun is part of the name: "Channel 4 News", "the
    // Fortune 500 list", "Formula 1 officials".
    if (sawHead && tokens[e - 1].capitalized && ((FIGURE_LEADS.has(t.lower) && tokens[e + 1]?.kind === 'number') || (t.kind === 'number' && !nameGoesOn(tokens[e + 1]) && !MONTHS.has(tokens[e - 1].lower)))) break;
    // ("the regulator's most recent figures": "most" or "least" after an owner makes a superlative, no new phrase.)
    const superlative = (t.lower === 'most' || t.lower === 'least') && endsWithPossessive(tokens[e - 1]?.text ?? '') && tokens[e + 1]?.kind === 'word' && !tokens[e + 1].capitalized;
    if (sawHead && DETERMINERS.has(t.lower) && !superlative && !NP_PREPOSITIONS.has(tokens[e - 1]?.lower ?? '') && e !== informedAt + 2) break;
    // A document noun that is also a verb form ends the phrase as its head: "by his own count he …", "by early reports,".
    const documentHead = DOCUMENT_NOUNS.has(t.lower) && (e + 1 >= to || tokens[e + 1].kind === 'punct' || PRONOUNS.has(tokens[e + 1].lower));
    if (documentHead && sawHead) {
      e++;
      break;
    }
    // (A document noun before what says whose it is stays the head: "according to preliminary estimates from the
    // Emissions Monitoring Office", "according to a staff report presented to councillors".)
    // (Nor an adjective in -ed before the document's noun: "according to the latest uninsured data from the CDC".)
    const documentGoesOn = (DOCUMENT_NOUNS.has(t.lower) && DOCUMENT_FOLLOWERS.has(tokens[e + 1]?.lower ?? '')) || (t.lower.endsWith('ed') && !CUE_FORMS.has(t.lower) && e + 1 < to && DOCUMENT_NOUNS.has(tokens[e + 1].lower) && !tokens[e + 1].capitalized);
    // ("according to people involved in the talks", "people briefed on the plan": who knows, read on below.)
    const informing = informedAt < 0 && INFORMED_BY.get(t.lower) === tokens[e + 1]?.lower && INFORMED_PEOPLE.has(tokens[e - 1]?.lower ?? '');
    // ("said Oversight ranking Democrat Elijah Cummings", "House ranking member": the title of a committee's senior
    // member of the minority, not a verb.)
    // (Only before the holder's name: not "ranking Democrat megadonors", "ranking Democrat, Elijah Cummings".)
    const rankingTitle = t.lower === 'ranking' && tokens[e - 1].capitalized && RANKING_TITLES.has(tokens[e + 1]?.lower ?? '') && tokens[e + 2]?.kind === 'word' && tokens[e + 2].capitalized && (isGivenName(tokens[e + 2].text) || NAME_TITLES.has(tokens[e + 2].text));
    // ("according to court filings made public Monday": what was done with a document ends the phrase, as "released".)
    if (sawHead && t.lower === 'made' && DOCUMENT_NOUNS.has(tokens[e - 1].lower) && MADE_KNOWN.has(tokens[e + 1]?.lower ?? '')) break;
    // (A time after who made or saw a document ends the phrase: "by Gallup Tuesday", "by the Department of Energy today".)
    if (obtainedAt >= 0 && e > obtainedAt + 2 && timeWord(t)) break;
    // ("according to a report seen by Times Higher Education": a document seen or obtained by a named outlet or body;
    // "according to figures released by the party": or made by whoever it names.)
    // ("according to figures published by the agency", "a report seen by reporters": or by a body or people the draft
    // names by their noun.)
    // ("according to a study published in Nature": where it was published, as who made it.)
    // ("preliminary findings released on Tuesday by the National Transportation Safety Board": the day between them is
    // left out, as after a document's noun.)
    if (sawHead && obtainedAt < 0 && (OBTAINED.has(t.lower) || AGENT_PARTICIPLES.has(t.lower) || t.lower === 'announced') && DOCUMENT_NOUNS.has(tokens[e - 1].lower)) {
      // ("data released Monday by the medical examiner's office": a day without its "on" too.)
      const dated = day < 0 && tokens[e + 1]?.lower === 'on' && tokens[e + 3]?.lower === 'by' && timeWord(tokens[e + 2]) ? 2 : day < 0 && tokens[e + 2]?.lower === 'by' && WEEKDAYS.has(tokens[e + 1]?.lower ?? '') ? 1 : 0;
      if ((tokens[e + dated + 1]?.lower === 'by' || publishedIn(tokens, e)) && agentAfter(tokens, tokens[e + dated + 2]?.lower === 'the' ? e + dated + 3 : e + dated + 2, to)) {
        obtainedAt = e;
        if (dated > 0) {
          day = e + 1;
          dayWords = dated;
        }
        e += dated + (tokens[e + dated + 2].lower === 'the' ? 3 : 2);
        continue;
      }
    }
    // ("the council's returning officer", "the acting director": a participle before a role's noun is part of the role.)
    // ("a long-term monitoring survey", "the latest polling data": so is a word in -ing before a document's noun.)
    // ("data released Friday by state gaming regulators": or the plural of a role's noun.)
    const roleModifier = ING_ENDING.test(t.lower) && tokens[e + 1]?.kind === 'word' && (ROLE_NOUNS.has(tokens[e + 1].lower) || DOCUMENT_NOUNS.has(tokens[e + 1].lower) || (PLURAL_IN_S.test(tokens[e + 1].lower) && ROLE_NOUNS.has(withoutFinalS(tokens[e + 1].lower))));
    // ("according to the company's published specifications": a participle after a possessive describes the noun
    // after it, no verb.)
    const possessedModifier = e > i && PAST_ENDING.test(t.lower) && endsWithPossessive(tokens[e - 1].text) && tokens[e + 1]?.kind === 'word' && !tokens[e + 1].capitalized && !NOT_SOURCE.has(tokens[e + 1].lower);
    // ("according to its own forecasts": a noun after "own", whatever it may be as a verb.)
    if (sawHead && !t.capitalized && !NP_PREPOSITIONS.has(t.lower) && !NP_PREPOSITIONS.has(tokens[e - 1]?.lower ?? '') && !DETERMINERS.has(tokens[e - 1]?.lower ?? '') && tokens[e - 1]?.lower !== 'own' && isVerbish(t) && !RECKONINGS.has(t.lower) && !documentGoesOn && !informing && !rankingTitle && !roleModifier && !possessedModifier) break;
    // "said the 46-year-old": an age standing for the person is the phrase's head.
    if ((t.kind === 'word' && !DETERMINERS.has(t.lower) && !NP_PREPOSITIONS.has(t.lower)) || (t.kind === 'alnum' && AGE_COMPOUND.test(t.lower))) sawHead = true;
    e++;
  }
  // (Nor does it end on "the": "… at the" of a name cut short.)
  while (e > i && (NP_PREPOSITIONS.has(tokens[e - 1].lower) || tokens[e - 1].lower === 'the')) e--;
  if (e <= i || !sawHead) return null;
  // The phrase's words (not its marks, but "&" and an initial's "."; nor the day of a date) in one pass, not a slice
  // and then a filtered copy of it.
  const words: Token[] = [];
  for (let k = i; k < e; k++) {
    const t = tokens[k];
    // (A list's comma inside a body's name stays with the word before it, as written.)
    if (t.text === ',' && listEnd > 0 && k > i && lastWordIs(words, tokens[k - 1])) words[words.length - 1] = tokens[k - 1].joinedWith(t);
    else if ((t.kind !== 'punct' || t.text === '&' || t.text === '.') && (day < 0 || k < day || k >= day + dayWords)) words.push(t);
  }
  if (words.length === 0) return null;
  if (obtainedAt >= 0 && e > obtainedAt + 2 && agentAt(tokens[e - 1])) {
    return { words, start: tokens[i].start, end: tokens[e - 1].end, classifyAs: reorderHead(words, tokens[obtainedAt - 1]) };
  }
  if (informedAt >= 0 && e > informedAt + 2) {
    return { words, start: tokens[i].start, end: tokens[e - 1].end, classifyAs: tokens.slice(i, informedAt), unnamed: true };
  }
  // Classify by the phrase's head: the last word before a preposition ("a report by RAND" → report).
  let headEnd = words.length;
  for (let k = 1; k < words.length; k++) {
    if (NP_PREPOSITIONS.has(words[k].lower) && !(titled && words[k].start > titled.start && words[k].end < titled.end)) {
      headEnd = k;
      break;
    }
  }
  // "Mayor of London Sadiq Khan": a phrase of capitalised words and prepositions is a name with its title.
  // ("Marks & Spencer": the ampersand of a firm's name is kept.)
  const plain = words.filter(wordOrAmpersand);
  // (With the "and" of a body's name: "Centers for Disease Prevention and Control".)
  if (plain.length > 1 && plain[plain.length - 1].capitalized && plain.every((w) => w.capitalized || w.text === '&' || w.lower === 'and' || NP_PREPOSITIONS.has(w.lower) || NAME_PARTICLES.has(w.lower))) {
    return { words: plain, start: tokens[i].start, end: plain[plain.length - 1].end };
  }
  // "said master of ceremonies Asab Al-Tabchi", "said chief of staff John Kelly": a title in lower case with its "of",
  // then the name.
  // (The words before "of" hold a title's noun: "former secretary", "chief"; not "the son", "a friend".)
  if (headEnd < words.length && words[headEnd].lower === 'of' && plain.length > 3 && plain.length <= 9 && words.slice(0, headEnd).some((w) => TITLES_WITH_OF.has(w.lower))) {
    let n = plain.length;
    while (n > 0 && plain[n - 1].capitalized) n--;
    // (The title's own noun stands right before the name: not "a friend of Donald Trump", "the wife of John Smith".)
    const titleNoun = plain[n - 1];
    if (plain.length - n >= 2 && plain.length - n <= 4 && n - 1 > headEnd && !NP_PREPOSITIONS.has(titleNoun.lower) && !DETERMINERS.has(titleNoun.lower) && plain.slice(0, n).every((w) => !w.capitalized && w.kind === 'word') && !plain.slice(n).some((w) => ORG_NAME_WORDS.has(w.text))) {
      return { words: plain, start: tokens[i].start, end: plain[plain.length - 1].end };
    }
  }
  const headWords = words.slice(0, headEnd).filter(wordOrAmpersand);
  if (headWords.length === 0) return null;
  const last = headWords[headWords.length - 1];
  // "according to officials at the health ministry", "said relatives of the victims": the people with where they are,
  // classed as the same words before a cue are (see peopleOf).
  // (Not a title before a name, "former secretary of state Hillary Clinton", nor a role owning the source, "the
  // secretary of state's website"; a phrase cut short ends on its last noun, not "the authors of the".)
  // (Nor a role whose holder's name follows in apposition: "according to the mayor of the city, Karen Bass".)
  if (headEnd + 1 < words.length && PEOPLE_OF.has(words[headEnd].lower) && !last.capitalized && peopleNounAt(words, headEnd - 1, 0) && !DETERMINERS.has(last.lower) && appositiveName(tokens, e, to, inQuote) === 0) {
    let end = words.length;
    while (end > headEnd + 1 && (DETERMINERS.has(words[end - 1].lower) || PEOPLE_OF.has(words[end - 1].lower))) end--;
    const place = words.slice(headEnd + 1, end);
    if (place.length > 0 && !place.some((w) => endsWithPossessive(w.text) || isGivenName(w.text))) {
      const all = words.slice(0, end).filter(wordOrAmpersand);
      return { words: all, classifyAs: headWords, placed: placedWhereChecked(headWords[0], last, words[headEnd], place[0], place.some((w) => w.capitalized), place[place.length - 1]), start: tokens[i].start, end: all[all.length - 1].end };
    }
  }
  // ("said a spokeswoman for the Environment Agency": a spokesperson with the body they speak for, as before the
  // verb.)
  if (headEnd + 1 < words.length && ROLE_OF.has(words[headEnd].lower) && !last.capitalized && SPOKESPEOPLE.test(last.lower) && appositiveName(tokens, e, to, inQuote) === 0) {
    let end = words.length;
    while (end > headEnd + 1 && (DETERMINERS.has(words[end - 1].lower) || NP_PREPOSITIONS.has(words[end - 1].lower))) end--;
    const all = words.slice(0, end).filter(wordOrAmpersand);
    return { words: all, classifyAs: headWords, start: tokens[i].start, end: all[all.length - 1].end };
  }
  // "said his father, Abdullah Kurdi, after the ceremony": a role in lower case, then the person's name in apposition.
  const named = !last.capitalized && ROLE_NOUNS.has(last.lower) ? appositiveName(tokens, e, to, inQuote) : 0;
  if (named > 0) {
    const all = [...headWords, ...tokens.slice(e + 1, named)];
    return { words: all, start: tokens[i].start, end: all[all.length - 1].end };
  }
  // ("according to the gallery's insurer, Hartwell & Crane": a body's noun, then the body's name, which names it.)
  const body = !last.capitalized && NAMED_BY_NOUN.has(last.lower) ? appositiveBody(tokens, e, to) : 0;
  if (body > 0) {
    const name = tokens.slice(e + 1, body).filter(wordOrAmpersand);
    return { words: [...headWords, ...name], classifyAs: name, start: tokens[i].start, end: name[name.length - 1].end };
  }
  if (DOCUMENT_NOUNS.has(last.lower) || ORG_NOUNS.has(last.lower)) {
    return { words: plain, classifyAs: reorderHead(words, last), start: tokens[i].start, end: tokens[e - 1].end };
  }
  // "according to the Society for the Protection of Birds", "the People's Trust for Endangered Species": a body's
  // name after "the", with its own "the" inside, whole (not "the Society").
  if (plain.length > headWords.length && plain[plain.length - 1].capitalized && headWords.some(bodyWord) && plain.every((w) => w.capitalized || w.text === '&' || w.lower === 'and' || w.lower === 'the' || w.lower === 'to' || NP_PREPOSITIONS.has(w.lower))) {
    return { words: plain, classifyAs: headWords, start: tokens[i].start, end: plain[plain.length - 1].end };
  }
  return { words: headWords, start: tokens[i].start, end: headWords[headWords.length - 1].end };
}

/**
 * Where a body's name set off by a comma at `comma` after a body's noun ends (exclusive): capitals, with "&", "and",
 * "of" or "for" inside, that end the sentence or a clause ("the gallery's insurer, Hartwell & Crane."); 0 if none.
 */
function appositiveBody(tokens: Token[], comma: number, to: number): number {
  if (tokens[comma]?.text !== ',') return 0;
  let e = comma + 1;
  while (e < to && e - comma <= 7 && ((tokens[e].kind === 'word' && tokens[e].capitalized) || ((tokens[e].text === '&' || tokens[e].lower === 'and' || tokens[e].lower === 'of' || tokens[e].lower === 'for') && e > comma + 1 && tokens[e + 1]?.capitalized === true))) e++;
  if (e === comma + 1) return 0;
  // (Not a person's name, a given name first, unless "&" or a body's word makes it a firm's: "Hartwell & Crane".)
  let firm = e - comma === 2;
  for (let k = comma + 1; k < e && !firm; k++) firm = tokens[k].text === '&' || ORG_NAME_WORDS.has(tokens[k].text);
  if (!firm && isGivenName(tokens[comma + 1].text)) return 0;
  return e >= to || tokens[e].text === '.' || tokens[e].text === ',' || tokens[e].text === ';' ? e : 0;
}

/** Auxiliaries a plural noun may be the subject of. */
const SUBJECT_AUXILIARIES = new Set(['have', 'had', 'are', 'were']);

/** How many words a phrase of capitals and the words inside a name may run to. */
const NAME_PHRASE_WORDS = 16;
/** Words inside a body's name between its capitals. */
const NAME_INSIDE = new Set(['the', 'of', 'for', 'at', 'and', 'on', 'in', '&']);

/** Words after "ranking" in a committee title ("ranking member", "ranking Democrat"). */
const RANKING_TITLES = new Set(['member', 'democrat', 'republican', 'minority']);

const wordOrAmpersand = (t: Token): boolean => t.kind !== 'punct' || t.text === '&';

/** Is the capitalised token the last of the words gathered, so that a mark inside a name may join it ("Workers'", "Culture,")? */
const lastWordIs = (words: readonly Token[], t: Token): boolean => words.length > 0 && words[words.length - 1] === t && t.capitalized;

/** Verbs of a clause after a participle that describes its subject ("The awards announced today include"). */
const FINITE_AFTER_PARTICIPLE = new Set(['build', 'builds', 'bring', 'brings', 'represent', 'represents', 'mark', 'marks', 'include', 'includes', 'included', 'is', 'are', 'was', 'were', 'will', 'would', 'has', 'have', 'had', 'show', 'shows', 'showed', 'could', 'can', 'may', 'must', 'should', 'remain', 'remains', 'cover', 'covers', 'total', 'totals', 'totaled', 'range', 'ranges', 'go', 'goes', 'went']);
/** Times that may stand between such a participle and the verb. */
const PARTICIPLE_TIMES = new Set([...TIME_WORDS, ...MONTHS, 'earlier', 'recently', 'last', 'this', 'on', 'in']);

/** Is the past-tense cue at i a participle describing its subject, the clause's verb coming after a time? */
function reducedRelative(tokens: Token[], i: number, to: number): boolean {
  if (!tokens[i].lower.endsWith('ed') || i === 0 || tokens[i - 1].kind !== 'word' || PRONOUNS.has(tokens[i - 1].lower)) return false;
  let k = i + 1;
  while (k < to && k - i <= 3 && PARTICIPLE_TIMES.has(tokens[k].lower)) k++;
  // (In lower case: "announced Tuesday Mark Carney would lead" names a man.)
  return k > i + 1 && k < to && !tokens[k].capitalized && FINITE_AFTER_PARTICIPLE.has(tokens[k].lower);
}

/** Prepositions after "a song written" that say for whom, where or when, not by whom. */
const WORK_PLACES = new Set(['for', 'in', 'about', 'on', 'during', 'after', 'before', 'while', 'with']);

/** Words after which an indefinite noun phrase opens a clause as its subject ("and a spokesman called …"). */
const SUBJECT_OPENERS = new Set(['and', 'but', 'or', 'while', 'as', 'when', 'because', 'that', 'after', 'before', 'since', 'though', 'although', 'if', 'then']);

/**
 * "He attacked a super PAC called Future45", "she joined a group called Moms Demand Action": "called" after a
 * noun phrase opened by "a" or "an" that is the object of a word before it names a thing. Not when the phrase opens
 * the clause ("A spokesman called Jones's remarks …").
 */
function namesAThing(tokens: Token[], i: number, from: number): boolean {
  for (let p = i - 1; p >= from && i - p <= 5; p--) {
    const t = tokens[p];
    if (t.kind !== 'word' || PRONOUNS.has(t.lower)) return false;
    if (t.lower === 'a' || t.lower === 'an') {
      const before = p - 1 >= from ? tokens[p - 1] : undefined;
      // A person's noun speaks ("Within hours a spokeswoman called Trump "…""); the word before the article is the
      // verb the phrase is the object of ("attacked a super PAC called …"), not a time.
      const head = tokens[i - 1];
      // "A newly formed super PAC called Future 45 ran ads", "A group called Futura said": opening the clause, a
      // thing's or a body's name with the clause's verb right after it.
      if (p === from || (before !== undefined && SUBJECT_OPENERS.has(before.lower))) return (ORG_NOUNS.has(head.lower) || !sourceNoun(head.lower)) && !ANONYMOUS_SINGULARS.has(head.lower) && nameThenVerb(tokens, i + 1);
      // ("Tom Miller, at a consulting firm called Gavekal Dragonomics, argues": a body's noun too, after a preposition,
      // which it is the object of.)
      return p < i - 1 && before !== undefined && before.kind === 'word' && !before.capitalized && !SUBJECT_OPENERS.has(before.lower) && (!sourceNoun(head.lower) || (NP_PREPOSITIONS.has(before.lower) && ORG_NOUNS.has(head.lower))) && !ANONYMOUS_SINGULARS.has(head.lower) && !TIME_WORDS.has(before.lower) && !OPENING_TIME_UNITS.has(before.lower) && before.lower !== 'later';
    }
  }
  return false;
}

/** Capitalised words from k (no possessive), then a word that is no determiner, pronoun or capital: a name and its verb. */
function nameThenVerb(tokens: Token[], k: number): boolean {
  let e = k;
  while (e < tokens.length && e - k < 5 && ((tokens[e].kind === 'word' && tokens[e].capitalized) || (tokens[e].kind === 'number' && e > k))) {
    if (endsWithPossessive(tokens[e].text)) return false;
    e++;
  }
  const next = tokens[e];
  return e > k && next !== undefined && next.kind === 'word' && !next.capitalized && !DETERMINERS.has(next.lower) && !PRONOUNS.has(next.lower) && !POSSESSIVE_DETERMINERS.has(next.lower) && next.lower !== 'as';
}

/**
 * Does a body's name ending at k follow "of" after a person's name ("Tom Smith of ING"), or "for" or "of" after a role
 * ("A spokeswoman for Greenhollow Zoo", "the director of Greenhollow Zoo"), so that a place after it is the body's?
 */
function placeOfBody(tokens: Token[], k: number, from: number): boolean {
  let p = k;
  while (p > from && tokens[p].capitalized && tokens[p].kind === 'word' && k - p < 5) p--;
  if (p <= from || p === k || tokens[p - 1].kind !== 'word') return false;
  if (tokens[p].lower === 'of' && tokens[p - 1].capitalized) return true;
  return (tokens[p].lower === 'of' || tokens[p].lower === 'for') && !tokens[p - 1].capitalized && ROLE_NOUNS.has(tokens[p - 1].lower);
}

/** A plural in -s (not "analysis", "status", "boss"). */
const PLURAL_IN_S = /[^siu]s$/;

/** A count opens at k ("62,000", "more than 62,000", "about 900"), not a year ("2023 data"). */
function sampleCount(tokens: Token[], k: number): boolean {
  let n = k;
  while (n < tokens.length && n - k < 3 && FIGURE_LEADS.has(tokens[n].lower)) n++;
  if (tokens[n]?.lower === 'than') n++;
  const t = tokens[n];
  return t !== undefined && t.kind === 'number' && !YEAR.test(t.text);
}

/** Words that tie an unnamed source to what it knows: "familiar with", "close to", "briefed on". */
const INFORMED_BY = new Map([['familiar', 'with'], ['close', 'to'], ['briefed', 'on'], ['knowledgeable', 'about'], ['involved', 'in'], ['knowledge', 'of'], ['aware', 'of']]);

/**
 * "People familiar with the matter", "Another source familiar with Cruz's thinking", "two officials with knowledge
 * of the talks", read back from the last word before the cue at k: the people, with what they know after them.
 */
function informedPhrase(tokens: Token[], k: number, from: number, lexicon: AttributionLexicon): Phrase | null {
  // What they know ends right before the cue ("who asked not to be named" has a subject of its own).
  // (A person they know ends it too: "Aides close to her say".)
  const known = k - 2 >= from && OBJECT_PRONOUNS.has(tokens[k].lower) && INFORMED_BY.get(tokens[k - 2].lower) === tokens[k - 1].lower;
  if (k < from || tokens[k].kind === 'punct' || (NOT_SOURCE.has(tokens[k].lower) && !known)) return null;
  // ("People familiar with an FDA inspection of Veltra's plant last year said": what they know may run long.)
  for (let p = k - 1; p - 2 >= from && k - p <= 14; p--) {
    const t = tokens[p];
    if (t.kind === 'punct' && t.text !== "'" && t.text !== '\u2019') return null;
    // ("A lawyer representing the family", "A strategist working with the campaign": whom they work for.)
    const works = WORKING_FOR.has(t.lower) || (WORKING.has(tokens[p - 1].lower) && WORKING_PREPOSITIONS.has(t.lower));
    if (INFORMED_BY.get(tokens[p - 1].lower) !== t.lower && !works) continue;
    // "with (direct) knowledge of": the people stand before "with".
    let h = WORKING_FOR.has(t.lower) ? p - 1 : p - 2;
    if (tokens[p - 1].lower === 'knowledge') {
      if (h >= from && tokens[h].lower === 'direct') h--;
      if (h < from || tokens[h].lower !== 'with') return null;
      h--;
    }
    if (h < from || !INFORMED_PEOPLE.has(tokens[h].lower)) return null;
    // (The people alone, when nothing before them joins their phrase: "…, people familiar with the matter said".)
    const np = backwardPhrase(tokens, h, from, lexicon) ?? { words: [tokens[h]], start: tokens[h].start, end: tokens[h].end };
    return { words: [...np.words, ...tokens.slice(h + 1, k + 1)], start: np.start, end: tokens[k].end, classifyAs: np.classifyAs ?? np.words, unnamed: true };
  }
  return null;
}

/**
 * Do people who may speak unnamed and what makes them informed end at the preposition at j ("Sources close to", "Aides
 * close to", "People familiar with")? What follows is what or whom they know, not the subject of the verb after it.
 */
function peopleInformedBy(tokens: Token[], j: number, from: number): boolean {
  return j - 2 >= from && INFORMED_BY.get(tokens[j - 1].lower) === tokens[j].lower && INFORMED_PEOPLE.has(tokens[j - 2].lower);
}

/** Participles of working for someone, with or without their preposition ("representing", "working with"). */
const WORKING_FOR = new Set(['representing', 'advising']);
const WORKING = new Set(['working', 'speaking', 'campaigning']);
const WORKING_PREPOSITIONS = new Set(['with', 'for', 'on']);

/** Who may be "familiar with" a matter and speak of it unnamed. */
const INFORMED_PEOPLE = new Set(['people', 'person', 'persons', 'source', 'sources', 'official', 'officials', 'officer', 'officers', 'investigator', 'investigators', 'negotiator', 'negotiators', 'lawyer', 'lawyers', 'aide', 'aides', 'insider', 'insiders', 'executive', 'executives', 'lawmaker', 'lawmakers', 'diplomat', 'diplomats', 'adviser', 'advisers', 'advisor', 'advisors', 'staffer', 'staffers', 'someone', 'individuals', 'employee', 'employees', 'member', 'members', 'friend', 'friends', 'ally', 'allies', 'associate', 'associates', 'others', 'democrat', 'democrats', 'republican', 'republicans', 'strategist', 'strategists', 'operative', 'operatives']);

/** Is the token at e the full stop of a title or an initial before a name ("Dr.", "Rep.", "Kevin D. Williamson")? */
export function titleDot(tokens: Token[], e: number): boolean {
  return tokens[e].text === '.' && e > 0 && (NAME_TITLES.has(`${tokens[e - 1].text}.`) || /^(?:[A-Z]\.)*[A-Z]$/.test(tokens[e - 1].text)) && tokens[e + 1]?.capitalized === true && tokens[e - 1].end === tokens[e].start;
}

/** Keeps the phrase's words but puts its head last, so that classification reads the head. */
function reorderHead(words: Token[], head: Token): Token[] {
  const rest = words.filter((w) => w !== head && w.kind !== 'punct');
  return [...rest, head];
}

const VERB_ENDINGS = /(?:ed|ing)$/;

function isVerbish(t: Token): boolean {
  return t.kind === 'word' && (VERB_ENDINGS.test(t.lower) || CUE_FORMS.has(t.lower) || NOT_SOURCE.has(t.lower));
}
