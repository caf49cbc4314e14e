/** Turning command-line paths into the Markdown files to lint, and reading them safely. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SKIP_DIRS = new Set(['node_modules', '.git']);

/** Expands files and folders (every `*.md` below a folder, skipping node_modules and .git). */
export function expandPaths(paths: readonly string[], onError: (path: string, message: string) => void): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      onError(dir, describeError(e));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(full);
      } else if (entry.isFile() && /\.(?:md|markdown)$/i.test(entry.name)) {
        files.push(full);
      }
    }
  };
  for (const p of paths) {
    let stat;
    try {
      stat = statSync(p);
    } catch (e) {
      onError(p, describeError(e));
      continue;
    }
    if (stat.isDirectory()) walk(p);
    else files.push(p);
  }
  return files;
}

/** A file's text, or why it cannot be linted. */
export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Reads a file as UTF-8 text; binary and invalid UTF-8 files are refused with a reason. */
export function readDraft(path: string): ReadResult {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, message: 'is a directory, not a file' };
    bytes = readFileSync(path);
  } catch (e) {
    return { ok: false, message: describeError(e) };
  }
  return decodeDraft(bytes);
}

/** Decodes bytes as a UTF-8 draft, refusing binary content. */
export function decodeDraft(bytes: Uint8Array): ReadResult {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { ok: false, message: 'looks like a binary file (it contains NUL bytes); skipped' };
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, message: 'is not valid UTF-8 text; skipped' };
  }
}

/** A short, human reason for a file-system error. */
export function describeError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many symbolic links (a link loop?)';
    case 'EISDIR':
      return 'is a directory, not a file';
    default:
      return err?.message ?? String(e);
  }
}
