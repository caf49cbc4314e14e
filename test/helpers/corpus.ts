/** The shared corpus beside the project, and its Markdown files. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** `../shared/corpus` from the project root. */
export const corpusDir = join(__dirname, '..', '..', '..', 'shared', 'corpus');

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
