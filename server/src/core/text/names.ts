/**
 * Given names, so that a capitalised "Salah Abdeslam" reads as a person and "she said" does not resolve to him: a
 * short hand-kept list of names overwhelmingly used for one gender (common in news, many from outside the English-
 * speaking world), and longer lists of first names in English-speaking countries and in Europe (given-names.json,
 * written by `npm run train:names` from Moby and gender-detection-from-name, less names that are also ordinary words,
 * places or surnames). A name in both genders' lists tells no gender.
 */
import givenNames from './given-names.json';
import { firstPiece } from './words';

const list = (names: string): Set<string> => new Set(names.trim().split(/\s+/).map((n) => n.toLowerCase()));

/** Given names used overwhelmingly for women. */
export const FEMALE_NAMES = list(`
  Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra Ashley
  Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen
  Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma Samantha Katherine Christine Debra Rachel Catherine Carolyn
  Janet Ruth Maria Heather Diane Virginia Julie Joyce Victoria Olivia Kelly Christina Lauren Joan Evelyn Judith Megan
  Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann Teresa Kathryn Sara Janice Jean Alice Madison Doris Abigail
  Julia Judy Grace Denise Amber Marilyn Beverly Danielle Theresa Sophia Marie Diana Brittany Natalie Isabella Charlotte
  Rose Alexis Kayla Hillary Nancy Elena Sofia Lucia Carmen Isabel Ana Francesca Giulia Chiara Monika Magdalena Agnieszka
  Katarzyna Anna Marta Ewa Beata Joanna Natalia Olga Tatiana Svetlana Irina Yulia Ekaterina Anastasia Ludmila Galina
  Fatima Aisha Layla Leila Mariam Maryam Noor Zainab Hatice Ayse Fatma Emine Elif Zeynep Priya Anjali Sunita Pooja
  Kavita Lakshmi Indira Sonia Mei Ying Xiu Hui Yuki Yoko Keiko Akiko Hana Min-ji Agnès Brigitte Sylvie Nathalie
  Isabelle Sophie Camille Chloé Céline Valérie Sandrine Ségolène Marine Anne Angela Ursula Greta Ingrid Astrid Helga
  Sabine Petra Karin Birgit Annalena Jacinda Theresa Nicola Kamala Nancy Alexandria Ilhan Rashida Elizabeth Kirsten
  Amy Tammy Tulsi Marianne Carrie Regina Tanya Claudia Emily Catalina Valentina Camila Daniela Gabriela Fernanda
  Paula Rosa Teresa Pilar Dolores Mercedes Inés Lucía Beatriz Cristina Silvia Raquel Eva Lena Jenny Jenn Denise
  Karen Kate Katie Kathy Lucy Molly Ellie Amelia Mia Ava Harper Ella Scarlett Aria Chloe Penelope Layla Riley Zoey
  Nora Lily Eleanor Hazel Violet Aurora Savannah Audrey Brooklyn Bella Claire Skylar Paisley Everly Caroline Nova
  Genesis Emilia Kennedy Maya Willow Kinsley Naomi Aaliyah Elena Ariana Allison Gabriella Alice Madelyn Cora Ruby
  Serenity Autumn Adeline Hailey Gianna Valentina Isla Eliana Quinn Nevaeh Ivy Sadie Piper Lydia Alexa Josephine
  Emery Julia Delilah Arianna Vivian Kaylee Sophie Brielle Madeline Joanne Yvonne Colette Dominique Francine Greer
  Priti Theresa Margarethe Liz Beth Meg Maggie Peggy Sue Jane Janet Jill Joy June Kim Lori Lynn Pam Rita Robin Tina
  Wendy Whitney Yolanda Zoe Oprah Beyoncé Rihanna Shakira Adele Madonna Dolly Cher Aretha Whoopi Meryl Angelina
  Huma Lucija Rehema Amina Halima Nadia Samira Yasmin Yasmine Rania Dalia Hoda Huda Salma
 Ngozi Nomvula Wanjiku Wairimu Akinyi Chiamaka Adaeze Nkiru Thandiwe Lindiwe Nomsa Zodwa Chipo Rutendo Nyasha Morag
 Ffion Lowri Nia Gwenllian Eluned Heledd Mhairi Seonaid Aoibhinn Gráinne Ciara Bryony Rhiannon Morven
 Bríd Brid Grainne Sadhbh Eimear Úna Una Orlaith Dearbhla Méabh Meabh Ailbhe Bláthnaid Blathnaid Éabha Eabha Ida Flora
`);

