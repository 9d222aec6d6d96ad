// The pure engine: (state, input, ctx) -> (state, replies, effects). No clock, no I/O, no mutation.
import type { Advice } from '../domain/advice.js';
import type { CommandName, Input, Reply } from '../domain/io.js';
import type { Profile, ProfileField } from '../domain/profile.js';
import { describeField, describeProfile, FIELD_LABELS } from './describe-profile.js';
import type { Flow, Question } from './flow.js';
import { comparePlans } from './compare-plans.js';
import { commandIn, detailCommandIn } from './intent.js';
import { MESSAGES } from './messages.js';
import { missingFields, nextQuestion } from './next-question.js';
import { planDetail, whyProgram } from './plan-commands.js';
import { initialState, type ConversationState } from './state.js';
import { assumption, clarifyQuestion, type Clarifying } from './understand/clarify.js';
import { choiceValue } from './understand/choices.js';
import { readConfirmation } from './understand/confirm.js';
import { understand, type Understanding, type Update } from './understand/understand.js';

/** Everything a step may read besides state and input. */
export interface StepContext { flow: Flow; advice: Advice; now: Date }

/** Side effects the runtime must carry out after saving; the engine itself runs none. */
export type Effect = { type: 'forget' };

/** A step's outcome. */
export interface StepResult { state: ConversationState; replies: Reply[]; effects: Effect[] }

const WAY_OUT_AFTER = 3;
const MAX_CLARIFY = 2;

/** The confirmation asked before "forget me" deletes anything (a fresh object each time: replies leave the engine). */
const forgetQuestion = (): Reply => ({ type: 'question', id: 'confirmForget', text: MESSAGES.forgetConfirm, choices: [{ value: 'yes', label: 'Yes, delete everything' }, { value: 'no', label: 'No, keep it' }] });
/** The read-back confirmation asked once the profile is complete, before the plan. */
const readBackQuestion = (): Reply => ({ type: 'question', id: 'confirmProfile', text: MESSAGES.readBackQuestion, choices: [{ value: 'yes', label: 'Looks right, build my plan' }] });

/** Advances one conversation by one input. Never throws on any user input. */
export function step(previous: ConversationState | undefined, input: Input, ctx: StepContext): StepResult {
  const state: ConversationState = previous ? structuredClone(previous) : initialState();
  const out: StepResult = { state, replies: [], effects: [] };
  if (!state.greeted) {
    state.greeted = true;
    out.replies.push({ type: 'text', text: MESSAGES.intro });
    const isStart = (input.kind === 'command' && input.name === 'start') || (input.kind === 'text' && commandIn(input.text) === 'start');
    if (isStart) return askPending(out, ctx);
  }
  if (state.confirmingForget) return confirmForget(out, input, ctx);
  switch (input.kind) {
    case 'command': return command(out, input.name, input.arg, ctx);
    case 'choice': return choice(out, input.questionId, input.value, ctx);
    case 'text': return text(out, input.text, ctx);
  }
}

function pending(state: ConversationState, ctx: StepContext): Question | undefined {
  return nextQuestion(ctx.flow, state.profile, state.skipped);
}

function questionReply(q: Question, withWayOut: boolean): Reply {
  const choices = withWayOut ? [...q.choices.slice(0, 24), { value: 'skip', label: 'Skip' }] : q.choices;
  return { type: 'question', id: q.id, text: q.text, choices };
}

function clarifyReply(c: Clarifying): Reply {
  const q = clarifyQuestion(c);
  return { type: 'question', id: c.field, text: q.text, choices: q.choices };
}

/** Asks what comes next: the pending question, else the read-back of a complete profile, else the plan. */
function askPending(out: StepResult, ctx: StepContext, prefix?: string): StepResult {
  const s = out.state;
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
      out.replies.push({ type: 'text', private: true, text: [MESSAGES.readBackHeader, ...describeProfile(s.profile, s.skipped).map((l) => `- ${l}`)].join('\n') });
    }
    out.replies.push(readBackQuestion());
  } else if (prefix !== undefined) {
    out.replies.push({ type: 'text', text: MESSAGES.alreadyComplete });
  }
  return out;
}

