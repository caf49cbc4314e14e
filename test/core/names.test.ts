import { describe, expect, it } from 'vitest';
import { fullNameGender, isGivenName, nameGender } from '../../server/src/core/text/names';

describe('given names', () => {
  it('knows names of the long lists as written, capitalised or in lower case, and in capitals', () => {
    // In given-names.json only (not the hand-kept lists).
    for (const name of ['Aaliyah', 'aaliyah', 'Zdenka', 'Dragana', 'Adaeze', 'AALIYAH']) expect(isGivenName(name), name).toBe(true);
  });

  it('knows the first and last names of each list and of each line of it', () => {
    for (const name of ['Aabriella', 'Aadam', 'Babette', 'Zyon', 'Şule', 'şener']) expect(isGivenName(name), name).toBe(true);
  });

  it('knows names written with accents the lists hold without them, and names the lists hold with them', () => {
    expect(isGivenName('Siân')).toBe(true);
    expect(isGivenName('Élodie')).toBe(true);
    expect(nameGender('Siân')).toBe('female');
  });

  it('knows no ordinary word, prefix or extension of a name', () => {
    for (const word of ['Parliament', 'Secretary', 'Aaliya2', 'Mar', 'Maryx', 'aabriellaz', '', 'Zzzz']) expect(isGivenName(word), word).toBe(false);
  });

  it('tells the sex a name suggests, the hand-kept list deciding where the long lists give both', () => {
    expect(nameGender('Aaliyah')).toBe('female');
    expect(nameGender('Dragan')).toBe('male');
    expect(fullNameGender('Dana Whitcomb')).toBe('unknown');
    expect(nameGender('Ted')).toBe('male');
    expect(nameGender('Bernie')).toBe('male');
    expect(fullNameGender('Kim Min-jun')).toBe('unknown');
  });
});
