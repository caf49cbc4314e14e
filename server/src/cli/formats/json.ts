/** The JSON format: `{ "version": 1, "files": [ { path, findings, claims } ] }`, streamed one file at a time. */
import type { JsonFile } from '../report';
import type { Formatter, ReportedFile } from './types';

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
      const body = JSON.stringify(plain, null, 2).replace(/\n/g, '\n    ');
      const out = `${first ? '' : ','}\n    ${body}`;
      first = false;
      return out;
    },
    end: () => (first ? ']\n}\n' : '\n  ]\n}\n'),
  };
}
