/** anonymous-source-reason: an unnamed source with no reason given for the anonymity. */
import type { Rule } from '../rule';
import { formatMessage, quoted } from '../rule';
import { sourceSpan } from '../markdown';
import type { BlockAnalysis } from '../records';
import { insertAt } from '../edits';
import { ANONYMOUS_OFFICIALS, ANONYMOUS_SINGULARS, PEOPLE_OF } from '../text/lexicon';
import { personNoun } from '../text/attribution';
import { ANONYMITY_REASON } from '../text/anonymity';

/** Phrases that grant or describe anonymity. Bounded repetitions only: these run on every sentence. */
const ANONYMOUS = [
  /\b(?:an?|one|two|three|several|multiple|some)\s+(?:[\w-]+\s+){0,3}?(?:person|people|source|sources|official|officials|individual|individuals|aide|aides|insider|insiders)\s+(?:familiar|close|with (?:direct )?knowledge|briefed|who (?:declined|asked|requested|was not authori[sz]ed|were not authori[sz]ed))\b/gi,
  /\b(?:sources|officials|people|insiders)\s+(?:familiar with|close to|with (?:direct )?knowledge of|briefed on)\b/gi,
  /\b(?:sources|officials|insiders)\s+(?:within|inside)\b/gi,
  /\busing\s+(?:the\s+|a\s+)?(?:pseudonym|alias)\b/gi,
  /\b(?:spoke|speaking|talked|talking)\s+(?:on|under)\s+(?:the\s+)?condition\s+of\s+anonymity\b/gi,
  /\b(?:asked|requested|declined)\s+(?:not\s+)?to\s+be\s+(?:named|identified)\b/gi,
  // (A source's clause, ended where it ends: not "who did not want to be named as a co-author", "would not give his
  // name to police", "speaking privately to donors".)
  /\bwho\s+(?:did\s+not|didn't)\s+(?:want|wish)\s+to\s+be\s+(?:named|identified)(?=\s*[,.;]|\s+because)/gi,
  /\bwho\s+(?:would\s+not|wouldn't|did\s+not|didn't|declined\s+to|refused\s+to)\s+give\s+(?:his|her|their)\s+(?:full\s+|last\s+)?names?(?=\s*[,.;]|\s+because)/gi,
  /,\s*speaking\s+privately\s*,/gi,
  /\b(?:requested|asked for|was granted|were granted|granted)\s+anonymity\b/gi,
  /\banonymous\s+(?:source|sources|official|officials|person|people|insider|insiders)\b/gi,
  /\bspeaking\s+anonymously\b/gi,
];

/** How far before an anonymity phrase its reason may stand in the sentence (characters), and the reasons that do. */
const REASON_BEFORE = 120;
const REASON_FIRST = /\bwho\s+(?:was|were|is|are)\s+not\s+authori[sz]ed\b[^,.;]*\band\s+\w$/i;

/**
 * The verb of speech right after a source phrase, before what it says ("… familiar with the plans said"), or after
 * the comma that closes it ("…, who did not wish to be named, said").
 */
const SAID_NEXT = /^\s*,?[^,;]{0,60}?\b(?:said|says|say|told|tells|added|adds|confirmed|confirms)\b/i;

/** Words that tie one unnamed person to what they know: "a person involved in the talks", "one person close to her". */
const TIED_BY = new Set(['involved', 'familiar', 'close', 'connected', 'linked']);

/** Words that point back to a source the draft has met: "the sources", "its sources". */
const POINTING_BACK = /^(?:the|its|their|his|her|these|those|our|such)\s/i;

/** "privately" right after a source's verb ("said privately"). */
const PRIVATELY = /^\s+privately\b/i;

/** Words every phrase above contains: sentences without one are not searched. */
const GATE = /anonym|familiar|close|within|inside|pseudonym|alias|named|identified|knowledge|briefed|\bnames?\b|privately/i;

/** The gates of a paragraph without a gate word (never added to). */
const NO_GATES: boolean[] = [];


const rule: Rule = {
  id: 'anonymous-source-reason',
  description: 'An unnamed source ("a person familiar with", "spoke on condition of anonymity") with no reason for the anonymity within two sentences.',
  defaultSeverity: 'warning',
  hasSuggestions: true,
  messages: {
    noReason: 'Anonymous source "{{text}}": say why the source was granted anonymity.',
    insertReason: 'Insert ", who spoke on condition of anonymity because {{placeholder}},"',
    insertBecause: 'Insert " because {{placeholder}}"',
  },
  check(context) {
    const { placeholder } = context.settings;
    // Single unnamed sources met as attributions: "a government official said", "One MP told the BBC".
    const singles = new Map<string, { start: number; end: number }>();
    for (const record of context.analysis.mentions) {
      const m = record.mention;
      // ("Two Kettering aides said privately": unnamed people, vague or a role, whose words are given as said in private.)
      const privately = !m.sourceless && (m.kind === 'vague' || m.kind === 'role') && PRIVATELY.test(record.block.prose.slice(m.cueEnd, m.cueEnd + 12));
      if ((!m.vague || m.sourceless) && !privately) continue;
      // The head is the word before where they are, if the phrase says: "a source at the ministry".
      const words = m.text.split(/\s+/);
      const placed = words.findIndex((w, i) => i > 0 && PEOPLE_OF.has(w.toLowerCase()));
      // ("A person involved in the negotiations": the noun before the words that tie the person to what they know.)
      const tied = words.length > 3 && TIED_BY.has(words[2].toLowerCase());
      const head = (tied ? words[1] : placed > 0 ? words[placed - 1] : words[words.length - 1]).toLowerCase();
      // ("One council staffer said", "A board member said privately": a body's own people, unnamed, as officials are.)
      const insider = head === 'staffer' || (head === 'member' && words.length >= 3 && placed < 0);
      // ("One man said", "One barista, who has worked there for years, said": one person the draft will not name, of any
      // role or trade, as a source needs a reason as much as an official does.)
      // ("Union sources said", "Sources at the hospital said": sources, unnamed, are anonymous by the word; not "the
      // sources" or "its sources", which point back to ones the draft has met.)
      const sources = head === 'sources' && !POINTING_BACK.test(m.text);
      if ((/^(?:a|an|one|another)\s/i.test(m.text) && (ANONYMOUS_OFFICIALS.has(head) || insider || ANONYMOUS_SINGULARS.has(head) || personNoun(head))) || privately || sources) {
        singles.set(`${record.block.index}:${record.sentence}`, { start: m.start, end: m.end });
      }
    }
    const blocks = context.analysis.blocks;
    for (let b = 0; b < blocks.length; b++) {
      const ba = blocks[b];
      const prose = ba.block.prose;
      // Which sentences hold a gate word: worked out once per paragraph, and kept with its reading in an editor.
      const searched = ba.memo.anonymityGates === undefined && GATE.test(prose);
      // A paragraph with none (most) keeps one shared empty list: a missing entry reads as false.
      const gates = (ba.memo.anonymityGates ??= searched ? ba.sentences.map((s) => GATE.test(prose.slice(s.start, s.end))) : NO_GATES);
      if (!ba.mentions.length && !gates.includes(true)) continue;
      // A loop, not forEach with an arrow function: the function, and the context it shares with this loop, were made
      // for every paragraph with a source, though most of its sentences have nothing to report.
      for (let i = 0; i < ba.sentences.length; i++) {
        const s = ba.sentences[i];
        const single = singles.size > 0 ? singles.get(`${ba.block.index}:${i}`) : undefined;
        if (!gates[i] && !single) continue;
        const sentence = prose.slice(s.start, s.end);
        const patterns = gates[i] ? ANONYMOUS : [];
        for (const pattern of [...patterns, null]) {
          let m: { index: number; 0: string } | null;
          if (pattern) {
            pattern.lastIndex = 0;
            m = pattern.exec(sentence);
          } else {
            m = single ? { index: single.start - s.start, 0: prose.slice(single.start, single.end) } : null;
          }
          if (!m) continue;
          const window = reasonWindow(blocks, b, i);
          // (Past the source's verb, the rest of its sentence is what the source said, and its "because" no reason for
          // the anonymity: "A person familiar with the plans said Corvane chose Dalton Ridge because of its older
          // equipment".)
          const after = m.index + m[0].length;
          const verb = SAID_NEXT.exec(sentence.slice(after));
          const reasonable = verb ? window.slice(m.index, after + verb[0].length) + window.slice(sentence.length) : window.slice(m.index);
          if (ANONYMITY_REASON.test(reasonable)) break;
          // The reason may come first in the clause: "who was not authorized to discuss it and asked not to be named"
          // (not "citing", which before the phrase introduces it: "Reports citing sources within the party").
          if (REASON_FIRST.test(window.slice(Math.max(0, m.index - REASON_BEFORE), m.index + 1))) break;
          const range = sourceSpan(ba.block, s.start + m.index, s.start + m.index + m[0].length);
          // (A phrase that already says the source is unnamed takes the reason after it: "asked not to be named because TK".)
          const anonymity = /(?:anonymity|anonymously|named|identified|names?)$/i.test(m[0]);
          context.report({
            messageId: 'noReason',
            data: { text: quoted(m[0]) },
            range,
            suggestions: [
              anonymity
                ? { title: formatMessage(rule.messages.insertBecause, { placeholder }), edits: [insertAt(range.end, ` because ${placeholder}`)] }
                : { title: formatMessage(rule.messages.insertReason, { placeholder }), edits: [insertAt(range.end, `, who spoke on condition of anonymity because ${placeholder},`)] },
            ],
          });
          break;
        }
      }
    }
  },
};

/** The phrases above, for a test of a whole sentence (no lastIndex kept). */
const ANONYMOUS_ONCE = ANONYMOUS.map((p) => new RegExp(p.source, 'i'));
/** Words that open a sentence about another unnamed source: "Another county employee, who asked not to be named". */
const ANOTHER_SOURCE = /^(?:another|an?|one|two|three|several|some)\s/i;
/** A sentence that says, of people named before, that they were granted anonymity: "The people spoke on condition of anonymity", "Both asked not to be named". */
const SPEAKS_OF_ANONYMITY = /^(?:the|both|all|each|neither|they|he|she|those|these)\b[^.;]{0,60}\b(?:spoke|speaking|talked|asked|requested|declined|insisted|were granted|was granted)\b[^.;]{0,40}(?:\banonymity\b|\banonymously\b|\bnot to be (?:named|identified)\b|\bto be (?:named|identified)\b)/i;

/**
 * The sentence i of block b and the two after it, where a reason for the anonymity may stand. They run on into the
 * next paragraph when it opens by speaking of the anonymity ("… two people with knowledge of the deal said. ¶ The
 * people spoke on condition of anonymity because …"), not into any "because" there.
 */
function reasonWindow(blocks: readonly BlockAnalysis[], b: number, i: number): string {
  const ba = blocks[b];
  const own = ba.sentences.slice(i, i + 3).map((w) => ba.block.prose.slice(w.start, w.end));
  // (A sentence after it that brings in another unnamed source with a reason of its own ends the window: "A person
  // familiar with the talks said …. Another employee, who asked not to be named because …, said".)
  const other = own.findIndex((w, k) => k > 0 && ANOTHER_SOURCE.test(w) && ANONYMOUS_ONCE.some((p) => p.test(w)));
  if (other > 0) return own.slice(0, other).join(' ');
  const next = blocks[b + 1];
  const first = next && next.block.kind === 'paragraph' && next.sentences.length > 0 ? next.block.prose.slice(next.sentences[0].start, next.sentences[0].end) : '';
  if (own.length < 3 && SPEAKS_OF_ANONYMITY.test(first)) {
    for (const w of next.sentences.slice(0, 3 - own.length)) own.push(next.block.prose.slice(w.start, w.end));
  }
  return own.join(' ');
}

export default rule;
