/** Hover on a claim: what was found, and who it is attributed to (source, cue, where) or why no source was found. */
import type { Hover } from 'vscode-languageserver';
import type { AttributionKind, Claim } from '../core/types';
import { findingsAt } from './actions';
import { toRange } from './convert';
import type { Linted } from './linted';

const KIND: Record<AttributionKind, string> = {
  named: 'a named person',
  pronoun: 'a pronoun resolved to the nearest speaker',
  role: 'a role',
  organization: 'an organisation',
  document: 'a document',
  link: 'a link',
  note: 'a source note',
  vague: 'a vague source',
};

/** The hover for an offset of a draft, or null when it is on no claim and no finding. */
export function hoverAt(linted: Linted, offset: number): Hover | null {
  const claim = linted.result.claims.find((c) => c.range.start <= offset && offset <= c.range.end);
  const findings = findingsAt(linted, offset);
  if (!claim && findings.length === 0) return null;
  const lines: string[] = [];
  if (claim) lines.push(...describeClaim(linted, claim));
  if (findings.length > 0) {
    if (lines.length > 0) lines.push('');
    for (const f of findings) lines.push(`- ${f.message} (\`${f.ruleId}\`)`);
  }
  const range = claim?.range ?? findings[0].range;
  return { contents: { kind: 'markdown', value: lines.join('\n') }, range: toRange(linted.lines, range) };
}

function describeClaim(linted: Linted, claim: Claim): string[] {
  const what = claim.kind === 'quote' ? 'Direct quote' : 'Numeric claim';
  const a = claim.attribution;
  if (!a) {
    const why = claim.kind === 'number' && claim.inHeading
      ? 'Headings are exempt from `unattributed-number`.'
      : 'No reporting cue with a source in its sentence' + (claim.kind === 'quote' ? ' or in the speaker\'s turn in this paragraph' : '') +
        ', no "According to …" opening the paragraph, no source note, link or footnote.';
    return [`**${what}** · **no source found**`, '', why];
  }
  const at = (range: { start: number }): string => `line ${linted.lines.lineAt(range.start) + 1}`;
  const mention = linted.text.slice(a.range.start, a.range.end).replace(/\s+/g, ' ');
  const out = [`**${what}** · attributed to **${a.source}** (${KIND[a.kind]})`, ''];
  if (a.cue) out.push(`- cue: "${a.cue}"`);
  out.push(`- source mentioned as "${mention}" on ${at(a.range)}`);
  if (a.namedAt) out.push(`- last named on ${at(a.namedAt)}`);
  if (claim.inQuote) out.push('- inside a direct quote: the quote\'s attribution is the number\'s');
  if (a.kind === 'vague') out.push('', 'No reader can identify or check this source.');
  return out;
}
