/**
 * A block read in the light of what came before: its direct quotes, numeric claims and source mentions as records,
 * mentions resolved through the register of people. The attribution stage fills in who each claim is attributed to.
 */
import type { Attribution, Span } from './types';
import { sourceOffset, sourceSpan, type Block } from './markdown';
import { EPITHET_HEADS, genderOf, placeOf, sentenceKey, type Gender, type OpeningBody, type People, type Person, type Place } from './people';
import { ANONYMITY_WORDS, DEMONYMS, FEMALE_WORDS, FORMS_OF_PRONOUN, KIN, PRONOUN_FORMS, MALE_WORDS, MONTHS, NAMED_BY_NOUN, ORG_NAME_WORDS, ORG_NOUNS, PEOPLE_OF, ROLE_NOUNS, TITLE_ACRONYMS, TITLE_WORDS, WEEKDAYS } from './text/lexicon';
import { ARTICLE, mentionWords, surnameKey, type LocalReading, type MentionWords, type Named, type ParagraphMemo, type Sentence } from './reading';
import { askedToDo, CLAUSE_SUBORDINATORS, issuesDocumentAt, oneOfTrade, pluralsApostrophe, QUOTE_MARKS, SPEECH_CUES, tokenAtOrAfter, type SourceMention } from './text/attribution';
import type { NumberExpression } from './text/numbers';
import type { QuoteSpan } from './text/quotes';
import { KeptObjects } from './text/kept';
import { itemAt, lastStartingAtOrBefore } from './text/spans';
import { Token } from './text/tokens';
import { QUOTE_VERB } from './text/quote-speakers';
import { AGE_WORD, isGivenName } from './text/names';
import { capitalised, endsWithPossessive, firstPiece, lastPiece, pieceCount, secondPiece, withoutFinalS, withoutPossessive, wordIn } from './text/words';

/** Relatives a family's story calls by their place in it ("the father", "the mother"). */
const PARENT_OR_SPOUSE = new Set(['father', 'mother', 'husband', 'wife', 'dad', 'mom']);
const THE = /^the\s/i;
/** A spouse named by the other's possessive ("her husband", "his wife"). */
const SPOUSE_OF_OWNER = /^(?:her\s+husband|his\s+wife)$/i;
/** A role of or owned by something ("the secretary of state's office", "the leader of the group"): not an epithet. */
const OF_OR_OWN = /\sof\s|['’]s?(?:\s|$)/;

/** Verbs after which "her" or "his" is the speaker's own ("said her husband"; not "told her"). */
const OWN_WORD_CUES = new Set(['say', 'add', 'note', 'explain', 'recall', 'write', 'acknowledge', 'admit', 'insist']);

// Patterns of the tests below, made once (a pattern written in a function is a new object each time it is reached).
const DEFINITE = /^(?:the|his|her|their)\s/i;
/** Counsel in court, who takes no article ("counsel said", "defence counsel told the jury"): one barrister. */
const BARE_COUNSEL = /^(?:(?:defence|defense|defending|prosecuting|prosecution|crown)\s+)?counsel$/i;
/** Words that open a phrase of one unnamed person: "a teacher", "one official", "another resident". */
const ONE_UNNAMED = /^(?:a|an|one|another)\s/i;
/** Nouns of outlets and bodies that describe a name as theirs ("the business newspaper Dagens Næringsliv"). */
const OUTLET_NOUNS = new Set(['newspaper', 'paper', 'daily', 'tabloid', 'weekly', 'channel', 'network', 'station', 'magazine', 'outlet', 'website', 'agency', 'company', 'firm', 'broadsheet']);
/** Does the mention at prose offset `start` follow a subordinator, with "the" or not ("after Halvorsen Steel announced")? */
function afterSubordinator(tokens: Token[], start: number): boolean {
  const at = tokenAtOrAfter(tokens, start);
  const before = tokens[at - 1]?.lower === 'the' ? tokens[at - 2] : tokens[at - 1];
  return before !== undefined && SPEECH_SUBORDINATORS.has(before.lower);
}
const SPEECH_SUBORDINATORS = new Set(['after', 'before', 'when', 'because', 'since', 'until', 'while', 'once', 'although', 'though', 'as']);

/**
 * Does a later mention of a sentence stand inside what its first speaker said: the first names its speaker before a
 * verb of saying, and the later one comes after that verb ("Ward said he had been told by Steven Kraus that …")?
 */
function reportedWithin(tokens: Token[], first: SourceMention, later: SourceMention): boolean {
  if (first.inverted || first.start >= first.cueStart || !REPORTED_SPEECH.has(first.cueLemma) || later.start <= first.cueEnd || (first.kind !== 'named' && first.kind !== 'pronoun')) return false;
  // (Not a speaker of a clause of its own: "Duda said … while Interior Minister Joachim Brudziński wrote".)
  const before = tokens[tokenAtOrAfter(tokens, later.start) - 1];
  return before !== undefined && !CLAUSE_OPENERS.has(before.lower) && before.kind === 'word';
}
/** Words that open a clause of its own after a speaker's words ("while", "but"). */
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'and', 'but', 'as', 'although', 'though', 'when', 'after', 'before']);
/** Verbs of saying after which a sentence goes on with what was said. */
const REPORTED_SPEECH = new Set(['say', 'tell', 'add', 'explain', 'recall', 'insist', 'argue', 'claim', 'note']);

/** Records that a mention stands for someone the register holds, who speaks there, and returns the record. */
function spokenBy(record: MentionRecord, person: Person, people: People, block: Block, place: Place): MentionRecord {
  speak(people, person, block, place);
  record.person = person;
  record.attribution.source = person.name;
  record.attribution.namedAt = person.lastNamed;
  return record;
}

/**
 * The body a sentence of this paragraph or the one before opened with (People.lastBody) when its name holds the noun
 * ("the bank" for "The Central Bank of Chile"), or else one such a sentence named anywhere ("the university" for
 * "Students occupied the University of Santiago"), registered as a body; undefined otherwise.
 */
function openingBodyNamedBy(people: People, head: string, place: Place, modifier?: string): Person | undefined {
  if (!NAMED_BY_NOUN.has(head)) return undefined;
  const body = people.lastBody;
  // (A word before the noun must be in the name too: "the customs service" is not "The Public Prosecution Service".)
  const modified = (b: OpeningBody): boolean => modifier === undefined || wordIn(b.source!.prose.slice(b.at, b.end), capitalised(modifier));
  if (body !== null && body.source !== null && body.block >= place.block - 1 && wordIn(body.source.prose.slice(body.at, body.end), capitalised(head)) && modified(body)) return nameBodyWithoutArticle(people, body, place);
  // (Or one named anywhere in a sentence of this paragraph or the one before: "Students occupied the University of
  // Santiago …" then "the university said"; read only when asked, as few drafts ask.)
  // (Not past one of that noun named without a name since: "the trade group for the Blue Cross Blue Shield plans
  // spelled out its concerns …. "…," the group wrote" is that group, not "UnitedHealth Group" before it.)
  const namedList: NamedBody[] = [];
  for (const kept of people.keptBlocks) if (kept.block.index >= place.block - 1) noteNamedBodies(kept.block, kept.tokens, kept.sentences, namedList);
  for (let k = namedList.length - 1; k >= 0; k--) {
    const named = namedList[k];
    if (named.body.block < place.block - 1 || named.body.source === null) break;
    if (named.noun !== head || named.body.sentence > place.sentence || (named.unnamed && named.body.sentence === place.sentence)) continue;
    if (named.unnamed || !modified(named.body)) return undefined;
    return nameBodyWithoutArticle(people, named.body, place);
  }
  return undefined;
}

/** Abbreviations that end a body's name and the noun a later "the …" names it by ("Ravenna FC" is "the club"). */
const BODY_ABBREVIATION_NOUNS: ReadonlyMap<string, string> = new Map([['FC', 'club'], ['AFC', 'club'], ['CF', 'club'], ['Inc', 'company'], ['Corp', 'company'], ['Ltd', 'company'], ['Plc', 'company'], ['PLC', 'company'], ['LLC', 'company']]);

/** A name of two words or more past an opening "The" ("Friends of the Tramway", not "The Leaders"). */
const MANY_WORDS = /\S\s+\S/;
const OPENING_THE = /^the\s+/i;
/** Does the body a sentence opened with have a name of two words or more (MANY_WORDS)? */
function namedInWords(body: OpeningBody | null): boolean {
  return body !== null && body.source !== null && MANY_WORDS.test(body.source.prose.slice(body.at, body.end).replace(OPENING_THE, ''));
}
/** Words inside a body's name between its capitals ("University of Santiago", "Council for the Arts"). */
const BODY_NAME_JOINERS = new Set(['of', 'for', 'on', 'the', 'and', '&']);

/** A body a sentence names by a word of one, with the noun a later "the …" names it by; or one of that noun unnamed. */
interface NamedBody {
  body: OpeningBody;
  noun: string;
  unnamed: boolean;
}

/**
 * The bodies a block names by a word of one anywhere in its sentences, added to `list` in order: the run of capitals
 * around the word, with "of" and "for" inside it, and "the" before it; and bodies of such a noun named without a name
 * ("the trade group for …"), as unnamed.
 */
function noteNamedBodies(block: Block, tokens: readonly Token[], sentences: readonly Sentence[], list: NamedBody[]): void {
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    for (let k = s.first; k < s.last; k++) {
      const t = tokens[k];
      if (t.kind !== 'word') continue;
      if (!t.capitalized) {
        // (A body of that noun with no name: "the trade group for …", "a Chicago law firm".)
        if (NAMED_BY_NOUN.has(t.lower) && k > s.first && tokens[k - 1].kind === 'word' && !tokens[k - 1].capitalized) {
          list.push({ body: { source: block, block: block.index, at: t.start, end: t.end, sentence: sentenceKey(block, i) }, noun: t.lower, unnamed: true });
        }
        continue;
      }
      const noun = BODY_ABBREVIATION_NOUNS.get(t.text) ?? (NAMED_BY_NOUN.has(t.lower) ? t.lower : undefined);
      if (noun === undefined || k === s.first) continue;
      let l = k;
      while (l - 1 >= s.first && ((tokens[l - 1].kind === 'word' && tokens[l - 1].capitalized) || ((tokens[l - 1].text === '&' || tokens[l - 1].lower === 'and') && l - 2 >= s.first && tokens[l - 2].kind === 'word' && tokens[l - 2].capitalized))) l--;
      let r = k;
      for (;;) {
        if (r + 1 < s.last && tokens[r + 1].kind === 'word' && tokens[r + 1].capitalized) r++;
        // (Not a day after "on": "The … Authority of South Africa on Wednesday suspended".)
        else if (r + 2 < s.last && BODY_NAME_JOINERS.has(tokens[r + 1].lower) && tokens[r + 2].kind === 'word' && tokens[r + 2].capitalized && !(tokens[r + 1].lower === 'on' && (WEEKDAYS.has(tokens[r + 2].lower) || MONTHS.has(tokens[r + 2].lower)))) r += 2;
        else if (r + 3 < s.last && tokens[r + 1].lower === 'for' && tokens[r + 2].lower === 'the' && tokens[r + 3].capitalized) r += 3;
        else break;
      }
      if (l === k && r === k) continue;
      const at = l - 1 >= s.first && tokens[l - 1].lower === 'the' ? tokens[l - 1].start : tokens[l].start;
      const body: OpeningBody = { source: block, block: block.index, at, end: tokens[r].end, sentence: sentenceKey(block, i) };
      // (Not under a noun joined by "and" to the word after it, short of the name's head: "the University and College
      // Union" is no "university".)
      if (tokens[k + 1]?.lower !== 'and' || k + 1 > r) list.push({ body, noun, unnamed: false });
      // (Under each body's noun in its name: "The Charity Commission for England and Wales" is "the commission" too.)
      for (let j = k + 1; j <= r; j++) {
        const also = tokens[j].capitalized ? BODY_ABBREVIATION_NOUNS.get(tokens[j].text) ?? (NAMED_BY_NOUN.has(tokens[j].lower) ? tokens[j].lower : undefined) : undefined;
        if (also !== undefined && also !== noun) list.push({ body, noun: also, unnamed: false });
      }
      k = r;
    }
  }
}

