/** The fact-check sheet: a draft's claims grouped by source, as a Markdown checklist an editor works through. */
import type { ClaimGroup, ClaimItem } from '../protocol';

/** A Markdown fact-check sheet for a draft. */
export function factCheckSheet(title: string, groups: ClaimGroup[]): string {
  const all = groups.flatMap((g) => g.claims);
  const quotes = all.filter((c) => c.kind === 'quote').length;
  const numbers = all.length - quotes;
  const unattributed = all.filter((c) => c.status === 'unattributed').length;
  const vague = all.filter((c) => c.status === 'vague').length;
  const out = [
    `# Fact-check sheet: ${title}`,
    '',
    `${plural(quotes, 'direct quote')} and ${plural(numbers, 'numeric claim')}: ${unattributed} without a source, ${vague} attributed only vaguely.`,
  ];
  for (const group of groups) {
    out.push('', `## ${group.label} (${group.claims.length})`, '', '| Line | Kind | Claim | Attributed by | Checked |', '| ---: | --- | --- | --- | :---: |');
    for (const claim of group.claims) out.push(`| ${claim.range.start.line + 1} | ${claim.kind} | ${cell(claim.text)} | ${cell(how(claim))} | [ ] |`);
  }
  return out.join('\n') + '\n';
}

function how(claim: ClaimItem): string {
  if (!claim.attribution) return claim.inHeading && claim.kind === 'number' ? 'none (heading)' : 'none';
  const cue = claim.attribution.cue ? `"${claim.attribution.cue}"` : 'no cue';
  return `${claim.attribution.kind}, ${cue}, line ${claim.attribution.range.start.line + 1}`;
}

function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').trim();
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
