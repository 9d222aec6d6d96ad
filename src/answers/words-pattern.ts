// A vocabulary file's word list as one pattern, built once when the file is compiled.

/** A word list as one case-blind pattern: `*` ends a prefix, a space matches any white space, other text is taken as
 *  written, and a match never starts or ends inside a word. */
export function wordsPattern(words: readonly string[]): RegExp {
  const alt = (w: string) => w.replace(/\*$/, '\\w*').replace(/ /g, '\\s+');
  return new RegExp(`(?<![a-z0-9])(?:${words.map(alt).join('|')})(?![a-z0-9])`, 'i');
}
