/** SARIF 2.1.0 for code-scanning services: rule metadata with help text, results with stable fingerprints and fixes. */
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rules } from '../../core/rules/index';
import type { RuleLevel, Severity } from '../../core/types';
import { posixRelative } from '../files';
import type { LineColumnRange } from '../positions';
import { ruleDoc } from '../ruledocs';
import type { FormatContext, Formatter, ReportedFile, Summary } from './types';

/** The key under which results carry Claimlint's fingerprint (versioned, so a new scheme never collides). */
export const FINGERPRINT_KEY = 'claimlint/v1';

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));

/** The SARIF format, streamed: the header and rules first, one result per finding, invocation details last. */
export function sarif(context: FormatContext): Formatter {
  let first = true;
  const artifact = (path: string) => artifactLocation(context.cwd, path);
  return {
    begin() {
      const driver = {
        name: 'claimlint',
        version: context.version,
        semanticVersion: context.version,
        ...(context.homepage ? { informationUri: context.homepage } : {}),
        rules: rules.map(describeRule),
      };
      const run = {
        tool: { driver },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(context.cwd).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        results: [],
      };
      const json = JSON.stringify({ $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] }, null, 2);
      return json.slice(0, json.lastIndexOf('"results": []')) + '"results": [';
    },
    file(file: ReportedFile) {
      let out = '';
      for (const f of file.findings) {
        const location = artifact(file.path);
        const result = {
          ruleId: f.ruleId,
          ruleIndex: ruleIndex.get(f.ruleId),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [{ physicalLocation: { artifactLocation: location, region: region(f.range) } }],
          partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
          ...(f.fix
            ? {
                fixes: [
                  {
                    description: { text: `Fix: ${f.message}` },
                    artifactChanges: [{ artifactLocation: location, replacements: [{ deletedRegion: region(f.fix.range), insertedContent: { text: f.fix.text } }] }],
                  },
                ],
              }
            : {}),
          properties: { severity: f.severity },
        };
        out += `${first ? '' : ','}\n        ${JSON.stringify(result, null, 2).replace(/\n/g, '\n        ')}`;
        first = false;
      }
      return out;
    },
    end(summary: Summary) {
      const invocation = {
        executionSuccessful: summary.problems.length === 0,
        toolExecutionNotifications: summary.problems.map((p) => ({
          level: 'error',
          message: { text: `${p.path}: ${p.message}` },
          locations: [{ physicalLocation: { artifactLocation: artifact(p.path) } }],
        })),
      };
      const tail = JSON.stringify([invocation], null, 2).replace(/\n/g, '\n      ');
      return `${first ? '' : '\n      '}],\n      "invocations": ${tail}\n    }\n  ]\n}\n`;
    },
  };
}

function describeRule(rule: (typeof rules)[number]) {
  const doc = ruleDoc(rule.id);
  const level = rule.defaultSeverity as RuleLevel;
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: firstSentence(rule.description) },
    fullDescription: { text: rule.description },
    help: doc ? { text: doc, markdown: doc } : { text: rule.description },
    defaultConfiguration: level === 'off' ? { enabled: false, level: 'note' } : { enabled: true, level: LEVEL[level] },
    properties: { tags: ['journalism', 'attribution'], fixable: rule.fixable ?? false },
  };
}

function firstSentence(text: string): string {
  const m = /^.*?[.!?](?=\s|$)/.exec(text);
  return m ? m[0] : text;
}

/** SARIF regions use 1-based lines and columns; the end column is the one after the region, as ours is. */
function region(range: LineColumnRange) {
  return { startLine: range.start.line, startColumn: range.start.column, endLine: range.end.line, endColumn: range.end.column };
}

/** A path relative to %SRCROOT% when it lies inside the working folder, an absolute file URI otherwise. */
function artifactLocation(cwd: string, path: string): { uri: string; uriBaseId?: string } {
  const abs = resolve(cwd, path);
  const rel = posixRelative(cwd, abs);
  if (rel === '' || rel.startsWith('../') || isAbsolute(rel)) return { uri: pathToFileURL(abs).href };
  return { uri: rel.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}
