/** Command-line options: parsing, checking, and the help text. */
import { parseArgs } from 'node:util';
import { CLAIMS_FORMATS, FORMATS } from './formats/index';

/** The help text. */
export const USAGE = `Usage: claimlint [options] <files, folders or globs…>
       claimlint --stdin [--stdin-filename PATH] [options]

Finds numeric claims and direct quotes in Markdown drafts and reports those without a source.
Folders mean every *.md and *.markdown below them; quote globs ('drafts/**/*.md'); '!pattern' excludes.
.gitignore (inside a git work tree) and .claimlintignore are honoured.

Output:
  -f, --format NAME        stylish (default), text, json, sarif, github, junit, or html (a review page for editors)
  -o, --output-file PATH   write the report to PATH instead of standard output
      --report claims      print the fact-check sheet (every claim and quote with its source) instead
      --report-format NAME markdown (default) or csv, for --report claims
  -q, --quiet              report errors only
      --max-warnings N     exit 1 when more than N warnings are reported
      --color, --no-color  force colours on or off (default: on when writing to a terminal)
      --stats              print files/s and memory on standard error

Configuration:
  -c, --config PATH        use only this configuration file (no search for .claimlintrc.json)
      --rule ID:LEVEL      set a rule's level (off, hint, info, warning, error); repeatable
      --print-config FILE  print the configuration that applies to FILE and exit
      --ci, --no-ci        CI mode (default: on when CI=true): tk-placeholder is an error
      --no-ignore          do not honour .gitignore and .claimlintignore

Fixes and baselines:
      --fix                apply fixes that have one right answer, in place
      --fix-dry-run        print those fixes as a unified diff; change nothing
      --baseline FILE      report only findings that are not in the baseline
      --baseline-write FILE record today's findings as the baseline and exit

Input and scale:
      --stdin              lint standard input
      --stdin-filename P   the path standard input stands for (configuration, reports)
  -j, --jobs N             threads to lint on (default: as many as pay, see the README)
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 no errors (and no more warnings than --max-warnings), 1 error-severity findings or too many
warnings, 2 usage or configuration error, or a file that could not be read or written.`;

/** Everything the command line can ask for, checked. */
export interface CliOptions {
  inputs: string[];
  format: string;
  outputFile?: string;
  report?: 'claims';
  reportFormat: string;
  quiet: boolean;
  maxWarnings?: number;
  color?: boolean;
  stats: boolean;
  configPath?: string;
  rules: string[];
  printConfig?: string;
  ci: boolean;
  useIgnoreFiles: boolean;
  fix: boolean;
  fixDryRun: boolean;
  baseline?: string;
  baselineWrite?: string;
  stdin: boolean;
  stdinFilename?: string;
  /** Threads to lint on; 'auto' chooses from the drafts' size and the idle cores. */
  jobs: number | 'auto';
  help: boolean;
  version: boolean;
}

/** Parses and checks arguments; returns the options or a usage error message. */
export function parseCli(argv: string[], env: NodeJS.ProcessEnv): CliOptions | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        'output-file': { type: 'string', short: 'o' },
        report: { type: 'string' },
        'report-format': { type: 'string', default: 'markdown' },
        quiet: { type: 'boolean', short: 'q', default: false },
        'max-warnings': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        stats: { type: 'boolean', default: false },
        config: { type: 'string', short: 'c' },
        rule: { type: 'string', multiple: true, default: [] },
        'print-config': { type: 'string' },
        ci: { type: 'boolean' },
        'no-ci': { type: 'boolean' },
        'no-ignore': { type: 'boolean', default: false },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        baseline: { type: 'string' },
        'baseline-write': { type: 'string' },
        stdin: { type: 'boolean', default: false },
        'stdin-filename': { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (e) {
    return { error: (e as Error).message };
  }
  const v = parsed.values;
  const options: CliOptions = {
    inputs: parsed.positionals,
    format: v.format,
    outputFile: v['output-file'],
    report: v.report as 'claims' | undefined,
    reportFormat: v['report-format'],
    quiet: v.quiet,
    color: v['no-color'] ? false : v.color,
    stats: v.stats,
    configPath: v.config,
    rules: v.rule,
    printConfig: v['print-config'],
    ci: v['no-ci'] ? false : (v.ci ?? ciFromEnv(env)),
    useIgnoreFiles: !v['no-ignore'],
    fix: v.fix,
    fixDryRun: v['fix-dry-run'],
    baseline: v.baseline,
    baselineWrite: v['baseline-write'],
    stdin: v.stdin,
    stdinFilename: v['stdin-filename'],
    jobs: 'auto',
    help: v.help,
    version: v.version,
  };
  if (options.help || options.version) return options;
  if (!(options.format in FORMATS)) return { error: `unknown format "${options.format}" (expected ${Object.keys(FORMATS).join(', ')})` };
  if (v.report !== undefined && v.report !== 'claims') return { error: `unknown report "${v.report}" (expected claims)` };
  if (!(options.reportFormat in CLAIMS_FORMATS)) return { error: `unknown report format "${options.reportFormat}" (expected markdown or csv)` };
  if (v['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(v['max-warnings'])) return { error: `--max-warnings expects a whole number, got "${v['max-warnings']}"` };
    options.maxWarnings = Number(v['max-warnings']);
  }
  if (v.jobs !== undefined) {
    if (!/^[1-9]\d*$/.test(v.jobs)) return { error: `--jobs expects a number of at least 1, got "${v.jobs}"` };
    options.jobs = Number(v.jobs);
  }
  if (options.fix && options.fixDryRun) return { error: '--fix and --fix-dry-run cannot be combined' };
  if (options.baseline && options.baselineWrite) return { error: '--baseline and --baseline-write cannot be combined' };
  if (options.stdin && options.fix) return { error: '--fix cannot write to standard input; use --fix-dry-run to see the fixes' };
  if (options.stdin && options.inputs.length) return { error: '--stdin takes no files; name the draft with --stdin-filename' };
  if (!options.stdin && options.stdinFilename) return { error: '--stdin-filename needs --stdin' };
  if (!options.stdin && !options.printConfig && options.inputs.length === 0) return { error: 'no files, folders or globs given' };
  if (options.inputs.length && options.inputs.every((i) => i.startsWith('!'))) return { error: 'only exclusions (!pattern) given; name what to lint too' };
  return options;
}

/** CI mode's default: on when the environment says CI=true (GitHub Actions and most CI services set it). */
export function ciFromEnv(env: NodeJS.ProcessEnv): boolean {
  return /^(true|1)$/i.test(env.CI ?? '');
}
