// A vocabulary file's word list as one pattern, built once when the file is compiled.

/** One vocabulary entry as pattern source: a trailing `*` is a word prefix; a space matches any white space, an
 *  optional space (" ?") matches none or any ("step ?3" takes "step3" and "step 3"), a space inside a class stays a
 *  class member; other text is taken as written. */
export function wordSource(word: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    if (ch === '\\') { out += ch + (word[i + 1] ?? ''); i++; continue; }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    if (ch !== ' ' || inClass) { out += ch === ' ' ? '\\s' : ch; continue; }
    if (word[i + 1] === '?') { out += '\\s*'; i++; } else out += '\\s+';
  }
  return out.replace(/\*$/, '\\w*');
}

/** A word list as one case-blind pattern (entries read by `wordSource`), and a match never starts or ends inside a word. */
export function wordsPattern(words: readonly string[]): RegExp {
  return new RegExp(`(?<![a-z0-9])(?:${words.map(wordSource).join('|')})(?![a-z0-9])`, 'i');
}
