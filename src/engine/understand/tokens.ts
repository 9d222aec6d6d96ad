// Words of a clause, and phrase tables matched against them (built once at load, typo-tolerant on request).

// Two reusable rows for the bounded edit distance: no allocation per comparison.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/**
 * Edit distance with adjacent transpositions (optimal string alignment), giving up as soon as it must exceed
 * `max`: near-miss matching only ever asks "within 1 or 2?", so most comparisons stop after a letter or two.
 */
function withinDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (b.length + 1 > rowA.length) { rowA = new Int32Array(b.length + 1); rowB = new Int32Array(b.length + 1); rowC = new Int32Array(b.length + 1); }
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return false;
    const t = prev2; prev2 = prev; prev = cur; cur = t;
  }
  return prev[b.length]! <= max;
}

const TOKEN = /\d+\.\d+|[a-z0-9]+(?:'[a-z]+)?/g;

/** The word tokens of normalised text: "2nd", "h1b", "didn't", "1.5" each stay one token. */
export function tokenise(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** One phrase found in a token list: its value and token span [start, end). */
export interface Hit<T> { value: T; start: number; end: number; phrase: string }

/** A phrase table indexed by first word; `find` scans once, longest phrase first at each position. */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, { words: string[]; value: T; phrase: string }[]>();
  private readonly fuzzyByInitial = new Map<string, { words: string[]; joined: string; value: T }[]>();

  /** Builds the index; phrases are normalised text ("family medicine"), values anything. */
  constructor(table: readonly (readonly [string, T])[], fuzzyMin = 5) {
    for (const [phrase, value] of table) {
      const words = tokenise(phrase);
      if (words.length === 0) continue;
      const list = this.byFirst.get(words[0]!) ?? [];
      list.push({ words, value, phrase });
      this.byFirst.set(words[0]!, list);
      const whole = words.join(' ');
      if (whole.length >= fuzzyMin && !/\d/.test(whole)) {
        const same = this.fuzzyByInitial.get(whole[0]!) ?? [];
        same.push({ words, joined: whole, value });
        this.fuzzyByInitial.set(whole[0]!, same);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** Every phrase in `tokens`, left to right, spans never overlapping; with `fuzzy`, long words match near-misses. */
  find(tokens: readonly string[], fuzzy = false): Hit<T>[] {
    const hits: Hit<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const hit = this.at(tokens, i) ?? (fuzzy ? this.near(tokens, i) : undefined);
      if (hit) { hits.push(hit); i = hit.end - 1; }
    }
    return hits;
  }

  /** True when the token is the first word of some phrase. */
  starts(token: string): boolean {
    return this.byFirst.has(token);
  }

  private at(tokens: readonly string[], i: number): Hit<T> | undefined {
    for (const entry of this.byFirst.get(tokens[i]!) ?? []) {
      if (entry.words.every((w, k) => tokens[i + k] === w)) return { value: entry.value, start: i, end: i + entry.words.length, phrase: entry.phrase };
    }
    return undefined;
  }

  // a near-miss must start with the same letter and hold a word of 5+ letters: typos rarely hit the first letter
  private near(tokens: readonly string[], i: number): Hit<T> | undefined {
    const token = tokens[i]!;
    if (token.length < 4 || /\d/.test(token)) return undefined;
    for (const f of this.fuzzyByInitial.get(token[0]!) ?? []) {
      const gram = tokens.slice(i, i + f.words.length).join(' ');
      const limit = f.joined.length >= 8 ? 2 : 1;
      if (Math.abs(f.joined.length - gram.length) > limit || !f.words.some((w) => w.length >= 5)) continue;
      if (gram !== f.joined && withinDistance(gram, f.joined, limit)) return { value: f.value, start: i, end: i + f.words.length, phrase: f.joined };
    }
    return undefined;
  }
}
