/** The headless command: Markdown drafts in, formatted findings out, and an exit code CI can gate on. */
import { readFileSync } from 'node:fs';
import { parseCli, USAGE } from './cli/args';
import { lintCommand, type CliIO } from './cli/run';
import { isLintWorker, serveLintRequests } from './cli/worker';

declare const CLAIMLINT_VERSION: string | undefined;
declare const CLAIMLINT_HOMEPAGE: string | undefined;
const VERSION = typeof CLAIMLINT_VERSION === 'string' ? CLAIMLINT_VERSION : '0.0.0-dev';
/** package.json's homepage, put in by the build (empty when running from source). */
const HOMEPAGE = typeof CLAIMLINT_HOMEPAGE === 'string' ? CLAIMLINT_HOMEPAGE : '';

/** Runs the CLI with the given arguments and surroundings; resolves to the exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const options = parseCli(argv, io.env);
  if ('error' in options) {
    io.stderr.write(`claimlint: ${options.error}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    io.stdout.write(USAGE + '\n');
    return 0;
  }
  if (options.version) {
    io.stdout.write(io.version + '\n');
    return 0;
  }
  return lintCommand(options, io);
}

/** This process's surroundings. */
export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    readStdin: () => readFileSync(0),
    version: VERSION,
    homepage: HOMEPAGE,
  };
}

/** Runs the CLI on this process's arguments and sets its exit code. */
export function run(): void {
  // A reader that stops early ("claimlint drafts/ | head") closes the pipe: say nothing of it, as other tools do. The
  // closed stream drops what is written to it after; the run finishes and exits with its own code, as it did when the
  // whole report was queued before the first write failed (the command now waits for a slow reader, so the error
  // arrives while it is still linting).
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
  main(process.argv.slice(2), processIO()).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(`claimlint: internal error: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 2;
    },
  );
}

if (isLintWorker()) serveLintRequests();
else if (require.main === module) run();
