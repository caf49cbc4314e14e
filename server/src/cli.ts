/** The headless command: Markdown drafts in, findings out, and an exit code CI can gate on. */
import { parseArgs } from 'node:util';
import { lint } from './core/lint';
import { expandPaths, readDraft } from './cli/files';
import { toJsonFile, type JsonFile } from './cli/report';

const USAGE = `Usage: claimlint [options] <files or folders…>

Finds numeric claims and direct quotes in Markdown drafts and reports those without a source.

Options:
  --format <name>   output format: text (default) or json
  -h, --help        show this help
  -v, --version     show the version

Exit codes: 0 no errors, 1 error-severity findings, 2 usage error or unreadable files.`;

/** Runs the CLI; returns the exit code. */
export function main(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    err(`claimlint: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(USAGE);
    return 0;
  }
  if (values.version) {
    out(VERSION);
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json') {
    err(`claimlint: unknown format "${values.format}" (expected text or json)`);
    return 2;
  }
  if (positionals.length === 0) {
    err(`claimlint: no files or folders given\n\n${USAGE}`);
    return 2;
  }
  let troubled = false;
  const files = expandPaths(positionals, (path, message) => {
    troubled = true;
    err(`claimlint: ${path}: ${message}`);
  });
  const results: JsonFile[] = [];
  let errors = 0;
  for (const path of files) {
    const read = readDraft(path);
    if (!read.ok) {
      troubled = true;
      err(`claimlint: ${path}: ${read.message}`);
      continue;
    }
    const file = toJsonFile(path, read.text, lint(read.text));
    errors += file.findings.filter((f) => f.severity === 'error').length;
    if (values.format === 'json') results.push(file);
    else for (const f of file.findings) out(`${path}:${f.range.start.line}:${f.range.start.column}  ${f.severity}  ${f.message}  ${f.ruleId}`);
  }
  if (values.format === 'json') out(JSON.stringify({ version: 1, files: results }, null, 2));
  if (troubled) return 2;
  return errors > 0 ? 1 : 0;
}

declare const CLAIMLINT_VERSION: string | undefined;
const VERSION = typeof CLAIMLINT_VERSION === 'string' ? CLAIMLINT_VERSION : '0.0.0-dev';

/** Runs the CLI on this process's arguments and sets its exit code. */
export function run(): void {
  process.exitCode = main(process.argv.slice(2), (s) => process.stdout.write(s + '\n'), (s) => process.stderr.write(s + '\n'));
}

if (require.main === module) run();
