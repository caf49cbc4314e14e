/**
 * The speaker of a quote introduced by a verb that is no reporting cue of the lexicon: "Mitsotakis called the
 * agreement "null and void"", ""Go back to your seat," Trump joked", "…, saying the city embodied the "…"".
 */
import { ADVERB_LY, NOUNS_IN_LY, cueSource, mention, subjectPhrase, tokenAtOrAfter, QUOTE_MARKS, type AttributionLexicon, type SourceMention } from './attribution';
import { CUE_ADVERBS, CUE_FORMS, DETERMINERS, DOCUMENT_NOUNS, ORG_NAME_WORDS, PASSIVE_AUX, NAME_PARTICLES, NAME_TITLES, PRONOUNS, ROLE_NOUNS, TITLE_WORDS, WEEKDAYS } from './lexicon';
import { isGivenName } from './names';
import speechVerbs from './speech-verbs.json';
import type { Token } from './tokens';

/** The cue lemma of a verb that attributes only the quote in its clause, never a number beside it. */
export const QUOTE_VERB = 'quote-verb';

/**
 * Verbs of speech that introduce a quote, too seldom labelled as cues in the training data for `npm run train` to
 * learn them ("Fiorina vented to her husband that it would be "…"", "Trump groused to a crowd that CNN "…""). Kept
 * here, by hand, so that speech-verbs.json stays exactly what the training writes.
 */
const FEW_LABELLED_SPEECH_VERBS = [
  ...['bragged', 'countered', 'cried', 'exclaimed', 'griped', 'groused', 'gushed', 'hollered', 'implored', 'marveled', 'marvelled', 'mocked', 'murmured', 'mused'],
  ...['muttered', 'proclaimed', 'railed', 'retorted', 'scoffed', 'screamed', 'sighed', 'urged', 'vented', 'whispered'],
  // Verbs of judging what they quote: "Cruz questioned Trump's "New York values"".
  ...['questioned', 'ridiculed', 'derided', 'lambasted', 'scolded', 'chided', 'criticized', 'criticised', 'assailed', 'denounced', 'dismissed'],
  // And of blaming or accusing: "Pritchard blamed the delay on "ground conditions nobody could have predicted"", "Its
  // director, Grace Wanjiru-Holt, accused the authorities of having "looked the other way for far too long"".
  ...['blamed', 'blames', 'accused'],
];

/**
 * Verbs that attribute a quote beside them, learned from hand-labelled attributions by `npm run train`
 * (speech-verbs.json: "joked", "thanked", "vowed", "praised"…).
 */
const SPEECH_VERBS = new Set<string>([...(speechVerbs as string[]), ...FEW_LABELLED_SPEECH_VERBS]);
/** Verbs that name what they quote (claims-spec: "called", "described … as", "dubbed", "labelled", "pledged"). */
export const QUOTE_NAMING_VERBS = new Set(['called', 'calls', 'calling', 'dubbed', 'dubs', 'labelled', 'labeled', 'labels', 'branded', 'brands', 'termed', 'terms', 'pledged', 'pledges', 'described', 'describes', 'hailed', 'deemed']);
/** Verbs that judge what they name, read as naming a quote only before "as" ("has defended as "…""). */
export const AS_NAMING_VERBS = new Set(['defended', 'dismissed', 'praised', 'hailed', 'denounced', 'criticised', 'criticized', 'welcomed', 'characterised', 'characterized', 'condemned', 'derided', 'rejected']);

/**
 * The speaker of a quote introduced by a verb of speech or naming that is no reporting cue of the lexicon ("Cruz
 * mocked the frontrunner as a "…"", ""Go back to your seat," Trump joked", "Mitsotakis called the agreement "null
 * and void"", "Voters rejected the measure, which opponents dubbed "…""): the verb nearest the quote, read like a
 * cue, with its own subject. tokens[from, end) is the clause before the quote (`after` false) or after it (true).
 * Failing that, a reporting participle ("…, saying the city embodied the "…"") leans on the clause's subject.
 */
