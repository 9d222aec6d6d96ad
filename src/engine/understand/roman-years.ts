// A year written in Roman numerals, as diplomas print it ("MMXVIII", "mcmxcix"): the year in digits. Only a numeral
// of four letters or more that reads as a year from 1950 to 2039, so no word ("mix", "dim", "mild") is ever taken.
const ROMAN = /\b(m{1,2}(?:cm|d?c{0,3})(?:xc|l?x{0,3})(?:ix|iv|v?i{0,3}))\b/g;
const VALUE: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

function roman(word: string): number {
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const v = VALUE[word[i]!]!;
    const next = VALUE[word[i + 1] ?? ''] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
}

/** "my diploma says MMXVIII" read as "my diploma says 2018". */
export function romanYears(text: string): string {
  return text.replace(ROMAN, (m: string) => {
    const n = roman(m);
    return m.length >= 4 && n >= 1950 && n <= 2039 ? String(n) : m;
  });
}
