// Finding known phrases in free text: exact word-bounded matches first, then near-misses by edit distance.
import { editDistance } from './nlp.js';

/** Lowercases, unifies quotes and dashes, and pads punctuation so phrases match on word boundaries. */
export function normalize(text: string): string {
  return ` ${text.toLowerCase().replace(/[’‘`]/g, "'").replace(/[–—]/g, '-').replace(/[^a-z0-9&/'.+\- ]+/g, ' ').replace(/\s+/g, ' ').trim()} `;
}

/** One phrase found in the text, with where it was. */
export interface Found<T> { value: T; at: number; phrase: string }

/**
 * Finds every listed phrase in the text, longest phrases first, each span used once.
 * With `fuzzy`, words of 5+ letters also match a phrase within a small edit distance ("famly medicine").
 */
export function findPhrases<T>(text: string, table: [string, T][], fuzzy = false): Found<T>[] {
  let hay = normalize(text);
  const found: Found<T>[] = [];
  const wordCount = (p: string) => p.split(' ').length;
  const byLength = [...table].sort((a, b) => wordCount(b[0]) - wordCount(a[0]) || b[0].length - a[0].length);
  const sizes = [...new Set(byLength.map(([p]) => wordCount(p)))];
  for (const size of sizes) {
    for (const [phrase, value] of byLength.filter(([p]) => wordCount(p) === size)) {
      const loose = new RegExp(`(^|\\s)${escape(phrase)}(?=[\\s.,;:!?/-])`, 'g');
      for (const m of hay.matchAll(loose)) found.push({ value, at: (m.index ?? 0) + m[1]!.length, phrase });
      hay = hay.replace(loose, (m) => m.replace(/[^\s]/g, '#'));
    }
    if (fuzzy) {
      const near = fuzzyPhrases(hay, byLength.filter(([p]) => wordCount(p) === size), size);
      for (const f of near) {
        found.push(f);
        hay = hay.slice(0, f.at) + hay.slice(f.at, f.at + f.length).replace(/[^\s]/g, '#') + hay.slice(f.at + f.length);
      }
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

function fuzzyPhrases<T>(hay: string, table: [string, T][], size: number): (Found<T> & { length: number })[] {
  const tokens = [...hay.matchAll(/[a-z']+/g)].map((m) => ({ word: m[0], at: m.index ?? 0 }));
  const found: (Found<T> & { length: number })[] = [];
  for (let i = 0; i + size <= tokens.length; i++) {
    const span = tokens.slice(i, i + size);
    const gram = span.map((t) => t.word).join(' ');
    if (gram.replace(/ /g, '').length < 5) continue;
    const match = table.find(([phrase]) => phrase.length >= 5 && editDistance(gram, phrase) <= (phrase.length >= 8 ? 2 : 1));
    if (match) {
      const last = span[span.length - 1]!;
      found.push({ value: match[1], at: span[0]!.at, phrase: match[0], length: last.at + last.word.length - span[0]!.at });
      i += size - 1;
    }
  }
  return found;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
