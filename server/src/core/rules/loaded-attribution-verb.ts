/** loaded-attribution-verb: "claimed", "admitted", "insisted" … as attribution verbs (off by default). */
import type { Rule } from '../rule';
import { formatMessage } from '../rule';
import { sourceSpan } from '../markdown';
import { LOADED_REPLACEMENTS } from '../text/lexicon';

const rule: Rule = {
  id: 'loaded-attribution-verb',
  description: 'Attribution verbs that editorialise (claimed, admitted, conceded, insisted, revealed, confessed): prefer "said".',
  defaultSeverity: 'off',
  hasSuggestions: true,
  messages: {
    loaded: '"{{verb}}" tells readers what to think of the statement: prefer "{{plain}}".',
    replace: 'Replace "{{verb}}" with "{{plain}}"',
  },
  check(context) {
    for (const record of context.analysis.mentions) {
      const m = record.mention;
      if (!m.loaded) continue;
      const verb = m.cue;
      let plain = LOADED_REPLACEMENTS[verb.toLowerCase()] ?? 'said';
      if (verb[0] !== verb[0].toLowerCase()) plain = plain[0].toUpperCase() + plain.slice(1);
      const range = sourceSpan(record.block, m.cueStart, m.cueEnd);
      context.report({
        messageId: 'loaded',
        data: { verb, plain },
        range,
        suggestions: [{ title: formatMessage(rule.messages.replace, { verb, plain }), edits: [{ range, text: plain }] }],
      });
    }
  },
};

export default rule;
