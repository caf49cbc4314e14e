/**
 * Polls, averages, rankings and data sets as sources without a reporting verb (claims-spec, "Attribution"): "in the
 * Monmouth poll", "in the ATP rankings", "The poll of 1,140 voters was conducted …".
 */
import { DETERMINERS, PRONOUNS, YEAR } from './lexicon';
import type { Token } from './tokens';
import { endsWithPossessive, withoutPossessive } from './words';

/** Nouns of data sets that are sources by themselves: polls, surveys, averages, rankings, counts, records. */
const DATA_SET_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'average', 'averages', 'ranking', 'rankings', 'index', 'census', 'tracker', 'tally', 'count', 'data', 'figures', 'statistics', 'estimates', 'study', 'report', 'analysis', 'returns', 'records', 'projections', 'forecast', 'model', 'database', 'standings', 'ratings']);
/** Prepositions: one that opens the sentence is no part of a data set's name. */
const PREPOSITIONS = new Set(['with', 'on', 'in', 'at', 'for', 'after', 'before', 'by', 'from', 'as', 'since', 'during', 'under', 'over', 'despite', 'among', 'amid', 'through', 'unlike', 'like', 'to', 'of', 'about', 'against', 'between', 'without', 'within', 'across', 'into', 'per', 'via']);
/** Data sets published as such: "in the poll", "in the rankings" name one even without a name. */
const PUBLISHED_DATA_SETS = new Set(['poll', 'polls', 'survey', 'surveys', 'ranking', 'rankings', 'census', 'standings', 'ratings', 'tracker']);
/** Words that may stand in a data set's name between its article and its noun ("the latest Gallup", "a new"). */
const DATA_SET_MODIFIERS = new Set(['new', 'latest', 'recent', 'same', 'national', 'state', 'federal', 'annual', 'monthly', 'weekly', 'quarterly', 'official', 'final', 'exit', 'internal', 'independent', 'statewide', 'nationwide', 'online', 'telephone', 'phone', 'preliminary', 'early', 'previous', 'last', 'first', 'most', 'government', 'world', 'public', 'opinion', 'tax', 'census', 'polling', 'poll', 'survey', 'university', 'preseason', 'postseason', 'midseason', 'coaches', 'and', '&']);

/**
 * A data set named from token i ("the latest Gallup poll", "a new Scioto Valley University poll", "the FIFA
 * rankings", "Tax returns"): a determiner, capitalised words or data-set modifiers, and a data-set noun at the end.
 */
export function dataSetPhrase(tokens: Token[], i: number, to: number, inQuote: (o: number) => boolean): { words: Token[]; start: number; end: number; head: number } | null {
  let e = i;
  if (e < to && DETERMINERS.has(tokens[e].lower) && !['one', 'two', 'three', 'four', 'five', 'some', 'many', 'several', 'both', 'other', 'most', 'all', 'each', 'any'].includes(tokens[e].lower)) e++;
  let head = -1;
  for (let k = e; k < to && k - i < 9; k++) {
    const w = tokens[k];
    // A joint poll's sponsors are joined by a slash or a dash: "an NBC News/Wall Street Journal poll", "the Calder
    // Courier–Hartley College poll".
    const joins = w.kind === 'punct' && (w.text === "'" || w.text === '\u2019' || w.text === '-' || ((w.text === '/' || w.text === '\u2013') && k > e && tokens[k - 1].capitalized && tokens[k + 1]?.capitalized === true));
    // A year in the name: "Transparency International's 2018 Corruption Perceptions Index", "the 2024 Gallup poll".
    const year = w.kind === 'number' && (k > e || e > i) && YEAR.test(w.text);
    if (inQuote(w.start) || (w.kind !== 'word' && !joins && w.kind !== 'alnum' && !year)) break;
    if (year) continue;
    if (w.text === '/' || w.text === '\u2013') continue;
    // Its margin: "The poll's margin of error was plus or minus 4 percentage points".
    if (endsWithPossessive(w.text) && DATA_SET_NOUNS.has(withoutPossessive(w.lower)) && marginAt(tokens, k + 1)) {
      head = k;
      break;
    }
    // ("census figures", "the survey data": two nouns of data sets, the second the head; not when the second is the
    // verb, "The English Housing Survey estimates that", "The World Health Organization estimates 4 percent".)
    if (DATA_SET_NOUNS.has(w.lower) && !(k + 1 < to && tokens[k + 1].kind === 'word' && DATA_SET_NOUNS.has(tokens[k + 1].lower) && !verbAfterName(tokens, k + 1))) {
      head = k;
      break;
    }
    // (A preposition that opens the sentence names nothing: "With today's report", "On average".)
    if (!(w.capitalized || DATA_SET_MODIFIERS.has(w.lower) || endsWithPossessive(w.text) || w.kind === 'alnum') || PREPOSITIONS.has(w.lower)) break;
  }
  // ("The World Health Organization estimates that …": a name's verb, no data set.)
  if (head < 0 || (head > i && verbAfterName(tokens, head) && !DATA_SET_NOUNS.has(tokens[head - 1].lower))) return null;
  // A data set a reader can look up: a poll or ranking, or one with a name ("the count of payments" is not one).
  // Named: a proper name or a possessive ("the Monmouth poll", "Gallup's survey"); "the final count", "the annual
  // data" name nothing.
  // (Loops over the tokens in place: no copies of them and no functions made for each phrase.)
  let named = false;
  // (Not a pronoun: "It estimates that there are …" is a verb's subject.)
  for (let k = e; k < head && !named; k++) named = (tokens[k].capitalized && !(k === e && e === i && i === 0) && !PRONOUNS.has(tokens[k].lower)) || endsWithPossessive(tokens[k].text);
  if (!named && !(PUBLISHED_DATA_SETS.has(withoutPossessive(tokens[head].lower)) && head > i)) return null;
  const words: Token[] = [];
  for (let k = i; k <= head; k++) if (tokens[k].kind !== 'punct' || tokens[k].text === '/' || tokens[k].text === '\u2013') words.push(tokens[k]);
  // ("The poll's margin": the poll.)
  const last = words[words.length - 1];
  if (endsWithPossessive(last.text)) words[words.length - 1] = last.withText(withoutPossessive(last.text), withoutPossessive(last.lower));
  return { words, start: tokens[i].start, end: tokens[head].end, head };
}

