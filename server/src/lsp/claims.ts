/** Claims as editors review them: each quote and number with its status, grouped by source. */
import type { Claim } from '../core/types';
import type { ClaimGroup, ClaimItem, ClaimStatus } from '../protocol';
import { toRange } from './convert';
import type { Linted } from './linted';

/** Rules that report a claim as lacking a source. */
const UNATTRIBUTED_RULES = new Set(['unattributed-quote', 'unattributed-number']);

/** A claim's status: no source, a vague one, or one a reader can check. */
export function claimStatus(claim: Claim): ClaimStatus {
  if (!claim.attribution) return 'unattributed';
  return claim.attribution.kind === 'vague' ? 'vague' : 'attributed';
}

/** The ranges of the claims a rule reports as lacking a source. */
function flaggedRanges(linted: Linted): Set<string> {
  return new Set(linted.result.findings.filter((f) => UNATTRIBUTED_RULES.has(f.ruleId)).map((f) => `${f.range.start}:${f.range.end}`));
}

/** Every claim of a draft in document order, in LSP form. */
export function claimItems(linted: Linted): ClaimItem[] {
  const flagged = flaggedRanges(linted);
  return linted.result.claims.map((c) => ({
    kind: c.kind,
    text: c.text,
    range: toRange(linted.lines, c.range),
    status: claimStatus(c),
    flagged: flagged.has(`${c.range.start}:${c.range.end}`),
    inHeading: c.inHeading,
    attribution: c.attribution
      ? { kind: c.attribution.kind, source: c.attribution.source, cue: c.attribution.cue, range: toRange(linted.lines, c.attribution.range) }
      : null,
  }));
}

/** Groups claims for review: unattributed first, then each vague source, then each source in order of first use. */
export function groupClaims(items: ClaimItem[]): ClaimGroup[] {
  const unattributed: ClaimGroup = { label: 'Unattributed', status: 'unattributed', claims: [] };
  const vague = new Map<string, ClaimGroup>();
  const sourced = new Map<string, ClaimGroup>();
  for (const item of items) {
    if (!item.attribution) {
      unattributed.claims.push(item);
      continue;
    }
    const key = item.attribution.source.toLowerCase();
    const groups = item.status === 'vague' ? vague : sourced;
    let group = groups.get(key);
    if (!group) {
      group = { label: item.status === 'vague' ? `Vague: ${item.attribution.source}` : item.attribution.source, status: item.status, claims: [] };
      groups.set(key, group);
    }
    group.claims.push(item);
  }
  return [unattributed, ...vague.values(), ...sourced.values()].filter((g) => g.claims.length > 0);
}

/**
 * How many claims there are, how many a rule reports as unattributed, and how many are attributed only vaguely
 * (counted from the result itself: this runs after every lint, where building every item would be wasted).
 */
export function claimCounts(linted: Linted): { claims: number; unattributed: number; vague: number } {
  const flagged = flaggedRanges(linted);
  let unattributed = 0;
  let vague = 0;
  for (const c of linted.result.claims) {
    if (flagged.has(`${c.range.start}:${c.range.end}`)) unattributed++;
    if (claimStatus(c) === 'vague') vague++;
  }
  return { claims: linted.result.claims.length, unattributed, vague };
}
