// Carrying out the facts a message told (set, correct, same, clarify, notes) and what follows them: the confirmation,
// the question answered after the facts, a clarifying question, the read-back, or how a finished plan changed.
import type { Profile, ProfileField } from '../domain/profile.js';
import { SPECIALTY_NAMES } from '../domain/specialty-names.js';
import { askAgainOrAssume, askAgainOrLeaveOpen, MAX_CLARIFY } from './clarify-again.js';
import { differenceLines } from './compare-plans.js';
import { describeField, FIELD_LABELS } from './describe-profile.js';
import type { Command } from './interpret.js';
import { MESSAGES } from './messages.js';
import { openOrder } from './or-order.js';
import { record, settleOpenOrder } from './record-answer.js';
import { answeredOffScreen } from './screen-sync.js';
import { answer, ask, askPending, awaitingReadBack, clarifyReply, pending, planReply, reAsk, readBackQuestion, WAY_OUT_AFTER, type StepContext, type StepResult } from './turn.js';
import type { Update } from './understand/understand.js';

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

// The languages read besides English, named when a message in one of them gave nothing readable.
const LANGUAGE_NAMES = { es: 'Spanish', pt: 'Portuguese', hi: 'Hindi-Urdu' } as const;

/**
 * Carries out what a message said, in a fixed order: store every fact (set, correct), note what was left out and
 * why, answer the question if one was asked, then ask a clarifying question (at most two per field, then an
 * assumption) or what comes next.
 */
export function applyFacts(out: StepResult, given: Command[], ctx: StepContext): StepResult {
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
    // a question asked after the plan that the guides cannot answer is told so, with the nearest topics, never met with "plan ready"
    if (question !== undefined) return ask(out, question, ctx, !q && s.planShown && !/\?/.test(question));
    if (otherPerson) out.replies.push({ type: 'text', text: MESSAGES.otherPerson });
    if (wasReadBack) { out.replies.push({ type: 'text', text: MESSAGES.readBackWaiting }, readBackQuestion()); return out; }
    // (with the interview declined, words that answer nothing are tried as a question: the user came to ask)
    if ((!q || s.questionsOnly) && !s.clarifying) return ask(out, unread, ctx, !q);
    // work told that is not USCE ("3 years as a scribe") is an answer heard: said back, the question asked again
    if (workNote || keptYear) { out.replies.push({ type: 'text', text: texts.join('\n') }); return reAsk(out, ctx); }
    s.attempts += 1;
    const hint = s.clarifying ? MESSAGES.clarifyAgain : unreadIn ? MESSAGES.notUnderstoodIn(LANGUAGE_NAMES[unreadIn], q!.example) : MESSAGES.notUnderstood(q!.example);
    out.replies.push({ type: 'text', text: s.attempts >= WAY_OUT_AFTER ? `${hint} ${MESSAGES.offerWayOut}` : hint });
    return reAsk(out, ctx);
  }
  if (updates.length) s.attempts = 0;
  // the interview declined ("no interview pls") resumes once its own question is answered
  if (q && updates.some((u) => u.field === q.id)) delete s.questionsOnly;
  if (texts.length) out.replies.push({ type: 'text', text: texts.join('\n'), private: true });
  // the facts are stored first; the question is answered after them
  if (question !== undefined) answer(out, question, ctx);
  if (s.clarifying) { out.replies.push(clarifyReply(s.clarifying)); return out; }
  if (s.questionsOnly && question !== undefined && !wasComplete) return out;
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
