// One turn's outcome and the replies every part of the executor shares: the open question, the read-back, the plan.
import type { Advice } from '../domain/advice.js';
import type { Reply } from '../domain/io.js';
import type { Profile, ProfileField } from '../domain/profile.js';
import { describeProfile, FIELD_LABELS } from './describe-profile.js';
import { applies, type Flow, type Question } from './flow.js';
import { MESSAGES } from './messages.js';
import { nextQuestion } from './next-question.js';
import type { ConversationState } from './state.js';
import { clarifyQuestion, type Clarifying } from './understand/clarify.js';

/** Everything a step may read besides state and input. */
export interface StepContext { flow: Flow; advice: Advice; now: Date }

/** Side effects the runtime must carry out after saving; the engine itself runs none. */
export type Effect = { type: 'forget' };

/** A step's outcome. */
export interface StepResult { state: ConversationState; replies: Reply[]; effects: Effect[] }

/** After this many unread answers the pending question offers "Skip". */
export const WAY_OUT_AFTER = 3;

/** The confirmation asked before "forget me" deletes anything (a fresh object each time: replies leave the engine). */
export const forgetQuestion = (): Reply => ({ type: 'question', id: 'confirmForget', text: MESSAGES.forgetConfirm, choices: [{ value: 'yes', label: 'Yes, delete everything' }, { value: 'no', label: 'No, keep it' }] });
/** The read-back confirmation asked once the profile is complete, before the plan. */
export const readBackQuestion = (): Reply => ({ type: 'question', id: 'confirmProfile', text: MESSAGES.readBackQuestion, choices: [{ value: 'yes', label: 'Looks right, build my plan' }] });

/** The interview question still open, if any. */
export function pending(state: ConversationState, ctx: StepContext): Question | undefined {
  return nextQuestion(ctx.flow, state.profile, state.skipped);
}

/** True when the summary was read back and waits for "yes" or a fix. */
export function awaitingReadBack(s: ConversationState, ctx: StepContext): boolean {
  return s.readBack && !s.planShown && !s.clarifying && !pending(s, ctx);
}

function questionReply(q: Question, withWayOut: boolean): Reply {
  const choices = withWayOut ? [...q.choices.slice(0, 24), { value: 'skip', label: 'Skip' }] : q.choices;
  return { type: 'question', id: q.id, text: q.text, choices };
}

/** A clarifying question as a reply. */
export function clarifyReply(c: Clarifying): Reply {
  const q = clarifyQuestion(c);
  return { type: 'question', id: c.field, text: q.text, choices: q.choices };
}

/** The whole profile read back, as a private text. */
function readBackSummary(s: ConversationState, ctx: StepContext, header: string = MESSAGES.readBackHeader): Reply {
  const open = openFields(s, ctx);
  const told = describeProfile(s.profile, []).map((l) => `- ${l}`);
  return { type: 'text', private: true, text: [header, ...told, ...(open.length ? [MESSAGES.readBackOpen(open.map((f) => FIELD_LABELS[f]).join(', '))] : [])].join('\n') };
}

/** Questions set aside unanswered that still apply: said in one line at the read-back, so the user can add any of them. */
function openFields(s: ConversationState, ctx: StepContext): ProfileField[] {
  return ctx.flow.questions.filter((q) => s.skipped.includes(q.id) && s.profile[q.id] === undefined && applies(q, s.profile)).map((q) => q.id);
}

/** Asks what comes next: the pending question, else the read-back of a complete profile, else the plan. */
export function askPending(out: StepResult, ctx: StepContext, prefix?: string): StepResult {
  const s = out.state;
  // (the question asked in its turn may be repeated once again after a side question)
  delete s.sideRepeated;
  if (s.clarifying) { out.replies.push(clarifyReply(s.clarifying)); return out; }
  const q = pending(s, ctx);
  if (q) {
    if (prefix) out.replies.push({ type: 'text', text: prefix });
    out.replies.push(questionReply(q, s.attempts >= WAY_OUT_AFTER));
    return out;
  }
  if (!s.planShown) {
    if (!s.readBack) {
      s.readBack = true;
      out.replies.push(readBackSummary(s, ctx));
    }
    out.replies.push(readBackQuestion());
  } else if (prefix !== undefined) {
    out.replies.push({ type: 'text', text: MESSAGES.alreadyComplete });
  }
  return out;
}

