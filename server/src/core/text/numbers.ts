/**
 * Numeric claims: quantities a fact-checker would verify, found among a sentence's tokens. One expression is one
 * claim ("between 4,000 to 6,000", "$1.2 billion", "two, three, four"); dates, years, times, time references, ages,
 * ordinals, identifiers and "one" as a pronoun are not claims.
 */
import { isGivenName } from './names';
import { WordShapes } from './shapes';
import { ageInYears, DASHES, isFigure, partyTagEnd, tagWords, type Token } from './tokens';
import { withoutFinalS } from './words';
import {
  APPROXIMATORS, CHANGE_WORDS, COUNT_NOUNS, CURRENCY_PREFIX, DETERMINERS, FEMALE_WORDS, FRACTIONS, IDENTIFIER_NOUNS, MALE_WORDS, MONTHS, NUMBER_WORDS, ONE_UNIT,
  QUALIFIERS, RECKONINGS, ROLE_NOUNS, VAGUE_NOUNS, SCALE_WORDS, SENTENCE_STARTERS, TIME_REFERENCE_AFTER, TIME_REFERENCE_BEFORE, TIME_UNITS,
  UNITS, VAGUE_MAGNITUDES, WEEKDAYS, YEAR,
} from './lexicon';

// Patterns of the tests below, made once (a pattern written in a function is a new object each time it is reached).
const UP_TO_TWO_DIGITS = /^\d{1,2}$/;
const VERSION_NUMBER = /^\d+\.\d+\.\d+/;
const PHONE_NUMBER = /^(?:1-)?(?:\d{3}-)?\d{3}-\d{4}$/;
const PER_WORD = /^(?:per|of|for|each|every)$/;
/** Numbers to call for an emergency or a city's services ("911 calls", "the city's 311 line"). */
const EMERGENCY_NUMBER = /^(?:911|999|112|211|311|511)$/;
const EMERGENCY_SERVICE = /^(?:calls?|callers?|dispatch|dispatchers?|operators?|cent(?:er|re)s?|system|line)$/;
/** Bands and units after a station's frequency ("106.3 FM", "1010 AM", "88.1 MHz"). */
const FREQUENCY_BANDS = new Set(['FM', 'AM', 'MHz', 'kHz']);
const AGE_QUALIFIER = /^(?:under|over|older than|younger than)$/;
const YEAR_1000_TO_2099 = /^(?:1\d|20)\d\d$/;

/** A numeric claim found in prose (offsets are prose offsets of its block). */
export interface NumberExpression {
  start: number;
  end: number;
  /** Indices of the first and last token of the expression (qualifier included). */
  first: number;
  last: number;
  /** The qualifier in front of the figure ("about", "more than", "between"), lower-case, or "". */
  qualifier: string;
  /** Token index of the first figure (after qualifier and currency). */
  figure: number;
  /** A range connector ("to", "and", "or", "-", "–") between two figures, when the expression is a range. */
  connector: { index: number; text: string } | null;
}

const DIGITS = /^\d[\d,]*(?:\.\d+)?$/;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;
/**
 * Patterns the tests below use again and again, made once: a pattern written in a function is a new object each time
 * it is reached.
 */
const UP_TO_THREE_DIGITS = /^\d{1,3}$/;
const ALL_DIGITS = /^\d+$/;
const DIGIT_FIRST = /^\d/;
const FOUR_DIGITS = /^\d{4}$/;
const ENDS_WITH_S = /s$/;
const AGE_COMPOUND = /(?:year|month|week|day)s?-old/;

const TIME_ZONES = new Set(['a.m', 'p.m', 'am', 'pm', "o'clock", 'gmt', 'utc', 'est', 'edt', 'pst', 'pdt', 'cet', 'cest', 'bst', 'hrs', 'ist', 'jst']);
const AGE_BEFORE = new Set(['aged', 'age', 'ages']);
const RANK_BEFORE = new Set(['ranked', 'ranks', 'ranking', 'placed', 'finished', 'came', 'rated', 'finish', 'finishes', 'place', 'places']);
const ORDINAL_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'last']);
const STREET_WORDS = new Set(['street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'drive', 'lane', 'way', 'place', 'court', 'square', 'plaza', 'parkway', 'highway']);
const ONE_COUNTED = new Set(['term', 'count', 'person', 'man', 'woman', 'child', 'boy', 'girl', 'adult', 'victim', 'soldier', 'officer', 'civilian', 'death', 'case', 'vote', 'seat', 'member', 'resident', 'student', 'patient', 'worker', 'fatality', 'casualty', 'injury', 'arrest', 'passenger', 'firefighter', 'crew', 'survivor', 'suspect', 'pilot', 'percent', 'million', 'billion', 'trillion', 'thousand', 'hundred']);
/** Nouns of a person that "one" may open as a speaker: ""…," said one woman." */
const PEOPLE_COUNTED = new Set(['person', 'man', 'woman', 'resident', 'student', 'worker', 'member', 'voter', 'parent', 'teacher', 'official', 'witness', 'neighbor', 'neighbour', 'fan', 'protester', 'shopper', 'driver', 'nurse', 'doctor', 'survivor', 'passenger']);
/** Capitalised scales whose grades are measurements, not identifiers: "Category 5", "Level 4". */
const SCALE_NAMES = new Set(['category', 'level', 'force', 'magnitude', 'stage', 'grade']);
/** Every plain word that can anchor a claim, for a single look-up per word. */
const NUMERIC_WORDS = new Set([...NUMBER_WORDS.keys(), ...VAGUE_MAGNITUDES, ...FRACTIONS, ...CHANGE_WORDS]);
const SEQUENCE_WORDS = new Set(['first', 'last', 'next', 'previous', 'final', 'other', 'remaining', 'latest', 'past']);
/** Compounds of a small number that count nothing ("a two-way street", "a three-sided fight"; "a two-time winner" counts wins). */
const HYPHEN_NOT_CLAIM = /^(?:one|two|three|four)-(?:way|off|sided|party|on-one|man|horse|liner|stop|piece|size|handed|dimensional|year-old)$|^(?:one|zero)-/;
const FRACTION_COMPOUND = /^(?:one|two|three|four|five|six|seven|eight|nine)-(?:half|halves|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)$/;
const RANKING_COMPOUND = /^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))-(?:largest|biggest|highest|lowest|smallest|most|least|busiest|oldest|richest|poorest|deadliest|worst|best)$/;
/**
 * Plurals of events, words and plans that a year of our times before them dates ("the 2001 attacks", "2013
 * comments"), beyond YEAR_NOUNS, which any year before them dates already ("2019 levels", "2024 figures").
 */
const YEAR_EVENTS = new Set(['requests', 'funds', 'earnings', 'appropriations', 'allocations', 'priorities', 'summits', 'attacks', 'comments', 'remarks', 'statements', 'emails', 'primaries', 'midterms', 'caucuses', 'campaigns', 'races', 'targets', 'goals', 'regulations', 'policies', 'reforms', 'talks', 'negotiations', 'riots', 'floods', 'wildfires', 'fires', 'hurricanes', 'storms', 'earthquakes', 'bombings', 'shootings', 'killings', 'players', 'contenders', 'candidates', 'hopefuls', 'tariffs', 'sanctions', 'cuts', 'results', 'returns', 'filings', 'reports', 'forecasts', 'projections', 'emissions', 'commitments', 'pledges', 'promises', 'hearings', 'debates', 'revelations', 'disclosures', 'investigations', 'indictments', 'agreements', 'accords', 'deals', 'payments']);
/** Superlatives that rank by a measure: "the third largest", "the ninth busiest". */
const RANK_SUPERLATIVES = new Set(['largest', 'biggest', 'highest', 'lowest', 'smallest', 'busiest', 'oldest', 'richest', 'poorest', 'deadliest', 'wealthiest', 'fastest', 'slowest', 'tallest', 'longest', 'most', 'least']);
/** Does a superlative that ranks open at k ("largest", or "most"/"least" before an adjective: "most dangerous")? */
function rankingSuperlative(tokens: Token[], k: number): boolean {
  const w = wordAt(tokens, k);
  if (!RANK_SUPERLATIVES.has(w)) return false;
  if (w !== 'most' && w !== 'least') return true;
  return MEASURED.has(wordAt(tokens, k + 1));
}
/**
 * Adjectives after "most" that rank by a measure someone keeps ("the fifth most dangerous city", "the third most
 * populous state"), not by a judgment ("the second most important decision", "the third most recent speech").
 */
const MEASURED = new Set(['dangerous', 'populous', 'visited', 'expensive', 'valuable', 'polluted', 'congested', 'violent', 'deadly', 'costly', 'affordable', 'crowded', 'watched', 'viewed', 'streamed', 'downloaded', 'followed', 'cited', 'common', 'prevalent', 'profitable', 'traveled', 'travelled', 'populated', 'densely', 'diverse', 'segregated', 'wanted', 'decorated', 'medaled', 'successful', 'prolific', 'liveable', 'livable', 'competitive', 'educated', 'obese', 'indebted']);
/** The words of a unit after a figure and a hyphen: "year", "square-mile", "foot-tall". */
const MEASURE_UNIT = /^[a-z]{2,}(?:-[a-z]{2,})*$/;
/** The rest of a vote written with "to": "5-to-4". */
const VOTE_TAIL = /^to-\d{1,3}$/;
/** Words around "9-to-5" that make it the hours of a working day or a shop's, not a vote ("a 9-to-5 job", "open 9-to-5"). */
const WORKING_DAY = new Set(['job', 'jobs', 'shift', 'shifts', 'workday', 'schedule', 'day', 'work']);
const OPEN_HOURS = new Set(['open', 'opens', 'operates', 'operate', 'works', 'work', 'her', 'his', 'their', 'my']);
const NUMBER_COMPOUND = /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)$/;
/** Words before a year that make it a date: "from 1968", "since at least 1990", "up to 2015". */
const YEAR_BEFORE = new Set(['in', 'since', 'by', 'from', 'until', 'till', 'before', 'after', 'during', 'of', 'through', 'to', 'between', 'and', 'early', 'late', 'mid', 'spring', 'summer', 'autumn', 'fall', 'winter', 'year', 'circa', 'c.', 'around', 'about', 'least', 'up', 'as']);
/** Words before a year used as a modifier: "the 2019 season", "a 2016 study", "his 1987 album". */
const YEAR_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'whose']);
/** A word that owns what follows it: "the city's", "Acme's", "members'". */
const OWNER_BEFORE = /\w['’]s?$/;
/** Marks a sentence's first word may follow: the end of the sentence before, a quotation mark. */
const SENTENCE_OPENING_MARKS = new Set(['.', '!', '?', '"', '\u201c']);
/**
 * Does the year open its sentence before its verb ("2016 was …")? Its neighbours are passed, not captured: a closure
 * over them made a context for every figure read.
 */
function yearAsSubject(prev: Token | undefined, next: Token | undefined): boolean {
  return next !== undefined && (prev === undefined || SENTENCE_OPENING_MARKS.has(prev.text)) && YEAR_AS_SUBJECT_VERBS.has(next.lower);
}
/** Verbs in -s after a year that is the subject: "2016 was", "2020 has been", "2019 marks". */
const YEAR_AS_SUBJECT_VERBS = new Set(['was', 'has', 'does', 'marks', 'remains', 'looks', 'seems', 'promises', 'brings', 'begins', 'ends']);
/** Nouns a year dates rather than a count counts: "above 2019 levels", "2024 figures". */
const YEAR_NOUNS = new Set(['levels', 'level', 'figures', 'rates', 'prices', 'numbers', 'values', 'totals', 'budgets', 'elections', 'estimates', 'averages', 'standards', 'rules', 'guidelines', 'protests', 'games', 'olympics']);
/** Qualifiers of a figure, not of a time: "about 2000", "up to 1200", "at least 1500". */
const APPROXIMATIONS = new Set(['about', 'around', 'up', 'least', 'as', 'to', 'and', 'of']);
/** Words before an approximate figure that make it an amount: "to around 1800", "at about 2000". */
const AMOUNT_BEFORE = new Set(['to', 'at', 'of', 'by', 'from', 'reached', 'hit', 'topped', 'than', 'hold', 'holds', 'is', 'was', 'were', 'are', 'put', 'number', 'numbered', 'totaled', 'totalled', 'with', 'employs', 'employed']);
/** Words that may follow a year: "from 1968 until", "since 1990 and". */
const YEAR_FOLLOWERS = new Set(['in', 'and', 'or', 'when', 'until', 'till', 'to', 'on', 'at', 'as', 'with', 'but', 'after', 'before', 'the', 'through', 'onwards', 'onward', 'forward']);
/** The parties to a relation: "our two countries", "their three nations". */
const PARTIES = new Set(['countries', 'nations', 'peoples', 'governments', 'sides', 'economies', 'democracies', 'delegations', 'militaries']);
/** Kinds of school and degree named by their length: "a four-year degree", "two-year colleges". */
const KINDS_OF_SCHOOL = new Set(['degree', 'degrees', 'college', 'colleges', 'university', 'universities', 'institution', 'institutions', 'school', 'schools']);
/** Words that make a term of "zero" before it ("net zero") or after it ("zero emissions"). */
const ZERO_BEFORE = new Set(['net', 'ground', 'patient']);
const ZERO_TERMS = new Set(['emission', 'emissions', 'tolerance', 'carbon', 'waste', 'sum', 'hour', 'gravity', 'trust']);
const COUNTED_AFTER_ZERO = /^(?:violations?|deaths?|incidents?|cases?|complaints?|injuries|fatalities|poisonings?|spills?)$/;
/** Words after an age bracket's group that show the phrase ended ("Voters under 30 are", "adults over 65 who"). */
const AFTER_AGE_BRACKET = new Set(['since', 'are', 'were', 'is', 'was', 'have', 'had', 'who', 'and', 'or', 'in', 'at', 'with', 'to', 'from', 'say', 'said', 'says', 'make', 'made', 'tend', 'account', 'favor', 'favour', 'support', 'prefer', 'back', 'will', 'would', 'could', 'can', 'may', 'might', 'more', 'less', 'also', 'than', 'across', 'living', 'nationwide', 'statewide', 'polled', 'surveyed', 'do', 'did', 'does', 'now', 'still', 'get', 'got', 'need', 'needed']);
/** The open end of an age bracket: "65 and older", "18 or over". */
const OPEN_BRACKET = /^(?:older|over|up|younger|under|above|below)$/;
/** A bracket's second age with its noun: "24-year-olds". */
const YEAR_OLDS = /^\d{1,3}-years?-olds?$/;
/** Groups of people an age bracket defines: "voters under 30", "residents over 65". */
const AGE_GROUPS = new Set(['voters', 'residents', 'people', 'adults', 'those', 'women', 'men', 'children', 'americans', 'patients', 'workers', 'drivers', 'respondents', 'users', 'citizens', 'anyone', 'everyone', 'seniors', 'students', 'kids', 'teens', 'teenagers', 'youths', 'girls', 'boys', 'individuals', 'households', 'buyers', 'members', 'employees', 'renters', 'tenants', 'homeowners', 'parents', 'consumers', 'shoppers', 'borrowers', 'veterans', 'viewers', 'readers', 'fans', 'smokers', 'participants', 'applicants', 'democrats', 'republicans', 'independents', 'players', 'pupils', 'athletes', 'golfers', 'swimmers', 'runners', 'skaters', 'curlers', 'cyclists', 'volunteers', 'islanders', 'villagers', 'locals', 'pensioners', 'retirees', 'passengers', 'travellers', 'travelers', 'commuters', 'motorists', 'visitors', 'riders', 'patrons', 'customers', 'claimants', 'recipients', 'mothers', 'fathers']);
/** Street names: "at 619 Waddell Avenue", "36 Quai des Orfèvres". */
const STREET_NAMES = new Set(['quai', 'rue', 'via', 'calle', 'strasse', 'straße', 'terrace', 'crescent', 'row', 'circle', 'trail', 'pike', 'alley', 'walk', 'hill']);
/** Units a parenthesised conversion repeats: "120 miles (195 km)". */
const MEASURE_UNITS = /^(?:km|kilometres?|kilometers?|miles?|mi|m|metres?|meters?|ft|feet|foot|inch(?:es)?|in|cm|mm|kg|kilograms?|lbs?|pounds?|tonnes?|tons?|mph|km\/h|kph|knots?|°[cf]?|celsius|fahrenheit|acres?|hectares?|ha|litres?|liters?|gallons?|sq|square)$/i;
/** Securities named by their term ("the 10-year note"), and words that may stand between ("30-year fixed mortgage"). */
const SECURITIES = new Set(['note', 'notes', 'bond', 'bonds', 'yield', 'yields', 'treasury', 'treasuries', 'gilt', 'gilts', 'bund', 'bunds', 'mortgage', 'mortgages']);
const SECURITY_MODIFIERS = new Set(['fixed', 'treasury', 'government', 'benchmark', 'u.s.', 'german', 'japanese']);
/** Nouns a number word names rather than counts: "type two diabetes", "phase three", "District Nine", "region six". */
const NAMED_BY_NUMBER = new Set(['type', 'phase', 'stage', 'season', 'chapter', 'part', 'article', 'section', 'level', 'district', 'region', 'zone', 'act', 'book', 'episode', 'volume', 'ward', 'precinct', 'tier', 'grade', 'class']);
/** Reporting verbs after "One resident": the count is the source's article. */
const CUE_WORDS = new Set(['said', 'says', 'told', 'tells', 'added', 'recalled', 'wrote', 'explained', 'described', 'noted']);
/** Verbs whose object is counted: "killed one and injured eight". */
const HARM_VERBS = new Set(['killed', 'injured', 'wounded', 'hurt', 'arrested', 'rescued', 'detained', 'evacuated', 'hospitalized', 'hospitalised', 'charged', 'convicted', 'freed', 'released']);
/** Words before a number of time units that make it a duration: "for 12 years", "within 15 days". */
const DURATION_LEADS = new Set(['for', 'within', 'spanning', 'lasting', 'spent', 'served', 'serving', 'last', 'lasts', 'lasted', 'waited', 'waiting', 'took', 'spend', 'spends', 'spending']);
/** Verbs of dialling: "phoned 911". */
const DIAL = new Set(['phoned', 'called', 'dialled', 'dialed', 'dial', 'call', 'phone', 'text', 'texted']);
/**
 * Words before a number to ring, or before the "on" that gives it, read only when nothing counted follows: DIAL's
 * present forms and their forms in -ing, "ring", "contact", and "police" ("call 111 if …", "contact police on 101").
 */
const RING_LEADS = new Set([...[...DIAL].filter((w) => !w.endsWith('ed')), 'calling', 'dialling', 'dialing', 'ring', 'ringing', 'phoning', 'contact', 'police']);
/** Words after a number rung ("call 101 or …", "dial 999 if …"). */
const AFTER_DIALLED = new Set(['or', 'and', 'if', 'for', 'quoting', 'anonymously', 'immediately', 'to']);
/** Court reporters in citations: "603 U.S. 369". */
const REPORTERS = /^(?:U\.S\.?|F\.?|S\.|F\.2d|F\.3d|F\.4th|L\.Ed\.?|N\.E\.|N\.W\.|S\.E\.|S\.W\.|P\.|A\.)$/;

/**
 * Words that cannot be in ORDINAL_WORDS or NUMERIC_WORDS. A CPU profile of the engine over the White House corpus had
 * isCore at 5% of the time, most of it in those two look-ups of every word; most words ("the", "that") share no first
 * two letters and length with a listed word, and this test skips their look-ups.
 */
const LISTED_SHAPES = new WordShapes([...ORDINAL_WORDS, ...NUMERIC_WORDS]);

/** Does "our Lord" (and up to two number words) stand before k: the year of a proclamation in words? */
function ourLordBefore(tokens: Token[], k: number, from: number): boolean {
  for (let j = k - 1; j >= from && k - j <= 4; j--) {
    if (tokens[j].lower === 'lord') return j - 1 >= from && tokens[j - 1].lower === 'our';
    if (!NUMBER_WORDS.has(tokens[j].lower) && !tokens[j].lower.includes('-')) return false;
  }
  return false;
}

/** Multiples that compare a figure with another ("nearly triple the amount budgeted"). */
const MULTIPLES = new Set(['double', 'triple', 'quadruple']);
/** Verbs of a change by a multiple or a fraction, in their plain form ("will double", "could halve"). */
const BASE_CHANGES = new Set(['double', 'triple', 'treble', 'quadruple', 'halve']);
/** Owners before what such a change is of ("double its fleet"). */
const OWNED_BY = new Set(['its', 'their', 'his', 'her', 'our', 'your']);
/** Nouns a "-fold" word divides into parts ("a twofold purpose"), not multiplies. */
const PARTS_NOUNS = new Set(['purpose', 'purposes', 'aim', 'aims', 'approach', 'strategy', 'goal', 'goals', 'mission', 'challenge', 'problem', 'question', 'answer', 'reason', 'role', 'task', 'plan', 'benefit', 'effect', 'objective', 'objectives', 'nature', 'focus', 'test', 'message']);

/** Is the "-fold" word at i a thing in parts ("The aim is threefold:", "a twofold purpose")? */
function inParts(tokens: Token[], i: number): boolean {
  const prev = wordAt(tokens, i - 1);
  const next = tokens[i + 1];
  if (next !== undefined && PARTS_NOUNS.has(next.lower)) return true;
  if (prev === 'therefore' || prev === 'thus') return true;
  return BE_FORMS.has(prev) && (next === undefined || next.text === ':' || next.text === ';' || next.text === '.' || next.text === '\u2014');
}

/** Forms of "to be" before a word that describes the subject. */
/** Qualifiers that make "one" a count ("only one department", "just one bidder"). */
const COUNTING_QUALIFIERS = new Set(['only', 'just', 'exactly']);
/** Nouns "one" stands before in idioms, not counts ("only one way", "just one more time"). */
const ONE_IDIOM_NOUNS = new Set(['way', 'thing', 'time', 'another', 'more', 'day', 'point', 'hand', 'side', 'moment', 'bit', 'of', 'who', 'that', 'to']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been']);
/** Multiples in one word: "risen ninefold", "a fourfold increase". */
const FOLD_WORDS = new Set(['twofold', 'threefold', 'fourfold', 'fivefold', 'sixfold', 'sevenfold', 'eightfold', 'ninefold', 'tenfold', 'twelvefold', 'twentyfold', 'hundredfold', 'thousandfold']);

/** What "twice as" compares: "twice as many", "twice as likely", "twice as high". */
const TWICE_AS_WHAT = new Set(['many', 'much', 'likely', 'high', 'large', 'big', 'fast', 'long', 'often', 'expensive', 'costly', 'common', 'great', 'low', 'small']);

/** Words after "twice" that make it a multiple or a frequency, not a count of times ("twice as many", "twice a week"). */
const TWICE_MULTIPLE_OR_FREQUENCY = new Set(['as', 'that', 'the', 'a', 'an', 'per', 'its', 'their', 'his', 'her', 'what', 'those', 'these', 'daily', 'weekly', 'monthly', 'yearly', 'annually']);
/**
 * Does "twice" at i compare or tell how often ("twice as many", "twice more likely", "twice faster than", "twice a
 * week"), rather than count times ("competed twice more, in 2016", "met twice under the auspices")?
 */
function twiceMultipleOrFrequency(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined) return false;
  const after = tokens[i + 2];
  // ("twice more likely", "twice more expensive than"; not "twice more led the company".)
  if (next.lower === 'more' || next.lower === 'less') return after !== undefined && after.kind === 'word' && (after.lower.endsWith('ly') || tokens[i + 3]?.lower === 'than');
  if (next.kind === 'word' && /[a-z]er$/.test(next.lower) && after?.lower === 'than') return true;
  return TWICE_MULTIPLE_OR_FREQUENCY.has(next.lower);
}

/** Counts of times a rate opens with ("once every 12 months"). */
const ONCE_OR_TWICE = new Set(['once', 'twice', 'thrice']);
/** Units a frequency counts in ("twice a year", "once every month"). */
const FREQUENCY_UNITS = new Set(['day', 'week', 'month', 'year', 'decade', 'hour', 'minute', 'night', 'season', 'term', 'quarter', 'semester', 'lifetime', 'generation', 'century']);

/** Does a frequency follow the "once" or "twice" at i: "a year", "per season", "every 12 months", "each week"? */
function frequencyAfter(tokens: Token[], i: number): boolean {
  const next = wordAt(tokens, i + 1);
  if (next === 'a' || next === 'an' || next === 'per' || next === 'each') return FREQUENCY_UNITS.has(wordAt(tokens, i + 2));
  if (next !== 'every') return false;
  // ("once every 12 months", "once every 7.6 hours": the figure after it is the claim.)
  const k = wordAt(tokens, i + 2) === 'other' || wordAt(tokens, i + 2) === 'few' ? i + 3 : i + 2;
  return FREQUENCY_UNITS.has(withoutFinalS(wordAt(tokens, k)));
}

/** "once" within three words before i: "once, maybe twice". */
function onceBefore(tokens: Token[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) if (tokens[k].lower === 'once') return true;
  return false;
}

/** Verbs after which "twice" is an idiom, not a count: "think twice". */
const TWICE_IDIOMS = new Set(['think', 'thinks', 'thought', 'thinking']);

/**
 * Every word isCore looks for in a word with no hyphen: the listed ones, multiples, "twice", "thrice", "a", "an",
 * tagged as their tokens are made.
 */
const CORE_WORD = tagWords([...ORDINAL_WORDS, ...NUMERIC_WORDS, ...MULTIPLES, ...BASE_CHANGES, ...FOLD_WORDS, 'twice', 'thrice', 'once', 'a', 'an']);
/** Qualifiers before a multiple: "more than double", "about double", "almost triple". */
const MULTIPLE_LEADS = new Set(['than', 'nearly', 'about', 'roughly', 'almost', 'around', 'approximately', 'over', 'least', 'some']);
/** Verbs that state what a thing is: "is triple the lead". */
const LINKING_VERBS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'remains', 'remained']);
/** What a multiple compares with: "double the usual", "triple that", "double what it was". */
const MULTIPLE_OF = new Set(['the', 'that', 'what', 'its', 'their', 'his', 'her', 'our', 'those', 'this']);