/** Words after which a data set's noun in -s is a verb: "estimates that", "estimates about 40". */
const AFTER_VERB = new Set(['that', 'about', 'around', 'nearly', 'almost', 'roughly', 'some', 'more', 'fewer', 'up', 'the']);

/** Is the noun in -s at k, after a name's capital, the verb ("Survey estimates that …")? */
function verbAfterName(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return tokens[k].lower.endsWith('s') && tokens[k - 1].capitalized && !DETERMINERS.has(tokens[k - 1].lower) && next !== undefined && (next.kind === 'number' || AFTER_VERB.has(next.lower));
}

/** The verb a data set as subject goes on to ("was conducted", "shows", "has a margin"), within a few words. */
export function dataVerb(tokens: Token[], k: number, to: number): number {
  // ("The online and telephone survey of 1,530 adults in the seven-county metro area was conducted": the sample and
  // where it was taken stand between the noun and its verb.)
  let budget = 14;
  for (let j = k; j < to && budget > 0; j++, budget--) {
    // ("The board's final report is expected within 12 to 18 months": a data set not yet out says nothing.)
    if (DATA_VERBS.has(tokens[j].lower)) return BE_FORMS.has(tokens[j].lower) && NOT_YET_OUT.has(tokens[j + 1]?.lower ?? '') ? -1 : j;
    // Its margin: "The poll carries a margin of error of plus or minus 3.5 percentage points" (not "carried little
    // weight", "carried out by").
    if ((tokens[j].lower === 'carries' || tokens[j].lower === 'carried') && marginAfter(tokens, j + 1)) return j;
    // "The survey of 1,011 likely voters, conducted Oct. 8-12, has …": an aside of how it was taken, set off by
    // commas, is passed over (its dates' full stops with it); so is one of whom the sample held ("The AP-GfK Poll of
    // 1,033 adults, including 389 registered voters, was conducted …").
    if (tokens[j].text === ',' && FIELDED.has(tokens[j + 1]?.lower ?? '')) {
      let c = j + 2;
      while (c < to && c - j <= 12 && tokens[c].text !== ',' && (tokens[c].kind !== 'punct' || tokens[c].text === '.' || tokens[c].text === '-')) c++;
      if (c < to && tokens[c].text === ',') {
        j = c;
        continue;
      }
    }
    // (Any other comma opens a clause of its own: "The poll of 800 voters, which was commissioned by …".)
    if (tokens[j].kind === 'punct' && tokens[j].text !== '-') return -1;
  }
  return -1;
}

/** Words opening an aside on how a poll was taken or whom it reached ("…, conducted Oct. 8-12, has …", "…, including 389 Democrats, was …"). */
const FIELDED = new Set(['conducted', 'taken', 'fielded', 'carried', 'released', 'published', 'completed', 'including', 'reached', 'weighted', 'drawn', 'interviewed', 'surveyed', 'sampled']);

const DATA_VERBS = new Set(['shows', 'show', 'showed', 'found', 'finds', 'find', 'has', 'had', 'have', 'gives', 'gave', 'puts', 'put', 'was', 'were', 'is', 'are', 'suggests', 'suggested', 'indicates', 'indicated', 'estimates', 'estimated', 'projects', 'projected', 'ranks', 'ranked', 'lists', 'listed', 'counted', 'counts', 'recorded', 'records',
  // How it was taken: "The survey drew responses from 3,947", "The poll reached 1,012 adults".
  'drew', 'draws', 'sampled', 'samples', 'surveyed', 'polled', 'interviewed', 'reached', 'contacted', 'questioned',
  // Whom it counted: "The poll included 996 likely voters".
  'included', 'includes']);

/** Forms of "to be" among the data verbs, and what they say of a data set yet to come out ("is expected", "was delayed"). */
const BE_FORMS = new Set(['is', 'are', 'was', 'were']);
const NOT_YET_OUT = new Set(['expected', 'due', 'scheduled', 'set', 'likely', 'delayed', 'postponed']);

/** "margin of error", "error margin", "sampling error" at k. */
function marginAt(tokens: Token[], k: number): boolean {
  const a = tokens[k]?.lower;
  const b = tokens[k + 1]?.lower;
  return a === 'margin' || (a === 'error' && b === 'margin') || (a === 'sampling' && b === 'error');
}

/** "a margin of error", "an error margin", "a sampling error" from k. */
function marginAfter(tokens: Token[], k: number): boolean {
  const a = tokens[k]?.lower;
  const b = tokens[k + 1]?.lower;
  return (a === 'a' || a === 'an') && (b === 'margin' || b === 'error' || b === 'sampling');
}
