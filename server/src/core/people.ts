/**
 * The people and sources a draft has named so far, in reading order: full names behind surnames, the gender a
 * pronoun needs, the words that describe them ("the actress"), and who spoke last — what a copy editor keeps in
 * mind to resolve "she said".
 */
import type { Span } from './types';
import type { Block } from './markdown';
import type { Sentence } from './reading';
import type { Token } from './text/tokens';
import { DEMONYMS, FEMALE_WORDS, KIN, MALE_WORDS, NAME_PARTICLES, NAMED_BY_NOUN, PARTY_TAG_LETTERS, PRONOUN_FORMS, ROLE_EQUIVALENTS, ROLE_NOUNS, SENTENCE_STARTERS, STATE_OF_ABBREVIATION, STATE_OF_DEMONYM, US_STATES } from './text/lexicon';
import { AGE_WORD, AGED, COUPLE, fullNameGender, isGivenName } from './text/names';
import { capitalised, firstPiece, isRegExpSpace, lastPiece, pieceCount, withoutPossessive, wordIn } from './text/words';

// Patterns of the tests below, made once (a pattern written in a function is a new object each time it is reached).
const SPACES = /\s+/;
const APOSTROPHE_ON = /['’].*$/;

/**
 * The words that describe a person, as a set. They are kept as the lists they came in (lists that are never changed)
 * until a list of them is long enough to be worth one: most people are named once or twice and never looked up by
 * description, and a set made for each person, from about eight words a naming, was 45 MB of the engine's 1.7 GB in a
 * heap profile over the White House corpus.
 */
export class Descriptors {
  private lists: (readonly string[])[];
  private set: Set<string> | null = null;

  constructor(words: readonly string[]) {
    // A list of one made at its length: pushed onto an empty list, the first words took room for 17 (about 0.2 bytes
    // per input byte the engine allocated over the White House corpus, a person's descriptors being made for each).
    this.lists = words.length > 0 ? [words] : [];
  }

  /** Adds the words of a list (kept, not copied: it must not change afterwards). */
  add(words: readonly string[]): void {
    if (words.length === 0) return;
    if (this.set) for (const w of words) this.set.add(w);
    else if (this.lists.length < LISTS_BEFORE_SET) this.lists.push(words);
    else {
      this.set = new Set();
      for (const list of this.lists) for (const w of list) this.set.add(w);
      for (const w of words) this.set.add(w);
      this.lists = [];
    }
  }

  has(word: string): boolean {
    if (this.set) return this.set.has(word);
    for (const list of this.lists) if (list.includes(word)) return true;
    return false;
  }

  /**
   * Does word `a` stand right before word `b` in one of the lists ("deputy" before "governor")? Unknown once the
   * words are a set: false then.
   */
  pairs(a: string, b: string): boolean {
    for (const list of this.lists) {
      for (let k = list.indexOf(a); k >= 0 && k + 1 < list.length; k = list.indexOf(a, k + 1)) if (list[k + 1] === b) return true;
    }
    return false;
  }

  /**
   * Does the word stand only as the one a person serves, after a staff noun and "for" or "to" (an article between or
   * not: "a spokesperson for the mayor", "an adviser to the governor"; not "the minister for health")? Unknown once
   * the words are a set: false then.
   */
  namesOnlyWhomServed(word: string): boolean {
    return this.everyUse(word, servedAt);
  }

  /**
   * Does the word stand only as where the person works or is, after a preposition and any article or "both" ("who
   * works at both the hospice and …", "a nurse at the hospice")? Unknown once the words are a set: false then.
   */
  namesOnlyWhere(word: string): boolean {
    return this.everyUse(word, whereAt);
  }

  /** Does the word stand in the lists at least once, and does every use pass the test? Unknown once a set: false. */
  private everyUse(word: string, test: (list: readonly string[], k: number) => boolean): boolean {
    let used = false;
    for (const list of this.lists) {
      for (let k = list.indexOf(word); k >= 0; k = list.indexOf(word, k + 1)) {
        if (!test(list, k)) return false;
        used = true;
      }
    }
    return used;
  }

  /** Are there no words at all? */
  get empty(): boolean {
    return this.set === null && this.lists.length === 0;
  }

  /** Does any word pass the test? */
  some(test: (word: string) => boolean): boolean {
    if (this.set) {
      for (const w of this.set) if (test(w)) return true;
      return false;
    }
    for (const list of this.lists) for (const w of list) if (test(w)) return true;
    return false;
  }
}

/** Is the word at k of the list whom a staff noun serves ("a spokesperson for the mayor", "an aide to the mayor")? */
function servedAt(list: readonly string[], k: number): boolean {
  const p = k > 0 && ARTICLES.has(list[k - 1]) ? k - 2 : k - 1;
  return p >= 1 && (list[p] === 'for' || list[p] === 'to') && STAFF_NOUNS.has(list[p - 1]);
}

/** Is the word at k of the list where someone is, after a preposition and any article or "both" ("at the hospice")? */
function whereAt(list: readonly string[], k: number): boolean {
  let p = k - 1;
  while (p >= 0 && p >= k - 3 && (ARTICLES.has(list[p]) || list[p] === 'both')) p--;
  return p >= 0 && WHERE_PREPOSITIONS.has(list[p]);
}

/** Prepositions before where a person works or is ("at the hospice", "in the ward"). */
const WHERE_PREPOSITIONS = new Set(['at', 'in', 'of', 'for', 'with', 'from', 'on', 'inside', 'near']);

/** Articles between "for" and the one served ("a spokesperson for the mayor"). */
const ARTICLES = new Set(['the', 'a', 'an']);
/** Nouns of those who work for someone ("a spokesperson for the mayor", "an aide to the governor"). */
const STAFF_NOUNS = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'aide', 'adviser', 'advisor', 'lawyer', 'attorney', 'assistant', 'counsel', 'staffer', 'secretary']);

/** How many lists of words a person's descriptors keep before they become a set. */
const LISTS_BEFORE_SET = 4;
const NO_WORDS: readonly string[] = [];

/** Gender as far as the draft tells it. */
export type Gender = 'female' | 'male' | 'plural' | 'neuter' | 'unknown';

/**
 * Where a body opened a sentence: its block, the prose offsets of its words and the sentence (as Place.sentence). One
 * record, written over for each such sentence; the name and range are read from it only when "it" asks.
 */
export interface OpeningBody {
  source: Block | null;
  block: number;
  at: number;
  end: number;
  sentence: number;
}

/** A person or body the draft names. */
export interface Person {
  /** Full name for people ("Nathalie Goulet"); the phrase for roles and organisations ("fire service spokesman"). */
  name: string;
  kind: 'person' | 'role' | 'organization';
  gender: Gender;
  /** Words the draft used to describe them: titles and appositives ("senator", "actress"). */
  descriptors: Descriptors;
  /** Where the full name was first given. */
  namedAt: Span;
  /** Where the draft last named this person by name (not by pronoun), and in which block and sentence. */
  lastNamed: Span;
  lastNamedBlock: number;
  lastNamedSentence: number;
  /** Order of the last mention by name, for "another person was named in between". */
  lastNamedSeq: number;
  /** Has been the source of an attribution. */
  speaker: boolean;
  /** How many times the draft has named them so far. */
  namings: number;
  lastSpokeSeq: number;
  /** The sentence (as Place.sentence) in which they last spoke, or -1. */
  lastSpokeSentence: number;
  /**
   * One unnamed person ("a teacher who asked not to be named", "His sister" as a sentence's subject): a pronoun stands
   * for them only in their paragraph.
   */
  unnamedOne?: boolean;
  /** Whether they last spoke in a clause after a subordinator, not as a sentence's subject ("after X announced"). */
  lastSpokeInClause?: boolean;
  /** Whether the person last spoke by asking someone to do something ("asked the auditors to meet"). */
  lastSpokeAsking?: boolean;
  /** Whether they last spoke inside what another said in the sentence ("Ward said he had been told by Kraus that"). */
  lastSpokeReported?: boolean;
  /**
   * Where the register lists them, in the order it first met them; undefined for what only looked like a name. (A
   * field, not a map of the register's: a map per draft, grown person by person, was bytes the engine allocated.)
   */
  listed?: number;
  /**
   * Such a person named by a role that keeps them anonymous ("A strategist working with the opposition campaign, who
   * was not authorized to discuss …, said"): the latest speaker, they go on speaking in the paragraph right after.
   */
  anonymousRole?: boolean;
  /** A person the draft says uses "they" ("who uses they/them pronouns"): "they" may stand for them. */
  singularThey?: boolean;
  /**
   * A body that spoke through a spokesman or spokeswoman ("A spokeswoman for the authority said"): the sex of that
   * voice, and the block it spoke in, for a "she said" right after.
   */
  voice?: Gender;
  voiceBlock?: number;
  /**
   * Their sex is only what the lists of given names say of their given name (no title, role or pronoun of the draft
   * said it): a draft's "she" may overrule it ("Dr Oluwaseun Adeyemi-Clarke", a name given to either sex).
   */
  sexByName?: boolean;
}

/**
 * The first of two surnames after a given name ("esparza" of "Ricardo Esparza Luna"), in lower case; undefined for a
 * middle given name or an initial ("John Paul Stevens", "John F. Kennedy") or a particle ("Ursula von der Leyen").
 */
function firstOfTwoSurnames(name: string): string | undefined {
  const pieces = name.split(' ');
  const penult = pieces[pieces.length - 2];
  if (!isGivenName(pieces[0]) || penult.length < 3 || penult.includes('.') || penult[0] === penult[0].toLowerCase() || isGivenName(penult)) return undefined;
  return penult.toLowerCase();
}

/** Descriptions of whoever asks an interview's questions. */
const INTERVIEWERS = new Set(['reporter', 'correspondent', 'interviewer', 'journalist', 'editor', 'writer', 'host', 'moderator', 'columnist']);

/** Words a description starts with that say nothing of the person ("the", "his" in "his daughter"). */
const DESCRIPTION_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their']);

/** A person's sex by given name first (words read around a name can mislead), else as the draft declared it. */
function sexOf(p: Person): Gender {
  const given = pieceCount(p.name) > 1 ? fullNameGender(p.name) : 'unknown';
  return given !== 'unknown' ? given : p.gender;
}

/**
 * Does a word of a later description fit a person's descriptions: the word itself, or one the draft may have used
 * for the same role ("the lawyer" for an attorney, "the prosecutor" for a district attorney)?
 */
function describes(word: string, descriptors: Descriptors): boolean {
  if (descriptors.has(word)) return true;
  if (word === 'prosecutor') return descriptors.has('attorney') && (descriptors.has('district') || descriptors.has('prosecuting'));
  const equivalents = ROLE_EQUIVALENTS.get(word);
  if (!equivalents) return false;
  // A district attorney is the prosecutor, not "the lawyer" of a trial.
  if (word === 'lawyer' && descriptors.has('district')) return false;
  for (const e of equivalents) if (descriptors.has(e)) return true;
  return false;
}

/** Namings of a paragraph read for the one at its opening subject (past those of an opening phrase). */
const OPENING_NAMINGS = 6;

/** Namings a description of an outlet looks back over ("the newspaper" a few paragraphs after the paper's name). */
const RECENT_OUTLET = 40;

/** Words of an outlet's name that say what kind of outlet it is, by the noun that describes it. */
const NEWSPAPER_NAMES = new Set(['Times', 'Post', 'Journal', 'Herald', 'Tribune', 'Gazette', 'News', 'Chronicle', 'Globe', 'Sun', 'Telegraph', 'Guardian', 'Star', 'Examiner', 'Inquirer', 'Register', 'Courier', 'Bee', 'Dispatch', 'Observer', 'Independent', 'Mirror', 'Express', 'Mail', 'Standard', 'Enquirer', 'Sentinel', 'Record', 'Review', 'Monitor', 'Echo', 'Ledger', 'Advertiser', 'Argus', 'Gleaner', 'Clarion']);

/** Does a name end in a word that names a newspaper ("the Thornbury Vale Echo", "The New York Ledger")? */
export function endsInOutletWord(name: string): boolean {
  return NEWSPAPER_NAMES.has(name.slice(name.lastIndexOf(' ') + 1));
}

const NETWORK_NAMES = new Set(['CNN', 'NBC', 'ABC', 'CBS', 'Fox', 'MSNBC', 'BBC', 'NPR', 'PBS', 'CNBC', 'Univision', 'Telemundo', 'C-SPAN']);
const OUTLET_WORDS = new Map<string, ReadonlySet<string>>([
  ['newspaper', NEWSPAPER_NAMES],
  ['daily', NEWSPAPER_NAMES],
  ['tabloid', NEWSPAPER_NAMES],
  ['network', NETWORK_NAMES],
  ['broadcaster', NETWORK_NAMES],
  ['channel', NETWORK_NAMES],
]);

/** Is a word of a person's description a role or an office ("spokesman", "senator")? */
function holdsRole(word: string): boolean {
  return ROLE_NOUNS.has(word) || OFFICES.has(word);
}

/** A state's party member as a description names them: the state's full name, the member's word, its tag's letter. */
interface StateParty {
  state: string;
  partyWord: string;
  party: string;
}

/** The state and party of a description's words ("utah republican", "new york democrat"), if that is what they are. */
function stateAndParty(content: readonly string[]): StateParty | null {
  if (content.length < 2) return null;
  const partyWord = content[content.length - 1];
  const party = PARTY_TAG_LETTERS.get(partyWord);
  if (party === undefined) return null;
  const written = content.length === 2 ? content[0] : content.slice(0, -1).join(' ');
  if (!US_STATES.has(written)) return null;
  return { state: STATE_OF_ABBREVIATION.get(written) ?? written, partyWord, party };
}