/** Words before such a unit: qualifiers ("at least", "more than", "nearly") and verbs of change ("rose", "fell"). */
const ONE_UNIT_LEADS = new Set(['least', 'than', 'nearly', 'almost', 'about', 'roughly', 'around', 'approximately', 'over', 'under', 'rose', 'risen', 'fell', 'fallen', 'grew', 'grown', 'dropped', 'climbed', 'sank', 'shrank']);

/** Verbs before a change to come: "will double", "could nearly triple". */
const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'to']);
/**
 * Words "past" follows as a stretch of time without an article ("in past years", "over past decades"); after any other
 * word but an article or an owner, "past" is beyond ("climbed past 190", "pushed the index past 200").
 */
const BEFORE_THE_PAST = new Set(['in', 'over', 'for', 'during', 'within', 'throughout', 'of', 'these', 'those', 'and', 'or']);
/** Words before "last" the verb: "expected to last", "will last", "could last". */
const LAST_AS_VERB = new Set([...MODALS, 'can', 'rarely', 'usually', 'typically', 'often', 'generally']);
/** What may follow a change to come: "double by 2050", "triple in five years", "double over the decade". */
const CHANGE_ENDS = new Set(['by', 'in', 'over', 'within', 'from', 'again', 'or', 'and', 'if', 'before', 'after', 'since', 'during', 'between']);
/** Verbs that cut a thing in half. */
const CUT_VERBS = new Set(['cut', 'cuts', 'split', 'splits', 'sliced', 'slashed', 'chopped']);

/** The lower-case word at i, or "" outside the tokens (never reading before the array's start). */
const wordAt = (tokens: Token[], i: number): string => (i >= 0 && i < tokens.length ? tokens[i].lower : '');

/** Is this token a figure or a number word that can anchor a claim? */
function isCore(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (t.kind !== 'word') return isFigure(t);
  const w = t.lower;
  const hyphenated = t.hyphenated;
  // Most words are none of the words the tests below look for, and hold no hyphen: they are told at once.
  if (!hyphenated && !t.hasTag(CORE_WORD)) return false;
  // Finishing places ("came in third", "finished second") and counts of times ("re-elected twice").
  // Reads before the array's start (tokens[-1]) are guarded: one at a site makes V8 slow down every read there.
  const prev = i > 0 ? tokens[i - 1] : undefined;
  const listed = LISTED_SHAPES.mayHave(w);
  if (listed && ORDINAL_WORDS.has(w) && prev !== undefined && (RANK_BEFORE.has(prev.lower) || (prev.lower === 'in' && RANK_BEFORE.has(wordAt(tokens, i - 2))))) return true;
  if (listed && ORDINAL_WORDS.has(w) && w !== 'first' && w !== 'last' && placeByWhatFollows(tokens, i)) return true;
  // "finished a strong third", "came a distant second", "finish a closer-than-expected second to Tsongas".
  if (listed && ORDINAL_WORDS.has(w) && w !== 'last' && prev !== undefined && prev.kind === 'word' && placeAfterArticle(tokens, i)) return true;
  // "the third largest city", "the fifth most dangerous city in America": a rank by a superlative, as
  // "second-largest" is (not "the first" or "the last").
  if (listed && ORDINAL_WORDS.has(w) && w !== 'first' && w !== 'last' && prev?.lower === 'the' && next !== undefined && rankingSuperlative(tokens, i + 1)) return true;
  // "his second-place finish in Iowa", "a third-place showing": a finishing place before what it finished.
  if (hyphenated && PLACE_FINISH.test(w) && next !== undefined && FINISHES.has(next.lower)) return true;
  // "sit third in the Western Conference": a place in a table.
  if (listed && ORDINAL_WORDS.has(w) && w !== 'last' && standingAt(tokens, i)) return true;
  // "running third in most Iowa polls", "polling second"; "Kasich was in second with 16 percent", "Cruz was third with
  // 12 percent": a place in a race or a poll (not "running second-guesses", "was second in command").
  // (Not a relay's leg: "Moss ran second and Carter ran third" in "the 4x400 relay".)
  if (listed && ORDINAL_WORDS.has(w) && w !== 'last' && w !== 'first' && prev !== undefined && (STANDING_VERBS.has(prev.lower) || (prev.lower === 'in' && STANDING_VERBS.has(wordAt(tokens, i - 2)))) && !(next !== undefined && next.kind === 'word' && !AFTER_PLACE.has(next.lower) && next.lower !== 'in') && !((prev.lower === 'ran' || prev.lower === 'runs') && relayIn(tokens))) return true;
  if (listed && ORDINAL_WORDS.has(w) && w !== 'last' && prev !== undefined && (PLACE_LINKS.has(prev.lower) || (prev.lower === 'in' && PLACE_LINKS.has(wordAt(tokens, i - 2)))) && next?.lower === 'with' && tokens[i + 2]?.kind === 'number') return true;
  // "moved into second place", "in third place" (not "in the first place").
  if (listed && ORDINAL_WORDS.has(w) && next?.lower === 'place' && prev !== undefined && prev.kind === 'word' && !YEAR_DETERMINERS.has(prev.lower)) return true;
  // ("had been hit twice since March", "raised concerns twice", "and twice brought them close to war"; not a
  // multiple, "twice as many", "twice the area", nor a frequency, "twice a week", nor "once or twice".)
  // (Nor "think twice", "once, maybe twice", nor a comparative after it: "twice faster".)
  if ((w === 'twice' || w === 'thrice') && prev !== undefined && (prev.kind === 'word' || prev.text === ',') && prev.lower !== 'or' && !TWICE_IDIOMS.has(prev.lower) && !twiceMultipleOrFrequency(tokens, i) && !onceBefore(tokens, i)) return true;
  // "at least a week", "more than a decade", "rose a foot": one unit, counted by its article.
  // (Nor "about an hour and a half after the ruling": a time reference past "and a half".)
  if ((w === 'a' || w === 'an') && next !== undefined && ONE_UNIT.has(next.lower) && prev !== undefined && (ONE_UNIT_LEADS.has(prev.lower) || (prev.lower === 'to' && wordAt(tokens, i - 2) === 'up')) && !(TIME_UNITS.has(next.lower) && unitRefersToTime(tokens, i)) && wordAt(tokens, i + 2) !== 'old' && !(wordAt(tokens, i + 2) === 'and' && wordAt(tokens, i + 4) === 'half' && TIME_REFERENCE_AFTER.has(wordAt(tokens, i + 5)))) return true;
  // ("until midnight, an hour later than now", "a day sooner than planned": by how much, before a comparative and
  // "than", as "four weeks later than usual".)
  if ((w === 'a' || w === 'an') && next !== undefined && ONE_UNIT.has(next.lower) && TIME_UNITS.has(next.lower) && comparedAt(tokens, i + 2)) return true;
  // "more than double the 2024 bill", "roughly twice the area in 2019", "twice that", "twice as many": a multiple.
  // (Also after a linking verb: "His lead is triple the lead Obama had", "Growth was triple the growth forecasted".)
  if ((MULTIPLES.has(w) || w === 'twice') && prev !== undefined && (MULTIPLE_LEADS.has(prev.lower) || prev.text === ',' || prev.lower === 'and' || (MULTIPLES.has(w) && LINKING_VERBS.has(prev.lower))) && next !== undefined && (MULTIPLE_OF.has(next.lower) || next.lower === 'as')) return true;
  // "will nearly triple by 2050", "could double by mid-century": a change to come.
  if (MULTIPLES.has(w) && prev !== undefined && next !== undefined && (MODALS.has(prev.lower) || (MULTIPLE_LEADS.has(prev.lower) && MODALS.has(wordAt(tokens, i - 2)))) && (next.kind === 'punct' || CHANGE_ENDS.has(next.lower))) return true;
  // "will double the size of its scheme", "could halve the number of deliveries": a change to come, of what the
  // article or owner after it opens (not one planned, "They plan to double the size of the fleet": an aim).
  if (BASE_CHANGES.has(w) && prev !== undefined && next !== undefined && prev.lower !== 'to' && (MODALS.has(prev.lower) || (MULTIPLE_LEADS.has(prev.lower) && MODALS.has(wordAt(tokens, i - 2)) && wordAt(tokens, i - 2) !== 'to')) && (DETERMINERS.has(next.lower) || OWNED_BY.has(next.lower))) return true;
  // (Not a thing in parts: "The aim is twofold: …", "a threefold strategy".)
  if (FOLD_WORDS.has(w)) return !inParts(tokens, i);
  // A frequency: "twice a year", "at least twice a day", "about once a month", "once every 12 months", "twice per
  // season" (not "once a year or so" after "more than": still a frequency).
  if (ONCE_OR_TWICE.has(w) && frequencyAfter(tokens, i)) return true;
  // "is running at twice its 2021 level", "costs twice that": a multiple of what follows, after any word.
  if (w === 'twice' && next !== undefined && MULTIPLE_OF.has(next.lower) && prev !== undefined && !TWICE_IDIOMS.has(prev.lower)) return true;
  // "bring back twice as many seeds", "twice as likely to die": a multiple after any verb (the one above needs a
  // qualifier or a comma before it).
  if (w === 'twice' && next?.lower === 'as' && TWICE_AS_WHAT.has(wordAt(tokens, i + 2))) return true;
  if (!hyphenated && !(listed && NUMERIC_WORDS.has(w))) return false;
  // "zero-emission", "zero-tolerance": a kind, not a count, also when a line break splits it after the hyphen.
  if (w === 'zero' && next?.text === '-') return false;
  // "6.8 parts per trillion", "per thousand residents": a scale after "per" is a unit's, not a figure.
  if (NUMBER_WORDS.has(w)) return prev?.lower !== 'per';
  if (hyphenated && (NUMBER_COMPOUND.test(w) || FRACTION_COMPOUND.test(w))) return true;
  if (VAGUE_MAGNITUDES.has(w)) {
    if (w === 'tens' || w === 'scores') return next?.lower === 'of';
    return true;
  }
  if (FRACTIONS.has(w)) {
    const prev = i > 0 ? tokens[i - 1].lower : undefined;
    // A change by a fraction: "fell by half", "cut in half", "fell by a third".
    if (w === 'half' && (prev === 'by' || (prev === 'in' && CUT_VERBS.has(wordAt(tokens, i - 2))))) return true;
    // "fell by more than half", "cut by nearly half", "could cut the crop by as much as half".
    if (w === 'half' && prev !== undefined && changeQualifiedBy(tokens, i - 1) < i - 1) return true;
    // "fell by nearly a third", "has risen by more than a third since 2022": a qualifier may stand between "by" and the
    // article.
    const qualifiedBy = changeQualifiedBy(tokens, i - 2);
    const by = wordAt(tokens, i - 2) === 'by' ? i - 2 : qualifiedBy < i - 2 ? qualifiedBy : -1;
    if ((prev === 'a' || prev === 'one') && by > 0 && tokens[by - 1].kind === 'word' && (next === undefined || next.kind === 'punct' || CHANGE_ENDS.has(next.lower) || next.lower === 'last' || next.lower === 'this')) return true;
    // "the second half of 2029", "the first half of the game": a stretch of time, not a share.
    if (w === 'half' && prev !== undefined && HALF_ORDINALS.has(prev)) return false;
    // "Half said they would vote": a share of those asked, opening its clause.
    if (w === 'half' && SHARE_VERBS.has(next?.lower ?? '') && (prev === undefined || tokens[i - 1].kind === 'punct' || prev === 'and' || prev === 'but' || prev === 'while' || HALF_QUALIFIERS.has(prev))) return true;
    // ("Roughly half involved leaks", "about a third are under 18": a qualified share goes on to any verb of its own.)
    // ("fewer than half knew", "more than half belong": after "than", any verb; not a time, "half past nine".)
    if (w === 'half' && prev !== undefined && HALF_QUALIFIERS.has(prev) && (SHARE_GOES_ON.has(next?.lower ?? '') || (prev === 'than' && next !== undefined && next.kind === 'word' && !next.capitalized && !HALF_NOT_SHARE.has(next.lower)))) return true;
    // ("was roughly half what the campaign had counted on": a share of an amount the clause after it names.)
    if (w === 'half') return next !== undefined && ['of', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'all', 'what'].includes(next.lower);
    // "down from almost a third five years ago", "rose to about a quarter": the share a change goes from or to.
    // ("a fall of roughly a fifth", "increases of a third or more": or the size of a change its noun names.)
    if (prev === 'a' && (changeEndpoint(tokens, i - 2) || changeOf(tokens, i - 2)) && (next === undefined || next.kind === 'punct' || next.kind === 'number' || NUMBER_WORDS.has(next.lower) || CHANGE_ENDS.has(next.lower) || next.lower === 'last' || next.lower === 'this' || next.lower === 'more')) return true;
    // "a quarter said …": a share of those asked, before what they said (not "A third said it was blue", one more
    // of those counted; but "Nearly a third say", "Less than a third agreed": a qualifier makes it a share).
    const qualified = prev === 'a' && HALF_QUALIFIERS.has(wordAt(tokens, i - 2));
    // ("Nearly a third cited delays", "compliance at roughly a third, according to", "up almost a fifth on 2025": one the
    // qualifier makes a share ends its phrase or goes on to a verb in the past or a preposition of a change.)
    // (Not "about" after a verb it is the preposition of, "France has talked about a third — regarding China", nor a
    // phrase a dash breaks off.)
    const aboutAfterVerb = wordAt(tokens, i - 2) === 'about' && /(?:ed|ing)$/.test(wordAt(tokens, i - 3));
    const shareEnds = qualified && !aboutAfterVerb && (next === undefined || (next.kind === 'punct' && next.text !== '-' && !DASHES.has(next.text)) || (next.kind === 'word' && PAST_ED.test(next.lower)) || SHARE_ENDS.has(next.lower));
    const shareVerb = (SHARE_VERBS.has(next?.lower ?? '') && (w === 'quarter' || qualified)) || (qualified && SHARE_GOES_ON.has(next?.lower ?? '')) || shareEnds;
    // ("… found that 62% wanted them shown, and that a third had never heard of the scheme": a share listed after a
    // figure of its sentence goes on to a verb of its own; not "One said no, and a third said yes", one more speaker.)
    const listed = prev === 'a' && LISTED_AFTER.has(wordAt(tokens, i - 2)) && next !== undefined && (SHARE_GOES_ON.has(next.lower) || (PAST_ED.test(next.lower) && !SHARE_VERBS.has(next.lower))) && figureEarlierInSentence(tokens, i - 2);
    return (prev === 'a' || prev === 'one' || prev === 'two' || prev === 'three') && (['of', 'as', 'the'].includes(next?.lower ?? '') || shareVerb || listed);
  }
  // "The race doubled as a qualifier", "the gym doubles as a shelter": a second use, not a change (not "doubled as
  // demand grew").
  if (CHANGE_WORDS.has(w) && w.startsWith('doubl') && next?.lower === 'as' && (wordAt(tokens, i + 2) === 'a' || wordAt(tokens, i + 2) === 'an') && secondUse(tokens, i + 3)) return false;
  // "then doubled down with proposals", "doubling down on": to hold firmer, no change of any amount.
  if (CHANGE_WORDS.has(w) && w.startsWith('doubl') && next?.lower === 'down' && wordAt(tokens, i + 2) !== 'under') return false;
  // "The money more than doubles the $8 million": a verb in -s changes what follows it; "tennis doubles trophies",
  // "a doubles title" are a game.
  if (CHANGE_WORDS.has(w) && w.endsWith('les')) return next === undefined || next.kind === 'punct' || next.kind === 'number' || CURRENCY_PREFIX.test(next.text) || VERB_S_OBJECTS.has(next.lower);
  if (CHANGE_WORDS.has(w)) return true;
  if (!hyphenated) return false;
  if (RANKING_COMPOUND.test(w)) return true;
  // "a half-mile stretch", "the half-acre site", "the half-hour bulletin": half a unit, before what it measures (not
  // when: "less than a half-hour after polls closed").
  if (w.startsWith('half-') && HALF_UNITS.has(w.slice(5)) && next !== undefined && next.kind === 'word' && !TIME_REFERENCE_AFTER.has(next.lower)) return true;
  const dash = w.indexOf('-');
  if (dash > 0 && NUMBER_WORDS.has(w.slice(0, dash)) && !HYPHEN_NOT_CLAIM.test(w)) return true;
  return false;
}

/** Units half of which a word written with a hyphen measures ("half-mile", "half-hour"; not "half-century", "half-mast"). */
const HALF_UNITS = new Set(['mile', 'acre', 'hectare', 'metre', 'meter', 'kilometre', 'kilometer', 'inch', 'foot', 'pound', 'litre', 'liter', 'gallon', 'ton', 'tonne', 'hour', 'day', 'minute']);
/** Words of a qualifier before a fraction a change is by: "more than", "nearly", "as much as", "up to". */
const CHANGE_QUALIFIER_WORDS = new Set(['as', 'much', 'up', 'to']);
/**
 * Where "by" stands before a qualifier of up to three words that ends at j ("by more than", "by as much as"), or j + 1
 * when no qualifier and "by" come there.
 */
function changeQualifiedBy(tokens: Token[], j: number): number {
  let b = j;
  while (b > 0 && j - b < 3 && (APPROXIMATORS.has(tokens[b].lower) || HALF_QUALIFIERS.has(tokens[b].lower) || CHANGE_QUALIFIER_WORDS.has(tokens[b].lower))) b--;
  return b < j && tokens[b].lower === 'by' ? b : j + 1;
}

/** Words after a finishing place: "a strong third, with 23 percent", "a distant second to Tsongas". */
const AFTER_PLACE = new Set(['to', 'with', 'behind', 'in', 'at', 'among', 'on', 'and', 'but', 'after', 'for']);

/** Words that make "second" a moment, not a place: "a split second", "a mere second", "a full second". */
const MOMENT_WORDS = new Set(['split', 'mere', 'full', 'fraction', 'single', 'whole', 'brief']);

/** Verbs of a standing in a race before "a" and the place: "is polling a distant third", "running a close second". */
const STANDING_VERBS = new Set(['polling', 'polls', 'polled', 'running', 'runs', 'ran']);
/** An ordinal's place as one word: "second-place", "third-place". */
const PLACE_FINISH = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)-place$/;
/** What a place finished: "a second-place finish", "a third-place showing". */
const FINISHES = new Set(['finish', 'finishes', 'finisher', 'finishers', 'showing', 'result', 'results']);
/** Verbs that link a candidate to a place with its share after it: "was third with 12 percent". */
const PLACE_LINKS = new Set(['was', 'is', 'were', 'are', 'sits', 'sat', 'stood', 'stands', 'remained', 'remains']);

/**
 * Does one time unit counted by "a" at i ("a year", "an hour") place an event in time rather than say how long
 * something went on? "a year later", "an hour before the vote", "a year away", "less than a week out", "a year on,",
 * "within about an hour", "about an hour west of Durham" do; "spent nearly a decade on the city council", "for more
 * than a decade prior", "for more than a year after the crash" say how long, after a verb or preposition of duration.
 */
function unitRefersToTime(tokens: Token[], i: number): boolean {
  const after = wordAt(tokens, i + 2);
  let d = i - 1;
  while (d >= 0 && d >= i - 3 && (APPROXIMATORS.has(tokens[d].lower) || QUALIFIER_WORDS.has(tokens[d].lower))) d--;
  const before = d >= 0 ? tokens[d].lower : '';
  // ("revolves around a week of concerts", "built around a day in the life": a preposition, not a qualifier.)
  if (AROUND_TAKERS.has(before)) return true;
  // ("After more than a decade of attacks", "takes well over a year to complete": how long.)
  if (after === 'of') return false;
  if ((DURATION_LEADS.has(before) || TAKES.has(before)) && before !== 'last' && before !== 'within') return after === 'ago' || after === 'later' || after === 'earlier';
  if (TIME_PLACING.has(before)) return true;
  if (after === 'on') return !(tokens[i + 3] !== undefined && tokens[i + 3].kind === 'word');
  return TIME_REFERENCE_AFTER.has(after) || after === 'away' || after === 'out' || (after === 'to' && wordAt(tokens, i + 3) === 'the') || COMPASS.has(after);
}

