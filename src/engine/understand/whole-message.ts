// The checks made over a whole message once every field is read: an interviewing stage with no interview, a choice not
// made (a couples match undecided, a reply opening on "not sure if X or Y"), last cycle's facts, a vague reply to the
// question asked, and a first attempt said once for several exams.
import type { ProfileField } from '../../domain/profile.js';
import type { Clarifying } from './clarify.js';
import { sharedFirstAttempt } from './first-attempts.js';
import { homeAsWish } from './home-as-wish.js';
import { couplesUndecided, opensOnOpenChoice } from './hedged-choice.js';
import { withoutPastCycle } from './past-cycle.js';
import { doubtedAnswer, vagueAnswer } from './vague.js';
import { secondHalf } from './half-answers.js';

/** What the whole-message checks look at: the question pending, whether a clarification was open, the message said. */
export interface WholeMessage { pending: ProfileField | undefined; clarifying: boolean; now: Date; said: string; clauseText: string; cycleTexts: readonly string[]; stageStored?: boolean; stageWas?: string }

// words of an earlier cycle or a second try: a stage that may be reapplying is never derived from this season's applications
const EARLIER_TRY = /\b(reappl\w*|again|second time|2nd time|third time|3rd time|last (?:year|cycle|season)|didn'?t match|did not match|unmatched|round 2|previous(?:ly)?|before)\b/;

/** The reading of a message, settled by the checks over the whole of it (see the file's opening); changes `out` in place. */
export function settleWhole<O extends { updates: { field: ProfileField; value: unknown; old?: unknown }[]; same: ProfileField[]; clarify?: Clarifying }>(out: O, m: WholeMessage): O {
  const { pending, said } = m;
  // "interviewing? ha I wish. no invites yet": no interview had or asked for this cycle is no interviewing stage
  const cycleRead = out.updates.find((u) => u.field === 'cycle')?.value as { submitted?: boolean; interviews?: number } | undefined;
  const stageAt = out.updates.findIndex((u) => u.field === 'stage' && u.value === 'interviewing');
  if (stageAt >= 0 && cycleRead?.interviews === 0) {
    if (cycleRead.submitted) out.updates[stageAt] = { ...out.updates[stageAt]!, value: 'applying' as never };
    else out.updates.splice(stageAt, 1);
  }
  // ("kinda both? I sent applications to 12 programs this year, the real full application is next year"): a stage still
  // ahead beside applications sent this season has two readings; the applications are kept and the stage is asked
  const preparingAt = out.updates.findIndex((u) => u.field === 'stage' && u.value === 'preparing');
  if (preparingAt >= 0 && cycleRead?.submitted === true) {
    out.updates.splice(preparingAt, 1);
    if (pending === 'stage' && !m.clarifying) out.clarify = doubtedAnswer('stage');
  }
  // "maybe? we haven't decided": a couples match not decided is asked about, neither yes nor no is stored
  if (couplesUndecided(said, pending, out.updates.some((u) => u.field === 'couples'))) {
    out.updates = out.updates.filter((u) => u.field !== 'couples');
    if (!out.clarify || pending === 'couples') out.clarify = doubtedAnswer('couples');
  }
  // "not sure yet if I'll apply now or next year": a reply opening on a choice not made stores nothing for the question
  if (pending && !m.clarifying && opensOnOpenChoice(said)) {
    out.updates = out.updates.filter((u) => u.field !== pending);
    out.clarify = doubtedAnswer(pending) ?? out.clarify;
  }
  // ("went unmatched last year with only 2 interviews"): last cycle's facts are not this cycle's
  out.updates = withoutPastCycle(out.updates, said, m.cycleTexts, m.now);
  // ("Submitted Oct 1. 0 interviews as of Dec 7", "Interviews: 4" in a post): this season's applications with their count
  // of interviews say the stage, when no stage was read or stored and nothing speaks of an earlier try
  const cycleNow = out.updates.find((u) => u.field === 'cycle')?.value as { submitted?: boolean; interviews?: number } | undefined;
  // (a stage stored before the applications or the interviews came moves with them: "applying" and now 3 interviews)
  const behind = (m.stageWas === 'applying' || m.stageWas === 'preparing') && (cycleNow?.interviews ?? 0) > 0;
  if (cycleNow?.submitted === true && cycleNow.interviews !== undefined && (!m.stageStored || behind) && !out.updates.some((u) => u.field === 'stage') && !(out.clarify?.field === 'stage') && !EARLIER_TRY.test(said)) {
    out.updates.push({ field: 'stage', value: (cycleNow.interviews > 0 ? 'interviewing' : 'applying') as never });
  }
  // a vague reply to the question asked ("step 1 done", "wherever my wife gets a job") is asked about, not guessed
  if (pending && !m.clarifying && !out.clarify && !out.updates.some((u) => u.field === pending) && !out.same.includes(pending)) {
    const ask = vagueAnswer(pending, m.clauseText);
    if (ask) out.clarify = ask;
  }
  // ("almost" to "ECFMG certified? if not, what is missing?"): the half answered is kept, the other half asked
  if (!m.clarifying && !out.clarify) { const ask = secondHalf(pending, m.said, out.updates); if (ask) out.clarify = ask; }
  out.updates = sharedFirstAttempt(m.clauseText, out.updates);
  // "i live in LA" to the regions question: a tie, and "train there?" asked (or the regions, with a wish to stay)
  if (!m.clarifying) homeAsWish(out, pending, m.clauseText);
  return out;
}
