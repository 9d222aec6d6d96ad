// An interview question passed over: the user's message told other new facts, asked a question of its own, asked for the
// plan or its details, or was a bare yes or no that cannot answer it. An optional question (one the plan can do without: not `core` in the flow)
// passed over twice in a row stops the optional part of the interview: it and every optional question still open are set
// aside together, the core questions still missing are asked, and then the read-back comes, listing what was never told.
// A user who writes one long post and then asks their own questions so reaches the read-back, and the "yes" they type
// next confirms it.
import type { Reply } from '../domain/io.js';
import type { ProfileField } from '../domain/profile.js';
import { FIELD_LABELS } from './describe-profile.js';
import { applies, type Flow } from './flow.js';
import type { Command } from './interpret.js';
import { MESSAGES } from './messages.js';
import type { ConversationState } from './state.js';

/** How one message stands to the question on screen: answered or tried, passed over by other facts, passed over by a
 *  question or command of the user's own, or none of these (help, back, skip...). */
export type Toward = 'answered' | 'passed' | 'asked' | 'other';

// commands that answer something of the user's own beside the interview (checking what is kept, "profile", "privacy",
// "export my data", is housekeeping, as a correction is: neither passes over the question)
const SIDE_COMMANDS: ReadonlySet<string> = new Set(['ask', 'plan', 'programs', 'program', 'steps', 'csv', 'chart', 'more']);

/** How a message's commands stand to the question shown (a field id, or undefined when none is shown). */
export function towardShown(commands: readonly Command[], shown: ProfileField | undefined): Toward {
  if (!shown) return 'other';
  const fieldOf = (c: Command): ProfileField | undefined => (c.type === 'set' || c.type === 'correct' ? c.update.field : c.type === 'same' ? c.field : c.type === 'clarify' ? c.clarifying.field : undefined);
  if (commands.some((c) => fieldOf(c) === shown || c.type === 'notUnderstood' || c.type === 'unclear' || c.type === 'deny')) return 'answered';
  if (commands.some((c) => c.type === 'ask' || c.type === 'whatIf' || c.type === 'whatIfNot' || c.type === 'partner' || (c.type === 'run' && (SIDE_COMMANDS.has(c.name) || (c.name === 'why' && c.arg))))) return 'asked';
  if (commands.some((c) => c.type === 'set' || c.type === 'same' || c.type === 'clarify' || c.type === 'leftOut' || c.type === 'note')) return 'passed';
  return 'other';
}

/** True when the question is one the plan can do without. */
function optional(flow: Flow, field: ProfileField): boolean {
  return flow.questions.some((q) => q.id === field && !q.core);
}

/**
 * Counts one message toward the question shown and, on the second pass-over in a row of an optional question, sets aside
 * every optional question still open (a clarification of one of them too). Returns the labels set aside, if any.
 */
export function notePassOver(s: ConversationState, shown: ProfileField | undefined, toward: Toward, flow: Flow): string[] {
  if (!shown || toward === 'other') return [];
  if (toward === 'answered') { delete s.passedOver; return []; }
  const times = s.passedOver?.id === shown ? s.passedOver.times + 1 : 1;
  s.passedOver = { id: shown, times };
  if (times < 2 || !optional(flow, shown)) return [];
  delete s.passedOver;
  if (s.clarifying && optional(flow, s.clarifying.field)) delete s.clarifying;
  const open = flow.questions.filter((q) => !q.core && s.profile[q.id] === undefined && !s.skipped.includes(q.id));
  s.skipped = [...s.skipped, ...open.map((q) => q.id)];
  // (named are the ones that apply now: ties only with a California region, this cycle's news only once applying)
  return open.filter((q) => applies(q, s.profile)).map((q) => FIELD_LABELS[q.id]);
}

/** The labels set aside whose fields are still open once the turn's facts are stored ("certified" told in the same message
 *  is no longer open, and is not named among those that stay open). */
export function stillOpenAfter(labels: readonly string[], profile: ConversationState['profile']): string[] {
  const stored = new Set((Object.keys(FIELD_LABELS) as ProfileField[]).filter((f) => profile[f] !== undefined).map((f) => FIELD_LABELS[f]));
  return labels.filter((l) => !stored.has(l));
}

/** The line said when optional questions were set aside, placed before what is asked next. */
export function setAsideLine(labels: readonly string[]): string {
  return MESSAGES.setAside(labels.join(', '));
}

/** Puts a line just before what the turn asks next (the read-back summary or the question), else at the end. */
export function beforeAsked(replies: Reply[], text: string): void {
  let at = replies.map((r) => r.type).lastIndexOf('question');
  const summary = at > 0 ? replies[at - 1] : undefined;
  if (summary?.type === 'text' && summary.text.startsWith(MESSAGES.readBackHeader)) at -= 1;
  replies.splice(at < 0 ? replies.length : at, 0, { type: 'text', text });
}
