// Whether a file is ready for its applications to go out: the gaps the months before the next season can close
// (hands-on months, US letters, ECFMG certification, an exam still to pass), each one a code. An unknown is a gap:
// readiness is a judgement in the applicant's favour, and an answer not given never counts in it.
import type { Profile } from '../domain/profile.js';
import type { ApplicantView } from './applicant-view.js';
import type { PlanFigures } from '../knowledge/plan-figures.js';

/** One thing a file still lacks before applying. */
export type ReadinessGap = 'hands_on' | 'letters' | 'ecfmg' | 'step1' | 'step2ck' | 'step3_h1b' | 'step3_after_fail';

/** Three research letters weigh as one clinical letter (the standing weights), a mixed set as clinical. */
const RESEARCH_LETTER_WEIGHT = 1 / 3;

/** US letters counted as clinical ones; undefined when the count was never given. */
function clinicalLetters(l: Profile['usLors']): number | undefined {
  if (!l) return undefined;
  return l.kind === 'research' ? l.count * RESEARCH_LETTER_WEIGHT : l.count;
}

/** The gaps of this file, in the order the dated plan closes them (empty: ready to apply). */
export function readinessGaps(profile: Profile, a: ApplicantView, ready: NonNullable<PlanFigures['readyToApply']>): ReadinessGap[] {
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
  return gaps;
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