/** Words of a qualifier before "a" and its unit: "more than", "well over", "a little over". */
const QUALIFIER_WORDS = new Set(['more', 'less', 'than', 'over', 'under', 'least', 'at', 'just', 'well', 'little', 'a', 'up', 'to', 'only', 'nearly', 'almost', 'about', 'around', 'roughly', 'some']);
/** Forms of "take" before how long something takes: "takes well over a year to complete". */
const TAKES = new Set(['take', 'takes', 'taking', 'taken']);
/** Prepositions that place an event at a time: "within about an hour", "after about an hour", "in a little over a year". */
const TIME_PLACING = new Set(['within', 'after', 'before', 'in', 'until', 'by']);
/** Verbs that take "around" or "about" as a preposition before a time unit. */
const AROUND_TAKERS = new Set(['revolves', 'revolved', 'revolve', 'revolving', 'built', 'centered', 'centred', 'based', 'focuses', 'focused', 'focusing']);
/** Directions after a distance in time ("about an hour west of Durham"). */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west', 'outside', 'from']);

/**
 * Is the capitalised figure after a colon the opening of a clause that states it ("The result: Nine out of 10 patients
 * improved", "Think about that: Millions of children …", "a key finding: Two-thirds of …")? Not after a transcript's
 * speaker in capitals ("AUDIENCE: Four more years!", "THE PRESIDENT: Thirteen."), a one- or two-word label that no
 * article opens ("Serves: Four.", "Read more: Five things to know"), nor before a title in capitals ("Coming up: Three
 * Men and a Baby").
 */
function clauseAfterColon(tokens: Token[], e: NumberExpression, from: number): boolean {
  const colon = e.first - 1;
  if (colon - from < 1) return false;
  const next = tokens[e.last + 1];
  if (next !== undefined && next.kind === 'word' && next.capitalized) return false;
  let upper = true;
  for (let k = from; k < colon; k++) if (tokens[k].kind === 'word' && tokens[k].text !== tokens[k].text.toUpperCase()) upper = false;
  if (upper) return false;
  // ("Hale: Twenty-two times.", "…: Two men shot in North Memphis": a count of something, after any label.)
  const counted = next !== undefined && next.kind === 'word' && (COUNT_NOUNS.has(next.lower) || UNITS.has(next.lower) || next.lower === 'times');
  return counted || colon - from > 2 || DETERMINERS.has(tokens[from].lower);
}

/** Words after "a" that make the ordinal something other than a place: "came in a quick second", "ran a lengthy third". */
const NOT_PLACE_WORDS = new Set([...MOMENT_WORDS, 'quick', 'quicker', 'lightning-fast', 'fast', 'heartbeat', 'lengthy', 'long', 'longer', 'short', 'shorter', 'new', 'further', 'separate', 'follow-up', 'similar', 'later', 'subsequent', 'rare', 'another', 'different', 'fresh', 'special']);

/** A verb of standing before the article at k: "polling a", "running a", "came in a". */
function placeVerbBefore(tokens: Token[], k: number): boolean {
  const verb = tokens[k - 1].lower;
  if (STANDING_VERBS.has(verb)) return true;
  // "came in a close second" (not "lived in a", "voted in a").
  const before = k >= 2 ? tokens[k - 2].lower : '';
  return verb === 'in' && (before === 'came' || before === 'come' || before === 'comes' || before === 'coming');
}

/** An ordinal at i after a finishing verb, an article and one or two words that describe the place. */
function placeAfterArticle(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next !== undefined && next.kind === 'word' && !AFTER_PLACE.has(next.lower)) return false;
  for (let k = i - 1; k >= 1 && i - k <= 3; k--) {
    const t = tokens[k];
    if (t.lower === 'a') {
      if (k >= i - 1) return false;
      if (RANK_BEFORE.has(tokens[k - 1].lower)) return true;
      // After a verb of standing, only words that describe a place ("polling a distant third", not "ran a quick
      // second on the samples", "came in a quick second").
      if (!placeVerbBefore(tokens, k)) return false;
      for (let d = k + 1; d < i; d++) if (NOT_PLACE_WORDS.has(tokens[d].lower)) return false;
      return true;
    }
    // (Not a moment: "came a split second after the first", "a mere second behind".)
    if (t.kind !== 'word' || t.capitalized || MOMENT_WORDS.has(t.lower)) return false;
  }
  return false;
}

/** Parts of the day an hour is read beside. */
const DAY_PARTS = new Set(['morning', 'mornings', 'evening', 'evenings', 'night', 'nights', 'afternoon', 'afternoons', 'day', 'days', 'weekday', 'weekdays', 'dawn']);

/** A part of the day right before "at" ("most mornings at 5") or after the hour ("at 6 every morning", "at 9 in the morning"). */
function hourOfDay(tokens: Token[], e: NumberExpression, from: number): boolean {
  const before = e.first - 2 >= from ? tokens[e.first - 2].lower : '';
  if (DAY_PARTS.has(before) && before !== 'day' && before !== 'days') return true;
  const a = tokens[e.last + 1]?.lower ?? '';
  const b = tokens[e.last + 2]?.lower ?? '';
  const c = tokens[e.last + 3]?.lower ?? '';
  return ((a === 'every' || a === 'each') && DAY_PARTS.has(b)) || (a === 'in' && b === 'the' && DAY_PARTS.has(c) && c !== 'day');
}

/** Verbs in the past tense without "-ed" that a person present may do: "One woman held a sign". */
const DEEDS = new Set(['held', 'threw', 'ran', 'took', 'stood', 'wore', 'came', 'went', 'got', 'put', 'brought', 'wrote', 'drove', 'gave', 'grabbed', 'shouted', 'sang', 'told', 'said', 'carried', 'waved', 'hugged', 'cried', 'sprayed', 'pulled', 'pushed', 'climbed', 'walked', 'tried',
  // What one of them said: "“…,” one person tweeted."
  'tweeted', 'posted', 'yelled', 'screamed', 'joked', 'asked', 'added']);
/** Prepositions of where a person stands: "One woman at the stop", "one man in the crowd". */
const WHERE = new Set(['at', 'in', 'on', 'near', 'outside', 'inside', 'from', 'behind', 'among']);

/**
 * Does an active deed follow at k, past a short phrase of where the person stood ("at the Grandview stop")? Not a fate
 * ("died"), nor a passive or a state ("was found", "is missing").
 */
function actsNext(tokens: Token[], k: number, to: number): boolean {
  if (k < to && WHERE.has(tokens[k].lower)) {
    // Past the place to the deed; a passive or a state on the way ("One man in the car was treated") ends the search.
    const stop = Math.min(to, k + 6);
    for (k++; k < stop && !DEEDS.has(tokens[k].lower); k++) if (tokens[k].kind !== 'word' || STATE_VERBS.has(tokens[k].lower)) return false;
  }
  // Only a deed from the list: any other past tense may be what befell them ("One student tested positive", "One worker
  // sustained burns", "One man stabbed in the attack remains …").
  return k < to && !tokens[k].capitalized && DEEDS.has(tokens[k].lower);
}

/**
 * Does a source cited by its count stand after "according to" or "citing" ("according to two officials", "citing three
 * people familiar with the talks"; after "citing", only people who know, not "citing two people killed in crashes")?
 */
function citedCount(tokens: Token[], e: NumberExpression, from: number, to: number): boolean {
  const prev = tokens[e.first - 1]?.lower;
  const according = prev === 'to' && e.first - 2 >= from && tokens[e.first - 2].lower === 'according';
  if (!according && prev !== 'citing') return false;
  const cited = citedNounAt(tokens, e.last + 1, to);
  return cited >= 0 && (according || cited + 1 >= to || tokens[cited + 1].kind === 'punct' || KNOWING.test(tokens[cited + 1].lower));
}

/** Do up to four words of whose or where from k end at a comma ("of the group,")? */
function commaAfterWhose(tokens: Token[], k: number, to: number): boolean {
  for (const stop = Math.min(to, k + 5); k < stop; k++) {
    if (tokens[k].text === ',') return k > 0;
    if (tokens[k].kind !== 'word') return false;
  }
  return false;
}

/**
 * Does a verb of speech follow within a few words, past what picks the person out ("One person involved in the project
 * said", "One official at the ministry told")? Not past a verb of being or a mark: "One man in the car was killed".
 */
function speaksAfter(tokens: Token[], k: number, to: number): boolean {
  for (const stop = Math.min(to, k + 8); k < stop; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || STATE_VERBS.has(t.lower)) return false;
    if (CUE_WORDS.has(t.lower)) return true;
  }
  return false;
}

/** Verbs of being that end the search for a deed: a passive or a state follows. */
const STATE_VERBS = new Set(['was', 'were', 'is', 'are', 'has', 'had', 'have', 'been', 'be', 'remains', 'remained']);

/** Sequence words before a count of a set a share is taken of: "13 of the past 19 contests". */
const SET_SEQUENCE = new Set(['last', 'past', 'previous']);

/**
 * "of the last 10 polls", "of the past 19 Democratic contests", "three of the last 10 in 2008": the size of a set a
 * count or "each" is taken of, not a place in a sequence (not a stretch of time: "of the last five years").
 */
function countedSet(tokens: Token[], e: NumberExpression, from: number): boolean {
  const at = e.first;
  // (One figure alone: "each of the last three quarters" is a stretch of time the expression took as a fraction.)
  if (e.first !== e.last || at - 3 < from || !SET_SEQUENCE.has(tokens[at - 1].lower) || tokens[at - 2].lower !== 'the' || tokens[at - 3].lower !== 'of') return false;
  // The noun counted: a plural after up to two modifiers ("19 Democratic contests"), not a stretch of time.
  for (let k = e.last + 1, n = 0; k < tokens.length && n < 3; k++, n++) {
    const t = tokens[k];
    if (t.kind !== 'word') return false;
    if (stretchOfTime(t)) return false;
    if (/s$/.test(t.lower) && !t.capitalized) return true;
  }
  return false;
}

/** Words for what is left of a set, before a count in figures that is a claim ("the remaining 112 churches"). */
const LEFT_OVER = new Set(['remaining', 'other']);

/** Is a plural noun, no stretch of time, right after the figure that ends at `last` ("112 churches", not "40 years")? */
function countedAfter(tokens: Token[], last: number): boolean {
  const t = tokens[last + 1];
  return t !== undefined && t.kind === 'word' && !t.capitalized && /s$/.test(t.lower) && !stretchOfTime(t);
}

/** What is left of a set, counted in figures or in words, with or without its noun ("the remaining nine routes", "the
 * remaining 14 will follow", "the remaining 2,300, mostly homes"), or a first batch of it (see below); not a stretch of
 * time ("the remaining two years"). */
function leftOfASet(prev: Token, next: Token | undefined, core: Token): boolean {
  // ("The first 30 vans are due", "its first 25 electric vans": a first batch of ten or more, in figures, counts what
  // it is of; not "the first 100 days", "the first two games".)
  if (prev.lower === 'first') return core.kind === 'number' && ALL_DIGITS.test(core.text) && Number(core.text) >= 10 && next !== undefined && next.kind === 'word' && !stretchOfTime(next);
  return prev.lower === 'remaining' && !(next !== undefined && next.kind === 'word' && stretchOfTime(next));
}

/** A unit of time, in the singular or plural, or a season counted ("years", "month", "summers"). */
function stretchOfTime(t: Token): boolean {
  return TIME_UNITS.has(t.lower) || TIME_UNITS.has(t.lower.replace(/s$/, '')) || SEASONS_OF_YEAR.has(t.lower);
}

/** What kind of vehicle or engine a count in a compound makes a thing: "four-wheel-drive utes", "an 18-wheeler", "a two-stroke engine". */
const MADE_WITH = /^(?:wheel|wheels|wheeled|wheeler|wheelers|wheel-drive|door|seater|stroke)$/;

/** Seasons and a short form of years, counted as stretches of time: "each of the last seven summers", "3 yrs". */
const SEASONS_OF_YEAR = new Set(['summers', 'winters', 'springs', 'autumns', 'falls', 'yrs']);

/** The hours a time of day in words names ("ten past four"), and what may stand before "past" ("half past six"). */
const HOURS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'noon', 'midnight']);
const PAST_THE_HOUR = new Set(['five', 'ten', 'twenty', 'twenty-five', 'quarter', 'half']);
/** A version number ("5.5") and a product's name in mixed case ("CrispPro", "iPhone"). */
const DECIMAL_VERSION = /^\d+\.\d+$/;
/** (Not a surname with an inner capital: "DeSantis", "McConnell", "DeVos".) */
const MIXED_CASE = /^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O')[A-Z])[A-Za-z]*[a-z][A-Z]/;

/** Tables a team or a candidate holds a place in. */
const STANDINGS = new Set(['conference', 'league', 'division', 'standings', 'rankings', 'table', 'poll', 'polls', 'flight']);
/** Words after a table's noun where the phrase ends ("third in the league this season"; not "the conference room"). */
const AFTER_STANDINGS = new Set(['and', 'with', 'this', 'last', 'for', 'after', 'before', 'behind', 'since', 'at', 'on', 'in', 'but', 'while', 'of', 'by', 'as', 'so', 'table']);

/**
 * Is the ordinal at i a place in a table: "11th in the Eastern Conference", "third in the Premier League", "second in
 * the polls"? (Not one of a sequence: "the third in the series", "the first in the league to".)
 */
function standingAt(tokens: Token[], i: number): boolean {
  const prev = i > 0 ? tokens[i - 1].lower : '';
  if (YEAR_DETERMINERS.has(prev) || MONTHS.has(prev) || wordAt(tokens, i + 1) !== 'in') return false;
  let k = i + 2;
  if (wordAt(tokens, k) === 'the') k++;
  // ("11th in the top flight": or the word that names the top division.)
  for (let n = 0; n < 3 && k < tokens.length && (tokens[k].capitalized || tokens[k].lower === 'top') && !STANDINGS.has(tokens[k].lower); n++) k++;
  if (k >= tokens.length || !STANDINGS.has(tokens[k].lower) || wordAt(tokens, k + 1) === 'to') return false;
  // A league or a conference by its name ("the Eastern Conference", "the Premier League"), not a room or a call ("in
  // the conference room", "first in the conference call"); standings, rankings and polls in any case.
  const next = tokens[k + 1];
  return (tokens[k].capitalized && tokens[k - 1].capitalized) || next === undefined || next.kind !== 'word' || AFTER_STANDINGS.has(next.lower);
}

/**
 * Is the ordinal at i a place by what follows it: a share of the vote ("were third on 15 per cent"), a race's time in
 * hours, minutes and seconds ("was third in 2:09:30"), or the other end of a move in a table ("from 12th to 19th",
 * "from fourth to seventh")?
 */
function placeByWhatFollows(tokens: Token[], i: number): boolean {
  const next = wordAt(tokens, i + 1);
  const after = tokens[i + 2];
  if (next === 'on' && after !== undefined && after.kind === 'number' && (tokens[i + 3]?.text === '%' || PERCENT_WORDS.has(wordAt(tokens, i + 3)))) return true;
  if (next === 'in' && after !== undefined && after.kind === 'number' && tokens[i + 3]?.text === ':' && tokens[i + 4]?.kind === 'number' && tokens[i + 5]?.text === ':') return true;
  return (wordAt(tokens, i - 1) === 'from' && next === 'to' && ordinalAt(tokens, i + 2)) || (wordAt(tokens, i - 1) === 'to' && ordinalAt(tokens, i - 2) && wordAt(tokens, i - 3) === 'from');
}
/** Is the token at k an ordinal, in figures or in words ("12th", "fourth")? */
function ordinalAt(tokens: Token[], k: number): boolean {
  return k >= 0 && k < tokens.length && (ORDINAL.test(tokens[k].text) || ORDINAL_WORDS.has(tokens[k].lower));
}
/** Words of a share after its figure: "15 per cent", "32 percent". */
const PERCENT_WORDS = new Set(['per', 'percent', 'pc']);

/** Where the words before a share's qualifiers end, from k back ("from almost", "a drop of more than"). */
function pastShareQualifiers(tokens: Token[], k: number): number {
  while (k >= 0 && tokens[k].kind === 'word' && HALF_QUALIFIERS.has(tokens[k].lower)) k--;
  return k;
}

/** Does "from" or "to" stand at k, before qualifiers of a share ("from almost", "to just over")? */
function changeEndpoint(tokens: Token[], k: number): boolean {
  k = pastShareQualifiers(tokens, k);
  return k >= 0 && (tokens[k].lower === 'from' || tokens[k].lower === 'to');
}

/** Nouns of a change whose size follows "of": "a fall of a fifth", "increases of a third". */
const CHANGE_NOUNS = new Set(['rise', 'rises', 'fall', 'falls', 'drop', 'drops', 'increase', 'increases', 'decrease', 'decreases', 'decline', 'declines', 'cut', 'cuts', 'reduction', 'reductions', 'jump', 'gain', 'gains', 'loss', 'losses', 'growth', 'slump', 'surge']);

/** Does "of" after a change's noun stand at k, before qualifiers of a share ("a fall of roughly", "a drop of more than")? */
function changeOf(tokens: Token[], k: number): boolean {
  k = pastShareQualifiers(tokens, k);
  return k >= 1 && tokens[k].lower === 'of' && CHANGE_NOUNS.has(tokens[k - 1].lower);
}

/** Words between "by" and "half" ("by more than half"). */
const HALF_QUALIFIERS = new Set(['more', 'less', 'than', 'over', 'under', 'just', 'well', 'roughly', 'almost', 'nearly', 'about']);
/** Words after a count that end its phrase with no noun counted: "the four who voted", "the four of them". */
const COUNT_ENDS = new Set(['who', 'whom', 'that', 'which', 'of', 'and', 'or', 'were', 'are', 'was', 'is', 'had', 'have', 'has', 'said', 'say', 'says', 'will', 'would', 'could', 'can', 'did', 'in', 'at', 'on', 'to', 'from', 'with', 'for', 'by']);
/** Words after "half" that make it no share: "half past nine", "half time", "half way". */
const HALF_NOT_SHARE = new Set(['past', 'time', 'way', 'hour', 'mile', 'day', 'century', 'dozen']);
/** A verb's past in -ed ("cited", "backed"). */
const PAST_ED = /^[a-z]{2,}ed$/;
/** Prepositions after a qualified share that end its phrase: "up almost a fifth on 2025", "nearly a third since May". */
const SHARE_ENDS = new Set(['on', 'in', 'from', 'since', 'compared', 'last', 'this']);
/** Verbs a share of those asked goes on to: "a quarter said", "a third think". */
const SHARE_VERBS = new Set(['said', 'say', 'says', 'told', 'think', 'thought', 'believe', 'believed', 'want', 'wanted', 'agreed', 'agree', 'disagreed', 'disagree', 'support', 'supported', 'oppose', 'opposed', 'reported', 'described', 'rated', 'expect', 'expected', 'favor', 'favored', 'favour', 'favoured']);

/** A weight or a volume written with its unit in lower case: "90g", "250mg", "330ml". */
const SMALL_MEASURE = /^\d[\d,.]*(?:g|mg|ml)$/;

/** Verbs a qualified share goes on to, as the subject of its own clause: "about a third are", "roughly half involved". */
const SHARE_GOES_ON = new Set(['are', 'were', 'is', 'was', 'have', 'had', 'involved', 'involve', 'live', 'lived', 'work', 'worked', 'use', 'used', 'own', 'owned', 'pay', 'paid', 'receive', 'received', 'get', 'got', 'come', 'came', 'rely', 'relied', 'need', 'needed', 'lack', 'lacked', 'remain', 'remained', 'will', 'would', 'could', 'can', 'did', 'do', 'does']);

/** Nouns of identifiers that are verbs too ("build", "release", "issue"). */
const VERBAL_IDENTIFIERS = new Set(['build', 'release', 'patch', 'launch', 'issue', 'table', 'track', 'mark', 'act', 'bill', 'block']);
/** Words of a relay, whose runners run legs, not places. */
const RELAY_WORDS = new Set(['relay', 'leg', 'legs', 'anchored', 'anchor', 'leadoff']);

/** Does the sentence's text speak of a relay? */
function relayIn(tokens: Token[]): boolean {
  for (const t of tokens) if (RELAY_WORDS.has(t.lower)) return true;
  return false;
}

/** Measures a figure joined to them without a hyphen makes one word of ("3 phase", "5 story", "2 lane"). */
const COMPOUND_MEASURES = new Set(['phase', 'bedroom', 'bed', 'bath', 'story', 'storey', 'lane', 'door', 'seat', 'wheel', 'axle', 'speed', 'star', 'room', 'car', 'unit', 'family', 'stall', 'bay']);
/** Words before a verb: "to", a modal, a subject pronoun, a negation. */
const BEFORE_VERB = new Set(['to', 'will', 'would', 'could', 'can', 'must', 'should', 'may', 'might', 'not', 'never', 'they', 'we', 'i', 'you', 'also', 'then']);

/**
 * Is the identifier's noun at k a verb here, counting what comes after the figure ("to build 5,000 affordable housing
 * units", "will release 300 prisoners"; not "refer to table 2", "moved to stage 3 of the plan")?
 */
function verbBefore(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.capitalized || !VERBAL_IDENTIFIERS.has(t.lower) || k === 0 || !BEFORE_VERB.has(tokens[k - 1].lower)) return false;
  // (Not a figure that names a year, a form or a model, "release 2024 filing instructions", "issue 1099 forms", nor one
  // joined to a measure without its hyphen, "build 3 phase converters", "build 5 story garages".)
  if (/^\d{4}$/.test(tokens[k + 1]?.text ?? '') || COMPOUND_MEASURES.has(tokens[k + 2]?.lower ?? '')) return false;
  for (let j = k + 2; j < tokens.length && j <= k + 5; j++) {
    const w = tokens[j];
    if (w.kind !== 'word' || w.capitalized || w.lower === 'of') return false;
    if (/[^s]s$/.test(w.lower)) return true;
  }
  return false;
}

/** Verbs of a rank a ranking follows: "ranked No. 14", "rose to No. 2". */
const RANK_VERBS = new Set(['ranked', 'ranks', 'rank', 'rated', 'seeded']);
const RANK_MOVES = new Set(['climbed', 'rose', 'fell', 'dropped', 'slipped', 'moved', 'jumped', 'slid', 'sank', 'climbs', 'rises', 'falls', 'drops', 'slips', 'moves', 'jumps']);

/** Does a verb of rank end at k, before "No."? */
function rankedAt(tokens: Token[], k: number, from: number): boolean {
  if (k < from) return false;
  const w = tokens[k].lower;
  // ("world No. 6 Klara Brenner", "the world No. 1": a player's place in the world's rankings.)
  return RANK_VERBS.has(w) || w === 'world' || (w === 'to' && k - 1 >= from && RANK_MOVES.has(tokens[k - 1].lower));
}

/** Words that make "half" a stretch of time: "the second half of the year". */
const HALF_ORDINALS = new Set(['first', 'second', 'latter', 'final']);

/** The prepositions that set a year off ("in 2014", "since 1998"). */
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'by', 'during', 'until', 'till']);

/**
 * Is the figure at k a count of what follows it, a plural within the three words after it ("148 local charities", "40
 * schools"), not a scale or a unit ("10 million", "3 a day")?
 */
