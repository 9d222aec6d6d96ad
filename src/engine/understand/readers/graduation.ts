// Reader for the graduation year: "2016", "class of '19", "graduated 5 years ago", "last year"; implausible years refused.
import type { Clause } from '../clauses.js';
import { negatedAt, numbersIn } from '../scan.js';
import { none, refuse, value, type Reader } from '../reading.js';
import { degreeYearBesideOthers } from '../degree-year.js';

const EARLIEST = 1960;
/** Another degree than medicine ("MPH at USC, finishing may 2027"): its year is never the graduation year. */
export const OTHER_DEGREE = /\b(mph|msc|masters?|master's|phd|mba)\b/;
/** The medical degree named ("MBBS 2018, then MPH 2021"). */
export const MEDICAL_DEGREE = /\b(mbbs|md|med school|medical school)\b/;
// "green card since 2019", "living here since 2021": a year something began is no graduation
const SINCE = /^(since|desde)$/;
const OTHER_EVENT = /\b(moved|move|came|arrived|had (?:my|a|our) (?:son|daughter|baby|kid|child|first)|(?:son|daughter|baby|kid|child) (?:was )?born|war|pandemic|immigrated|migrated|relocated|married|won|matched|applied|apply|applying|application|preparing for|joined|started|began|visited|got my (?:green ?card|greencard|visa|gc)|(?:green ?card|greencard|gc|visa) (?:in|since))\b/;
// "DV-2024", "ERAS 2025", "match 2026": a year that names a lottery, a season or a cycle, not a graduation
const YEAR_OF_LABEL = /^(dv|lottery|eras|match|nrmp|soap|cycle|season|fy|tax|visa|interview|interviews|covid)$/;
// "I didn't graduate in 2020": the year graduation did NOT happen
const NOT_GRADUATED = /\b(didn't|didnt|did not|not|never|couldn't|could not) (graduate|grad|pass out|finish)\b/;
const FUTURE_GRAD = /\b(graduating|graduate|will graduate|passing out|pass out|finishing|finish|completing|done with (med |medical )?school|grad in \d)\b/;
const GRAD_CUE_WORDS = /\b(graduat\w*|grad|pass(ing|ed)? out|finish\w*|complet\w*|done)\b/;
// a month named ahead ("graduating this coming may", "in july")
const MONTH_AHEAD = /\b(?:this coming|coming|this|in|next) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/;
const GRAD_CUE = /^(graduated|graduate|graduating|graduation|grad|yog|class|batch|passed|mbbs|md)$/;

const GAP_SINCE = /\bgap (?:since|after|from) (?:my |the )?(?:graduat\w*|grad|med school|medical school|mbbs)(?: is| was| of| =|:)? (?:about |around |almost |nearly |~)?(\d{1,2}) ?(?:years?|yrs?|y)\b/;
const YEARS_SINCE = /\b(\d{1,2}) ?(?:years?|yrs?|y) (?:of )?(?:gap )?(?:since|after|from) (?:i )?(?:graduat\w*|grad|med school|medical school|mbbs|passing out)\b/;
const SPAN = /\b(?:from )?((?:19|20)\d\d) (?:to|till|until|through|thru) ((?:19|20)\d\d)\b/;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function yearIn(c: Clause, thisYear: number, nowMonth: number): number | undefined {
  const t = c.tokens;
  const four = numbersIn(t).find((n) => /^[12]\d\d\d$/.test(t[n.at]!) && !n.negated && !SINCE.test(t[n.at - 1] ?? '') && !/^(match|cycle|usce|step1|step2|step3|season|lottery|dv|eras|application|applications|residency|intake|interviews?)$/.test(t[n.at + 1] ?? '') && !YEAR_OF_LABEL.test(t[n.at - 1] ?? ''));
  if (four) return four.value;
  const text = c.text;
  const ago = /\b(\d{1,2}) ?(years?|yrs?|y) (ago|back|before now|earlier)\b/.exec(text);
  if (ago) return thisYear - Number(ago[1]);
  // "my gap since graduation is 13 years", "13 years since i graduated": the years counted back from now
  const gap = GAP_SINCE.exec(text) ?? YEARS_SINCE.exec(text);
  if (gap) return thisYear - Number(gap[1]);
  if (/\ba decade (ago|back)\b/.test(text)) return thisYear - 10;
  // "two years before covid": counted from 2020
  const covid = /\b(\d{1,2}) ?(?:years?|yrs?) (before|after) (?:covid|the pandemic|corona|lockdown)\b/.exec(text);
  if (covid) return covid[2] === 'before' ? 2020 - Number(covid[1]) : 2020 + Number(covid[1]);
  // "graduating this coming may": the next such month from today
  const month = MONTH_AHEAD.exec(text);
  if (month && FUTURE_GRAD.test(text) && !/\b(graduated|passed out|finished|completed)\b/.test(text)) {
    const m = MONTHS.indexOf(month[1]!);
    return m > nowMonth ? thisYear : thisYear + 1;
  }
  // "passing out in 2 years", "will graduate in a year": ahead of today, said of graduation itself
  const ahead = /\b(?:in|after|within) (\d) ?(?:more )?(?:years?|yrs?)\b/.exec(text);
  if (ahead && FUTURE_GRAD.test(text)) return thisYear + Number(ahead[1]);
  if (/\blast year\b/.test(text)) return thisYear - 1;
  if (/\bthis year\b/.test(text)) return thisYear;
  if (/\bnext (year|spring|summer|fall|autumn|winter|january|february|march|april|may|june|july|august|september|october|november|december)\b/.test(text) && (GRAD_CUE_WORDS.test(text) || /\bnext year\b/.test(text))) return thisYear + 1;
  const two = /(?:'|\bclass of |\bbatch of |\bbatch |\bin |\bgrad |\byog |^)(\d\d)\b(?! ?(months?|mo|weeks?|years?|yrs?|pubs?|letters?|%))/.exec(text);
  if (two && !negatedAt(t, t.indexOf(two[1]!))) {
    const yy = Number(two[1]);
    return yy <= (thisYear % 100) + 1 ? 2000 + yy : 1900 + yy;
  }
  return undefined;
}

/** The graduation year; the clause naming graduation wins over other years in the message. */
export const readGraduationYear: Reader<number> = (clauses, ctx) => {
  const thisYear = ctx.now.getUTCFullYear();
  const said = clauses.map((c) => c.text).join(' ; ');
  if (/\b\d{5,}\b/.test(said) && !/\b[12]\d{3}\b/.test(said.replace(/\b\d{5,}\b/g, ''))) return refuse('That year looks mistyped; which four-digit year did you graduate?');
  // (not beside the month of graduating: "final year, graduating in july" is the next July)
  if (/\b(final year|last year of (med |medical )?school|still in (med |medical )?school|currently (a )?student)\b/.test(said) && !/\b[12]\d{3}\b/.test(said) && !(FUTURE_GRAD.test(said) && MONTH_AHEAD.test(said)) && !/\b(next (year|spring|summer|fall|autumn|winter|[a-z]+ember|may|june|july)|this year|in \d (more )?(years?|yrs?))\b/.test(said)) return refuse('Which year will you graduate (the four-digit year)?');
  // "grad 2022, officially 2023 bc of internship": two years, one of them only on paper, is asked about
  const allYears = new Set(clauses.flatMap((c) => numbersIn(c.tokens).filter((n) => /^[12]\d\d\d$/.test(c.tokens[n.at]!) && !n.negated).map((n) => n.value)));
  // ("grad 2017, or 2018 if you count internship": two years offered for one, across clauses, is asked too)
  if (allYears.size >= 2 && (/\b(officially|technically|on paper|formally|diploma says|degree says)\b/.test(said) || /\b(?:19|20)\d\d\b[\s,;]*(?:or|ou|o|ya|or maybe|maybe|or possibly)\s+(?:in\s+|maybe\s+)?(?:19|20)\d\d\b/.test(said))) return refuse('Which year did you graduate from medical school (the year on your diploma)?');
  // ("2015, 2016": two years told bare, each alone in its clause, with nothing to choose between them, is asked too)
  const bareYears = clauses.filter((c) => c.tokens.length <= 2 && c.tokens.some((w) => /^[12]\d\d\d$/.test(w)));
  if (allYears.size >= 2 && bareYears.length >= 2 && !clauses.some((c) => c.tokens.some((w) => GRAD_CUE.test(w)))) return refuse('Which year did you graduate from medical school (the year on your diploma)?');
  // "graduated in the 20s", "sometime in the 2010s": a decade is no year, and is asked about
  if (/\bthe (?:19|20)?\d0s\b/.test(said) && !/\b[12]\d{3}\b/.test(said.replace(/\b[12]\d{3}s\b/g, ''))) return refuse('Which year exactly did you graduate (the four-digit year)?');
  // "med school 2013 to 2019", "MBBS 2013-2019": a span of years (school may have ended before an internship year) is asked, never its first year
  // (a span of a job or a training year is another event's: "graduated 2016, worked 2017 to 2020 as a GP")
  const spanOf = clauses.find((c) => SPAN.test(c.text));
  // ("MBBS 2012-2017, house job till 2018"): a span named as the degree's, with the internship told apart with its own year,
  // ends in the degree's year
  const degreeSpan = spanOf && MEDICAL_DEGREE.test(spanOf.text) ? SPAN.exec(spanOf.text) : null;
  if (degreeSpan && /\b(internship|house ?job|housemanship|intern year)\b[^;]{0,15}\b(?:19|20)\d\d\b/.test(said) && !/\b(internship|house ?job|housemanship)\b/.test(spanOf!.text)) return value(Number(degreeSpan[2]));
  if (spanOf && !/\bnot (?:from )?(?:19|20)\d\d\b/.test(said) && !OTHER_EVENT.test(spanOf.text) && !/\b(work\w*|job|gp|intern\w*|residen\w*|house ?job|housemanship|practi[cs]\w*|research)\b/.test(spanOf.text)) return refuse('Which year did you graduate from medical school (the year on your diploma)?');
  // ("6 or 7 years ago depending on the internship"): two lengths back offered for one year is asked
  if (/\b\d{1,2} ?(?:or|to|-|ya|o|ou) ?\d{1,2} ?(?:years?|yrs?|y) (?:ago|back)\b/.test(said)) return refuse('Which year did you graduate from medical school (the year on your diploma)?');
  // "graduated during covid": a period, not a year
  if (/\b(during|around|in the middle of|at the height of) (covid|the pandemic|corona|lockdown)\b/.test(said)) return refuse('Which year exactly did you graduate (the four-digit year)?');
  // ("finished internship in 2018, degree was 2017"): the degree's year wins over the years of other events beside it
  const degree = degreeYearBesideOthers(said);
  if (degree === 'ask') return refuse('Which year did you graduate from medical school (the year on your diploma)?');
  if (degree !== undefined && degree <= thisYear + 1 && degree >= EARLIEST) return value(degree);
  const ordered = [...clauses.filter((c) => c.tokens.some((w) => GRAD_CUE.test(w))), ...clauses];
  for (const c of ordered) {
    if (OTHER_DEGREE.test(c.text) && !MEDICAL_DEGREE.test(c.text)) continue;
    if (NOT_GRADUATED.test(c.text)) continue;
    // "moved to NJ last year", "got married in 2019": the year of another event, with no word of graduating
    if (OTHER_EVENT.test(c.text) && !c.tokens.some((w) => GRAD_CUE.test(w)) && !GRAD_CUE_WORDS.test(c.text)) continue;
    const years = new Set(numbersIn(c.tokens).filter((n) => /^[12]\d\d\d$/.test(c.tokens[n.at]!) && !n.negated).map((n) => n.value));
    if (years.size >= 2 && c.tokens.some((w) => GRAD_CUE.test(w))) return refuse('Which year did you graduate from medical school (the year on your diploma)?');
    if (years.size >= 2 && /\b(or|ou|o|ya|either|maybe|i think|not sure|depending|depends)\b/.test(c.text)) return refuse('Which year did you graduate from medical school (the year on your diploma)?');
    const year = yearIn(c, thisYear, ctx.now.getUTCMonth());
    if (year === undefined) continue;
    // (a graduation still ahead may be told a few years out: "passing out in 2 years", "graduating 2028")
    if (year > thisYear + (FUTURE_GRAD.test(c.text) ? 3 : 1)) return refuse(`That year is in the future. Type the year you graduated, or ${thisYear + 1} at the latest if you are in your final year.`);
    if (year < EARLIEST) return refuse('That year looks too early; type the four-digit year you graduated, such as 2018.');
    return value(year);
  }
  // "graduated from AIIMS Delhi" to the graduation question: graduated, with no year told, is asked about
  if (ctx.pending && clauses.some((c) => /\b(graduated|passed out|after (?:graduating|graduation)|finished (?:med |medical )?school|completed (?:my )?(?:mbbs|md))\b/.test(c.text) && !NOT_GRADUATED.test(c.text))) return refuse('Which year did you graduate from medical school (the four-digit year)?');
  return none();
};