export function clauseSpeaker(tokens: Token[], from: number, end: number, after: boolean, inQuote: (o: number) => boolean, lexicon: AttributionLexicon): SourceMention | null {
  // (Not a passive's participle: "Museum accused of hiding its archive".)
  const speechAt = (k: number): boolean => {
    const t = tokens[k];
    return t.kind === 'word' && !t.capitalized && (SPEECH_VERBS.has(t.lower) || CUE_FORMS.has(t.lower) || QUOTE_NAMING_VERBS.has(t.lower) || (AS_NAMING_VERBS.has(t.lower) && tokens[k + 1]?.lower === 'as')) && !(t.lower === 'accused' && tokens[k + 1]?.lower === 'of');
  };
  let v = -1;
  if (after) {
    // `"the ultimate public health crisis" and "stunt children's growth," Howard Dean … proclaimed`: two quotes joined
    // by "and" share the tag after the second.
    if (from + 1 < end && tokens[from].lower === 'and' && QUOTE_MARKS.has(tokens[from + 1].text)) {
      let c = from + 2;
      while (c < end && c - from < 40 && !QUOTE_MARKS.has(tokens[c].text)) c++;
      // (Only when the second breaks off for its tag: not `"no cash bail" and "defund the police" put criminals back`.)
      if (c < end && QUOTE_MARKS.has(tokens[c].text) && BREAKS_OFF.has(tokens[c - 1].text)) return clauseSpeaker(tokens, c + 1, end, true, inQuote, lexicon);
    }
    // `"…," Trump mused.`, `"…?" she scoffed`, `"…," fumed the mayor`: any past-tense verb beside a speaker right
    // after a quote that breaks off with a comma, question or exclamation mark is its dialogue tag.
    if (from >= 2 && QUOTE_MARKS.has(tokens[from - 1].text) && BREAKS_OFF.has(tokens[from - 2].text)) v = dialogueTag(tokens, from, end);
    for (let k = from, start = from; v < 0 && k < end && k - start < 12; k++) {
      if (tokens[k].text === ';' || QUOTE_MARKS.has(tokens[k].text)) break;
      // A clause of condition or reason after the quote has a verb of its own ("the "back of the queue" if it wanted
      // a trade deal"): the tag, if any, comes after its comma ("… because it lacks votes, McConnell scoffed").
      if (SUBORDINATORS.has(tokens[k].lower)) {
        let c = k + 1;
        while (c < end && c - k <= 20 && tokens[c].text !== ',' && tokens[c].text !== ';' && !QUOTE_MARKS.has(tokens[c].text)) c++;
        if (c >= end || tokens[c].text !== ',') break;
        k = c;
        start = c;
        continue;
      }
      if (speechAt(k)) v = k;
    }
  } else {
    const tag = tagBeforeQuote(tokens, from, end, inQuote, lexicon);
    if (tag) return tag;
    const blamed = blamedForSaying(tokens, from, end, lexicon);
    if (blamed) return blamed;
    const spokenFrom = wordsFrom(tokens, from, end, lexicon);
    if (spokenFrom) return spokenFrom;
    for (let k = end - 1; k >= from; k--) {
      if (tokens[k].text === ';') break;
      // "Bercow commented on the matter — which the BBC noted as unusual — "…"": an aside set off by dashes right
      // before the quote is passed over; the verb before it introduces the quote.
      if (k === end - 1 && DASHES.has(tokens[k].text)) {
        let open = k - 1;
        while (open > from && end - open <= 20 && !DASHES.has(tokens[open].text)) open--;
        if (open > from && DASHES.has(tokens[open].text)) k = open;
        continue;
      }
      // A progressive is the clause's own verb: "Donald Trump is promising to "bomb the hell" out of …".
      if (k - 1 > from && PROGRESSIVE_AUX.has(tokens[k - 1].lower) && speechProgressive(tokens[k])) {
        v = k;
        break;
      }
      if (speechAt(k)) {
        // The nearest verb decides; a participle ("calling", "saying") leans on its clause's subject.
        if (tokens[k].lower.endsWith('ing')) return participleSpeaker(tokens, from, end, inQuote, lexicon);
        v = k;
        break;
      }
    }
  }
  if (v >= 0) {
    const m = cueSource(tokens, v, from, after ? end : v + 1, 'say', inQuote, lexicon) ?? (after ? null : subjectOfVerb(tokens, from, v, inQuote, lexicon));
    // (`"Who's Watching?" urged patients' families to write`: who is urged to do something is spoken to, not speaking.)
    const next = m?.inverted ? tokenAtOrAfter(tokens, m.end) : -1;
    if (next >= 0 && next + 1 < end && URGING.has(tokens[v].lower) && tokens[next].lower === 'to' && tokens[next + 1].kind === 'word' && !tokens[next + 1].capitalized && !DETERMINERS.has(tokens[next + 1].lower)) return null;
    if (m && (after || !m.inverted)) {
      m.cueLemma = QUOTE_VERB;
      return m;
    }
  }
  return after ? null : (participleSpeaker(tokens, from, end, inQuote, lexicon) ?? namedBeforeColon(tokens, from, end, lexicon));
}

/**
 * "… doesn't surprise Republican pollster Daron Shaw: "…"", "Pollsters agree - Carl Bialik: "…"": a person's full name
 * (a given name first, or a role's word before it) right before a colon that opens the quote introduces their words,
 * as a transcript's label does. tokens[from, end) is the clause before the quote.
 */
