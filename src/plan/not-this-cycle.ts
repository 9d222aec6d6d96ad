// The "not this cycle" path: when the file and the chosen regions leave no real chance this cycle, a dated
// twelve-month plan to strengthen the file and apply in the next season instead of paying for 100+ reaches.
import type { Plan, Standing } from '../domain/plan.js';
import { reason, say } from './words.en.js';
import { applicationsIn, type Profile } from '../domain/profile.js';
import type { ApplicantView } from './applicant-view.js';
import { cycleOn, cyclePhase, type CyclePhase } from '../knowledge/calendar.js';
import type { PlanFigures } from '../knowledge/plan-figures.js';
import { readinessGaps, type ReadinessGap } from './readiness.js';

/** Below this many targets and safeties, a very weak file has no real chance this cycle. */
const VERY_WEAK_OPEN_BELOW = 10;
/** Below this many targets and safeties, a weak file limited to California has no real chance this cycle. */
const WEAK_CA_ONLY_OPEN_BELOW = 3;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthOf = (now: Date, ahead: number) => {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + ahead, 1));
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};

/** The season to aim for: applications go out in September; from June on this year's season is under way. */
function nextSubmission(now: Date): Date {
  const y = now.getUTCFullYear() + (now.getUTCMonth() >= 5 ? 1 : 0);
  return new Date(Date.UTC(y, 8, 1));
}

/** Months after graduation before Step 3 can be sat: ECFMG certifies an IMG only once the final diploma is verified. */
const CERTIFIED_AFTER_GRADUATION = 3;

/**
 * The dated exam steps, in the order their prerequisites allow (USMLE: Step 3 needs the MD degree, ECFMG certification
 * and passed Steps 1 and 2 CK; ECFMG certification needs Step 2 CK and the diploma): a step whose prerequisites cannot
 * be met before submission is said without a date before it, never as "by <month>: pass".
 */
function examMonths(profile: Profile, a: ApplicantView, now: Date, submit: Date, at: (share: number) => string): { by: string; what: string }[] {
  const out: { by: string; what: string }[] = [];
  if (a.step1NotPassed) out.push({ by: at(0.25), what: 'pass Step 1 (ECFMG certification, and every program, need it)' });
  if (!a.ck?.taken) out.push({ by: at(0.4), what: 'take Step 2 CK (ECFMG certification and Step 3 both need it)' });
  // (certification not started: the English pathway is still ahead too)
  if (profile.ecfmg?.missing?.includes('oet') || profile.ecfmg?.status === 'not_started') out.push({ by: at(0.45), what: 'pass the OET Medicine (the English requirement for ECFMG certification)' });
  if (!(a.needsVisa && a.visa !== 'needs_j1' && a.step3?.status !== 'passed')) return out;
  // Graduation is read as 1 July of the year given (an unknown month never counts in the applicant's favour).
  const grad = profile.graduationYear;
  const diplomaMissing = profile.ecfmg?.missing?.includes('diploma') ?? false;
  const graduated = grad !== undefined ? Date.UTC(grad, 6, 1) <= now.getTime() && !diplomaMissing : !diplomaMissing;
  const notCertified = profile.ecfmg !== undefined && profile.ecfmg.status !== 'certified';
  if (!graduated) {
    const earliest = new Date(Date.UTC(grad ?? now.getUTCFullYear() + 1, 6 + CERTIFIED_AFTER_GRADUATION, 1));
    if (earliest.getTime() <= submit.getTime()) out.push({ by: monthOf(submit, 0), what: `pass Step 3 once you have your MD degree (${grad !== undefined ? `from July ${grad}` : 'after graduation'}) and ECFMG certification: USMLE requires both, and an H-1B needs Step 3 before a program can file` });
    else out.push({ by: at(0.6), what: `plan Step 3 for after you graduate${grad !== undefined ? ` in ${grad}` : ''} and are ECFMG certified (USMLE requires both, so it cannot come before), and ask programs whether they sponsor H-1B for residents who pass it before July` });
    return out;
  }
  if (notCertified) out.push({ by: at(0.5), what: 'finish ECFMG certification (Step 3 needs it)' });
  out.push({ by: at(0.6), what: 'pass Step 3 (an H-1B needs it before a program can file)' });
  return out;
}

/** Step 1 not passed and Step 2 CK not passed either: ECFMG certification cannot come in time for this season. */
function ecfmgFarAway(profile: Profile, a: ApplicantView): boolean {
  return a.step1NotPassed && (!a.ck?.taken || profile.ecfmg?.missing?.includes('step2ck') === true);
}

/**
 * A student whose graduation points at the season now under way (residency from July of the graduation year) who has
 * not applied once that season's application window has passed: that Match is out of reach, whatever the file.
 */
function seasonMissed(profile: Profile, now: Date): { graduation: number; match: number; reviewBegan: string } | undefined {
  const grad = profile.graduationYear;
  if (grad === undefined || Date.UTC(grad, 6, 1) <= now.getTime()) return undefined;
  const c = cycleOn(now);
  if (!c || c.match !== grad) return undefined;
  const phase = cyclePhase(now);
  if (phase === 'before_submission' || phase === 'applications_open' || phase === 'unknown') return undefined;
  const d = new Date(`${c.at.review_begins.date}T00:00:00Z`);
  return { graduation: grad, match: c.match, reviewBegan: `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` };
}

