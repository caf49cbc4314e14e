/** What every output format receives: one file at a time, then a summary, so output streams with flat memory. */
import type { Severity } from '../../core/types';
import type { JsonClaim } from '../report';
import type { DraftReview } from '../review';
import type { ReportedFinding } from '../task';

/** One linted draft as the formats see it (after --quiet and --baseline filtering). */
export interface ReportedFile {
  path: string;
  findings: ReportedFinding[];
  claims: JsonClaim[];
  /** The draft's prose and places, for the review page (present when the format asked for it). */
  review?: DraftReview;
}

/** Totals over the whole run. */
export interface Summary {
  /** Drafts linted. */
  files: number;
  /** Findings reported, by severity. */
  counts: Record<Severity, number>;
  /** Reported findings that `--fix` would fix. */
  fixable: number;
  /** Inputs that named nothing (a missing path, a pattern matching no file) and drafts that could not be read, linted or written, with the reason. */
  problems: { path: string; message: string }[];
  /** Files named on the command line that an ignore file excludes, so they were not linted. */
  ignored: string[];
}

/** What a format may depend on besides the findings. */
export interface FormatContext {
  /** The working folder (SARIF's %SRCROOT%). */
  cwd: string;
  /** Use ANSI colours. */
  color: boolean;
  /** Claimlint's version. */
  version: string;
  /** Where Claimlint is documented (package.json's homepage; empty when running from source). */
  homepage: string;
}

/** An output format: text before the first file, text per file, text at the end. */
export interface Formatter {
  begin(): string;
  file(file: ReportedFile): string;
  end(summary: Summary): string;
}

/** An empty count per severity. */
export function zeroCounts(): Record<Severity, number> {
  return { error: 0, warning: 0, information: 0, hint: 0 };
}
