// Bundles every entry point into dist/: the extension (vscode external), the server, the CLI, the markdownlint and
// textlint adapters, and dev tools.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const entryPoints = {
  cli: 'server/src/cli.ts',
  server: 'server/src/server.ts',
  extension: 'client/src/extension.ts',
  markdownlint: 'server/src/adapters/markdownlint.ts',
  textlint: 'server/src/adapters/textlint.ts',
  eval: 'test/accuracy/eval.ts',
  'eval-polnear': 'test/accuracy/polnear/eval.ts',
  train: 'test/train/cues.ts',
  bench: 'test/bench/bench.ts',
  'bench-lsp': 'test/bench/lsp-latency.ts',
  'bench-markdown-it': 'test/bench/markdown-it-baseline.ts',
};

const context = await esbuild.context({
  entryPoints,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  outdir: 'dist',
  external: ['vscode'],
  define: { CLAIMLINT_VERSION: JSON.stringify(pkg.version), CLAIMLINT_HOMEPAGE: JSON.stringify(pkg.homepage) },
});
if (watch) {
  await context.watch();
} else {
  await context.rebuild();
  await context.dispose();
}