/** Parties before an office ("the Republican senator"), and the country a draft's own offices are of. */
const PARTIES = new Set(['republican', 'democratic', 'gop', 'democrat', 'american']);

/** The words of the states' names, in lower case ("new", "york", "carolina"). */
const US_STATE_WORDS = new Set([...US_STATES].flatMap((state) => state.split(' ')));

/**
 * Are the first `count` words of a role a state, a party, or both ("Florida", "Republican", "Florida Republican",
 * "New York Democratic")?
 */
function homeOfOffice(content: readonly string[], count: number): boolean {
  const joined = (from: number, to: number): string => (to - from === 1 ? content[from] : content.slice(from, to).join(' '));
  if (US_STATES.has(joined(0, count)) || (count === 1 && PARTIES.has(content[0]))) return true;
  if (count >= 2 && PARTIES.has(content[count - 1]) && US_STATES.has(joined(0, count - 1))) return true;
  return count >= 2 && PARTIES.has(content[0]) && US_STATES.has(joined(1, count));
}

/** Possessives before an age that bring in someone of theirs ("his 8-year-old granddaughter"). */
const OWNERS = new Set(['his', 'her', 'their', 'whose', 'my', 'our']);
/** Capitalised words of a chamber before an epithet's head: "the Senate minority leader", "the House speaker". */
const CHAMBERS = new Set(['senate', 'house', 'congress', 'assembly', 'legislature']);
/** Words that make an epithet the other side's: "the opposition leader", "the far-right leader". */
const OTHER_SIDE = new Set(['opposition', 'far-right', 'far-left', 'rival', 'opposing', 'minority-party', 'separatist', 'rebel', 'insurgent']);
/** A standing in an office by its terms: "two-term", "first-term". */
const TERM = /^[a-z]+-term$/;
/** Epithets of standing that any trade may hold: "the billionaire", "the Republican front-runner". */
const STANDING_HEADS = new Set(['candidate', 'nominee', 'front-runner', 'frontrunner', 'contender', 'hopeful', 'billionaire', 'mogul', 'tycoon', 'magnate', 'businessman', 'businesswoman', 'politician', 'republican', 'democrat', 'libertarian', 'socialist']);
/** Titles of the law's people, whose words an age does not stand for: "Judge Ann Marsh", "Officer Dan Kim". */
const LAW_TITLES = new Set(['judge', 'justice', 'prosecutor', 'attorney', 'lawyer', 'officer', 'sheriff', 'detective', 'deputy', 'trooper', 'sergeant', 'lieutenant', 'captain', 'chief', 'counsel']);

/** Words for anyone at all, which an earlier "a man" brings in whatever role the named person holds. */
const GENERIC_PEOPLE = new Set(['man', 'woman', 'boy', 'girl', 'person', 'teen', 'teenager', 'child']);
/** An order or an occasion before an epithet's head: someone else ("the first speaker", "the commencement speaker"). */
const EVENT_MODIFIERS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'next', 'last', 'final', 'previous', 'other', 'keynote', 'commencement', 'guest', 'featured', 'opening', 'closing', 'invited']);
/** Epithets of a race: not someone of another trade reached past the epithet's paragraph (a pollster, a moderator). */
const RACE_HEADS = new Set(['candidate', 'nominee', 'front-runner', 'frontrunner', 'contender', 'hopeful', 'politician']);
/** Trades the lists of role nouns leave out that a race's epithet is never: "Moderator Jane Ostrow". */
const EXTRA_TRADES = new Set(['moderator', 'librarian', 'host', 'anchor']);
/** Words for a member of a legislature, which a legislative office holder is ("the lawmaker" after "Sen. …"). */
const LEGISLATORS = new Set(['lawmaker', 'legislator', 'congressman', 'congresswoman', 'representative']);
const LEGISLATIVE_OFFICES = new Set(['senator', 'congressman', 'congresswoman', 'representative']);

/** Words of the two parties, as an epithet names them ("the Democratic nominee", "the GOP front-runner"). */
const DEMOCRATIC = new Set(['democratic', 'democrat']);
const REPUBLICAN = new Set(['republican', 'gop']);
/** A description that gives the Democratic party: its word or a "D-" tag ("Harry M. Reid (D-Nev.)"). */
const givesDemocratic = (d: string): boolean => DEMOCRATIC.has(d) || d.startsWith('d-');
/** A description that gives the Republican party: its word or an "R-" tag. */
const givesRepublican = (d: string): boolean => REPUBLICAN.has(d) || d.startsWith('r-');

/** Was the person given the party the epithet names, if it names one ("the Republican leader" after "Sen. Ann Lee (R-Utah)")? */
function ofParty(content: readonly string[], descriptors: Descriptors): boolean {
  if (content.some((w) => DEMOCRATIC.has(w))) return descriptors.some(givesDemocratic);
  if (content.some((w) => REPUBLICAN.has(w))) return descriptors.some(givesRepublican);
  return true;
}

/** Does the epithet name a party other than the one the person was given ("the Democratic candidate" for a Republican)? */
function otherParty(content: readonly string[], descriptors: Descriptors): boolean {
  const democrat = content.some((w) => DEMOCRATIC.has(w));
  const republican = content.some((w) => REPUBLICAN.has(w));
  if (!democrat && !republican) return false;
  const givenRepublican = descriptors.some(givesRepublican);
  const givenDemocrat = descriptors.some(givesDemocratic);
  return (democrat && givenRepublican && !givenDemocrat) || (republican && givenDemocrat && !givenRepublican);
}

/**
 * Is `d`, among the person's descriptions, a trade they hold: none of an office, a standing, a party, nor one they
 * held before ("former prosecutor")?
 */
function heldTrade(d: string, descriptors: Descriptors): boolean {
  return !OFFICES.has(d) && !STANDING_HEADS.has(d) && !PARTIES.has(d) && !descriptors.pairs('former', d);
}

/** Was the person last named in the paragraph at `place`, before `at`? */
function namedBeforeIn(p: Person | undefined, place: Place, at: number): p is Person {
  return p !== undefined && p.lastNamedBlock === place.block && p.lastNamed.start < at;
}

/** The sexes an epithet's person may be of (it says none). */
const ANY_SEX: Gender[] = ['male', 'female', 'unknown'];

/**
 * Heads of epithets a news story gives the person it is about ("the Republican front-runner", "the billionaire
 * business mogul", "the Gawker employee"): public standing, office, party and trade. Not the words for someone else
 * the story has not named ("the officer", "the spokesman", "the judge", "the man"), nor the one who puts the questions, "the host".
 */
export const EPITHET_HEADS = new Set([
  'candidate', 'nominee', 'front-runner', 'frontrunner', 'contender', 'hopeful', 'challenger', 'incumbent',
  'president', 'senator', 'governor', 'congressman', 'congresswoman', 'lawmaker', 'legislator', 'politician', 'leader',
  'chairman', 'chairwoman', 'mogul', 'billionaire', 'businessman', 'businesswoman', 'tycoon', 'magnate', 'star',
  'actor', 'actress', 'comedian', 'author', 'columnist', 'employee', 'republican', 'democrat', 'libertarian',
  'socialist', 'activist', 'founder', 'mayor', 'speaker', 'premier', 'chancellor', 'secretary',
  'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'quarterback', 'pitcher', 'sprinter', 'golfer', 'boxer',
  'driver', 'rider', 'cyclist', 'runner', 'swimmer', 'skier', 'singer', 'musician', 'rapper', 'novelist', 'writer',
  'filmmaker', 'pensioner', 'retiree', 'teacher', 'surveyor', 'banker', 'veteran', 'widow', 'widower', 'grandmother',
  'grandfather',
]);

/** Does `prose` bring in someone by `head` with "a", "an", "another" or "one" ("A Gawker employee", "an activist")? */
function introduces(prose: string, head: string): boolean {
  // (The head as written in lower case: a role's word mid-sentence; the prose is not copied in lower case.)
  for (let at = prose.indexOf(head); at >= 0; at = prose.indexOf(head, at + 1)) {
    if (/[a-z]/i.test(prose[at + head.length] ?? '') || /[a-z]/i.test(prose[at - 1] ?? '')) continue;
    // (Not one named in apposition: "A witness, Carla Ruiz, told police".)
    if (NAMED_AFTER.test(prose.slice(at + head.length, at + head.length + 4))) continue;
    const before = prose.slice(Math.max(0, at - 60), at);
    const article = INTRODUCED.exec(before);
    // (Not what describes someone named: "Tom Egger, a 71-year-old retired teacher,", "joined as a spokesman", "is a
    // nurse".)
    if (article && !DESCRIBING.test(before.slice(0, article.index + 1))) return true;
  }
  return false;
}

/**
 * "a", "an", "another" or "one" and up to three words that qualify the role's word after them, ending the text: what
 * brings someone in by a role (not "a spokesperson for the mayor", someone else's).
 */
