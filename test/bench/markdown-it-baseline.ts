/**
 * The floor every Markdown linter stands on, as a whole process: read the Markdown files under the given paths and
 * parse each with markdown-it's `md.parse` (default options). `npm run bench` times it beside the CLI on the same
 * files; with `--rss` it prints its peak resident memory (bytes) on standard error when it exits.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';

function markdownFiles(path: string, into: string[]): string[] {
  if (!statSync(path).isDirectory()) {
    into.push(path);
    return into;
  }
  for (const entry of readdirSync(path).sort()) {
    const child = join(path, entry);
    if (statSync(child).isDirectory()) markdownFiles(child, into);
    else if (entry.endsWith('.md')) into.push(child);
  }
  return into;
}

const args = process.argv.slice(2);
if (args.includes('--rss')) process.on('exit', () => process.stderr.write(`peak rss ${process.resourceUsage().maxRSS * 1024}\n`));
const md = new MarkdownIt();
let tokens = 0;
for (const file of args.filter((a) => a !== '--rss').flatMap((a) => markdownFiles(a, []))) tokens += md.parse(readFileSync(file, 'utf8'), {}).length;
if (tokens === 0) process.exitCode = 1;
