// Builds the extension for release and packages it as dist/claimlint.vsix, then checks that the package holds
// exactly what the extension needs (manifest, the two bundles, grammar, schemas, rule docs, and the icon, changelog and
// screenshot its page shows) and nothing else: not the CLI, the adapters or the dev tools that share dist/.
//
// package.json's "files" says what the npm package ships, and vsce refuses a folder that has both "files" and a
// .vscodeignore. So the files .vscodeignore lets through are copied to a staging folder with the manifest minus
// "files", and vsce packages that.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'claimlint.vsix');
const stage = join(root, 'dist', 'vsix-stage');

execFileSync(process.execPath, ['esbuild.mjs', '--production'], { cwd: root, stdio: 'inherit' });

rmSync(stage, { recursive: true, force: true });
const kept = readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n').filter((l) => l.startsWith('!')).map((l) => l.slice(1).trim());
for (const file of ['.vscodeignore', ...globSync(kept, { cwd: root, dot: true }).filter((f) => f !== 'package.json')]) {
  mkdirSync(dirname(join(stage, file)), { recursive: true });
  copyFileSync(join(root, file), join(stage, file));
}
const { files: _npmFiles, ...manifest } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
writeFileSync(join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
execFileSync(process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out], {
  cwd: stage,
  stdio: 'inherit',
});
rmSync(stage, { recursive: true, force: true });

const REQUIRED = [
  'extension/package.json',
  'extension/dist/extension.js',
  'extension/dist/server.js',
  'extension/syntaxes/claimlint.injection.tmLanguage.json',
  'extension/client/icon.png',
  'extension/docs/images/vscode-problems.png',
];
const ALLOWED = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/(package\.json|readme\.md|changelog\.md|LICENSE\.txt|LICENSE)$/i,
  /^extension\/client\/icon\.png$/,
  /^extension\/docs\/images\/vscode-problems\.png$/,
  /^extension\/dist\/(extension|server)\.js$/,
  /^extension\/syntaxes\/[\w.-]+\.tmLanguage\.json$/,
  /^extension\/schemas\/[\w.-]+\.json$/,
  /^extension\/server\/src\/core\/rules\/[\w-]+\.md$/,
];

const entries = zipEntries(readFileSync(out));
const unexpected = entries.filter((e) => !ALLOWED.some((re) => re.test(e)));
const missing = REQUIRED.filter((r) => !entries.includes(r));
console.log(`${out}: ${entries.length} files, ${(statSync(out).size / 1024).toFixed(0)} KiB`);
for (const e of entries) console.log(`  ${e}`);
if (unexpected.length || missing.length) {
  if (unexpected.length) console.error(`unexpected in the package: ${unexpected.join(', ')}`);
  if (missing.length) console.error(`missing from the package: ${missing.join(', ')}`);
  process.exit(1);
}

/** File names from a zip's central directory. */
function zipEntries(zip) {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}
