// The pure engine: (state, input, ctx) -> (state, replies, effects). No clock, no I/O, no mutation.
// `interpret` turns the input into commands; this file carries them out in a fixed order: facts, then the question.
import { withoutContactDetails } from '../domain/contact-details.js';
import type { Input, Reply } from '../domain/io.js';
import type { Profile, ProfileField } from '../domain/profile.js';
import { runCommand } from './commands.js';
import { differenceLines } from './compare-plans.js';
import { describeField, FIELD_LABELS } from './describe-profile.js';
import { SPECIALTY_NAMES } from '../domain/specialty-names.js';
import { interpret, type Command, type View } from './interpret.js';
import { openOrder } from './or-order.js';
import { commandIn } from './intent.js';
import { pronounsOf, readForWhom } from './asking-for.js';
import { MESSAGES, withMessageKeys } from './messages.js';
import { initialState, type ConversationState } from './state.js';
import {
  answer, ask, askPending, awaitingReadBack, clarifyReply, forgetQuestion, pending, planReply, reAsk, readBackQuestion, showPlan,
  WAY_OUT_AFTER, type StepContext, type StepResult,
} from './turn.js';
import { assumption, type Clarifying } from './understand/clarify.js';
import { answeredOffScreen, countShown, explainRepeat, isBareYesNo, nameTheQuestion } from './screen-sync.js';
import { beforeAsked, notePassOver, setAsideLine, towardShown, type Toward } from './passed-over.js';
import type { Update } from './understand/understand.js';

/** The engine's outcome types, defined with the turn helpers. */
export type { Effect, StepContext, StepResult } from './turn.js';