/** Builds the plan after the read-back was confirmed (or fixed). */
function showPlan(out: StepResult, ctx: StepContext): StepResult {
  out.state.readBack = false;
  out.state.planShown = true;
  out.replies.push({ type: 'text', text: MESSAGES.complete }, planReply(out.state.profile, ctx));
  return out;
}

function planReply(profile: Profile, ctx: StepContext): Reply {
  return { type: 'plan', plan: ctx.advice.plan(profile, ctx.now), private: true };
}

function awaitingReadBack(s: ConversationState, ctx: StepContext): boolean {
  return s.readBack && !s.planShown && !s.clarifying && !pending(s, ctx);
}

function text(out: StepResult, raw: string, ctx: StepContext): StepResult {
  const body = raw.trim();
  const s = out.state;
  if (awaitingReadBack(s, ctx) && readConfirmation(body, 'strict', 'readBack') === 'yes') return showPlan(out, ctx);
  const q = pending(s, ctx);
  const detail = detailCommandIn(body, !q && s.planShown);
  if (detail) return command(out, detail.name, detail.arg, ctx);
  const u = understand(body, { pending: q?.id, profile: s.profile, now: ctx.now, ...(s.clarifying ? { clarifying: s.clarifying } : {}) });
  if (u.command) return command(out, u.command, undefined, ctx);
  if (u.whatIf) return whatIf(out, u.whatIf, ctx);
  if (u.question) return ask(out, body, ctx, !q && s.planShown);
  return apply(out, u, q, ctx, body);
}

/** Stores one answer: sets the field, un-skips it, and moves it to the end of the history used by "back". */
function record(s: ConversationState, field: ProfileField, value: unknown): void {
  s.profile = { ...s.profile, [field]: value };
  s.skipped = s.skipped.filter((f) => f !== field);
  s.history = [...s.history.filter((f) => f !== field), field];
}

const said = (field: ProfileField, value: unknown) => describeField(field, value as never);

/** The confirmation of what was taken: one line, or a list when several fields changed; corrections name the old value. */
function confirmation(updates: Update[]): string {
  if (updates.length === 1) {
    const [u] = updates as [Update];
    return u.old === undefined ? MESSAGES.got(FIELD_LABELS[u.field], said(u.field, u.value)) : MESSAGES.updatedFrom(FIELD_LABELS[u.field], said(u.field, u.value), said(u.field, u.old));
  }
  const lines = updates.map((u) => `- ${FIELD_LABELS[u.field]}: ${said(u.field, u.value)}${u.old === undefined ? '' : ` (was ${said(u.field, u.old)})`}`);
  return `${MESSAGES.pickedUp}\n${lines.join('\n')}`;
}

