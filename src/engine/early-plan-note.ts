// A plan, list or CSV asked for before the interview is done says which answers it was built without.
import type { ProfileField } from '../domain/profile.js';
import { andList } from '../domain/and-list.js';
import { FIELD_LABELS } from './describe-profile.js';
import { nextQuestion } from './next-question.js';
import type { ConversationState } from './state.js';
import type { StepContext } from './turn.js';

/** The fields still to be asked, in the interview's order (each question's conditions judged on the profile as stored). */
function unansweredFields(s: ConversationState, ctx: StepContext): ProfileField[] {
  const passed: ProfileField[] = [...s.skipped];
  const out: ProfileField[] = [];
  for (let q = nextQuestion(ctx.flow, s.profile, passed); q; q = nextQuestion(ctx.flow, s.profile, passed)) {
    out.push(q.id);
    passed.push(q.id);
  }
  return out;
}

/** One sentence naming the answers a plan shown now was built without (unknown, never counted in the applicant's
 *  favour), or undefined when the interview is done. */
export function earlyPlanNote(s: ConversationState, ctx: StepContext): string | undefined {
  const open = unansweredFields(s, ctx);
  if (!open.length) return undefined;
  const names = open.map((f) => FIELD_LABELS[f].toLowerCase());
  const list = andList(names);
  return `Built before the interview is done: ${list} ${open.length === 1 ? 'is' : 'are'} not answered yet, so this plan treats ${open.length === 1 ? 'it' : 'them'} as unknown, never in your favour. Tell me any time and ask again for the updated list.`;
}
