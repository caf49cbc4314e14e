/** tk-placeholder: a TK ("to come") placeholder left in the draft. */
import type { Rule } from '../rule';
import { sourceSpan } from '../markdown';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const rule: Rule = {
  id: 'tk-placeholder',
  description: 'A TK placeholder (material "to come") left in the draft: information in the editor, an error in CI.',
  defaultSeverity: 'information',
  messages: {
    placeholder: 'Placeholder "{{word}}" is still in the draft: fill it in before publication.',
  },
  check(context) {
    const word = context.settings.placeholder;
    if (word.trim() === '') return;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const ba of context.analysis.blocks) {
      for (const m of ba.block.prose.matchAll(pattern)) {
        const at = m.index ?? 0;
        const range = sourceSpan(ba.block, at, at + m[0].length);
        // The placeholder as written: markup between its letters ("T*K") makes the prose read TK, but no one typed it.
        if (context.text.slice(range.start, range.end) !== m[0]) continue;
        context.report({ messageId: 'placeholder', data: { word }, range });
      }
    }
    for (const note of context.analysis.notes) {
      const body = context.text.slice(note.comment.range.start, note.comment.range.end);
      for (const m of body.matchAll(pattern)) {
        const at = note.comment.range.start + (m.index ?? 0);
        context.report({ messageId: 'placeholder', data: { word }, range: { start: at, end: at + m[0].length } });
      }
    }
  },
};

export default rule;
