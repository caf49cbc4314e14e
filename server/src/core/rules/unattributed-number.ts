/** unattributed-number: a numeric claim with no source in scope. */
import type { Rule } from '../rule';
import { formatMessage, quoted } from '../rule';
import { proseIn } from '../markdown';
import { appendToSentence, blockEnd, insertAt } from '../edits';

const rule: Rule = {
  id: 'unattributed-number',
  description: 'A numeric claim with no source in its sentence or paragraph (headings are exempt by default).',
  defaultSeverity: 'warning',
  hasSuggestions: true,
  messages: {
    unattributed: 'Numeric claim "{{text}}" has no source in this sentence or paragraph.',
    according: 'Append ", according to {{placeholder}}" to the sentence',
    note: 'Add a source note <!-- source: {{placeholder}} --> to the paragraph',
  },
  check(context) {
    const { placeholder, ignoreHeadings } = context.settings;
    // The same for every finding of the draft: made once (a draft of figures has hundreds of findings, each with
    // both suggestions).
    let clause = '';
    let accordingTitle = '';
    let noteTitle = '';
    let note = '';
    for (const n of context.analysis.numbers) {
      if (n.quote || n.attribution) continue;
      if (n.block.kind === 'heading' && ignoreHeadings) continue;
      if (clause === '') {
        clause = `, according to ${placeholder}`;
        accordingTitle = formatMessage(rule.messages.according, { placeholder });
        noteTitle = formatMessage(rule.messages.note, { placeholder });
        note = ` <!-- source: ${placeholder} -->`;
      }
      const ba = context.analysis.blocks[n.block.index];
      const according = appendToSentence(ba, ba.sentences[n.sentence], clause);
      const noteSuggestion = { title: noteTitle, edits: [insertAt(blockEnd(ba), note)] };
      context.report({
        messageId: 'unattributed',
        data: { text: quoted(proseIn(n.block, n.range)) },
        range: n.range,
        claim: context.claimOf(n),
        suggestions: according ? [{ title: accordingTitle, edits: according }, noteSuggestion] : [noteSuggestion],
      });
    }
  },
};

export default rule;
