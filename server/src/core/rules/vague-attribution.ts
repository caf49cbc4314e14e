/** vague-attribution: sources no reader can identify, and source-less passives. */
import type { Rule } from '../rule';
import { formatMessage, quoted } from '../rule';
import { sourceSpan } from '../markdown';
import { crossesLine } from '../edits';
import { ANONYMITY_REASON } from '../text/anonymity';
import type { MentionRecord } from '../records';

/** Words that grant anonymity; with a reason beside them in the sentence, the vagueness is explained. */
const GRANTED = /anonym|not\s+to\s+be\s+(?:named|identified)|declined\s+to\s+be|not\s+authori[sz]ed/i;

/** The past tense of a passive's participle where the two differ ("is widely seen" → "say who saw it"). */
const PAST_TENSE = new Map([['seen', 'saw']]);

/**
 * Verbs that are a cue only when what is said follows: people at large who discuss, speak or complain say nothing yet
 * (not "call", "describe" or "identify", which characterise: "Several called the video "insulting"").
 */
const IDLE_CUES = new Set(['put', 'discuss', 'speak', 'talk', 'complain', 'continue', 'agree', 'post', 'list']);

/** Does what was said follow the mention's verb: "that", a colon or a quotation mark right after it? */
function saysAfter(r: MentionRecord): boolean {
  return /^\s*(?:that\b|:|["\u201c])/.test(r.block.prose.slice(r.mention.cueEnd, r.mention.cueEnd + 8));
}

const rule: Rule = {
  id: 'vague-attribution',
  description: 'Vague sources ("officials say", "experts said") and source-less passives ("it is believed"); headings are exempt by default.',
  defaultSeverity: 'information',
  hasSuggestions: true,
  messages: {
    vague: 'Vague attribution "{{text}}": name who says so, or say why they cannot be named.',
    explained: 'Vague attribution "{{text}}": the draft says why the source is not named; name them if that changes.',
    passive: 'Source-less passive "{{text}}": say who {{verb}} it.',
    replace: 'Replace "{{source}}" with {{placeholder}}',
  },
  check(context) {
    const { placeholder } = context.settings;
    // The mentions that carry a figure or a quote, gathered at the first idle verb's vague subject that asks.
    let carrying: Set<MentionRecord> | null = null;
    const carries = (r: MentionRecord): boolean => {
      if (carrying === null) {
        carrying = new Set();
        for (const n of context.analysis.numbers) if (n.mention) carrying.add(n.mention);
        for (const q of context.analysis.quotes) if (q.mention) carrying.add(q.mention);
      }
      return carrying.has(r);
    };
    // One phrase, one finding: "Reports by local media said" reads as three overlapping vague sources; the first
    // (and, from one start, the longest) stands for the others.
    const vague = context.analysis.mentions
      // (Not one who only asks: "a young man asked Clinton why …" attributes nothing.)
      // (Nor people a verb of doing more than saying has as its subject, with no figure or quote of theirs and
      // nothing said after it: "residents discussed the options", "Riders who spoke at Monday's meeting were mostly
      // older", "Drivers have long complained about Apex".)
      .filter((r) => r.mention.vague && r.mention.cueLemma !== 'ask' && !(r.block.kind === 'heading' && context.settings.ignoreHeadings) && !(IDLE_CUES.has(r.mention.cueLemma) && r.mention.name !== 'unnamed' && !saysAfter(r) && !carries(r)))
      .sort((a, b) => a.block.index - b.block.index || a.mention.phraseStart - b.mention.phraseStart || b.mention.phraseEnd - a.mention.phraseEnd);
    let covered = { block: -1, end: -1 };
    const explains = new Map<string, boolean>();
    for (const record of vague) {
      const m = record.mention;
      if (record.block.index === covered.block && m.phraseStart < covered.end) continue;
      covered = { block: record.block.index, end: m.phraseEnd };
      const range = sourceSpan(record.block, m.phraseStart, m.phraseEnd);
      const text = quoted(record.block.prose.slice(m.phraseStart, m.phraseEnd));
      const passive = m.name === 'unnamed';
      const adverb = m.cueStart === m.start && m.cueEnd === m.end;
      // "a person familiar with the talks who asked not to be named because the negotiations are private": the
      // sentence from the source on grants the anonymity and says why. Sentences are asked once whether they hold
      // both at all (a sentence of many sources is not read again for each).
      const ba = context.analysis.blocks[record.block.index];
      const sentence = ba?.block === record.block ? ba.sentences[record.sentence] : undefined;
      let explained = false;
      if (sentence && !passive) {
        const key = `${record.block.index}:${record.sentence}`;
        let both = explains.get(key);
        if (both === undefined) {
          const whole = record.block.prose.slice(sentence.start, sentence.end);
          both = GRANTED.test(whole) && ANONYMITY_REASON.test(whole);
          explains.set(key, both);
        }
        if (both) {
          const rest = record.block.prose.slice(m.start, sentence.end);
          explained = GRANTED.test(rest) && ANONYMITY_REASON.test(rest);
        }
      }
      const sourceRange = sourceSpan(record.block, m.start, m.end);
      context.report({
        messageId: passive ? 'passive' : explained ? 'explained' : 'vague',
        data: { text, verb: PAST_TENSE.get(m.cue.toLowerCase()) ?? m.cue },
        range,
        suggestions:
          // A source named over a line break is not replaced: the placeholder would join the lines.
          passive || adverb || crossesLine(context.text, sourceRange)
            ? []
            : [{ title: formatMessage(rule.messages.replace, { source: quoted(record.block.prose.slice(m.start, m.end)), placeholder }), edits: [{ range: sourceRange, text: placeholder }] }],
      });
    }
  },
};

export default rule;
