// The "not this cycle" path: when the file and the chosen regions leave no real chance this cycle, a dated
// twelve-month plan to strengthen the file and apply in the next season instead of paying for 100+ reaches.
import type { Plan, Standing } from '../domain/plan.js';
import type { Profile } from '../domain/profile.js';
import type { ApplicantView } from './applicant-view.js';

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

/** The path, or undefined when the applicant should apply this cycle (or already has). */
export function notThisCycle(profile: Profile, a: ApplicantView, primary: Standing, open: number, now: Date): Plan['notThisCycle'] {
  if (profile.stage === 'interviewing' || profile.cycle?.submitted || a.step1NotPassed) return undefined;
  const veryWeak = primary.level === 'very weak' && open < VERY_WEAK_OPEN_BELOW;
  const weakNarrow = primary.level === 'weak' && !a.wantsOutsideCalifornia && open < WEAK_CA_ONLY_OPEN_BELOW;
  if (!veryWeak && !weakNarrow) return undefined;
  const submit = nextSubmission(now);
  const ahead = (submit.getUTCFullYear() - now.getUTCFullYear()) * 12 + submit.getUTCMonth() - now.getUTCMonth();
  const at = (share: number) => monthOf(now, Math.max(1, Math.round(ahead * share)));
  const months: { by: string; what: string }[] = [
    { by: at(0.25), what: a.usce === 'hands_on' ? 'add recent hands-on US clinical months in your specialty' : 'start hands-on US clinical experience (an externship or a hands-on rotation, not only observing)' },
    { by: at(0.5), what: 'ask the US physicians who supervised you for letters in your specialty' },
    ...(a.needsVisa && a.visa !== 'needs_j1' && a.step3?.status !== 'passed' ? [{ by: at(0.6), what: 'pass Step 3 (an H-1B needs it before a program can file)' }] : []),
    { by: at(0.75), what: 'write your application: personal statement, experiences, an honest line on any failed attempt' },
    { by: monthOf(submit, 0), what: 'submit as soon as submission opens, to a list that includes regions outside California' },
  ];
  const why = veryWeak
    ? `Your file stands very weak in ${primary.specialty.replace(/_/g, ' ')} and only ${open} programs in your list are realistic targets; applying now would cost a lot for little chance.`
    : `Your file stands weak and the regions you chose leave ${open} realistic targets; widening to other states, or strengthening first, changes that.`;
  return { why: `${why} Strengthen your file and apply next cycle (applications for the next season go out in ${monthOf(submit, 0)}).`, months };
}