function countedAfterTo(tokens: Token[], k: number, to: number): boolean {
  for (let n = k + 1; n < to && n <= k + 3; n++) {
    const w = tokens[n];
    if (w.kind !== 'word' || w.capitalized || SCALE_WORDS.has(w.lower) || UNITS.has(w.lower) || w.lower === 'percent' || w.lower === 'per') return false;
    if (w.lower.length > 3 && w.lower.endsWith('s') && !w.lower.endsWith('ss')) return true;
  }
  return false;
}

/** A sum in pence: "55p", "4.5p" (in lower case). */
const PENCE = /^(?:[1-9]\d{0,2}|0)(?:\.\d+)?p$/;

/** Words that may join two figures into one expression. */
function isJoiner(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  return t.lower === 'to' || t.lower === 'or' || t.lower === 'and' || t.text === '-' || t.text === '\u2013' || t.text === ',' || t.lower === 'of';
}

/** Units of the calendar, in which an event is some way off ("two weeks away"). */
const CALENDAR_UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']);

/** Words before a race time ("in 2:14:04", "a time of 2:05:45", "clocked 3:43.13"). */
const RACE_LEADS = new Set(['in', 'of', 'clocked', 'timed', 'time', 'times', 'record', 'finished', 'ran', 'posted', 'won', 'under', 'than']);

/** Does a time in hours, minutes and seconds end within the eight tokens before i? */
function raceTimeBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 2; k >= 3 && i - k <= 8; k--) {
    if (tokens[k - 1].text === ':' && tokens[k - 3].text === ':' && SIXTY.test(tokens[k].text) && SIXTY.test(tokens[k - 2].text)) return true;
  }
  return false;
}

/** Words before a time of day ("at 14:05:33", "until 23:59:59"). */
const CLOCK_LEADS = new Set(['at', 'until', 'till', 'from', 'after', 'before', 'since', 'by', 'around']);

/** Two digits of minutes or seconds, seconds perhaps with decimals. */
const SIXTY = /^[0-5]\d(?:\.\d+)?$/;

/**
 * Does tokens[k] (before `to`) follow tokens[k - 1] with nothing between? A function of its own, not a closure made
 * at each call of raceTimeEnd, which is asked at every figure (the closure and the pattern literal it stood beside
 * were 0.4 bytes per input byte in a heap profile of the engine over the White House corpus).
 */
function joined(tokens: Token[], k: number, to: number): boolean {
  return k < to && tokens[k].start === tokens[k - 1].end;
}

/**
 * The last token of a race time that opens at i: hours, minutes and seconds ("2:14:04") or minutes and seconds with
 * decimals ("3:43.13"), written without spaces and not a time of day ("10:30:00 UTC"); -1 when none opens there.
 */
function raceTimeEnd(tokens: Token[], i: number, to: number): number {
  if (!UP_TO_TWO_DIGITS.test(tokens[i].text) || !joined(tokens, i + 1, to) || tokens[i + 1].text !== ':' || !joined(tokens, i + 2, to) || !SIXTY.test(tokens[i + 2].text)) return -1;
  let end = -1;
  if (joined(tokens, i + 3, to) && tokens[i + 3].text === ':' && joined(tokens, i + 4, to) && SIXTY.test(tokens[i + 4].text) && !tokens[i + 2].text.includes('.')) end = i + 4;
  else if (tokens[i + 2].text.includes('.')) end = i + 2;
  const next = tokens[end + 1];
  const clock = (next && (TIME_ZONES.has(next.lower) || /^[ap]\.?m$/i.test(next.text) || next.lower === 'local')) || CLOCK_LEADS.has(tokens[i - 1]?.lower ?? '');
  // A race time follows the words of a race ("in", "a time of", "clocked"); a time of day does not, nor has a leading zero.
  // The second of a list of them follows a comma or "and" ("times of 2:20:51 and 2:20:55", "Debela, 2:05:46, and").
  // … or stands in apposition to a runner's name ("Dejene Debela, 2:05:46, and Asefa Mengstu, 2:05:48").
  const listed = ((tokens[i - 1]?.text === ',' || tokens[i - 1]?.lower === 'and') && raceTimeBefore(tokens, i)) || (tokens[i - 1]?.text === ',' && tokens[i - 2]?.capitalized === true && tokens[i - 2].kind === 'word');
  const raced = (RACE_LEADS.has(tokens[i - 1]?.lower ?? '') || listed) && !tokens[i].text.startsWith('0');
  return end > 0 && !clock && raced ? end : -1;
}

/** Letters of the country a dollar sign is joined to ("US$", "A$", "NZ$", "C$", "HK$", "S$"), and the real's "R$". */
const DOLLAR_COUNTRIES = new Set(['US', 'A', 'AU', 'NZ', 'C', 'CA', 'Can', 'HK', 'S', 'SG', 'NT', 'R', 'Mex', 'MX']);

/** Scale words a further number word joins only with a scale of its own: "one million two hundred thousand". */
const LARGE_SCALES = new Set(['thousand', 'million', 'billion', 'trillion']);

/** Finds the numeric claims among tokens[from, to). */
export function findNumbers(tokens: Token[], from = 0, to = tokens.length): NumberExpression[] {
  // Made at the first expression: four sentences in five have none, and share one empty list (never added to).
  let found: NumberExpression[] | null = null;
  let i = from;
  while (i < to) {
    if (!isCore(tokens, i)) {
      i++;
      continue;
    }
    let last = i;
    let connector: NumberExpression['connector'] = null;
    // A race time, "2:14:04" or "3:43.13", is one figure (a time of day is no claim: see notClaim).
    const timed = raceTimeEnd(tokens, i, to);
    if (timed > i) last = timed;
    // Extend over further figures, scale words, units and range connectors.
    for (; timed < 0;) {
      const n = last + 1;
      if (n >= to) break;
      const t = tokens[n];
      // "1 minute 12 seconds", "3 hours, 4 minutes and 5 seconds", "4 feet 7 inches": one quantity in several units.
      const compound = last === i && tokens[i].kind === 'number' ? compoundQuantityEnd(tokens, n, to) : -1;
      if (compound > 0) {
        last = compound;
        break;
      }
      if (t.text === '%' || (t.kind === 'word' && (SCALE_WORDS.has(t.lower) || UNITS.has(t.lower)) && t.lower !== 'people' && t.lower !== 'persons')) {
        if ((t.lower === 'point' || t.lower === 'points') && tokens[n - 1]?.lower !== 'percentage') break;
        if (t.lower === 'per' && tokens[n + 1]?.lower !== 'cent') break;
        // "The film 1917 won three awards": the verb, not the currency, when a count or an article follows.
        if (t.lower === 'won' && n + 1 < to && (tokens[n + 1].kind === 'number' || NUMBER_WORDS.has(tokens[n + 1].lower) || /^(?:a|an|the|his|her|their|its|our|re-?election|gold|silver|bronze|praise|support|approval)$/.test(tokens[n + 1].lower))) break;
        last = n;
        continue;
      }
      // "at least a week": the unit an article counts is part of the expression.
      if (last === i && (tokens[i].lower === 'a' || tokens[i].lower === 'an') && ONE_UNIT.has(t.lower)) {
        last = n;
        continue;
      }
      if (t.lower === 'percentage' && tokens[n + 1]?.lower?.startsWith('point')) {
        last = n;
        continue;
      }
      // ("twenty five", "one million two hundred thousand"; not "$11.8 million two years earlier" nor "26 per cent five
      // years earlier", a figure and then a time: a number word joins only a number word.)
      if (isCore(tokens, n) && tokens[n].kind === 'word' && tokens[last].kind === 'word' && NUMBER_WORDS.has(t.lower) && NUMBER_WORDS.has(tokens[last].lower) && !(LARGE_SCALES.has(tokens[last].lower) && !SCALE_WORDS.has(tokens[n + 1]?.lower ?? ''))) {
        last = n;
        continue;
      }
      // "roughly two thirds": the fraction a number word counts is one expression.
      if (t.kind === 'word' && FRACTIONS.has(t.lower) && NUMBER_WORDS.has(tokens[last].lower)) {
        last = n;
        continue;
      }
      // "half a million", "half a dozen", "half a century", "half an hour": half of a scale or a unit is one expression.
      if ((t.lower === 'a' || t.lower === 'an') && tokens[last].lower === 'half' && n + 1 < to && (SCALE_WORDS.has(tokens[n + 1].lower) || ONE_UNIT.has(tokens[n + 1].lower) || TIME_UNITS.has(tokens[n + 1].lower))) {
        last = n + 1;
        continue;
      }
      // "a quarter of a million": a fraction of a scale is one expression.
      if (t.lower === 'of' && FRACTIONS.has(tokens[last].lower) && (tokens[n + 1]?.lower === 'a' || tokens[n + 1]?.lower === 'an') && SCALE_WORDS.has(tokens[n + 2]?.lower ?? '')) {
        last = n + 2;
        continue;
      }
      // A ratio: "one in five", "one out of three", "4 in 10"; the word after "in" or "out of" at ratioAt.
      const ratioAt = t.lower === 'in' ? n + 1 : t.lower === 'out' && tokens[n + 1]?.lower === 'of' ? n + 2 : -1;
      if (ratioAt > 0) {
        // (The total is read where it stands: after "out of", two words on.)
        const total = tokens[ratioAt];
        const small = tokens[last].lower === 'one' || (UP_TO_TWO_DIGITS.test(tokens[last].text) && UP_TO_THREE_DIGITS.test(total?.text ?? '')) || ((NUMBER_WORDS.get(tokens[last].lower) ?? 99) <= 20 && (NUMBER_WORDS.has(total?.lower ?? '') || UP_TO_THREE_DIGITS.test(total?.text ?? '')));
        if (small && ratioAt < to && isCore(tokens, ratioAt)) {
          last = ratioAt;
          continue;
        }
        // ("one in every 10", "one out of every five": a count of up to 20 before "every".)
        if (tokens[ratioAt]?.lower === 'every' && ratioAt + 1 < to && isCore(tokens, ratioAt + 1) && ((NUMBER_WORDS.get(tokens[last].lower) ?? 99) <= 20 || UP_TO_TWO_DIGITS.test(tokens[last].text))) {
          last = ratioAt + 1;
          continue;
        }
      }
      if (isJoiner(tokens, n) && n + 1 < to) {
        const j = tokens[n + 1];
        const afterCurrency = CURRENCY_PREFIX.test(j.text) && n + 2 < to && isCore(tokens, n + 2) ? n + 2 : n + 1;
        if (!isCore(tokens, afterCurrency)) break;
        const joiner = t.lower;
        if (joiner === 'of') {
          // "tens of thousands", "hundreds of thousands"; "eight of 44", "three of four": a count out of a total.
          const outOf = last === i && (tokens[i].kind === 'number' || NUMBER_WORDS.has(tokens[i].lower)) && (tokens[afterCurrency].kind === 'number' || NUMBER_WORDS.has(tokens[afterCurrency].lower)) && !YEAR.test(tokens[afterCurrency].text) && afterCurrency === n + 1;
          if (!VAGUE_MAGNITUDES.has(tokens[last].lower) && !outOf) break;
          last = afterCurrency;
          continue;
        }
        if (joiner === 'and' && NUMBER_WORDS.has(tokens[last].lower) && (tokens[last].lower === 'hundred' || tokens[last].lower === 'thousand' || tokens[last].lower === 'million')) {
          last = afterCurrency;
          continue;
        }
        // (A list of number words, "two, three, four"; not an amount and the next clause's count: "$40 million, two
        // people familiar with the matter said".)
        if (joiner === ',' && (!(tokens[last].kind === 'word' && tokens[afterCurrency].kind === 'word') || SCALE_WORDS.has(tokens[last].lower))) break;
        // "from $362 million in 2014 to $557 million": a year after its preposition ends, the amount after "to"
        // belongs to the "from" before it ("in 2014 to 2016" stays one span of years).
        if (last === i && i > from && YEAR_PREPOSITIONS.has(tokens[i - 1].lower) && YEAR.test(tokens[i].text) && !YEAR.test(tokens[afterCurrency].text)) break;
        if (joiner === 'and' && tokens[qualifierStart(tokens, i, from)]?.lower !== 'between') break;
        // "awarded a record £2.3m to 148 local charities": a sum, then whom it went to, counted; not a range ("£2 to
        // £3", "$5 to 10 million").
        if (joiner === 'to' && afterCurrency === n + 1 && i > from && CURRENCY_PREFIX.test(tokens[i - 1].text) && countedAfterTo(tokens, n + 1, to)) break;
        connector = connector ?? { index: n, text: t.text };
        last = afterCurrency;
        continue;
      }
      break;
    }
    let first = i;
    if (first > from && CURRENCY_PREFIX.test(tokens[first - 1].text)) {
      first--;
      // (So do the letters of a dollar's country joined to its sign: "A$1.2 billion", "NZ$9 million", "HK$5".)
      if (first > from && tokens[first].text === '$' && DOLLAR_COUNTRIES.has(tokens[first - 1].text) && tokens[first - 1].end === tokens[first].start) first--;
    }
    const q = qualifierStart(tokens, first, from);
    const expression: NumberExpression = {
      start: tokens[q].start,
      end: tokens[last].end,
      first: q,
      last,
      qualifier: q === first ? '' : tokens.slice(q, first).map((t) => t.lower).join(' '),
      figure: i,
      connector,
    };
    if (!excluded(tokens, expression, from, to)) (found ??= []).push(expression);
    i = last + 1;
  }
  return found ?? NO_EXPRESSIONS;
}

const NO_EXPRESSIONS: NumberExpression[] = [];

/**
 * Units of a quantity written in several, largest first: "1 hour 12 minutes", "9 minutes 40 seconds", "4 feet 7
 * inches", "8 pounds 6 ounces". Each is its kind of measure times ten plus its rank within the kind.
 */
const COMPOUND_UNITS = new Map([
  ['hour', 13], ['hours', 13], ['minute', 12], ['minutes', 12], ['second', 11], ['seconds', 11],
  ['foot', 22], ['feet', 22], ['inch', 21], ['inches', 21],
  ['pound', 32], ['pounds', 32], ['ounce', 31], ['ounces', 31],
  ['meter', 42], ['meters', 42], ['metre', 42], ['metres', 42], ['centimeter', 41], ['centimeters', 41], ['centimetre', 41], ['centimetres', 41],
]);

/**
 * The last unit of a quantity in several units whose first unit is tokens[unit] ("minute" in "1 minute 12 seconds",
 * "feet" in "4 feet 7 inches"), each part a figure of one or two digits and a smaller unit of the same kind, joined by
 * nothing, a comma or "and"; -1 when only one unit stands there.
 */
function compoundQuantityEnd(tokens: Token[], unit: number, to: number): number {
  let rank = COMPOUND_UNITS.get(tokens[unit].lower) ?? 0;
  if (rank === 0) return -1;
  // The end after each part, and whether the parts so far were joined by a bare comma: a list of units joined by
  // commas ends with "and" ("3 hours, 4 minutes and 5 seconds"); "Within 24 hours, 45 minutes of footage" is two.
  let end = -1;
  let plainEnd = -1;
  let comma = false;
  let k = unit + 1;
  while (k < to) {
    const commaHere = tokens[k].text === ',';
    if (commaHere) k++;
    const andHere = tokens[k]?.lower === 'and';
    if (andHere) k++;
    if (k + 1 >= to || tokens[k].kind !== 'number' || !UP_TO_TWO_DIGITS.test(tokens[k].text)) break;
    const next = COMPOUND_UNITS.get(tokens[k + 1].lower) ?? 0;
    // A smaller unit of the same kind: the same tens, a lower unit digit.
    if (next === 0 || next >= rank || Math.floor(next / 10) !== Math.floor(rank / 10)) break;
    rank = next;
    if (commaHere && !andHere) comma = true;
    else if (andHere) comma = false;
    end = k + 1;
    if (!comma) plainEnd = end;
    k += 2;
  }
  return comma ? plainEnd : end;
}

/** The forms of "make" before "up" ("makes up 40 percent"). */
const MAKE_FORMS = new Set(['make', 'makes', 'made', 'making', 'take', 'takes', 'took', 'taken', 'taking', 'use', 'uses', 'used', 'using', 'eat', 'eats', 'ate', 'eaten', 'eating']);

/** Comparatives that "no" goes before in a qualifier ("no more than", "no fewer than", "no less than"). */
const NO_COMPARATIVES = new Set(['more', 'fewer', 'less', 'greater', 'higher', 'lower']);

/** Walks back over a figure's qualifiers ("more than", "about", "between", "an estimated", "a"). */
function qualifierStart(tokens: Token[], first: number, from: number): number {
  let q = first;
  while (q > from) {
    const w = tokens[q - 1].lower;
    if (w === 'a' || w === 'an') {
      const core = tokens[first].lower;
      if (!(SCALE_WORDS.has(core) || FRACTIONS.has(core) || tokens[q]?.lower === 'estimated')) break;
      // "about a fifth", "nearly a quarter of a million", "at least an estimated 40": the qualifiers before the
      // article go with it.
      q--;
      continue;
    }
    // ("several hundred people", "several thousand": the count of a scale word alone goes with it.)
    if (w === 'several' && q === first && SCALE_WORDS.has(tokens[first].lower)) {
      q--;
      continue;
    }
    // ("no more than 852,000", "no fewer than 85": the "no" that makes a floor a ceiling, or stresses one, goes with it.)
    if (w === 'no' && NO_COMPARATIVES.has(tokens[q]?.lower ?? '') && tokens[q + 1]?.lower === 'than') {
      q--;
      continue;
    }
    // ("lows of minus 6C", "minus 12 degrees": the sign of a temperature below zero goes with it.)
    if ((w === 'minus' || w === 'negative') && q === first && (TEMPERATURE.test(tokens[first].text) || tokens[first + 1]?.lower === 'degrees')) {
      q--;
      continue;
    }
    if (!QUALIFIERS.has(w)) break;
    if (w === 'to' && !['up', 'close'].includes(wordAt(tokens, q - 2))) break;
    // ("makes up between 5 and 20 percent", "make up about three quarters", "takes up 61 percent": a phrasal verb's
    // "up", no rise.)
    // (Not "up to": "take up to 12 weeks".)
    if (w === 'up' && MAKE_FORMS.has(wordAt(tokens, q - 2)) && tokens[q]?.lower !== 'to') break;
    if (w === 'of' && wordAt(tokens, q - 2) !== 'upwards') break;
    // "close to 40", "a close second" (not the verb: "would close 14 churches").
    if (w === 'close' && tokens[q]?.lower !== 'to' && !ORDINAL_WORDS.has(tokens[q]?.lower ?? '') && !ORDINAL.test(tokens[q]?.text ?? '')) break;
    // "at least 20", "at most 20" — but "stood at 4%", "at about 2,000": the preposition is no qualifier.
    if (w === 'at' && !['least', 'most'].includes(tokens[q]?.lower ?? '')) break;
    if (w === 'as' && !['many', 'much', 'few', 'high', 'low'].includes(tokens[q]?.lower ?? '')) break;
    q--;
  }
  return q;
}


/** Does a group of a telephone number with a leading zero stand before tokens[k] ("0800 214" before "6620")? */
function dialGroupBefore(tokens: Token[], k: number, from: number, to: number): boolean {
  for (let p = k - 1; p >= from && k - p <= 3; p--) {
    const t = tokens[p];
    if (t.kind !== 'number' || !ALL_DIGITS.test(t.text) || t.end + 1 !== tokens[p + 1].start) return false;
    if (leadingZeroGroup(t.text)) return dialGroups(tokens, p, from, to);
  }
  return false;
}

/** A group of three digits or more with a leading zero ("0800", "020"): how a telephone number starts. */
function leadingZeroGroup(digits: string): boolean {
  return digits.length >= 3 && digits.charCodeAt(0) === 48;
}

/**
 * Is the group at k, with its leading zero, the first of a telephone number: three groups or more, or a word of
 * calling before it ("the helpline on 0800 214 6620"; not "At 0600 300 troops crossed")?
 */
function dialGroups(tokens: Token[], k: number, from: number, to: number): boolean {
  let n = 1;
  while (k + n < to && n < 4 && tokens[k + n].kind === 'number' && ALL_DIGITS.test(tokens[k + n].text) && tokens[k + n - 1].end + 1 === tokens[k + n].start) n++;
  if (n >= 3) return true;
  const before = k - 1 >= from ? tokens[k - 1].lower : '';
  return n === 2 && (DIAL.has(before) || CALLING_WORDS.has(before));
}
/** Words before a number to call: "on", "helpline", "tel". */
const CALLING_WORDS = new Set(['on', 'helpline', 'hotline', 'tel', 'telephone', 'number', 'line', 'freephone']);

/** Nouns of the units a table's figures are given in ("in thousands of jobs"). */
const TABLE_UNITS = new Set(['dollars', 'euros', 'pounds', 'yen', 'yuan', 'rupees', 'francs', 'jobs', 'tonnes', 'tons', 'units', 'barrels', 'hectares', 'acres', 'people', 'persons', 'households', 'vehicles', 'passengers', 'visitors']);

/** Does a unit's noun phrase from k end a table's caption, within three words ("jobs:", "dollars)")? */
function unitEnds(tokens: Token[], k: number, to: number): boolean {
  for (let p = k; p < to && p - k <= 3; p++) {
    const t = tokens[p];
    if (t.text === ':' || t.text === ')') return true;
    if (t.kind !== 'word') return false;
  }
  return false;
}

/** Units of the calendar a date is some of away ("four weeks away"; "10 days away from Mars" is a journey). */
const DATE_UNITS = new Set(['week', 'weeks', 'month', 'months', 'year', 'years']);
/** Face values of banknotes, and the words for them ("a $100 bill", "$20 notes"). */
const BANKNOTE_VALUES = new Set(['1', '2', '5', '10', '20', '50', '100']);
/** Words for a banknote after its face value ("a $100 bill"; "a $100 bill for the meters" is a charge). */
const BANKNOTES = new Set(['bill', 'bills', 'note', 'notes', 'banknote', 'banknotes']);

