/**
 * The npm package and the extension manifest: one base address for the project, what the tarball ships (read with
 * `npm pack --dry-run`, scripts off so nothing is rebuilt under the other tests), and the extension's icon.
 * .ci/package-installs installs the real tarball and a git clone into empty projects.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('package.json', () => {
  it('names one base address for the homepage, the repository and the issue tracker', () => {
    const base = pkg.homepage.replace(/#readme$/, '');
    expect(base).toMatch(/^https:\/\/[^#]+[^/]$/);
    expect(pkg.repository).toEqual({ type: 'git', url: `git+${base}.git` });
    expect(pkg.bugs).toEqual({ url: `${base}/issues` });
  });

  it('builds before packing and when installed from git, and declares where it runs', () => {
    expect(pkg.scripts.prepack).toMatch(/esbuild\.mjs/);
    expect(pkg.scripts.prepare).toMatch(/esbuild\.mjs/);
    expect(pkg.engines.node).toBe('>=20');
    expect(pkg.keywords.length).toBeGreaterThan(3);
  });

  it('ships the CLI, the server, the adapters, the schemas and the rule docs, and no dev tools or source maps', () => {
    const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' }));
    const files = (report.files as { path: string }[]).map((f) => f.path).sort();
    const rules = readFileSync(join(ROOT, 'server', 'src', 'core', 'rules', 'index.ts'), 'utf8').match(/from '\.\/([\w-]+)'/g)!.map((m) => m.slice(8, -1));
    expect(files).toEqual(
      [
        'CHANGELOG.md',
        'LICENSE',
        'README.md',
        'bin/claimlint.js',
        'dist/cli.js',
        'dist/markdownlint.js',
        'dist/server.js',
        'dist/textlint.js',
        'package.json',
        'schemas/claimlintrc.schema.json',
        'schemas/package.schema.json',
        ...rules.map((id) => `server/src/core/rules/${id}.md`),
      ].sort(),
    );
    for (const target of [pkg.bin.claimlint, ...Object.values(pkg.exports as Record<string, string>).filter((t) => !t.includes('*'))]) {
      expect(files).toContain(target.replace(/^\.\//, ''));
    }
  });

  it('points the README\'s $schema at a file that ships', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const schema = /"\$schema": "\.\/node_modules\/claimlint\/([^"]+)"/.exec(readme)?.[1];
    expect(schema).toBe('schemas/claimlintrc.schema.json');
    expect(pkg.files).toContain('schemas/*.json');
  });

  it('has a changelog entry for this version', () => {
    expect(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8')).toContain(`\n## ${pkg.version} `);
  });
});

describe('the extension manifest', () => {
  it('has a 128x128 PNG icon, a gallery banner and categories', () => {
    const png = readFileSync(join(ROOT, pkg.icon));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([128, 128]);
    expect(pkg.galleryBanner).toEqual({ color: expect.stringMatching(/^#[0-9a-f]{6}$/i), theme: expect.stringMatching(/^(dark|light)$/) });
    expect(pkg.categories).toContain('Linters');
  });

  it('keeps the README\'s screenshot of the extension in the repository', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const image = /!\[[^\]]*\]\((docs\/images\/[\w.-]+\.png)\)/.exec(readme)?.[1];
    expect(image).toBe('docs/images/vscode-problems.png');
    expect(readFileSync(join(ROOT, image!)).subarray(1, 4).toString('ascii')).toBe('PNG');
  });
});
