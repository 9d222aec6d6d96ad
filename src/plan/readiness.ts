// Whether a file is ready for its applications to go out: the gaps the months before the next season can close
// (hands-on months, US letters, ECFMG certification, an exam still to pass), each one a code. An unknown is a gap:
// readiness is a judgement in the applicant's favour, and an answer not given never counts in it.
import type { Profile } from '../domain/profile.js';
import type { ApplicantView } from './applicant-view.js';
import type { PlanFigures } from '../knowledge/plan-figures.js';

/** One thing a file still lacks before applying. */
export type ReadinessGap = 'hands_on' | 'letters' | 'ecfmg' | 'step1' | 'step2ck' | 'step3_h1b' | 'step3_after_fail' | 'step3_low_ck';

/** Three research letters weigh as one clinical letter (the standing weights), a mixed set as clinical. */
const RESEARCH_LETTER_WEIGHT = 1 / 3;

/** US letters counted as clinical ones; undefined when the count was never given. */
function clinicalLetters(l: Profile['usLors']): number | undefined {
  if (!l) return undefined;
  return l.kind === 'research' ? l.count * RESEARCH_LETTER_WEIGHT : l.count;
}

/** The gaps of this file, in the order the dated plan closes them (empty: ready to apply). `weakUnderQ1`: the first quartile
 * of the non-US IMGs who matched in the first-choice specialty, given only when the file reads weak or very weak there (a
 * real Step 2 CK under it, with no fail and no Step 3 on file, leaves a good Step 3 as the one exam still open to show more
 * than the score, as the guides advise; a borderline file near the quartile is ready as it is). */
export function readinessGaps(profile: Profile, a: ApplicantView, ready: NonNullable<PlanFigures['readyToApply']>, weakUnderQ1?: number): ReadinessGap[] {
  const gaps: ReadinessGap[] = [];
  // mixed experience is counted by its months: some of it was hands-on, and the writer of the file said how long
  const handsOnMonths = a.usceKind === 'hands_on' || a.usceKind === 'mixed' ? a.usceMonths : 0;
  if (handsOnMonths < ready.handsOnMonths) gaps.push('hands_on');
  const letters = clinicalLetters(profile.usLors);
  if (letters === undefined || letters < ready.usLetters) gaps.push('letters');
  if (a.step1NotPassed) gaps.push('step1');
  if (!a.ck?.taken) gaps.push('step2ck');
  if (profile.ecfmg !== undefined && profile.ecfmg.status !== 'certified') gaps.push('ecfmg');
  const step3Passed = a.step3?.status === 'passed';
  if (a.visa === 'needs_h1b' && !step3Passed) gaps.push('step3_h1b');
  else if (a.examFailures > 0 && !step3Passed) gaps.push('step3_after_fail');
  else if (lowCkWithoutStep3(a, weakUnderQ1)) gaps.push('step3_low_ck');
  return gaps;
}

/** A real Step 2 CK under the matched first quartile, every attempt passed, graduated (Step 3 needs the MD degree) and no
 * Step 3 on file (taken, waiting or failed): the months before the next season can add the one exam that speaks for it. */
function lowCkWithoutStep3(a: ApplicantView, matchedQ1: number | undefined): boolean {
  if (matchedQ1 === undefined || a.score === undefined || a.scoreIsPredicted || a.score >= matchedQ1) return false;
  if (a.examFailures > 0 || a.step3 !== undefined && a.step3.status !== 'not_taken' && a.step3.status !== 'planned') return false;
  return a.yearsSinceGraduation !== undefined && a.yearsSinceGraduation >= 0;
}

/** The standing factor each gap belongs to, where the first steps rank a step for it (the others have their own steps). */
const GAP_FACTOR: Partial<Record<ReadinessGap, string>> = { hands_on: 'usce', letters: 'letters' };
/** The points a readiness gap weighs in the first steps at least: the dated plan exists to close it. */
const READINESS_GAP_POINTS = 8;

/** The first steps' gaps with the dated plan's readiness gaps raised to at least READINESS_GAP_POINTS. */
export function withReadinessGaps(gaps: ReadonlyMap<string, number>, readiness: readonly string[]): ReadonlyMap<string, number> {
  const out = new Map(gaps);
  for (const g of readiness) {
    const id = GAP_FACTOR[g as ReadinessGap];
    if (id) out.set(id, Math.max(out.get(id) ?? 0, READINESS_GAP_POINTS));
  }
  return out;
}