function namedBeforeColon(tokens: Token[], from: number, end: number, lexicon: AttributionLexicon): SourceMention | null {
  const colon = end - 1;
  if (colon - 2 < from || tokens[colon].text !== ':' || tokens[colon].start + 1 < tokens[colon + 1]?.start - 1) return null;
  // The name: up to four capitalised words before the colon, past a title's words before them ("Senate Majority Leader
  // Tom Briggs:" names Tom Briggs).
  let first = colon;
  while (first - 1 >= from && colon - first < 4 && tokens[first - 1].kind === 'word' && (tokens[first - 1].capitalized || NAME_PARTICLES.has(tokens[first - 1].lower)) && !NAME_TITLES.has(tokens[first - 1].text)) first--;
  if (colon - first < 2 || !tokens[first].capitalized) return null;
  for (let k = first; k < colon; k++) if (ORG_NAME_WORDS.has(tokens[k].text) || HEADING_OPENERS.has(tokens[k].text)) return null;
  const before = first > from ? tokens[first - 1] : undefined;
  const role = before !== undefined && before.kind === 'word' && !before.capitalized && ROLE_NOUNS.has(before.lower);
  // ("Sen. Markwayne Mullin:", "Congressman Ralph Norman:", "Majority Leader Tom Briggs:": a title before a given name
  // no list holds.)
  const titled = (before?.text === '.' && first - 2 >= from && TITLE_WORDS.has(tokens[first - 2].text)) || (before !== undefined && before.capitalized && NAME_TITLES.has(before.text));
  if (!role && !titled && !isGivenName(tokens[first].text)) return null;
  // (Not one the words are aimed at, written on or about, past the titles and roles before the name: "a heckler
  // shouting at Sen. Marla Quist:", "**On Chinese President Xi Jinping:**", "a banner aimed at Victor Salas:", "the
  // statue honoring Amos Reed:"; "from" and "by" give the speaker: "drew a rebuke from Senate Majority Leader Tom
  // Briggs:".)
  let lead = first - 1;
  while (lead >= from && !TARGETS.has(tokens[lead].lower) && (tokens[lead].text === '.' || (tokens[lead].kind === 'word' && (tokens[lead].capitalized || ROLE_NOUNS.has(tokens[lead].lower))))) lead--;
  // (Past a word that makes a compound of the role: "club chairman Victor Salas".)
  if (lead - 1 >= from && lead + 1 < first && ROLE_NOUNS.has(tokens[lead + 1].lower) && tokens[lead].kind === 'word' && !tokens[lead].lower.endsWith('ing')) lead--;
  if (lead >= from && (TARGETS.has(tokens[lead].lower) || (tokens[lead].kind === 'word' && !tokens[lead].capitalized && tokens[lead].lower.endsWith('ing')))) return null;
  const words = tokens.slice(first, colon);
  return mention({ words, start: words[0].start, end: words[words.length - 1].end }, lexicon, ':', tokens[colon].start, tokens[colon].end, 'say', false);
}
/** Prepositions before a name that make it whom the words are aimed at, not their speaker. */
const TARGETS = new Set(['at', 'to', 'on', 'against', 'toward', 'towards', 'for', 'about', 'with', 'of', 'over', 'into', 'onto', 'upon', 'before', 'behind']);
/** Capitalised words that open a heading's or a title's run, never a person's name before a colon. */
const HEADING_OPENERS = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'For', 'From', 'By', 'With', 'Update', 'Updated', 'Editor', 'Note']);

/**
 * "Cruz blamed the anti-fracking law on "knuckleheaded Democratic politicians"", "Trump mocked Rubio for "having a
 * tough night"": a partial quote in the clause of a verb no list holds is the words of the verb's subject (claims-spec:
 * a partial quote takes its source from the verb that introduces it). The nearest past tense before the quote whose
 * subject stands right before it (a word in -s is as often a plural noun: "Key reforms", "Deliver doses").
 * tokens[from, end) is the clause before the quote. Asked last, of a quote nothing else attributes.
 */
export function mainVerbSpeaker(tokens: Token[], from: number, end: number, inQuote: (o: number) => boolean, lexicon: AttributionLexicon): SourceMention | null {
  for (let k = end - 1; k > from && end - k <= 16; k--) {
    const t = tokens[k];
    if (t.text === ';' || QUOTE_MARKS.has(t.text)) return null;
    if (!tagVerb(t)) continue;
    const m = subjectOfVerb(tokens, from, k, inQuote, lexicon);
    if (m) return m;
  }
  return null;
}

