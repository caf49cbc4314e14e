/** Each rule's documentation (server/src/core/rules/<id>.md), for SARIF help text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the docs are: beside the rules when running from source, under server/ from the bundle in dist/. */
const FOLDERS = [join(__dirname, '..', 'core', 'rules'), join(__dirname, '..', 'server', 'src', 'core', 'rules')];

const cache = new Map<string, string | null>();

/** The rule's Markdown doc, or null when the rule has none. */
export function ruleDoc(id: string): string | null {
  if (!cache.has(id)) cache.set(id, readFirst(FOLDERS.map((dir) => join(dir, `${id}.md`))));
  return cache.get(id) ?? null;
}

function readFirst(paths: readonly string[]): string | null {
  for (const path of paths) {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      continue;
    }
  }
  return null;
}