/** Applies what a message said: updates, a clarifying question (at most two per field, then an assumption), hints. */
function apply(out: StepResult, u: Understanding, q: Question | undefined, ctx: StepContext, body = ''): StepResult {
  const s = out.state;
  const wasComplete = s.planShown;
  const wasReadBack = awaitingReadBack(s, ctx);
  const asked = s.clarifying;
  for (const up of u.updates) record(s, up.field, up.value);
  const texts: string[] = [];
  if (u.updates.length) texts.push(confirmation(u.updates));
  else if (u.same.length) texts.push(...u.same.map((f) => MESSAGES.alreadyNoted(FIELD_LABELS[f], said(f, s.profile[f]))));
  if (u.otherPerson) texts.push(MESSAGES.otherPerson);
  if (asked && (u.updates.some((x) => x.field === asked.field) || u.same.includes(asked.field))) delete s.clarifying;
  if (u.clarify) {
    const count = s.clarified[u.clarify.field] ?? 0;
    if (count >= MAX_CLARIFY) {
      const assumed = assumption(u.clarify);
      if (assumed.value !== undefined) record(s, u.clarify.field, assumed.value);
      else if (!s.skipped.includes(u.clarify.field)) s.skipped = [...s.skipped, u.clarify.field];
      delete s.clarifying;
      texts.push(assumed.text);
    } else {
      s.clarified = { ...s.clarified, [u.clarify.field]: count + 1 };
      s.clarifying = u.clarify;
    }
  }
  const progressed = u.updates.length > 0 || u.same.length > 0 || u.clarify !== undefined;
  if (!progressed) {
    if (wasReadBack) { out.replies.push({ type: 'text', text: MESSAGES.readBackWaiting }); return out; }
    if (!q && !s.clarifying) return ask(out, body, ctx, true);
    s.attempts += 1;
    const hint = s.clarifying ? MESSAGES.clarifyAgain : MESSAGES.notUnderstood(q!.example);
    out.replies.push({ type: 'text', text: s.attempts >= WAY_OUT_AFTER ? `${hint} ${MESSAGES.offerWayOut}` : hint });
    return reAsk(out, ctx);
  }
  if (u.updates.length) s.attempts = 0;
  if (texts.length) out.replies.push({ type: 'text', text: texts.join('\n'), private: true });
  if (s.clarifying) { out.replies.push(clarifyReply(s.clarifying)); return out; }
  if (wasReadBack && !pending(s, ctx)) return u.updates.length ? showPlan(out, ctx) : reAsk(out, ctx);
  return afterUpdate(out, wasComplete, ctx);
}

/** After answers changed: a finished interview gets its updated plan, else the next question. */
function afterUpdate(out: StepResult, wasComplete: boolean, ctx: StepContext): StepResult {
  if (wasComplete && !pending(out.state, ctx)) {
    out.replies.push(planReply(out.state.profile, ctx));
    return out;
  }
  return askPending(out, ctx);
}

function choice(out: StepResult, questionId: string, value: string, ctx: StepContext): StepResult {
  const s = out.state;
  if (questionId === 'confirmProfile' && awaitingReadBack(s, ctx)) return value === 'yes' ? showPlan(out, ctx) : text(out, value, ctx);
  if (s.clarifying && questionId === s.clarifying.field) return text(out, value, ctx);
  const q = pending(s, ctx);
  if (!q || q.id !== questionId) {
    out.replies.push({ type: 'text', text: MESSAGES.staleChoice });
    return out;
  }
  if (value === 'skip') return command(out, 'skip', undefined, ctx);
  const picked = q.choices.some((c) => c.value === value) ? choiceValue(q.id, value) : undefined;
  // a value that is not one of the offered choices was typed (e.g. into a platform text box): read it as text
  if (picked === undefined) return text(out, value, ctx);
  const old = s.profile[q.id];
  return apply(out, { question: false, updates: [old === undefined ? { field: q.id, value: picked } : { field: q.id, value: picked, old: old as NonNullable<typeof old> }], same: [], otherPerson: false }, q, ctx);
}