/** Determiners before an age ("a 3 week-old baby", "his 10 day-old son"). */
const AGE_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my']);
/** A count of stars as one word ("four-star", "5-star"). */
const STARRED = /^(?:[a-z]+|\d)-star$/;
/** An age by its decade ("40-something", "thirty-something"). */
const DECADE_OF_AGE = /^(?:[1-9]0|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-?somethings?$/;
/** Officers whose rank is named by its stars (a hotel's stars are a rating, and count). */
const STAR_GRADED = new Set(['general', 'generals', 'admiral', 'admirals', 'officer', 'officers']);
/** Words after "general" that make it no officer ("the hotel's five-star general manager"). */
const NOT_GENERALS = new Set(['manager', 'managers', 'counsel', 'contractor', 'store', 'hospital']);

/** An adverb opening a sentence before a figure ("Fully 250", "Apparently 300"), by the list or by its ending. */
function openingAdverb(w: string): boolean {
  return OPENING_ADVERBS.has(w) || (w.length >= 7 && ADVERB_ENDING.test(w));
}
/** Endings of adverbs made from adjectives (not names in -ly: "Italy", "Sally", "Grizzly", "Assembly"). */
const ADVERB_ENDING = /(?:ally|ently|antly|ingly|edly|ously|ively|ately|fully|ibly|ably)$/;

/** Adverbs that open a sentence before a figure ("Fully 250 companies"), never a product's name. */
const OPENING_ADVERBS = new Set(['fully', 'easily', 'reportedly', 'supposedly', 'merely', 'barely', 'precisely', 'exactly', 'approximately', 'roughly', 'nearly', 'only', 'slightly', 'possibly', 'probably', 'currently', 'recently', 'initially', 'originally', 'previously', 'additionally', 'collectively', 'altogether', 'officially', 'globally', 'nationally', 'nationwide']);

/** Words after a grade that make it a threshold ("category 3 or above"). */
const THRESHOLD_AFTER = new Set(['above', 'higher', 'greater', 'stronger', 'more', 'below', 'lower', 'weaker', 'less']);
/** Words before a threshold that make it a class ("classified as category 3 or above", "storms of category 3 or higher"). */
const CLASSED_AS = new Set(['as', 'of', 'rated']);
/** What a class is given ("the cut-off for a category 4 hurricane", "the threshold for Category 5 hurricanes"). */
const CLASS_LIMITS = new Set(['cut-off', 'cutoff', 'threshold', 'thresholds', 'criterion', 'criteria', 'definition', 'requirement', 'requirements', 'minimum', 'standard']);
/** What follows "is" in a definition of a class named with "a" ("A Category 5 hurricane is a form of …"). */
const DEFINING_AFTER_IS = new Set(['a', 'an', 'defined', 'considered', 'one', 'classified']);
/** Verbs of a rule every member of a class is held to ("a category 3 hurricane must sustain winds of …"). */
const RULE_VERBS = new Set(['must', 'means', 'requires']);

/**
 * Is the grade after the scale's word at e.first - 1 a class named in general (see `excluded`), not one said of a
 * storm or a quake ("A Category 4 hurricane is bearing down on Florida", "the city is bracing for a Category 4
 * storm", "could reach Category 4 or higher")?
 */
function scaleClass(tokens: Token[], e: NumberExpression, from: number, to: number): boolean {
  const scale = e.first - 1;
  const after = e.last + 1 < to ? tokens[e.last + 1] : undefined;
  if (after?.lower === 'or' && THRESHOLD_AFTER.has(tokens[e.last + 2]?.lower ?? '') && scale - 1 >= from && CLASSED_AS.has(tokens[scale - 1].lower)) return true;
  // "the cut-off for (a) category 4 hurricane(s)".
  const article = scale - 1 >= from && tokens[scale - 1].lower === 'a' ? scale - 1 : scale;
  if (article - 2 >= from && tokens[article - 1].lower === 'for' && CLASS_LIMITS.has(tokens[article - 2].lower)) return true;
  // "A Category 5 hurricane is a form of tropical cyclone", "…, a category 3 hurricane must sustain winds of …": the
  // class with "a" opening the sentence or a clause, and a definition or a rule of it.
  if (article === scale || !(article === from || tokens[article - 1].text === ',')) return false;
  const noun = after !== undefined && after.kind === 'word' && !after.capitalized ? after : undefined;
  const verb = noun ? tokens[e.last + 2] : undefined;
  if (verb === undefined) return false;
  return RULE_VERBS.has(verb.lower) || (verb.lower === 'is' && DEFINING_AFTER_IS.has(tokens[e.last + 3]?.lower ?? ''));
}

/** Patterns excluded reads at every figure, made once (a pattern written in a function is a new object each time). */
const YEARS_OR_MONTHS_OLD = /^(?:year|month)s?-old$/;
const WEEKS_OR_DAYS_OLD = /^(?:week|day)s?-old$/;
const YEARS_COMPOUND = /^\d+-year$/;
const RANKED_COMPOUND_END = /-(?:largest|biggest|most|highest|lowest|best|worst|smallest)/;
const DECADE = /^\d+s$/;
const SHORT_DECADE = /^'\d+s$/;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/;
const NUMBER_THEN_CAPITAL = /^\d+-\p{Lu}/u;
const ORDINAL_ENDING = /(?:th|first|second|third)$/;
/** Nouns in "-th" after a number and a hyphen that are no ordinal: "a two-month delay", "a three-length win". */
const NOT_ORDINAL_TH = /-(?:months?|lengths?|widths?|depths?|strength|growth|health|truth|youth|north|south|mouth|earth|booths?|tooth|bath|path|breadth|birth|cloth|wealth)$/;
const TWO_DIGITS = /^\d{2}$/;
const CENTURY_YEAR = /^(1\d|20)\d\d$/;
const PEOPLE_ENDING = /(?:s|people|men|women|children|troops)$/;
const PLURAL_PEOPLE_ENDING = /[a-z][^s']s$|people$|children$|men$/;
const YEAR_WORD = /^years?$/;
const CLOCK_HOUR = /^\d{1,2}(?::\d\d)?$/;
const ONE_LETTER = /^[a-z]$/i;
const THREE_OR_FOUR_DIGITS = /^\d{3,4}$/;
const UP_TO_FOUR_DIGITS = /^\d{1,4}$/;
const PAST_FORM = /[a-z]ed$/;
const SINGULAR_PRONOUN = /^(?:he|she|i)$/;
const SCHOOL_YEAR = /^(?:junior|senior)$/;
const FROM_WORDS = /^(?:up |down )?from$/;
const ING_FORM = /[a-z]{3}ing$/;

/** Decides whether an expression is a date, year, time, age, ordinal, identifier or pronoun "one". */
function excluded(tokens: Token[], e: NumberExpression, from: number, to: number): boolean {
  const core = tokens[e.figure];
  const prev = e.first > from ? tokens[e.first - 1] : undefined;
  const prev2 = e.first - 1 > from ? tokens[e.first - 2] : undefined;
  const next = e.last + 1 < to ? tokens[e.last + 1] : undefined;
  const next2 = e.last + 2 < to ? tokens[e.last + 2] : undefined;
  const single = e.figure === e.last && e.first === e.figure;
  const text = core.text;

  // Terms made with "zero": "net zero", "zero emission vehicles", "zero tolerance", "ground zero".
  // (Not a count of what the term qualifies: "zero emission violations", "zero carbon monoxide deaths".)
  if (text.toLowerCase() === 'zero' && single && ((prev !== undefined && ZERO_BEFORE.has(prev.lower)) || (next !== undefined && ZERO_TERMS.has(next.lower) && !COUNTED_AFTER_ZERO.test(tokens[e.last + 2]?.lower ?? '') && !COUNTED_AFTER_ZERO.test(tokens[e.last + 3]?.lower ?? '')))) return true;
  // An age written with a space before its hyphened unit: "his 25 year-old son", "a 3 month-old baby".
  // (Weeks and days only after a determiner, "a 3 week-old baby": "5,000 day-old chicks" counts things that young.)
  if (single && next !== undefined && next.start > core.end && (YEARS_OR_MONTHS_OLD.test(next.lower) || (WEEKS_OR_DAYS_OLD.test(next.lower) && AGE_DETERMINERS.has(prev?.lower ?? '')))) return true;
  // A rank named by its stars: "a retired four-star general", "the 3-star admiral".
  // (And before the rank's abbreviation: "five-star Gen. Dwight Eisenhower".)
  if (single && STARRED.test(core.lower) && (STAR_GRADED.has(next?.lower ?? '') || next?.text === 'Gen' || next?.text === 'Adm') && !(next?.lower === 'general' && NOT_GENERALS.has(next2?.lower ?? ''))) return true;
  // An age by its decade: "her own 40-something nominee", "a thirty-something founder".
  if (single && DECADE_OF_AGE.test(core.lower)) return true;
  // A grade of a scale named as a class, not said of anything: "classified as category 3 or above", "A Category 5
  // hurricane is a form of tropical cyclone", "the cut-off for a category 4 hurricane" (not "Dorian became a Category
  // 5 hurricane", "reached Category 5").
  if (single && prev !== undefined && SCALE_NAMES.has(prev.lower) && scaleClass(tokens, e, from, to)) return true;
  // "of two minds": undecided, no count.
  if (single && core.lower === 'two' && prev?.lower === 'of' && next?.lower === 'minds') return true;
  // "only half the story", "half the battle": a part of something said, no share of anything counted.
  // (Not a noun the phrase modifies: "half the story budget".)
  if (e.figure === e.last && core.lower === 'half' && next?.lower === 'the' && (next2?.lower === 'story' || next2?.lower === 'battle') && afterIdiom(tokens[e.last + 3])) return true;
  // "a giant $100 bill", "a $20 note": a banknote, named by its face value.
  if (e.figure === e.last && e.first === e.figure - 1 && CURRENCY_PREFIX.test(tokens[e.first].text) && BANKNOTE_VALUES.has(text) && BANKNOTES.has(next?.lower ?? '') && next2?.lower !== 'for' && next2?.lower !== 'of') return true;
  // "With voters four weeks away from …": how far off a date is, as "next month" says it (not a journey, "a mere 30
  // minutes away").
  if (single && next2?.lower === 'away' && DATE_UNITS.has(next?.lower ?? '')) return true;
  // A count of what the text goes on to list: "Here are three reasons the …", "There are two primary reasons …"
  // (claims-spec: list markers).
  if (e.first === e.figure && listCount(tokens, e, from)) return true;
  // Identifiers and codes: COVID-19, G7, MH17, 737-800, 1990s, 21st.
  if (core.kind === 'alnum') {
    // A firearm's calibre or gauge: "a 9mm pistol", "a .45-caliber revolver", "a 12-gauge shotgun".
    if (CALIBRE.test(core.lower) && FIREARMS.has(next?.lower ?? '')) return true;
    // A security named by its term: "the yield on the 10-year note", "30-year Treasury bonds", "a 30-year fixed
    // mortgage" (a kind of thing, as "Boeing 737" is, not a figure).
    if (YEARS_COMPOUND.test(core.lower) && next && (SECURITIES.has(next.lower) || (SECURITY_MODIFIERS.has(next.lower) && SECURITIES.has(next2?.lower ?? '')))) return true;
    const parts = core.lower.split('-');
    if (ORDINAL.test(core.text)) return !RANK_BEFORE.has(prev?.lower ?? '') && !RANKED_COMPOUND_END.test(tokens[e.figure + 1]?.lower ?? '') && !standingAt(tokens, e.figure) && !placeByWhatFollows(tokens, e.figure);
    if (DECADE.test(core.lower) || SHORT_DECADE.test(core.lower)) return true; // decades
    if (parts.length >= 2 && DIGITS.test(parts[0])) {
      const unit = parts.slice(1).join('-');
      // (Not the age of a building or a thing, a measurement: "the club's 71-year-old home".)
      if (AGE_COMPOUND.test(unit)) return !agedThing(next, next2);
      if (TIME_UNITS.has(parts[1]) && timeCompoundRefers(next, next2)) return true;
      if (MADE_WITH.test(unit)) return true;
      if (ORDINAL_SUFFIX.test(parts[1] ?? '')) return true;
      // A capitalised word after the hyphen makes a name: "the 5-Star Movement", "7-Eleven" (not "5-star hotels").
      // (Not a measure in a title's capitals: "a 100-Day Review", "2-Time Champion".)
      if (NUMBER_THEN_CAPITAL.test(core.text) && (next === undefined || next.capitalized || next.kind === 'punct')) {
        const singular = unit.replace(/s$/, '');
        if (!TIME_UNITS.has(unit) && !TIME_UNITS.has(singular) && !TITLE_MEASURES.has(singular)) return true;
      }
      // A measure in more words ("a 1.4-square-mile city", "a 10-foot-tall wall") or a vote ("a 5-to-4 decision").
      // (Not the hours of a working day or a shop's, "a 9-to-5 job", "open 9-to-5", nor an age bracket, "ages 5-to-11".)
      return !MEASURE_UNIT.test(unit) && !(VOTE_TAIL.test(unit) && !WORKING_DAY.has(next?.lower ?? '') && !AGE_BEFORE.has(prev?.lower ?? '') && !OPEN_HOURS.has(prev?.lower ?? ''));
    }
    // A temperature written with its scale's capital: "reached 46.2C", "highs of 104F", "warming of 1.5C" (not a
    // code of the same shape: "the 48C tax credit", "Section 48C", "the 3C visa restriction", "recipients of 48C
    // Advanced Energy Projects credits", nor an office: "led the practice at 18F").
    // (Or before what a temperature sets: "the 44C limit", "the 1.5C target".)
    if (TEMPERATURE.test(core.text)) return (!TEMPERATURE_LEADS.has((e.first < e.figure && BELOW_ZERO.has(tokens[e.figure - 1].lower) ? tokens[e.figure - 2] : prev)?.lower ?? '') && !TEMPERATURE_SETS.has(next?.lower ?? '')) || (next !== undefined && next.kind === 'word' && next.capitalized);
    // 5km, 10m, 1.5bn: a figure with its unit; anything else with letters is a code.
    // (And pence: "55p", "4.5p", not a video's lines, "480p", "720p".)
    // (Nor one of a name or a numbering: "section 12p", "Form 20p".)
    if (PENCE.test(core.text)) return core.text === '480p' || core.text === '720p' || prev?.text === ':' || IDENTIFIER_NOUNS.has(prev?.lower ?? '') || (prev !== undefined && prev.kind === 'word' && prev.capitalized && e.first === e.figure);
    // (Grams and millilitres in lower case only: "from 90g to 80g", "a 330ml can"; "5G" is a network.)
    return !/^\d[\d,.]*(?:km|kg|mm|cm|m|mi|ft|lb|lbs|bn|mn|k|t|mph|kph|km\/h|gw|mw|kw|x|%|million|billion|trillion|thousand)$/i.test(core.text) && !SMALL_MEASURE.test(core.text);
  }

  // A range of years: "from 2008 to 2016"; a season or fiscal year written with a dash, "the 2016–17 fiscal year" (as
  // "2016-17", one token, is below).
  if (e.figure !== e.last && isYearToken(core) && (isYearToken(tokens[e.last]) || yearEnding(tokens, e.figure, e.last)) && !(next && COUNT_NOUNS.has(next.lower))) return true;
  // (Its end read alone after a year a preposition took: "in 2016–17".)
  if (e.figure === e.last && e.figure - 2 >= from && isYearToken(tokens[e.figure - 2]) && yearEnding(tokens, e.figure - 2, e.figure)) return true;
  // Sequence, not quantity: "the first two", "the last three" (not the verb: "expected to last two weeks").
  // (A set counted, not a time: "13 of the past 19 contests", "each of the last 10 polls", "three of the last 10"; and
  // what is left of one: "the remaining 112 churches", "the remaining nine".)
  // (Not a sum: "will match the first $250 of deposits".)
  // (Nor "past" as beyond, after a verb of rising or its object, as after any word but an article, an owner or a word
  // of time: "its population climbed past 190 animals", "pushed the index past 200".)
  if (prev && SEQUENCE_WORDS.has(prev.lower) && !CURRENCY_PREFIX.test(tokens[e.figure - 1]?.text ?? '') && !(prev.lower === 'last' && LAST_AS_VERB.has(prev2?.lower ?? '')) && !(prev.lower === 'past' && prev2 !== undefined && prev2.kind === 'word' && !DETERMINERS.has(prev2.lower) && !BEFORE_THE_PAST.has(prev2.lower)) && !countedSet(tokens, e, from) && !(LEFT_OVER.has(prev.lower) && core.kind === 'number' && countedAfter(tokens, e.last)) && !leftOfASet(prev, tokens[e.last + 1], core)) return true;
  // Fractions, dates and codes written with a slash: "9/11", "24/7".
  if (tokens[e.figure + 1]?.text === '/' || prev?.text === '/') return true;
  // A proclamation's date in words: "in the year of our Lord two thousand twenty-four, and of the Independence of
  // the United States of America the two hundred and forty-ninth" (an ordinal in words is a place, not a count).
  if (core.kind === 'word' && ourLordBefore(tokens, e.first, from)) return true;
  if (core.kind === 'word' && tokens[e.last].lower.includes('-') && ORDINAL_ENDING.test(tokens[e.last].lower) && !NOT_ORDINAL_TH.test(tokens[e.last].lower) && !FRACTION_COMPOUND.test(tokens[e.last].lower) && !RANK_BEFORE.has(prev?.lower ?? '')) return true;

  if (core.kind === 'number') {
    // Most figures have no hyphen: they are not split.
    const parts = text.indexOf('-') === -1 ? null : text.split('-');
    if (parts !== null && parts.length > 1) {
      if (parts.every((p) => FOUR_DIGITS.test(p) || TWO_DIGITS.test(p)) && CENTURY_YEAR.test(parts[0])) return true; // 2019-20
      if (parts.some((p) => !DIGITS.test(p))) return true;
    }
    if (VERSION_NUMBER.test(text)) return true; // version numbers
    // Telephone numbers: "555-0143", "1-800-555-0199"; not a range of money or of a count ("$800-1200 a month",
    // "300-1200 workers").
    if (PHONE_NUMBER.test(text) && !CURRENCY_PREFIX.test(tokens[e.figure - 1]?.text ?? '') && !(next && (COUNT_NOUNS.has(next.lower) || UNITS.has(next.lower) || next.text === '%'))) return true;
    // A time of day: 5:30, 10 a.m.
    if (tokens[e.figure + 1]?.text === ':' && DIGIT_FIRST.test(tokens[e.figure + 2]?.text ?? '') && e.last === e.figure) return true;
    if (prev?.text === ':' && DIGIT_FIRST.test(prev2?.text ?? '')) return true;
    if (TIME_ZONES.has(next?.lower ?? '')) return true;
    // Years.
    if (single && FOUR_DIGITS.test(text)) {
      const year = Number(text);
      if (year >= 1000 && year <= 2100) {
        const countNext = next && ((COUNT_NOUNS.has(next.lower) && PEOPLE_ENDING.test(next.lower)) || next.text === '%');
        const dateBefore = prev && (YEAR_BEFORE.has(prev.lower) || MONTHS.has(prev.lower) || prev.text === ',');
        // A four-digit count counts what follows it ("approved 1500 new homes", "hired 1100 nurses", "Another 1987
        // were turned away"); a year names a time, often as a modifier after an article ("the 2019 season").
        // (So after an owner, a year of our times that is no round hundred: "The city's 2025 financial statements".)
        const owned = prev !== undefined && OWNER_BEFORE.test(prev.text) && year >= 1900 && year <= 2035 && year % 100 !== 0;
        const modifier = (prev !== undefined && YEAR_DETERMINERS.has(prev.lower)) || owned || YEAR_NOUNS.has(next?.lower ?? '') || prev?.lower === 'above' || prev?.lower === 'below';
        // ("2016 was the year of the outsider", "2020 has been hard": a verb after the year that opens the sentence,
        // not a plural it counts; "scored 1200 marks" counts.)
        const plural = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && !t.capitalized && PLURAL_PEOPLE_ENDING.test(t.lower);
        // (A year of our times, no round hundred, before a plural of events or words names those of that year: "the
        // 2001 attacks", "contradict 2013 comments", "ambitious 2030 targets"; not "served 2000 students", "counted 1999
        // households".)
        const eventsOfYear = year >= 1900 && year <= 2035 && year % 100 !== 0 && next !== undefined && YEAR_EVENTS.has(next.lower);
        const counted = !dateBefore && !modifier && ((plural(next) && !yearAsSubject(prev, next) && !eventsOfYear) || (next?.kind === 'word' && !next.capitalized && plural(next2)) || (prev?.lower === 'another' && ['were', 'are', 'have', 'had'].includes(next?.lower ?? '')));
        if (!counted && (dateBefore || !countNext || eventsOfYear)) return true;
      }
    }
    // A year behind a qualifier that is a preposition of time: "from 1968", "since at least 1990", "up to 2015".
    if (e.figure === e.last && e.first < e.figure && FOUR_DIGITS.test(text) && Number(text) >= 1000 && Number(text) <= 2100) {
      const words = e.qualifier.split(' ');
      // A year stands alone or before a function word; a count goes on to what it counts ("about 5000 U.S. troops").
      // Behind an approximation ("about", "up to") a four-digit figure is a year only after a word of time ("since at
      // least 1990", "for several years up to 2015"); "put the crowd at about 2000" counts.
      const timeBefore = prev !== undefined && (YEAR_BEFORE.has(prev.lower) && !APPROXIMATIONS.has(prev.lower) || YEAR_WORD.test(prev.lower));
      // "founded around 1850" is a date; "fell to around 1800", "at about 2000" are amounts.
      const roughDate = (words[0] === 'around' || words[0] === 'about' || words[0] === 'circa') && !(prev && AMOUNT_BEFORE.has(prev.lower));
      const timeQualifier = (YEAR_BEFORE.has(words[0]) && !APPROXIMATIONS.has(words[0])) || roughDate;
      if ((timeQualifier || timeBefore) && (!next || (next.kind === 'punct' && next.text !== '%') || YEAR_FOLLOWERS.has(next.lower))) return true;
    }
    // Dates: "January 5", "5 January", "Jan. 5", "the 5th of".
    // (Not a figure that could be no day, whose qualifier follows the month: "slowed to 2.9% in February from 3.4% in
    // January"; "runs in June from 12 to 14" is days.)
    if (monthEndsAt(tokens, e.first - 1, from) && (e.first === e.figure || (ALL_DIGITS.test(text) && Number(text) <= 31))) return true;
    if (next && MONTHS.has(next.lower) && next.capitalized && Number(text) <= 31) return true;
    // "on Monday", "Monday at 5": a day or a time of day; "closed Thursday at $38.17" is a price.
    const day = prev?.lower === 'at' ? prev2 : prev;
    if (day && WEEKDAYS.has(day.lower) && (e.first === e.figure || (CLOCK_HOUR.test(text) && !CURRENCY_PREFIX.test(tokens[e.figure - 1]?.text ?? '')))) return true;
    // The second of a pair or the rest of a list: "on March 4 and 5", "Feb. 3 and 10", "Routes 12, 22 and 40", "grades 4
    // and 5", "Flights 302 and 418".
    if (single && ALL_DIGITS.test(text)) {
      const head = listHead(tokens, e.first, from);
      const before = head > from ? tokens[head - 1] : undefined;
      if (before && (monthEndsAt(tokens, head - 1, from) || IDENTIFIER_NOUNS.has(before.lower) || IDENTIFIER_NOUNS.has(before.lower.replace(/s$/, '')) || (before.capitalized && NAMED_BY_NUMBER.has(before.lower.replace(/s$/, ''))))) return true;
    }
    // Identifiers: "No. 3", "#3", "Route 66", "page 5", "Boeing 737", an address "1600 Pennsylvania Avenue".
    if (prev?.text === '#' || prev?.text === '\u00a7') return true; // "#3", "18 U.S.C. § 116"
    // The noun stands right before the figure: "put the figure at 48 percent", "scored the bill at $46 million" count.
    // (Not the verb a noun of them also is: "pledged to build 5,000 housing units", "will release 300 prisoners".)
    if (prev && e.first === e.figure && (IDENTIFIER_NOUNS.has(prev.lower) || IDENTIFIER_NOUNS.has(prev.lower + '.')) && !verbBefore(tokens, e.first - 1)) return true;
    // A plural before a list of them: "grades 4 and 5", "pages 12, 14 and 19".
    if (prev && e.first === e.figure && IDENTIFIER_NOUNS.has(withoutFinalS(prev.lower)) && next && (next.lower === 'and' || next.lower === 'or' || next.text === ',') && ALL_DIGITS.test(next2?.text ?? '')) return true;
    // "No. 3" is an identifier, but a ranking after a verb of rank ("ranked No. 14", "climbed to No. 2") is a claim.
    if (prev?.text === '.' && prev2?.lower === 'no') return !rankedAt(tokens, e.first - 3, from);
    // Bills, orders and codes: "S. 3998", "H.R. 6843", "E.O. 13405", "5 U.S.C. 5303(b)".
    if (prev?.text === '.' && prev2 && (prev2.text === 'S' || prev2.text === 'H.R' || prev2.text === 'U.S.C' || prev2.text === 'H.J.Res' || prev2.text === 'S.J.Res' || prev2.text === 'E.O')) return true;
    if (next && (next.text === 'U.S.C' || next.text === 'C.F.R') && tokens[e.last + 2]?.text === '.') return true;
    // (A version after a product's name in mixed case: "the CrispPro 5.5", "iPhone 15".)
    // (Not an adverb that opens the sentence: "Fully 250 companies have opened offices".)
    // (Nor one side of a tally, "81 delegates to Rubio's 17", "Clinton's 1,200 to Sanders' 800": a possessive's figure.)
    if (single && prev && prev.capitalized && prev.kind === 'word' && !SENTENCE_STARTERS.has(prev.text) && !tallySide(tokens, e, from) && !MONTHS.has(prev.lower) && !SCALE_NAMES.has(prev.lower) && !(e.first - 1 === from && openingAdverb(prev.lower)) && (ALL_DIGITS.test(text) || (DECIMAL_VERSION.test(text) && MIXED_CASE.test(prev.text))) && !(next && (COUNT_NOUNS.has(next.lower) || UNITS.has(next.lower) || next.text === '%' || next.lower === 'times'))) return true;
    // "401(k)": a code with a letter in brackets.
    if (next?.text === '(' && ONE_LETTER.test(tokens[e.last + 2]?.text ?? '') && tokens[e.last + 3]?.text === ')') return true;
    // A number written in groups with a leading zero: "the helpline on 0800 214 6620", "020 7946 0000".
    if (single && ALL_DIGITS.test(text) && ((leadingZeroGroup(text) && dialGroups(tokens, e.first, from, to)) || dialGroupBefore(tokens, e.first, from, to))) return true;
    // A number to call: "phoned 911", "Several 911 callers"; "contact police on 101", "call 111 if …", "dial 999 or …"
    // with nothing counted after it (not "call 40 witnesses").
    if (prev && DIAL.has(prev.lower) && THREE_OR_FOUR_DIGITS.test(text)) return true;
    if (EMERGENCY_NUMBER.test(text) && next && EMERGENCY_SERVICE.test(next.lower)) return true;
    // A station's frequency: "broadcasts on 106.3 FM", "1010 AM", "88.1 MHz".
    if (single && next && FREQUENCY_BANDS.has(next.text)) return true;
    if (single && (RING_LEADS.has(prev?.lower ?? '') || (prev?.lower === 'on' && (RING_LEADS.has(prev2?.lower ?? '') || RING_LEADS.has(wordAt(tokens, e.first - 3))))) && (next === undefined || next.kind === 'punct' || AFTER_DIALLED.has(next.lower))) return true;
    // Court citations: "603 U.S. 369 (2024)".
    const reporterAfter = next && tokens[e.last + 2]?.text === '.' ? 3 : 2;
    if (next && REPORTERS.test(next.text + (reporterAfter === 3 ? '.' : '')) && tokens[e.last + reporterAfter]?.kind === 'number') return true;
    if (prev && (REPORTERS.test(prev.text) || (prev.text === '.' && prev2 && REPORTERS.test(`${prev2.text}.`))) && tokens[e.first - (prev.text === '.' ? 3 : 2)]?.kind === 'number') return true;
    // Addresses: "at 619 Waddell Avenue", "36 Quai des Orfèvres".
    if (e.figure === e.last && next?.capitalized && next2 && (STREET_WORDS.has(next2.lower) || STREET_NAMES.has(next.lower)) && ALL_DIGITS.test(text)) return true;
    // A list marker Markdown did not take ("1.\u00a0**Partnerships**", "3\. Separately", "**2. Erie County …**"): a
    // number of up to 50 and a full stop opening a paragraph, then a space or nothing.
    if (single && e.first === 0 && next?.text === '.' && (next2 === undefined || next2.start > next.end) && ALL_DIGITS.test(text) && Number(text) <= 50) return true;
    // List markers: "(1)", "1)", "— 2)" (not a figure after its qualifier: "£5 (up from £4.20)").
    if (e.first === e.figure && e.figure === e.last && next?.text === ')' && (!prev || prev.text === '(' || prev.text === '\u2014' || prev.text === ':' || prev.text === ';' || prev.lower === 'and' || prev.lower === 'or') && Number(text) <= 20) return true;
    // A conversion repeats the figure before it: "120 miles (195 km)".
    if (e.first === e.figure && prev?.text === '(' && prev2 && MEASURE_UNITS.test(prev2.text) && next && MEASURE_UNITS.test(next.text)) return true;
    // A route or line named by its number at the start of a cell: "22 Crosstown".
    if (single && e.first === from && next?.capitalized && next.kind === 'word' && !UNITS.has(next.lower) && !COUNT_NOUNS.has(next.lower) && UP_TO_FOUR_DIGITS.test(text) && to - from <= 4) return true;
    // The base of a rate: "four deaths per 100,000", "5 incidents for every 1,000 residents" (after a figure).
    if (prev?.lower === 'per') return true;
    if (prev?.lower === 'every' && prev2?.lower === 'for' && figureBefore(tokens, e.first - 2, from)) return true;
    // An hour beside a part of the day: "eats at the counter most mornings at 5", "opens at 6 every morning", "wakes
    // at 4 each day" (not a value a thing stood at: "The index closed at 9 on Monday morning").
    if (single && prev?.lower === 'at' && UP_TO_TWO_DIGITS.test(text) && Number(text) >= 1 && Number(text) <= 12 && !VALUE_VERBS.has(prev2?.lower ?? '') && hourOfDay(tokens, e, from)) return true;
    if (single && next?.capitalized && next2 && STREET_WORDS.has(next2.lower) && ALL_DIGITS.test(text)) return true;
    // A model or product: "the 737 Max" (a capitalised plural is counted: "20 Republicans"; so are people or things
    // a name describes: "the 95 Republican delegates", "the 168 Republican National Committee members").
    if (single && next?.capitalized && next.kind === 'word' && !ENDS_WITH_S.test(next.text) && !MONTHS.has(next.lower) && ALL_DIGITS.test(text) && prev?.lower === 'the' && !namesBeforePlural(tokens, e.last + 1, to)) return true;
  }

  // ("24 hours a day, seven days a week": how long something is open, a set phrase.)
  if (e.first === e.figure && e.figure + 3 < to && tokens[e.figure + 2].lower === 'a' && ((text === '24' && tokens[e.figure + 1].lower === 'hours' && tokens[e.figure + 3].lower === 'day') || ((core.lower === '7' || core.lower === 'seven') && tokens[e.figure + 1].lower === 'days' && tokens[e.figure + 3].lower === 'week'))) return true;
  if (core.kind === 'word') {
    const w = core.lower;
    // "(in thousands)", "(millions)": the unit of a table's figures, not a figure.
    if (single && VAGUE_MAGNITUDES.has(w) && (prev?.lower === 'in' || prev?.text === '(') && (next === undefined || next.text === ')')) return true;
    // "…, in thousands of jobs:": the unit set off after a comma.
    if (single && VAGUE_MAGNITUDES.has(w) && prev?.lower === 'in' && (prev2?.text === ',' || prev2?.text === '(') && next?.lower === 'of' && TABLE_UNITS.has(tokens[e.last + 2]?.lower ?? '') && unitEnds(tokens, e.last + 2, to)) return true;
    // A capitalised number word inside a sentence belongs to a name ("Air Force One", "Group of Seven").
    // (Not after a dateline's dash, where the story's first sentence opens: "LUNDEN — Hundreds of tractors rolled".)
    // (Nor after a colon, where a clause may open with a capital: "The result: Nine out of 10 patients improved",
    // "Think about that: Millions of children"; not a label, a title or a transcript's speaker: see clauseAfterColon.)
    if (core.capitalized && e.figure > from && !(prev && (prev.text === '"' || prev.text === '\u201c' || prev.text === '(' || (prev.text === ':' && clauseAfterColon(tokens, e, from)) || (DASHES.has(prev.text) && datelineBefore(tokens, from, e.first - 1) && (next === undefined || !next.capitalized))))) return true;
    // A count already given, referred back to: "the two blasts", "these three". (From four after "the", a count the
    // draft has not given yet is one: "the four main mobile operators"; the analysis drops it when it was given.)
    // (Not one with no noun after it, "one of the four who voted against".)
    const counts = NUMBER_WORDS.get(w) ?? 99;
    if (prev && ['the', 'these', 'those'].includes(prev.lower) && counts <= 10 && single && !(prev.lower === 'the' && counts >= 4 && next?.kind === 'word' && !COUNT_ENDS.has(next.lower))) return true;
    // "home to three lions: Rambo, Katryn and Nakita": a count the list after it gives.
    // (Not a toll: "The blast killed three soldiers: Sgt. Smith, Cpl. Jones and Pvt. Brown" is the blast's.)
    const listed = single ? NUMBER_WORDS.get(w) ?? 0 : 0;
    if (listed >= 2 && listed <= 10 && !(prev !== undefined && TOLL_VERBS.has(prev.lower)) && listOfCount(tokens, e.last + 1, to) === listed) return true;
    // The parties to a relation, referred back to: "our two countries", "their three nations".
    if (prev && (prev.lower === 'our' || prev.lower === 'their') && (NUMBER_WORDS.get(w) ?? 99) <= 5 && single && next !== undefined && PARTIES.has(next.lower)) return true;
    // Set phrases: "a two-state solution", "a four-year degree".
    if (w === 'two-state') return true;
    if ((w === 'two-year' || w === 'four-year') && next !== undefined && KINDS_OF_SCHOOL.has(next.lower)) return true;
    // "type two diabetes", "phase three": a name given by a number.
    if (prev && NAMED_BY_NUMBER.has(prev.lower) && single && NUMBER_WORDS.has(w)) return true;
    // "a family of four": a hypothetical household, not a count.
    if (prev?.lower === 'of' && prev2?.lower === 'family') return true;
    // A time of day in words: "ten past four", "a quarter to nine", "twenty past midnight".
    if (single && next?.lower === 'past' && HOURS.has(next2?.lower ?? '')) return true;
    if (single && HOURS.has(w) && ((prev?.lower === 'past' && PAST_THE_HOUR.has(prev2?.lower ?? '')) || (prev?.lower === 'to' && prev2?.lower === 'quarter'))) return true;
    // "a year or two later", "a day or two ago": when, not how long.
    // ("for a month or two after surgery" is how long.)
    if (single && prev?.lower === 'or' && prev2 !== undefined && TIME_UNITS.has(prev2.lower) && next !== undefined && TIME_REFERENCE_AFTER.has(next.lower) && wordAt(tokens, e.first - 4) !== 'for') return true;
    if (w === 'one' && e.figure === e.last) {
      const n = next?.lower ?? '';
      // "One man sprayed Khan", "One resident told": an article opening a clause, not a count.
      // Only when a source or an appositive follows: "One child was" still counts a victim.
      // (also after a quote: ""…," one woman said")
      const opensClause = e.first === from || prev?.text === ';' || prev?.text === ',' || prev?.text === '\u2014' || prev?.text === '\u201d' || prev?.text === '"';
      const after = tokens[e.last + 2];
      // ("One member of the group, who spoke on condition of anonymity, said": past whose member, to the comma.)
      if (opensClause && ONE_COUNTED.has(n) && !ENDS_WITH_S.test(n) && after !== undefined && (after.text === ',' || (after.lower === 'of' && commaAfterWhose(tokens, e.last + 3, to)) || CUE_WORDS.has(after.lower) || speaksAfter(tokens, e.last + 2, to))) return true;
      // "one man sprayed Khan with a fire extinguisher", "One woman at the Grandview stop held a sign": one of those
      // present doing something, not a count (not "One man died", "One child was found").
      if (opensClause && PEOPLE_COUNTED.has(n) && actsNext(tokens, e.last + 2, to)) return true;
      // ""…," said one woman.": the speaker after her verb, nothing after her ("said one woman was hurt" counts).
      // (Only after a quote: "Health officials noted one death." counts.)
      const beforeVerb = e.first - 2 >= from ? tokens[e.first - 2] : undefined;
      if (prev !== undefined && (prev.lower === 'said' || prev.lower === 'says') && beforeVerb !== undefined && (beforeVerb.text === ',' || beforeVerb.text === '\u201d' || beforeVerb.text === '"') && PEOPLE_COUNTED.has(n) && (after === undefined || after.kind === 'punct')) return true;
      // "by one count", "by one estimate": whose reckoning, not a count.
      if (prev?.lower === 'by' && RECKONINGS.has(n)) return true;
      // "killed one and injured eight": a count of victims.
      if (prev && HARM_VERBS.has(prev.lower)) return false;
      // "according to one person familiar with the project", "citing one official": a source cited, as "according to
      // two officials".
      if (citedCount(tokens, e, from, to)) return true;
      if (ONE_COUNTED.has(n)) return false;
      // "only one department", "recorded only one studio album": "only" makes it a count (not "the only one", nor an
      // idiom's "only one way", nor a span of time, "just one week"; "at least one position" stays "some").
      if (e.first < e.figure && COUNTING_QUALIFIERS.has(e.qualifier.toLowerCase()) && tokens[e.first - 1]?.lower !== 'the' && !ONE_IDIOM_NOUNS.has(n) && !TIME_UNITS.has(n)) return false;

      return true;
    }
    if (w.startsWith('one-') && !FRACTION_COMPOUND.test(w)) return true;
    // "Two Kettering aides said privately", "Three people who have seen the report said": a few sources counted as
    // they are cited, like "One resident told", not a count the story reports.
    // (So after a relative pronoun or a conjunction: "a club-record fee that two people with knowledge of the deal
    // said was 62 million euros".)
    if (single && (NUMBER_WORDS.get(w) ?? 99) <= 5 && (e.first === from || prev?.text === ';' || prev?.text === ',' || SOURCES_COUNTED_AFTER.has(prev?.lower ?? '')) && countsSources(tokens, e.last + 1, to)) return true;
    // "according to two officials", "according to two surveys released Thursday", "citing three people familiar
    // with the talks": so after the cue.
    // (After "citing", only people who know, not people the news is about: "citing two people killed in crashes".)
    if (single && (NUMBER_WORDS.get(w) ?? 99) <= 5 && citedCount(tokens, e, from, to)) return true;
    if (CHANGE_WORDS.has(w) && !single) return false;
    const dash = w.indexOf('-');
    if (dash > 0 && !FRACTION_COMPOUND.test(w) && !NUMBER_COMPOUND.test(w)) {
      const unit = w.slice(dash + 1);
      const timeUnit = TIME_UNITS.has(unit) || TIME_UNITS.has(unit.split('-')[0]);
      if (AGE_COMPOUND.test(unit)) return !agedThing(next, next2);
      if (timeUnit && timeCompoundRefers(next, next2)) return true;
      if (MADE_WITH.test(unit)) return true;
    }
  }

  // A firearm's calibre with its unit apart: "a 9 mm handgun" (written as one word, "9mm", above with the codes).
  if (e.figure === e.last && CALIBRE.test(text) && CALIBRE_UNITS.has(next?.lower ?? '') && FIREARMS.has(next2?.lower ?? '')) return true;

  // Ages: "aged 25", "Smith, 42,", "(42)", "turned 80", "He was 101 and died", "Hunter was 78.", "The youngest
  // victim was 3.", "Smith, who is 42,".
  const ageAfter = !next || next.kind === 'punct' || ['and', 'when', 'at', 'but'].includes(next.lower);
  // Not a rate: "The number of students per teacher was 14."
  const perPerson = PER_WORD.test(tokens[e.first - 3]?.lower ?? '');
  // ("the volunteers, the youngest of whom is 58,": the eldest or youngest of a group, by "of whom".)
  // ("Three men were hurt. The youngest was 19.": the eldest or youngest alone, of the people just named.)
  const eldestOf = (prev2?.lower === 'whom' && wordAt(tokens, e.first - 3) === 'of' && AGE_SUPERLATIVES.has(wordAt(tokens, e.first - 4))) || (AGE_SUPERLATIVES.has(prev2?.lower ?? '') && wordAt(tokens, e.first - 3) === 'the');
  if (single && (prev?.lower === 'was' || prev?.lower === 'is') && prev2 && (prev2.lower === 'he' || prev2.lower === 'she' || prev2.lower === 'who' || eldestOf || (isPerson(prev2) && !perPerson) || (prev2.text === ',' && namedThenSetOff(tokens, from, e.first - 2))) && UP_TO_THREE_DIGITS.test(text) && ageAfter) return true;
  if (single && prev && AGE_BEFORE.has(prev.lower)) return true;
  // Age brackets: "aged 18 to 29", "between the ages of 14 and 18", "ages 18 and 65", "voters under 30".
  // ("players aged four to 18": its ends in words or figures.)
  // ("aged under seven": an age in words behind its qualifier.)
  if (prev && AGE_BEFORE.has(prev.lower) && (UP_TO_THREE_DIGITS.test(text) || ageRange(tokens, e) || (e.figure === e.last && ageInWords(core.lower)))) return true;
  if (prev?.lower === 'of' && prev2 && AGE_BEFORE.has(prev2.lower)) return true;
  // (A list of ages: "The men, aged 24, 31, 33 and 47,"; after a comma only where the list goes on, not "Among those
  // aged 65, 30 percent live alone".)
  const listGoesOn = next !== undefined && (next.text === ',' || next.lower === 'and');
  if (prev && (prev.lower === 'and' || prev.lower === 'to' || prev.text === '-' || (prev.text === ',' && listGoesOn)) && UP_TO_THREE_DIGITS.test(text) && agedBefore(tokens, e.first - 2, from)) return true;
  // (An age ends the group's phrase: what follows is its verb or a clause, not the noun of an amount, "parents over
  // 500 euros", "fans over 100 free tickets".)
  const ageBracket = e.first < e.figure && e.figure === e.last && AGE_QUALIFIER.test(e.qualifier) && UP_TO_THREE_DIGITS.test(text) && Number(text) <= 110;
  // ("children under 15 free": "free" that ends the phrase, not "fans over 100 free tickets".)
  const freeEnds = next?.lower === 'free' && (tokens[e.last + 2] === undefined || tokens[e.last + 2].kind === 'punct');
  if (ageBracket && prev && AGE_GROUPS.has(prev.lower) && !CURRENCY_PREFIX.test(tokens[e.figure - 1]?.text ?? '') && (!next || next.kind === 'punct' || AFTER_AGE_BRACKET.has(next.lower) || freeEnds || (!next.capitalized && PAST_FORM.test(next.lower)))) return true;
  // ("Most members are over 50", "70% of new members were under 40": so after the group and its "are" or "were", at the
  // clause's end; not "Prices are over 50".)
  if (ageBracket && prev && BE_FORMS.has(prev.lower) && prev2 && AGE_GROUPS.has(prev2.lower) && (!next || next.kind === 'punct' || next.lower === 'and')) return true;
  // "those 65 and older", "adults 18 or over": a group's open-ended bracket.
  if (single && prev && AGE_GROUPS.has(prev.lower) && UP_TO_THREE_DIGITS.test(text) && (next?.lower === 'and' || next?.lower === 'or') && OPEN_BRACKET.test(next2?.lower ?? '')) return true;
  // "74 percent of voters were 45 or older", "the electorate was 45 or older": "older" or "younger" after it, whatever
  // names the group.
  if (single && UP_TO_THREE_DIGITS.test(text) && Number(text) <= 110 && (next?.lower === 'and' || next?.lower === 'or') && (next2?.lower === 'older' || next2?.lower === 'younger')) return true;
  // "18- to 24-year-olds", "18- and 19-year-olds": the first age of a bracket whose noun comes with the second.
  if (single && UP_TO_THREE_DIGITS.test(text) && next?.text === '-' && (next2?.lower === 'to' || next2?.lower === 'and' || next2?.lower === 'or') && YEAR_OLDS.test(tokens[e.last + 3]?.lower ?? '')) return true;
  // "Quirin and Redouane, 40 and 49,": two ages after two names.
  if (single && UP_TO_THREE_DIGITS.test(text) && prev?.text === ',' && prev2?.capitalized && next?.lower === 'and' && UP_TO_THREE_DIGITS.test(next2?.text ?? '') && [',', '.', ')'].includes(tokens[e.last + 3]?.text ?? '.')) return true;
  if (single && UP_TO_THREE_DIGITS.test(text) && prev?.lower === 'and' && UP_TO_THREE_DIGITS.test(prev2?.text ?? '') && tokens[e.first - 3]?.text === ',' && tokens[e.first - 4]?.capitalized && (!next || [',', '.', ')'].includes(next.text))) return true;
  // "when she was about 57", "She was just 17 when she left": an age behind a qualifier.
  if (e.first < e.figure && e.figure === e.last && (prev?.lower === 'was' || prev?.lower === 'is') && (prev2?.lower === 'he' || prev2?.lower === 'she') && UP_TO_THREE_DIGITS.test(text) && ageAfter) return true;
  // "learned to swim at 5", "playing in clubs by 15", "moved to Boston at 22": an age in a life story.
  const lifeAt = (e.first === e.figure && (prev?.lower === 'at' || prev?.lower === 'by')) || (e.qualifier === 'at' || e.qualifier === 'by');
  if (e.figure === e.last && lifeAt && UP_TO_THREE_DIGITS.test(text) && Number(text) <= 110 && (!next || next.kind === 'punct' || AFTER_LIFE_AGE.has(next.lower) || (next.lower === 'to' && next2?.kind === 'word' && lifeEventBefore(tokens, e.first - 1, from))) && !VALUE_VERBS.has(wordAt(tokens, e.first - 2)) && personInSentence(tokens, from, e.first, prev?.lower === 'at')) return true;
  // "Rhys Vaughan, who at 38 is the youngest": an age a relative clause opens with.
  if (single && prev?.lower === 'at' && prev2?.lower === 'who' && UP_TO_THREE_DIGITS.test(text) && Number(text) <= 110 && BE_FORMS.has(next?.lower ?? '')) return true;
  // "At 17, she left home.": the person follows the age that opens the sentence.
  if (e.figure === e.last && lifeAt && (e.first === from || (e.first - 1 === from && prev?.lower === 'at')) && UP_TO_THREE_DIGITS.test(text) && Number(text) <= 110 && next?.text === ',' && SINGULAR_PRONOUN.test(wordAt(tokens, e.last + 2))) return true;
  // "four decades his junior".
  if (next && (next.lower === 'decades' || next.lower === 'years') && ['his', 'her', 'their'].includes(next2?.lower ?? '') && SCHOOL_YEAR.test(wordAt(tokens, e.last + 3))) return true;
  if (single && (prev?.lower === 'turned' || prev?.lower === 'turns' || (prev?.lower === 'been' && prev2?.lower === 'have'))) return true;
  if (single && next?.lower === 'years' && next2?.lower === 'old' && !ageOfThing(tokens, e.first, from)) return true;
  // ("Sen. Marco Rubio (R-Fla.), 44, told": past a party tag after the name.)
  // (An adult's age: "Rep. Jim Jordan (R-Ohio), 12, as the most conservative" is a rank.)
  const tagOpens = prev2?.text === ')' && Number(text) >= 18 ? partyTagOpening(tokens, e.first - 2, from) : -1;
  const named = prev2?.capitalized || (tagOpens >= 0 && tokens[tagOpens - 1]?.capitalized === true);
  if (single && prev?.text === ',' && named && (next?.text === ',' || next?.text === ')' || next === undefined) && ageInYears(text)) return true;
  // `"…," said Piet Jansen, 81.`: an age after the name a cue gives, at the sentence's end.
  if (single && prev?.text === ',' && prev2?.capitalized && prev2.kind === 'word' && next?.text === '.' && ageInYears(text)) {
    let n = e.first - 2;
    while (n - 1 >= from && n > e.first - 5 && tokens[n - 1].capitalized && tokens[n - 1].kind === 'word') n--;
    if (n - 1 >= from && CUE_WORDS.has(tokens[n - 1].lower)) return true;
    // ("said its secretary, Ruth Ambler, 71.": or after a full name that opens with a given name.)
    if (n < e.first - 2 && isGivenName(tokens[n].text)) return true;
  }
  // "Harold and June Okonkwo, both 68,", "Smith, now 81,".
  if (single && prev && AGE_ADVERBS.has(prev.lower) && prev2?.text === ',' && tokens[e.first - 3]?.capitalized && e.first - 3 >= from && (next?.text === ',' || next?.text === ')' || next === undefined) && ageInYears(text)) return true;
  // "survived by his wife, Mary, 80.": a name in apposition to a person, then the age, at the sentence's end.
  if (single && prev?.text === ',' && prev2?.capitalized && next?.text === '.' && UP_TO_THREE_DIGITS.test(text) && tokens[e.first - 3]?.text === ',' && e.first - 4 >= from && isPersonNoun(tokens[e.first - 4])) return true;
  // "The victim, 34, died", "Another brother, 22, was", "a woman, 56, and her son, 12,", "Her husband, now 81,": a
  // person named by a noun, an age in apposition.
  if (single && ageInYears(text) && (!next || next.text === ',' || next.text === ')' || (next.lower === 'and' && e.last + 2 < to && tokens[e.last + 2].kind === 'word'))) {
    const adverb = prev !== undefined && AGE_ADVERBS.has(prev.lower) ? 1 : 0;
    const comma = tokens[e.first - 1 - adverb];
    const noun = tokens[e.first - 2 - adverb];
    if (e.first - 2 - adverb >= from && comma.text === ',' && isPersonNoun(noun)) return true;
  }
  if (single && prev?.text === '(' && prev2?.capitalized && next?.text === ')' && UP_TO_THREE_DIGITS.test(text)) return true;
  if (prev?.lower === 'of' && prev2?.lower === 'age') return true;

  // Durations stated as fact: "for 12 years", "within 15 days", "Over 30 years it taught …", "for one year".
  // ("the last two weeks" is a time reference, "expected to last two weeks" a duration.)
  const lead = DURATION_LEADS.has(prev?.lower ?? '') && !(prev?.lower === 'last' && YEAR_DETERMINERS.has(prev2?.lower ?? ''));
  // "the most in over three years" is a time reference like "in three years".
  // ("rose 38% over two years", "a rise of 14% over three years": the span a change in percent or a fraction took is
  // part of that claim, not "more than two".)
  if (next && TIME_UNITS.has(next.lower) && e.qualifier === 'over' && changeInShareBefore(tokens, e.first, from)) return true;
  if (next && TIME_UNITS.has(next.lower) && (lead || (e.qualifier.split(' ')[0] === 'over' && prev?.lower !== 'in'))) return false;
  // ("lasted more than a week", "took about an hour": the unit inside the expression, after a verb of duration.)
  if (lead && e.last > e.figure && TIME_UNITS.has(tokens[e.last].lower)) return false;
  // "the worst crisis in nearly a century", "in more than a decade": the unit is part of the expression.
  if (prev?.lower === 'in' && e.last > e.figure && TIME_UNITS.has(tokens[e.last].lower)) return true;
  // "about half an hour later", "nearly a decade ago": so too before the word that makes it a time reference.
  // (Not before a comparative and "than": "half an hour earlier than we did" says by how much.)
  if (e.last > e.figure && TIME_UNITS.has(tokens[e.last].lower) && next && TIME_REFERENCE_AFTER.has(next.lower) && next.lower !== 'from' && next.lower !== 'into' && next.lower !== 'on' && !comparedAt(tokens, e.last + 1)) return true;
  // Time references: "two weeks later", "in the past 24 hours", "three years ago", "two summers ago".
  if (next && (TIME_UNITS.has(next.lower) || SEASONS_OF_YEAR.has(next.lower))) {
    const after = wordAt(tokens, e.last + 2);
    // ("two weeks from now" refers; "39 weeks from 31 weeks" is a change from a figure.)
    const fromFigure = after === 'from' && (tokens[e.last + 3]?.kind === 'number' || NUMBER_WORDS.has(tokens[e.last + 3]?.lower ?? ''));
    // ("will open four weeks later than usual", "about three weeks longer than the average": how much later, an amount.)
    if (comparedAt(tokens, e.last + 2)) return false;
    // ("faces up to 20 years on the most serious count", "35 years on the Supreme Court": "on" before what the time
    // was served on is no "two years on", a time reference.)
    // ("extended by four days on Wednesday", "jailed for six months on Tuesday": nor, after an amount's "by" or
    // "for", before the day it was done; "two years on Monday" alone may be an anniversary.)
    const onWhat = wordAt(tokens, e.last + 3);
    const amountLead = prev?.lower === 'by' || prev?.lower === 'for';
    const servedOn = after === 'on' && (SERVED_ON.has(onWhat) || (amountLead && (WEEKDAYS.has(onWhat) || MONTHS.has(onWhat))));
    if ((TIME_REFERENCE_AFTER.has(after) && !fromFigure && !servedOn) || (after === 'old' && !ageOfThing(tokens, e.first, from))) return true;
    // "rose to 39 weeks, from 31 weeks a year earlier", "up from 31 weeks": the baseline of a change is an amount.
    if (FROM_WORDS.test(e.qualifier)) return false;
    // "with the election two weeks away": an event so far off; not "0.3 seconds away from", "three hours away by car".
    if (after === 'away' && CALENDAR_UNITS.has(next.lower) && !['from', 'by'].includes(wordAt(tokens, e.last + 3))) return true;
    const before = prev?.lower ?? '';
    // "extended by two weeks", "brings the target forward by ten years", "shifts the date by seven years": an
    // amount of change in time, a duration stated as fact, not a time reference.
    // "once every 12 months", "spins once every 7.6 hours": a rate stated as fact, not when something happens.
    const changedBy = before === 'by' || (before === 'every' && ONCE_OR_TWICE.has(wordAt(tokens, e.first - 2)));
    // "After more than five hours of public comment, the council voted", "after two weeks of negotiations": how long
    // something went on, stated as fact, not when the next thing happened.
    // (Not a term named by whose it was: "after four years of Biden's open borders", "After 100 days of Trump".)
    // (Nor an age: "after 12 months of age".)
    // (So do "Three years of supervision after release" opening a sentence, "following two weeks of talks", and
    // "following ten years working for NationsBank".)
    const afterLead = before === 'after' || before === 'following';
    const spanLead = afterLead || (before === '' && e.first === from);
    if (spanLead && after === 'of' && !tokens[e.last + 3]?.capitalized && tokens[e.last + 3]?.lower !== 'age') return false;
    if (afterLead && ING_FORM.test(after) && after !== 'during' && after !== 'morning' && after !== 'evening') return false;
    // "after 14 years in parliament", "After 10 months in Asmara", "after two seasons at Halsey University", "after
    // eight years as vice president": how long someone was somewhere or something, a tenure stated as fact.
    // (Not a span a relative clause goes on about: "following four years in which they were gutted".)
    if (afterLead && TENURE_AFTER.has(after) && !TIME_UNITS_OF_DAY.has(next.lower) && !RELATIVE_WORDS.has(wordAt(tokens, e.last + 3))) return false;
    // "The ceasefire collapsed after 16 weeks", "who retired after 34 years": after a verb of ending, how long what
    // ended had lasted, a duration stated as fact ("After two days, rescuers found him" says when).
    // (Past where or when it ended: "retired from the plant in February after 34 years".)
    if (afterLead && endedBefore(tokens, e.first - 2, from) && !TIME_UNITS_OF_DAY.has(next.lower)) return false;
    if (!changedBy && (TIME_REFERENCE_BEFORE.has(before) || (e.qualifier !== '' && TIME_REFERENCE_BEFORE.has(e.qualifier.split(' ')[0])))) return true;
    if (before === '' || prev?.text === ',') return true;
    // ("a 30 day period"; not a count in millions: "1.8 million day visitors".)
    if (['year', 'month', 'week', 'day', 'hour'].includes(next.lower) && !(e.last > e.figure && SCALE_WORDS.has(tokens[e.last].lower))) return true;
  }
  return false;
}

/**
 * Does a verb of ending stand at k or up to seven words before it, with no mark between ("retired from the plant in
 * February")?
 */
function endedBefore(tokens: Token[], k: number, from: number): boolean {
  for (let j = k; j >= from && k - j < 8 && tokens[j].kind !== 'punct'; j--) if (ENDED.has(tokens[j].lower)) return true;
  return false;
}
/** Verbs of ending, after which "after" and a span of time say how long it lasted: "collapsed after 16 weeks". */
const ENDED = new Set(['ended', 'collapsed', 'retired', 'resigned', 'quit', 'released', 'freed', 'abandoned', 'closed', 'folded', 'expired', 'finished', 'concluded', 'adjourned', 'dissolved', 'lapsed', 'disbanded', 'ends', 'collapses', 'retires', 'resigns', 'quits', 'closes', 'expires']);
/** Prepositions that say where or as what a span of time after "after" was spent: "after 14 years in parliament". */
const TENURE_AFTER = new Set(['in', 'on', 'at', 'as', 'with']);
/** Units too short for a tenure: "after 20 minutes in the first half" says when. */
const TIME_UNITS_OF_DAY = new Set(['second', 'seconds', 'minute', 'minutes', 'hour', 'hours']);
/** Words that open a relative clause after a preposition: "in which", "with whom". */
const RELATIVE_WORDS = new Set(['which', 'whom', 'whose']);

/** Words that open what a span of time was served on, after "on": "two years on the gun charge", "on each count". */
const SERVED_ON = new Set(['the', 'a', 'an', 'each', 'both', 'his', 'her', 'their', 'its', 'every']);

/**
 * Does a change in percent or a fraction end right before token k ("rose 38%", "a rise of 14 per cent", "fell by
 * roughly a third"): a share at k - 1 and a word of change at most six words before it?
 */
function changeInShareBefore(tokens: Token[], k: number, from: number): boolean {
  const share = tokens[k - 1];
  if (k - 1 < from || !(share.text === '%' || share.lower === 'cent' || share.lower === 'percent' || share.lower === 'points' || FRACTIONS.has(share.lower))) return false;
  for (let p = k - 2; p >= from && k - p <= 8; p--) {
    const w = tokens[p].lower;
    if (CHANGE_NOUNS.has(w) || CHANGE_VERBS_OF_SHARE.has(w)) return true;
    if (tokens[p].kind === 'punct' && tokens[p].text !== '%') return false;
  }
  return false;
}
/** Verbs of a change in a share: "rose 38%", "had fallen by a third". */
const CHANGE_VERBS_OF_SHARE = new Set(['rose', 'risen', 'fell', 'fallen', 'dropped', 'climbed', 'climb', 'jumped', 'grew', 'grown', 'increased', 'decreased', 'declined', 'shrank', 'shrunk', 'slumped', 'surged', 'soared', 'plunged', 'up', 'down']);

/** Words after which a share is listed after another: "…, and that a third had never heard of it". */
const LISTED_AFTER = new Set(['and', 'that', 'while', 'whereas']);
/** Is there a figure in the tokens before k, back to the sentence's start (at most 40 tokens)? */
function figureEarlierInSentence(tokens: Token[], k: number): boolean {
  for (let p = k - 1; p >= 0 && k - p <= 40; p--) {
    const t = tokens[p];
    if (t.text === '.' || t.text === '?' || t.text === '!') return false;
    if (t.kind === 'number') return true;
  }
  return false;
}
/** Words after a change verb in -s ("doubles the …", "triples to …") that show it a verb. */
const VERB_S_OBJECTS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'a', 'an', 'this', 'that', 'to', 'in', 'from', 'by', 'since', 'over', 'again', 'every', 'each', 'nearly', 'almost', 'roughly']);