/** Registers the body a sentence opened with (People.lastBody, its source set) under `name`, as a body. */
function nameOpeningBody(people: People, body: OpeningBody, place: Place, name: string): Person {
  return people.name(name, sourceSpan(body.source!, body.at, body.end), place, NO_DESCRIPTORS, 'organization');
}

/** Registers a body a sentence named (its source set) under its name as written there, past "The". */
function nameBodyWithoutArticle(people: People, body: OpeningBody, place: Place): Person {
  return nameOpeningBody(people, body, place, body.source!.prose.slice(body.at, body.end).replace(/^[Tt]he\s+/, ''));
}
/**
 * The word before the noun of "the" and a body's noun (BARE_BODY), in lower case: "customs" of "the customs service",
 * which the name of a body it stands for must hold. Undefined for the noun alone.
 */
function bodysModifier(phraseWords: readonly string[]): string | undefined {
  return phraseWords.length === 2 ? phraseWords[0].toLowerCase() : undefined;
}

/** "The" and a body's noun in lower case, with a word before it or not ("the ministry", "the regional commission"). */
const BARE_BODY = /^[Tt]he\s+(?:[a-z-]+\s+)?[a-z]+$/;
/** "The" and one capitalised word ("The Pentagon"). */
const THE_ONE_WORD = /^[Tt]he\s+\p{Lu}[\p{L}'’-]*$/u;
/** One of a group named by its people: "One of the officers", "another of the victims". */
const ONE_OF_GROUP = /^(?:one|another)\s+of\s/i;
const PLURAL_ANY_CASE = /[^su]s$/i;
const PLURAL = /[^su]s$/;
const POLICE_LAST = /\bpolice$/i;
/** The prepositions of people and their place, as an alternation ("at|in|of|…"). */
const PEOPLE_OF_WORDS = [...PEOPLE_OF].join('|');
/** People named with where they are: "Officials at the ministry", "Residents of the town". */
const PEOPLE_BEFORE_PLACE = new RegExp(`^(?:\\S+\\s+){0,3}[A-Za-z]*[a-rt-z]s\\s+(?:${PEOPLE_OF_WORDS})\\s`);
/** A phrase that names a place or body after its head: "The head of the local council" (not a title, "the secretary of state"). */
const OF_A_PLACE = new RegExp(`\\s(?:${PEOPLE_OF_WORDS})\\s+(?:the|a|an|its|their|his|her|this|that)\\s`, 'i');

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

/** The legal ending of a firm's name ("Ardmore Airport Ltd", "Vantor Motors Inc."). */
const FIRM_ENDING = /\b(?:Ltd|Limited|Inc|Plc|PLC|plc|LLC|LLP|Corp|GmbH|AG)\.?$/;

/** A role held for a body named by its noun after "the": "A spokeswoman for the office" (the role, the noun). */
const HELD_FOR_BODY = /^((?:a|an|the|one)\s+(?:[\w-]+\s+){0,2}?(?:spokes(?:man|woman|person)|representative|lawyer|attorney|official))\s+for\s+the\s+([a-z]+)$/i;

/** Cues that go on with what the speaker was saying ("she added"): the speaker before, not a new subject. */
const CONTINUING_CUES = new Set(['add', 'continue']);

/** Turns a mention into an attribution, resolving pronouns, surnames and descriptions through the register of people. */
export function resolveMention(m: SourceMention, sentence: number, block: Block, tokens: Token[], people: People, known?: MentionWords): MentionRecord {
  const range = sourceSpan(block, m.start, m.end);
  const place = placeOf(block, sentence);
  const record: MentionRecord = { block, sentence, mention: m, attribution: { kind: m.kind, source: m.name, cue: m.cue || null, range } };
  const { descriptors, phrase, phraseWords } = known ?? mentionWords(m, tokens);
  // ("the paper notes …, and it says …": a document named with "the" is the one a later "it" reads from.)
  if (m.kind === 'document' && THE_OR_THIS.test(m.text)) people.lastDocument = { name: m.text, block: block.index, range, sentence: place.sentence, leads: false };
  // "In a statement, Northshore said it had spent $40 million. "…," the statement said.": the statement is the words of
  // whoever gave it earlier in the paragraph, who speaks on (not a statement named in a paragraph before: "… read the
  // statement" after "released a statement saying" there stays the document).
  // ("X said in a statement that …" closing the paragraph before: the statement the next one quotes is still X's;
  // not one only released there, "released a statement saying …", which a later paragraph may quote as a document.)
  // (Each paragraph is asked once, at its first source.)
  if (people.statementCheckedIn !== block.index) {
    people.statementCheckedIn = block.index;
    if (STATEMENT_SAID.test(block.prose)) people.statementGivenIn = block.index;
  }
  if (m.kind === 'document' && THE_STATEMENT.test(m.text) && (STATEMENT_GIVEN.test(block.prose.slice(0, m.start)) || people.statementGivenIn === block.index - 1)) {
    const giver = people.spokeEarlierIn(place, true);
    if (giver && giver.kind !== 'role') {
      record.attribution.kind = giver.kind === 'person' ? 'named' : 'organization';
      return spokenBy(record, giver, people, block, place);
    }
  }
  // "Guardian said" after "Mayor Don Guardian", "YELLEN:" in a transcript after "Janet Yellen": a word read as a
  // body's is, alone, the surname of the person the draft named in full with it.
  // (Not a body reporting: "Fox reported" after "Actress Megan Fox" is the network.)
  const surnamed = m.kind === 'organization' && m.name.indexOf(' ') < 0 && m.cueLemma !== 'report' ? people.bySurnameKey(m.name.toLowerCase()) : undefined;
  // "“It was an emotional day,” the Spaniard said": one of a people after "the" is an epithet of someone named.
  // (Read as a body's name after "says": "“I am a rookie,” says the Brazilian".)
  const demonymOf = (m.kind === 'named' || (m.kind === 'organization' && m.inverted)) && m.name.indexOf(' ') < 0 && DEMONYMS.has(m.name.toLowerCase()) && theBefore(tokens, m.start) ? people.demonym(m.name.toLowerCase(), place, range.start) : undefined;
  // ("the elder Petrescu said", "the younger Nhaga": of two people who share the surname, the one the draft makes so.)
  const generation = m.kind === 'named' && m.name.indexOf(' ') < 0 ? generationBefore(tokens, m.start) : 0;
  const generational = generation !== 0 ? people.ofGeneration(m.name.toLowerCase(), generation > 0) : undefined;
  if (generational) return spokenBy(record, generational, people, block, place);
  // ("“He is hoping for the best,” the MP said" after "Conservative MP Alistair Grieve": a title in capitals.)
  const titledOf = !demonymOf && (m.kind === 'named' || m.kind === 'organization') && TITLE_ACRONYMS.has(m.name) && theBefore(tokens, m.start) ? people.describe(['the', m.name.toLowerCase()], { offset: range.start, place }) : undefined;
  if (demonymOf || titledOf) {
    record.attribution.kind = 'named';
    return spokenBy(record, (demonymOf ?? titledOf)!, people, block, place);
  }
  if (m.kind === 'named' || (surnamed !== undefined && surnamed.kind === 'person' && surnamed.name.indexOf(' ') > 0)) {
    // ("according to the business newspaper Dagens Næringsliv": a name described only as an outlet or a body's is the
    // body's, no "he" or "she"; not "newspaper reporter Jan Berg".)
    // (So is one capitalised word after "the": "The Pentagon said", "the Kremlin said" — no person takes "the".)
    // (Not a given name: "The Donald said" is a man.)
    // (Nor a person's full name with the body they are of: "Thomas Reinholt of the firm Sentinel Labs Europe said".)
    const personsName = m.name.indexOf(' ') > 0 && isGivenName(firstPiece(m.name));
    const body = m.kind === 'named' && ((descriptors.some((d) => OUTLET_NOUNS.has(d)) && !personsName && !descriptors.some((d) => ROLE_NOUNS.has(d) || KIN.has(d))) || (THE_ONE_WORD.test(m.text) && !isGivenName(lastPiece(m.text))));
    const person = people.name(m.kind === 'named' ? m.name : surnamed!.name, range, place, descriptors, body ? 'organization' : 'person');
    if (m.kind !== 'named') record.attribution.kind = 'named';
    // (Not a turn of speech when another's verb takes the words: "Biden rubbished Trump's claim to understand the
    // middle class" then "“…,” he said" is Biden.)
    // (Nor a person a sentence says has shown something: "Schlafly noted that Trump has shown he is willing to
    // negotiate" then ""…," she wrote" is not Trump; "Mike Pence showed the crowd a clip" goes on to speak.)
    if (!takenWords(tokens, m) && !(m.cue.toLowerCase() === 'shown' && person.kind === 'person')) speak(people, person, block, place);
    // "Bev Hollister, 78, said her husband …": "her" or "his" and a relative right after the speaker's verb gives a sex
    // the name did not (not "said her client", "said his death": another's).
    if (person.gender === 'unknown' && !m.inverted && OWN_WORD_CUES.has(m.cueLemma)) {
      const k = tokenAtOrAfter(tokens, m.cueEnd);
      const owner = tokens[k]?.lower;
      if ((owner === 'her' || owner === 'his') && KIN.has(tokens[k + 1]?.lower ?? '')) person.gender = owner === 'her' ? 'female' : 'male';
    }
    // "Harpreet Gill, who runs a labour hire company, said he had placed 85 workers": "he" or "she" opening the clause
    // the verb reports, where the draft first names its speaker in full, is the speaker, whose sex the draft gives over
    // the lists of given names (not later, "Kimura said she once swam …" of another; nor a sex the draft gave, "Mrs Lee").
    // (Only "said", "says", …, after nothing that names another: not "Hillary Clinton went on offense against Donald
    // Trump, saying he would …".)
    // (Nor a pronoun of someone the sentence spoke of before the name: "Her death was confirmed by her nephew, Curtis
    // Sorrell, who said she died in her sleep".)
    if ((person.gender === 'unknown' || person.sexByName === true) && person.kind === 'person' && person.namedAt.start === range.start && m.name.includes(' ') && !m.inverted && OWN_WORD_CUES.has(m.cueLemma) && FINITE_CUE.test(m.cue) && !givenNameBetween(tokens, m.end, m.cueStart)) {
      let k = tokenAtOrAfter(tokens, m.cueEnd);
      if (tokens[k]?.lower === 'that') k++;
      const pronoun = tokens[k]?.lower;
      if ((pronoun === 'he' || pronoun === 'she') && !pronounBefore(tokens, m.start, pronoun)) {
        person.gender = pronoun === 'he' ? 'male' : 'female';
        person.sexByName = false;
      }
    }
    record.person = person;
    record.attribution.source = person.name;
    if (person.namedAt.start !== range.start) record.attribution.namedAt = person.namedAt;
    // "Irene Castellano, who …, and Deshawn Pruitt said": the two speak together, and "they" is both of them.
    const partner = !m.inverted ? coordinatedPerson(tokens, m, people, block, place) : undefined;
    if (partner && partner !== person) {
      const pair = people.pair(partner, person, range, place);
      speak(people, pair, block, place);
      record.attribution.source = pair.name;
    }
  } else if (m.kind === 'pronoun') {
    // "President Obama, who he noted was "…"": a pronoun right after a relative pronoun is not the one the relative
    // stands for.
    const found = people.resolve(m.name, place, CONTINUING_CUES.has(m.cueLemma), relativesAntecedent(tokens, m.start, people));
    // "It showed $200,000", "It found that …": a report or a body named in the same paragraph, no further back (a
    // document named earlier is not in the register, and an older body is not what "it" reads as).
    // (Nor, for "it said", a body of another paragraph when this one named someone it may stand for: "Foxlane said 40
    // jobs would go. It said …" after "The Pentagon said …" paragraphs before.)
    // (Nor when a document opened the sentence before, in this paragraph, and "it" reads from it: "The report, dated 14
    // March, found that …. It says the professor was …" is the report, not a university named paragraphs before.)
    const person = found && m.name === 'it' && found.lastNamedBlock !== place.block && (!SPEECH_CUES.has(m.cueLemma) || people.namesIn(place.block) || (DOCUMENT_READS.has(m.cueLemma) && documentGoesOn(people, place, block))) ? undefined : found;
    // (A body an earlier sentence of the paragraph opened with, named after whoever the register holds: "NASA
    // interrupted its live coverage …. It also credited Leonov …, noting on Twitter "…""; or of the paragraph before,
    // for a paragraph of quotes: "The Harbour Authority held a news conference." then ""…," it said".)
    const body = people.lastBody;
    // (So is "they" that stands for no one else, in the body's own paragraph: "Ceredigion County Council opened rest
    // centres. In a post on social media, they said 37 people …", a council or a club being "they" in British use.)
    // (Or whom a paragraph before stood for: "According to a report by the authority's transport officers, …" then
    // "The campaign group Friends of the Tramway … welcomed …. "…," they said".)
    // (A name of more than one word past "The": not "The Leaders welcomed …" after "Leaders" named before.)
    const opened = (m.name === 'it' || (m.name === 'they' && (!found || (found.lastNamedBlock !== place.block && namedInWords(body))) && body?.block === place.block)) && (SPEECH_CUES.has(m.cueLemma) || DOCUMENT_READS.has(m.cueLemma) || BODY_VOICES.has(m.cueLemma)) && body !== null && body.source !== null && ((body.block === place.block && body.sentence < place.sentence) || (body.block === place.block - 1 && startsWithOpeningMark(block.prose))) && (!person || person.lastNamed.start < body.source.map.start(body.at)) && !documentGoesOn(people, place, block);
    if (person && !opened) {
      record.person = person;
      record.attribution.source = person.name;
      record.attribution.namedAt = person.lastNamed;
      record.pronoun = { lastNamedBlock: person.lastNamedBlock, namedSince: people.namedSince(person.lastNamedSeq, person) };
      speak(people, person, block, place);
    } else if (opened) {
      record.attribution.kind = 'organization';
      spokenBy(record, nameOpeningBody(people, body!, place, body!.source!.prose.slice(body!.at, body!.end)), people, block, place);
    } else if (m.name === 'it' && (DOCUMENT_READS.has(m.cueLemma) || DOCUMENT_READ_WORDS.test(m.cue)) && documentGoesOn(people, place, block)) {
      // ""I just tried you on the phone …," it reads." after "The email, released by Judicial Watch, was sent …":
      // the document this paragraph or the one before opened a sentence with.
      record.attribution.kind = 'document';
      record.attribution.source = people.lastDocument!.name;
      record.attribution.namedAt = people.lastDocument!.range;
      // (It goes on speaking: "…," it said. "…," it read.)
      people.lastDocument = { ...people.lastDocument!, block: place.block, sentence: place.sentence, leads: true };
    }
  } else if (m.belief === true) {
    // A vague group's belief names no one a later "they" stands for.
    return record;
  } else if (m.kind === 'role' || m.kind === 'organization' || m.kind === 'vague') {
    // "the actress", "his daughter": one person, whom an earlier description may name.
    // The mention's last word and its second are read in place (`m.text.split(/\s+/)`'s pieces, which a list of them
    // made for every role, body and vague source cost about 0.1 bytes per input byte over the White House corpus).
    const definite = (DEFINITE.test(m.text) && !PLURAL_ANY_CASE.test(lastPiece(m.text))) || BARE_COUNSEL.test(m.text);
    // (Someone named before the description, not later in its paragraph: "the airline called … "…". Chief executive
    // Graham Noble told …" is the airline's word, though the quote's speaker is read once the paragraph is.)
    // (Not people of a place or body: "The head of the local council" is no one named before as a head.)
    // ("the analyst said" after "Analyst Jeroen Smit said …": a vague noun made definite and singular is the one named
    // so, if any; else it stays vague, the official kept anonymous.)
    // (Nor a body's noun: "Rupert Achebe said the airline would appeal" does not make him "the airline".)
    const described = (m.kind === 'role' || (m.kind === 'vague' && THE.test(m.text))) && definite && !OF_A_PLACE.test(m.text) && !NAMED_BY_NOUN.has(lastPiece(m.text).toLowerCase()) ? people.describe(phraseWords, { offset: range.start, place }, phrase) : undefined;
    // "The father", "the mother" after a couple named together ("David and Louise Turpin"): the one of that sex
    // among a family the draft named (not "her father": someone else's).
    // (So is "her husband", "his wife" of a couple: "Kevin and Julie Marchbank both work at the pottery." then "his wife said".)
    const relative = described === undefined && m.kind === 'role' && ((THE.test(m.text) && phraseWords.length === 1) || SPOUSE_OF_OWNER.test(m.text)) && PARENT_OR_SPOUSE.has(phraseWords[phraseWords.length - 1]) ? people.ofFamily(genderOf(phraseWords.slice(-1)), { offset: range.start, place }) : undefined;
    // "the conservative-leaning newspaper wrote" after "The Wall Street Journal called on …": the outlet named before.
    const outlet = described === undefined && relative === undefined && THE.test(m.text) && phraseWords.length <= 4 ? people.outletDescribed(phraseWords[phraseWords.length - 1]) ?? (m.kind !== 'vague' && phraseWords.length <= 3 && BARE_BODY.test(m.text) ? people.bodyNamedBy(phraseWords[phraseWords.length - 1].toLowerCase(), bodysModifier(phraseWords)) : undefined) : undefined;
    // "the billionaire business mogul told People" after "Donald Trump, the Republican front-runner, …": the person
    // the story is about there, when no description fits (a "he" or "she" there would stand for them).
    const head = phraseWords.length > 0 ? phraseWords[phraseWords.length - 1].toLowerCase() : '';
    const epithet = described === undefined && relative === undefined && outlet === undefined && m.kind === 'role' && THE.test(m.text) && (EPITHET_HEADS.has(head) || AGE_WORD.test(head)) && !OF_OR_OWN.test(m.text) && tokens[tokenAtOrAfter(tokens, m.end)]?.lower !== 'of' ? people.epithet(phraseWords, phrase, place, range.start) : undefined;
    // (Or the body a sentence of this paragraph or the one before opened with, named as no source yet: "The Central
    // Bank of Chile cut its rate …. In a statement, the bank said".)
    const opening = described === undefined && relative === undefined && outlet === undefined && epithet === undefined && m.kind !== 'vague' && BARE_BODY.test(m.text) ? openingBodyNamedBy(people, lastPiece(m.text).toLowerCase(), place, bodysModifier(phraseWords)) : undefined;
    const found = described ?? relative ?? outlet ?? epithet ?? opening;
    if (found && m.kind === 'vague') {
      // (The analyst named before is no source a reader cannot check.)
      record.attribution.kind = 'role';
      record.mention.vague = false;
    }
    if (found) {
      // ("A spokeswoman for the office said" after "The Swiss Federal Office for the Environment": her voice, too.)
      giveVoice(found, m, tokens, place);
      return spokenBy(record, found, people, block, place);
    }
    // "A spokeswoman for the office said" after "The Swiss Federal Office for the Environment announced": the role held
    // for the body named before, by its name.
    const heldFor = m.kind === 'role' ? HELD_FOR_BODY.exec(m.name) : null;
    const servedBody = heldFor !== null && NAMED_BY_NOUN.has(heldFor[2]) ? people.bodyNamedBy(heldFor[2]) ?? openingBodyNamedBy(people, heldFor[2], place) : undefined;
    // (A firm's name with its legal ending takes no article: "a spokeswoman for Ardmore Airport Ltd".)
    if (servedBody) record.attribution.source = `${heldFor![1]} for ${FIRM_ENDING.test(servedBody.name) ? '' : 'the '}${servedBody.name.replace(ARTICLE, '')}`;
    const named = servedBody ? record.attribution.source.replace(ARTICLE, '') : phrase;
    // "A Marsh Creek teacher, who asked that her name not be used, said …": one unnamed person, whom "she" or "he" in
    // the same paragraph may stand for (People.resolve keeps them to it), not a group.
    // (So is "A senior military officer, who spoke on condition of anonymity, …": a role with "a" whose anonymity the
    // sentence gives; another role with "a" may go on speaking in the next paragraph.)
    // ("One barista said …", "A Cairns cafe owner said …": one of a trade or role, vague by the words alone, is
    // registered as the role it is, whom "she" in a later paragraph may stand for.)
    const trade = oneOfTrade(m);
    const single = ((m.kind === 'vague' && !trade) || (m.kind === 'role' && anonymityAfter(tokens, m.end))) && ONE_UNNAMED.test(m.text) && !PLURAL_ANY_CASE.test(lastPiece(m.text)) && secondPiece(m.text)?.toLowerCase() !== 'of';
    // (A role kept anonymous is still one person: "the officer, who spoke on condition of anonymity," then "he said".)
    // (So is one of a group: "One of the officers involved said …. "…," he said.")
    const oneOfGroup = ONE_OF_GROUP.test(m.text);
    const role = m.kind === 'role' || trade || (m.anonymous === true && !PLURAL_ANY_CASE.test(lastPiece(m.text))) || oneOfGroup;
    // ("Officials at the ministry", "Residents of the town": plural by the people before the place.)
    // (By the words before "of": "the head of the internal investigators" is one person; "A police spokesman" is one,
    // "State police" many.)
    // ("A spokesman for the Friends of Eastern Shore Public Radio" is one too: by the words before "for".)
    const of = phrase.indexOf(' of ');
    const held = m.kind === 'role' ? phrase.indexOf(' for ') : -1;
    const cut = held > 0 && (of < 0 || held < of) ? held : of;
    const before = cut > 0 ? phrase.slice(0, cut) : phrase;
    const plural = (m.kind === 'vague' && !single && !role) || PLURAL.test(before) || POLICE_LAST.test(before) || PEOPLE_BEFORE_PLACE.test(m.text);
    // ("was asked by a caller why …": the one who asks is not whom "he said" after the answer stands for.)
    const asker = m.cueLemma === 'ask' && askedBy(tokens, m.start);
    // ("The trust said …. "…," it said": a body named by its noun, "it", whatever the noun is classed as.)
    const bodysNoun = m.kind === 'role' && NAMED_BY_NOUN.has(lastPiece(before).toLowerCase()) && DEFINITE.test(m.text);
    const person = people.name(named, range, place, phraseWords, (role || single) && !plural && !bodysNoun ? 'role' : 'organization', asker);
    giveVoice(person, m, tokens, place);
    if (plural && person.gender === 'neuter' && m.kind !== 'organization') person.gender = 'plural';
    if ((role || single) && !plural && person.gender === 'unknown') person.gender = genderOf(phraseWords);
    // ("A principal in Co Donegal, who asked not to be named because her board had not met, said": the clause between
    // one unnamed person and the cue says which.)
    if ((role || single) && !plural && person.gender === 'unknown' && m.cueStart > m.end) person.gender = asideGender(block.prose.slice(m.end, m.cueStart));
    // (One of a group, too, only in its paragraph: "One of the victims said …" is not "she" in the next.)
    if (single || oneOfGroup) person.unnamedOne = true;
    // (One of a group who opens a paragraph of their own may: "One of the librarians said the mood was grim." then
    // ""…," she said".)
    if ((single && (m.kind === 'role' || ROLE_NOUNS.has(secondPiece(m.text)?.toLowerCase() ?? ''))) || (oneOfGroup && tokenAtOrAfter(tokens, m.start) === 0)) person.anonymousRole = true;
    if (!asker) speak(people, person, block, place);
    record.person = person;
  }
  return record;
}

/** The sex a relative clause after a source says of it ("…, who asked not to be named because her board …,"), if one. */
function asideGender(aside: string): Gender {
  if (!RELATIVE_ASIDE.test(aside)) return 'unknown';
  const her = HER.test(aside);
  const his = HIS.test(aside);
  return her === his ? 'unknown' : her ? 'female' : 'male';
}
const RELATIVE_ASIDE = /^\s*,?\s*who\b/i;
const HER = /\b(?:her|she|herself)\b/i;
const HIS = /\b(?:his|he|him|himself)\b/i;

/** The person a relative pronoun right before the mention at `start` stands for ("Obama, who he noted"), if named. */
function relativesAntecedent(tokens: Token[], start: number, people: People): Person | undefined {
  const k = tokenAtOrAfter(tokens, start);
  // ("who, he noted, was": the pronoun set off by commas.)
  const r = tokens[k - 1]?.text === ',' ? k - 2 : k - 1;
  const rel = tokens[r];
  if (r < 1 || rel === undefined || (rel.lower !== 'who' && rel.lower !== 'whom')) return undefined;
  const noun = tokens[r - 1].text === ',' ? tokens[r - 2] : tokens[r - 1];
  return noun !== undefined && noun.kind === 'word' && noun.capitalized ? people.bySurnameKey(surnameKey(noun)) : undefined;
}

/**
 * Is the mention a possessive owner of the words ("Trump's claim") that a verb before it takes as its object
 * ("rubbished Trump's claim", "echoed Obama's warning")? Their owner did not speak in this sentence; the verb's subject
 * did.
 */
function takenWords(tokens: Token[], m: SourceMention): boolean {
  const k = tokenAtOrAfter(tokens, m.start);
  const owner = tokens[k];
  if (owner === undefined || m.cueStart < m.end || !endsWithPossessive(owner.text)) return false;
  const verb = tokens[k - 1];
  return verb !== undefined && verb.kind === 'word' && !verb.capitalized && /(?:ed|s)$/.test(verb.lower) && !FUNCTION_WORDS_BEFORE_OWNER.has(verb.lower);
}

/** Words ending like a verb that stand before an owner without taking the words: "as", "was", "his", "its"… */
const FUNCTION_WORDS_BEFORE_OWNER = new Set(['as', 'was', 'is', 'has', 'his', 'its', 'this', 'does', 'us', 'plus', 'across', 'towards', 'afterwards', 'besides', 'unless', 'whereas']);

/** Does the mention starting at `start` follow "asked by" ("was asked by a caller why …")? */
function askedBy(tokens: Token[], start: number): boolean {
  const k = tokenAtOrAfter(tokens, start);
  return k >= 2 && tokens[k - 1].lower === 'by' && tokens[k - 2].lower === 'asked';
}

/** "A spokeswoman for the authority said": the body speaks with her voice, whom "she said" after may stand for. */
function giveVoice(person: Person, m: SourceMention, tokens: Token[], place: Place): void {
  const voice = m.kind === 'organization' ? spokespersonsSex(tokens, m.start) : 'unknown';
  if (voice !== 'unknown') {
    person.voice = voice;
    person.voiceBlock = place.block;
  }
}

/**
 * The sex of "a spokeswoman for" or "a spokesman for" right before a body's mention at `start`, or opening it ("A
 * spokeswoman for Westfield City Council said"), if either.
 */
function spokespersonsSex(tokens: Token[], start: number): 'male' | 'female' | 'unknown' {
  let k = tokenAtOrAfter(tokens, start);
  if (k + 2 < tokens.length && tokens[k + 2].lower === 'for' && ARTICLES.has(tokens[k].lower)) k += 3;
  if (k < 2 || tokens[k - 1].lower !== 'for') return 'unknown';
  const w = tokens[k - 2].lower;
  return w === 'spokeswoman' ? 'female' : w === 'spokesman' ? 'male' : 'unknown';
}
/** Articles (before a spokesperson, before an outlet: "In the Times,"). */
const ARTICLES = new Set(['a', 'an', 'the']);

/** Does a form of the pronoun stand in the sentence before offset `at` (back to a full stop, 40 tokens at most)? */
function pronounBefore(tokens: Token[], at: number, pronoun: string): boolean {
  const forms = FORMS_OF_PRONOUN.get(pronoun);
  if (forms === undefined) return false;
  for (let k = tokenAtOrAfter(tokens, at) - 1, n = 0; k >= 0 && n < 40; k--, n++) {
    const t = tokens[k];
    if (t.text === '.' || t.text === '?' || t.text === '!') return false;
    if (forms.has(t.lower)) return true;
  }
  return false;
}
/** A verb of speech in the past or the present, not its participle: "said", "adds". */
const FINITE_CUE = /^[a-z]+(?:ed|s|id|ote)$/i;
/** Is a given name written between two offsets (someone else named between a speaker and the verb)? */
function givenNameBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = tokenAtOrAfter(tokens, from); k < tokens.length && tokens[k].start < to; k++) if (tokens[k].capitalized && isGivenName(tokens[k].text)) return true;
  return false;
}

