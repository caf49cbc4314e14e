/** The CLI's view of one linted file, with positions as 1-based lines and UTF-16 columns. */
import type { Claim, Finding, LintResult, TextEdit } from '../core/types';
import { Positions, type LineColumnRange } from './positions';

/** An edit in line/column form. */
export interface JsonEdit {
  range: LineColumnRange;
  text: string;
}

/** A finding in the JSON output. */
export interface JsonFinding {
  ruleId: string;
  severity: Finding['severity'];
  message: string;
  range: LineColumnRange;
  fix: JsonEdit | null;
  suggestions: { title: string; edits: JsonEdit[] }[];
}

/** A claim in the JSON output. */
export interface JsonClaim {
  kind: Claim['kind'];
  text: string;
  range: LineColumnRange;
  attribution: null | { kind: string; source: string; cue: string | null; range: LineColumnRange };
}

/** One file in the JSON output. */
export interface JsonFile {
  path: string;
  findings: JsonFinding[];
  claims: JsonClaim[];
}

/** Converts a lint result to the JSON output shape. */
export function toJsonFile(path: string, text: string, result: LintResult): JsonFile {
  const positions = new Positions(text);
  const edit = (e: TextEdit): JsonEdit => ({ range: positions.range(e.range), text: e.text });
  return {
    path,
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      range: positions.range(f.range),
      fix: f.fix ? edit(f.fix) : null,
      suggestions: f.suggestions.map((s) => ({ title: s.title, edits: s.edits.map(edit) })),
    })),
    claims: result.claims.map((c) => ({
      kind: c.kind,
      text: c.text,
      range: positions.range(c.range),
      attribution: c.attribution
        ? { kind: c.attribution.kind, source: c.attribution.source, cue: c.attribution.cue, range: positions.range(c.attribution.range) }
        : null,
    })),
  };
}
