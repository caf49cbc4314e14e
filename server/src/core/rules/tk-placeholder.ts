/** tk-placeholder: a TK ("to come") placeholder left in the draft. */
import type { Rule } from '../rule';
import { sourceSpan } from '../markdown';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The placeholder as a whole word, made once per placeholder (matchAll works on a copy, so one can be shared). */
let last: { word: string; pattern: RegExp } | null = null;

function patternOf(word: string): RegExp {
  if (last?.word !== word) last = { word, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, 'gu') };
  return last.pattern;
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
    const pattern = patternOf(word);
    for (const ba of context.analysis.blocks) {
      // The pattern matches only where the word stands as typed: most paragraphs hold none.
      if (ba.block.prose.indexOf(word) === -1) continue;
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
