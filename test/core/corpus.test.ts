import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/core/lint';
import { corpusDir as corpus, corpusSuite, hasCorpus, markdownFiles } from '../helpers/corpus';

describe.skipIf(!hasCorpus)(corpusSuite('the shared corpus lints without an exception'), () => {
  for (const part of ['wikinews', 'whitehouse/articles', 'whitehouse/fact-sheets', 'whitehouse/statements-releases']) {
    it(part, () => {
      const files = markdownFiles(join(corpus, part));
      expect(files.length).toBeGreaterThan(100);
      const failures: string[] = [];
      let claims = 0;
      for (const file of files) {
        const text = readFileSync(file, 'utf8');
        try {
          const result = lint(text);
          claims += result.claims.length;
          for (const f of result.findings) {
            if (f.range.start < 0 || f.range.end > text.length || f.range.end < f.range.start) failures.push(`${file}: bad range for ${f.ruleId}`);
          }
        } catch (e) {
          failures.push(`${file}: ${(e as Error).message}`);
        }
      }
      expect(failures).toEqual([]);
      expect(claims).toBeGreaterThan(files.length);
    }, 300_000);
  }
});
