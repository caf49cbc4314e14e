/**
 * What the markdownlint and textlint adapters share: a draft's Claimlint findings, judged by the same configuration
 * files (.claimlintrc.json, package.json) as the CLI, with 1-based positions. Only findings at warning or error
 * level are passed on, because the host tool has no quieter level: every finding it shows fails its run.
 */
import { resolve } from 'node:path';
import { ciFromEnv } from '../cli/args';
import { Positions, type LineColumnRange } from '../cli/positions';
import { ruleDocHref } from '../cli/ruledocs';
import { resolveConfig } from '../config/index';
import { lint } from '../core/lint';
import type { Finding } from '../core/types';

/** A finding as an adapter reports it. */
export interface AdapterFinding {
  ruleId: string;
  severity: 'error' | 'warning';
  message: string;
  /** Offsets into the linted text. */
  start: number;
  end: number;
  range: LineColumnRange;
  /** The automatic fix with one right answer, when there is one (with 1-based positions). */
  fix: { range: LineColumnRange; text: string } | null;
}

let last: { path: string; text: string; findings: AdapterFinding[] } | null = null;

/**
 * The findings to report for a draft at `path` (resolved against the working folder; configuration is looked up
 * from its folder). The last answer is kept, since markdownlint asks once per rule for the same file.
 */
export function adapterFindings(path: string, text: string): AdapterFinding[] {
  if (last && last.path === path && last.text === text) return last.findings;
  const absPath = resolve(process.cwd(), path);
  const { options } = resolveConfig(absPath);
  const positions = new Positions(text);
  const findings = lint(text, { ...options, ci: ciFromEnv(process.env) })
    .findings.filter((f): f is Finding & { severity: 'error' | 'warning' } => f.severity === 'error' || f.severity === 'warning')
    .map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      start: f.range.start,
      end: f.range.end,
      range: positions.range(f.range),
      fix: f.fix ? { range: positions.range(f.fix.range), text: f.fix.text } : null,
    }));
  last = { path, text, findings };
  return findings;
}

/** A file: URL of the rule's doc as installed, or null. */
export function ruleDocUrl(ruleId: string): URL | null {
  const href = ruleDocHref(ruleId);
  return href ? new URL(href) : null;
}
