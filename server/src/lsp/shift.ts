/**
 * A finished lint carried over to a newer text of its draft, for hovers and code actions that must not wait for
 * the next lint. The two texts share a prefix and a suffix; what the lint found there still stands word for word
 * (only shifted by the length the edits added or removed), and whatever touches the edited middle is left out
 * until the next lint has read it.
 */
import { LineIndex } from '../core/text/lines';
import type { Claim, Finding, Span, TextEdit } from '../core/types';
import type { Linted } from './linted';

/** How offsets of an older text map onto a newer one that differs only between `head` and the last `tail` characters. */
export class TextShift {
  /** Length of the common prefix. */
  readonly head: number;
  /** Where the common suffix starts in the older text. */
  readonly oldTail: number;
  /** Characters added (negative: removed) by the edits. */
  readonly delta: number;

  constructor(before: string, after: string) {
    const limit = Math.min(before.length, after.length);
    let head = 0;
    while (head < limit && before.charCodeAt(head) === after.charCodeAt(head)) head++;
    let tail = 0;
    while (tail < limit - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
    this.head = head;
    this.oldTail = before.length - tail;
    this.delta = after.length - before.length;
  }

  /**
   * The span in the newer text, or null when it touches the edited middle. An empty span (an insertion point) at
   * either edge of the middle is ambiguous (before or after what was typed there) and maps to null too.
   */
  span(s: Span): Span | null {
    if (s.end < this.head || (s.end === this.head && s.start < s.end)) return s;
    if (s.start > this.oldTail || (s.start === this.oldTail && s.start < s.end)) return { start: s.start + this.delta, end: s.end + this.delta };
    return null;
  }
}

/** The lint of an older text of a draft as it applies to the draft's current text and version. */
export function carryOver(linted: Linted, text: string, version: number): Linted {
  const shift = new TextShift(linted.text, text);
  const findings: Finding[] = [];
  for (const f of linted.result.findings) {
    const range = shift.span(f.range);
    if (!range) continue;
    const carried: Finding = {
      ...f,
      range,
      fix: f.fix ? (shiftEdits(shift, [f.fix])?.[0] ?? null) : null,
      suggestions: f.suggestions.flatMap((s) => {
        const edits = shiftEdits(shift, s.edits);
        return edits ? [{ ...s, edits }] : [];
      }),
    };
    if (f.claim) carried.claim = shiftClaim(shift, f.claim) ?? undefined;
    if (f.related) {
      carried.related = f.related.flatMap((r) => {
        const at = shift.span(r.range);
        return at ? [{ ...r, range: at }] : [];
      });
    }
    findings.push(carried);
  }
  const claims = linted.result.claims.flatMap((c) => {
    const shifted = shiftClaim(shift, c);
    return shifted ? [shifted] : [];
  });
  return { ...linted, version, text, lines: new LineIndex(text), result: { findings, claims } };
}

function shiftEdits(shift: TextShift, edits: readonly TextEdit[]): TextEdit[] | null {
  const out: TextEdit[] = [];
  for (const e of edits) {
    const range = shift.span(e.range);
    if (!range) return null;
    out.push({ ...e, range });
  }
  return out;
}

/** A claim in the newer text, or null when it or its attribution touches the edited middle. */
function shiftClaim(shift: TextShift, c: Claim): Claim | null {
  const range = shift.span(c.range);
  if (!range) return null;
  if (!c.attribution) return { ...c, range };
  const at = shift.span(c.attribution.range);
  const namedAt = c.attribution.namedAt ? shift.span(c.attribution.namedAt) : undefined;
  if (!at || namedAt === null) return null;
  return { ...c, range, attribution: { ...c.attribution, range: at, ...(namedAt ? { namedAt } : {}) } };
}
