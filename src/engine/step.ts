// The pure engine: (state, input, ctx) -> (state, replies, effects). No clock, no I/O, no mutation.
// `interpret` turns the input into commands; this file dispatches them (the facts are carried out by apply-facts.ts).
import { withoutContactDetails } from '../domain/contact-details.js';
import type { Input } from '../domain/io.js';
import type { Profile, ProfileField } from '../domain/profile.js';
import { runCommand } from './commands.js';
import { differenceLines } from './compare-plans.js';
import { describeField, FIELD_LABELS } from './describe-profile.js';
import { interpret, type Command, type View } from './interpret.js';
import { commandIn } from './intent.js';
import { pronounsOf, readForWhom } from './asking-for.js';
import { declinedInterview } from './interview-declined.js';
import { MESSAGES, withMessageKeys } from './messages.js';
import { initialState, type ConversationState } from './state.js';
import { applyFacts } from './apply-facts.js';
import { settleOpenOrder } from './record-answer.js';
import { askPending, awaitingReadBack, forgetQuestion, pending, reAsk, showPlan, type StepContext, type StepResult } from './turn.js';
import { countShown, explainRepeat, isBareNo, isBareYesNo, nameTheQuestion } from './screen-sync.js';
import { noteReplyLanguage } from './reply-language.js';
import { beforeAsked, notePassOver, setAsideLine, stillOpenAfter, towardShown, type Toward } from './passed-over.js';
import type { Update } from './understand/understand.js';

/** The engine's outcome types, defined with the turn helpers. */
export type { Effect, StepContext, StepResult } from './turn.js';

