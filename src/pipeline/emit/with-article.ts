import { inSentence } from './in-sentence.ts';

/** "a ward", "an LSOA", "an area": the indefinite article by how the name is said. */
export function withArticle(name: string): string {
  const word = inSentence(name);
  // Acronyms are read letter by letter: "an LSOA", "an MSOA", but "a CCG".
  const vowelSound = /^[A-Z]{2,}/.test(word) ? /^[AEFHILMNORSX]/.test(word) : /^[aeiou]/i.test(word);
  return `${vowelSound ? 'an' : 'a'} ${word}`;
}