/** People counted as they are cited: "Two aides said", "Three people familiar with the talks said". */
const SOURCE_PLURALS = new Set(['officials', 'aides', 'people', 'sources', 'witnesses', 'residents', 'staffers', 'diplomats', 'lawmakers', 'members', 'employees', 'analysts', 'experts', 'officers', 'advisers', 'advisors', 'insiders', 'executives', 'investigators', 'persons', 'lawyers', 'attorneys', 'negotiators']);

/**
 * Do the words from k on name sources and their cue: at most one modifier, a plural source noun, then the cue,
 * an adverb and the cue, or a clause about them ("who have seen the report", "familiar with the talks") and the cue?
 */
function countsSources(tokens: Token[], k: number, to: number): boolean {
  // ("Two doctors at the hospital said", "Three senior officials in the province said": any people placed so.)
  const placedPeople = (n: number): boolean => n + 1 < to && SOURCES_PLACED.has(tokens[n + 1].lower) && /[^su]s$/.test(tokens[n].lower) && (ROLE_NOUNS.has(withoutFinalS(tokens[n].lower)) || VAGUE_NOUNS.has(tokens[n].lower));
  // ("Two engineers who worked on the program said": any people a role names, with a clause about them or the cue.)
  const roleBefore = (n: number): boolean => n + 1 < to && /[^su]s$/.test(tokens[n].lower) && ROLE_NOUNS.has(withoutFinalS(tokens[n].lower)) && (INFORMED_CLAUSE.test(tokens[n + 1].lower) || CUE_WORDS.has(tokens[n + 1].lower));
  const cited = (n: number): boolean => SOURCE_PLURALS.has(tokens[n].lower) || placedPeople(n) || roleBefore(n);
  let n = k;
  for (let m = 0; m < 2 && n < to && tokens[n].kind === 'word' && !cited(n); m++) n++;
  if (n >= to || !cited(n)) return false;
  const about = INFORMED_CLAUSE.test(tokens[n + 1]?.lower ?? '');
  // ("Two officials at the ministry said", "three members of the board told": where the sources work.)
  const placed = SOURCES_PLACED.has(tokens[n + 1]?.lower ?? '');
  for (let c = n + 1; c < to && c - n <= 10; c++) {
    const t = tokens[c];
    // ("two officers said to be in stable condition": a passive about them, not their word.)
    if (CUE_WORDS.has(t.lower) && tokens[c + 1]?.lower === 'to') return false;
    if (CUE_WORDS.has(t.lower)) return c === n + 1 || (c === n + 2 && t.lower !== tokens[n + 1].lower && /ly$/.test(tokens[n + 1].lower)) || about || (placed && c - n <= 7);
    // "Two people with knowledge of the search, who requested anonymity because …, said", "Two officials, speaking
    // on condition of anonymity, said": an aside about them set off by commas before the cue.
    if (t.text === ',' && (about || (c === n + 1 && SOURCE_ASIDE.test(tokens[c + 1]?.lower ?? '')))) return cueAfterAside(tokens, c, to);
    if (t.kind === 'punct') return false;
  }
  return false;
}
const INFORMED_CLAUSE = /^(?:who|familiar|close|with|briefed|involved)$/;
/**
 * Is a figure the count of the phrase right before token k ("5 incidents of violent crime for every …", "$4 for
 * every …")? Not a year, a day or a figure of another clause ("Since 2015 the city has planted a tree for every …",
 * "On March 3, police assigned an officer for every …"), nor past "a", "an" or "one", which count one thing each
 * ("Twenty years ago there was one teacher for every 30 pupils": the rate is the claim, its base with it).
 */
