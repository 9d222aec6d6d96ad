// The bounds of a standing's level: ceilings (what the score and graduation allow at most) and floors (what a clean
// file, or a file with one low number, reads at worst), from the weights' level criterion.
import type { Standing, StrengthFactor } from '../domain/plan.js';
import type { Specialty } from '../domain/profile.js';
import type { ApplicantView } from './applicant-view.js';
import { ckFiguresFor, type CkFigures } from './step2ck-2026.js';
import type { PlanFigures } from '../knowledge/plan-figures.js';
import { STRENGTH_WEIGHTS as W } from '../knowledge/strength-weights.js';
import { isCompetitive } from './specialty-info.js';
import { attemptsUnstated, failedAttempts } from './attempts.js';

/** The graduation gap (years) up to which a clean file near the unmatched quartile is weak at worst: the first ramp band's end. */
const RAMP_YEARS = 10;

type Ck = PlanFigures['step2ck2026'];

/** Matched and unmatched non-US IMGs scored alike in this specialty (means within 2 points): the score separates little. */
export function scoredAlikeIn(fig: CkFigures, proxy: boolean): boolean {
  return !proxy && Math.abs(fig.matched.mean - fig.unmatched.mean) <= 2;
}

/** The highest score below the `min` of the level above `level` (100 for strong). */
function topOf(level: Standing['level']): number {
  const i = W.levels.findIndex((l) => l.level === level);
  return i <= 0 ? 100 : W.levels[i - 1]!.min - 1;
}

/** The most the file can score whatever the rest says: competitive needs a known Step 2 CK at or above the midpoint of the
 * matched and unmatched means and the matched median (the line is returned when it binds), strong a real one clearly above the matched median,
 * a graduation band may set a ceiling (long gaps close most programs), and a reapplicant's real score under the matched first
 * quartile reads weak at most (it went through a cycle unmatched). Caps only lower, so a better answer never scores lower. */
export function ceiling(a: ApplicantView, s: Specialty, ck: Ck): { top: number; midpoint?: number; matchedMedian?: number; reapplyQ1?: number; unmatchedQ1?: number; failLine?: number } {
  let top = 100;
  let midpoint: number | undefined;
  let matchedMedian: number | undefined;
  let reapplyQ1: number | undefined;
  let unmatchedQ1: number | undefined;
  let failLine: number | undefined;
  const comp = W.step2ck.competitiveNeeds;
  if (comp) {
    // competitive needs a known score nearer the matched applicants' mean than the unmatched applicants'
    // (where both groups scored alike the midpoint separates nothing, and the rest of the file decides)
    const { figures: f, proxy } = ckFiguresFor(s, ck);
    const mid = (f.matched.mean + f.unmatched.mean) / 2;
    const counted = a.score === undefined ? undefined : a.scoreIsPredicted ? a.score - W.step2ck.predictedDiscount : a.score;
    if (counted === undefined || (!scoredAlikeIn(f, proxy) && counted < mid)) { top = Math.min(top, topOf('borderline')); midpoint = mid; }
    // and a score in the lower half of those who matched is not yet a typical matched applicant's (alike or not)
    else if (comp.atOrAboveMatchedMedian && counted < f.matched.median) { top = Math.min(top, topOf('borderline')); matchedMedian = f.matched.median; }
  }
  // borderline needs a score at or above the unmatched applicants' first quartile: under it the score is below three
  // quarters of even those who did not match, and programs screen on it before they read the rest
  const line = W.step2ck.borderlineNeeds;
  if (line && a.score !== undefined) {
    const counted = a.scoreIsPredicted ? a.score - W.step2ck.predictedDiscount : a.score;
    const { figures: f, proxy } = ckFiguresFor(s, ck);
    if (!proxy && !scoredAlikeIn(f, proxy) && counted < f.unmatched.q1 && topOf('weak') < top) { top = topOf('weak'); unmatchedQ1 = f.unmatched.q1; }
  }
  // with a failed attempt on record, borderline needs a real score at or above the unmatched applicants' median: under it
  // the score sits among those who did not match and gives a program nothing to set against the fail
  const withFail = W.fails.withFailBorderlineNeeds;
  if (withFail && a.score !== undefined && failedAttempts(a) > 0) {
    const counted = a.scoreIsPredicted ? a.score - W.step2ck.predictedDiscount : a.score;
    const { figures: f, proxy } = ckFiguresFor(s, ck);
    if (!proxy && !scoredAlikeIn(f, proxy) && counted < f.unmatched.median && topOf('weak') < top) { top = topOf('weak'); failLine = f.unmatched.median; }
  }
  const need = W.step2ck.strongNeeds;
  if (need) {
    const median = ckFiguresFor(s, ck).figures.matched.median;
    const real = a.score !== undefined && !a.scoreIsPredicted;
    if (!(real && a.score! >= median + need.aboveMedian)) top = Math.min(top, topOf('competitive'));
  }
  const y = a.yearsSinceGraduation;
  if (y !== undefined) {
    const g = W.graduation;
    const gap = Math.max(0, y) - Math.min(Math.max(0, y), (a.research?.years ?? 0) * g.researchYearsOffset);
    const band = g.bands.find((b) => gap <= b.maxYears) ?? g.bands[g.bands.length - 1]!;
    if (band.maxLevel) top = Math.min(top, topOf(band.maxLevel));
  }
  // a reapplicant's score under the matched first quartile already went through a cycle without matching
  const again = W.reapplying.underMatchedQ1MaxLevel;
  if (again && a.reapplying && a.score !== undefined && !a.scoreIsPredicted) {
    const q1 = ckFiguresFor(s, ck).figures.matched.q1;
    if (a.score < q1 && topOf(again) < top) { top = topOf(again); reapplyQ1 = q1; }
  }
  return { top, ...(midpoint !== undefined ? { midpoint } : {}), ...(matchedMedian !== undefined ? { matchedMedian } : {}), ...(reapplyQ1 !== undefined ? { reapplyQ1 } : {}), ...(unmatchedQ1 !== undefined ? { unmatchedQ1 } : {}), ...(failLine !== undefined ? { failLine } : {}) };
}