/**
 * "After Brown criticized him, Hillary shot back, "…"", "Hillary retorted: "…"": a dialogue tag right before the quote
 * that opens at end (a past tense no cue list holds, or an irregular one with its particle, then a comma or colon),
 * with its subject; it is the quote's verb, whatever verb stands further back.
 */
export function tagBeforeQuote(tokens: Token[], from: number, end: number, inQuote: (o: number) => boolean, lexicon: AttributionLexicon): SourceMention | null {
  const c = end - 1;
  if (c - 2 <= from || (tokens[c].text !== ',' && tokens[c].text !== ':')) return null;
  // (Or the verb with whom it was said to: "his wife whispered to him:".)
  const k = tagVerb(tokens[c - 1]) && !CUE_FORMS.has(tokens[c - 1].lower) ? c - 1 : tagVerbAt(tokens, c - 2) && !tagVerb(tokens[c - 2]) ? c - 2 : tokens[c - 2].lower === 'to' && tokens[c - 1].kind === 'word' && c - 3 > from && tagVerb(tokens[c - 3]) && !CUE_FORMS.has(tokens[c - 3].lower) ? c - 3 : -1;
  // (The clause after the last comma first: "…, the Post's Robert Costa reported, his wife whispered to him:".)
  let comma = k - 1;
  while (comma > from && tokens[comma].text !== ',') comma--;
  const m = k > from ? ((comma > from + 1 && comma < k - 1 ? subjectOfVerb(tokens, comma + 1, k, inQuote, lexicon) : null) ?? subjectOfVerb(tokens, from, k, inQuote, lexicon)) : null;
  if (!m || m.inverted) return null;
  m.cueLemma = QUOTE_VERB;
  return m;
}

/** A past-tense verb as a dialogue tag's: "mused", "fumed", "scoffed" (not "was", "had" or a participle's "-ing"). */
function tagVerb(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && !t.capitalized && t.lower.length >= 4 && t.lower.endsWith('ed') && !NOT_TAGS.has(t.lower);
}
/** Past tenses after "it" that say how things were, not what a body said ("it seemed", "it turned out"). */
const IMPERSONAL = new Set(['seemed', 'appeared', 'happened', 'turned', 'sounded', 'looked', 'mattered', 'worked', 'helped', 'failed', 'started', 'ended', 'passed', 'rained', 'snowed', 'changed', 'hurt', 'showed', 'emerged', 'occurred', 'dawned', 'irked', 'proved', 'transpired', 'struck', 'pained', 'bothered', 'galled', 'amazed', 'surprised', 'annoyed', 'pleased', 'seized']);
/** Irregular past tenses with their particle that tag a quote: `"…," Bennett shot back`, `her husband cut in`. */
const PHRASAL_TAGS = new Set(['shot back', 'hit back', 'bit back', 'struck back', 'cut in', 'broke in', 'went on', 'spoke up', 'threw in']);
/** A past tense that tags a quote at k, or an irregular one with its particle. */
function tagVerbAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return tagVerb(t) || (t !== undefined && t.kind === 'word' && !t.capitalized && tokens[k + 1] !== undefined && PHRASAL_TAGS.has(`${t.lower} ${tokens[k + 1].lower}`));
}
/** Dashes that set off an aside. */
const DASHES = new Set(['\u2014', '\u2013']);

/** Nouns of words that "from" and a name may follow: "comments from Leon Panetta that "…"". */
const WORDS_FROM = new Set(['comments', 'comment', 'remarks', 'remark', 'testimony', 'statement', 'statements', 'claims', 'claim', 'assurances', 'promises', 'warnings', 'words']);

/**
 * "contradict 2013 comments from former Secretary of Defense Leon Panetta that "…"": words from a named person that a
 * "that" right before the quote opens are that person's.
 */
function wordsFrom(tokens: Token[], from: number, end: number, lexicon: AttributionLexicon): SourceMention | null {
  if (end - 1 <= from || tokens[end - 1].lower !== 'that') return null;
  let n = end - 1;
  while (n - 1 > from && tokens[n - 1].kind === 'word' && (tokens[n - 1].capitalized || NAME_PARTICLES.has(tokens[n - 1].lower) || tokens[n - 1].lower === 'of')) n--;
  // The name is the last capitalised run (past a title's "Secretary of Defense").
  let s = end - 2;
  while (s - 1 >= n && tokens[s - 1].capitalized && tokens[s - 1].kind === 'word') s--;
  if (s > end - 3 || n - 2 < from) return null;
  // Between "from" and the name: a title in capitals, or "former".
  let f = n - 1;
  if (tokens[f].lower === 'former') f--;
  if (tokens[f]?.lower !== 'from' || !WORDS_FROM.has(tokens[f - 1]?.lower ?? '')) return null;
  const run = tokens.slice(s, end - 1);
  if (run.some((w) => ORG_NAME_WORDS.has(w.text))) return null;
  const cue = tokens[f - 1];
  return mention({ words: run, start: run[0].start, end: run[run.length - 1].end }, lexicon, cue.text, cue.start, cue.end, QUOTE_VERB, false);
}

