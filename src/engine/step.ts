// The pure engine: (state, input, ctx) -> (state, replies, effects). No clock, no I/O, no mutation.
import type { Advice } from '../domain/advice.js';
import type { CommandName, Input, Reply } from '../domain/io.js';
import type { Profile, ProfileField } from '../domain/profile.js';
import { describeField, describeProfile, FIELD_LABELS } from './describe-profile.js';
import type { Flow, Question } from './flow.js';
import { comparePlans } from './compare-plans.js';
import { classify } from './intent.js';
import { MESSAGES } from './messages.js';
import { missingFields, nextQuestion } from './next-question.js';
import { parseAnswer } from './parse/parse-answer.js';
import { planDetail, whyProgram } from './plan-commands.js';
import { readProfileDump } from './profile-dump.js';
import { initialState, type ConversationState } from './state.js';

/** Everything a step may read besides state and input. */
export interface StepContext { flow: Flow; advice: Advice; now: Date }

/** Side effects the runtime must carry out after saving; the engine itself runs none. */
export type Effect = { type: 'forget' };

/** A step's outcome. */
export interface StepResult { state: ConversationState; replies: Reply[]; effects: Effect[] }

const WAY_OUT_AFTER = 3;

/** The confirmation asked before "forget me" deletes anything (a fresh object each time: replies leave the engine). */
const forgetQuestion = (): Reply => ({ type: 'question', id: 'confirmForget', text: MESSAGES.forgetConfirm, choices: [{ value: 'yes', label: 'Yes, delete everything' }, { value: 'no', label: 'No, keep it' }] });

