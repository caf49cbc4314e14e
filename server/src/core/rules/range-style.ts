/** range-style: "between X to Y", "between X-Y", "from X-Y". */
import type { Rule } from '../rule';
import { afterLastSpace } from '../text/words';
import { proseIn, sourceSpan } from '../markdown';
import { quoted } from '../rule';
import type { TextEdit } from '../types';

const rule: Rule = {
  id: 'range-style',
  description: 'Ranges written "between X to Y", "between X-Y" or "from X-Y" instead of "between X and Y" / "from X to Y".',
  defaultSeverity: 'information',
  fixable: true,
  messages: {
    between: 'Range "{{text}}": write "between X and Y".',
    from: 'Range "{{text}}": write "from X to Y".',
  },
  check(context) {
    for (const n of context.analysis.numbers) {
      const e = n.expression;
      const q = afterLastSpace(e.qualifier);
      if (q !== 'between' && q !== 'from') continue;
      const want = q === 'between' ? 'and' : 'to';
      let fix: TextEdit | null = null;
      if (e.connector) {
        const c = n.tokens[e.connector.index];
        const connector = e.connector.text.toLowerCase();
        if (connector === want || connector === 'or' || connector === ',') continue;
        if (connector === 'and' && q === 'from') continue;
        const prev = n.tokens[e.connector.index - 1];
        const next = n.tokens[e.connector.index + 1];
        // Only the dash is replaced, with a space added where it touches a figure: whatever stands between the
        // figures (a space, a line break) stays, so the fix never joins or splits lines.
        const isDash = c.text === '-' || c.text === '\u2013';
        const text = isDash ? `${prev.end === c.start ? ' ' : ''}${want}${next.start === c.end ? ' ' : ''}` : want;
        fix = { range: sourceSpan(n.block, c.start, c.end), text };
      } else {
        // One token "4,000-6,000".
        for (let i = e.figure; i <= e.last; i++) {
          const t = n.tokens[i];
          const dash = t.text.search(/\d[-\u2013]\d/);
          if (t.kind === 'number' && dash >= 0) {
            const at = t.start + dash + 1;
            fix = { range: sourceSpan(n.block, at, at + 1), text: ` ${want} ` };
            break;
          }
        }
        if (!fix) continue;
      }
      context.report({ messageId: q, data: { text: quoted(proseIn(n.block, n.range)) }, range: n.range, fix, claim: context.claimOf(n) });
    }
  },
};

export default rule;
