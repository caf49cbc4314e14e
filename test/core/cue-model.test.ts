import { describe, expect, it } from 'vitest';
import { featureFingerprint, type CueWeights } from '../../server/src/core/text/cue-model';
import weights from '../../server/src/core/text/cue-weights.json';

describe('the learned cue model', () => {
  it('was learned with the word lists the engine reads today (else run npm run train with PolNeAR)', () => {
    expect((weights as CueWeights).fingerprint).toBe(featureFingerprint());
  });
});