/** Advances one conversation by one input. Never throws on any user input. */
export function step(previous: ConversationState | undefined, input: Input, ctx: StepContext): StepResult {
  const state: ConversationState = previous ? structuredClone(previous) : initialState();
  const out: StepResult = { state, replies: [], effects: [] };
  if (!state.greeted) {
    state.greeted = true;
    out.replies.push({ type: 'text', text: MESSAGES.intro });
    const intent = input.kind === 'text' ? classify(input.text, undefined) : undefined;
    const isStart = (input.kind === 'command' && input.name === 'start') || (intent?.kind === 'command' && intent.name === 'start');
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

function askPending(out: StepResult, ctx: StepContext, prefix?: string): StepResult {
  const q = pending(out.state, ctx);
  if (q) {
    if (prefix) out.replies.push({ type: 'text', text: prefix });
    out.replies.push(questionReply(q, out.state.attempts >= WAY_OUT_AFTER));
    return out;
  }
  if (!out.state.planShown) {
    out.state.planShown = true;
    out.replies.push({ type: 'text', text: MESSAGES.complete }, planReply(out.state.profile, ctx));
  } else if (prefix !== undefined) {
    out.replies.push({ type: 'text', text: MESSAGES.alreadyComplete });
  }
  return out;
}

function planReply(profile: Profile, ctx: StepContext): Reply {
  return { type: 'plan', plan: ctx.advice.plan(profile, ctx.now), private: true };
}

function text(out: StepResult, raw: string, ctx: StepContext): StepResult {
  const body = raw.trim();
  if (body === '?') return command(out, 'help', undefined, ctx);
  const q = pending(out.state, ctx);
  const intent = classify(body, q?.id);
  if (intent.kind !== 'command' && intent.kind !== 'whatIf') {
    const picked = readProfileDump(body, ctx);
    if (picked.length > 0) return takeMany(out, picked, body, ctx);
  }
  switch (intent.kind) {
    case 'command': return command(out, intent.name, intent.arg, ctx);
    case 'correction': return correct(out, intent.field, body, ctx);
    case 'whatIf': return whatIf(out, intent.field, body, ctx);
    case 'question': return ask(out, body, ctx);
    case 'answer':
      if (!q) return ask(out, body, ctx, true);
      return answer(out, q, body, ctx);
  }
}

/** Stores one answer: sets the field, un-skips it, and moves it to the end of the history used by "back". */
function record(s: ConversationState, field: ProfileField, value: unknown): void {
  s.profile = { ...s.profile, [field]: value };
  s.skipped = s.skipped.filter((f) => f !== field);
  s.history = [...s.history.filter((f) => f !== field), field];
}

function takeMany(out: StepResult, picked: ReturnType<typeof readProfileDump>, body: string, ctx: StepContext): StepResult {
  const s = out.state;
  const wasComplete = s.planShown;
  for (const { field, value } of picked) record(s, field, value);
  s.attempts = 0;
  const lines = picked.map(({ field, value }) => `- ${FIELD_LABELS[field]}: ${describeField(field, value as never)}`);
  out.replies.push({ type: 'text', private: true, text: `${MESSAGES.pickedUp}
${lines.join('\n')}` });
  if (body.trim().endsWith('?')) {
    const result = ctx.advice.ask(body, { profile: s.profile, now: ctx.now });
    if (result.found) out.replies.push({ type: 'text', text: MESSAGES.askFound(result.title, result.answer) });
  }
  return afterUpdate(out, wasComplete, ctx);
}

/** After answers changed outside the normal order: a finished interview gets its updated plan, else the next question. */
function afterUpdate(out: StepResult, wasComplete: boolean, ctx: StepContext): StepResult {
  if (wasComplete && !pending(out.state, ctx)) {
    out.replies.push(planReply(out.state.profile, ctx));
    return out;
  }
  return askPending(out, ctx);
}

function answer(out: StepResult, q: Question, body: string, ctx: StepContext): StepResult {
  const parsed = parseAnswer(q.id, body, ctx);
  const s = out.state;
  if (parsed.ok) {
    record(s, q.id, parsed.value);
    s.attempts = 0;
    out.replies.push({ type: 'text', text: MESSAGES.got(FIELD_LABELS[q.id], describeField(q.id, parsed.value as never)), private: true });
    return askPending(out, ctx);
  }
  s.attempts += 1;
  const hint = parsed.issue === 'out_of_range' ? parsed.hint : MESSAGES.notUnderstood(q.example);
  out.replies.push({ type: 'text', text: s.attempts >= WAY_OUT_AFTER ? `${hint} ${MESSAGES.offerWayOut}` : hint });
  out.replies.push(questionReply(q, s.attempts >= WAY_OUT_AFTER));
  return out;
}

function choice(out: StepResult, questionId: string, value: string, ctx: StepContext): StepResult {
  const q = pending(out.state, ctx);
  if (!q || q.id !== questionId) {
    out.replies.push({ type: 'text', text: MESSAGES.staleChoice });
    return out;
  }
  if (value === 'skip') return command(out, 'skip', undefined, ctx);
  // a value that is not one of the offered choices was typed (e.g. into a platform text box): read it as text
  if (!q.choices.some((c) => c.value === value)) return text(out, value, ctx);
  return answer(out, q, value, ctx);
}

function correct(out: StepResult, field: ProfileField, body: string, ctx: StepContext): StepResult {
  const parsed = parseAnswer(field, body, ctx);
  const q = ctx.flow.questions.find((x) => x.id === field);
  if (!parsed.ok) {
    const hint = parsed.issue === 'out_of_range' ? parsed.hint : MESSAGES.correctionNotUnderstood(FIELD_LABELS[field], q?.example ?? '');
    out.replies.push({ type: 'text', text: hint });
    return reAsk(out, ctx);
  }
  const s = out.state;
  const wasComplete = s.planShown;
  record(s, field, parsed.value);
  out.replies.push({ type: 'text', text: MESSAGES.updated(FIELD_LABELS[field], describeField(field, parsed.value as never)), private: true });
  return afterUpdate(out, wasComplete, ctx);
}

function whatIf(out: StepResult, field: ProfileField, body: string, ctx: StepContext): StepResult {
  const parsed = parseAnswer(field, body, ctx);
  if (!parsed.ok) {
    out.replies.push({ type: 'text', text: MESSAGES.whatIfNotUnderstood });
    return reAsk(out, ctx);
  }
  const copy: Profile = { ...out.state.profile, [field]: parsed.value };
  if (!copy.specialty) {
    out.replies.push({ type: 'text', text: MESSAGES.planNeedsSpecialty });
    return reAsk(out, ctx);
  }
  const change = `${FIELD_LABELS[field]} were ${describeField(field, parsed.value as never)}`;
  const after = ctx.advice.plan(copy, ctx.now);
  const differences = out.state.profile.specialty ? comparePlans(ctx.advice.plan(out.state.profile, ctx.now), after) : [];
  const summary = out.state.profile.specialty ? (differences.length ? differences.map((d) => `- ${d}`).join('\n') : MESSAGES.whatIfSame) : '';
  out.replies.push({ type: 'text', text: [MESSAGES.whatIfHeader(change), summary].filter(Boolean).join('\n'), private: true }, { type: 'plan', plan: after, private: true });
  return reAsk(out, ctx);
}

function ask(out: StepResult, question: string | undefined, ctx: StepContext, fromAnswer = false): StepResult {
  if (!question?.trim()) {
    out.replies.push({ type: 'text', text: MESSAGES.askEmpty });
    return reAsk(out, ctx);
  }
  const result = ctx.advice.ask(question, { profile: out.state.profile, now: ctx.now });
  if (result.found) out.replies.push({ type: 'text', text: MESSAGES.askFound(result.title, result.answer) });
  else if (fromAnswer) out.replies.push({ type: 'text', text: MESSAGES.alreadyComplete });
  else out.replies.push({ type: 'text', text: MESSAGES.askMissed(result.nearest.map((n) => n.title).join('; ')) });
  return reAsk(out, ctx);
}

function reAsk(out: StepResult, ctx: StepContext): StepResult {
  const q = pending(out.state, ctx);
  if (q) out.replies.push(questionReply(q, out.state.attempts >= WAY_OUT_AFTER));
  return out;
}

function command(out: StepResult, name: CommandName, arg: string | undefined, ctx: StepContext): StepResult {
  const s = out.state;
  const q = pending(s, ctx);
  switch (name) {
    case 'start':
      if (s.history.length > 0 || s.skipped.length > 0) out.replies.push({ type: 'text', text: MESSAGES.welcomeBack });
      return askPending(out, ctx, q ? undefined : '');
    case 'help':
      out.replies.push({ type: 'text', text: MESSAGES.help });
      return reAsk(out, ctx);
    case 'why':
      if (arg) return whyOf(out, arg, ctx);
      out.replies.push({ type: 'text', text: q ? q.why : MESSAGES.whyNone });
      return reAsk(out, ctx);
    case 'skip': {
      if (!q) { out.replies.push({ type: 'text', text: MESSAGES.nothingToSkip }); return out; }
      s.skipped = [...s.skipped, q.id];
      s.history = [...s.history.filter((f) => f !== q.id), q.id];
      s.attempts = 0;
      out.replies.push({ type: 'text', text: MESSAGES.skipped(FIELD_LABELS[q.id]) });
      return askPending(out, ctx);
    }
    case 'back': {
      const last = s.history[s.history.length - 1];
      if (!last) { out.replies.push({ type: 'text', text: MESSAGES.nothingBack }); return reAsk(out, ctx); }
      const { [last]: _dropped, ...rest } = s.profile;
      s.profile = rest;
      s.history = s.history.slice(0, -1);
      s.skipped = s.skipped.filter((f) => f !== last);
      s.attempts = 0;
      s.planShown = false;
      out.replies.push({ type: 'text', text: MESSAGES.wentBack(FIELD_LABELS[last]) });
      return askPending(out, ctx);
    }
    case 'restart':
      out.state = { ...initialState(), greeted: true };
      out.replies.push({ type: 'text', text: MESSAGES.restarted });
      return askPending(out, ctx);
    case 'profile': {
      const lines = describeProfile(s.profile, s.skipped);
      out.replies.push({ type: 'text', private: true, text: lines.length ? [MESSAGES.profileHeader, ...lines.map((l) => `- ${l}`), MESSAGES.profileFooter].join('\n') : MESSAGES.emptyProfile });
      return reAsk(out, ctx);
    }
    case 'plan': {
      if (!s.profile.specialty) { out.replies.push({ type: 'text', text: MESSAGES.planNeedsSpecialty }); return reAsk(out, ctx); }
      const missing = missingFields(ctx.flow, s.profile);
      if (missing.length) out.replies.push({ type: 'text', text: MESSAGES.planPartial(missing.map((f) => FIELD_LABELS[f]).join(', ')) });
      out.replies.push(planReply(s.profile, ctx));
      return reAsk(out, ctx);
    }
    case 'forget':
      s.confirmingForget = true;
      out.replies.push(forgetQuestion());
      return out;
    case 'ask':
      return ask(out, arg, ctx);
    case 'export':
      return exportData(out, ctx);
    case 'programs': case 'program': case 'steps': case 'csv': case 'chart':
      out.replies.push(...planDetail(s.profile, name, arg, ctx));
      return reAsk(out, ctx);
  }
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

function confirmForget(out: StepResult, input: Input, ctx: StepContext): StepResult {
  const s = out.state;
  const said = input.kind === 'choice' ? (input.questionId === 'confirmForget' ? input.value : '') : input.kind === 'text' ? input.text.trim().toLowerCase() : input.name === 'forget' ? 'repeat' : '';
  if (said === 'repeat') {
    out.replies.push(forgetQuestion());
    return out;
  }
  if (/^(yes|y|yeah|yep|sure|confirm|delete|do it|ok|okay)\b/.test(said)) {
    out.state = initialState();
    out.effects.push({ type: 'forget' });
    out.replies.push({ type: 'text', text: MESSAGES.forgetDone });
    return out;
  }
  s.confirmingForget = false;
  out.replies.push({ type: 'text', text: MESSAGES.forgetCancelled });
  if (input.kind === 'choice' && input.questionId !== 'confirmForget') return choice(out, input.questionId, input.value, ctx);
  return reAsk(out, ctx);
}
