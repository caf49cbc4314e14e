/** The shared corpus beside the project, and its Markdown files. Tests that need it skip, with the reason, on a clone without it. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** `../shared/corpus` from the project root. */
export const corpusDir = join(__dirname, '..', '..', '..', 'shared', 'corpus');

/** Whether the shared corpus is there (it is beside the project in CI, not in a fresh clone). */
export const hasCorpus = existsSync(corpusDir);

/**
 * The title of a suite that needs the corpus, with the reason it is skipped when the corpus is absent (vitest lists
 * skipped suites by title), and the same reason printed once on stderr.
 */
export function corpusSuite(title: string): string {
  if (hasCorpus) return title;
  console.warn(`skipped: ${title}: ../shared/corpus not found (${corpusDir})`);
  return `${title} [skipped: needs ../shared/corpus]`;
}

/** Every `*.md` file below a folder, sorted. */
export function markdownFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) files.push(...markdownFiles(path));
    else if (entry.endsWith('.md')) files.push(path);
  }
  return files;
}

/**
 * For scripts (the benchmarks, bundled into dist/, so they pass the folder themselves): `dir` when it exists, else a
 * one-line explanation on stderr and exit code 2.
 */
export function requireCorpus(dir: string): string {
  if (!existsSync(dir)) {
    process.stderr.write(
      `claimlint: the benchmarks need the shared corpus, which is not part of the repository: ${dir} not found ` +
        '(put the corpus in a folder named shared/corpus beside the project)\n',
    );
    process.exit(2);
  }
  return dir;
}