/** The lowest score of a level (its `min` in the weights' level table). */
function bottomOf(level: Standing['level']): number {
  return W.levels.find((l) => l.level === level)?.min ?? 0;
}

/** The least the file can score, and which floor set it. Borderline at worst: a real Step 2 CK at or above this specialty's
 * matched first quartile, or nearer it than the unmatched applicants' first quartile (its own figures), every attempt passed
 * first time, and a graduation within the years most programs prefer (US experience or letters not given count as none:
 * an unknown earns no floor that none would not). Weak at worst: a known score not in the lowest anchor's screen-out zone, with the rest of the file better
 * than the typical visa-seeking file of the level criterion; or a real score at or above the unmatched applicants' first
 * quartile (the criterion's own line for very weak) with every attempt passed first time and a graduation within ten years,
 * outside the very competitive fields. */
export function floorOf(a: ApplicantView, s: Specialty, ck: Ck, factors: readonly StrengthFactor[]): { bottom: number; kind?: 'borderline' | 'weak' } {
  const fl = W.levelCriterion.floors;
  if (!fl || a.score === undefined || a.step1NotPassed) return { bottom: 0 };
  const { figures: f, proxy } = ckFiguresFor(s, ck);
  const fails = factors.find((x) => x.id === 'fails')?.effect ?? 0;
  const recent = Math.max(...W.graduation.bands.filter((b) => !b.ramp && !b.maxLevel).map((b) => b.maxYears));
  // the gap this score reads: full-time research years after graduation are not idle years (as in the graduation factor)
  const y = a.yearsSinceGraduation === undefined ? undefined
    : Math.max(0, a.yearsSinceGraduation) - Math.min(Math.max(0, a.yearsSinceGraduation), (a.research?.years ?? 0) * W.graduation.researchYearsOffset);
  // two points under the quartile is nearer those who matched than those who did not: the line is where the groups part
  const line = Math.min(f.matched.q1, (f.matched.q1 + f.unmatched.q1) / 2);
  // US experience or letters not given are read as none, their worst known value, never as worse than none: a floor
  // that holds for a file with no USCE and no letters holds for one that did not say (an unknown still earns nothing)
  const clean = !a.scoreIsPredicted && !proxy && fails === 0 && !attemptsUnstated(a) && y !== undefined;
  // under the quartile itself the score has nothing to spare: the file must show some US clinical experience
  const nearEnough = a.score >= f.matched.q1 || (a.score >= line && a.usce !== 'none' && a.usce !== 'not_given');
  if (clean && nearEnough && y <= recent) return { bottom: bottomOf('borderline'), kind: 'borderline' };
  // a score at or above the matched median outweighs the graduation gap alone (the recency limits close programs one by one)
  if (fl.highScoreAnyYear && clean && a.score >= f.matched.median && !isCompetitive(s)) return { bottom: bottomOf('borderline'), kind: 'borderline' };
  const ckEffectNow = factors.find((x) => x.id === 'step2ck')?.effect ?? 0;
  const rest = factors.filter((x) => x.id !== 'step2ck').reduce((sum, x) => sum + x.effect, 0);
  if (ckEffectNow > W.step2ck.anchors[0]!.effect && rest > W.levelCriterion.typicalVisaFile) return { bottom: bottomOf('weak'), kind: 'weak' };
  // very weak means under three quarters of even the unmatched applicants: a clean file at or above that line is weak at worst
  const ramp = W.graduation.bands.find((b) => b.ramp)?.maxYears ?? RAMP_YEARS;
  if (clean && a.score >= f.unmatched.q1 && y <= ramp && !isCompetitive(s)) return { bottom: bottomOf('weak'), kind: 'weak' };
  return { bottom: 0 };
}