function whatIf(out: StepResult, changes: Update[], ctx: StepContext): StepResult {
  if (changes.length === 0) {
    out.replies.push({ type: 'text', text: MESSAGES.whatIfNotUnderstood });
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
  const differences = out.state.profile.specialty ? comparePlans(ctx.advice.plan(out.state.profile, ctx.now), after) : [];
  const summary = out.state.profile.specialty ? (differences.length ? differences.map((d) => `- ${d}`).join('\n') : MESSAGES.whatIfSame) : '';
  out.replies.push({ type: 'text', text: [MESSAGES.whatIfHeader(change), summary].filter(Boolean).join('\n'), private: true }, { type: 'plan', plan: after, private: true });
  return reAsk(out, ctx);
}

function ask(out: StepResult, question: string | undefined, ctx: StepContext, fromAnswer = false): StepResult {
  if (!question?.trim()) {
    out.replies.push({ type: 'text', text: fromAnswer ? MESSAGES.alreadyComplete : MESSAGES.askEmpty });
    return reAsk(out, ctx);
  }
  const result = ctx.advice.ask(question, { profile: out.state.profile, now: ctx.now });
  // an answer drawn from the asker's own plan speaks about them: it never goes to a public channel
  if (result.found) out.replies.push({ type: 'text', text: MESSAGES.askFound(result.title, result.answer), ...(result.private ? { private: true } : {}) });
  else if (fromAnswer) out.replies.push({ type: 'text', text: MESSAGES.alreadyComplete });
  else out.replies.push({ type: 'text', text: MESSAGES.askMissed(result.nearest.map((n) => n.title).join('; ')) });
  return reAsk(out, ctx);
}

/** Repeats what is open: a clarifying question, the pending question, or the read-back confirmation. */
function reAsk(out: StepResult, ctx: StepContext): StepResult {
  const s = out.state;
  if (s.clarifying) { out.replies.push(clarifyReply(s.clarifying)); return out; }
  const q = pending(s, ctx);
  if (q) out.replies.push(questionReply(q, s.attempts >= WAY_OUT_AFTER));
  else if (awaitingReadBack(s, ctx)) out.replies.push(readBackQuestion());
  return out;
}

type CommandHandler = (out: StepResult, arg: string | undefined, ctx: StepContext) => StepResult;

/** Every command, by name: add a command by adding a row. */
const COMMANDS: Record<CommandName, CommandHandler> = {
  start: (out, _arg, ctx) => {
    const s = out.state;
    if (s.history.length > 0 || s.skipped.length > 0) out.replies.push({ type: 'text', text: MESSAGES.welcomeBack });
    return askPending(out, ctx, pending(s, ctx) ? undefined : '');
  },
  help: (out, _arg, ctx) => {
    out.replies.push({ type: 'text', text: MESSAGES.help });
    return reAsk(out, ctx);
  },
  why: (out, arg, ctx) => {
    if (arg) return whyOf(out, arg, ctx);
    const q = pending(out.state, ctx);
    out.replies.push({ type: 'text', text: q ? q.why : MESSAGES.whyNone });
    return reAsk(out, ctx);
  },
  skip: (out, _arg, ctx) => {
    const s = out.state;
    const field = s.clarifying?.field ?? pending(s, ctx)?.id;
    if (!field) { out.replies.push({ type: 'text', text: MESSAGES.nothingToSkip }); return out; }
    delete s.clarifying;
    if (s.profile[field] === undefined) s.skipped = [...s.skipped, field];
    s.history = [...s.history.filter((f) => f !== field), field];
    s.attempts = 0;
    out.replies.push({ type: 'text', text: MESSAGES.skipped(FIELD_LABELS[field]) });
    return askPending(out, ctx);
  },
  back: (out, _arg, ctx) => {
    const s = out.state;
    const last = s.history[s.history.length - 1];
    if (!last) { out.replies.push({ type: 'text', text: MESSAGES.nothingBack }); return reAsk(out, ctx); }
    const { [last]: _dropped, ...rest } = s.profile;
    s.profile = rest;
    s.history = s.history.slice(0, -1);
    s.skipped = s.skipped.filter((f) => f !== last);
    s.attempts = 0;
    s.planShown = false;
    s.readBack = false;
    delete s.clarifying;
    out.replies.push({ type: 'text', text: MESSAGES.wentBack(FIELD_LABELS[last]) });
    return askPending(out, ctx);
  },
  restart: (out, _arg, ctx) => {
    out.state = { ...initialState(), greeted: true };
    out.replies.push({ type: 'text', text: MESSAGES.restarted });
    return askPending(out, ctx);
  },
  profile: (out, _arg, ctx) => {
    const s = out.state;
    const lines = describeProfile(s.profile, s.skipped);
    out.replies.push({ type: 'text', private: true, text: lines.length ? [MESSAGES.profileHeader, ...lines.map((l) => `- ${l}`), MESSAGES.profileFooter].join('\n') : MESSAGES.emptyProfile });
    return reAsk(out, ctx);
  },
  plan: (out, _arg, ctx) => {
    const s = out.state;
    if (!s.profile.specialty) { out.replies.push({ type: 'text', text: MESSAGES.planNeedsSpecialty }); return reAsk(out, ctx); }
    const missing = missingFields(ctx.flow, s.profile);
    if (missing.length) out.replies.push({ type: 'text', text: MESSAGES.planPartial(missing.map((f) => FIELD_LABELS[f]).join(', ')) });
    out.replies.push(planReply(s.profile, ctx));
    return reAsk(out, ctx);
  },
  forget: (out) => {
    out.state.confirmingForget = true;
    out.replies.push(forgetQuestion());
    return out;
  },
  ask: (out, arg, ctx) => ask(out, arg, ctx),
  export: (out, _arg, ctx) => exportData(out, ctx),
  programs: (out, arg, ctx) => detail(out, 'programs', arg, ctx),
  program: (out, arg, ctx) => detail(out, 'program', arg, ctx),
  steps: (out, arg, ctx) => detail(out, 'steps', arg, ctx),
  csv: (out, arg, ctx) => detail(out, 'csv', arg, ctx),
  chart: (out, arg, ctx) => detail(out, 'chart', arg, ctx),
};

/** A plan-detail command (programs, program, steps, csv, chart), then the open question. */
function detail(out: StepResult, name: CommandName, arg: string | undefined, ctx: StepContext): StepResult {
  out.replies.push(...planDetail(out.state.profile, name, arg, ctx));
  return reAsk(out, ctx);
}

function command(out: StepResult, name: CommandName, arg: string | undefined, ctx: StepContext): StepResult {
  return COMMANDS[name](out, arg, ctx);
}

/** "export my data": the state as data (the runtime replaces it with the full stored record), then the open question. */
function exportData(out: StepResult, ctx: StepContext): StepResult {
  out.replies.push({ type: 'text', private: true, text: MESSAGES.exported }, { type: 'export', data: { state: structuredClone(out.state) }, private: true });
  return reAsk(out, ctx);
}

/** "why <program>": its reasons when a program of the plan fits, else the words are a question for the guides. */
function whyOf(out: StepResult, arg: string, ctx: StepContext): StepResult {
  const replies = whyProgram(out.state.profile, arg, ctx);
  if (!replies) return ask(out, `why ${arg}`, ctx);
  out.replies.push(...replies);
  return reAsk(out, ctx);
}

/** The reply to "are you sure?" after "forget me": only the button or an unambiguous yes deletes; a no keeps; anything unclear asks again. */
function confirmForget(out: StepResult, input: Input, ctx: StepContext): StepResult {
  const s = out.state;
  const named = input.kind === 'text' ? commandIn(input.text) : input.kind === 'command' ? input.name : undefined;
  if (named === 'forget') {
    out.replies.push(forgetQuestion());
    return out;
  }
  const answer = input.kind === 'choice'
    ? (input.questionId === 'confirmForget' ? (input.value === 'yes' ? 'yes' : input.value === 'no' ? 'no' : 'unclear') : 'no')
    : input.kind === 'text' && !named ? readConfirmation(input.text, 'strict', 'forget') : 'no';
  if (answer === 'yes') {
    out.state = initialState();
    out.effects.push({ type: 'forget' });
    out.replies.push({ type: 'text', text: MESSAGES.forgetDone });
    return out;
  }
  if (answer === 'unclear') {
    out.replies.push({ type: 'text', text: MESSAGES.forgetUnclear }, forgetQuestion());
    return out;
  }
  s.confirmingForget = false;
  out.replies.push({ type: 'text', text: MESSAGES.forgetCancelled });
  // another question's button, a command, or a typed command: nothing deleted, and it is carried out
  if (input.kind === 'choice' && input.questionId !== 'confirmForget') return choice(out, input.questionId, input.value, ctx);
  if (named) return command(out, named, input.kind === 'command' ? input.arg : undefined, ctx);
  return reAsk(out, ctx);
}