/** Given names used overwhelmingly for men. */
export const MALE_NAMES = list(`
 James Robert John Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark Donald
 Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas
 Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis
 Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Christian Keith Roger
 Gerald Harold Sean Austin Carl Arthur Lawrence Dylan Jesse Jordan Bryan Billy Joe Bruce Gabriel Logan Albert
 Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip Louis Bill Ted Mike Tom Ed
 Jim Joe Bob Dan Dave Steve Tony Nick Chris Matt Rick Ron Ken Jeff Greg Doug Pete Sam Ben Max Carlos Luis Miguel
 Pedro Jorge Manuel Francisco Antonio Javier Alejandro Rafael Fernando Sergio Pablo Diego Andrés Ricardo Eduardo
 Roberto Mario Alberto Marco Luca Giuseppe Giovanni Matteo Lorenzo Alessandro Francesco Emmanuel Jean Pierre Jacques
 François Michel Philippe Nicolas Laurent Olivier Christophe Frédéric Sébastien Édouard Franky Hans Klaus Jürgen
 Wolfgang Helmut Olaf Horst Heiko Friedrich Karl Franz Stefan Andreas Markus Jan Piotr Tomasz Marek Krzysztof
 Andrzej Jarosław Jaroslaw Joachim Mateusz Wojciech Paweł Pawel Grzegorz Lech Donald Zbigniew Vladimir Dmitry
 Sergei Sergey Alexei Alexey Ivan Nikolai Mikhail Boris Viktor Yuri Igor Oleg Volodymyr Petro Mohammed Mohammad
 Muhammad Ahmed Ahmad Ali Hassan Hussein Omar Khalid Abdullah Ibrahim Youssef Yusuf Mustafa Salah Hamza Osama Usama
 Jamal Jamel Tariq Karim Bashar Recep Mehmet Ahmet Emre Kemal Narendra Rahul Amit Raj Vijay Arvind Imran Nawaz
 Hiroshi Takeshi Shinzo Yoshihide Rodrigo Jair Luiz Inácio Evo Nicolás Hugo
 Benjamin Naftali Yair Binyamin Elon Jeff Bernie Joe Pete Cory Julián Andrew Bill Barack Ronald Jimmy
 Gerald Lyndon Dwight Harry Franklin Woodrow Boris Keir Rishi Gordon Tony Jeremy Nigel Jacob Sadiq Michael Piers Jolyon
 Justin Stephen Jean-Claude Emmanuel Mark Sundar Satya Tim Jack Larry Sergey Warren Charlie Brendan Malcolm
 Seth Colin Allan Sam Franky Robert Jerry Phil Bob John-Paul
 Clarence Anthony Brett Neil Samuel Bill Michael Jay Steve Julian
 Adel Adil Adnan Jeb Wes Mitt Newt Reince Rand Tarek Tareq Walid Waleed Nabil Fadi Ziad Samir Sami Anwar Faisal
 Andrzej Joachim Tomasz Piotr Edgar Oscar Felix Leon Hugo Victor Arnold Sylvester Bruce Clint Tom Brad
 Leonardo Denzel Morgan Keanu Will Johnny Kevin Ben Matt Chris Ryan Hugh Ian Ewan Gareth Owen Rhys Dafydd Gwyn Emyr Huw Liam Sean
 Patrick Connor Declan Eamon Enda Micheál Leo Simon Rupert Nigel Graham Trevor Derek Clive Geoffrey Nigel Rodney
 Dennis Kurt Axel Lars Sven Nils Erik Magnus Olav Bjorn Jens Henrik Mikkel Rasmus Anders Jonas Luka Ante Goran Zoran
 Milan Aleksandar Slobodan Nenad Dragan Viktor Andrej Robert Milos Jozef Ludovit Ferenc Laszlo Gabor Istvan
 Mohamed Mohamad Muhamad Abdi Kamrul Mizanur Rafiqul Saiful Shafiqul Anisur Tunde Thabo Sipho Themba Jomo Uhuru
 Raila Mwangi Otieno Ochieng Tendai Tatenda Farai Kipchoge Olusegun Babajide Emeka Chinedu Obinna
 Craig Fred Rhodri Alun Aled Geraint Gethin Ifan Llyr Meirion Osian Tomos Ruairi Ruaridh Donnacha
 Donncha Diarmuid Cathal Fiachra Feargal Rónán Pádraic Tadgh
`);

/**
 * A sorted list of lower-case words held as one string, the words apart by single spaces, looked up by a binary search
 * over their starts. The longer lists of given-names.json were three sets of some 119,000 strings (each name, and
 * each capitalised as most words asked about are written): 23 MB of every process's memory at start, and a third of
 * the CLI's excess over a markdown-it parse in peak memory on a 4.8 MB draft. A look-up reads about 16 of the words
 * and makes no string; most words asked about are answered before it, by the hash table below.
 */
