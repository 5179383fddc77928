import { TokenVocabulary } from './token-vocabulary';

/**
 * Company legal forms, normalised from a table rather than dropped word by word: "LIMITED
 * LIABILITY COMPANY", "L.L.C." and "OOO" (its Russian form, "obshchestvo s ogranichennoy
 * otvetstvennostyu") are one form, so "LIMITED LIABILITY COMPANY ALFA" and "ALFA LLC" are the same
 * name. The form is taken out of the name's distinctive words and kept beside them. Vessel prefixes
 * (MV, M/V, MT, M/T) likewise. Phrases are matched on the normalised words, longest first.
 */
const forms: Record<string, string[]> = {
  llc: ['limited liability company', 'limited liability co', 'l l c', 'llc', 'obshchestvo s ogranichennoy otvetstvennostyu', 'obshchestvo s ogranichennoi otvetstvennostiu', 'ooo', 'tov'],
  jsc: ['joint stock company', 'public joint stock company', 'closed joint stock company', 'open joint stock company', 'pjsc', 'jsc', 'ojsc', 'cjsc', 'pao', 'oao', 'zao', 'ao'],
  ltd: ['private limited company', 'private limited', 'pvt ltd', 'pvt limited', 'pte ltd', 'pty ltd', 'company limited', 'co ltd', 'limited', 'ltd'],
  plc: ['public limited company', 'plc'],
  inc: ['incorporated', 'inc'],
  corp: ['corporation', 'corp'],
  co: ['company', 'co'],
  llp: ['limited liability partnership', 'llp'],
  lp: ['limited partnership', 'lp'],
  gmbh: ['gesellschaft mit beschrankter haftung', 'gmbh co kg', 'gmbh', 'ag', 'kg'],
  sa: ['sociedad anonima de capital variable', 'sa de cv', 's de rl de cv', 's de rl', 'sociedad anonima', 'sa', 'sas', 'sarl', 'srl', 'spa', 'sl', 'cv'],
  spzoo: ['sp z o o', 'sp z oo', 'spolka z ograniczona odpowiedzialnoscia', 'sp zoo'],
  bv: ['besloten vennootschap', 'bv', 'nv'],
  fze: ['free zone establishment', 'free zone company', 'fze', 'fzco', 'fzc', 'fz llc'],
  est: ['establishment', 'est'],
  nordic: ['oy', 'ab', 'as', 'aps', 'asa'], // Finnish, Swedish, Norwegian and Danish companies
  vessel: ['m v', 'mv', 'm t', 'mt'],
};

const phrases = Object.entries(forms)
  .flatMap(([form, variants]) => variants.map((v) => ({ form, words: v.split(' ') })))
  .sort((a, b) => b.words.length - a.words.length);

/** Every word of a legal form ("joint", "stock", "liability"), found misspelt too ("libaility"). */
const formWords = new TokenVocabulary();
for (const word of new Set(phrases.flatMap((p) => p.words))) formWords.add(word);

/** Whether a token is a word of a legal form, or one a letter off: a stray one, left by a form written out of order, says little. */
export function isLegalFormWord(token: string): boolean {
  return formWords.near(token).length > 0;
}

/** The name's words without its legal forms, and the forms found (canonical). Words the forms take are not name words. */
export function splitLegalForms(words: string[]): { name: string[]; forms: string[] } {
  const name: string[] = [];
  const found: string[] = [];
  for (let i = 0; i < words.length;) {
    const phrase = phrases.find((p) => p.words.every((w, k) => words[i + k] === w));
    // A form never takes the whole name ("CO" alone is a name).
    if (phrase && !(i === 0 && phrase.words.length === words.length)) {
      if (!found.includes(phrase.form)) found.push(phrase.form);
      i += phrase.words.length;
    } else {
      name.push(words[i]);
      i += 1;
    }
  }
  return { name, forms: found };
}
