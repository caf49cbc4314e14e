/**
 * Inline controls in HTML comments: `<!-- claimlint-disable rule-a rule-b -->`, `<!-- claimlint-enable -->`,
 * `<!-- claimlint-disable-next-line rule -->` and `<!-- claimlint-disable-line rule -->` (no rule named: all rules).
 */
import type { HtmlComment } from './markdown';
import type { LineIndex } from './text/lines';

const CONTROL = /^claimlint-(disable-next-line|disable-line|disable|enable)(?:\s+([\s\S]*))?$/;

interface Region {
  rules: Set<string> | null;
  start: number;
  end: number;
}

/** Which findings the draft's own comments switch off. */
export class InlineControls {
  private readonly regions: Region[] = [];
  /** Lines switched off, made at the first such comment (most drafts have none). */
  private lines: Map<number, Set<string> | null> | null = null;

  constructor(comments: readonly HtmlComment[], lines: LineIndex, textLength: number) {
    // Most drafts have no control comment: nothing below is made for them.
    if (!comments.some(isControl)) return;
    const open = new Map<string, number>();
    let allFrom = -1;
    const sorted = [...comments].sort((a, b) => a.range.start - b.range.start);
    for (const c of sorted) {
      const m = CONTROL.exec(c.body);
      if (!m) continue;
      const names = (m[2] ?? '').split(/[\s,]+/).filter(Boolean);
      const rules = names.length > 0 ? new Set(names) : null;
      switch (m[1]) {
        case 'disable-line':
          this.addLine(lines.lineAt(c.range.start), rules);
          break;
        case 'disable-next-line':
          this.addLine(c.endLine + 1, rules);
          break;
        case 'disable':
          if (rules) for (const r of rules) if (!open.has(r)) open.set(r, c.range.end);
          if (!rules && allFrom < 0) allFrom = c.range.end;
          break;
        case 'enable':
          if (!rules || allFrom >= 0) {
            if (allFrom >= 0 && !rules) {
              this.regions.push({ rules: null, start: allFrom, end: c.range.start });
              allFrom = -1;
            }
          }
          for (const [r, start] of open) {
            if (!rules || rules.has(r)) {
              this.regions.push({ rules: new Set([r]), start, end: c.range.start });
              open.delete(r);
            }
          }
          break;
      }
    }
    if (allFrom >= 0) this.regions.push({ rules: null, start: allFrom, end: textLength });
    for (const [r, start] of open) this.regions.push({ rules: new Set([r]), start, end: textLength });
  }

  private addLine(line: number, rules: Set<string> | null): void {
    this.lines ??= new Map();
    const existing = this.lines.get(line);
    if (existing === null) return;
    if (rules === null || existing === undefined) this.lines.set(line, rules === null ? null : new Set(rules));
    else for (const r of rules) existing.add(r);
  }

  /** Is a rule switched off at this offset (on this line)? */
  disabled(ruleId: string, offset: number, line: number): boolean {
    if (this.lines !== null && this.lines.has(line)) {
      const rules = this.lines.get(line);
      if (rules === null || rules?.has(ruleId)) return true;
    }
    // A loop, not some with an arrow function: this runs for every finding, and the function was made each time.
    for (let k = 0; k < this.regions.length; k++) {
      const r = this.regions[k];
      if (offset >= r.start && offset < r.end && (r.rules === null || r.rules.has(ruleId))) return true;
    }
    return false;
  }
}

/** Is this comment a control (CONTROL tested as the constructor reads it)? */
const isControl = (c: HtmlComment): boolean => CONTROL.test(c.body);