// Regret as the first words of a new conversation ("wait no", "noo undo"): after a forget, it cannot be taken back.
const REGRET = /^(?:(?:wait|no+|nope|nah|oh|oops|hold on|stop|don'?t|do not|undo|cancel|please|pls|actually|never ?mind|nvm|no+ wait)[\s,.!]*)+$/;
const REGRET_WORD = /\b(no+|nope|nah|undo|don'?t|do not|stop|cancel)\b/;

/** Advances one conversation by one input. Never throws on any user input. */
export function step(previous: ConversationState | undefined, input: Input, ctx: StepContext): StepResult {
  const turn: { toward?: Toward } = {};
  const out = stepOnce(previous, input, ctx, turn);
  // (a question asked again after the user's own question, or after a command of theirs such as "export my data" or
  // "profile", is no unread answer: neither counted nor explained)
  if (turn.toward !== 'asked' && turn.toward !== 'other') {
    countShown(out.state, out.replies);
    const shown = out.state.shown?.id;
    explainRepeat(out.state, out.replies, shown && shown in FIELD_LABELS ? FIELD_LABELS[shown as ProfileField] : undefined);
  }
  if (input.kind === 'text') noteReplyLanguage(out.state, input.text, out.replies);
  withMessageKeys(out.replies);
  return out;
}

function stepOnce(previous: ConversationState | undefined, input: Input, ctx: StepContext, turn: { toward?: Toward }): StepResult {
  const state: ConversationState = previous ? structuredClone(previous) : initialState();
  const out: StepResult = { state, replies: [], effects: [] };
  if (!state.greeted) {
    state.greeted = true;
    out.replies.push({ type: 'text', text: MESSAGES.intro });
    const isStart = (input.kind === 'command' && input.name === 'start') || (input.kind === 'text' && commandIn(input.text) === 'start');
    if (isStart) return askPending(out, ctx);
    const said = input.kind === 'text' ? input.text.trim().toLowerCase().replace(/\u2019/g, "'") : '';
    if (said.length <= 60 && REGRET.test(said) && REGRET_WORD.test(said)) return askPending(out, ctx, MESSAGES.forgetIsFinal);
  } else if (input.kind === 'text' && GREETING.test(input.text.trim()) && untouched(state)) {
    // "hi" typed after Slack's Start button or Discord's /advise: the greeting and the first question are on screen already
    out.replies.push({ type: 'text', text: MESSAGES.alreadyAsked });
    return out;
  }
  // a hint of self-harm gets the caring reply (urgent help, a doctor) whatever was being asked; nothing of it is stored
  const care = input.kind === 'text' ? ctx.advice.urgent?.(input.text) : undefined;
  if (care) { out.replies.push({ type: 'text', text: care }); return out; }
  const typed = declining(forWhom(withoutContact(input, out), out), out);
  if (!typed) return out.state.questionsOnly ? out : reAsk(out, ctx);
  const commands = interpret(typed, viewOf(state, ctx));
  // a bare yes or no that would answer the question on screen, after answers to other questions: the question is named first
  const shownId = pending(state, ctx)?.id;
  // (but not a question first shown in the last reply, the one the user has just read, nor a bare "no" to an optional
  // question: "no" to "Have you taken Step 3?" or "Any research?" stores what counts nothing in the applicant's favour)
  const justShown = state.shown?.id === shownId && state.shown?.times === 1;
  const noToOptional = typed.kind === 'text' && shownId !== undefined && isBareNo(typed.text) && ctx.flow.questions.some((q) => q.id === shownId && !q.core);
  const bare = typed.kind === 'text' && state.offScreen && !justShown && !noToOptional && !state.clarifying && !state.confirmingForget && isBareYesNo(typed.text) && commands.some((c) => ((c.type === 'set' || c.type === 'correct') && c.update.field === shownId) || (c.type === 'clarify' && c.clarifying.field === shownId));
  // an optional question passed over twice in a row sets the optional ones aside (src/engine/passed-over.ts)
  turn.toward = bare ? 'passed' : towardShown(commands, state.confirmingForget ? undefined : state.clarifying?.field ?? shownId);
  const setAside = notePassOver(state, state.confirmingForget ? undefined : state.clarifying?.field ?? shownId, turn.toward, ctx.flow);
  if (bare && typed.kind === 'text') {
    delete state.offScreen;
    if (setAside.length && shownId) {
      out.replies.push({ type: 'text', text: MESSAGES.bareAnswerSetAside(typed.text.trim().replace(/[.!]+$/, ''), FIELD_LABELS[shownId]) });
      return askPending(out, ctx, setAsideLine(setAside));
    }
    out.replies.push({ type: 'text', text: nameTheQuestion(typed.text) });
    return reAsk(out, ctx);
  }
  const done = execute(out, commands, ctx);
  const open = stillOpenAfter(setAside, done.state.profile);
  if (open.length) beforeAsked(done.replies, setAsideLine(open));
  return done;
}

/** Typed text read for the person the plan is for (src/engine/asking-for.ts): a declaration ("asking for my son") is
 *  kept and said back once; undefined when nothing is left to read after it. */
function forWhom(input: Input, out: StepResult): Input | undefined {
  if (input.kind !== 'text') return input;
  const read = readForWhom(input.text, out.state.askingFor, Object.keys(out.state.profile).length > 0);
  if (read.said === 'declared' && read.askingFor) out.replies.push({ type: 'text', text: MESSAGES.askingFor(read.askingFor, pronounsOf(read.askingFor)) });
  if (read.said === 'self') out.replies.push({ type: 'text', text: MESSAGES.askingForSelf });
  if (read.maybe) out.replies.push({ type: 'text', text: MESSAGES.askingForHint(read.maybe) });
  if (read.askingFor) out.state.askingFor = read.askingFor;
  else delete out.state.askingFor;
  if (read.said && !/[a-z0-9]/i.test(read.text)) return undefined;
  return read.text === input.text ? input : { ...input, text: read.text };
}

/** Typed text without its request to skip the interview ("no interview pls: ..."), noted in the state and said once;
 *  undefined when nothing is left to read after it. */
function declining(input: Input | undefined, out: StepResult): Input | undefined {
  if (input?.kind !== 'text') return input;
  const s = out.state;
  const read = declinedInterview(input.text, Object.keys(s.profile).length === 0 && !s.planShown);
  if (!read.declined) return input;
  if (!s.questionsOnly) out.replies.push({ type: 'text', text: MESSAGES.interviewDeclined });
  s.questionsOnly = true;
  return /[\p{L}\p{N}]/u.test(read.text) ? { ...input, text: read.text } : undefined;
}

/** The input with any email address or phone number blanked out before it is read (typed text, or a command's
 * argument such as "/ask ..."), and a word that none is kept: nothing after this point ever sees them. */
function withoutContact(input: Input, out: StepResult): Input {
  if (input.kind === 'choice') return input;
  const clean = withoutContactDetails(input.kind === 'text' ? input.text : input.arg ?? '');
  if (!clean.removed) return input;
  out.replies.push({ type: 'text', text: MESSAGES.contactNotKept });
  return input.kind === 'text' ? { ...input, text: clean.text } : { ...input, arg: clean.text };
}

// a greeting alone, or with whom it greets ("good evening doctor", "hello sir", "hi everyone :)")
const GREETING = /^(hi|hii+|hello|helo|hey|heya|hola|salam|salaam|as?salam(u|o)? ?alaikum|namaste|good (morning|afternoon|evening))(,? (there|doctor|doc|dr|sir|madam|ma'?am|everyone|all|team|bot|friend))?[!.,:)( ]*$/i;

/** Greeted and asked, with nothing answered, skipped or pending confirmation yet. */
function untouched(s: ConversationState): boolean {
  return s.history.length === 0 && s.skipped.length === 0 && Object.keys(s.profile).length === 0 && !s.clarifying && !s.readBack && !s.planShown && !s.confirmingForget && s.attempts === 0;
}

/** Where the conversation stands, derived from the state. */
function viewOf(s: ConversationState, ctx: StepContext): View {
  const q = pending(s, ctx);
  const mode: View['mode'] = s.confirmingForget ? 'confirmForget' : s.clarifying ? 'clarifying' : q ? 'question' : awaitingReadBack(s, ctx) ? 'readBack' : 'done';
  return { mode, profile: s.profile, now: ctx.now, planShown: s.planShown, ...(q ? { pending: q } : {}), ...(s.clarifying ? { clarifying: s.clarifying } : {}) };
}

/** Carries out the commands one input meant. */
function execute(out: StepResult, commands: Command[], ctx: StepContext): StepResult {
  const s = out.state;
  const [first, ...rest] = commands;
  if (!first) return reAsk(out, ctx);
  if (s.confirmingForget && first.type !== 'run') return confirmForget(out, first, rest, ctx);
  // a plan, its details or a what-if asked while "which first?" waits: the order named is assumed and said, never a block
  if ((first.type === 'run' && PLAN_NEEDED.has(first.name)) || first.type === 'whatIf') settleOpenOrder(s, out.replies);
  switch (first.type) {
    // (what is kept, said before the rest of a longer message is carried out: "DO NOT SAVE MY DATA. which programs...")
    case 'run': if (first.name === 'privacy' && rest.length) { out.replies.push({ type: 'text', text: MESSAGES.privacy }); return execute(out, rest, ctx); } return runCommand(out, first.name, first.arg, ctx);
    case 'confirm': return awaitingReadBack(s, ctx) ? showPlan(out, ctx) : reAsk(out, ctx);
    case 'deny': case 'unclear': return reAsk(out, ctx);
    case 'stale': out.replies.push({ type: 'text', text: MESSAGES.staleChoice }); return out;
    case 'whatIf': return whatIf(out, first.changes, ctx);
    case 'whatIfNot': out.replies.push({ type: 'text', private: true, text: (first.reason === 'noRetake' ? MESSAGES.whatIfNoRetake : MESSAGES.whatIfPastSame)(FIELD_LABELS[first.exam]) }); return reAsk(out, ctx);
    case 'partner': out.replies.push({ type: 'text', text: MESSAGES.partnerPlanIsYours }); return reAsk(out, ctx);
    default: return applyFacts(out, commands, ctx);
  }
}

/** The reply to "are you sure?" after "forget me": only a yes deletes; a no keeps and goes on; anything unclear asks again. */
function confirmForget(out: StepResult, first: Command, rest: Command[], ctx: StepContext): StepResult {
  if (first.type === 'confirm') {
    out.state = initialState();
    out.effects.push({ type: 'forget' });
    out.replies.push({ type: 'text', text: MESSAGES.forgetDone });
    return out;
  }
  if (first.type === 'answeredWhileForget') return answeredWhileForget(out, rest, ctx);
  if (first.type === 'deny') {
    out.state.confirmingForget = false;
    out.replies.push({ type: 'text', text: MESSAGES.forgetCancelled });
    return rest.length ? execute(out, rest, ctx) : reAsk(out, ctx);
  }
  out.replies.push({ type: 'text', text: MESSAGES.forgetUnclear }, forgetQuestion());
  return out;
}

/** Facts told while "forget me" waits: they are stored; the deletion is asked once more in place of the next question,
 *  and a second answer after that is taken as carrying on (nothing deleted, the interview goes on). */
function answeredWhileForget(out: StepResult, facts: Command[], ctx: StepContext): StepResult {
  const again = !out.state.forgetAskedAgain;
  out.state.confirmingForget = false;
  execute(out, facts, ctx);
  if (!again) {
    delete out.state.forgetAskedAgain;
    const at = out.replies.findIndex((r) => r.type === 'question');
    out.replies.splice(at < 0 ? out.replies.length : at, 0, { type: 'text', text: MESSAGES.forgetCancelled });
    return out;
  }
  out.replies = out.replies.filter((r) => r.type !== 'question');
  out.state.confirmingForget = true;
  out.state.forgetAskedAgain = true;
  out.replies.push({ type: 'text', text: MESSAGES.forgetAfterAnswer }, forgetQuestion());
  return out;
}

const said = (field: ProfileField, value: unknown) => describeField(field, value as never);

// commands that show a plan or part of it, and need a specialty to do so
const PLAN_NEEDED: ReadonlySet<string> = new Set(['plan', 'programs', 'program', 'why', 'steps', 'csv', 'chart']);

function whatIf(out: StepResult, changes: Update[], ctx: StepContext): StepResult {
  if (changes.length === 0) {
    out.replies.push({ type: 'text', text: MESSAGES.whatIfNotUnderstood });
    return reAsk(out, ctx);
  }
  // a what-if that only restates what is stored ("what if I do a research year" read as the research held now) runs nothing
  const stored = out.state.profile;
  if (changes.every((c) => JSON.stringify(c.value) === JSON.stringify(stored[c.field]))) {
    out.replies.push({ type: 'text', private: true, text: MESSAGES.whatIfNothingNew(changes.map((c) => `${FIELD_LABELS[c.field]}: ${said(c.field, c.value)}`).join('; ')) });
    return reAsk(out, ctx);
  }
  const copy: Profile = { ...out.state.profile };
  for (const c of changes) Object.assign(copy, { [c.field]: c.value });
  if (!copy.specialty) {
    out.replies.push({ type: 'text', text: MESSAGES.planNeedsSpecialty });
    return reAsk(out, ctx);
  }
  const change = changes.map((c) => `${FIELD_LABELS[c.field]} were ${said(c.field, c.value)}`).join(' and ');
  const after = ctx.advice.plan(copy, ctx.now);
  const summary = out.state.profile.specialty ? differenceLines(ctx.advice.plan(out.state.profile, ctx.now), after, MESSAGES.whatIfSame).join('\n') : '';
  out.replies.push({ type: 'text', text: [MESSAGES.whatIfHeader(change), summary].filter(Boolean).join('\n'), private: true }, { type: 'plan', plan: after, private: true, view: { kind: 'summary', whatIf: change } });
  return reAsk(out, ctx);
}