function figureBefore(tokens: Token[], k: number, from: number): boolean {
  for (let p = k - 1; p >= from && k - p <= 6; p--) {
    const t = tokens[p];
    if (t.lower === 'a' || t.lower === 'an' || t.lower === 'one' || t.lower === 'that' || (t.kind === 'punct' && !CURRENCY_PREFIX.test(t.text) && t.text !== '%')) return false;
    if ((t.kind === 'number' && !YEAR.test(t.text) && !MONTHS.has(tokens[p - 1]?.lower ?? '')) || NUMBER_WORDS.has(t.lower)) return true;
  }
  return false;
}

/** Words after which counted sources may open a clause of their own: "the fee that two people … said was". */
const SOURCES_COUNTED_AFTER = new Set(['that', 'which', 'and', 'but', 'while', 'whom']);
/** Prepositions after counted sources that say where they work: "two officials at the ministry said". */
const SOURCES_PLACED = new Set(['at', 'in', 'from', 'of', 'within', 'inside']);
/** Words of why a source is unnamed. */
const UNNAMED_WHY = new Set(['anonymity', 'anonymously', 'named', 'identified', 'authorized', 'authorised', 'condition', 'publicly']);
/** Words that open an aside about unnamed sources: why they are unnamed, how they spoke. */
const SOURCE_ASIDE = /^(?:who|speaking|requesting|asking|declining|granted|citing)$/;

/**
 * Does the aside that opens at the comma c say why the sources are unnamed ("who requested anonymity", "speaking on
 * condition of anonymity") and close with a comma and the cue right after it (or after an adverb)? (Not an aside
 * that reports on them: "Two officers, who were suspended without pay, said".)
 */
function cueAfterAside(tokens: Token[], c: number, to: number): boolean {
  let unnamed = false;
  for (let d = c + 1; d < to && d - c <= 30; d++) {
    const t = tokens[d];
    unnamed ||= UNNAMED_WHY.has(t.lower);
    if (t.text === ',') return unnamed && (CUE_WORDS.has(tokens[d + 1]?.lower ?? '') || (/ly$/.test(tokens[d + 1]?.lower ?? '') && CUE_WORDS.has(tokens[d + 2]?.lower ?? '')));
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '\u2019' && t.text !== "'") return false;
  }
  return false;
}

/** Documents counted as they are cited: "according to two surveys". */
const CITED_DOCUMENTS = new Set(['surveys', 'polls', 'studies', 'reports', 'analyses', 'documents', 'accounts', 'estimates', 'audits', 'reviews', 'assessments']);

/** Words after unnamed sources that say what they know: "familiar with", "close to", "briefed on". */
const KNOWING = /^(?:familiar|close|with|briefed|involved|knowledgeable)$/;

/** The plural source noun a count before k names (after at most one modifier: "two senior officials"), or -1. */
function citedNounAt(tokens: Token[], k: number, to: number): number {
  // (One in the singular: "according to one person familiar with the project", "according to one survey".)
  const cited = (t: Token): boolean => SOURCE_PLURALS.has(t.lower) || CITED_DOCUMENTS.has(t.lower) || SOURCE_PLURALS.has(`${t.lower}s`) || CITED_DOCUMENTS.has(`${t.lower}s`) || t.lower === 'witness';
  if (k < to && cited(tokens[k])) return k;
  return k + 1 < to && tokens[k].kind === 'word' && cited(tokens[k + 1]) ? k + 1 : -1;
}

/** The opening bracket of a party tag closing at k ("(R-Fla.)", "(D-N.Y.)"), or -1 when none closes there. */
function partyTagOpening(tokens: Token[], k: number, from: number): number {
  if (k < from || tokens[k]?.text !== ')') return -1;
  for (let o = k - 1; o >= from && k - o <= 6; o--) if (tokens[o].text === '(') return partyTagEnd(tokens, o, k + 1) === k ? o : -1;
  return -1;
}

/** Words that may stand between a person and their age in apposition ("Her husband, now 81,", "both 70"). */
const AGE_ADVERBS = new Set(['now', 'then', 'both', 'still', 'only', 'just']);
/** People named by what they are, not by a role: victims, suspects, relatives. */
const PERSON_NOUNS = new Set(['victim', 'suspect', 'driver', 'couple', 'baby', 'toddler', 'teen', 'teenager', 'child', 'pedestrian', 'cyclist', 'motorcyclist', 'gunman', 'shooter', 'attacker', 'defendant', 'plaintiff', 'patient', 'neighbor', 'neighbour', 'man', 'woman', 'boy', 'girl', 'person', 'grandson', 'granddaughter', 'cousin', 'partner', 'fiancé', 'fiancée', 'fiance', 'fiancee', 'veteran', 'retiree', 'hiker', 'swimmer', 'climber', 'homeowner', 'tenant', 'volunteer', 'supervisor', 'keeper']);

/**
 * Is the age "N years old" before k that of a thing the sentence counts, not a person's: "street trees are more than 50
 * years old", "the vans were more than ten years old", "older buses, some more than 25 years old", "whose average
 * vessel is 27 years old" (not "the man was 45", "Roberts is about 20", "who is six", "He was 82")? The noun it is
 * said of, past a verb of being and words of which ones, is a noun in lower case that names no person.
 */
