/** Each rule's documentation (server/src/core/rules/<id>.md): SARIF's help text, and the link diagnostics and the review page give. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

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

const hrefs = new Map<string, string | undefined>();

/** The address of a rule's doc (the language server's `codeDescription.href`, the review page's rule links); undefined when the rule has none. */
export function ruleDocHref(id: string): string | undefined {
  if (!hrefs.has(id)) {
    const file = FOLDERS.map((dir) => join(dir, `${id}.md`)).find((f) => existsSync(f));
    hrefs.set(id, file ? pathToFileURL(file).href : undefined);
  }
  return hrefs.get(id);
}