/**
 * Marks a mention's person as having spoken, unless in a headline, whose source ("Farmers say …") names who the story
 * is about, not who speaks in its paragraphs. (A function of its own, not one made for every mention.)
 */
function speak(people: People, p: Person, block: Block, place: Place): void {
  if (block.kind !== 'heading') people.spoke(p, place);
}

/** A word in lower case other than "and" (a role's word between "and" and a name). */
const plainWord = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && !t.capitalized && t.lower !== 'and';
/** A role, or a hyphenated word with a role in it ("vice-chair"). */
const roleWord = (t: Token): boolean => ROLE_NOUNS.has(t.lower) || (t.lower.includes('-') && t.lower.split('-').some((w) => ROLE_NOUNS.has(w)));

/**
 * The person named before "and" in front of a named source, past an appositive or relative clause ("Irene
 * Castellano, who cast the lone vote, and Deshawn Pruitt"), when the register already knows them.
 */
function coordinatedPerson(tokens: Token[], m: SourceMention, people: People, block: Block, place: Place): Person | undefined {
  let k = lastStartingAtOrBefore(tokens, m.start - 1, (t) => t.start);
  // "board chair Gloria Hatzidakis and vice-chair Samuel Oyelowo said": a role before the second name.
  // ("assistant coach Dan Park": up to two words in lower case, one of them a role.)
  if (k > 0 && plainWord(tokens[k])) {
    if (roleWord(tokens[k])) k -= plainWord(tokens[k - 1]) ? 2 : 1;
    else if (plainWord(tokens[k - 1]) && roleWord(tokens[k - 1])) k -= 2;
    // (The role may open the mention itself: "assistant" before "coach Dan Park".)
    else if (tokens[k + 1] !== undefined && roleWord(tokens[k + 1])) k--;
  }
  if (k < 0 || tokens[k].lower !== 'and') return undefined;
  k--;
  if (k >= 0 && tokens[k].text === ',') {
    // Back over the clause to the comma that opens it.
    let c = k - 1;
    while (c >= 0 && k - c < 30 && tokens[c].text !== ',' && tokens[c].text !== '.' && tokens[c].text !== ';') c--;
    if (c < 0 || tokens[c].text !== ',') return undefined;
    k = c - 1;
  }
  if (k < 0 || !tokens[k].capitalized || tokens[k].kind !== 'word') return undefined;
  // "Gwen and Dafydd Price said": a couple's given names joined before their one surname, the first with it.
  if (tokens[k + 1].lower === 'and' && isGivenName(tokens[k].text) && !(k >= 1 && tokens[k - 1].kind === 'word' && tokens[k - 1].capitalized) && pieceCount(m.name) === 2 && isGivenName(firstPiece(m.name))) {
    const name = `${tokens[k].text} ${lastPiece(m.name)}`;
    return people.find(name) ?? people.name(name, sourceSpan(block, tokens[k].start, tokens[k].end), place);
  }
  // ("Ammon Bundy and Ryan Bundy": the full name first, as the surname alone is the latest of them.)
  const full = k >= 1 && tokens[k - 1].kind === 'word' && tokens[k - 1].capitalized ? people.find(`${tokens[k - 1].text} ${tokens[k].text}`) : undefined;
  const found = full ?? people.bySurnameKey(tokens[k].lower.replace(/['’]s$/, ''));
  if (found) return found.kind === 'person' ? found : undefined;
  // Not met before: a first name and surname alone before "and" ("Jolene Parks and Marcus Tate … said").
  const first = tokens[k - 1];
  const opener = tokens[k - 2];
  if (!first || first.kind !== 'word' || !first.capitalized || ORG_NAME_WORDS.has(first.text) || ORG_NAME_WORDS.has(tokens[k].text)) return undefined;
  if (opener && opener.kind === 'word' && opener.capitalized) return undefined;
  return people.name(`${first.text} ${tokens[k].text}`, sourceSpan(block, first.start, tokens[k].end), place);
}

/** Reads one block in the light of what came before: quotes, numbers and resolved source mentions. */
/** Words that may stand before a paragraph's subject ("But Fiorina …", "Meanwhile, Okafor …"). */
const SUBJECT_OPENERS = new Set(['but', 'and', 'still', 'meanwhile', 'now', 'later', 'yet', 'so', 'then', 'earlier', 'also', ',']);
/** A first sentence that says someone would not speak: who it names opens no account of theirs. */
const NO_COMMENT = /\b(?:declined|refused|did not (?:respond|return|reply|answer)|didn['’]t (?:respond|return|reply)|could not be reached|not immediately|no comment|not available for comment|unavailable for comment)\b/i;

/** A participle that opens a paragraph's phrase ("Repeating from his speech …, Biden rubbished"). Made once. */
const PARTICIPLE_OPENING = /[a-z]{3}ing$/;

/**
 * Where the subject that opens the block stands in the document (past "But", "Meanwhile,"), or -1 when its first
 * sentence says someone would not speak (see People.opensBlock).
 */
function subjectOpening(block: Block, tokens: Token[], sentences: Sentence[], memo: ParagraphMemo): number {
  if (tokens.length === 0 || sentences.length === 0) return -1;
  let k = 0;
  while (k < tokens.length - 1 && k < 3 && SUBJECT_OPENERS.has(tokens[k].lower)) k++;
  // (Told once per reading of the paragraph, kept while its text is unchanged: the pattern read at every character
  // of every paragraph's first sentence was 2.6% of a keystroke's lint in a CPU profile.)
  if ((memo.declinesComment ??= NO_COMMENT.test(block.prose.slice(sentences[0].start, sentences[0].end)))) return -1;
  // "Since launching his bid, Trump has …", "In his assessment of the magnate, Calderon intimated …": past an opening
  // clause or phrase, the name after its comma is the subject.
  // ("Repeating from his speech last week, Biden rubbished …": a participle's phrase opens it too.)
  if (tokens[k].capitalized && (CLAUSE_SUBORDINATORS.has(tokens[k].lower) || OPENING_PHRASES.has(tokens[k].lower) || (k === 0 && tokens[k].kind === 'word' && PARTICIPLE_OPENING.test(tokens[k].lower)))) {
    const last = Math.min(sentences[0].last, k + 20);
    for (let c = k + 1; c < last; c++) {
      if (QUOTE_MARKS.has(tokens[c].text)) break;
      if (tokens[c].text !== ',') continue;
      const t = tokens[c + 1];
      // (Not a name in apposition inside the opening phrase, "After meeting with his attorney, Mark Geragos, Smith
      // returned", nor a possessive, "Following the speech, Trump's poll numbers rose".)
      let e = c + 1;
      while (e + 1 < sentences[0].last && tokens[e + 1].kind === 'word' && tokens[e + 1].capitalized) e++;
      const subject = t !== undefined && c + 1 < sentences[0].last && t.kind === 'word' && t.capitalized && tokens[e + 1]?.text !== ',' && !endsWithPossessive(tokens[e].text);
      if (subject) k = c + 1;
      break;
    }
  }
  // "Tully's campaign manager, Brent Haller,", "His wife, Jessica Thackeray,": the name in apposition is the subject.
  const role = ownersRoleEnd(tokens, k, sentences[0].last);
  if (role > 0) return sourceOffset(block, tokens[role + 1].start);
  // "Campaign chairman Wes Gantry", "Transport minister Sofie Lind": past a role's words in lower case after a
  // capital, the name after them is the subject.
  // ("Students' union president Ffion Maddox-Rees", "The students' union president …": past a plural's apostrophe.)
  let r = k + 1;
  let owner = 0;
  while (r < k + 4 + owner && r < sentences[0].last && ((tokens[r].kind === 'word' && !tokens[r].capitalized) || (owner === 0 && pluralsApostrophe(tokens, r) && ++owner > 0))) r++;
  if (r > k + 1 + owner && r < sentences[0].last && tokens[k].capitalized && ROLE_NOUNS.has(tokens[r - 1].lower) && tokens[r].kind === 'word' && tokens[r].capitalized && isGivenName(tokens[r].text)) k = r;
  // "Sen. Marco Rubio", "Former Texas Gov. Rick Perry": past a title's abbreviation and its full stop, the name after
  // them is the subject.
  for (let j = k; j < k + 4 && j + 2 < sentences[0].last && tokens[j].kind === 'word' && tokens[j].capitalized; j++) {
    if (tokens[j + 1].text === '.' && TITLE_WORDS.has(tokens[j].text) && tokens[j + 2].kind === 'word' && tokens[j + 2].capitalized) {
      k = j + 2;
      break;
    }
  }
  return sourceOffset(block, tokens[k].start);
}

/**
 * Does the register's last document go on speaking as "it" at `place`: in its own sentence or the next ("the paper
 * notes …, and it says"), or in a paragraph of quotes right after the paragraph it opened or closed ("The email,
 * released by …, was sent …" then ""…," it reads.")? Not past another sentence ("Apple declined to comment. "…," it
 * said.").
 */
function documentGoesOn(people: People, place: Place, block: Block): boolean {
  const doc = people.lastDocument;
  if (!doc) return false;
  if (doc.block === place.block) return place.sentence - doc.sentence <= 1;
  // ("The report, released on Monday, found that …" then a paragraph that opens "It also found that …": so the
  // paragraph after, from its first word, when the document's paragraph named no one who might be "it".)
  return doc.block === place.block - 1 && ((doc.leads && startsWithOpeningMark(block.prose)) || (place.sentence === sentenceKey(block, 0) && OPENS_WITH_IT.test(block.prose) && !people.namesIn(doc.block)));
}
const OPENS_WITH_IT = /^It\s/;

/**
 * Cues by which a body the paragraph opened with speaks as "it", besides saying: "it posted", "It forecast", "It
 * called the announcement "…"", "it announced", "it confirmed".
 */
const BODY_VOICES = new Set(['post', 'forecast', 'announce', 'confirm', 'predict', 'urge', 'insist', 'claim', 'report', 'reply', 'respond', QUOTE_VERB]);

/** Cues by which a document speaks as "it": "it reads", "it said", "it notes", "it states", "it estimated", "it found". */
const DOCUMENT_READS = new Set(['read', 'say', 'note', 'state', 'add', 'continue', 'conclude', 'list', 'warn', 'argue', 'explain', 'estimate', 'find', 'show', 'suggest', 'recommend', 'predict', 'project', 'forecast', 'record', 'count', 'tally']);
/** A phrase opening with "the" or "this". */
const THE_OR_THIS = /^(?:the|this)\s/i;
/** A statement named again with "the": "the statement", "the written statement". */
const THE_STATEMENT = /^the\s+(?:[a-z]+\s+)?statement$/i;
/** A statement someone spoke in ("said in a statement", "In a statement, X said"), not only one released. */
const STATEMENT_SAID = /\bin\s+an?\s+(?:[a-z]+\s+)?statement\b/i;
/** A statement given by someone: "In a statement, …", "said in a statement", "issued a statement". */
const STATEMENT_GIVEN = /\b(?:in|issued|released|put out)\s+an?\s+(?:[a-z]+\s+)?statement\b/i;
/** The same cues as words, for a quote's tag no cue list holds ("it reads"). */
const DOCUMENT_READ_WORDS = /^(?:reads?|said|says|notes?|noted|states?|stated|adds?|added|continues?|continued|concludes?|concluded)$/i;
/** Nouns of documents that speak in their own words ("The email …" then "it reads"). */
const SPEAKING_DOCUMENTS = new Set(['email', 'memo', 'letter', 'report', 'paper', 'statement', 'message', 'note', 'document', 'filing', 'complaint', 'lawsuit', 'ruling', 'order', 'opinion', 'ad', 'post', 'tweet', 'release', 'study', 'survey', 'bill', 'resolution', 'indictment', 'affidavit', 'transcript', 'notice', 'guidance', 'directive', 'cable']);

/**
 * Records the document a sentence of this block opens with, "The email, released by …", "The white paper says",
 * as the one a later "it reads" stands for (People.lastDocument).
 */
function noteOpeningDocuments(block: Block, sentences: Sentence[], people: People): void {
  // (No test of the whole paragraph for any such noun first: the alternation of thirty words read at every character
  // was 3% of a keystroke's lint in a CPU profile, where a sentence's first letter tells most sentences apart.)
  for (let s = 0; s < sentences.length; s++) {
    const at = sentences[s].start;
    const c = block.prose.charCodeAt(at);
    // (Most sentences open with no "The" or "This": told by the first letter, without a search.)
    if (c !== 84 && c !== 116) continue;
    // (Read in place, with a sticky pattern: a slice of every sentence that opens with a T was bytes for nothing.)
    OPENING_DOCUMENT.lastIndex = at;
    const m = OPENING_DOCUMENT.exec(block.prose);
    // ("The email was sent", "The leaked memo reads": the noun first, then past one describing word.)
    const noun = m === null ? '' : SPEAKING_DOCUMENTS.has(m[1]) ? m[1] : m[2] !== undefined && SPEAKING_DOCUMENTS.has(m[2]) ? m[2] : '';
    if (m === null || noun === '') continue;
    const end = at + (noun === m[1] ? m[0].indexOf(noun) + noun.length : m[0].length);
    people.lastDocument = { name: block.prose.slice(at, end), block: block.index, range: sourceSpan(block, at, end), sentence: placeOf(block, s).sentence, leads: s === 0 || s === sentences.length - 1 };
  }
}
/**
 * Records the body a sentence of this block opens with as its subject, as the one a later "it said" in the paragraph
 * stands for (People.lastBody): capitalised words, with "The" before them or not, then a verb in lower case, that
 * name a body by a word of one ("Acme Corp.", "the Red Cross Society") or an acronym ("NASA", "FEMA"), or "The" and a
 * body's noun ("The ministry"); not a person ("Ana Ruiz said", "The Prime Minister"), nor one word alone ("Apple").
 */
function noteOpeningBodies(block: Block, tokens: Token[], sentences: Sentence[], people: People): void {
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    let k = s.first;
    const first = tokens[k];
    if (first === undefined || !first.capitalized || first.kind !== 'word') continue;
    const the = first.lower === 'the';
    if (the) k++;
    // ("The campaign group Friends of the South Riding Tramway welcomed …", "The charity Shelter said": what the body
    // is, in lower case, before its name.)
    let described = false;
    if (the) {
      let d = k;
      while (d < s.last && d - k < 3 && tokens[d].kind === 'word' && !tokens[d].capitalized) d++;
      if (d > k && d < s.last && tokens[d].kind === 'word' && tokens[d].capitalized && (NAMED_BY_NOUN.has(tokens[d - 1].lower) || ORG_NOUNS.has(tokens[d - 1].lower))) {
        k = d;
        described = true;
      }
    }
    const start = k;
    let signal = described;
    while (k < s.last && k - start < 12) {
      const t = tokens[k];
      if (t.kind === 'word' && t.capitalized) {
        if (ORG_NAME_WORDS.has(t.text) || acronym(t.text)) signal = true;
        k++;
      } else if (t.text === '.' && k > start && BODY_ABBREVIATIONS.has(tokens[k - 1].text)) k++;
      // ("The Packaging and Logistics Workers' Union": a plural's apostrophe inside the name, against its word.)
      else if (PLURAL_APOSTROPHE.test(t.text) && k > start && t.start === tokens[k - 1].end && tokens[k - 1].lower.endsWith('s') && tokens[k + 1]?.capitalized === true && tokens[k + 1].kind === 'word') k++;
      else if ((t.lower === 'of' || t.lower === 'for' || t.text === '&') && k > start && tokens[k + 1]?.capitalized === true) k++;
      // ("The National Campaign for the Arts in the Regions of England said": "the" after "of" or "for", and the
      // place of a body named so far, inside the name.)
      else if ((t.lower === 'of' || t.lower === 'for' || (t.lower === 'in' && signal)) && k > start && tokens[k + 1]?.lower === 'the' && tokens[k + 2]?.capitalized === true && tokens[k + 2].kind === 'word') k += 2;
      // ("The Department of Hydrology and Meteorology": "and" inside the name, not between two bodies' acronyms.)
      else if (t.lower === 'and' && k > start && tokens[k + 1]?.capitalized === true && tokens[k + 1].kind === 'word' && !acronym(tokens[k - 1].text) && !acronym(tokens[k + 1].text)) k++;
      else break;
    }
    // ("The ministry issued a statement": a body's noun after "The".)
    if (k === start && the && tokens[k]?.kind === 'word' && ORG_NOUNS.has(tokens[k].lower) && !PEOPLE_BODIES.has(tokens[k].lower)) {
      k++;
      signal = true;
    }
    const words = k - start;
    // ("The Kremlin denied …": one capitalised word after "The" is a body, as "The Pentagon said" is; not "The
    // Spaniard won".)
    // (A given name is a person's, below: "The Donald said".)
    if (the && words === 1 && !DEMONYMS.has(tokens[start].lower)) signal = true;
    // ("The Serious Fraud Office, a government agency, welcomed …", "The FNV, which brought the case, said …": past an
    // aside set off by commas, to the verb after it.)
    // ("The Security Information Service (BIS) had been monitoring …": past the acronym in brackets after the name.)
    const nameEnd = k;
    if (words > 0 && tokens[k]?.text === '(' && tokens[k + 2]?.text === ')' && acronym(tokens[k + 1]?.text ?? '')) k += 3;
    // (The paragraph's tokens may leave out the verb: the prose after the aside's comma opens in lower case.)
    let aside = false;
    if (tokens[k]?.text === ',' && words > 0 && ASIDE_OPENERS.has(tokens[k + 1]?.lower ?? '')) {
      const rest = block.prose.slice(tokens[k].end, tokens[k].end + ASIDE_LENGTH);
      const close = ASIDE.exec(rest);
      aside = close !== null && LOWER_WORD_NEXT.test(rest.slice(close[0].length));
    }
    const verb = tokens[k];
    if (!signal || words === 0 || (!aside && (verb === undefined || verb.kind !== 'word' || verb.capitalized || verb.lower === 'of'))) continue;
    // (A noun after the name is no verb: "FBI agents searched", "CDC officials warned" open with the people.)
    if (isGivenName(tokens[start].text) || ROLE_NOUNS.has(verb.lower) || ORG_NOUNS.has(verb.lower) || ROLE_NOUNS.has(withoutFinalS(verb.lower))) continue;
    const at = the && !described ? first.start : tokens[start].start;
    const end = tokens[nameEnd - 1].end;
    // (One record written over: a sentence of a body opens many a paragraph of a statement, and "it" asks for few.)
    const body = (people.lastBody ??= { source: null, block: -1, at: 0, end: 0, sentence: 0 });
    body.source = block;
    body.block = block.index;
    body.at = at;
    body.end = end;
    body.sentence = sentenceKey(block, i);
  }
}
/** An apostrophe, straight or curly. */
const PLURAL_APOSTROPHE = /^['\u2019]$/;
/** Words that open an aside after a body's name: an appositive's article, or a relative pronoun. */
const ASIDE_OPENERS = new Set(['a', 'an', 'the', 'which', 'who', 'whose', 'its', 'one']);
/** How far an aside after a body's name may run (characters), and the aside up to its closing comma. */
const ASIDE_LENGTH = 90;
const ASIDE = /^[^,.;:"\u201c\u201d]{3,80},/;
/** A word in lower case after white space, the verb after an aside: "welcomed", "reacted". */
const LOWER_WORD_NEXT = /^\s+[a-z]{2,}/;
/** Nouns of bodies that are their people, not one voice ("The police", "The forces"). */
const PEOPLE_BODIES = new Set(['police', 'forces', 'firefighters', 'prosecutors\'', 'services', 'team', 'party', 'state', 'city', 'county', 'house', 'paper', 'poll', 'survey']);
/** Is the word an acronym of a body: two to six capitals ("NASA", "FEMA", "WHO"), not a place's ("US", "UK")? */
function acronym(word: string): boolean {
  if (word.length < 2 || word.length > 6 || PLACE_ACRONYMS.has(word)) return false;
  for (let c = 0; c < word.length; c++) {
    const code = word.charCodeAt(c);
    if (code < 65 || code > 90) return false;
  }
  return true;
}
const PLACE_ACRONYMS = new Set(['US', 'UK', 'USA', 'UAE']);
/** Abbreviations that end bodies' names with a full stop ("Acme Corp.", "Vantor Inc."). */
const BODY_ABBREVIATIONS = new Set(['Corp', 'Inc', 'Co', 'Ltd']);
/** No words describing a body named as a sentence's subject. */
const NO_DESCRIPTORS: string[] = [];

/** "The email", "The white paper", "This memo" opening a sentence (the noun captured). */
const OPENING_DOCUMENT = /(?:The|the|This|this)\s+([a-z]+)(?:\s+([a-z]+))?/y;

/** Prepositions that open a phrase before a paragraph's subject ("In his assessment …, Calderon …"). */
const OPENING_PHRASES = new Set(['in', 'on', 'at', 'during', 'despite', 'following', 'with', 'without', 'for', 'under', 'amid', 'throughout', 'through', 'over', 'unlike', 'like', 'speaking', 'asked', 'writing']);

/** Words that measure a time before "after" or "before": "One month after", "Just hours before", "Shortly after". */
const TIME_MEASURES = new Set([
  'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'few', 'several', 'just',
  'only', 'mere', 'shortly', 'soon', 'long', 'moments', 'moment', 'minutes', 'minute', 'hours', 'hour', 'days', 'day',
  'weeks', 'week', 'months', 'month', 'years', 'year', 'decades',
]);

/** Does a measure of time and "after", "before" or "since" open the sentence at `k` ("One month after announcing …,")? */
function timedOpening(tokens: Token[], k: number, last: number): boolean {
  for (let j = k; j < last && j < k + 4; j++) {
    const lower = tokens[j].lower;
    if (j > k && (lower === 'after' || lower === 'before' || lower === 'since')) return true;
    if (!TIME_MEASURES.has(lower) && tokens[j].kind !== 'number') return false;
  }
  return false;
}

/**
 * Tells the register where a clause may start after a comma in each sentence that opens with a clause of its own
 * ("When Maddow pointed out that …, Clinton seized upon …"): a name that opens one is the main clause's subject, not
 * the sentence's first name, and is whom a later "she" stands for. (Every comma: an appositive's or a list's comma
 * opens no name's clause, and the latest name that opens one is the main clause's, "When Lee, Smith and Hill met,
 * Jones chaired".)
 */
function noteMainClauses(block: Block, tokens: Token[], sentences: Sentence[], people: People): void {
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    let k = s.first;
    while (k < s.last - 1 && k - s.first < 3 && SUBJECT_OPENERS.has(tokens[k].lower)) k++;
    // (Where a later sentence's subject may stand: "Rain fell on Monday. Teodoro Condori travelled three hours …".)
    if (i > 0 && k < s.last && tokens[k].kind === 'word' && tokens[k].capitalized) people.opensSentence(block.index, sourceOffset(block, tokens[k].start));
    // "Tully's campaign manager, Brent Haller, blamed …": the name in apposition to a role of another's opens the
    // main clause, not the owner.
    const role = ownersRoleEnd(tokens, k, s.last);
    if (role > 0) {
      people.opensClause(sentenceKey(block, i), sourceOffset(block, tokens[role + 1].start));
      continue;
    }
    // "Asked whether Grant should keep her job, she said": whom the question was about is not who answers it.
    if (k < s.last && ASKED_OPENINGS.has(tokens[k].text)) {
      const comma = commaOutsideQuotes(tokens, k + 1, s.last);
      if (comma > 0) people.opensAsked(sentenceKey(block, i), sourceOffset(block, tokens[comma].start));
    }
    if (k >= s.last || !tokens[k].capitalized || !(CLAUSE_SUBORDINATORS.has(tokens[k].lower) || timedOpening(tokens, k, s.last))) continue;
    // Commas outside quotation marks, or just inside the closing one (`… as "Medicare for all," Clinton`).
    let quoted = false;
    for (let c = k + 1; c < s.last; c++) {
      const t = tokens[c];
      if (QUOTE_MARKS.has(t.text)) quoted = !quoted;
      if (t.text !== ',') continue;
      const next = !quoted ? c + 1 : QUOTE_MARKS.has(tokens[c + 1]?.text ?? '') ? c + 2 : -1;
      // (The offset in the draft as a span's start gives it, read from the block's map: no span made per comma.)
      if (next > 0 && next < s.last && tokens[next].kind === 'word' && tokens[next].capitalized) people.opensClause(sentenceKey(block, i), sourceOffset(block, tokens[next].start));
    }
  }
}

/** Participles of being questioned that open a sentence ("Asked whether …,", "Pressed on …,"). */
const ASKED_OPENINGS = new Set(['Asked', 'Pressed', 'Questioned', 'Challenged']);

/** The first comma in tokens[from, to) outside quotation marks, or -1. */
function commaOutsideQuotes(tokens: Token[], from: number, to: number): number {
  let quoted = false;
  for (let c = from; c < to; c++) {
    if (QUOTE_MARKS.has(tokens[c].text)) quoted = !quoted;
    else if (!quoted && tokens[c].text === ',') return c;
  }
  return -1;
}

/**
 * The comma that closes a role of someone's opening a sentence at k, before a name ("Tully's campaign manager, Brent
 * Haller,"): its index, or -1.
 */
function ownersRoleEnd(tokens: Token[], k: number, last: number): number {
  if (k >= last || tokens[k].kind !== 'word' || !tokens[k].capitalized) return -1;
  let p = k;
  // ("His wife, Jessica Thackeray, collected the award", "The actress, Jessica Thackeray,": a relative or a role
  // after "his", "her", "their" or "the".)
  const owner = ROLE_OWNERS.has(tokens[k].text);
  if (!owner) {
    while (p < last && p - k < 3 && tokens[p].kind === 'word' && tokens[p].capitalized && !endsWithPossessive(tokens[p].text)) p++;
    if (p >= last || !endsWithPossessive(tokens[p].text)) return -1;
  }
  let c = p + 1;
  while (c < last && c - p <= 4 && tokens[c].kind === 'word' && !tokens[c].capitalized) c++;
  const noun = tokens[c - 1].lower;
  return c > p + 1 && c + 1 < last && tokens[c].text === ',' && (ROLE_NOUNS.has(noun) || KIN.has(noun)) && tokens[c + 1].kind === 'word' && tokens[c + 1].capitalized && (!owner || isGivenName(tokens[c + 1].text)) ? c : -1;
}
const ROLE_OWNERS = new Set(['His', 'Her', 'Their', 'The']);

export function readBlock(block: Block, reading: LocalReading, people: People, previous: BlockAnalysis | null, reuse = false): BlockAnalysis {
  const prose = block.prose;
  const { tokens, sentences, marks } = reading;
  // Quotes, labels and numbers start as shared empty lists, replaced by a list of their own at the first item: most
  // blocks have none of them, and the lists and the functions below made for every block were a third of the 31 MB
  // readBlock allocated itself in a heap profile of the engine over 2,500 White House files. (Mentions get more
  // later, in the attribution stage.)
  const ba: BlockAnalysis = reuse ? keptBlockAnalysis(block, sentences, tokens, marks.strays, reading.memo) : { block, sentences, tokens, quotes: NO_QUOTES, labels: NO_LABELS, numbers: NO_NUMBERS, mentions: [], strays: marks.strays, unclosed: null, memo: reading.memo };
  people.opensBlock(block.index, subjectOpening(block, tokens, sentences, reading.memo), prose, sentences, block.kind === 'heading');
  noteOpeningDocuments(block, sentences, people);
  noteOpeningBodies(block, tokens, sentences, people);
  people.keepBlock(block, tokens, sentences);
  noteMainClauses(block, tokens, sentences, people);
  const continuing = previous && previous.unclosed && startsWithOpeningMark(prose) && continuesFrom(previous.block, block) ? previous.unclosed : null;
  if (previous && previous.unclosed && continuing) previous.unclosed = null;
  for (let i = 0; i < marks.quotes.length; i++) {
    const span = marks.quotes[i];
    const isContinuation = continuing !== null && i === 0 && span.open === prose.search(/\S/);
    if (!isContinuation && !reading.direct[i]) {
      if (ba.labels === NO_LABELS) ba.labels = [];
      ba.labels.push(span);
      continue;
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
    if (ba.quotes === NO_QUOTES) ba.quotes = [];
    ba.quotes.push(record);
  }
  const lastQuote = ba.quotes[ba.quotes.length - 1];
  if (lastQuote && lastQuote.span.close === -1) ba.unclosed = lastQuote;

  // Made at the first figure that needs it: most blocks have none.
  let lookups: ClaimLookups | null = null;

  // Plain loops, with no function made per sentence: most sentences name no one and hold no figure.
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index];
    const { named, mentions, numbers } = sentence;
    const opener = tokens[sentence.first]?.lower;
    const opensWithThe = opener === 'the';
    const opensWithOwner = opener === 'his' || opener === 'her' || opener === 'their';
    const opensWithName = tokens[sentence.first]?.capitalized === true && tokens[sentence.first + 1]?.text === ',';
    const opensWithA = (opener === 'a' || opener === 'an') && block.kind === 'paragraph';
    if (!opensWithThe && !opensWithOwner && !opensWithName && !opensWithA && named.length === 0 && mentions.length === 0 && numbers.length === 0) continue;
    const place = placeOf(block, index);
    // (Not a sentence of a quote: ""The door is open. The governor practically held it for us," he said.")
    const quoted = (opensWithThe || opensWithOwner) && ba.quotes.length > 0 && (lookups ??= claimLookups(ba, prose)).quoteAt(tokens[sentence.first].start) !== null;
    // "The prime minister appeared unmoved.": a role that opens a sentence as its subject names whom it describes.
    if (opensWithThe && !quoted) describedSubject(tokens, sentence.first, sentence.last, block, place, people);
    // "His sister left the courtroom in tears.": a relative as the subject, whom "she" in the paragraph stands for.
    if (opensWithOwner && !quoted) relativeSubject(tokens, sentence.first, sentence.last, block, place, people);
    // "Carbonwatch, an independent think tank, was blunter.": a body as the subject, which "it" may stand for.
    if (opensWithName) bodyInApposition(tokens, sentence.first, sentence.last, block, place, people);
    // "A council spokeswoman disputed the figures.": an unnamed man or woman as the subject, whom "she" in the
    // paragraph stands for (not when the sentence has the subject speak: "A council spokeswoman said …" is a source).
    if (opensWithA && (mentions.length === 0 || mentions[0].start > tokens[sentence.first].start)) unnamedSubject(tokens, sentence.first, sentence.last, block, place, people);
    if (named.length === 0 && mentions.length === 0 && numbers.length === 0) continue;
    // People named in the sentence and its sources are met in reading order; a lone capitalised word counts only
    // when it is the surname of someone already named.
    let n = 0;
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k];
      while (n < named.length && named[n].start < m.start) meet(named[n++], block, place, people);
      people.speechInClause = afterSubordinator(tokens, m.start);
      // ("Mayor Alan Fry has asked the auditors to meet city staff": a request, no words that show the asker's sex.)
      people.speechAsks = m.cueLemma === 'ask' && askedToDo(tokens, tokenAtOrAfter(tokens, m.cueStart), sentence.last);
      people.speechReported = k > 0 && reportedWithin(tokens, mentions[0], m);
      ba.mentions.push(resolveMention(m, index, block, tokens, people, sentences[index].mentionWords[k]));
      people.speechInClause = false;
      people.speechAsks = false;
      people.speechReported = false;
    }
    while (n < named.length) meet(named[n++], block, place, people);
    // "Earhardt then asked Rubio which states he could win." then ""…," he said": the one asked answers, when the
    // question ends its paragraph (not "…, when a young man asked Clinton why …. "I really got pissed off," she said")
    // and no one speaks after it in its sentence ("Hannity asked Rubio about it, and Trump said …").
    // (Only a named person or a pronoun speaking after it counts: not "…, Politico reported", "why critics say".)
    if (named.length > 0 && index === sentences.length - 1 && ba.quotes.length === 0) {
      let asks: SourceMention | undefined;
      for (const m of mentions) if ((m.kind === 'named' || m.kind === 'pronoun') && !m.vague) asks = m;
      if (asks !== undefined && asks.cueLemma === 'ask' && !asks.inverted) askedAnswers(tokens, asks, named, block, place, people);
    }
    // "Kowalski-Ortiz, who uses they/them pronouns, joined": "they" stands for the person named before it.
    if (named.length > 0) singularThey(tokens, sentence.first, sentence.last, named, people);
    if (named.length > 0 && mentions.length === 0) {
      issuerSpeaks(tokens, sentence.first, sentence.last, named, block, place, people);
      speaksInOwnWords(tokens, sentence.first, sentence.last, named, block, place, people);
    }
    for (const expression of numbers) {
      // A block without labels or quotes (most) needs no look-up, nor the functions that make one.
      const at = tokens[expression.figure].start;
      if (ba.labels.length > 0 && (lookups ??= claimLookups(ba, prose)).labelAt(at)) continue;
      if (ba.numbers === NO_NUMBERS) ba.numbers = [];
      ba.numbers.push({
        block, sentence: index, expression, tokens, range: sourceSpan(block, expression.start, expression.end),
        quote: ba.quotes.length > 0 ? (lookups ??= claimLookups(ba, prose)).quoteAt(at) : null, attribution: null, path: null, mention: null,
      });
    }
  }
  return ba;
}

/**
 * Block analyses kept from one draft to the next and made over, for a caller that keeps nothing of a draft's analysis
 * once the next one's starts (see reuseBlockAnalyses): a new one for every block, of ten fields, was about 0.4 bytes
 * per input byte the engine allocated over the White House corpus. At most MAX_KEPT_ANALYSES are kept.
 */
const MAX_KEPT_ANALYSES = 1 << 14;
const keptAnalyses = new KeptObjects<BlockAnalysis>(MAX_KEPT_ANALYSES);

/** Lets the kept block analyses be made over: called as a draft's reading starts. */
export function reuseBlockAnalyses(): void {
  keptAnalyses.reset();
}

/** A block analysis as readBlock starts it: a kept one made over, or a new one past the last. */
function keptBlockAnalysis(block: Block, sentences: Sentence[], tokens: Token[], strays: BlockAnalysis['strays'], memo: BlockAnalysis['memo']): BlockAnalysis {
  const ba = keptAnalyses.take();
  if (ba !== undefined) {
    ba.block = block;
    ba.sentences = sentences;
    ba.tokens = tokens;
    ba.quotes = NO_QUOTES;
    ba.labels = NO_LABELS;
    ba.numbers = NO_NUMBERS;
    ba.mentions = [];
    ba.strays = strays;
    ba.unclosed = null;
    ba.memo = memo;
    return ba;
  }
  return keptAnalyses.keep({ block, sentences, tokens, quotes: NO_QUOTES, labels: NO_LABELS, numbers: NO_NUMBERS, mentions: [], strays, unclosed: null, memo });
}

const NO_QUOTES: QuoteRecord[] = [];
const NO_LABELS: QuoteSpan[] = [];
const NO_NUMBERS: NumberRecord[] = [];

interface ClaimLookups {
  /** Does a label (a quoted title or scare quote) hold the offset? */
  labelAt(offset: number): boolean;
  /** The direct quote that holds the offset. */
  quoteAt(offset: number): QuoteRecord | null;
}

/** Where a block's figures stand among its quotes and labels (read once its quotes are all known). */
function claimLookups(ba: BlockAnalysis, prose: string): ClaimLookups {
  const closeOf = (q: QuoteSpan): number => (q.close === -1 ? prose.length : q.close);
  return {
    labelAt: (offset) => itemAt(ba.labels, offset, labelStart, closeOf) !== undefined,
    quoteAt: (offset) => itemAt(ba.quotes, offset, quoteStart, (q) => closeOf(q.span)) ?? null,
  };
}

const labelStart = (q: QuoteSpan): number => q.open + 1;
const quoteStart = (q: QuoteRecord): number => q.span.open + 1;

/** Words right after a source that keep it anonymous: "who spoke on condition of anonymity", "who asked not to be named". */
function anonymityAfter(tokens: Token[], end: number): boolean {
  const k = lastStartingAtOrBefore(tokens, end, (t) => t.start);
  for (let j = Math.max(k, 0); j < tokens.length && j - k <= 12; j++) {
    if (ANONYMITY_WORDS.has(tokens[j].lower)) return true;
    if (tokens[j].text === '.') return false;
  }
  return false;
}

/**
 * The person named right before offset `at` (at most a space between: "Kowalski-Ortiz, who", "Mook released"), as
 * the register knows them (the register is not changed).
 */
function personNamedBefore(named: readonly Named[], at: number, people: People): Person | undefined {
  let who: Named | undefined;
  for (const c of named) if (c.end <= at && at - c.end <= 1) who = c;
  return who === undefined ? undefined : personOf(who, people);
}

/** The name of the sentence that starts where `token` does, if one does. */
function nameStartingAt(named: readonly Named[], token: Token): Named | undefined {
  for (const c of named) if (c.start === token.start) return c;
  return undefined;
}

/** The person in the register a name in a sentence stands for. */
function personOf(who: Named, people: People): Person | undefined {
  if (who instanceof Token) return people.bySurnameKey(surnameKey(who));
  return who.surnameOnly ? people.bySurnameKey(who.key) : people.find(who.name);
}

/** Marks the person a ", who uses they/them pronouns," clause is about as one whom "they" stands for. */
function singularThey(tokens: Token[], first: number, last: number, named: readonly Named[], people: People): void {
  for (let k = first; k + 2 <= last; k++) {
    if (tokens[k].lower !== 'they' || tokens[k + 1].text !== '/' || tokens[k + 2].lower !== 'them') continue;
    // The person the relative clause is about: named right before ", who uses they/them".
    let w = k - 1;
    while (w > first && k - w <= 3 && tokens[w].lower !== 'who') w--;
    if (tokens[w].lower !== 'who' || tokens[w - 1]?.text !== ',') return;
    const person = personNamedBefore(named, tokens[w - 1].start, people);
    if (person && person.kind === 'person') people.usesThey(person);
    return;
  }
}

/**
 * A person who issues a document ("Clinton campaign manager Robby Mook released a memo titled …") speaks through it:
 * a later "He writes" stands for the author, not for someone quoted before.
 */
function issuerSpeaks(tokens: Token[], first: number, last: number, named: readonly Named[], block: Block, place: Place, people: People): void {
  for (let k = first + 1; k <= last && k < tokens.length; k++) {
    if (!issuesDocumentAt(tokens, k)) continue;
    const person = personNamedBefore(named, tokens[k].start, people);
    if (person && person.kind === 'person') speak(people, person, block, place);
    return;
  }
}

/** The person named right after "asked" ("asked Rubio which …") is the next to speak, after the one who asked. */
function askedAnswers(tokens: Token[], m: SourceMention, named: readonly Named[], block: Block, place: Place, people: People): void {
  const after = tokens[tokenAtOrAfter(tokens, m.cueEnd)];
  if (after === undefined || !after.capitalized) return;
  const asked = nameStartingAt(named, after);
  if (asked === undefined) return;
  // A question ("asked Sanders whether …"), not a request ("asked Freddy to be the best man").
  const next = tokens[tokenAtOrAfter(tokens, asked.end)];
  if (next === undefined || !QUESTION_WORDS.has(next.lower)) return;
  const person = personOf(asked, people);
  if (person && person.kind === 'person') speak(people, person, block, place);
}
const QUESTION_WORDS = new Set(['which', 'what', 'whether', 'if', 'why', 'how', 'when', 'where', 'who', 'about']);

/** Words someone says or writes, which "In his statement," puts the sentence's subject in. */
const OWN_WORDS = new Set(['statement', 'remarks', 'speech', 'interview', 'letter', 'op-ed', 'testimony', 'tweet', 'tweets', 'post', 'address', 'email']);

/**
 * "In his statement Saturday, Sanders did go further …", "In the Post interview, Jane Sanders made it clear …": the
 * person named after an opening "In his/her/their statement," or "In the/a <outlet> interview," speaks, so that "he
 * said" in the next paragraph is him.
 */
function speaksInOwnWords(tokens: Token[], first: number, last: number, named: readonly Named[], block: Block, place: Place, people: People): void {
  // (`last` is the sentence's end, exclusive.)
  if (first + 3 >= last || tokens[first].lower !== 'in') return;
  // "In his statement", or an outlet's: "In the Post interview", "In a CNN interview".
  const owner = tokens[first + 1].lower;
  if (!OWNERS_OF_WORDS.has(owner) && !(ARTICLES.has(owner) && tokens[first + 2].capitalized)) return;
  let k = first + 2;
  if (!OWN_WORDS.has(tokens[k].lower)) k++;
  if (k >= last || !OWN_WORDS.has(tokens[k].lower)) return;
  // Past a time ("Saturday", "on Tuesday") to the comma that ends the opener.
  let comma = k + 1;
  while (comma < last && comma - k <= 4 && tokens[comma].text !== ',') comma++;
  if (comma + 1 >= last || tokens[comma].text !== ',') return;
  const speaker = nameStartingAt(named, tokens[comma + 1]);
  if (speaker === undefined) return;
  // (Not one the words are about: "In his letter, Casey was urged to withdraw", "… had been accused".)
  let verb = tokenAtOrAfter(tokens, speaker.end);
  if (tokens[verb] !== undefined && (tokens[verb].lower === 'has' || tokens[verb].lower === 'had') && tokens[verb + 1]?.lower === 'been') verb++;
  if (tokens[verb] !== undefined && PASSIVE_AUXILIARIES.has(tokens[verb].lower) && PARTICIPLE.test(tokens[verb + 1]?.lower ?? '')) return;
  const person = personOf(speaker, people);
  if (person && person.kind === 'person') speak(people, person, block, place);
}
/** The owners "In his statement," gives the words to (not "In a letter,", "In the letter,": anyone's). */
const OWNERS_OF_WORDS = new Set(['his', 'her', 'their']);
/** Verbs after a name that, before a participle, make it what the words are about: "Casey was urged". */
const PASSIVE_AUXILIARIES = new Set(['is', 'was', 'were', 'are', 'been']);
const PARTICIPLE = /^[a-z]+(?:ed|en)$/;

/**
 * A one-word name that opens a sentence with an appositive whose head is a body's noun ("Carbonwatch, an independent
 * think tank, was blunter"): registered as an organisation, so that "It found" after it stands for it.
 */
function bodyInApposition(tokens: Token[], first: number, last: number, block: Block, place: Place, people: People): void {
  const name = tokens[first];
  if (name.kind !== 'word' || isGivenName(name.text) || people.knowsKey(surnameKey(name))) return;
  const article = first + 2 <= last ? tokens[first + 2] : undefined;
  // ("Deliverwell, one of the largest platforms in the region, disputed …": one of a plural of bodies.)
  const oneOf = article?.lower === 'one' && tokens[first + 3]?.lower === 'of' && tokens[first + 4]?.lower === 'the';
  if (article === undefined || (!oneOf && !['a', 'an', 'the'].includes(article.lower))) return;
  for (let k = first + (oneOf ? 5 : 3); k <= last && k < tokens.length && k - first <= (oneOf ? 10 : 8); k++) {
    const t = tokens[k];
    // (After "one of the", its plural's head ends at a preposition too: "… platforms operating in the region".)
    const ends = t.text === ',' || (oneOf && (APPOSITIVE_PREPOSITIONS.has(t.lower) || t.lower.endsWith('ing')));
    if (ends) {
      const noun = tokens[k - 1];
      const head = oneOf ? withoutFinalS(noun.lower) : noun.lower;
      if (k - 1 > first + 2 && noun.kind === 'word' && !noun.capitalized && (!oneOf || noun.lower !== head) && (bodyNoun(head) || (head === 'tank' && tokens[k - 2].lower === 'think'))) {
        people.name(withoutPossessive(name.text), sourceSpan(block, name.start, name.end), place, NO_HINTS, 'organization');
      }
      return;
    }
    // The appositive's own head, not the object of a preposition in it ("Nowak, a spokesman for the agency,").
    if (t.kind !== 'word' || APPOSITIVE_PREPOSITIONS.has(t.lower)) return;
  }
}
/** A noun a body is called by in apposition: "a delivery firm", "a ride-hailing platform", "one of the largest chains". */
function bodyNoun(noun: string): boolean {
  return ORG_NOUNS.has(noun) || NAMED_BY_NOUN.has(noun) || BUSINESS_NOUNS.has(noun);
}
/** Businesses by what they are, beyond the nouns of bodies: "platform", "app", "chain", "startup". */
const BUSINESS_NOUNS = new Set(['platform', 'app', 'startup', 'start-up', 'chain', 'brand', 'supermarket', 'marketplace', 'supplier', 'distributor', 'wholesaler', 'franchise', 'conglomerate', 'subsidiary', 'non-profit']);
const APPOSITIVE_PREPOSITIONS = new Set(['of', 'for', 'to', 'at', 'in', 'with', 'from', 'on', 'by']);

/** "the elder" or "the older" (1), "the younger" (-1) right before the mention at `start`, or neither (0). */
function generationBefore(tokens: Token[], start: number): number {
  const at = tokenAtOrAfter(tokens, start);
  if (tokens[at - 2]?.lower !== 'the') return 0;
  const word = tokens[at - 1]?.lower;
  return word === 'elder' || word === 'older' ? 1 : word === 'younger' ? -1 : 0;
}

/** Does "the" open the mention at `start` or stand right before it? */
function theBefore(tokens: Token[], start: number): boolean {
  const at = tokenAtOrAfter(tokens, start);
  return tokens[at]?.lower === 'the' || tokens[at - 1]?.lower === 'the';
}

/** Meets a person named in a sentence: a lone capitalised word only when it is the surname of someone already named. */
function meet(c: Named, block: Block, place: Place, people: People): void {
  if (c instanceof Token) {
    if (people.knowsKey(surnameKey(c))) people.name(withoutPossessive(c.text), sourceSpan(block, c.start, c.end), place, NO_HINTS, 'person', false);
  } else if (!c.surnameOnly || people.knowsKey(c.key)) people.name(c.name, sourceSpan(block, c.start, c.end), place, c.hints, 'person', c.addressee);
}

/**
 * A sentence that opens with "the" and a role ("The prime minister appeared unmoved", "The governor declined"): the
 * person named before whom the role describes is met again here, so that a pronoun after it stands for them.
 */
function describedSubject(tokens: Token[], first: number, last: number, block: Block, place: Place, people: People): void {
  let e = first + 1;
  while (e <= last && e - first <= 3 && tokens[e] !== undefined && tokens[e].kind === 'word' && !tokens[e].capitalized && !ROLE_NOUNS.has(tokens[e].lower)) e++;
  const noun = tokens[e];
  const verb = tokens[e + 1];
  // A title's noun ("the governor", "the prime minister", "the coach"): other roles ("the firefighter") are read
  // after names as well as before them, and may be anyone's; but one the draft gave one person in apposition is
  // theirs ("Tomas Lindqvist, a student, …" then "The student laughed.").
  if (noun === undefined || e > last || noun.kind !== 'word' || noun.capitalized) return;
  const title = ROLE_NOUNS.has(noun.lower) && TITLE_NOUNS.has(noun.lower);
  const given = title || !(ROLE_NOUNS.has(noun.lower) || EPITHET_HEADS.has(noun.lower)) ? undefined : people.onlyOneDescribedAs(noun.lower, place);
  if (!title && given === undefined) return;
  // (Or a clause of "who" about them: "The former governor, who dropped his own bid last September, noted …".)
  const relative = verb?.text === ',' && e + 2 <= last && tokens[e + 2].lower === 'who';
  if (!relative && (verb === undefined || e + 1 > last || verb.kind !== 'word' || verb.capitalized || verb.start !== noun.end + 1 || verb.lower === 'of' || verb.lower === 'and')) return;
  if (given !== undefined) {
    people.name(given.name, sourceSpan(block, tokens[first].start, noun.end), place, NO_HINTS, 'person', false);
    return;
  }
  const words: string[] = [];
  for (let k = first; k <= e; k++) words.push(tokens[k].lower);
  meetDescribed(words, sourceSpan(block, tokens[first].start, noun.end), place, people);
}

/** Meets again the person named before whom a description fits ("the governor", "his sister"): whether there was one. */
function meetDescribed(words: readonly string[], range: Span, place: Place, people: People): boolean {
  const person = people.describe(words);
  if (person) people.name(person.name, range, place, NO_HINTS, 'person', false);
  return person !== undefined;
}

/**
 * A sentence that opens with "his", "her" or "their" and a relative as its subject ("His sister left the courtroom",
 * "Her husband tells it differently"): the person named before as that relative is met again; an unnamed one of the
 * other sex than the one whose relative they are is registered as one person, whom "she" or "he" in the same
 * paragraph may stand for when no one named there fits.
 */
function relativeSubject(tokens: Token[], first: number, last: number, block: Block, place: Place, people: People): void {
  const noun = tokens[first + 1];
  const verb = tokens[first + 2];
  if (first + 2 > last || noun === undefined || verb === undefined || noun.kind !== 'word' || noun.capitalized || !KIN.has(noun.lower)) return;
  if (verb.kind !== 'word' || verb.capitalized || verb.lower === 'of' || verb.lower === 'and' || verb.lower === 'who') return;
  const words = [tokens[first].lower, noun.lower];
  const range = sourceSpan(block, tokens[first].start, noun.end);
  if (meetDescribed(words, range, place, people)) return;
  // Of a known sex, and of the other sex than whose relative they are: "His son drove him there. "…," he said" may be
  // either man, and "Her partner" anyone.
  const sex = genderOf(words);
  const owner = words[0] === 'his' ? 'male' : words[0] === 'her' ? 'female' : 'unknown';
  if (sex === 'unknown' || owner === 'unknown' || sex === owner) return;
  const person = people.name(`${tokens[first].text} ${noun.text}`, range, place, words, 'role');
  if (person.gender === 'unknown') person.gender = sex;
  person.unnamedOne = true;
}

/**
 * A sentence that opens with "a" or "an", a few words and a noun of a man or a woman as its subject, and a verb ("A
 * council spokeswoman disputed the figures", "A Home Office spokesman declined"): one unnamed person, whom "she" or "he"
 * in the same paragraph may stand for when no one named there fits.
 */
function unnamedSubject(tokens: Token[], first: number, last: number, block: Block, place: Place, people: People): void {
  let e = first + 1;
  while (e <= last && e - first <= 4 && tokens[e] !== undefined && tokens[e].kind === 'word' && !FEMALE_WORDS.has(tokens[e].lower) && !MALE_WORDS.has(tokens[e].lower)) e++;
  const noun = tokens[e];
  if (e > last || noun === undefined || noun.kind !== 'word' || noun.capitalized || !(FEMALE_WORDS.has(noun.lower) || MALE_WORDS.has(noun.lower)) || NOT_NOUNS_OF_SEX.has(noun.lower)) return;
  // The verb: the next token, or in a sentence read only around its names (no cue in it), the next word of the prose.
  const verb = e + 1 <= last && tokens[e + 1]?.start === noun.end + 1 ? tokens[e + 1].text : NEXT_LOWER_WORD.exec(block.prose.slice(noun.end, noun.end + 24))?.[1];
  if (verb === undefined || !LOWER_FIRST.test(verb) || NOT_VERBS.has(verb)) return;
  const words: string[] = [];
  for (let k = first; k <= e; k++) words.push(tokens[k].lower);
  const sex = genderOf(words);
  if (sex === 'unknown') return;
  let name = tokens[first].text;
  for (let k = first + 1; k <= e; k++) name += ' ' + tokens[k].text;
  const person = people.name(name, sourceSpan(block, tokens[first].start, noun.end), place, words, 'role');
  if (person.gender === 'unknown') person.gender = sex;
  person.unnamedOne = true;
}

/** The word in lower case right after a space, and a word that opens in lower case. Made once. */
const NEXT_LOWER_WORD = /^ ([a-z]+)\b/;
const LOWER_FIRST = /^[a-z]/;

/** Words after a subject's noun that are no verb ("A man and a woman"; "A woman who lives nearby pointed" has its clause). */
const NOT_VERBS = new Set(['of', 'and', 'or', 'that', 'with', 'in', 'at', 'from', 'on', 'to', 'for', 'as', 'like', 'than']);

/** Words of a sex that are no noun for a person ("A friend of her mother"). */
const NOT_NOUNS_OF_SEX = new Set([...PRONOUN_FORMS, 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'sir', 'madam']);

/** Nouns of the titles set before names, in lower case ("governor" for "Governor", "Gov."). */
const TITLE_NOUNS = new Set(['governor', 'senator', 'mayor', 'president', 'minister', 'judge', 'justice', 'sheriff', 'chancellor', 'premier', 'speaker', 'commissioner', 'ambassador', 'coach', 'superintendent', 'chairman', 'chairwoman', 'director', 'secretary', 'representative', 'congressman', 'congresswoman', 'prosecutor', 'general', 'chief']);

/** The descriptors of a lone surname: none (shared, never added to). */
const NO_HINTS: string[] = [];

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

