// Cutting text to a platform's size limit without breaking a character: one splitter for Slack and Discord.

// built once: grapheme boundaries (an emoji with its modifiers, a flag, a letter with its accents stay whole)
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** How far past `max` the segmenter looks, so that a grapheme ending exactly at `max` is seen whole. */
const LOOKAHEAD = 32;

/**
 * The largest index <= `max` that is a grapheme boundary of `text` (never inside a surrogate pair or a grapheme).
 * A single grapheme longer than `max` is cut at a code point boundary instead; the result is always > 0 when max >= 2.
 */
function safeCut(text: string, max: number): number {
  if (text.length <= max) return text.length;
  let cut = 0;
  for (const { index } of graphemes.segment(text.slice(0, max + LOOKAHEAD))) {
    if (index > max) break;
    cut = index;
  }
  if (cut > 0) return cut;
  // one huge grapheme: fall back to code points (step back off a low surrogate)
  const code = text.charCodeAt(max);
  return code >= 0xdc00 && code <= 0xdfff && max > 1 ? max - 1 : max;
}

/** Cuts `text` to at most `max` UTF-16 units, ending with an ellipsis when something was cut; never splits a character. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, safeCut(text, Math.max(0, max - 1))).trimEnd()}…`;
}

/**
 * Splits a long text into pieces of at most `max` UTF-16 units, preferring a paragraph break, then a line
 * break, then a space in the second half of the window; otherwise at the last grapheme boundary. Pieces are
 * trimmed at the cut (an empty text gives none); no character, emoji or grapheme is ever split between two pieces.
 */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    const at = [window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.lastIndexOf(' ')].find((i) => i > max / 2);
    const cut = at ?? safeCut(rest, max);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}