function ageOfThing(tokens: Token[], k: number, from: number): boolean {
  // (Not an age in a life story: "began his flying career at 13 years old".)
  if (tokens[k].lower === 'at' || tokens[k - 1]?.lower === 'at') return false;
  let n = k - 1;
  while (n >= from && k - n <= 5 && (AGE_LINKS.has(tokens[n].lower) || tokens[n].text === ',')) n--;
  const t = tokens[n];
  if (n < from || !t || t.kind !== 'word' || t.capitalized || DETERMINERS.has(t.lower) || AGE_PEOPLE.has(t.lower)) return false;
  // (A noun: a plural, or a word a determiner opens the phrase of, "The existing tower"; not "until they turn 26".)
  let d = n - 1;
  while (d >= from && n - d <= 3 && tokens[d].kind === 'word' && !DETERMINERS.has(tokens[d].lower) && !tokens[d].capitalized) d--;
  const noun = (ENDS_WITH_S.test(t.lower) && t.lower.length > 3) || (d >= from && n - d <= 3 && DETERMINERS.has(tokens[d].lower));
  const one = withoutFinalS(t.lower);
  return noun && !(isPersonNoun(t) || PERSON_NOUNS.has(one) || ROLE_NOUNS.has(t.lower) || ROLE_NOUNS.has(one) || VAGUE_NOUNS.has(t.lower) || FEMALE_WORDS.has(one) || MALE_WORDS.has(one));
}
/** Is the word after an age's compound a building or a thing built, whose age is a measurement ("a 71-year-old home")? */
function agedThing(next: Token | undefined, next2: Token | undefined): boolean {
  // (Not a noun that describes a person after it: "the 40-year-old plant manager".)
  if (next2 !== undefined && (isPersonNoun(next2) || ROLE_NOUNS.has(next2.lower))) return false;
  return next !== undefined && next.kind === 'word' && AGED_THINGS.has(withoutFinalS(next.lower));
}
/** Buildings and things built or grown, whose age counts ("a 71-year-old home", "the 300-year-old oak"). */
const AGED_THINGS = new Set(['home', 'house', 'building', 'bridge', 'church', 'chapel', 'cathedral', 'stadium', 'ground', 'tower', 'mill', 'pier', 'theatre', 'theater', 'hall', 'school', 'hospital', 'library', 'station', 'factory', 'plant', 'dam', 'reactor', 'castle', 'monument', 'statue', 'pub', 'hotel', 'tree', 'oak', 'ship', 'vessel', 'ferry', 'aircraft', 'plane', 'pipe', 'main', 'sewer', 'railway', 'road', 'wall', 'barn', 'farmhouse', 'cottage', 'courthouse', 'lighthouse']);
/** Comparatives of time after a span that make it an amount before "than" ("four weeks later than usual"). */
const COMPARED_TIMES = new Set(['later', 'earlier', 'longer', 'sooner', 'shorter']);
/** Does a comparative of time stand at k with "than" after it ("later than usual"), saying by how much a span is? */
function comparedAt(tokens: Token[], k: number): boolean {
  return COMPARED_TIMES.has(wordAt(tokens, k)) && wordAt(tokens, k + 1) === 'than';
}
/** Words between a thing and its age: a verb of being, a modal, which of them ("some", "average"). */
const AGE_LINKS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'must', 'will', 'would', 'should', 'can', 'could', 'may', 'now', 'all', 'some', 'many', 'most', 'each', 'average', 'nearly', 'about']);
/** People by words no list of roles or persons holds, words that point to a person ("who"), and conjunctions. */
const AGE_PEOPLE = new Set(['and', 'or', 'but', 'than', 'who', 'whom', 'that', 'which', 'people', 'children', 'kids', 'men', 'women', 'adults', 'troops', 'individuals', 'soldiers', 'recruits', 'citizens', 'employees', 'teens', 'teenagers', 'babies', 'infants', 'pupils', 'students', 'patients', 'residents', 'members', 'players', 'workers', 'staff', 'victims', 'voters', 'drivers', 'applicants', 'youngsters', 'boys', 'girls', 'sons', 'daughters', 'dogs', 'cats', 'horses', 'animals', 'then', 'just', 'only', 'still', 'i', 'me', 'you', 'he', 'she', 'we', 'they', 'him', 'her', 'them', 'us', 'myself']);

/** Is the word a person named by a noun ("victim", "brother", "the mother")? Names are not: a place may stand there. */
function isPersonNoun(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const w = t.lower;
  return PERSON_NOUNS.has(w) || ((ROLE_NOUNS.has(w) || FEMALE_WORDS.has(w) || MALE_WORDS.has(w)) && !ENDS_WITH_S.test(w));
}

/**
 * Does the sentence open with a name set off by a comma that closes at k ("Hagan, who was the first …, was 66.",
 * "Ruth Platt, a retired teacher, was 81 when she died")?
 */
function namedThenSetOff(tokens: Token[], from: number, k: number): boolean {
  let n = from;
  while (n < k && tokens[n].kind === 'word' && tokens[n].capitalized && !SENTENCE_STARTERS.has(tokens[n].text)) n++;
  return n > from && n < k && tokens[n].text === ',';
}

/** Superlatives of age ("the youngest of whom"). */
const AGE_SUPERLATIVES = new Set(['youngest', 'oldest', 'eldest']);

/** A person: named ("Hunter") or named by a noun ("The youngest victim"). */
function isPerson(t: Token): boolean {
  return (t.capitalized && t.kind === 'word' && !SENTENCE_STARTERS.has(t.text)) || isPersonNoun(t);
}

/** Does a month end at token k: its name ("March"), or its abbreviation and full stop ("Feb.")? */
function monthEndsAt(tokens: Token[], k: number, from: number): boolean {
  if (k < from) return false;
  const t = tokens[k];
  if (MONTHS.has(t.lower) && t.capitalized) return true;
  const m = k - 1 >= from ? tokens[k - 1] : undefined;
  return t.text === '.' && m !== undefined && MONTHS.has(m.lower + '.') && m.capitalized;
}

/** The first figure of a short list of plain figures that ends before token `first` ("12, 22 and" before 40), or -1. */
function listHead(tokens: Token[], first: number, from: number): number {
  let k = first - 1;
  let head = -1;
  // Bounded, so that a long run of figures stays linear.
  while (k - 1 >= from && first - k < 24 && (tokens[k].text === ',' || tokens[k].lower === 'and' || tokens[k].lower === 'or') && ALL_DIGITS.test(tokens[k - 1].text)) {
    head = k - 1;
    k = head - 1;
  }
  return head;
}

/** Is the expression a range of ages, each end a number in words or up to three figures ("four to 18", "five and 11")? */
function ageRange(tokens: Token[], e: NumberExpression): boolean {
  const ends = tokens.slice(e.figure, e.last + 1).map((t) => t.text).join(' ').split(/ (?:to|and) |[-\u2013]/);
  return ends.length === 2 && ends.every((end) => UP_TO_THREE_DIGITS.test(end) || ageInWords(end.toLowerCase()));
}

/** Is the word, in lower case, a number in words that can be an age ("four", "seven", "eighteen")? */
function ageInWords(word: string): boolean {
  return (NUMBER_WORDS.get(word) ?? 1000) < 130;
}

/** Does an age bracket's first figure stand before k ("aged 18 to", "the ages of 14 and")? */
function agedBefore(tokens: Token[], k: number, from: number, depth = 0): boolean {
  if (k < from || !UP_TO_THREE_DIGITS.test(tokens[k].text)) return false;
  const before = tokens[k - 1];
  // An age listed after the first: "aged 24, 31, 33 and 47".
  if (before !== undefined && k - 2 >= from && depth < 8 && (before.text === ',' || before.lower === 'and') && agedBefore(tokens, k - 2, from, depth + 1)) return true;
  return before !== undefined && k - 1 >= from && (AGE_BEFORE.has(before.lower) || (before.lower === 'of' && AGE_BEFORE.has(tokens[k - 2]?.lower ?? '')) || before.lower === 'between' && AGE_BEFORE.has(tokens[k - 2]?.lower ?? ''));
}

/** What a window of time measures a figure against: "a 10-year high", "their five-year average". */
const WINDOW_MEASURES = new Set(['high', 'low', 'highs', 'lows', 'average', 'averages', 'mean', 'median']);

/**
 * A span of time written as one word ("three-week", "35-year") states a duration as fact ("the three-week trial", "a
 * two-year deadline", "a 35-year sentence"), unless no noun follows it or it names a level reached ("a ten-year
 * high").
 */
function timeCompoundRefers(next: Token | undefined, next2: Token | undefined): boolean {
  // "a four-year, $148 million contract": a term before the sum it is paired with describes the deal.
  if (next?.text === ',' && next2 !== undefined && CURRENCY_PREFIX.test(next2.text)) return false;
  // "a 25-year old" is an age written apart.
  // ("a 10-year high", "their five-year average": the window a figure is measured against.)
  return next === undefined || next.kind !== 'word' || next.lower === 'old' || WINDOW_MEASURES.has(next.lower);
}

/** Does the clause before k speak of a person (a personal pronoun, a name and its deed)? Ages in life stories need one. */
function personInSentence(tokens: Token[], from: number, k: number, deeds = false): boolean {
  // Within the clause around the figure (a bounded look back keeps long sentences linear).
  for (let i = Math.max(from, k - 30); i < k; i++) {
    if (/^(?:he|she|his|her|i|my)$/.test(tokens[i].lower)) return true;
    // A name before a verb of a life story: "Oyelaran-Stone learned to swim in Puget Sound at 5."
    // Before "at 16", any past tense of a deed in the same clause, a few words before ("Benavides crossed into Texas at
    // 16"), not one of a value ("Acme closed at 14"); before "by 15", a verb of a life story only ("grew its ranks by
    // 50" is a count).
    const verb = tokens[i + 1]?.lower ?? '';
    // ("Keller trained as a lawyer and entered parliament at 33": deeds joined by "and" are one clause's.)
    // (Through "and" only from a name that is one: not "Inflation jumped and stabilized at 9".)
    // (Not a participle of the passive describing a noun: "Figures released by the ministry put the toll at 40".)
    const passive = /^(?:by|to)$/.test(tokens[i + 2]?.lower ?? '');
    const deed = deeds && !passive && k - i <= 12 && verb.endsWith('ed') && !VALUE_VERBS.has(verb) && sameClause(tokens, i + 2, k, true) && (i > from || isGivenName(tokens[i].text) || sameClause(tokens, i + 2, k));
    if (tokens[i].capitalized && tokens[i].kind === 'word' && !SENTENCE_STARTERS.has(tokens[i].text) && (LIFE_VERBS.has(verb) || deed)) return true;
    // "Ray Cardoza, who went to work gutting sardines at 14": the name's relative clause tells the life story.
    if (tokens[i].lower === 'who' && i - 2 >= from && tokens[i - 1].text === ',' && tokens[i - 2].capitalized && tokens[i - 2].kind === 'word' && LIFE_VERBS.has(verb)) return true;
  }
  return false;
}

/** No comma, semicolon or conjunction of clauses among tokens[a, b): one clause. */
function sameClause(tokens: Token[], a: number, b: number, deeds = false): boolean {
  for (let k = a; k < b; k++) {
    if (tokens[k].text === ',' || tokens[k].text === ';' || tokens[k].lower === 'but') return false;
    // (With deeds, "and" before another past tense joins verbs of one clause.)
    if (tokens[k].lower === 'and' && !(deeds && (tokens[k + 1]?.lower ?? '').endsWith('ed') && !VALUE_VERBS.has(tokens[k + 1].lower))) return false;
  }
  return true;
}

/** Words of a temperature's sign below zero: "minus 6C". */
const BELOW_ZERO = new Set(['minus', 'negative']);
/** A temperature in degrees of a scale given by its capital: "46.2C", "104F", and a fire's "1,000C". */
const TEMPERATURE = /^(?:\d{1,3}|\d,?\d{3})(?:\.\d)?[CF]$/;
/**
 * Words before a temperature that read it as one: "reached 46.2C", "highs of 38C", "a record 40.3C", "as low as
 * minus 8C".
 */
const TEMPERATURE_LEADS = new Set(['as', 'reached', 'reach', 'reaches', 'reaching', 'hit', 'hits', 'hitting', 'topped', 'tops', 'exceeded', 'exceeding', 'exceeds', 'peaked', 'of', 'to', 'above', 'below', 'around', 'about', 'nearly', 'almost', 'over', 'under', 'than', 'from', 'was', 'were', 'is', 'are', 'record', 'temperature', 'temperatures', 'temps', 'high', 'highs', 'low', 'lows']);
/** Words after a temperature that read it as one: "the 44C limit", "the 1.5C target", "the 40C heat". */
const TEMPERATURE_SETS = new Set(['limit', 'limits', 'threshold', 'thresholds', 'target', 'targets', 'ceiling', 'cap', 'maximum', 'minimum', 'mark', 'barrier', 'heat', 'temperature', 'temperatures', 'warming', 'rise', 'increase']);
/** A calibre or gauge as written: "9" (before "mm"), "9mm", "45-caliber", "12-gauge". */
const CALIBRE = /^\d{1,3}(?:mm|-caliber|-calibre|-gauge|-bore)?$/;
/** The units of a calibre or gauge. */
const CALIBRE_UNITS = new Set(['mm', 'caliber', 'calibre', 'gauge', 'bore']);
/**
 * Is the figure at e one side of a tally, after a name's possessive: "81 delegates to Rubio's 17", "Clinton's 1,200 to
 * Sanders' 800"? Another figure stands within the few words before it, or "to" and a figure after it.
 */
function tallySide(tokens: Token[], e: NumberExpression, from: number): boolean {
  const owner = tokens[e.first - 1];
  if (!/(?:['’]s|s['’])$/.test(owner.text)) return false;
  const before = tokens[e.first - 2];
  if (before !== undefined && e.first - 2 >= from && before.lower === 'to') {
    for (let k = e.first - 3; k >= from && k >= e.first - 6; k--) if (/^\d/.test(tokens[k].text)) return true;
  }
  const after = tokens[e.last + 1];
  return after !== undefined && after.lower === 'to' && /^\d/.test(tokens[e.last + 2]?.text ?? '');
}

/** Firearms and their rounds, named after their calibre. */
const FIREARMS = new Set(['handgun', 'handguns', 'pistol', 'pistols', 'rifle', 'rifles', 'revolver', 'revolvers', 'shotgun', 'shotguns', 'gun', 'guns', 'semiautomatic', 'semi-automatic', 'bullet', 'bullets', 'round', 'rounds', 'ammunition', 'cartridge', 'cartridges', 'shell', 'shells', 'weapon', 'weapons', 'firearm', 'firearms', 'carbine', 'carbines', 'magazine', 'magazines']);

/**
 * After "doubled as a", a noun phrase of a second use that ends soon ("a qualifier for the championships", "a
 * shelter."), not a clause ("a global energy crisis hit Europe") nor a measure ("a percentage of GDP", "a result").
 */
function secondUse(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j <= k + 2; j++) {
    const t = tokens[j];
    if (AS_A_MEASURE.has(t.lower)) return false;
    if (j > k && (t.kind === 'punct' || t.lower === 'for' || t.lower === 'of' || t.lower === 'during' || t.lower === 'and')) return true;
  }
  return false;
}
/** Nouns after "as a" that make "doubled as a …" a change: "as a result", "as a share of revenue". */
const AS_A_MEASURE = new Set(['result', 'consequence', 'percentage', 'share', 'proportion', 'whole', 'direct', 'fraction', 'portion', 'ratio']);

/** A life event just before "at" ("left school at 15 to work", "married at 19 to"), not a value ("priced at 20 to"). */
function lifeEventBefore(tokens: Token[], at: number, from: number): boolean {
  for (let k = at - 1; k >= from && at - k <= 2; k--) if (LIFE_EVENTS.has(tokens[k].lower)) return true;
  return false;
}
const LIFE_EVENTS = new Set(['school', 'married', 'retired', 'started', 'began', 'joined', 'moved', 'emigrated', 'enlisted', 'quit', 'out', 'home', 'left']);


/**
 * Do up to three capitalised words from `k` describe a plural that follows them ("Turkish Americans", "Republican
 * National Committee members", "Senate seats")? Not a product's name ("the 737 Max"), nor a year's ("the 2012 Obama
 * campaign": a singular).
 */
function namesBeforePlural(tokens: Token[], k: number, to: number): boolean {
  let n = k;
  while (n < to && n < k + 3 && tokens[n].kind === 'word' && tokens[n].capitalized) n++;
  // Only a people's or a party's word, or a body's initials, opens such a name ("Turkish", "Republican", "SBA"): not a
  // product's, a band's or a programme's ("the 5 Star Movement lawmakers", "the 7 Eleven franchises", "the 477
  // Program requires").
  if (n === k || !(PEOPLES_WORD.test(tokens[k].text) || BODY_INITIALS.test(tokens[k].text))) return false;
  const last = tokens[n - 1];
  const after = tokens[n];
  // (A capitalised plural of a people or party ends the name where the capitals end: "the 19 Turkish Americans"; not a
  // headline's "the 95 Republican Delegates in Florida".)
  if (PEOPLES_PLURAL.test(last.text) && n - 1 > k) return n >= to || after.kind !== 'word' || !after.capitalized;
  return n < to && after.kind === 'word' && !after.capitalized && /[a-z][^s']s$|people$/.test(after.lower) && !NOT_PLURALS.has(after.lower);
}

/** A word of a people or a party: "Turkish", "Republican", "Democratic", "Chinese", "Israeli", "Catholic". */
const PEOPLES_WORD = /^\p{Lu}\p{Ll}+(?:an|ish|ese|ic|i)$/u;
/** A body's initials: "SBA", "IPEF", "GOP". */
const BODY_INITIALS = /^\p{Lu}{2,5}$/u;
/** A people's or a party's plural: "Americans", "Democrats", "Republicans". */
const PEOPLES_PLURAL = /^\p{Lu}\p{Ll}+(?:ans|ats|ese|is)$/u;

/** Words ending in "s" that are no plural noun. */
const NOT_PLURALS = new Set(['was', 'has', 'does', 'is', 'his', 'its', 'this', 'thus', 'plus', 'us', 'as', 'always', 'across', 'towards', 'less', 'unless', 'whereas', 'perhaps', 'besides']);

/** Do the tokens before a dash at `dash` make a dateline: a place in capitals ("LUNDEN", "BROOKHAVEN, Ohio")? */
function datelineBefore(tokens: Token[], from: number, dash: number): boolean {
  if (dash - from < 1 || dash - from > 6) return false;
  return /^[A-Z][A-Z.'-]+$/.test(tokens[from].text);
}

/** Words after "at 16" in a life story: "at 16 and picked cotton", "at 14 with 30 traps". */
const AFTER_LIFE_AGE = new Set(['and', 'when', 'she', 'he', 'but', 'after', 'so', 'while', 'because', 'before', 'with', 'from', 'in']);

/** Measures that a title's capitals may hold after a figure and a hyphen ("2-Time", "3-Word", "10-Point"). */
const TITLE_MEASURES = new Set(['time', 'word', 'point', 'mile', 'part', 'step', 'game', 'run', 'page', 'member', 'seat', 'percent']);

/** Past tenses that put a value at a figure ("closed at 14", "peaked at 40"): the figure is no age. */
const VALUE_VERBS = new Set(['stabilized', 'stabilised', 'steadied', 'recovered', 'plateaued', 'paused', 'rallied', 'dipped', 'closed', 'opened', 'traded', 'trading', 'stood', 'stands', 'held', 'holds', 'stays', 'stayed', 'remains', 'remained', 'sits', 'sat', 'peaked', 'settled', 'finished', 'ended', 'priced', 'capped', 'valued', 'hovered', 'topped', 'bottomed', 'rated', 'ranked', 'polled', 'estimated', 'pegged', 'fixed', 'set', 'listed', 'launched', 'placed', 'charted', 'landed', 'is', 'was', 'are', 'were']);

/** Verbs of a life story, after which "at 5" is an age. */
const LIFE_VERBS = new Set(['learned', 'learnt', 'moved', 'began', 'started', 'joined', 'left', 'married', 'emigrated', 'immigrated', 'retired', 'became', 'enlisted', 'enrolled', 'graduated', 'arrived', 'debuted', 'competed', 'quit', 'wrote', 'published', 'recorded', 'performed',
  // Deeds in the past tense without "-ed": "went to work gutting sardines at 14", "won her first race at 9".
  // (Not verbs of a standing, a price or a rate: "found Trump the winner … and Rubio at 14", "sold at 14".)
  // ("won at 9 in the straw poll", "grew at 14", "flew to Paris at 6" are a standing, a rate and an hour.)
  'went', 'fled', 'sang', 'fought', 'taught']);

/** Is tokens[last] the next year's last two digits, set to the year at y by a dash alone ("2016–17", "1999–00")? */
function yearEnding(tokens: Token[], y: number, last: number): boolean {
  const dash = tokens[y + 1];
  const end = tokens[last];
  if (last !== y + 2 || dash.end !== end.start || tokens[y].end !== dash.start || !YEAR_DASHES.has(dash.text) || !/^\d\d$/.test(end.text)) return false;
  // (The next year, or a few years on in the same century: "the 1914–18 war".)
  const first = Number(tokens[y].text) % 100;
  const last2 = Number(end.text);
  return last2 === (first + 1) % 100 || (last2 > first && last2 - first <= 10);
}
const YEAR_DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212']);

function isYearToken(t: Token): boolean {
  return t.kind === 'number' && YEAR_1000_TO_2099.test(t.text);
}

/** Verbs of harm, arrest and dismissal before a count, whose list names those it befell: the count is still a claim. */
const TOLL_VERBS = new Set(['killed', 'wounded', 'injured', 'hurt', 'shot', 'arrested', 'charged', 'detained', 'jailed', 'sentenced', 'convicted', 'executed', 'kidnapped', 'abducted', 'indicted', 'fired', 'dismissed', 'suspended']);

/**
 * How many items a list after a colon right after a count names ("three lions: Rambo, Katryn and Nakita"): the
 * count's noun (one or two words), the colon, then items parted by commas and "and" to the sentence's end, each
 * opening with a capital; 0 when there is no such list.
 */
function listOfCount(tokens: Token[], at: number, to: number): number {
  let colon = at;
  while (colon < to && colon - at < 2 && tokens[colon].kind === 'word') colon++;
  if (colon === at || colon >= to || tokens[colon].text !== ':') return 0;
  let items = 0;
  let inItem = false;
  for (let k = colon + 1; k < to; k++) {
    const t = tokens[k];
    if (t.text === ',' || t.lower === 'and') {
      inItem = false;
    } else if (t.kind === 'punct' && t.text !== '-' && t.text !== '.') {
      return 0;
    } else if (t.text !== '.' && !inItem) {
      // Each item opens with a capital (a name).
      if (!t.capitalized) return 0;
      inItem = true;
      items++;
    }
  }
  return items;
}

/** Does the token after a set phrase ("half the story") end it: nothing, punctuation or a word that starts a clause? */
function afterIdiom(t: Token | undefined): boolean {
  return t === undefined || t.kind === 'punct' || AFTER_IDIOM.has(t.lower);
}
const AFTER_IDIOM = new Set(['is', 'was', 'and', 'but', 'of', 'for', 'here', 'when', 'that', 'though', 'in']);

/** Nouns of what a text lists ("Here are three reasons"): points of its own, not things in the world it counts. */
const LISTED = new Set(['reasons', 'ways', 'things', 'takeaways', 'lessons', 'questions', 'steps', 'tips', 'options', 'priorities', 'signs', 'facts', 'myths', 'points', 'keys', 'rules', 'problems', 'moments', 'observations']);
/** Words between such a count and its noun ("two primary reasons", "three big takeaways"). */
const LISTED_MODIFIERS = new Set(['main', 'primary', 'key', 'big', 'biggest', 'major', 'important', 'simple', 'basic', 'quick', 'more', 'other', 'possible', 'good']);

/**
 * Is the figure the count of what the text lists next: "Here are N <noun>" or "There are N <noun>", a noun of LISTED
 * (past one modifier of LISTED_MODIFIERS), N a single figure up to twenty?
 */
function listCount(tokens: readonly Token[], e: NumberExpression, from: number): boolean {
  const be = tokens[e.first - 1];
  const lead = tokens[e.first - 2];
  if (be === undefined || lead === undefined || e.first - 2 < from || (be.lower !== 'are' && be.lower !== '\'re')) return false;
  if (lead.lower !== 'here' && lead.lower !== 'there') return false;
  const figure = tokens[e.figure].lower;
  const value = ALL_DIGITS.test(figure) ? Number(figure) : NUMBER_WORDS.get(figure);
  if (value === undefined || value > 20 || e.figure !== e.last) return false;
  let n = e.last + 1;
  if (tokens[n] !== undefined && LISTED_MODIFIERS.has(tokens[n].lower)) n++;
  return tokens[n] !== undefined && LISTED.has(tokens[n].lower);
}
