/**
 * Letters of another script that look like Latin ones, in a word that mixes them with Latin letters:
 * "Vоlkоva" with Cyrillic о's is a disguise, not a Russian spelling. Transliteration would read those
 * letters by sound (Cyrillic р is "r", с is "s", х is "kh") and miss the name, so in a mixed word they
 * are read by shape first, and so is a word wholly of such letters in a name otherwise in Latin ("СО"
 * beside "SHIPPING"). A word wholly in one script is otherwise left to transliteration.
 */
const byShape: Record<string, string> = {
  // Cyrillic
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  х: 'x',
  у: 'y',
  к: 'k',
  м: 'm',
  т: 't',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  һ: 'h',
  ԁ: 'd',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  // Greek
  ο: 'o',
  ν: 'v',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
};
const letters = `[${Object.keys(byShape).join('')}]`;
const lookAlike = new RegExp(letters, 'gu');
const hasLookAlike = new RegExp(letters, 'u');
const latin = /[A-Za-z]/;

const onlyLookAlikes = new RegExp(`^(?:${letters}|[^\\p{L}])+$`, 'u');

export function readLookAlikes(name: string): string {
  // In a name written in Latin, a word made wholly of look-alike letters ("СО" for "CO") is a disguise too.
  const latinName = latin.test(name);
  return name.replace(/\S+/gu, (word) =>
    (latin.test(word) && hasLookAlike.test(word)) || (latinName && hasLookAlike.test(word) && onlyLookAlikes.test(word)) ? word.replace(lookAlike, (ch) => byShape[ch]) : word,
  );
}
