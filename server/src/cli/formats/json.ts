/** The JSON format: `{ "version": 1, "files": [ { path, findings, claims } ] }`, streamed one file at a time. */
import type { JsonFile } from '../report';
import type { Formatter, ReportedFile } from './types';

const NESTED_HEAD = '[\n  [\n'.length;
const NESTED_TAIL = '\n  ]\n]'.length;

/** The JSON format (fingerprints are not part of it). */
export function json(): Formatter {
  let first = true;
  return {
    begin: () => '{\n  "version": 1,\n  "files": [',
    file(file: ReportedFile) {
      const plain: JsonFile = {
        path: file.path,
        findings: file.findings.map(({ fingerprint: _, ...f }) => f),
        claims: file.claims,
      };
      // Each file sits two levels deep in the report, so every line of it is indented by four more spaces: stringified
      // inside two arrays, it comes out indented so, between a fixed head ('[\n  [\n') and tail ('\n  ]\n]'). This
      // saves a pass of replacing newlines over the whole report (the White House corpus: 106 MB of JSON).
      const nested = JSON.stringify([[plain]], null, 2);
      const out = `${first ? '' : ','}\n${nested.slice(NESTED_HEAD, nested.length - NESTED_TAIL)}`;
      first = false;
      return out;
    },
    end: () => (first ? ']\n}\n' : '\n  ]\n}\n'),
  };
}
