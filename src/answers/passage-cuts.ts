// Cutting passage text for a reply: at a sentence or line end within a length, and without a sentence already said.

/** The text cut to `limit` characters at the last sentence or line end past a third of it (else mid-word), with "…". */
export function trim(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('.\n'), cut.lastIndexOf(';\n'), cut.lastIndexOf('\n'));
  return end > limit / 3 ? `${cut.slice(0, end + 1).trimEnd()}…` : `${cut.trimEnd()}…`;
}

/** The body without a sentence moved up front, unless that sentence is a list item (then the list stays whole). */
export function withoutRepeat(body: string, sentence: string): string {
  for (let at = body.indexOf(sentence); at >= 0; at = body.indexOf(sentence, at + 1)) {
    const before = at === 0 ? '\n' : body[at - 1]!;
    if (before !== ' ' && before !== '\n') continue;
    const lineStart = body.lastIndexOf('\n', at - 1) + 1;
    if (/^\s*(?:[-*]|\d+\.)\s*$/.test(body.slice(lineStart, at))) continue;
    // inside a paragraph: the sentence and the space before it; opening one: the sentence and the space after it,
    // and the paragraph's blank line too when nothing else was in it
    if (before === ' ') return body.slice(0, at - 1) + body.slice(at + sentence.length);
    const rest = body.slice(at + sentence.length).replace(/^ +/, '');
    return (rest.startsWith('\n') || rest === '' ? body.slice(0, at).replace(/\n+$/, '') + (rest === '' ? '' : rest) : body.slice(0, at) + rest).replace(/^\n+/, '');
  }
  return body;
}