const MAX_CLARIFY = 2;
// Regret as the first words of a new conversation ("wait no", "noo undo"): after a forget, it cannot be taken back.
const REGRET = /^(?:(?:wait|no+|nope|nah|oh|oops|hold on|stop|don'?t|do not|undo|cancel|please|pls|actually|never ?mind|nvm|no+ wait)[\s,.!]*)+$/;
const REGRET_WORD = /\b(no+|nope|nah|undo|don'?t|do not|stop|cancel)\b/;

/** Advances one conversation by one input. Never throws on any user input. */
export function step(previous: ConversationState | undefined, input: Input, ctx: StepContext): StepResult {
  const turn: { toward?: Toward } = {};
  const out = stepOnce(previous, input, ctx, turn);
  // (a question asked again after the user's own question is no unread answer: neither counted nor explained)
  if (turn.toward !== 'asked') {
    countShown(out.state, out.replies);
    const shown = out.state.shown?.id;
    explainRepeat(out.state, out.replies, shown && shown in FIELD_LABELS ? FIELD_LABELS[shown as ProfileField] : undefined);
  }
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
  const typed = forWhom(withoutContact(input, out), out);
  if (!typed) return reAsk(out, ctx);
  const commands = interpret(typed, viewOf(state, ctx));
  // a bare yes or no that would answer the question on screen, after answers to other questions: the question is named first
  const shownId = pending(state, ctx)?.id;
  const bare = typed.kind === 'text' && state.offScreen && !state.clarifying && !state.confirmingForget && isBareYesNo(typed.text) && commands.some((c) => ((c.type === 'set' || c.type === 'correct') && c.update.field === shownId) || (c.type === 'clarify' && c.clarifying.field === shownId));
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
  if (setAside.length) beforeAsked(done.replies, setAsideLine(setAside));
  return done;
}

/** Typed text read for the person the plan is for (src/engine/asking-for.ts): a declaration ("asking for my son") is
 *  kept and said back once; undefined when nothing is left to read after it. */
function forWhom(input: Input, out: StepResult): Input | undefined {
  if (input.kind !== 'text') return input;
  const read = readForWhom(input.text, out.state.askingFor);
  if (read.said === 'declared' && read.askingFor) out.replies.push({ type: 'text', text: MESSAGES.askingFor(read.askingFor, pronounsOf(read.askingFor)) });
  if (read.said === 'self') out.replies.push({ type: 'text', text: MESSAGES.askingForSelf });
  if (read.maybe) out.replies.push({ type: 'text', text: MESSAGES.askingForHint(read.maybe) });
  if (read.askingFor) out.state.askingFor = read.askingFor;
  else delete out.state.askingFor;
  if (read.said && !/[a-z0-9]/i.test(read.text)) return undefined;
  return read.text === input.text ? input : { ...input, text: read.text };
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

/** Stores one answer: sets the field, un-skips it, and moves it to the end of the history used by "back". */
function record(s: ConversationState, field: ProfileField, value: unknown): void {
  s.profile = { ...s.profile, [field]: value };
  s.skipped = s.skipped.filter((f) => f !== field);
  s.history = [...s.history.filter((f) => f !== field), field];
}

const said = (field: ProfileField, value: unknown) => describeField(field, value as never);

// commands that show a plan or part of it, and need a specialty to do so
const PLAN_NEEDED: ReadonlySet<string> = new Set(['plan', 'programs', 'program', 'why', 'steps', 'csv', 'chart']);

/** With no specialty stored and "which first?" open, records the options in the order named and says so (pushed as a
 *  reply when replies are given, else returned as a line for the facts' reply). */
function settleOpenOrder(s: ConversationState, replies?: Reply[]): string | undefined {
  const order = s.profile.specialty ? undefined : openOrder(s.clarifying);
  if (!order) return undefined;
  record(s, 'specialty', order);
  delete s.clarifying;
  const text = MESSAGES.orderAssumed(SPECIALTY_NAMES[order.primary], SPECIALTY_NAMES[order.backup]);
  replies?.push({ type: 'text', text });
  return text;
}

/** The confirmation of what was taken: one line, or a list when several fields changed; corrections name the old value. */
function confirmation(updates: Update[]): string {
  if (updates.length === 1) {
    const [u] = updates as [Update];
    return u.old === undefined ? MESSAGES.got(FIELD_LABELS[u.field], said(u.field, u.value)) : MESSAGES.updatedFrom(FIELD_LABELS[u.field], said(u.field, u.value), said(u.field, u.old));
  }
  const lines = updates.map((u) => `- ${FIELD_LABELS[u.field]}: ${said(u.field, u.value)}${u.old === undefined ? '' : ` (was ${said(u.field, u.old)})`}`);
  return `${MESSAGES.pickedUp}\n${lines.join('\n')}`;
}

// The languages read besides English, named when a message in one of them gave nothing readable.
const LANGUAGE_NAMES = { es: 'Spanish', pt: 'Portuguese', hi: 'Hindi-Urdu' } as const;

/**
 * Carries out what a message said, in a fixed order: store every fact (set, correct), note what was left out and
 * why, answer the question if one was asked, then ask a clarifying question (at most two per field, then an
 * assumption) or what comes next.
 */
function applyFacts(out: StepResult, given: Command[], ctx: StepContext): StepResult {
  const s = out.state;
  const q = pending(s, ctx);
  const commands = refused(given, s.profile, ctx) ? given.filter((c) => c.type === 'ask') : given;
  const updates = commands.flatMap((c) => (c.type === 'set' || c.type === 'correct' ? [c.update] : []));
  const same = commands.flatMap((c) => (c.type === 'same' ? [c.field] : []));
  const clarify = commands.find((c) => c.type === 'clarify')?.clarifying;
  const otherPerson = commands.some((c) => c.type === 'leftOut' && c.reason === 'otherPerson');
  const question = commands.find((c) => c.type === 'ask')?.question;
  const unread = commands.find((c) => c.type === 'notUnderstood')?.text;
  const unreadIn = commands.find((c) => c.type === 'notUnderstood')?.language;
  const wasComplete = s.planShown ? s.profile : undefined;
  const wasReadBack = awaitingReadBack(s, ctx);
  const asked = s.clarifying;
  for (const up of updates) record(s, up.field, up.value);
  if (updates.length && answeredOffScreen(asked?.field ?? q?.id, updates.map((u) => u.field))) s.offScreen = true;
  else if (updates.length) delete s.offScreen;
  const texts: string[] = [];
  if (updates.length) texts.push(confirmation(updates));
  if (commands.some((c) => c.type === 'note' && c.text === 'noPreference') && s.profile.specialty?.backup) {
    texts.push(MESSAGES.noPreference(SPECIALTY_NAMES[s.profile.specialty.primary], SPECIALTY_NAMES[s.profile.specialty.backup]));
  }
  else if (commands.some((c) => c.type === 'note' && c.text === 'orderTaken') && s.profile.specialty?.backup) {
    texts.push(MESSAGES.orderTaken(SPECIALTY_NAMES[s.profile.specialty.primary], SPECIALTY_NAMES[s.profile.specialty.backup]));
  }
  else if (same.length) texts.push(...same.map((f) => MESSAGES.alreadyNoted(FIELD_LABELS[f], said(f, s.profile[f]))));
  if (otherPerson) texts.push(MESSAGES.otherPerson);
  const workNote = commands.some((c) => c.type === 'note' && c.text === 'workNotUsce');
  if (workNote) texts.push(MESSAGES.workNotUsce);
  const keptYear = commands.find((c) => c.type === 'note' && c.text.startsWith('gradYearKept:'));
  if (keptYear?.type === 'note' && s.profile.graduationYear) texts.push(MESSAGES.gradYearKept(s.profile.graduationYear, keptYear.text.slice('gradYearKept:'.length)));
  if (asked && (updates.some((x) => x.field === asked.field) || same.includes(asked.field))) delete s.clarifying;
  if (clarify) {
    if (askAgainOrAssume(s, clarify, texts)) s.clarifying = clarify;
  } else if (asked && s.clarifying === asked && updates.length && openOrder(asked)) {
    // "which first?" passed over while other answers come: asked once more, then the order named is assumed and said
    if ((s.clarified.specialty ?? 0) < MAX_CLARIFY) s.clarified = { ...s.clarified, specialty: (s.clarified.specialty ?? 0) + 1 };
    else { const said = settleOpenOrder(s); if (said) texts.push(said); }
  } else if (asked && s.clarifying === asked && updates.length && asked.field !== 'specialty') {
    // other fields answered while a clarification stays open: it is asked again once more, then dropped with its
    // stated assumption, so one question never follows every answer (the specialty stays: no plan without it)
    askAgainOrLeaveOpen(s, asked, texts);
  }
  const progressed = updates.length > 0 || same.length > 0 || clarify !== undefined;
  if (!progressed) {
    if (question !== undefined) return ask(out, question, ctx, !q && s.planShown);
    if (otherPerson) out.replies.push({ type: 'text', text: MESSAGES.otherPerson });
    if (wasReadBack) { out.replies.push({ type: 'text', text: MESSAGES.readBackWaiting }, readBackQuestion()); return out; }
    if (!q && !s.clarifying) return ask(out, unread, ctx, true);
    // work told that is not USCE ("3 years as a scribe") is an answer heard: said back, the question asked again
    if (workNote || keptYear) { out.replies.push({ type: 'text', text: texts.join('\n') }); return reAsk(out, ctx); }
    s.attempts += 1;
    const hint = s.clarifying ? MESSAGES.clarifyAgain : unreadIn ? MESSAGES.notUnderstoodIn(LANGUAGE_NAMES[unreadIn], q!.example) : MESSAGES.notUnderstood(q!.example);
    out.replies.push({ type: 'text', text: s.attempts >= WAY_OUT_AFTER ? `${hint} ${MESSAGES.offerWayOut}` : hint });
    return reAsk(out, ctx);
  }
  if (updates.length) s.attempts = 0;
  if (texts.length) out.replies.push({ type: 'text', text: texts.join('\n'), private: true });
  // the facts are stored first; the question is answered after them
  if (question !== undefined) answer(out, question, ctx);
  if (s.clarifying) { out.replies.push(clarifyReply(s.clarifying)); return out; }
  if (wasReadBack && !pending(s, ctx)) {
    // a fix at the read-back shows what changed and asks again, so a wrong fix never builds the plan
    if (updates.length) out.replies.push({ type: 'text', text: MESSAGES.readBackChanged });
    out.replies.push(readBackQuestion());
    return out;
  }
  // only a change is compared with the plan before it: facts said again ("already noted") leave the plan as it was
  return afterUpdate(out, updates.length ? wasComplete : undefined, ctx);
}

/** True when the message tells facts and asks something dishonest that the guides refuse ("can I pay for a LOR? someone
 * offered 4 weeks of 'rotation'"): what such a message tells is part of the ask, so nothing of it is stored. */
function refused(commands: Command[], profile: Profile, ctx: StepContext): boolean {
  const question = commands.find((c) => c.type === 'ask')?.question;
  if (question === undefined || !commands.some((c) => c.type === 'set' || c.type === 'correct' || c.type === 'clarify')) return false;
  const result = ctx.advice.ask(question, { profile, now: ctx.now });
  return result.found && result.kind === 'refusal' && result.dishonest === true;
}

/** After answers changed: a finished interview hears how its plan changed (the whole plan on "plan"), else the next question. */
function afterUpdate(out: StepResult, before: Profile | undefined, ctx: StepContext): StepResult {
  if (before && !pending(out.state, ctx)) {
    if (!before.specialty || !out.state.profile.specialty) { out.replies.push(planReply(out.state.profile, ctx)); return out; }
    const lines = differenceLines(ctx.advice.plan(before, ctx.now), ctx.advice.plan(out.state.profile, ctx.now), MESSAGES.planSame);
    out.replies.push({ type: 'text', private: true, text: [MESSAGES.planChanged, ...lines, MESSAGES.planAgain].join('\n') });
    return out;
  }
  return askPending(out, ctx);
}

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

/** Counts one more asking of `c` and returns true; past the limit drops it with its stated assumption and returns false. */
function askAgainOrAssume(s: ConversationState, c: Clarifying, texts: string[]): boolean {
  const count = s.clarified[c.field] ?? 0;
  if (count < MAX_CLARIFY) {
    s.clarified = { ...s.clarified, [c.field]: count + 1 };
    return true;
  }
  delete s.clarifying;
  // a value already saved stays: an assumption only fills a gap, never overwrites what the person said before
  if (s.profile[c.field] !== undefined) return false;
  const assumed = assumption(c);
  if (assumed.value !== undefined) record(s, c.field, assumed.value);
  // the specialty is never skipped this way: without it there is no plan, so its question comes back in its turn
  else if (!s.skipped.includes(c.field) && c.field !== 'specialty') s.skipped = [...s.skipped, c.field];
  texts.push(assumed.text);
  return false;
}

/** A clarification passed over while other answers came: asked once more, then dropped and its field left open (skipped),
 * never filled by an assumption, since silence is no answer. */
function askAgainOrLeaveOpen(s: ConversationState, c: Clarifying, texts: string[]): void {
  const count = s.clarified[c.field] ?? 0;
  if (count < MAX_CLARIFY) {
    s.clarified = { ...s.clarified, [c.field]: count + 1 };
    return;
  }
  delete s.clarifying;
  if (s.profile[c.field] !== undefined) return;
  if (!s.skipped.includes(c.field)) s.skipped = [...s.skipped, c.field];
  const assumed = assumption(c);
  texts.push(assumed.value === undefined ? assumed.text : MESSAGES.leftOpenAfterAsking(FIELD_LABELS[c.field]));
}
