/** ambiguous-pronoun: a quote attributed by "he/she/they said" whose speaker was named too far back. */
import type { Rule } from '../rule';
import { formatMessage } from '../rule';
import { endsInOutletWord, type Person } from '../people';
import { isGivenName } from '../text/names';

/**
 * Could someone named between the speaker's naming and the pronoun be read as the pronoun's? For "he" and "she", a
 * person of that sex, or of unknown sex whose name reads as a person's (a given name and a surname); not a body, a
 * place or a thing ("Brightfield", "New Mexico", "the Orvane Pip"). Someone of unknown sex known only by a title and
 * surname ("Justice Sotomayor") does not count either: the rule errs towards silence. For "they", anyone of fitting or
 * unknown number.
 */
function mayCompete(p: Person, speaker: Person, pronoun: string): boolean {
  // (Nor an outlet, a craft or a party's member whose name reads as a person's: "told the Thornbury Vale Echo", "The
  // New York Ledger", "a second lander, Selene Two", "a Jupiter Democrat".)
  if (p.kind === 'person' && pronoun !== 'they' && (endsInOutletWord(p.name) || NOT_A_SURNAME.test(p.name))) return false;
  if (p.gender !== 'unknown') return p.gender === speaker.gender;
  if (pronoun === 'they') return true;
  if (p.kind !== 'person') return false;
  const pieces = p.name.split(/\s+/);
  return pieces.length >= 2 && isGivenName(pieces[0]);
}

/**
 * The last word of a name that is no person's surname: a number's word, as a craft's or a series' name ends ("Selene
 * Two"); a party's member after a place ("a Jupiter Democrat", "Washington GOP"); capitals or initials ("Sirius XM",
 * "Washington D.C").
 */
const NOT_A_SURNAME = / (?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Democrats?|Republicans?|\p{Lu}{2,}|(?:\p{Lu}\.)+\p{Lu}?)$/u;

const rule: Rule = {
  id: 'ambiguous-pronoun',
  description: 'A quote attributed only by a pronoun when its speaker was last named more than one paragraph back, or another person was named in between.',
  defaultSeverity: 'information',
  hasSuggestions: true,
  messages: {
    far: '"{{pronoun}}" stands for {{name}}, last named {{paragraphs}} paragraphs back: name the speaker again.',
    between: '"{{pronoun}}" stands for {{name}}, but {{other}} was named since: name the speaker again.',
    replace: 'Replace "{{pronoun}}" with "{{surname}}"',
  },
  check(context) {
    const seen = new Set<object>();
    for (const q of context.analysis.quotes) {
      const record = q.mention;
      if (!record || !record.pronoun || !record.person || seen.has(record) || q.path !== 'sentence') continue;
      if (!['he', 'she', 'they'].includes(record.mention.name)) continue;
      seen.add(record);
      const person = record.person;
      const gap = record.block.index - record.pronoun.lastNamedBlock;
      const others = record.pronoun.namedSince.filter((p) => mayCompete(p, person, record.mention.name));
      if (gap <= 1 && others.length === 0) continue;
      const pronoun = record.mention.text;
      const surname = person.name.split(/\s+/).pop() ?? person.name;
      context.report({
        messageId: others.length > 0 ? 'between' : 'far',
        data: { pronoun, name: person.name, paragraphs: gap, other: others[others.length - 1]?.name ?? '' },
        range: record.attribution.range,
        claim: context.claimOf(q.run),
        related: record.attribution.namedAt ? [{ range: record.attribution.namedAt, message: `${person.name} last named here` }] : [],
        suggestions: person.kind === 'person' ? [{ title: formatMessage(rule.messages.replace, { pronoun, surname }), edits: [{ range: record.attribution.range, text: surname }] }] : [],
      });
    }
  },
};

export default rule;
