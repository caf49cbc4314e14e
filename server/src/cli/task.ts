/** The work done for one draft, in a worker thread or in process: read, lint (and fix), and describe the result. */
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { lint } from '../core/lint';
import type { LintOptions, LintResult } from '../core/types';
import { decodeDraft, encodeDraft } from './encoding';
import { readDraft } from './files';
import { fingerprints } from './fingerprint';
import { fixText, writeIfUnchanged } from './fix';
import { toJsonFile, type JsonClaim, type JsonFinding } from './report';
import { reviewDraft, type DraftReview } from './review';

/** What to do with a draft: report, fix in place, or show the fixes as a diff. */
export type Mode = 'check' | 'fix' | 'fix-dry-run';

/** One draft to lint. */
export interface FileTask {
  /** The path as shown in reports (relative to the working folder when given so). */
  path: string;
  /** The path to read and write. */
  absPath: string;
  options: LintOptions;
  mode: Mode;
  /** Include every claim in the outcome (for the JSON format and the claims report). */
  claims: boolean;
  /** Compute fingerprints (for baselines and SARIF); otherwise they are empty strings. */
  fingerprints: boolean;
  /** Describe the draft for the review page (`--format html`): its prose and where each claim and finding stands. */
  review?: boolean;
  /** The draft's bytes when they do not come from the file (--stdin). */
  stdin?: Uint8Array;
}

/** A finding as reported, with the fingerprint that baselines and SARIF use. */
export interface ReportedFinding extends JsonFinding {
  /** Empty when the task did not ask for fingerprints. */
  fingerprint: string;
}

/** What linting one draft produced. */
export interface FileOutcome {
  path: string;
  /** Size of the draft in bytes. */
  bytes: number;
  /** False when the draft could not be read or linted at all. */
  linted: boolean;
  /** Why the draft could not be read, linted or written back; it still counts as trouble (exit code 2). */
  error?: string;
  findings: ReportedFinding[];
  claims: JsonClaim[];
  /** Fixes applied (or, in a dry run, that would be). */
  fixed: number;
  /** The fixes as a unified diff (--fix-dry-run). */
  diff?: string;
  /** The review page's view of the draft, when the task asked for it. */
  review?: DraftReview;
}

/** Lints one draft according to its task; never throws. */
export function runTask(task: FileTask): FileOutcome {
  const empty: FileOutcome = { path: task.path, bytes: 0, linted: false, findings: [], claims: [], fixed: 0 };
  const read = task.stdin ? withBytes(task.stdin) : readDraft(task.absPath);
  if (!read.ok) return { ...empty, error: read.message };
  try {
    if (task.mode === 'check') return describe(task, read.text, lint(read.text, task.options), { ...empty, bytes: read.bytes.length });
    const fix = fixText(read.text, task.options);
    const outcome: FileOutcome = { ...empty, bytes: read.bytes.length, fixed: fix.applied };
    if (fix.text === read.text) return describe(task, fix.text, fix.result, outcome);
    if (task.mode === 'fix-dry-run') return describe(task, fix.text, fix.result, { ...outcome, diff: unifiedDiff(task.path, read.text, fix.text) });
    const written = writeIfUnchanged(task.absPath, read.bytes, encodeDraft(fix.text, read.encoding));
    if (written.written) return describe(task, fix.text, fix.result, outcome);
    return describe(task, read.text, lint(read.text, task.options), { ...outcome, fixed: 0, error: written.reason });
  } catch (e) {
    return { ...empty, error: `could not be linted: ${(e as Error).stack ?? String(e)}` };
  }
}

function withBytes(bytes: Uint8Array): ReturnType<typeof readDraft> {
  const decoded = decodeDraft(bytes);
  return decoded.ok ? { ...decoded, bytes: Buffer.from(bytes) } : decoded;
}

function describe(task: FileTask, text: string, result: LintResult, outcome: FileOutcome): FileOutcome {
  const file = toJsonFile(task.path, text, task.claims ? result : { findings: result.findings, claims: [] });
  const prints = task.fingerprints ? fingerprints(text, result.findings) : null;
  return {
    ...outcome,
    linted: true,
    findings: file.findings.map((f, i) => ({ ...f, fingerprint: prints?.[i] ?? '' })),
    claims: file.claims,
    ...(task.review ? { review: reviewDraft(text, result) } : {}),
  };
}

/** A unified diff of a draft before and after fixing (a BOM is not shown). */
export function unifiedDiff(path: string, before: string, after: string): string {
  const strip = (s: string): string => s.replace(/^\uFEFF/, '');
  return createTwoFilesPatch(path, path, strip(before), strip(after), undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
}

