/** Golden output for every format, run on the fixture newsroom with the built CLI. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../../server/src/core/rules/index';
import { toJsonFile } from '../../server/src/cli/report';
import { json } from '../../server/src/cli/formats/json';
import { fingerprints } from '../../server/src/cli/fingerprint';
import { lint } from '../../server/src/core/lint';
import { claimlint, golden, NEWSROOM, ROOT } from './helpers';

function run(args: string[]) {
  return claimlint(['drafts', ...args], { cwd: NEWSROOM });
}

describe('output formats', () => {
  it.each([
    ['stylish', []],
    ['text', ['--format', 'text']],
    ['json', ['--format', 'json']],
    ['github', ['--format', 'github']],
    ['junit', ['--format', 'junit']],
    ['claims-markdown', ['--report', 'claims']],
    ['claims-csv', ['--report', 'claims', '--report-format', 'csv']],
  ])('%s matches its golden output', (name, args) => {
    const r = run(args);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const { actual, expected } = golden(`${name}.txt`, r.stdout);
    expect(actual).toBe(expected);
  });

  it('sarif matches its golden output, with each rule documented by its doc file', () => {
    const r = run(['--format', 'sarif']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    const driverRules = log.runs[0].tool.driver.rules as { id: string; help: { text: string; markdown?: string } }[];
    expect(driverRules.map((d) => d.id)).toEqual(rules.map((d) => d.id));
    for (const rule of driverRules) {
      let doc: string | null = null;
      try {
        doc = readFileSync(join(ROOT, 'server', 'src', 'core', 'rules', `${rule.id}.md`), 'utf8');
      } catch {
        doc = null;
      }
      expect(rule.help).toEqual(doc ? { text: doc, markdown: doc } : { text: rules.find((d) => d.id === rule.id)!.description });
      rule.help = { text: '(the rule doc)' };
    }
    const base = pathToFileURL(NEWSROOM).href + '/';
    expect(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(base);
    log.runs[0].originalUriBaseIds['%SRCROOT%'].uri = 'file:///newsroom/';
    const { actual, expected } = golden('sarif.json', JSON.stringify(log, null, 2) + '\n');
    expect(actual).toBe(expected);
  });

  it('streams exactly the JSON the first CLI printed: JSON.stringify({ version: 1, files }, null, 2)', () => {
    const texts = ['Between 400 to 600 jobs.\n', 'Nothing here.\n', '"Quote without end, she said.\n'];
    const files = texts.map((t, i) => toJsonFile(`d${i}.md`, t, lint(t)));
    for (const subset of [[], files.slice(0, 1), files]) {
      const f = json();
      let out = f.begin();
      for (const file of subset) {
        const prints = fingerprints('', file.findings.map((x) => ({ ruleId: x.ruleId, range: { start: 0, end: 0 } })));
        out += f.file({ ...file, findings: file.findings.map((x, i) => ({ ...x, fingerprint: prints[i] })) });
      }
      out += f.end({ files: subset.length, counts: { error: 0, warning: 0, information: 0, hint: 0 }, fixable: 0, problems: [] });
      expect(out).toBe(JSON.stringify({ version: 1, files: subset }, null, 2) + '\n');
    }
  });

  it('colours stylish output only when asked or on a terminal', () => {
    expect(run([]).stdout).not.toContain('\u001b[');
    expect(run(['--color']).stdout).toContain('\u001b[31merror');
  });
});
