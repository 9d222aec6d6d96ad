// A rough amount said first and the exact figure told right beside it ("a couple posters - 2 exactly", "a year and a bit:
// 13 months", "several pubs (4 to be precise)"): the exact figure is the count, the rough one is dropped, never added to it.
import { EXACT_AFTER } from './exact-words.js';

/** Counts said roughly: a couple, a few, several, a handful, a dozen. */
const ROUGH_COUNT = '(?:a couple(?: of)?|couple(?: of)?|a few|few|several|some|a handful(?: of)?|handful of|a bunch(?: of)?|bunch of|a dozen|dozens of|many|lots of|a lot of)';
/** The things counted that a rough count may name (papers, posters, letters, interviews, months...). */
const COUNTED = '(?:[a-z]+ ){0,2}?(?:posters?|pubs?|publications?|papers?|abstracts?|case reports?|articles?|letters?|lors?|recs?|interviews?|invites?|months?|weeks?|rotations?|electives?|observerships?|externships?)';
const LEAD = String.raw`\s*(?:[-,;:(]|\u2014|\u2013)+\s*(?:(?:well|actually|ok|okay|so|i mean|or rather|rather|it was|it's|its|that's|that was|which is|which was|so like),? )*`;

const COUNT_PINNED = new RegExp(`\\b${ROUGH_COUNT} (${COUNTED})\\b${LEAD}(?:(?:exactly|precisely) (\\d{1,3})|(\\d{1,3}) ${EXACT_AFTER})\\b\\)?`, 'g');

/** Lengths said roughly: "a year and a bit", "a bit over a year", "just under 2 years", "about a month", "a year or so". */
const ROUGH_TIME = '(?:(?:a|an|one|two|three|four|five|six|\\d{1,2}) (?:years?|yrs?|months?|weeks?) and a (?:bit|little|half)|(?:(?:just|a bit|a little|slightly|little) )?(?:over|under|more than|less than|above|below) (?:a|an|one|two|three|four|five|six|\\d{1,2}) (?:years?|yrs?|months?|weeks?)|(?:about|around|roughly|approximately|approx|nearly|almost|like|~) ?(?:a|an|one|two|three|four|five|six|\\d{1,2}) (?:years?|yrs?|months?|weeks?)|(?:a|an|one|two|three|four|five|six|\\d{1,2}) (?:years?|yrs?|months?|weeks?) or so|(?:a|an|one|two|three|four|five|six|\\d{1,2})ish (?:years?|yrs?|months?|weeks?))';
const TIME_PINNED = new RegExp(`\\b(${ROUGH_TIME})${LEAD}(?:(?:exactly|precisely) )?(\\d{1,3}(?:\\.\\d)?) ?(years?|yrs?|months?|mos?|weeks?|wks?)\\b(?! (?:of (?:it|them|those|that|which)|each|more|extra)\\b)`, 'g');

const WORD_COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/** A length in months ("a year" 12, "5 weeks" 1.15), from its number (or "a", "one") and unit. */
function months(n: string, unit: string): number {
  const count = WORD_COUNTS[n] ?? Number(n);
  return /^y/.test(unit) ? count * 12 : /^w/.test(unit) ? count / 4.33 : count;
}

/** Whether the exact length is the rough one pinned down (within a third of it), not a part of it ("about a year, 3 months in LA"). */
function samePeriod(rough: string, n: string, unit: string): boolean {
  const m = /\b(a|an|one|two|three|four|five|six|\d{1,2})(?:ish)? (years?|yrs?|months?|weeks?)/.exec(rough);
  if (!m) return false;
  const said = months(m[1]!, m[2]!);
  const exact = months(n, unit);
  return exact >= said * 0.66 && exact <= said * 1.5;
}

/** The text with each rough amount that has an exact figure beside it replaced by the exact figure alone. */
export function roughBesideExact(text: string): string {
  if (!/\d/.test(text)) return text;
  return text
    .replace(COUNT_PINNED, (_m, what: string, before?: string, after?: string) => `${before ?? after} ${what}`)
    .replace(TIME_PINNED, (whole, rough: string, n: string, unit: string) => (samePeriod(rough, n, unit) ? `${n} ${unit}` : whole));
}
