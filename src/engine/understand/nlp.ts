// Thin access to the `natural` submodules we use, without loading the package root (slow, noisy).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const stemmer = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };
const distance = require('natural/lib/natural/distance/index.js') as {
  JaroWinklerDistance(a: string, b: string, options?: { ignoreCase?: boolean }): number;
  DamerauLevenshteinDistance(a: string, b: string): number;
};
const { WordTokenizer } = require('natural/lib/natural/tokenizers/regexp_tokenizer.js') as {
  WordTokenizer: new () => { tokenize(text: string): string[] };
};

const tokenizer = new WordTokenizer();

/** Lowercase word tokens; apostrophes and hyphens split words, digits are kept. */
export function words(text: string): string[] {
  return tokenizer.tokenize(text.toLowerCase());
}

/** Porter stem of one lowercase word. */
export function stem(word: string): string {
  return stemmer.stem(word);
}

/** Jaro-Winkler similarity in [0, 1]; 1 means identical. */
export function similarity(a: string, b: string): number {
  return distance.JaroWinklerDistance(a, b, { ignoreCase: true });
}

/** Damerau-Levenshtein edit distance (transpositions count once). */
export function editDistance(a: string, b: string): number {
  return distance.DamerauLevenshteinDistance(a, b);
}