/** The phases after this season's application window and before its Match Day: an application not sent is for the next season. */
const WINDOW_PASSED: ReadonlySet<CyclePhase> = new Set(['interview_season', 'rank_list', 'awaiting_match', 'match_week']);

/**
 * An applicant still preparing (nothing sent) once this season's window has passed, whose file has gaps the months
 * before the next season can close: the next season is the one to aim at, with the gaps as its plan. A ready file
 * is left to the calendar (it simply applies next season); an unready one is not told to send thin applications late.
 */
function windowPassedUnready(profile: Profile, a: ApplicantView, now: Date, ready: PlanFigures['readyToApply'], weakUnderQ1: number | undefined): { match: number; reviewBegan: string; gaps: ReadinessGap[]; handsOnMonths: number; usLetters: number } | undefined {
  if (!ready || profile.stage !== 'preparing' || !WINDOW_PASSED.has(cyclePhase(now))) return undefined;
  const c = cycleOn(now);
  if (!c) return undefined;
  const gaps = readinessGaps(profile, a, ready, weakUnderQ1);
  if (!gaps.length) return undefined;
  const d = new Date(`${c.at.review_begins.date}T00:00:00Z`);
  return { match: c.match, reviewBegan: `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`, gaps, handsOnMonths: ready.handsOnMonths, usLetters: ready.usLetters };
}

/** Whether a USMLE attempt on file failed (the application then needs a line on it). */
function failedBefore(a: ApplicantView): boolean {
  const s1 = a.step1 !== undefined && (a.step1.result === 'failed' || a.step1.attempts > 1);
  const ck = a.ck?.taken === true && a.ck.attempts > 1;
  return s1 || ck || a.step3?.status === 'failed';
}

/** The path, or undefined when the applicant should apply this cycle (or already has). */
export function notThisCycle(profile: Profile, a: ApplicantView, primary: Standing, open: number, now: Date, ready?: PlanFigures['readyToApply']): Plan['notThisCycle'] {
  if (applicationsIn(profile)) return undefined;
  // Step 1 not passed: a retake can still land before submission, unless Step 2 CK is also still to come, which puts
  // ECFMG certification (both exams, then the English pathway) out of reach for this season.
  if (a.step1NotPassed && !ecfmgFarAway(profile, a)) return undefined;
  const veryWeak = primary.level === 'very weak' && open < VERY_WEAK_OPEN_BELOW;
  const weakNarrow = primary.level === 'weak' && !a.wantsOutsideCalifornia && open < WEAK_CA_ONLY_OPEN_BELOW;
  const missed = seasonMissed(profile, now);
  // a weak file whose real score sits under the matched first quartile: a good Step 3 is the gap the months can close
  const weakUnderQ1 = primary.level === 'weak' || primary.level === 'very weak' ? primary.step2ck?.matched.q1 : undefined;
  const unready = missed ? undefined : windowPassedUnready(profile, a, now, ready, weakUnderQ1);
  if (!veryWeak && !weakNarrow && !missed && !unready) return undefined;
  const submit = nextSubmission(now);
  const ahead = (submit.getUTCFullYear() - now.getUTCFullYear()) * 12 + submit.getUTCMonth() - now.getUTCMonth();
  const at = (share: number) => monthOf(now, Math.max(1, Math.round(ahead * share)));
  const months: { by: string; what: string }[] = [
    { by: at(0.25), what: a.usce === 'hands_on' ? 'add recent hands-on US clinical months in your specialty' : 'start hands-on US clinical experience (an externship or a hands-on rotation, not only observing)' },
    { by: at(0.5), what: 'ask the US physicians who supervised you for letters in your specialty' },
    ...examMonths(profile, a, now, submit, at),
    ...(unready?.gaps.includes('step3_after_fail') ? [{ by: at(0.6), what: 'pass Step 3 with a solid score: a later exam passed well is the evidence programs look for after a failed attempt' }] : []),
    ...(unready?.gaps.includes('step3_low_ck') ? [{ by: at(0.6), what: 'weigh Step 3: only if your practice scores show you can pass it well, a good result is the newer score programs see beside a modest Step 2 CK (a weak one adds another low number)' }] : []),
    { by: at(0.75), what: `write your application: personal statement, experiences${failedBefore(a) ? ', an honest line on each failed attempt' : ''}` },
    { by: monthOf(submit, 0), what: 'submit as soon as submission opens, to a list that includes regions outside California' },
  ];
  const key = (by: string) => { const [m, y] = by.split(' '); return Number(y) * 12 + MONTHS.indexOf(m!); };
  months.sort((x, y) => key(x.by) - key(y.by));
  const whyCode = veryWeak || weakNarrow
    ? reason('warning.not_this_cycle', { veryWeak, specialty: primary.specialty, open, submit: monthOf(submit, 0) })
    : missed
      ? reason('warning.not_this_cycle_season', { ...missed, submit: monthOf(submit, 0) })
      : reason('warning.not_this_cycle_unready', { ...unready!, submit: monthOf(submit, 0) }, ready?.source);
  return { why: say(whyCode), whyCode, months };
}
