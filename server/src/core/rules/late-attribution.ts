/** late-attribution: a quote whose attribution comes only after its second sentence. */
import type { Rule } from '../rule';
import { sourceSpan } from '../markdown';
import type { Analysis } from '../analyze';
import type { QuoteRecord } from '../records';
import type { TextEdit } from '../types';
import { bridge, crossesLine } from '../edits';
import { itemAt, lastStartingAtOrBefore, spanEnd, spanStart } from '../text/spans';

const rule: Rule = {
  id: 'late-attribution',
  description: 'A quote whose attribution comes only after its second sentence: readers should know early who is speaking.',
  defaultSeverity: 'hint',
  hasSuggestions: true,
  messages: {
    late: 'The reader learns who said this only after {{count}} sentences: attribute the quote after its first sentence.',
    move: 'Move the attribution after the first sentence',
  },
  check(context) {
    for (const q of context.analysis.quotes) {
      if (q.path !== 'sentence' || !q.mention || q.span.open < 0) continue;
      const m = q.mention.mention;
      if (m.start < q.span.open) continue;
      const ba = context.analysis.blocks[q.block.index];
      const before = q.sentences.filter((i) => ba.sentences[i].start < m.start && ba.sentences[i].start >= q.span.open - 1).length;
      if (before < 2) continue;
      const edits = moveAttribution(context.analysis, q);
      context.report({
        messageId: 'late',
        data: { count: before },
        range: q.range,
        claim: context.claimOf(q.run),
        suggestions: edits ? [{ title: rule.messages.move, edits }] : [],
      });
    }
  },
};

/** `"A. B. C," she said.` → `"A," she said. "B. C."` — only for that plain shape. */
function moveAttribution(analysis: Analysis, q: QuoteRecord): TextEdit[] | null {
  const ba = analysis.blocks[q.block.index];
  const prose = q.block.prose;
  const close = q.span.close;
  if (close < 0 || !q.mention) return null;
  // Sentences neither overlap nor leave order: the first starting at the quote's mark, if it ends inside the quote.
  const index = lastStartingAtOrBefore(ba.sentences, q.span.open - 2, spanStart) + 1;
  const first = index < ba.sentences.length && ba.sentences[index].end <= close ? ba.sentences[index] : undefined;
  if (!first || prose[first.end - 1] !== '.') return null;
  const attributionSentence = itemAt(ba.sentences, close, spanStart, spanEnd);
  if (!attributionSentence || prose[close - 1] !== ',') return null;
  const tail = prose.slice(close + 1, attributionSentence.end);
  if (!/^\s+[^"“”]+\.$/.test(tail)) return null;
  const openMark = prose[q.span.open];
  const closeMark = openMark === '\u201c' ? '\u201d' : '"';
  const next = ba.sentences[index + 1];
  if (!next) return null;
  const text = analysis.doc.text;
  const firstEnd = sourceSpan(q.block, first.end - 1, first.end);
  const nextStart = sourceSpan(q.block, next.start, next.start + 1).start;
  const commaStart = sourceSpan(q.block, close - 1, close).start;
  const sentenceEnd = sourceSpan(q.block, attributionSentence.end - 1, attributionSentence.end).end;
  // The attribution moves as written (its markup with it); one that runs over a line break is not moved, since
  // taking it out would join its lines.
  const leading = tail.length - tail.trimStart().length;
  const wordsStart = sourceSpan(q.block, close + 1 + leading, close + 2 + leading).start;
  const fullStop = sourceSpan(q.block, attributionSentence.end - 1, attributionSentence.end).start;
  if (crossesLine(text, { start: commaStart, end: sentenceEnd })) return null;
  const attribution = text.slice(wordsStart, fullStop);
  return [
    ...bridge(text, firstEnd.start, nextStart, `,${closeMark} ${attribution}.`, openMark),
    { range: { start: commaStart, end: sentenceEnd }, text: `.${closeMark}` },
  ];
}

export default rule;
