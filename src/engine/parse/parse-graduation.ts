// Reads a graduation year: "2019", "class of '19", "graduated 5 years ago", "last year".
import { normalize } from './phrases.js';
import { digitize } from './numbers.js';
import { notUnderstood, ok, outOfRange, type Parsed } from './result.js';

/** Parses the graduation year relative to `now`; next year is allowed for final-year students, later is refused. */
export function parseGraduationYear(text: string, now: Date): Parsed<number> {
  const thisYear = now.getUTCFullYear();
  const t = digitize(normalize(text));
  let year: number | undefined;
  const four = t.match(/\b(1[89]\d\d|2\d\d\d)\b/);
  const ago = t.match(/\b(\d{1,2})\s*(years?|yrs?|y)\s*ago\b/);
  const two = t.match(/(?:'|\bclass of |\bbatch of |\bin |^\s*)(\d\d)\b/);
  if (four) year = Number(four[1]);
  else if (ago) year = thisYear - Number(ago[1]);
  else if (/\blast year\b/.test(t)) year = thisYear - 1;
  else if (/\bthis year\b/.test(t)) year = thisYear;
  else if (/\bnext year\b/.test(t)) year = thisYear + 1;
  else if (two) {
    const yy = Number(two[1]);
    year = yy <= (thisYear % 100) + 5 ? 2000 + yy : 1900 + yy;
  }
  if (year === undefined) return notUnderstood();
  if (year > thisYear + 1) {
    return outOfRange(`That year is in the future. Type the year you graduated, or ${thisYear + 1} at the latest if you are in your final year.`);
  }
  if (year < 1950) return outOfRange('That year looks too early; type a four-digit year such as 2018.');
  return ok(year);
}