const INTRODUCED = /(?:^|[^a-z])(?:a|an|another|one)\s+(?:(?!(?:for|of|to|with|the|at|in|from|by|and|or|who|his|her|their|its|my|our|your)\s)[\w'’-]+\s+){0,3}$/i;
/**
 * What makes the role after it describe someone named, or someone of theirs who does not speak: a comma, "as", a form
 * of "to be", "named", "the son of", "married to", "trained under".
 */
const DESCRIBING = /(?:[,(—–-]|\b(?:as|is|was|are|were|be|been|being|became|becomes|named|like|also|now|once|still|formerly|himself|herself|(?:son|daughter|child|wife|husband|grandson|granddaughter|nephew|niece|brother|sister|father|mother) of|married to|(?:trained|studied|apprenticed|worked|served) under))\s*$/i;
/** A name in apposition right after a role's word: ", Carla Ruiz". */
const NAMED_AFTER = /^,\s*\p{Lu}/u;

/** Offices a title before a name gives ("Sen.", "Gov.", "President"), which "the Florida senator" may stand for. */
const OFFICES = new Set(['senator', 'governor', 'congressman', 'congresswoman', 'representative', 'mayor', 'president', 'premier', 'chancellor']);

/** The office `onlyOneFits` checks, as the list `underling` reads (one list, reused). */
const officeScratch: string[] = [''];

/**
 * How many capitalised words open a role's phrase, past its determiners: the place or party before the role ("Florida"
 * in "the Florida senator", "New York" in "The New York billionaire"). `words` are the phrase's words in lower case.
 */
function leadingCapitals(phrase: string, words: readonly string[]): number {
  let count = 0;
  let word = 0;
  let w = 0;
  for (let at = 0; at <= phrase.length; at++) {
    if (at < phrase.length && !isRegExpSpace(phrase.charCodeAt(at))) continue;
    if (at > word) {
      if (!DESCRIPTION_DETERMINERS.has(words[w] ?? '') && !(count === 0 && STANDING.has(words[w] ?? ''))) {
        const first = phrase.charCodeAt(word);
        if (first < 65 || first > 90) return count;
        count++;
      }
      w++;
    }
    word = at + 1;
  }
  return count;
}

/** A standing in an office before its state or party ("the independent Vermont senator", "the junior Texas senator"). */
const STANDING = new Set(['independent', 'junior', 'senior', 'freshman', 'sophomore', 'longtime', 'veteran', 'incumbent', 'sitting', 'outgoing', 'retiring', 'embattled', 'maverick', 'conservative', 'liberal', 'moderate', 'progressive']);

/** Words that make a role another one: a deputy governor is not "the governor", nor a former president "the president". */
const SUBORDINATES = ['deputy', 'vice', 'assistant', 'associate', 'lieutenant', 'former', 'ex', 'late'];

/**
 * Does the person hold the role only as a deputy or held it before ("deputy governor Emeka Obiora", "former president
 * Jair Bolsonaro" for "the governor", "the president"): a word of SUBORDINATES right before the role's word?
 */
function underling(content: readonly string[], descriptors: Descriptors): boolean {
  for (const w of content) {
    for (const s of SUBORDINATES) if (!content.includes(s) && descriptors.pairs(s, w)) return true;
    // "A spokesperson for the mayor, Jordan Ekwueme": the one served is not who is described.
    if (descriptors.namesOnlyWhomServed(w)) return true;
  }
  return false;
}

/** Is one sex known to be the other of the two? */
function otherSex(a: Gender, b: Gender): boolean {
  return (a === 'male' && b === 'female') || (a === 'female' && b === 'male');
}

/**
 * Is `name` the surname of `full` with its particle, in capitals as a sentence's start or Dutch usage writes it ("Van
 * Dijk" of "Joost van Dijk", "De la Cruz" of "Maria de la Cruz")?
 */
function surnameWithParticle(full: string, name: string): boolean {
  return NAME_PARTICLES.has(firstPiece(name).toLowerCase()) && full.length > name.length && isRegExpSpace(full.charCodeAt(full.length - name.length - 1)) && full.slice(full.length - name.length).toLowerCase() === name.toLowerCase();
}

/** Does a woman's courtesy title stand among a lone surname's descriptions ("Mrs. Brandt", "Ms. Brandt")? */
function womansTitle(descriptors: readonly string[]): boolean {
  return descriptors.includes('mrs') || descriptors.includes('ms');
}

/** Reads the gender lower-case words declare ("mrs.", "spokeswoman"). */
export function genderOf(words: readonly string[]): Gender {
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    // Pronouns in a description are someone else's ("Kimura, who coached her", "Her label"); so is a relative after one
    // inside it ("Rosa Lund, standing among vines her grandfather planted"; not "his widow", which the description is).
    if (PRONOUN_FORMS.has(w)) {
      if (k > 0) k++;
      continue;
    }
    if (FEMALE_WORDS.has(w)) return 'female';
    // ("Parramatta's lord mayor, Nadia Haddad": an office that "lord" opens, which women hold too.)
    if (MALE_WORDS.has(w) && !(w === 'lord' && OFFICES_AFTER_LORD.has(words[k + 1] ?? ''))) return 'male';
  }
  return 'unknown';
}
/** Offices whose name "lord" opens: the lord mayor, lord provost, lord chancellor, lord lieutenant. */
const OFFICES_AFTER_LORD = new Set(['mayor', 'provost', 'chancellor', 'lieutenant']);

/**
 * Titles in "-man" that women hold too ("Campaign chairman Mary Smith", "spokesman Jane Doe" in some styles): they
 * say a person's sex only where the given name does not.
 */
const TITLES_IN_MAN = new Set(['chairman', 'spokesman', 'congressman', 'councilman', 'businessman', 'policeman']);

/** The sex a person's description gives, unless it rests on a title in "-man" alone and the given name is a woman's. */
function describedGender(descriptors: readonly string[], given: Gender): Gender {
  const described = genderOf(descriptors);
  if (described !== 'male' || given !== 'female') return described;
  return descriptors.some((w) => MALE_WORDS.has(w) && !TITLES_IN_MAN.has(w)) ? described : given;
}

/** Did a body speak through a spokesman or spokeswoman of the pronoun's sex in this paragraph or the one before? */
function voiced(p: Person, pronoun: string, place: Place): boolean {
  return p.voice !== undefined && p.voice === (pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : undefined) && p.voiceBlock! >= place.block - 1;
}

/**
 * `name.split(/\s+/).map((w) => w[0]).join('').toUpperCase()`: the first character of each piece, read in place
 * (an empty piece, before leading or after trailing white space, gives none).
 */
function initials(name: string): string {
  let out = '';
  for (let i = 0; i < name.length; i++) if (!isRegExpSpace(name.charCodeAt(i)) && (i === 0 || isRegExpSpace(name.charCodeAt(i - 1)))) out += name[i];
  return out.toUpperCase();
}


/** Words that open many bodies' names, none of them alone: "National", "United", "Royal" (demonyms are read apart). */
const BODY_NAME_OPENERS = new Set(['national', 'international', 'united', 'royal', 'federal', 'state', 'city', 'county', 'new', 'global', 'world', 'general', 'central', 'first', 'great', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'community', 'public', 'free', 'democratic', 'republican', 'independent', 'citizens', 'people', 'british', 'european', 'asian', 'african', 'pacific', 'atlantic', 'metropolitan', 'regional', 'local', 'social', 'care', 'health', 'family', 'children', 'young', 'women', 'save', 'friends', 'council', 'department', 'office', 'ministry']);

/** A word that may be a body's name on its own: capitalised, of letters, not in capitals only ("Horizon", not "US"). */
const BODY_SHORT_NAME = /^\p{Lu}\p{Ll}{3,}$/u;

/** Words that open sentences and are never a person's name on their own ("And", "They're", "The"). */
const NOT_NAMES = new Set([...SENTENCE_STARTERS].map((w) => w.toLowerCase()).concat(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'thank', 'yes', 'no', 'oh', 'well', 'please']));

const nameVerdicts = new Map<string, boolean>();
/** Made once: the bundle for Node makes a pattern with a Unicode property written inside a function anew at each call. */
const LETTER = /\p{L}/u;

/** Could this be a person's name (not a function word or contraction standing at a sentence start)? */
function isName(name: string): boolean {
  let verdict = nameVerdicts.get(name);
  if (verdict === undefined) {
    verdict = !onlyNotNames(name) && LETTER.test(name);
    if (nameVerdicts.size > 10_000) nameVerdicts.clear();
    nameVerdicts.set(name, verdict);
  }
  return verdict;
}

/**
 * `name.toLowerCase().split(SPACES).every((w) => NOT_NAMES.has(w.replace(APOSTROPHE_ON, '')))`, its first word asked
 * first: most names start with a word that is no function word, and the answer is known without the list of words
 * (a split at every name the cache did not know was about 0.2 bytes per input byte the engine allocated over the
 * White House corpus).
 */
function onlyNotNames(name: string): boolean {
  if (!NOT_NAMES.has(firstPiece(name).toLowerCase().replace(APOSTROPHE_ON, ''))) return false;
  return name.toLowerCase().split(SPACES).every((w) => NOT_NAMES.has(w.replace(APOSTROPHE_ON, '')));
}

/** Where in the draft a mention stands: block index and a running sentence number. */
export interface Place {
  block: number;
  sentence: number;
}

/** A mention's place: its block and a number that grows with every sentence of the draft. */
export function placeOf(block: { index: number }, sentence: number): Place {
  return { block: block.index, sentence: sentenceKey(block, sentence) };
}

/** A sentence's key is its block's index times this, plus the sentence's index. */
const BLOCK_KEY = 100000;
/** Nouns of a firm that name one whatever its name: "the company", "the firm". */
const FIRM_NOUNS = new Set(['company', 'firm']);
/** The last word of a firm's name: "Calder Row Capital", "Luxe Suites Northwest Ltd", "Halbrook Investigations". */
const FIRM_NAME_ENDING = /\s(?:Ltd|Limited|Inc|Plc|PLC|plc|LLC|LLP|Corp|Corporation|Company|Co|Holdings|Capital|Partners|Properties|Investments|Investigations|Consulting|Consultants|Associates|Ventures|Realty|Enterprises|Industries|Developments|Rentals|Suites|Logistics|Technologies|Motors)\.?$/;

/** A sentence's key in the register, over the whole draft (a place's sentence, made without a place). */
export function sentenceKey(block: { index: number }, sentence: number): number {
  return block.index * BLOCK_KEY + sentence;
}

/**
 * How far back a pronoun or description looks, in namings or turns of speech: far more than any story holds, and a
 * bound that keeps a draft of many megabytes linear.
 */
const SCAN = 4000;

/** A couple named together ("David and Louise Turpin"): two people of a surname, one of them named so. */
function namedTogether(family: readonly Person[]): boolean {
  return family.length === 2 && family.some((p) => p.descriptors.has(COUPLE));
}

/** The register of named people, filled in reading order. */
export class People {
  private readonly all: Person[] = [];
  private readonly bySurname = new Map<string, Person>();
  /** People by the first of two surnames ("esparza" of "Ricardo Esparza Luna"), made at the first such naming. */
  private byFirstSurname: Map<string, Person> | undefined;
  /** Bodies by the first word of a name of two or more ("horizon" for Horizon Parking Management). */
  private byBodyFirstWord: Map<string, Person> | undefined;
  /** Everyone with a full name, by surname, for a surname that several people share ("Rosalind" and "Paul Achterberg"). */
  private readonly sharingSurname = new Map<string, Person[]>();
  /** Women known only by a title and the surname of a man already named ("Mrs. Brandt"), by surname. */
  private titled: Map<string, Person> | null = null;
  private readonly byName = new Map<string, Person>();
  private mostNamedPerson: Person | undefined;
  /** People with full names by their initials (kept as names grow: "Gownaris" then "Natasha Gownaris"). */
  private readonly byInitialsKey = new Map<string, Person[]>();
  /** People with full names by their given names, lower-case ("paul" for Paul Marchetti). */
  private readonly byGiven = new Map<string, Person[]>();
  private seq = 0;
  /**
   * Every naming and every turn of speech in order (the person and the sequence number it had then): pronouns,
   * descriptions and "they" read them from the latest back, so that a long draft costs no pass over everyone.
   */
  private readonly namedLog: Person[] = [];
  private readonly namedLogSeq: number[] = [];
  /**
   * The first index of the naming log with a naming in each block: a pronoun looks for people named in its own
   * block from the latest naming back to there, not over the last SCAN namings (in a draft of many megabytes that
   * scan, at every pronoun, was most of the time the register took).
   */
  private readonly firstNamingOfBlock: number[] = [];

  /** Has the paragraph named anyone yet (a person, a body or a role)? */
  namesIn(block: number): boolean {
    return this.firstNamingOfBlock[block] !== undefined;
  }
  private readonly spokeLog: Person[] = [];
  private readonly spokeLogSeq: number[] = [];

  /**
   * Records a person named in the text; returns the person a surname or full name stands for. Descriptors are
   * lower-case words that describe them (titles, appositives). An addressee ("Speaking to Martin Smith, he said")
   * is registered but no pronoun looks back to that naming.
   */
  name(name: string, at: Span, place: Place, descriptors: readonly string[] = [], kind: Person['kind'] = 'person', addressee = false): Person {
    const clean = withoutPossessive(name.trim());
    if (kind === 'person' && !isName(clean)) return this.nobody(clean, at, place);
    // The name's words are counted and its first and last read without splitting it (this runs for every naming).
    const partCount = pieceCount(clean);
    const surname = lastPiece(clean).toLowerCase();
    let person = kind === 'person' ? (partCount === 1 ? this.principal(surname, place) : undefined) ?? this.bySurname.get(surname) ?? this.byFullName(clean) ?? (partCount === 1 ? this.byFirstSurname?.get(surname) ?? this.byBodyFirstWord?.get(surname) : undefined) : this.byFullName(clean);
    // A given name alone for the one person of that given name ("Paul said" after "her son, Paul Marchetti"): a
    // feature calls relatives who share a surname by their given names.
    if (!person && kind === 'person' && partCount === 1) {
      const given = this.byGiven.get(surname);
      if (given && given.length === 1) person = given[0];
    }
    if (person && kind === 'person' && partCount > 1 && pieceCount(person.name) > 1 && !sameFirstName(person.name, clean) && !surnameWithParticle(person.name, clean)) {
      person = undefined; // another person with the same surname
    }
    // "Mrs. Brandt" after Harold Brandt: a woman's title after a man of that surname names someone else (his wife or
    // widow). Not the other way: a man's given name may be one the lists hold as a woman's ("Mr. Bocelli" after
    // Andrea Bocelli is he).
    const wife = kind === 'person' && partCount === 1 && person !== undefined && womansTitle(descriptors) && sexOf(person) === 'male';
    if (wife) person = this.sharingSurname.get(surname)?.find((p) => sexOf(p) === 'female') ?? this.titled?.get(surname);
    // (So, of a man whose sex the draft never said, when a woman of that surname was named: "Tendai Mukoma said …. His
    // wife, Rutendo Mukoma, said …" then "Mrs. Mukoma told".)
    else if (kind === 'person' && partCount === 1 && person !== undefined && womansTitle(descriptors) && sexOf(person) === 'unknown') person = this.sharingSurname.get(surname)?.find((p) => sexOf(p) === 'female') ?? person;
    this.seq++;
    if (!person) {
      const given = kind === 'person' && partCount > 1 ? fullNameGender(clean) : 'unknown';
      const described = kind === 'organization' ? 'neuter' : describedGender(descriptors, given);
      person = {
        name: clean, kind, gender: described !== 'unknown' ? described : given,
        descriptors: new Descriptors(descriptors), namedAt: at, lastNamed: at,
        lastNamedBlock: place.block, lastNamedSentence: place.sentence, lastNamedSeq: this.seq, speaker: false, lastSpokeSeq: 0, lastSpokeSentence: -1, namings: 0,
      };
      if (described === 'unknown' && given !== 'unknown') person.sexByName = true;
      person.listed = this.all.length;
      this.all.push(person);
      this.byName.set(clean.toLowerCase(), person);
      this.indexFullName(person);
      if (wife) (this.titled ??= new Map()).set(surname, person);
    } else {
      if (partCount > pieceCount(person.name) && kind === 'person') {
        person.name = clean;
        this.byName.set(clean.toLowerCase(), person);
        this.indexFullName(person);
        person.namedAt = at;
        if (person.gender === 'unknown') {
          person.gender = fullNameGender(clean);
          if (person.gender !== 'unknown') person.sexByName = true;
        }
      }
      person.lastNamed = at;
      person.lastNamedBlock = place.block;
      person.lastNamedSentence = place.sentence;
      person.lastNamedSeq = this.seq;
      if (person.gender === 'unknown') person.gender = genderOf(descriptors);
      person.descriptors.add(descriptors);
    }
    // Whom the speaker addresses is known from here on, but is not the latest person named for a pronoun.
    if (!addressee) {
      this.firstNamingOfBlock[place.block] ??= this.namedLog.length;
      const opening = this.blockOpenings[place.block] ?? -1;
      if (opening >= at.start && opening <= at.end && kind === 'person' && !this.headings?.has(place.block)) (this.openers ??= new Map()).set(place.block, person);
      this.namedLog.push(person);
      this.namedLogSeq.push(person.lastNamedSeq);
    }
    // "Horizon said" after "The operator, Horizon Parking Management, …": a body called by the first word of its
    // name, one no given name or common word stands for.
    if (kind === 'organization' && person.kind === 'organization' && partCount >= 2) {
      const first = firstPiece(clean);
      const key = first.toLowerCase();
      if (BODY_SHORT_NAME.test(first) && !isGivenName(first) && !NOT_NAMES.has(key) && !DEMONYMS.has(key) && !BODY_NAME_OPENERS.has(key)) (this.byBodyFirstWord ??= new Map()).set(key, person);
    }
    if (kind === 'person') {
      this.bySurname.set(surname, person);
      // "Ricardo Esparza Luna", "Hillary Rodham Clinton": the first of two surnames stands for the person too ("Esparza
      // told"), where no one holds it as their surname.
      const first = partCount >= 3 ? firstOfTwoSurnames(clean) : undefined;
      if (first !== undefined) (this.byFirstSurname ??= new Map()).set(first, person);
      if (person.name.includes(' ')) {
        const sharing = this.sharingSurname.get(surname);
        if (!sharing) this.sharingSurname.set(surname, [person]);
        else if (!sharing.includes(person)) sharing.push(person);
      }
    }
    person.namings++;
    // Kept as names are met, so that asking costs nothing (a transcript asks at every answer).
    const best = this.mostNamedPerson;
    if (person.kind === 'person' && (!best || person.namings > best.namings) && person.name.includes(' ') && !describedAsInterviewer(person)) {
      this.mostNamedPerson = person;
    }
    return person;
  }

  /**
   * Whom a bare surname stands for when several people share it: the first named, as a story calls its subject by
   * surname and the relatives it names later by full or given name.
   */
  private principal(surname: string, place: Place): Person | undefined {
    const sharing = this.sharingSurname.get(surname);
    if (!sharing || sharing.length < 2) return undefined;
    // (But the one this paragraph named in full, when the first was not named in it: "The director, Azizur Rahman,
    // said …" then "Habibur Rahman, a farmer, told Reuters …. "…," Rahman said.")
    if (sharing[0].lastNamedBlock !== place.block) {
      let here: Person | undefined;
      for (const p of sharing) if (p.lastNamedBlock === place.block && (!here || p.lastNamedSeq > here.lastNamedSeq)) here = p;
      if (here) return here;
    }
    return sharing[0];
  }

  /** Indexes a person with a full name by given name and by initials. */
  private indexFullName(person: Person): void {
    if (person.kind !== 'person' || !person.name.includes(' ')) return;
    const given = firstPiece(person.name).toLowerCase();
    const namesakes = this.byGiven.get(given);
    if (!namesakes) this.byGiven.set(given, [person]);
    else if (!namesakes.includes(person)) namesakes.push(person);
    const key = initials(person.name);
    const list = this.byInitialsKey.get(key);
    if (!list) this.byInitialsKey.set(key, [person]);
    else if (!list.includes(person)) list.push(person);
  }

  /** A register entry for what only looked like a name ("And", "They're"): never a speaker, never resolved to. */
  private nobody(name: string, at: Span, place: Place): Person {
    return {
      name, kind: 'person', gender: 'neuter', descriptors: new Descriptors(NO_WORDS), namedAt: at, lastNamed: at, lastNamedBlock: place.block,
      lastNamedSentence: place.sentence, lastNamedSeq: 0, speaker: false, lastSpokeSeq: 0, lastSpokeSentence: -1, namings: 0,
    };
  }

  /** The person with a full name whose initials these are ("NG" for Natasha Gownaris), if exactly one. */
  byInitials(letters: string): Person | undefined {
    const matches = (this.byInitialsKey.get(letters.toUpperCase()) ?? []).filter((p) => initials(p.name) === letters.toUpperCase());
    return matches.length === 1 ? matches[0] : undefined;
  }

  /**
   * The person named most often so far (full names only), leaving out whoever the draft describes as asking the
   * questions ("reporter Jane Doe"): the subject of an interview's introduction.
   */
  mostNamed(): Person | undefined {
    return this.mostNamedPerson;
  }

  /** Is this lower-case surname (possessive already removed) someone already named? */
  knowsKey(key: string): boolean {
    return this.bySurname.has(key);
  }

  /** Has the draft said of anyone that they use "they"? */
  singularTheyNamed = false;
  /**
   * The document a paragraph last opened a sentence with ("The email, released by …, was sent …", "the paper notes"):
   * what "it reads", "it said" stand for when no body or person does.
   */
  lastDocument: { name: string; block: number; range: Span; sentence: number; leads: boolean } | null = null;
  /** The latest paragraph that says someone gave a statement ("said in a statement that …"), or -1. */
  statementGivenIn = -1;
  /** The latest paragraph asked whether it says so. */
  statementCheckedIn = -1;

  /**
   * The body a sentence of the paragraph last opened with as its subject ("NASA interrupted its live coverage …",
   * "Acme Corp. cut 40 jobs"): whom "it said" later in that paragraph stands for when no body spoke.
   */
  lastBody: OpeningBody | null = null;
  /** Whether the mention being resolved speaks in a clause after a subordinator ("after Halvorsen Steel announced"). */
  speechInClause = false;
  /** Whether the speech being registered asks someone to do something: set by the caller around `spoke`. */
  speechAsks = false;
  /** Whether the speech being registered stands inside what an earlier speaker of its sentence said: set by the caller. */
  speechReported = false;
  /**
   * The latest two blocks read, with their tokens and sentences (the one before, then the one being read), for the
   * bodies they name anywhere in a sentence, read only when a "the …" asks (see openingBodyNamedBy in records).
   */
  readonly keptBlocks: { block: Block; tokens: readonly Token[]; sentences: readonly Sentence[] }[] = [];

  /** Keeps a block as the one being read, the block before it as the one before. */
  keepBlock(block: Block, tokens: readonly Token[], sentences: readonly Sentence[]): void {
    if (this.keptBlocks.length === 2) this.keptBlocks.shift();
    this.keptBlocks.push({ block, tokens, sentences });
  }

  /**
   * Where the subject opening each block stands in the document (or -1: see subjectOpening in records), for a pronoun
   * in the block after it.
   */
  private readonly blockOpenings: number[] = [];

  /** Where a name may open a clause after a comma, in sentences that open with a clause of their own (by sentence key). */
  private clauseStarts: Map<number, number[]> | null = null;

  /** Records where a clause may start after a comma in a sentence that opens with one ("When X …, Y …"). */
  opensClause(sentence: number, at: number): void {
    const clauseStarts = (this.clauseStarts ??= new Map());
    const starts = clauseStarts.get(sentence);
    if (starts) starts.push(at);
    else clauseStarts.set(sentence, [at]);
  }

  /** Where the clause of being asked that opens a sentence ends ("Asked whether Grant should stay,"), by sentence key. */
  private askedClauses: Map<number, number> | null = null;

  /** Records the end of a clause of being asked that opens a sentence (see askedClauses). */
  opensAsked(sentence: number, end: number): void {
    (this.askedClauses ??= new Map()).set(sentence, end);
  }

  /**
   * Is the person's latest naming inside the clause of being asked that opens its sentence, so no pronoun of the main
   * clause after it ("Asked whether Grant should keep her job, she said") stands for them?
   */
  private namedInAsked(p: Person): boolean {
    const end = this.askedClauses?.get(p.lastNamedSentence);
    return end !== undefined && p.lastNamed.start < end;
  }

  /** Does the person's latest naming open a clause after the one that opens its sentence? */
  private opensMainClause(p: Person): boolean {
    return this.clauseStarts?.get(p.lastNamedSentence)?.includes(p.lastNamed.start) === true;
  }

  /**
   * The prose and sentences of the latest blocks (by block index modulo RECENT), read again only when a pronoun looks
   * back past its own paragraph: most blocks are never asked about, and reading each as it came was about 0.3 bytes
   * per input byte the engine allocated over the White House corpus.
   */
  private readonly recentBlock: number[] = new Array<number>(RECENT).fill(-1);
  private readonly recentProse: string[] = new Array<string>(RECENT).fill('');
  private readonly recentSentences: (readonly Span[])[] = new Array<readonly Span[]>(RECENT).fill([]);
  /** The blocks that are headings: a headline's capitalised words open no paragraph's subject for an epithet. */
  private headings: Set<number> | null = null;
  /** The prose of a recent block, or null when it is no longer kept. */
  private keptProse(block: number): string | null {
    const r = block % RECENT;
    return block >= 0 && this.recentBlock[r] === block ? this.recentProse[r] : null;
  }

  /** Did this paragraph or the `back` before bring someone in by `head` ("A Gawker employee", "a 24-year-old man")? */
  private introducedNear(head: string, place: Place, back = 1): boolean {
    for (let b = place.block - back; b <= place.block; b++) {
      const prose = this.keptProse(b);
      if (prose !== null && introduces(prose, head)) return true;
    }
    return false;
  }

  /**
   * Do the quotes of a block speak of the person as another does, by the pronoun that tags them or by name ("“She
   * didn't cry once,” she said", "“Children like Emma are the reason,” she said")? Then they are not that person's.
   */
  private quotesAbout(p: Person, pronoun: string, block: number): boolean {
    const prose = this.keptProse(block);
    if (prose === null) return false;
    const given = firstPiece(p.name);
    const surname = lastPiece(p.name);
    const third = pronoun === 'he' ? HIM : HER;
    for (const m of prose.matchAll(QUOTED)) {
      const q = m[0];
      if (third.test(q) || wordIn(q, surname) || (pieceCount(p.name) > 1 && wordIn(q, given))) return true;
    }
    return false;
  }

  /** How many times the paragraphs ageFits read last gave the age it was asked about. */
  private agesGiven = 0;

  /**
   * Counts the times the kept paragraphs give an age (", 46,", "a 46-year-old", "(46)", "at 46") into agesGiven;
   * false when a role was given it with "a" or "an", someone else brought in at that age.
   */
  private ageFits(age: string, place: Place): boolean {
    this.agesGiven = 0;
    // (", a 46-year-old nurse," describes someone named; "a 46-year-old man" brings in someone else.)
    // (Or in words: "died at 88", "aged 52", "who is 52 years old".)
    const given = new RegExp(`(?:,\\s*${age}\\s*[,.]|\\(${age}\\)|\\b(?:at|aged|age)\\s+${age}\\b|\\b${age}\\s+years?\\s+old|\\balso\\s+${age}\\b|\\bturned\\s+${age}\\b|(,\\s*)?\\b(an?|the|his|her|their|whose|my|our)\\s+${age}-years?-old)`, 'gi');
    for (let b = place.block - RECENT + 1; b <= place.block; b++) {
      const prose = this.keptProse(b);
      if (prose === null) continue;
      for (const m of prose.matchAll(given)) {
        const article = m[2]?.toLowerCase();
        if (article === 'the') continue;
        // ("his 8-year-old granddaughter": someone of theirs, not them.)
        if (article !== undefined && (m[1] === undefined || OWNERS.has(article))) return false;
        this.agesGiven++;
      }
    }
    return true;
  }

  /** The person named at each block's opening subject (not a heading's), for an epithet in the block after it. */
  private openers: Map<number, Person> | null = null;
  /** Each kept block's pronoun reading, made at the first pronoun that asks for it (null until then). */
  private readonly recentReading: (BlockPronouns | null)[] = new Array<BlockPronouns | null>(RECENT).fill(null);

  /** Records where block's opening subject stands (-1 for none worth a pronoun), and its prose and sentences. */
  opensBlock(block: number, at: number, prose = '', sentences: readonly Span[] = [], heading = false): void {
    this.blockOpenings[block] = at;
    if (heading) (this.headings ??= new Set()).add(block);
    const r = block % RECENT;
    this.recentBlock[r] = block;
    this.recentProse[r] = prose;
    this.recentSentences[r] = sentences;
    this.recentReading[r] = null;
    this.sentenceOpeningCounts[r] = 0;
  }

  /** Records where a later sentence of a recent block opens with a capital (see sentenceOpenings). */
  opensSentence(block: number, at: number): void {
    const r = block % RECENT;
    if (this.recentBlock[r] !== block) return;
    const n = this.sentenceOpeningCounts[r];
    if (n < OPENINGS_KEPT) {
      this.sentenceOpenings[r * OPENINGS_KEPT + n] = at;
      this.sentenceOpeningCounts[r] = n + 1;
    }
  }

  /**
   * Where the later sentences of each kept block open with a capital: OPENINGS_KEPT places per kept block, and how
   * many each holds (fixed arrays: a list per paragraph was 7 MB of the bytes allocated over the White House corpus).
   */
  private readonly sentenceOpenings = new Float64Array(RECENT * OPENINGS_KEPT);
  private readonly sentenceOpeningCounts = new Int32Array(RECENT);

  /** Does a later sentence of a kept block open at `at`? */
  private opensLaterSentence(block: number, at: number): boolean {
    const r = block % RECENT;
    if (this.recentBlock[r] !== block) return false;
    for (let k = 0; k < this.sentenceOpeningCounts[r]; k++) if (this.sentenceOpenings[r * OPENINGS_KEPT + k] === at) return true;
    return false;
  }

  /** The pronoun reading of a recent block (see pronounsOf), or null when it is no longer kept. */
  private pronounsOfBlock(block: number): BlockPronouns | null {
    const r = block % RECENT;
    if (block < 0 || this.recentBlock[r] !== block) return null;
    return (this.recentReading[r] ??= pronounsOf(this.recentProse[r], this.recentSentences[r]));
  }

  /** Marks a person as one whom "they" stands for ("who uses they/them pronouns"). */
  usesThey(person: Person): void {
    person.singularThey = true;
    this.singularTheyNamed = true;
  }

  /** The person of this full name, if already named (the register is not changed). */
  find(name: string): Person | undefined {
    return this.byFullName(name);
  }

  /**
   * Of two people who share a surname, "the elder" or "the younger" one: by the ages the draft gave them, else by a
   * parent's or a child's word ("her mother, Elena Petrescu" is the elder). Undefined when the draft does not say.
   */
  ofGeneration(surname: string, elder: boolean): Person | undefined {
    const sharing = this.sharingSurname.get(surname);
    if (sharing === undefined || sharing.length !== 2) return undefined;
    const [a, b] = sharing;
    const ageA = ageOf(a);
    const ageB = ageOf(b);
    if (ageA !== undefined && ageB !== undefined && ageA !== ageB) return ageA > ageB === elder ? a : b;
    const rankA = generationOf(a);
    const rankB = generationOf(b);
    if (rankA === rankB) return undefined;
    return rankA > rankB === elder ? a : b;
  }

  /** The person this lower-case surname stands for, if already named (the register is not changed). */
  bySurnameKey(key: string): Person | undefined {
    return this.bySurname.get(key);
  }

  /**
   * Marks a person as having spoken now, in the sentence at place when known (a speaker without one, named in a
   * paragraph's signature, is never taken for the subject of the sentence a later pronoun looks back to).
   */
  spoke(person: Person, place?: Place): void {
    person.speaker = true;
    person.lastSpokeSeq = ++this.seq;
    person.lastSpokeSentence = place ? place.sentence : -1;
    person.lastSpokeInClause = this.speechInClause;
    person.lastSpokeAsking = this.speechAsks;
    person.lastSpokeReported = this.speechReported;
    // What only looked like a name ("I'll") is no one a pronoun can stand for.
    if (person.listed === undefined) return;
    this.spokeLog.push(person);
    this.spokeLogSeq.push(person.lastSpokeSeq);
  }

  /** The latest speaker, if they spoke in an earlier sentence of the paragraph at `place` (or of the one before it). */
  spokeEarlierIn(place: Place, orBefore = false): Person | undefined {
    const p = this.spokeLog.length > 0 ? this.spokeLog[this.spokeLog.length - 1] : undefined;
    return p !== undefined && p.lastSpokeSentence >= (place.block - (orBefore ? 1 : 0)) * BLOCK_KEY && p.lastSpokeSentence < place.sentence ? p : undefined;
  }

  /** Two people who speak together ("Irene Castellano … and Deshawn Pruitt said"), registered as one plural source. */
  pair(first: Person, second: Person, at: Span, place: Place): Person {
    const pair = this.name(`${first.name} and ${second.name}`, at, place, [], 'organization');
    pair.gender = 'plural';
    return pair;
  }

  /**
   * The person a definite description stands for ("the actress", "the Wooster professor"), if one fits. Given where
   * the description stands, only someone first named before it or in its own sentence ("The editor I was talking to,
   * Tim Grieve, …"), not later in its paragraph. Given the phrase as written (`words` are its words in lower case),
   * capitalised words before an office ("Florida" in "the Florida senator") may be a place or party the draft never
   * said of the person.
   */
  describe(words: readonly string[], at?: { offset: number; place: Place }, phrase?: string): Person | undefined {
    // Loops, not map, filter and every: a description is read at every role's mention, against each person named
    // lately, on every keystroke (the arrays and functions made here were 5% of the bytes a keystroke's lint made).
    let content: string[] | null = null;
    let kin: string[] | null = null;
    for (let w = 0; w < words.length; w++) {
      const lower = words[w].toLowerCase();
      if (DESCRIPTION_DETERMINERS.has(lower)) continue;
      (content ??= []).push(lower);
      if (KIN.has(lower)) (kin ??= []).push(lower);
    }
    if (content === null) return undefined;
    // "Her brother" is a man, "the widow" a woman: never someone the draft knows as of the other sex (a relative's
    // word only: "SEC Chairman Mary Jo White" is "the chairman").
    const sex = kin === null ? 'unknown' : genderOf(kin);
    // "the Utah Republican", "the Maryland Democrat": the one person named before whose party tag ("Jason Chaffetz
    // (R-Utah)") or descriptions ("a Utah Republican") give that state and party; no one else (the words after a name
    // may be the next clause's: "…, Channing D. Phillips - the Utah Republican asks").
    const member = stateAndParty(content);
    if (member) return this.byStateAndParty(member, at);
    // The latest named person the description fits.
    for (let k = this.namedLog.length - 1, n = 0; k >= 0 && n < SCAN; k--, n++) {
      const p = this.namedLog[k];
      if (this.namedLogSeq[k] !== p.lastNamedSeq || p.kind !== 'person') continue;
      if (at && p.namedAt.start > at.offset && !(p.lastNamedBlock === at.place.block && p.lastNamedSentence === at.place.sentence)) continue;
      let fits = true;
      for (let c = 0; c < content.length && fits; c++) fits = describes(content[c], p.descriptors);
      // (Not a word that is only where they work: "Dr Ifeoma Okonkwo-Reid, who works at both the hospice and …" is not
      // "The hospice said".)
      if (fits && content.length === 1 && !ROLE_NOUNS.has(content[0]) && p.descriptors.namesOnlyWhere(content[0])) fits = false;
      // (Not someone this paragraph brought in by the role's word: "Tom Reyes shot a man." then "the man said"; a
      // paragraph before may speak of one to come, "A new campaign manager could set a new tone.")
      // (But a role the draft gave the person by title or apposition is theirs, whoever else holds it: "Maria Lopez, a
      // nurse at Mercy Hospital, said she was trained by a nurse …" then "the nurse said".)
      const word = content[content.length - 1];
      const theirs = ROLE_NOUNS.has(word) && p.descriptors.has(word) && !GENERIC_PEOPLE.has(word);
      if (fits && !(sex !== 'unknown' && otherSex(sexOf(p), sex)) && !underling(content, p.descriptors)) return at && !theirs && this.introducedNear(word, at.place, 0) ? undefined : p;
    }
    // None fits every word: the one person named before whom the role's own words fit, when only one does ("Sen. Marco
    // Rubio …" then "the Florida senator said", "the Florida senator and Republican presidential candidate said"; not
    // when two senators were named).
    // (An office only, which a title before a name gives: "the Afro-Colombian journalist" may be someone the draft
    // called an anchor, not the one journalist it named.)
    if (phrase === undefined) return undefined;
    // (Past a standing in the office: "the independent Vermont senator", "the junior Texas senator".)
    let lead = 0;
    while (lead < content.length && STANDING.has(content[lead])) lead++;
    const home = lead > 0 ? content.slice(lead) : content;
    const capitalised = leadingCapitals(phrase, words);
    if (capitalised === 0 || capitalised >= home.length || !OFFICES.has(home[capitalised])) return undefined;
    // A state or a party ("the Florida senator", "the New Jersey governor", "the Republican senator"): American
    // usage for someone the draft named with the office. (Not a nation: "the French president" after "President
    // Obama met Francois Hollande" is Hollande.)
    if (!homeOfOffice(home, capitalised)) return undefined;
    const end = capitalised + 1;
    return end === home.length || home[end] === 'and' ? this.onlyOneFits(home[capitalised], sex, at) : undefined;
  }

  /**
   * The one person among the latest namings the draft described by `word` ("student"), if exactly one and the
   * paragraph at `place` or the one before brought in no one unnamed by that word ("said a firefighter was hurt").
   */
  onlyOneDescribedAs(word: string, place: Place): Person | undefined {
    return this.introducedNear(word, place) ? undefined : this.oneDescribedAs(word) ?? undefined;
  }

  /**
   * The one person among the latest namings the draft described by `word` (a word of description or an age's mark):
   * undefined when no one, null when more than one.
   */
  private oneDescribedAs(word: string): Person | null | undefined {
    let one: Person | undefined;
    for (let k = this.namedLog.length - 1, n = 0; k >= 0 && n < SCAN; k--, n++) {
      const q = this.namedLog[k];
      if (this.namedLogSeq[k] !== q.lastNamedSeq || q.kind !== 'person' || !q.descriptors.has(word) || q === one) continue;
      if (one) return null;
      one = q;
    }
    return one;
  }

  /**
   * The person "the Spaniard", "the Texan" stands for: the person the paragraph named before it (its latest sentence's
   * subject: "Rafael Nadal beat Dominic Thiem …. "…," the Spaniard said"), else whom the paragraph before opened with.
   * (Not someone the draft gave another people's word: "the German" is not "Spanish coach Ana Ruiz".)
   */
  demonym(word: string, place: Place, at: number): Person | undefined {
    // The one person the draft gave the word ("Anna Ruiz, the Argentine, won …").
    const given = this.oneDescribedAs(word);
    if (given !== undefined) return given ?? undefined;
    // A state's resident: the one person the draft gave that state ("Former Texas Gov. Rick Perry" is "the Texan").
    const state = STATE_OF_DEMONYM.get(word);
    const ofState = state === undefined ? undefined : this.oneDescribedAs(state);
    if (ofState) return ofState;
    const near = this.resolveAs('he', ANY_SEX, place, false, undefined, at);
    const p = namedBeforeIn(near, place, at) ? near : this.openers?.get(place.block - 1);
    if (p === undefined || p.kind !== 'person' || pieceCount(p.name) < 2) return undefined;
    // (Not someone the draft gave another people's word, or another state: "the Virginian" is not "Texas Gov. Ray Colter".)
    if (p.descriptors.some((d) => (DEMONYMS.has(d) && d !== word) || (state !== undefined && d !== state && US_STATES.has(d)))) return undefined;
    return p;
  }

  /**
   * The person a definite epithet stands for when no description the draft gave fits ("the billionaire business
   * mogul", "the Senate minority leader", "the two-term president" after the person's name): the one a "he" or "she"
   * there would stand for, if a person named, when no role of that head was named before ("a Gawker employee" then
   * "the employee") and the person holds no other office ("Gov. Ron Baxter" is not "the senator"). `head` is the
   * epithet's last word, in lower case, one of EPITHET_HEADS.
   */
  epithet(words: readonly string[], phrase: string, place: Place, at: number): Person | undefined {
    const head = words[words.length - 1].toLowerCase();
    for (let k = this.namedLog.length - 1, n = 0; k >= 0 && n < SCAN; k--, n++) {
      const p = this.namedLog[k];
      if (this.namedLogSeq[k] === p.lastNamedSeq && p.kind !== 'person' && lastPiece(p.name).toLowerCase() === head) return undefined;
    }
    // (Nor one this paragraph or the one before brought in as one of many: "A Gawker employee watched." then "the
    // employee wrote".)
    if (this.introducedNear(head, place)) return undefined;
    const content: string[] = [];
    for (const w of words) if (!DESCRIPTION_DETERMINERS.has(w.toLowerCase())) content.push(w.toLowerCase());
    // Capitals before it only of a state, a party or a chamber ("the Florida senator", "the Wisconsin Republican", "the
    // Senate minority leader"): a nation's, a body's or a team's word is someone else's ("the Mexican president", "the
    // Hezbollah leader", "the Nuggets star").
    const capitalised = leadingCapitals(phrase, words);
    // (Past a standing before them, as leadingCapitals reads: "the independent Vermont senator".)
    let lead = 0;
    while (lead < content.length && STANDING.has(content[lead])) lead++;
    for (let c = lead; c < Math.min(lead + capitalised, content.length - 1); c++) if (!PARTIES.has(content[c]) && !US_STATE_WORDS.has(content[c]) && !CHAMBERS.has(content[c])) return undefined;
    // (A state and a party, "the Utah Republican", is read by its tag alone: not when two people fit it.)
    if (stateAndParty(content)) return undefined;
    // Words before it: never a side ("the opposition leader", "the far-right leader"); before an office, only a standing
    // in it ("the two-term president", "the longtime senator"): "the university president" is someone else.
    const office = OFFICES.has(head);
    for (let c = lead + capitalised; c < content.length - 1; c++) {
      const w = content[c];
      if (OTHER_SIDE.has(w) || (office && !STANDING.has(w) && !TERM.test(w) && w !== 'former')) return undefined;
    }
    const age = AGE_WORD.exec(head);
    if (age) return this.aged(age[1], place, at);
    // (Someone named before it, not later in its sentence: "“…,” the Florida senator told …, when asked if he still
    // believes Trump cannot be trusted".) Past its paragraph, whom the paragraph before opened with ("Obama, acting as
    // …, will make the case …" then ""…," the two-term president will say"); else the latest speaker if they spoke in
    // the paragraph before ("the Republican vice-presidential nominee", "The former speaker"), not further back, where
    // the quote may answer them ("“The governor is dreaming,” the Republican leader said").
    // (The latest speaker only when the draft said the epithet's word of them, "Dolores Whitcomb, a Republican who was
    // speaker of the House": an epithet after someone spoke may be the one who answers them, "“…,” Haskins said." then
    // "“…,” the challenger said", and two people of one standing named together give no one, "Elon Musk and Mark
    // Zuckerberg traded insults.")
    const near = this.resolveAs('he', ANY_SEX, place, false, undefined, at);
    const spoke = near !== undefined && near.speaker && near.lastNamed.start < at && this.spokeLog[this.spokeLog.length - 1] === near && near.lastSpokeSentence >= (place.block - 1) * BLOCK_KEY && near.descriptors.has(head);
    const local = namedBeforeIn(near, place, at);
    const opener = local ? undefined : this.openers?.get(place.block - 1);
    const p = local ? near : (opener ?? (spoke ? near : undefined));
    const answering = !local && opener === undefined;
    // (An order or an occasion before the head is someone else: "the first speaker", "the commencement speaker".)
    for (let c = 0; c < content.length - 1; c++) if (EVENT_MODIFIERS.has(content[c])) return undefined;
    // (Nor the one opening the paragraph before when that paragraph gave the head's word to someone else: "Priya Nair
    // … will lead the company after the departure of its co-founder." then "the founder said".)
    if (!local && opener !== undefined && this.headOfOther(head, place.block - 1)) return undefined;
    // (A person the draft gave a whole name, not a capitalised word read as one: "Executive Order", "First Lady".)
    if (p === undefined || p.kind !== 'person' || pieceCount(p.name) < 2) return undefined;
    // ("the chairwoman" is not "Mayor John Hart"; "the Democratic nominee" not a Republican; "the former president" not
    // the one in office, nor "the president" a vice president.)
    if (otherSex(sexOf(p), genderOf(content)) || otherParty(content, p.descriptors) || underling(content, p.descriptors)) return undefined;
    // A party's epithet for the latest speaker only when the draft gave them that party (""…," Schumer told reporters."
    // then ""…," the Republican leader said" may answer him); and never someone who holds an office the epithet does
    // not name ("the challenger", "the nominee", "the activist" are not "Mayor Linda Haskins", "Gov. Kristi Noem").
    if (answering && !ofParty(content, p.descriptors)) return undefined;
    for (const held of OFFICES) if (held !== head && p.descriptors.has(held) && !content.includes(held) && !p.descriptors.pairs('former', held) && !(LEGISLATORS.has(head) && LEGISLATIVE_OFFICES.has(held))) return undefined;
    if (office && content.includes('former') && !p.descriptors.has('former')) return undefined;
    // Not someone the draft named by another trade or a relation ("Prosecutor John Doyle", "Investor Vinod Khosla",
    // "his son Sebastien Lai"), unless the epithet is one of standing that any trade may hold ("the billionaire").
    // (A race's epithet reached past its paragraph keeps that check: "Pollster Ed Gaines said …" then "the candidate
    // told supporters"; "Moderator Jane Ostrow asked …" then "the Democratic nominee said".)
    if (!local && RACE_HEADS.has(head) && p.descriptors.some((d) => (ROLE_NOUNS.has(d) || EXTRA_TRADES.has(d)) && heldTrade(d, p.descriptors))) return undefined;
    if (!office && !STANDING_HEADS.has(head) && p.descriptors.some((d) => d !== head && (ROLE_NOUNS.has(d) || KIN.has(d)) && heldTrade(d, p.descriptors))) return undefined;
    if (!office) return p;
    // An office: held by them alone of those named, as the draft said ("the two-term president" after "President
    // Barack Obama"), or of a state or party when no one named held it ("the Vermont senator"); "the president" of a
    // draft that named none is the sitting one, and "the senator" may answer the host who asked. Never someone of
    // another office ("Gov. Ron Baxter", "the senator").
    for (const other of OFFICES) if (other !== head && p.descriptors.has(other)) return undefined;
    let holders = 0;
    for (let k = this.namedLog.length - 1, n = 0; k >= 0 && n < SCAN; k--, n++) {
      const q = this.namedLog[k];
      if (this.namedLogSeq[k] === q.lastNamedSeq && q.kind === 'person' && q.descriptors.has(head)) holders++;
    }
    if (capitalised > 0 && homeOfOffice(content, capitalised)) return holders === 0 ? p : undefined;
    return holders === 1 && p.descriptors.has(head) ? p : undefined;
  }

  /** Did the kept paragraph give `head` to someone else ("its co-founder", "the founder" not followed by a name)? */
  private headOfOther(head: string, block: number): boolean {
    const prose = this.keptProse(block);
    return prose !== null && new RegExp(`(?:\\b(?:its|their|the)\\s+|\\bco-)${head}\\b(?!,\\s*\\p{Lu})`, 'iu').test(prose);
  }

  /**
   * The person an age stands for ("the 74-year-old said"): the one person the draft gave that age (", 74,", ", a
   * 74-year-old retiree,") when the last paragraphs give it once; else, when they give it to no one, the latest speaker,
   * named in its paragraph or opening the one before ("Marjorie Quint, who …, said she cried." then "“…,” the
   * 74-year-old said"), if of no other age and no title of the law's (a judge's, an officer's, a lawyer's words are
   * not a defendant's or a victim's). Never when they give the age to someone else or bring someone in at it.
   */
  private aged(age: string, place: Place, at: number): Person | undefined {
    if (!this.ageFits(age, place)) return undefined;
    const mark = AGED + age;
    if (this.agesGiven === 1) return this.oneDescribedAs(mark) ?? undefined;
    if (this.agesGiven > 1) return undefined;
    const near = this.resolveAs('he', ANY_SEX, place, false, undefined, at);
    const p = namedBeforeIn(near, place, at) ? near : this.openers?.get(place.block - 1);
    if (p === undefined || p.kind !== 'person' || pieceCount(p.name) < 2) return undefined;
    const latest = this.spokeLog.length > 0 ? this.spokeLog[this.spokeLog.length - 1] : undefined;
    // (Or one yet to speak, named since the latest speaker spoke: "Mojca Hribar leads the opposition." then "“…,” the
    // 52-year-old said".)
    if (p.speaker ? latest !== p : latest !== undefined && latest.lastSpokeSeq > p.lastNamedSeq) return undefined;
    // (Nor anyone the draft gave a trade they hold now, who may speak of someone else the paragraphs speak of unnamed:
    // "Red Cross spokeswoman Ana Diaz said the agency had put the woman up …" then "“I lost everything,” the 61-year-old
    // said"; "President Joseph Chirwa" is the 67-year-old where no one else is.)
    const someoneElse = UNNAMED_PERSON.test(this.keptProse(place.block) ?? '') || UNNAMED_PERSON.test(this.keptProse(place.block - 1) ?? '');
    // (Never a title of the law's: a judge's, an officer's, a lawyer's words are not a defendant's or a victim's.)
    if (p.descriptors.some((d) => d.startsWith(AGED) || ((LAW_TITLES.has(d) || (someoneElse && ROLE_NOUNS.has(d))) && !PARTIES.has(d) && !p.descriptors.pairs('former', d) && !p.descriptors.pairs('retired', d)))) return undefined;
    return p;
  }

  /**
   * The body "the" and a body's noun names again ("the ministry said" after "Spain's Ministry for the Ecological
   * Transition announced …", "the commission said" after "the Central Electoral Commission"): the latest body named
   * whose name holds the noun, within the last RECENT_OUTLET namings; none for a noun not of NAMED_BY_NOUN.
   */
  bodyNamedBy(head: string, modifier?: string): Person | undefined {
    if (!NAMED_BY_NOUN.has(head)) return undefined;
    const word = capitalised(head);
    // (A word before the noun is in the name too: "the customs service" is not "The Public Prosecution Service".)
    const also = modifier === undefined ? undefined : capitalised(modifier);
    // (Not a word joined by "and" to the next, short of the name's head: "the university" is not the "University and
    // College Union".)
    const joined = `${word} and`;
    for (let k = this.namedLog.length - 1, n = 0; k >= 0 && n < RECENT_OUTLET; k--, n++) {
      const p = this.namedLog[k];
      if (this.namedLogSeq[k] !== p.lastNamedSeq || p.kind !== 'organization' || p.name.indexOf(' ') < 0) continue;
      if (wordIn(p.name, word) && !wordIn(p.name, joined)) return also === undefined || wordIn(p.name, also) ? p : undefined;
      // (A body of that noun named since without a name is the one: "The customs service said …. The service has said".)
      if (also === undefined && lastPiece(p.name) === head && !ONE_OF_MANY.has(firstPiece(p.name).toLowerCase())) return p;
    }
    // "The new owner, Calder Row Capital, said …. "…," the company said": a firm's noun for the latest body whose name
    // says it is a firm, though it holds no such noun.
    if (FIRM_NOUNS.has(head) && also === undefined) {
      for (let k = this.namedLog.length - 1, n = 0; k >= 0 && n < RECENT_OUTLET; k--, n++) {
        const p = this.namedLog[k];
        if (this.namedLogSeq[k] === p.lastNamedSeq && p.kind === 'organization' && p.name.indexOf(' ') > 0 && FIRM_NAME_ENDING.test(p.name)) return p;
      }
    }
    return undefined;
  }

  /**
   * The news outlet a description's head stands for ("the newspaper", "the network"; not "the paper", as often a
   * study): the latest body named whose name says it is one ("The Wall Street Journal", "CNN"), within the last
   * RECENT_OUTLET namings; none when none does. A name's first or last word is compared.
   */
  outletDescribed(head: string): Person | undefined {
    const words = OUTLET_WORDS.get(head.toLowerCase());
    if (!words) return undefined;
    for (let k = this.namedLog.length - 1, n = 0; k >= 0 && n < RECENT_OUTLET; k--, n++) {
      const p = this.namedLog[k];
      if (this.namedLogSeq[k] !== p.lastNamedSeq || p.kind !== 'organization') continue;
      const last = lastPiece(p.name);
      if (words.has(last) || words.has(firstPiece(p.name))) return p;
    }
    return undefined;
  }

  /**
   * The one person of this sex, named before `at`, who shares a surname with someone else named (a couple or a family
   * named together), or none when there is no such person or more than one.
   */
  ofFamily(sex: Gender, at?: { offset: number; place: Place }): Person | undefined {
    let one: Person | undefined;
    for (const family of this.sharingSurname.values()) {
      // A couple named together ("David and Louise Turpin"), not any two people of a surname (a mother and her son,
      // two senators).
      if (!namedTogether(family)) continue;
      for (const p of family) {
        if (sexOf(p) !== sex || (at && p.namedAt.start > at.offset)) continue;
        if (one && one !== p) return undefined;
        one = p;
      }
    }
    return one;
  }

  /**
   * The latest couple named together ("David and Louise Turpin") in this paragraph or the one before, both named after
   * the sequence number `since`, in the order named; undefined when none is.
   */
  private coupleNamedSince(since: number, place: Place): [Person, Person] | undefined {
    let latest: [Person, Person] | undefined;
    for (const family of this.sharingSurname.values()) {
      if (!namedTogether(family)) continue;
      const [a, b] = family[0].namedAt.start <= family[1].namedAt.start ? family : [family[1], family[0]];
      if (a.lastNamedBlock < place.block - 1 || b.lastNamedBlock < place.block - 1 || Math.min(a.lastNamedSeq, b.lastNamedSeq) <= since) continue;
      if (!latest || b.lastNamedSeq > latest[1].lastNamedSeq) latest = [a, b];
    }
    return latest;
  }

  /** The one person named before `at` of the state and party a role names ("utah republican"), if only one is. */
  private byStateAndParty({ state, partyWord, party }: StateParty, at?: { offset: number; place: Place }): Person | undefined {
    const tagged = (w: string): boolean => w.length > 2 && w[0] === party && w[1] === '-' && (STATE_OF_ABBREVIATION.get(w.slice(2)) ?? w.slice(2)) === state;
    let one: Person | undefined;
    for (let k = this.namedLog.length - 1, n = 0; k >= 0 && n < SCAN; k--, n++) {
      const p = this.namedLog[k];
      if (this.namedLogSeq[k] !== p.lastNamedSeq || p.kind !== 'person' || p === one) continue;
      if (at && p.namedAt.start > at.offset) continue;
      // (Described as one: "Marco Rubio, a Florida Republican,"; not "Channing D. Phillips - the Utah Republican asks",
      // the next clause's subject among the words after a name.)
      const described = state.indexOf(' ') < 0 && (p.descriptors.pairs('a', state) || p.descriptors.pairs('an', state)) && p.descriptors.pairs(state, partyWord);
      if (!p.descriptors.some(tagged) && !described) continue;
      if (one) return undefined;
      one = p;
    }
    return one;
  }

  /**
   * The one person named before `at` whom an office fits, or none when no one or more than one does, or when someone
   * first named in full since comes with no role.
   */
  private onlyOneFits(office: string, sex: Gender, at?: { offset: number; place: Place }): Person | undefined {
    let one: Person | undefined;
    officeScratch[0] = office;
    for (let k = this.namedLog.length - 1, n = 0; k >= 0 && n < SCAN; k--, n++) {
      const p = this.namedLog[k];
      if (this.namedLogSeq[k] !== p.lastNamedSeq || p.kind !== 'person' || p === one) continue;
      if (at && p.namedAt.start > at.offset) continue;
      if (!describes(office, p.descriptors) || (sex !== 'unknown' && otherSex(sexOf(p), sex)) || underling(officeScratch, p.descriptors)) continue;
      if (one) return undefined;
      one = p;
    }
    if (one === undefined) return undefined;
    // Everyone first named in full since the one found was last named must come with a role of their own ("Sen.
    // Marco Rubio criticised the plan. Bernie Sanders also spoke." then "the Vermont senator" may be Sanders;
    // "President Barack Obama", "His spokesman, Alex Conant," have one; "Cruz", named in full before, is no newcomer).
    for (let k = this.namedLog.length - 1, n = 0; k >= 0 && n < SCAN; k--, n++) {
      const p = this.namedLog[k];
      if (this.namedLogSeq[k] !== p.lastNamedSeq || p.kind !== 'person' || p === one || pieceCount(p.name) < 2) continue;
      if (p.namedAt.start < one.lastNamed.start) continue;
      if (at && p.namedAt.start > at.offset) continue;
      if (!p.descriptors.some(holdsRole)) return undefined;
    }
    return one;
  }


  /**
   * The person a pronoun stands for: someone named earlier in the same paragraph (the subject of the latest
   * sentence that names one) when named after the last fitting speaker, otherwise the most recent fitting speaker.
   */
  resolve(pronoun: string, place: Place, continuing = false, except?: Person): Person | undefined {
    // "we" and "you" are the writer's side and the reader: never one person named in prose ("I" is a speech's speaker).
    if (SIDE_PRONOUNS.has(pronoun)) return undefined;
    const loose = this.resolveAs(pronoun, wanted(pronoun), place, continuing, except);
    // A person who uses "they", named since the group "they" found: them.
    if (pronoun === 'they' && this.singularTheyNamed) {
      let one: Person | undefined;
      for (let k = this.namedLog.length - 1, n = 0; k >= 0 && n < SCAN && !one; k--, n++) {
        const p = this.namedLog[k];
        if (this.namedLogSeq[k] === p.lastNamedSeq && p.singularThey === true) one = p;
      }
      // (Not when someone else has spoken since: "Campaigners said …" then "they said" are the campaigners.)
      const since = one ? Math.max(one.lastNamedSeq, one.lastSpokeSeq) : 0;
      const latest = this.spokeLog.length > 0 ? this.spokeLog[this.spokeLog.length - 1] : undefined;
      const spokeSince = latest !== undefined && latest !== one && this.spokeLogSeq[this.spokeLogSeq.length - 1] > since;
      if (one && !spokeSince && (!loose || since > Math.max(loose.lastNamedSeq, loose.lastSpokeSeq))) return one;
    }
    // "they" after two people who each spoke since the last group did: the two of them ("Marisol Treviño … said …
    // Her colleague Devon Pryce … said …" then ""…," they said in a joint interview").
    if (pronoun === 'they') {
      const since = loose ? Math.max(loose.lastSpokeSeq, loose.lastNamedSeq) : 0;
      const recent: Person[] = [];
      for (let k = this.spokeLog.length - 1; k >= 0 && this.spokeLogSeq[k] > since && recent.length < 3; k--) {
        const p = this.spokeLog[k];
        if (this.spokeLogSeq[k] === p.lastSpokeSeq && p.kind === 'person') recent.push(p);
      }
      if (recent.length === 2) return this.pair(recent[1], recent[0], recent[0].lastNamed, place);
      // A couple named together in this paragraph or the one before, since the group "they" found was last named or
      // spoke: the two of them ("Sophie and Daniel Whitcombe, a couple from Reading, …. "…," they said").
      const couple = this.coupleNamedSince(since, place);
      if (couple) return this.pair(couple[0], couple[1], couple[1].lastNamed, place);
    }
    // "she said" after a role of unknown gender ("a senior authority planner", "Her label") and a woman named as a
    // speaker: the woman.
    // (Not after one unnamed person who spoke in this paragraph: "A teacher, who asked that her name not be used, said
    // … "…," she said.")
    // (Nor after a role of a body that spoke in this paragraph: "The head of the police's internal investigators told
    // the court "…". She also said …" is the head, not the lawyer quoted in the paragraph before. A role without one
    // may be how the draft calls the woman: "the Republican presidential candidate said no. But he said …".)
    if (loose && loose.kind !== 'person' && loose.gender === 'unknown' && !loose.unnamedOne && !(loose.lastSpokeSentence >= place.block * BLOCK_KEY && OF_A_BODY.test(loose.name)) && (pronoun === 'he' || pronoun === 'she')) {
      // Someone who has spoken, or was named after the role last spoke: "Gerald Pruitt was sentenced. A road crew
      // supervisor said …" then ""…," he said" is the supervisor.
      const strict = this.resolveAs(pronoun, [pronoun === 'he' ? 'male' : 'female'], place);
      // (Not when the role spoke in this paragraph and the other was not named in it: "A Western diplomat said … The
      // diplomat, who has attended all three rounds, said … "…," he said" is the diplomat.)
      // (One the paragraph brought in with "a", not an epithet that may stand for the other: "the Republican presidential
      // candidate said no. But he said …" is Trump.)
      const spokeHere = loose.lastSpokeSentence >= place.block * BLOCK_KEY && strict !== undefined && strict.lastNamedBlock !== place.block && this.introducedNear(lastPiece(loose.name).toLowerCase(), place, 0);
      if (strict && !spokeHere && (strict.speaker || strict.lastNamedSeq > loose.lastSpokeSeq)) return strict;
    }
    // "Cllr Amrit Sandhu-Walsh said …. She said …": the latest speaker, whose sex only the lists of given names gave,
    // spoke in this paragraph; one of the pronoun's sex from an earlier paragraph, neither named nor speaking in this
    // one, gives way to the draft's word.
    if (loose && (pronoun === 'he' || pronoun === 'she') && loose.lastNamedBlock !== place.block && loose.lastSpokeSentence < place.block * BLOCK_KEY) {
      const k = this.spokeLog.length - 1;
      const latest = k >= 0 ? this.spokeLog[k] : undefined;
      const overruled = latest !== undefined && latest !== loose && latest.lastSpokeSentence >= place.block * BLOCK_KEY ? this.overrulesName(pronoun, place, except) : undefined;
      if (overruled) return overruled;
    }
    if (loose && loose.gender === 'unknown' && (pronoun === 'he' || pronoun === 'she')) loose.gender = pronoun === 'he' ? 'male' : 'female';
    if (!loose && (pronoun === 'he' || pronoun === 'she')) return this.overrulesName(pronoun, place, except);
    return loose;
  }

  /**
   * "she" that fits no one, right after a speaker whose sex only the lists of given names gave, of the other sex: that
   * speaker, the draft's word over the lists' ("said … Dr Oluwaseun Adeyemi-Clarke." then "She said …"). Only the
   * latest speaker, who spoke in this paragraph or the one before; from then on of the pronoun's sex.
   */
  private overrulesName(pronoun: string, place: Place, except?: Person): Person | undefined {
    const k = this.spokeLog.length - 1;
    const p = k >= 0 ? this.spokeLog[k] : undefined;
    // (Not one who only asked someone to do something, in a paragraph where the pronoun may well be another's: "Mayor
    // Alan Fry has asked the auditors to meet city staff. "…," she said" after a woman quoted in the paragraph before.)
    if (p === undefined || p === except || this.spokeLogSeq[k] !== p.lastSpokeSeq || p.kind !== 'person' || p.sexByName !== true || p.lastSpokeAsking === true) return undefined;
    const sex = pronoun === 'he' ? 'male' : 'female';
    if (p.gender === sex || p.lastSpokeSentence < (place.block - 1) * BLOCK_KEY) return undefined;
    p.gender = sex;
    p.sexByName = false;
    return p;
  }

  /** The person a pronoun stands for among those of the wanted genders. */
  private resolveAs(pronoun: string, want: Gender[], place: Place, continuing = false, except?: Person, before = Infinity): Person | undefined {
    const latest = this.spokeLog.length > 0 ? this.spokeLog[this.spokeLog.length - 1] : undefined;
    const fits = (p: Person): boolean =>
      p !== except &&
      p.lastNamed.start < before &&
      (want.includes(p.gender) || (pronoun === 'it' && bodyLikeName(p, place)) || voiced(p, pronoun, place)) &&
      !(p.unnamedOne === true && p.lastNamedBlock !== place.block && !(p.anonymousRole === true && p === latest && p.lastSpokeSentence >= (place.block - 1) * BLOCK_KEY)) &&
      !(pronoun === 'they' && p.kind === 'person' && p.singularThey !== true) &&
      !((pronoun === 'he' || pronoun === 'she') && p.kind === 'organization' && !voiced(p, pronoun, place));
    // The latest speaker who fits.
    // (Not one who spoke only inside what the sentence's speaker said, when that speaker fits too: "Ward said he had
    // been told by a manager, Steven Kraus, that the decision was final." then ""…," he said" is Ward.)
    let speaker: Person | undefined;
    for (let k = this.spokeLog.length - 1, n = 0; k >= 0 && n < SCAN; k--, n++) {
      const p = this.spokeLog[k];
      if (this.spokeLogSeq[k] !== p.lastSpokeSeq || !fits(p)) continue;
      if (speaker === undefined) {
        speaker = p;
        if (p.lastSpokeReported !== true) break;
        continue;
      }
      if (p !== speaker && p.lastSpokeSentence === speaker.lastSpokeSentence) speaker = p;
      break;
    }
    // Someone named earlier in the same paragraph: the latest sentence that names one, its first-named person; for
    // "he" and "she", someone the draft knows as a man or a woman before someone of unknown gender ("Ramaswamy said
    // … Halvorsen raised prices …, she said").
    let local: Person | undefined;
    let localKnown: Person | undefined;
    // An unnamed relative ("His sister left the courtroom.") only when no one named in the paragraph fits.
    let localRelative: Person | undefined;
    // (In one sentence, its first-named person; after an opening clause, the main clause's first: "When Maddow
    // pointed out …, Clinton seized upon …" then "she said" is Clinton.)
    const later = (p: Person, than: Person | undefined): boolean => {
      if (!than || p.lastNamedSentence > than.lastNamedSentence) return true;
      if (p.lastNamedSentence !== than.lastNamedSentence) return false;
      const opens = this.opensMainClause(p);
      if (opens || this.opensMainClause(than)) return opens && (!this.opensMainClause(than) || p.lastNamedSeq > than.lastNamedSeq);
      return p.lastNamedSeq < than.lastNamedSeq;
    };
    // A naming before the block's first is of another block: its person, if not named since, was last named there.
    const first = Math.max(this.firstNamingOfBlock[place.block] ?? this.namedLog.length, this.namedLog.length - SCAN);
    for (let k = this.namedLog.length - 1; k >= first; k--) {
      const p = this.namedLog[k];
      if (this.namedLogSeq[k] !== p.lastNamedSeq || !fits(p)) continue;
      if (p.lastNamedBlock !== place.block || p.lastNamedSentence > place.sentence) continue;
      if (p.lastNamedSentence === place.sentence && this.namedInAsked(p)) continue;
      if (p.kind === 'person') {
        if (later(p, local)) local = p;
        if (p.gender !== 'unknown' && later(p, localKnown)) localKnown = p;
      } else if (p.unnamedOne === true && later(p, localRelative)) localRelative = p;
      // "Carbonwatch, an independent think tank, was blunter. It found …": a body named in the paragraph for "it".
      else if (pronoun === 'it' && p.kind === 'organization' && later(p, local)) local = p;
    }
    local ??= localRelative;
    if ((pronoun === 'he' || pronoun === 'she') && localKnown) local = localKnown;
    // A speaker known as a man or a woman whose name opens the paragraph before, named after the latest fitting
    // speaker spoke: a story that returns to someone quoted before ("Okafor takes office Jan. 1. She inherits …" then
    // ""…," she said", the mayor-elect, not the elections director quoted last). (Not a name later in that sentence,
    // "Police arrested Smith", nor one who would not speak, "Smith declined to comment.")
    // (Or with no speaker yet: "Nefzi, a chemistry professor, said he never saw Mateen …. He said …" then ""…," he
    // said" is Nefzi, whom the paragraph before opened with and went on about as the one who spoke.)
    // (Whether that opener is taken over a speaker in a clause of the opener's sentence.)
    let openerOverClause = false;
    if (!local && (pronoun === 'he' || pronoun === 'she')) {
      const spokeSeq = speaker?.lastSpokeSeq ?? 0;
      const sex = pronoun === 'he' ? 'male' : 'female';
      // (Past a paragraph that opens with the pronoun and names no one: "Obama departs the UK today. …" then "But he
      // leaves behind a backlash …" then ""…," he warned".)
      // (So from a paragraph that opens with the pronoun and names no one before it: "Obama departs the UK today. …" then
      // "But he leaves behind a backlash …, particularly his warning that Britain would go to the "back of the queue"".)
      const here = this.firstNamingOfBlock[place.block] !== undefined ? null : this.pronounsOfBlock(place.block);
      let back = place.block - 1;
      let read = this.pronounsOfBlock(back);
      const opensHere = here?.opens === pronoun;
      let stepped = opensHere;
      let speaks = read?.speaks === pronoun || (stepped && here?.speaks === pronoun);
      while (back > place.block - 3 && read?.opens === pronoun && this.firstNamingOfBlock[back] === undefined) {
        back--;
        stepped = true;
        read = this.pronounsOfBlock(back);
        speaks ||= read?.speaks === pronoun;
      }
      const opening = this.blockOpenings[back] ?? -1;
      // The naming at the paragraph's opening subject: its first, or one past an opening phrase's ("Repeating from his
      // speech at the Democratic National Convention, Biden rubbished …").
      let k = this.firstNamingOfBlock[back];
      if (k !== undefined) {
        for (let j = k, n = 0; j < this.namedLog.length && n < OPENING_NAMINGS; j++, n++) {
          const q = this.namedLog[j];
          if (this.namedLogSeq[j] === q.lastNamedSeq && q.lastNamedBlock === back && opening >= q.lastNamed.start && opening <= q.lastNamed.end) {
            k = j;
            break;
          }
        }
      }
      const p = k !== undefined ? this.namedLog[k] : undefined;
      // (Someone yet to speak: a story that brings someone in and then quotes them, "Bob Sutton, chairman of the county
      // GOP, voiced confidence …" then ""…," he said"; or one the paragraph goes on about as the pronoun and says
      // spoke, "Walsh … But on Sunday he finally gave Clinton a ringing endorsement." Not one things happen to, who
      // would not speak: "Jamie Ortiz, 17, was walking home when he was shot. He died at the scene.", "Taylor Reyes was
      // arrested", "Smith declined to comment.")
      const goesOn = (read?.goesOn === pronoun || stepped) && speaks;
      // (Or named before a speaker who spoke later in that sentence, in a clause of its own: "Sharon Whitley held a
      // town hall after Halvorsen Steel announced job cuts." then ""…," she said".)
      const subordinateSpeaker = speaker !== undefined && p !== undefined && speaker.lastSpokeInClause === true && speaker.lastSpokeSentence === p.lastNamedSentence;
      const atOpening = p !== undefined && (this.namedLogSeq[k!] > spokeSeq || subordinateSpeaker) && p.lastNamedBlock === back && p.lastNamedSentence === back * BLOCK_KEY && opening >= p.lastNamed.start && opening <= p.lastNamed.end;
      // (Or the opening's person, named again later in that paragraph: "But Trump, having completed his photo op, …
      // Trump landed in Phoenix … Trump launched into a lament …" then ""…," he said".)
      const opener = this.openers?.get(back);
      const namedAgain = !atOpening && opener !== undefined && opener.lastNamedBlock === back && opener.lastNamedSentence > back * BLOCK_KEY && opener.lastNamedSeq > spokeSeq;
      let q = atOpening ? p : namedAgain ? opener : undefined;
      // ("Rain fell on Monday. Teodoro Condori travelled three hours to join the rally." then ""…," he told La
      // República": a paragraph whose first sentence names no one, by the person who opens a later sentence of it.)
      // ("Marcus Bell … said the closures were overdue. Joel Tran of Westmark Securities was less sure." then ""…," he
      // said": so, past the speaker who opened it, by someone a later sentence brings in, named there for the first
      // time; not one the draft returns to, "Pike has defended the committee.", whom the quote may be about.)
      const pastSpeaker = (q === undefined || q === speaker) && k !== undefined && this.namedLog[k] === speaker && speaker.lastNamedSentence === back * BLOCK_KEY;
      if ((!q && k !== undefined && this.namedLog[k].lastNamedSentence > back * BLOCK_KEY) || pastSpeaker) {
        for (let j = k!, n = 0; j < this.namedLog.length && n < OPENING_NAMINGS; j++, n++) {
          const c = this.namedLog[j];
          if (this.namedLogSeq[j] !== c.lastNamedSeq || c.lastNamedBlock !== back || c.kind !== 'person' || this.namedLogSeq[j] <= spokeSeq || c === speaker) continue;
          if (this.opensLaterSentence(back, c.lastNamed.start) && (!pastSpeaker || c.namedAt.start === c.lastNamed.start)) q = c;
          break;
        }
      }
      // ("Niamh Walsh and Conor Kearney spoke to reporters." then ""…," he said": of two people joined at the opening,
      // the one of the pronoun's sex.)
      if (atOpening && sexOf(p!) !== sex && k! + 1 < this.namedLog.length) {
        // (Read by where the two stand: " and " between them, five characters.)
        const second = this.namedLog[k! + 1];
        if (this.namedLogSeq[k! + 1] === second.lastNamedSeq && second.lastNamedBlock === back && second.lastNamed.start - p!.lastNamed.end === 5 && sexOf(second) === sex) q = second;
      }
      if (q && q !== speaker && q.kind === 'person' && (q.speaker || goesOn || (read?.yields === false && !this.quotesAbout(q, pronoun, place.block))) && fits(q) && (sexOf(q) === sex || (goesOn && sexOf(q) === 'unknown' && (!opensHere || q.descriptors.some(holdsRole))))) {
        local = q;
        openerOverClause = q === p && subordinateSpeaker;
      }
    }
    let best = speaker;
    // (Not someone named after the speaker in the sentence where the speaker spoke: "She cautioned that …; work by her
    // colleague Dr. Helen Marsh has shown …" then ""…," she added" is still the speaker, the sentence's subject.)
    // (But a speaker in a clause that opens the sentence yields to the main clause's subject: "When Maddow pointed out
    // that it is "…," Clinton seized upon …".)
    // (Not for a cue that goes on with the speaker's words: "When Smith told reporters "…," Jones nodded. "…," she added.")
    const mainSubject = !continuing && local !== undefined && speaker !== undefined && speaker.lastSpokeSentence === local.lastNamedSentence && this.opensMainClause(local) && !this.opensMainClause(speaker);
    // (Of two who spoke in one sentence, the one the draft knows to be of the pronoun's sex over one of unknown sex:
    // "Prof. Margaret Hughes said in a statement that Kingsmere had asked the journals …" then ""…," she said".)
    const knownSex = local !== undefined && speaker !== undefined && (pronoun === 'he' || pronoun === 'she') && sexOf(speaker) === 'unknown' && sexOf(local) === (pronoun === 'he' ? 'male' : 'female') && local.lastSpokeSentence === speaker.lastSpokeSentence;
    if (local && (!speaker || (local.lastNamedSeq > speaker.lastSpokeSeq && (speaker.lastSpokeSentence !== local.lastNamedSentence || mainSubject)) || local === speaker || openerOverClause || knownSex)) best = local;
    if (!best && (pronoun === 'he' || pronoun === 'she')) {
      // The latest person named who fits.
      for (let k = this.namedLog.length - 1, n = 0; k >= 0 && n < SCAN; k--, n++) {
        const p = this.namedLog[k];
        if (this.namedLogSeq[k] === p.lastNamedSeq && p.kind === 'person' && want.includes(p.gender)) return p;
      }
    }
    return best;
  }

  /** People named after a given mention sequence number, other than the one given. */
  namedSince(seq: number, except: Person): Person[] {
    const found: Person[] = [];
    for (let k = this.namedLog.length - 1; k >= 0 && this.namedLogSeq[k] > seq; k--) {
      const p = this.namedLog[k];
      if (this.namedLogSeq[k] === p.lastNamedSeq && p !== except && p.kind === 'person') found.push(p);
    }
    // In the order the draft first named them.
    return found.sort((a, b) => (a.listed ?? 0) - (b.listed ?? 0));
  }

  private byFullName(name: string): Person | undefined {
    return this.byName.get(name.toLowerCase());
  }
}

/** Words that make a body one of many ("one company", "a service"): no body a later "the company" names again. */
const ONE_OF_MANY = new Set(['one', 'a', 'an', 'another', 'some', 'any', 'each', 'every', 'no']);

/** The age the draft gave a person ("Maria Lopez, 46,"), if any. */
function ageOf(p: Person): number | undefined {
  let age: number | undefined;
  p.descriptors.some((d) => {
    if (!d.startsWith(AGED)) return false;
    age = Number(d.slice(AGED.length));
    return true;
  });
  return age;
}

/** A parent's word among a person's descriptions (1), a child's (-1), or neither (0). */
function generationOf(p: Person): number {
  if (p.descriptors.some((d) => PARENT_WORDS.has(d))) return 1;
  return p.descriptors.some((d) => CHILD_WORDS.has(d)) ? -1 : 0;
}
const PARENT_WORDS = new Set(['mother', 'father', 'mum', 'mom', 'dad', 'grandmother', 'grandfather', 'stepmother', 'stepfather']);
const CHILD_WORDS = new Set(['son', 'daughter', 'grandson', 'granddaughter', 'stepson', 'stepdaughter']);

/** Pronouns of the speaker's side ("we") and the reader ("you"): resolved to a turn's speaker, never in prose. */
export const SIDE_PRONOUNS: ReadonlySet<string> = new Set(['we', 'you']);

function wanted(pronoun: string): Gender[] {
  switch (pronoun) {
    case 'he':
      return ['male', 'unknown'];
    case 'she':
      return ['female', 'unknown'];
    case 'it':
      return ['neuter'];
    case 'they':
      return ['plural', 'neuter'];
    default:
      return ['male', 'female', 'unknown'];
  }
}

/**
 * A one-word name of no known sex, named in the same sentence, that is no given name: "it" may stand for it ("Nimbra
 * said the Halo would be followed by a version which it said would cost …").
 */
function bodyLikeName(p: Person, place: Place): boolean {
  // (Not a plural or a role that only looked like a name: "Poets say", "General".)
  // (Only in the sentence that names it, and not someone described by a role: "Okonkwo, a nurse, said …. It said".)
  return p.kind === 'person' && p.gender === 'unknown' && p.lastNamedSentence === place.sentence && pieceCount(p.name) === 1 && !isGivenName(p.name) && !FINAL_S.test(p.name) && !ROLE_NOUNS.has(p.name.toLowerCase()) && p.descriptors.empty;
}
const FINAL_S = /s$/;

function sameFirstName(a: string, b: string): boolean {
  return firstPiece(a).toLowerCase() === firstPiece(b).toLowerCase();
}

/** Does the draft describe this person as whoever asks the questions ("reporter Jane Doe")? */
function describedAsInterviewer(person: Person): boolean {
  return person.descriptors.some((d) => INTERVIEWERS.has(d));
}

/** How many of the latest blocks the register keeps the prose of. */
const RECENT = 4;
/** How many later sentences' openings are kept for a block (see People.sentenceOpenings). */
const OPENINGS_KEPT = 32;

/** What a block says with "he" or "she" (each "" for neither or both). */
interface BlockPronouns {
  /** The pronoun that opens the block as its subject ("But he leaves behind …"). */
  opens: string;
  /** The pronoun the sentences after its first go on with, outside quotes ("… But on Sunday he …"). */
  goesOn: string;
  /** The pronoun some sentence has as a speaker: an act of speech after it, outside quotes. */
  speaks: string;
  /**
   * Whether the block, outside quotes, tells of things done to someone or of someone who would not speak: an arrest,
   * a death, a wound, a plea to them, no comment; or tells of them on another's word ("according to the federation").
   */
  yields: boolean;
}

/** The pronoun reading of a block's prose. */
function pronounsOf(prose: string, sentences: readonly Span[]): BlockPronouns {
  return { opens: OPENING_PRONOUN.exec(prose)?.[1]?.toLowerCase() ?? '', goesOn: pronounGoingOn(prose, sentences), speaks: pronounSpeaking(prose, sentences), yields: YIELDS.test(prose.replace(QUOTED, '')) };
}

/**
 * A role named by the body it belongs to: "head of the police's internal investigators" (not an epithet of someone
 * named, "the former secretary of state").
 */
const OF_A_BODY = /^(?!.*\b(?:former|secretary of state)\b).* of /i;

/** Quoted words, left out of what a block says of someone. */
const QUOTED = /“[^”]*”?|"[^"]*"?/g;