/** Nouns of words someone made or issued: "comments Trump made", "a statement Smith issued". */
const WORDS_MADE = new Set(['comments', 'comment', 'remarks', 'remark', 'statement', 'statements', 'tweet', 'tweets', 'speech', 'letter', 'post', 'posts', 'email', 'interview', 'video', 'ad', 'op-ed', 'column']);
/** Words of a time between a verb of making and its participle: "made in 2006", "issued Monday". */
const MADE_WHEN = new Set(['in', 'on', 'at', 'last', 'this', 'earlier', 'ago', 'year', 'week', 'month', 'day', 'night', 'morning', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/** Verbs by which someone makes or issues words. */
const MADE_VERBS = new Set(['made', 'issued', 'gave', 'posted', 'released', 'sent', 'wrote', 'delivered', 'published', 'tweeted', 'aired', 'penned']);

/**
 * The name in "comments Trump made in 2006" before the participle at k: a noun of words, a capitalised name, then a
 * verb of making, with at most four words (a time) between the verb and the participle; null if not that form.
 */
function makerOfWords(tokens: Token[], from: number, k: number): Token[] | null {
  for (let v = k - 1; v > from && k - v <= 5; v--) {
    const t = tokens[v];
    if (t.kind === 'punct' || QUOTE_MARKS.has(t.text)) return null;
    if (!MADE_VERBS.has(t.lower) || t.capitalized) {
      // Only a time may stand between the verb and the participle ("made in 2006 saying"; not "posted Monday shows
      // Jones saying").
      if (!(t.kind === 'number' || MADE_WHEN.has(t.lower))) return null;
      continue;
    }
    let n = v;
    while (n - 1 >= from && tokens[n - 1].kind === 'word' && tokens[n - 1].capitalized) n--;
    if (n === v || n - 1 < from || !WORDS_MADE.has(tokens[n - 1].lower) || tokens[n - 1].capitalized) return null;
    const run = tokens.slice(n, v);
    return run.some((w) => ORG_NAME_WORDS.has(w.text)) ? null : run;
  }
  return null;
}

/**
 * "Clinton slammed Barack Obama as elitist for suggesting that rural voters "cling to guns"", "mocked Jeb Bush for
 * calling immigration "…"": who is blamed or praised for saying the words said them, the name right after the verb.
 */
function blamedForSaying(tokens: Token[], from: number, end: number, lexicon: AttributionLexicon): SourceMention | null {
  for (let k = end - 2; k > from && end - k <= 12; k--) {
    const t = tokens[k];
    if (t.text === ';' || t.text === ',' || QUOTE_MARKS.has(t.text)) return null;
    if (t.lower !== 'for' || !(speechProgressive(tokens[k + 1]) || CUE_FORMS.has(tokens[k + 1].lower) || QUOTE_NAMING_VERBS.has(tokens[k + 1].lower)) || !tokens[k + 1].lower.endsWith('ing')) continue;
    const run = objectNamed(tokens, from, k);
    if (!run) return null;
    const p = tokens[k + 1];
    return mention({ words: run, start: run[0].start, end: run[run.length - 1].end }, lexicon, p.text, p.start, p.end, QUOTE_VERB, false);
  }
  return null;
}

/**
 * The full name right after a past-tense verb (of blame or praise: "slammed", "criticized", "praised") within the
 * few words before `before`, when the name is the verb's object ("slammed Barack Obama as elitist for"); null if none.
 */
function objectNamed(tokens: Token[], from: number, before: number): Token[] | null {
  for (let v = before - 1; v > from && before - v <= 10; v--) {
    const t = tokens[v];
    if (t.text === ',' || t.text === ';' || QUOTE_MARKS.has(t.text)) return null;
    if (t.kind !== 'word' || t.capitalized || !t.lower.endsWith('ed')) continue;
    let e = v + 1;
    while (e < before && tokens[e].kind === 'word' && (tokens[e].capitalized || NAME_PARTICLES.has(tokens[e].lower))) e++;
    const run = tokens.slice(v + 1, e);
    // Two capitalised words at least, none a body's ("slammed Barack Obama", not "blamed Congress", "praised Fox News").
    return run.length >= 2 && run[0].capitalized && !run.some((w) => ORG_NAME_WORDS.has(w.text)) ? run : null;
  }
  return null;
}

/** Recordings of someone speaking: "footage of Trump saying", "a video of Obama calling". */
const RECORDINGS = new Set(['footage', 'video', 'videos', 'clip', 'clips', 'audio', 'recording', 'recordings', 'tape', 'tapes', 'film']);

/** Conjunctions of time before a participle that goes on the clause's subject ("while praising", "after calling"). */
const TIME_CONJUNCTIONS = new Set(['while', 'after', 'before']);
/** Verbs of an audience's reaction: the one reacted to speaks ("Supporters cheered Trump while calling …"). */
const REACTIONS = new Set(['cheered', 'booed', 'heckled', 'applauded', 'greeted', 'jeered', 'interrupted', 'welcomed', 'cheer', 'boo', 'heckle', 'applaud']);

/**
 * Does the participle after the conjunction at k speak for the clause's subject: the last participle of speech before
 * the quote, in a clause of no passive and no audience's reaction ("Graham pummeled Trump as divisive while
 * praising Clinton as a "…"", not "Supporters cheered Trump while calling Clinton "…"", "Clinton was heckled while
 * speaking, with protesters shouting "…"")?
 */
function ownParticiple(tokens: Token[], from: number, k: number, end: number, participle: (t: Token | undefined) => boolean): boolean {
  for (let j = k + 2; j < end; j++) if (participle(tokens[j]) || tokens[j].lower === 'with') return false;
  for (let j = from; j < k; j++) {
    const w = tokens[j].lower;
    if (REACTIONS.has(w)) return false;
    // (A passive: "Clinton was heckled while speaking".)
    if (PASSIVE_AUX.has(w) && j + 1 < k && tokens[j + 1].kind === 'word' && tokens[j + 1].lower.endsWith('ed')) return false;
  }
  return true;
}

/** Words that open a clause of condition, reason or concession, whose verb is its own. */
const SUBORDINATORS = new Set(['if', 'unless', 'because', 'although', 'though', 'whereas']);

/** Marks that break a quote off before its dialogue tag: `"…," she said`, `"…?" he asked`. */
const BREAKS_OFF = new Set([',', '?', '!']);
/** Words after a past tense that make it the verb of a new clause with an object ("Trump rejected that …"). */
const CLAUSE_OBJECTS = new Set(['that', 'the', 'a', 'an', 'his', 'her', 'their']);
/** Past tenses after a name that begin a new clause rather than tag a quote ("Trump needed …", "She used …"). */
const NOT_TAGS = new Set(['needed', 'wanted', 'used', 'seemed', 'appeared', 'tried', 'decided', 'failed', 'agreed', 'started', 'happened', 'showed', 'played', 'worked', 'lived', 'died', 'returned', 'remained', 'moved', 'owned', 'opened', 'closed', 'visited', 'signed', 'voted', 'joined', 'walked', 'turned', 'entered', 'received', 'arrived', 'attended', 'helped', 'learned', 'planned', 'stayed', 'tended', 'applauded', 'cheered', 'booed', 'clapped', 'erupted']);

/**
 * The dialogue tag's verb in tokens[from, end) just after a quote: a speaker (a pronoun, a run of capitalised words,
 * or "the" and up to three words) then a past-tense verb, or the verb first and then the speaker; -1 when none.
 */
function dialogueTag(tokens: Token[], from: number, end: number): number {
  const speakerEnd = (k: number): number => {
    const t = tokens[k];
    if (k >= end || t.kind !== 'word') return -1;
    // (A body named before speaks as "it": `"…," it recommended`; not `"…," it seemed`.)
    if (PRONOUNS.has(t.lower) && (t.lower !== 'it' || (tagVerb(tokens[k + 1]) && !IMPERSONAL.has(tokens[k + 1].lower)))) return k + 1;
    if (t.lower === 'the' || t.lower === 'a' || t.lower === 'an') {
      let e = k + 1;
      while (e < end && e - k <= 3 && tokens[e].kind === 'word' && !tagVerb(tokens[e])) e++;
      return e > k + 1 ? e : -1;
    }
    if (!t.capitalized) return -1;
    let e = k;
    while (e < end && e - k < 5 && (tokens[e].capitalized || (tokens[e].text === '.' && tokens[e + 1]?.capitalized))) e++;
    return e;
  };
  let after = speakerEnd(from);
  // `"…," Howard Dean, the former governor of Vermont, proclaimed`: a name's appositive before the verb.
  if (after > from && tokens[from].capitalized && tokens[after]?.text === ',' && APPOSITIVE_OPENERS.has(tokens[after + 1]?.lower ?? '')) {
    let c = after + 2;
    while (c < end && c - after <= 10 && tokens[c].kind === 'word') c++;
    if (c < end && tokens[c].text === ',' && c + 1 < end && tagVerbAt(tokens, c + 1)) after = c + 1;
  }
  // After a phrasal tag the word past its particle decides: `Smith went on a tour of the plant` is a new clause.
  const next = tagVerb(tokens[after]) ? after + 1 : after + 2;
  if (after > from && after < end && tagVerbAt(tokens, after) && (next >= end || tokens[next].kind === 'punct' || !CLAUSE_OBJECTS.has(tokens[next].lower))) return after;
  // Inverted: `"…," fumed the mayor`.
  if (tagVerb(tokens[from]) && speakerEnd(from + 1) > from + 1) return from;
  return -1;
}

/** Verbs that take whom they urge and what to do: "urged patients to write", "asked members to vote". */
const URGING = new Set(['urged', 'asked', 'told', 'begged', 'implored', 'pressed', 'encouraged', 'invited', 'ordered', 'challenged', 'warned', 'reminded', 'called']);
/** Words that open an appositive after a name ("the former governor", "a pollster"). */
const APPOSITIVE_OPENERS = new Set(['the', 'a', 'an']);

/** Auxiliaries of a progressive: "is promising", "were chanting", "he's saying". */
const PROGRESSIVE_AUX = new Set(['is', 'are', 'was', 'were', "'s", '\u2019s']);

/** "promising", "labeling", "questioning": the -ing form of a verb of speech or naming ("promised", "labeled"). */
function speechProgressive(t: Token): boolean {
  if (t.kind !== 'word' || t.capitalized || !t.lower.endsWith('ing') || t.lower.length < 6) return false;
  const stem = t.lower.slice(0, -3);
  const known = (w: string): boolean => SPEECH_VERBS.has(w) || CUE_FORMS.has(w) || QUOTE_NAMING_VERBS.has(w);
  return known(`${stem}ed`) || known(`${stem}d`) || known(`${stem}s`) || known(`${stem}es`);
}

/**
 * The clause's subject when the verb at v follows it, past an appositive or relative clause set off by commas
 * ("Kowalski, whose local …, known as "Big Ray," dubbed …").
 */
function subjectOfVerb(tokens: Token[], from: number, v: number, inQuote: (o: number) => boolean, lexicon: AttributionLexicon): SourceMention | null {
  const np = subjectPhrase(tokens, from, v, inQuote, lexicon);
  if (!np) return null;
  let k = tokenAtOrAfter(tokens, np.end);
  // ("Its director, Grace Wanjiru-Holt, accused the authorities of having "…"": a name in apposition, its comma right
  // before the verb.)
  if (k >= 0 && k + 1 === v && tokens[k].text === ',') k = v;
  else if (k >= 0 && k < v && tokens[k].text === ',') {
    let c = k + 1;
    while (c < v && c - k < 40 && tokens[c].text !== ',') c++;
    k = c + 1;
    while (k < v && QUOTE_MARKS.has(tokens[k].text)) k++;
  }
  while (k >= 0 && k < v && (CUE_ADVERBS.has(tokens[k].lower) || tokens[k].lower.endsWith('ly'))) k++;
  return k === v ? mention(np, lexicon, tokens[v].text, tokens[v].start, tokens[v].end, QUOTE_VERB, false) : null;
}

/** "…, saying the city embodied the "…"", "with Ray Kowalski calling the package "…"": a reporting participle's subject. */
function participleSpeaker(tokens: Token[], from: number, end: number, inQuote: (o: number) => boolean, lexicon: AttributionLexicon): SourceMention | null {
  // "saying", "calling", and the -ing form of any verb of speech ("shouting", "mocking").
  const participle = (t: Token | undefined): boolean => t !== undefined && t.lower.endsWith('ing') && (CUE_FORMS.has(t.lower) || QUOTE_NAMING_VERBS.has(t.lower) || speechProgressive(t));
  for (let k = from; k < end; k++) {
    const t = tokens[k];
    // "Members of the House of Commons protested by shouting "shame on you!"": how the subject spoke.
    if (t.lower === 'by' && participle(tokens[k + 1]) && k + 1 < end && k > from) {
      const np = subjectPhrase(tokens, from, k, inQuote, lexicon);
      const p = tokens[k + 1];
      if (np) return mention(np, lexicon, p.text, p.start, p.end, QUOTE_VERB, false);
    }
    // ("…, praising", "… while praising Clinton as a "…"": a conjunction of time may stand for the comma.)
    if ((t.text === ',' || (k > from && TIME_CONJUNCTIONS.has(t.lower) && !t.capitalized && ownParticiple(tokens, from, k, end, participle))) && participle(tokens[k + 1]) && k + 1 < end) {
      const np = subjectPhrase(tokens, from, k, inQuote, lexicon);
      const p = tokens[k + 1];
      if (np) return mention(np, lexicon, p.text, p.start, p.end, QUOTE_VERB, false);
    }
    // "comments Trump made in 2006 saying he "sort of hopes"", "a statement Smith issued Monday calling it "…"": the
    // one who made the words the participle hangs on.
    if (participle(t) && k > from) {
      const maker = makerOfWords(tokens, from, k);
      if (maker) return mention({ words: maker, start: maker[0].start, end: maker[maker.length - 1].end }, lexicon, t.text, t.start, t.end, QUOTE_VERB, false);
    }
    // ("with Cruz recently promising to "…"": an adverb may stand between the name and the participle.)
    let a = k - 1;
    if (participle(t)) while (a > from && tokens[a].kind === 'word' && !tokens[a].capitalized && (CUE_ADVERBS.has(tokens[a].lower) || (ADVERB_LY.test(tokens[a].lower) && !NOUNS_IN_LY.has(tokens[a].lower)))) a--;
    if (participle(t) && a >= from && a > k - 3 && tokens[a].capitalized && tokens[a].kind === 'word') {
      let n = a;
      while (n - 1 >= from && (tokens[n - 1].capitalized || NAME_PARTICLES.has(tokens[n - 1].lower)) && tokens[n - 1].kind === 'word') n--;
      const run = tokens.slice(n, a + 1);
      // A full name, or any name after "with" ("with Gorka noting …").
      // (Or after a recording of them: "footage of Trump saying, "…"", "a video of Obama calling …".)
      if ((run.length >= 2 || tokens[n - 1]?.lower === 'with' || (tokens[n - 1]?.lower === 'of' && RECORDINGS.has(tokens[n - 2]?.lower ?? ''))) && !run.some((w) => ORG_NAME_WORDS.has(w.text))) {
        return mention({ words: run, start: run[0].start, end: run[run.length - 1].end }, lexicon, t.text, t.start, t.end, QUOTE_VERB, false);
      }
    }
    // "a news article reporting that "…"", "a memo claiming that "…"": a document's words, when no one is said to
    // have made it (above); the phrase from its article.
    // (A day may stand between: "a statement Wednesday saying".)
    const doc = k - 1 >= from && WEEKDAYS.has(tokens[k - 1].lower) ? k - 2 : k - 1;
    if (participle(t) && doc >= from && !tokens[doc].capitalized && DOCUMENT_NOUNS.has(tokens[doc].lower)) {
      let n = doc;
      while (n - 1 >= from && n > doc - 4 && tokens[n - 1].kind === 'word' && !tokens[n - 1].capitalized && !ARTICLES.has(tokens[n - 1].lower)) n--;
      // (Not one the subject authored, "She issued a statement calling …": the subject speaks, read elsewhere.)
      // (Past a particle: "held up a sign saying", "sent out a memo". Not in a phrase that opens the clause, "In a memo
      // claiming that "…," Mook laid out …", whose subject speaks.)
      const verb = tokens[n - 2]?.lower === 'up' || tokens[n - 2]?.lower === 'out' ? n - 3 : n - 2;
      if (n - 1 >= from && ARTICLES.has(tokens[n - 1].lower) && !AUTHORING.has(tokens[verb]?.lower ?? '') && !OPENING_PREPOSITIONS.has(tokens[n - 2]?.lower ?? '')) {
        const words = tokens.slice(n - 1, doc + 1);
        return mention({ words, start: words[0].start, end: words[words.length - 1].end }, lexicon, t.text, t.start, t.end, QUOTE_VERB, false);
      }
    }
  }
  return null;
}
/** Verbs whose subject made the document after them. */
const AUTHORING = new Set([
  ...['issued', 'issues', 'released', 'releases', 'published', 'publishes', 'wrote', 'writes', 'posted', 'posts', 'penned', 'signed', 'drafted', 'filed'],
  ...['authored', 'co-wrote', 'composed', 'prepared', 'dictated'],
  // (And one the subject shows, hands out or was given: "The senator held up a sign saying "…"", "circulated a memo
  // claiming", "received an email saying": the subject's to answer for, or an unnamed writer's.)
  ...['sent', 'sends', 'delivered', 'held', 'holding', 'carried', 'carrying', 'waved', 'waving', 'circulated', 'distributed', 'displayed', 'unveiled'],
  ...['received', 'receives', 'got', 'gets', 'has', 'had', 'have'],
]);
/** Prepositions that open a phrase before the clause's subject or after it ("In a memo claiming …, Mook"). */
const OPENING_PREPOSITIONS = new Set(['in', 'with', 'through', 'via']);
/** Articles that open a document's phrase. */
const ARTICLES = new Set(['a', 'an', 'the', 'this', 'that']);