class SortedWords {
  /** Where each word starts in the text; one more, past the end, closes the last. */
  private readonly starts: Int32Array;

  constructor(private readonly text: string) {
    let count = text.length === 0 ? 0 : 1;
    for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) count++;
    this.starts = new Int32Array(count + 1);
    let k = 0;
    for (let i = 0; i < text.length; i = text.indexOf(' ', i) + 1 || text.length + 1) this.starts[k++] = i;
    this.starts[count] = text.length + 1;
  }

  /** Calls `visit` with the text and the range of each word. */
  each(visit: (text: string, start: number, end: number) => void): void {
    for (let k = 0; k + 1 < this.starts.length; k++) visit(this.text, this.starts[k], this.starts[k + 1] - 1);
  }

  /**
   * Is the word in the list? With `capital`, its first character is read in lower case (an ASCII capital: "Mary"
   * is found as "mary" without a lower-case copy of the word).
   */
  has(word: string, capital = false): boolean {
    const text = this.text;
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 2;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const s = starts[mid];
      const length = starts[mid + 1] - 1 - s;
      const n = Math.min(length, word.length);
      let order = 0;
      for (let i = 0; i < n && order === 0; i++) order = (i === 0 && capital ? word.charCodeAt(0) + 32 : word.charCodeAt(i)) - text.charCodeAt(s + i);
      if (order === 0) order = word.length - length;
      if (order === 0) return true;
      if (order < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return false;
  }
}

/** given-names.json's lists: lines of names apart by spaces, sorted. */
const LISTED_FEMALE = new SortedWords(givenNames.female.join(' '));
const LISTED_MALE = new SortedWords(givenNames.male.join(' '));

// The hand-kept list decides a name's gender where the longer lists give it to both ("Ted", "Bernie").
const isFemale = (g: string): boolean => FEMALE_NAMES.has(g) || (!MALE_NAMES.has(g) && LISTED_FEMALE.has(g));
const isMale = (g: string): boolean => MALE_NAMES.has(g) || (!FEMALE_NAMES.has(g) && LISTED_MALE.has(g));

/**
 * The sex a full name's given name tells ("Mary Smith"), or unknown. A name written surname first, as Korean and
 * Chinese names are in English ("Kim Min-jun", "Lee Dong-hyun": a hyphenated given name after the surname), starts
 * with a surname that lists of English given names may hold ("Kim", "Lee").
 */
export function fullNameGender(name: string): 'female' | 'male' | 'unknown' {
  const space = name.indexOf(' ');
  if (space > 0 && name.indexOf(' ', space + 1) < 0 && SURNAME_FIRST.test(name.slice(space + 1))) return 'unknown';
  return nameGender(firstPiece(name));
}
/** A given name of two syllables joined by a hyphen, the second in lower case ("Min-jun"). */
const SURNAME_FIRST = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/** What marks the first of a couple named together ("David and Louise Turpin"): a family "the father" may stand in. */
export const COUPLE = '&couple';
/** What marks a person's age given in apposition ("Maria Lopez, 46,"), before the number: "the 46-year-old" may be she. */
export const AGED = '&aged ';
/** An age standing for a person or before a noun ("the 46-year-old", "a 46-year-old nurse"), its number captured. */
export const AGE_WORD = /^(\d{1,3})-years?-old$/;

/** The gender a given name suggests, if any. */
export function nameGender(given: string): 'female' | 'male' | 'unknown' {
  // ("Pierre-Antoine", "Marie-Claire", "Jean-Marie": two given names joined by a hyphen are of the first one's sex.)
  const hyphen = given.indexOf('-');
  if (hyphen > 1 && hyphen < given.length - 2 && isUpperLetter(given.charCodeAt(hyphen + 1)) && isGivenName(given)) return nameGender(given.slice(0, hyphen));
  let g = given.toLowerCase();
  if (!listed(g)) g = withoutAccents(g);
  if (!maybeGivenForm(g)) return 'unknown';
  const female = isFemale(g);
  const male = isMale(g);
  if (female && !male) return 'female';
  if (male && !female) return 'male';
  return 'unknown';
}

/**
 * The hand-kept names capitalised ("Mary"), as most words asked about are written: one look-up answers without a
 * lower-case copy of the word (the longer lists are searched with the capital read in lower case).
 */
