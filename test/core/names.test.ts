import { describe, expect, it } from 'vitest';
import { fullNameGender, isGivenName, nameGender } from '../../server/src/core/text/names';
import givenNames from '../../server/src/core/text/given-names.json';

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

  it('keeps given-names.json as the search needs it: each list sorted, lower case, no empty name or repeat', () => {
    for (const lines of [givenNames.female, givenNames.male]) {
      const names = lines.join(' ').split(' ');
      expect(names.every((n) => n.length > 0 && n === n.toLowerCase())).toBe(true);
      // (By UTF-16 code units, as the search compares them.)
      for (let i = 1; i < names.length; i++) expect(names[i - 1] < names[i], `${names[i - 1]} before ${names[i]}`).toBe(true);
    }
  });
});
