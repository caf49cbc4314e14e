/** Who a claim is attributed to, as the engine names the source: the words as written, and whether they are vague. */
import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/core/lint';

const cases: [string, string, { kind: string; source: string }][] = [
  // A head noun followed by a prepositional phrase: classified by its head, named in the order written.
  ['According to a report by the RAND Corporation, about 40% of adults own a bicycle.', 'about 40%', { kind: 'document', source: 'a report by the RAND Corporation' }],
  ['About 40% of adults own a bicycle, according to the report by RAND.', 'About 40%', { kind: 'document', source: 'the report by RAND' }],
  ['About 300 officers were deployed, according to the Department of Homeland Security.', 'About 300', { kind: 'organization', source: 'the Department of Homeland Security' }],
  // A plural noun before "from/of/at" and a body is not a person of that body; a singular title before a name is.
  ['Officials from the Ministry of Health said 12 people were hurt.', '12', { kind: 'organization', source: 'the Ministry of Health' }],
  ['Chairman of the Joint Chiefs of Staff Milley said 12 people were hurt.', '12', { kind: 'named', source: 'Milley' }],
  // Unnamed witnesses are sources no reader can check.
  ['According to eyewitnesses, 12 people were hurt.', '12', { kind: 'vague', source: 'eyewitnesses' }],
  ['A witness said 12 people were hurt.', '12', { kind: 'vague', source: 'A witness' }],
];

describe('source names and kinds', () => {
  for (const [text, claim, expected] of cases) {
    it(`${claim} in "${text}"`, () => {
      const found = lint(text).claims.find((c) => c.text === claim);
      expect(found?.attribution && { kind: found.attribution.kind, source: found.attribution.source }).toEqual(expected);
    });
  }
});
