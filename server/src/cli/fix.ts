/** `--fix`: applies only fixes with one right answer, until none is left, and writes the file back safely. */
import { closeSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { applyEdits } from '../core/edits';
import { lint } from '../core/lint';
import { LineIndex } from '../core/text/lines';
import type { LintOptions, LintResult, TextEdit } from '../core/types';

/** Fixing stops after this many passes even if fixes keep appearing (a fix must never undo another). */
const MAX_PASSES = 10;

/** The fixed text, the findings that remain in it, and how many fixes were applied. */
export interface FixOutcome {
  text: string;
  result: LintResult;
  applied: number;
}

/**
 * Lints and applies every finding's `fix` (never its suggestions), again and again until no fix is left, so that a
 * second run changes nothing. Inserted line breaks follow the text's own line endings.
 */
export function fixText(original: string, options: LintOptions): FixOutcome {
  const eol = LineIndex.eol(original);
  let text = original;
  let applied = 0;
  let result = lint(text, options);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes = result.findings.flatMap((f) => (f.fix ? [withEol(f.fix, eol)] : []));
    if (fixes.length === 0) break;
    const next = applyEdits(text, fixes);
    if (next === text) break;
    applied += countApplied(fixes);
    text = next;
    result = lint(text, options);
  }
  return { text, result, applied };
}

function withEol(edit: TextEdit, eol: string): TextEdit {
  return eol === '\n' ? edit : { range: edit.range, text: edit.text.replace(/\r?\n/g, eol) };
}

/** How many of the edits applyEdits applies (it skips an edit that overlaps one after it). */
function countApplied(edits: readonly TextEdit[]): number {
  const sorted = [...edits].sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
  let floor = Infinity;
  let count = 0;
  for (const e of sorted) {
    if (e.range.end > floor) continue;
    count++;
    floor = e.range.start;
  }
  return count;
}

/** Why a fixed file was not written. */
export type WriteOutcome = { written: true } | { written: false; reason: string };

/**
 * Replaces a file's content atomically (a temporary file beside it, then a rename), keeping its mode, but only if
 * the file still holds exactly the bytes it was read with: a draft edited meanwhile is left alone.
 */
export function writeIfUnchanged(path: string, readBytes: Buffer, data: Buffer): WriteOutcome {
  let target: string;
  try {
    target = realpathSync(path);
  } catch {
    return { written: false, reason: 'was removed since it was read; not written' };
  }
  const changed = (): boolean => {
    try {
      return !readFileSync(target).equals(readBytes);
    } catch {
      return true;
    }
  };
  if (changed()) return { written: false, reason: 'changed on disk since it was read; not overwritten' };
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.claimlint-tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(temp, 'wx', statSync(target).mode & 0o7777);
    writeSync(fd, data);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    if (changed()) {
      unlinkSync(temp);
      return { written: false, reason: 'changed on disk since it was read; not overwritten' };
    }
    renameSync(temp, target);
    return { written: true };
  } catch (e) {
    if (fd !== null) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // The temporary file was never created or is already gone.
    }
    return { written: false, reason: `could not be written: ${(e as Error).message}` };
  }
}
