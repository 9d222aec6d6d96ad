// The rewrites a message's text goes through before it is cut into clauses, in the order they run, one step a line:
// adding a step is adding one line here. Each step keeps the text it has no cue for.
import { schoolYears } from './school-year.js';
import { withFullYears } from './short-years.js';
import { withoutWorkNotUsce } from './work-not-usce.js';
import { bareFirstAttempt } from './first-attempts.js';
import { ownBeforeReason } from './reasons.js';
import { partBesideWhole } from './listed-regions.js';
import { doubleNegations } from './double-negation.js';
import { deniedFailures } from './denied-failures.js';
import { plainSenses } from './senses.js';
import { annulledResults } from './annulled.js';
import { roughBesideExact } from './rough-beside-exact.js';
import { quantities, totalsOverParts } from './quantities.js';
import { digitize, joinScoreParts } from './numbers.js';
import { hundredsOnly, roundedFigures } from './loose-scores.js';
import { residencyMonths } from './residency-months.js';
import { conditionalAnywhere } from './anywhere.js';
import { selfAnswered } from './self-answers.js';
import { factBeforeAskedBack } from './asked-back.js';
import { takeBacks } from './corrections.js';
import { scopedDenials } from './negation-scope.js';
import { totalsBesideParts } from './totals.js';
import { alternatives } from './alternatives.js';
import { othersApart } from './others-break.js';
import { plusAsAnd } from './field-cuts.js';
import { pointersDropped } from './parts-of-length.js';
import { timesAfter } from './times-after.js';
import { gradingNoResult } from './failed-sittings.js';
import { exceptCount } from './except-count.js';
import { romanYears } from './roman-years.js';
import { adjustedCounts } from './adjusted-counts.js';
import { withoutUndone } from './interview-story.js';

/** The steps after a school's year is read and before "+" is read as "and", in the order they run. */
const STEPS: readonly ((text: string) => string)[] = [
  romanYears, // a year in Roman numerals, as diplomas print it, in digits
  withoutWorkNotUsce, // work abroad and health jobs taken out: their time is not US clinical experience
  bareFirstAttempt, // a bare "first" after a score or a pass is its attempt
  ownBeforeReason, // the applicant's wish set apart from someone else's reason after it
  partBesideWhole, // a part listed beside its wider area leaves the area whole
  doubleNegations, // two denials in a row affirm
  deniedFailures, // a count of no failures is no failure
  gradingNoResult, // "pass/fail" is a way of grading, no result
  plainSenses, // words of another sense said plainly ("pass on surgery" is a skip)
  annulledResults, // an annulled result is no score
  roughBesideExact, // a rough amount beside its exact figure is the exact figure
  timesAfter, // a count after its thing with a times sign ("IM ×3") before it
  quantities, // durations, fractions, mixed number words and ranges
  digitize, // number words as digits
  joinScoreParts, // a score typed in pieces joined
  adjustedCounts, // a count adjusted in its own sentence is the adjusted number
  withoutUndone, // a cancellation undone in the same breath is no loss
  roundedFigures, // a figure rounded beside the exact one is no second score
  hundredsOnly, // a score told only by its hundreds ("200 something") is no score
  residencyMonths, // months of a US residency are hands-on experience
  conditionalAnywhere, // "wherever I match" is anywhere
  selfAnswered, // a question asked and answered in one breath is a statement
  factBeforeAskedBack, // a fact, then a question about it with no comma between, keeps the fact a statement
  takeBacks, // what a message takes back removed or replaced
  exceptCount, // a denial with an exception counts the exception
  scopedDenials, // a denial kept to what it denies
  totalsBesideParts, // totals beside their parts are not added twice
  alternatives, // counts and scores told with an alternative are asked about
  totalsOverParts, // parts that add up to a total just stated are dropped
  pointersDropped, // bare counts pointing back at a length just told ("2 of them", "2 were") are no more of it
  othersApart, // a clause break before "my <person>" after a fact of one's own
];

/** The message's text rewritten for the readers: a school's year read from the cased text, every step in order, then
 *  "+" between facts of different fields read as "and" (`strongIm`: "IM" was typed in capitals). */
export function rewritten(text: string, cased: string, strongIm: boolean): string {
  // ("SGU '25", "(UoN '21)": a school's short year is written in full before the school's year is looked for)
  return plusAsAnd(STEPS.reduce((t, step) => step(t), schoolYears(withFullYears(text), withFullYears(cased))), strongIm);
}
