// A year said short with an apostrophe ("'20 or '21", "July '23", "class of '99", "SGU '25"): the four-digit year, read
// before a school's year is looked for and again by the quantities step, so every reader sees a year.

/** An apostrophe and two digits opening a word ("'25." ends a sentence; "'25.5" is no year). */
export const SHORT_YEAR = /(^|[\s(,/])['\u2018\u2019](\d\d)\b(?!\d|\.\d)/g;

/** The replacement of `SHORT_YEAR`: '50 and under are 20xx, the rest 19xx. */
export function fullYear(_whole: string, lead: string, yy: string): string {
  return `${lead}${Number(yy) <= 50 ? 2000 + Number(yy) : 1900 + Number(yy)}`;
}

/** The text with every short year written in full. */
export function withFullYears(text: string): string {
  return text.replace(SHORT_YEAR, fullYear);
}