/** The plan for a profile, as a private reply. */
export function planReply(profile: Profile, ctx: StepContext): Reply {
  return { type: 'plan', plan: ctx.advice.plan(profile, ctx.now), private: true };
}

/** Builds the plan after the read-back was confirmed. */
export function showPlan(out: StepResult, ctx: StepContext): StepResult {
  out.state.readBack = false;
  out.state.planShown = true;
  out.replies.push({ type: 'text', text: MESSAGES.complete }, planReply(out.state.profile, ctx));
  return out;
}

/** Repeats what is open: a clarifying question, the pending question, or the read-back confirmation. */
export function reAsk(out: StepResult, ctx: StepContext): StepResult {
  const s = out.state;
  if (s.clarifying) { out.replies.push(clarifyReply(s.clarifying)); return out; }
  const q = pending(s, ctx);
  if (q) out.replies.push(questionReply(q, s.attempts >= WAY_OUT_AFTER));
  else if (awaitingReadBack(s, ctx)) out.replies.push(readBackQuestion());
  // nothing left to ask and nothing read back yet (the last questions were set aside this turn): the read-back is due
  else if (!s.planShown && !s.readBack) return askPending(out, ctx);
  return out;
}

/** Answers a question from the guides, without re-asking anything. */
export function answer(out: StepResult, question: string | undefined, ctx: StepContext, fromAnswer = false): void {
  if (!question?.trim()) {
    out.replies.push({ type: 'text', text: fromAnswer ? MESSAGES.alreadyComplete : MESSAGES.askEmpty });
    return;
  }
  const result = ctx.advice.ask(question, { profile: out.state.profile, now: ctx.now, ...(out.state.lastAsked ? { previous: out.state.lastAsked } : {}) });
  // kept for a follow-up only (contact details were blanked out of every input before it was read, in step.ts)
  out.state.lastAsked = question.trim().slice(0, 500);
  // the rest of a shortened answer waits for "more"; a new question replaces it
  if (result.found && result.more) out.state.more = result.more.slice(0, 4000);
  else delete out.state.more;
  // an answer drawn from the asker's own plan speaks about them: it never goes to a public channel
  if (result.found) out.replies.push({ type: 'text', text: MESSAGES.askFound(result.title, result.answer), ...(result.private ? { private: true } : {}) });
  else if (fromAnswer) out.replies.push({ type: 'text', text: MESSAGES.alreadyComplete });
  else out.replies.push({ type: 'text', text: MESSAGES.askMissed(result.nearest.map((n) => n.title).join('; ')) });
}

/** Answers a question, then repeats what is open (once: see reAskAfterSide). */
export function ask(out: StepResult, question: string | undefined, ctx: StepContext, fromAnswer = false): StepResult {
  answer(out, question, ctx, fromAnswer);
  return reAskAfterSide(out, ctx);
}

/** After a side question or command is answered, the open interview question is asked again the first time only;
 *  while it stays open, later side questions are answered without it (a clarification or the read-back still is). */
export function reAskAfterSide(out: StepResult, ctx: StepContext): StepResult {
  const s = out.state;
  const q = s.clarifying ? undefined : pending(s, ctx);
  if (!q) return reAsk(out, ctx);
  // (the user declined the interview: the answer stands alone)
  if (s.sideRepeated === q.id || s.questionsOnly) return out;
  s.sideRepeated = q.id;
  return reAsk(out, ctx);
}
