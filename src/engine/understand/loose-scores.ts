// Scores told loosely, rewritten before the exam readers see them:
// - a figure rounded beside the exact one ("my report says 231 but I round it to 230", "231, which I round down to 230
//   when people ask"): the rounded figure is how it is said, not a second score; it is taken out so only the exact one is read;
// - only the hundreds told ("two hundred something", "200 and something", "2xx"): no score, written "2xx" for the readers
//   (over every Step 1 and Step 3 pass mark, so a pass with no score; for CK the score is asked).

// the rounding and the figure it gives ("round it to 230", "rounded up to 240", "230 if you round", "230 rounded")
const ROUNDED = /\b(?:i |we |people )?(?:usually |always |just )?(?:round|rounded|rounding)(?: (?:it|that|this|them))?(?: (?:up|down|off))?(?: to| as)? ([12]\d\d)\b|\b([12]\d\d) (?:if (?:you|i|we) round(?: (?:it|up|down|off))*|rounded(?: (?:up|down|off))?)\b/g;

/** The text with each rounded figure taken out where an exact three-digit figure is told beside it. */
export function roundedFigures(text: string): string {
  if (!/\bround/.test(text)) return text;
  const exact = [...text.replace(ROUNDED, ' ').matchAll(/\b[12]\d\d\b/g)];
  if (!exact.length) return text;
  const direct = text.replace(ROUNDED, ' rounded ');
  // ("CK 226 (I say 225 when I round it down)"): a figure in the same aside or sentence part as the rounding, with an
  // exact one told outside it, is the rounded one
  const parts = direct.split(/(?<=[.;()!?\n])/);
  const outside = (k: number) => parts.some((p, j) => j !== k && /\b[12]\d\d\b/.test(p));
  return parts.map((p, k) => (/\bround(?:ed|ing|s)?\b/.test(p) && outside(k) ? p.replace(/\b[12]\d\d\b/g, ' ') : p)).join('').replace(/\s+/g, ' ');
}

// "200 something", "200 and something", "200 odd", "200 plus", "2 hundred-ish", "2xx", "2XX"
const HUNDREDS_ONLY = /\b([12])00(?: and)? (?:something|smth|sth|odd|plus|ish)\b|\b([12])00ish\b|\b([12])xx\b/g;

/** The text with a score told only by its hundreds written "2xx" (no three-digit score left in it). */
export function hundredsOnly(text: string): string {
  return text.replace(HUNDREDS_ONLY, (_m, a?: string, b?: string, c?: string) => `${a ?? b ?? c}xx`);
}

/** True when the text tells a score only by its hundreds, at 200 or more ("2xx"). */
export function overTwoHundred(text: string): boolean {
  return /\b2xx\b/.test(text);
}