const CAPITALISED = new Set<string>();
const addCapitalised = (g: string): void => {
  const capitalised = g.charAt(0).toUpperCase() + g.slice(1);
  // (Letters a to z lower-case back as they were; others may not.)
  if (/^[a-z]/.test(g) || capitalised.toLowerCase() === g) CAPITALISED.add(capitalised);
};
FEMALE_NAMES.forEach(addCapitalised);
MALE_NAMES.forEach(addCapitalised);

/**
 * A bit for each hash of a given name, in lower case and capitalised (see formHash): a word whose bit is clear is in
 * no list, known without a look-up. A look-up reads a few of the lists' words from memory: isGivenName's look-ups
 * were about 2.8% of the engine's time in a CPU profile over the White House corpus, most of them for capitalised
 * words that are no given name. The table is 256 kB, with about one bit in eighteen set.
 */
const FORM_BITS = 21;
const FORM_MASK = (1 << FORM_BITS) - 1;
const givenFormBits = new Uint8Array(1 << (FORM_BITS - 3));

/** A hash of text[start, end) (FNV-1a, folded), FORM_BITS bits; with `capital`, its first character in upper case (a to z). */
function hashOf(text: string, start: number, end: number, capital: boolean): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (i === start && capital ? text.charCodeAt(i) - 32 : text.charCodeAt(i)), 16777619);
  return (h ^ (h >>> FORM_BITS)) & FORM_MASK;
}
/** A hash of a word's characters (see hashOf). */
const formHash = (word: string): number => hashOf(word, 0, word.length, false);
/** May the word be in CAPITALISED or a list, as written? False only for a word in none. */
function maybeGivenForm(word: string): boolean {
  const h = formHash(word);
  return (givenFormBits[h >>> 3] & (1 << (h & 7))) !== 0;
}
function markForm(h: number): void {
  givenFormBits[h >>> 3] |= 1 << (h & 7);
}
const markWord = (form: string): void => markForm(formHash(form));
CAPITALISED.forEach(markWord);
FEMALE_NAMES.forEach(markWord);
MALE_NAMES.forEach(markWord);
const markListed = (text: string, start: number, end: number): void => {
  markForm(hashOf(text, start, end, false));
  const c = text.charCodeAt(start);
  if (c >= 97 && c <= 122) markForm(hashOf(text, start, end, true));
};
LISTED_FEMALE.each(markListed);
LISTED_MALE.each(markListed);

/** Is a lower-case word in either list? */
function listed(g: string): boolean {
  return maybeGivenForm(g) && (FEMALE_NAMES.has(g) || MALE_NAMES.has(g) || LISTED_FEMALE.has(g) || LISTED_MALE.has(g));
}

/**
 * Is an ASCII word written in lower case or capitalised (no capital after its first character)? Then its lower-case
 * form is a given name only if the word itself is in CAPITALISED or in the lists.
 */
function lowerOrCapitalised(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127 || (c >= 65 && c <= 90)) return false;
  }
  return word.charCodeAt(0) <= 127;
}

/** Is this word a known given name? */
export function isGivenName(word: string): boolean {
  // "Jean-Pierre", "Marie-Claire", "Anne-Marie": two given names joined by a hyphen.
  const hyphen = word.indexOf('-');
  if (hyphen > 1 && hyphen < word.length - 2 && word.indexOf('-', hyphen + 1) < 0 && isUpperLetter(word.charCodeAt(hyphen + 1))) return isGivenName(word.slice(0, hyphen)) && isGivenName(word.slice(hyphen + 1));
  if (lowerOrCapitalised(word)) {
    if (!maybeGivenForm(word)) return false;
    const c = word.charCodeAt(0);
    const capital = c >= 65 && c <= 90;
    return CAPITALISED.has(word) || FEMALE_NAMES.has(word) || MALE_NAMES.has(word) || LISTED_FEMALE.has(word, capital) || LISTED_MALE.has(word, capital);
  }
  if (maybeGivenForm(word) && CAPITALISED.has(word)) return true;
  const g = word.toLowerCase();
  if (listed(g)) return true;
  const plain = withoutAccents(g);
  return plain !== g && listed(plain);
}

/**
 * A name's letters without their accents, for names the lists hold only as written in English ("Siân" is "sian",
 * "Zoltán" is "zoltan"); the word itself when it has none.
 */
function withoutAccents(g: string): string {
  for (let i = 0; i < g.length; i++) if (g.charCodeAt(i) > 127) return g.normalize('NFD').replace(/\p{M}/gu, '');
  return g;
}

/** Is the character code an upper-case ASCII letter or a Latin capital with an accent? */
function isUpperLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}