/** A man or a woman spoken of in the third person. */
const HIM = /\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself|[Hh]e's|[Hh]e’s)\b/;
const HER = /\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b/;

/** Words of what is done to someone, or of not speaking (see BlockPronouns.yields). */
const YIELDS = /\b(?:arrested|charged|accused|indicted|convicted|sentenced|pleaded|jailed|detained|died|dies|dead|killed|murdered|shot|stabbed|injured|wounded|hospitali[sz]ed|injury|injuries|unconscious|missing|passed away|according to|(?:was|were) (?:found|taken|flown|rushed|pulled)|declined to comment|(?:did not|didn't|could not be|couldn't be) (?:respond|reached|return)|(?:was|were) (?:urged|told|pressed)|(?:was|were) asked (?:to|not)\b|(?:has|have|had) not (?:commented|spoken|responded)|(?:has|have|had) made no (?:public )?(?:comment|statement)|(?:has|have|had) (?:stayed|remained|kept) (?:silent|quiet)|(?:did not|didn't) (?:attend|appear|speak)|(?:was|were|is|are) not (?:present|there)|remains? in (?:hospital|custody|jail|prison))\b/;


/** Someone the prose speaks of unnamed, whom an age's epithet may stand for ("the woman", "a driver", "the boy"). */
const UNNAMED_PERSON = /\b(?:the|a|an)\s+(?:[a-z-]+\s+)?(?:woman|man|boy|girl|teen|teenager|mother|father|son|daughter|resident|victim|survivor|patient|owner|driver|neighbou?r|widow|passenger|student|customer|pensioner|tenant)\b/i;

/** "He" or "she" as the subject that opens a paragraph, past "But", "And", "Meanwhile,". */
const OPENING_PRONOUN = /^(?:(?:But|And|Still|Meanwhile|Now|Later|Yet|So|Then|Also|Earlier),?\s+)?([Hh]e|[Ss]he)\s/;

/** "he" and "she" as words, and quotes (their words are a speaker's, not the story's). */
const HE_OR_SHE = /“[^”]*”?|"[^"]*"?|\b([Hh]e|[Ss]he)\b/g;

/**
 * The one of "he" and "she" that the sentences after a block's first use outside quotes, or "" when they use neither
 * or both. (Read from the prose: the tokens leave out words the engine has no use for, "she" among them.)
 */
function pronounGoingOn(prose: string, sentences: readonly Span[]): string {
  if (sentences.length < 2) return '';
  let found = '';
  HE_OR_SHE.lastIndex = sentences[1].start;
  for (let m = HE_OR_SHE.exec(prose); m !== null && m.index < sentences[sentences.length - 1].end; m = HE_OR_SHE.exec(prose)) {
    if (m[1] === undefined) continue;
    const word = m[1].toLowerCase();
    if (found !== '' && found !== word) return '';
    found = word;
  }
  return found;
}

/** Words of an act of speech: a paragraph that says someone spoke, wrote, endorsed or warned. */
const SPEECH_ACT = /\b(?:said|says|told|tells|added|announced|announcing|announcement|declared|declaring|warned|warning|urged|argued|insisted|vowed|pledged|promised|endorsed|endorsing|endorsement|statements?|remarks|speech|speeches|interviews?|comments?|commented|tweeted|wrote|testified|critici[sz]ed|praised|blasted|responded|replied|spoke|speaking)\b/;

/**
 * The one of "he" and "she" that some sentence of a block has as a speaker: an act of speech after it in the sentence,
 * outside quotes ("But on Sunday he finally gave Clinton a ringing endorsement", "But he leaves behind a backlash
 * against the statements …"; not "He died at the scene"), or "" when none does or both do.
 */
function pronounSpeaking(prose: string, sentences: readonly Span[]): string {
  let found = '';
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    HE_OR_SHE.lastIndex = s.start;
    let spoke = '';
    let outside = '';
    let last = s.start;
    for (let m = HE_OR_SHE.exec(prose); m !== null && m.index < s.end; m = HE_OR_SHE.exec(prose)) {
      if (spoke !== '') outside += prose.slice(last, m.index);
      last = m.index + m[0].length;
      if (m[1] !== undefined && spoke === '') spoke = m[1].toLowerCase();
    }
    if (spoke === '') continue;
    outside += prose.slice(last, s.end);
    if (!SPEECH_ACT.test(outside)) continue;
    if (found !== '' && found !== spoke) return '';
    found = spoke;
  }
  return found;
}
