/**
 * The people and sources a draft has named so far, in reading order: full names behind surnames, the gender a
 * pronoun needs, and who spoke last — what a copy editor keeps in mind to resolve "she said".
 */
import type { Span } from './types';
import { FEMALE_WORDS, MALE_WORDS } from './text/lexicon';

/** Gender as far as the draft tells it. */
export type Gender = 'female' | 'male' | 'plural' | 'neuter' | 'unknown';

/** A person or body the draft names. */
export interface Person {
  /** Full name for people ("Nathalie Goulet"); the phrase for roles and organisations ("fire service spokesman"). */
  name: string;
  kind: 'person' | 'role' | 'organization';
  gender: Gender;
  /** Where the full name was first given. */
  namedAt: Span;
  /** Where the draft last named this person by name (not by pronoun), and in which block. */
  lastNamed: Span;
  lastNamedBlock: number;
  /** Order of the last mention by name, for "another person was named in between". */
  lastNamedSeq: number;
  /** Has been the source of an attribution. */
  speaker: boolean;
  lastSpokeSeq: number;
}

/** Reads the gender a name phrase declares ("Mrs. Smith", "the spokeswoman"). */
export function genderOf(words: readonly string[]): Gender {
  for (const w of words) {
    const l = w.toLowerCase();
    if (FEMALE_WORDS.has(l)) return 'female';
    if (MALE_WORDS.has(l)) return 'male';
  }
  return 'unknown';
}

const stripPossessive = (s: string): string => s.replace(/['’]s$/, '');

/** The register of named people, filled in reading order. */
export class People {
  private readonly all: Person[] = [];
  private readonly bySurname = new Map<string, Person>();
  private seq = 0;

  /** Records a person named in the text; returns the person a surname or full name stands for. */
  name(name: string, at: Span, block: number, hints: readonly string[] = [], kind: Person['kind'] = 'person'): Person {
    const clean = stripPossessive(name.trim());
    const parts = clean.split(/\s+/);
    const surname = parts[parts.length - 1].toLowerCase();
    let person = kind === 'person' ? this.bySurname.get(surname) ?? this.byFullName(clean) : this.byFullName(clean);
    if (person && kind === 'person' && parts.length > 1 && person.name.split(/\s+/).length > 1 && !sameFirstName(person.name, clean)) {
      person = undefined; // another person with the same surname
    }
    this.seq++;
    if (!person) {
      person = {
        name: clean, kind, gender: kind === 'organization' ? 'neuter' : genderOf(hints), namedAt: at, lastNamed: at,
        lastNamedBlock: block, lastNamedSeq: this.seq, speaker: false, lastSpokeSeq: 0,
      };
      this.all.push(person);
    } else {
      if (parts.length > person.name.split(/\s+/).length && kind === 'person') {
        person.name = clean;
        person.namedAt = at;
      }
      person.lastNamed = at;
      person.lastNamedBlock = block;
      person.lastNamedSeq = this.seq;
      if (person.gender === 'unknown') person.gender = genderOf(hints);
    }
    if (kind === 'person') this.bySurname.set(surname, person);
    return person;
  }

  /** Marks a person as having spoken now. */
  spoke(person: Person): void {
    person.speaker = true;
    person.lastSpokeSeq = ++this.seq;
  }

  /** The most recent speaker a pronoun can stand for, or undefined. */
  resolve(pronoun: string): Person | undefined {
    const want: Gender[] =
      pronoun === 'he' ? ['male', 'unknown'] : pronoun === 'she' ? ['female', 'unknown'] : pronoun === 'it' ? ['neuter'] : pronoun === 'they' ? ['plural', 'neuter', 'unknown'] : ['male', 'female', 'unknown'];
    let best: Person | undefined;
    for (const p of this.all) {
      if (!p.speaker || !want.includes(p.gender)) continue;
      if (pronoun === 'they' && p.kind === 'person' && p.gender === 'unknown') continue;
      if ((pronoun === 'he' || pronoun === 'she') && p.kind === 'organization') continue;
      if (!best || p.lastSpokeSeq > best.lastSpokeSeq) best = p;
    }
    if (!best && (pronoun === 'he' || pronoun === 'she')) {
      for (const p of this.all) {
        if (p.kind !== 'person' || !want.includes(p.gender)) continue;
        if (!best || p.lastNamedSeq > best.lastNamedSeq) best = p;
      }
    }
    if (best && best.gender === 'unknown' && (pronoun === 'he' || pronoun === 'she')) best.gender = pronoun === 'he' ? 'male' : 'female';
    return best;
  }

  /** People named after a given mention sequence number, other than the one given. */
  namedSince(seq: number, except: Person): Person[] {
    return this.all.filter((p) => p !== except && p.kind === 'person' && p.lastNamedSeq > seq);
  }

  /** The current mention sequence number. */
  get now(): number {
    return this.seq;
  }

  private byFullName(name: string): Person | undefined {
    const lower = name.toLowerCase();
    return this.all.find((p) => p.name.toLowerCase() === lower);
  }
}

function sameFirstName(a: string, b: string): boolean {
  return a.split(/\s+/)[0].toLowerCase() === b.split(/\s+/)[0].toLowerCase();
}
