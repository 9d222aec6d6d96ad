// The question on screen and the one the user is answering. A bare "yes" or "no" answers the question shown only while
// the user answers what is shown: after a message that answered some other question (facts told from the user's own
// list while the screen asked something else), the bot names the question it now asks before a bare yes or no counts.
// And one question is never shown a third time in a row without saying what is still missing, with its choices listed.
import type { Reply } from '../domain/io.js';
import type { ProfileField } from '../domain/profile.js';
import { MESSAGES, messageKeyOf } from './messages.js';
import type { ConversationState } from './state.js';

// yes- and no-words people type alone, in English, Spanish, Portuguese and romanised Hindi-Urdu (accents dropped)
const YES_NO_WORD = /^(?:yes|yeah|yea|yep|yup|ya|y|si|sim|claro|haan|han|ji|no|nope|nah|n|nao|nahi|nahin|nai|na)$/;

/** True when a message is only one to three yes- or no-words ("yes", "no", "si", "nahi ji"), naming nothing else. */
export function isBareYesNo(text: string): boolean {
  const words = text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/[\s,.!]+/).filter(Boolean);
  return words.length > 0 && words.length <= 3 && words.every((w) => YES_NO_WORD.test(w));
}

const NO_WORD = /^(?:no|nope|nah|n|nao|nahi|nahin|nai|na)$/;

/** True when a message is only no-words ("no", "nope", "nahi"): on an optional question it stores the reading that counts
 *  nothing in the applicant's favour (no research, Step 3 not taken, no couples match). */
export function isBareNo(text: string): boolean {
  const words = text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/[\s,.!]+/).filter(Boolean);
  return words.length > 0 && words.length <= 3 && words.every((w) => NO_WORD.test(w));
}

/** Whether the user's last message answered something other than the question on screen (kept in the state). */
export function answeredOffScreen(shown: ProfileField | undefined, stored: readonly ProfileField[]): boolean {
  return shown !== undefined && stored.length > 0 && !stored.includes(shown);
}

/** The text said before the question when a bare yes or no came after answers to other questions. */
export function nameTheQuestion(said: string): string {
  return MESSAGES.bareAnswerNamed(said.trim().replace(/[.!]+$/, ''));
}

/** How many times in a row the question now shown has been asked, counting this turn (kept in the state). */
export function countShown(state: ConversationState, replies: readonly Reply[]): void {
  const shown = lastQuestion(replies);
  if (!shown) return;
  state.shown = state.shown?.id === shown.id ? { id: shown.id, times: state.shown.times + 1 } : { id: shown.id, times: 1 };
}

/** On the third asking in a row, a line saying what is still missing and the choices as a list goes before the question;
 *  after that, one short line saying what is still open. */
export function explainRepeat(state: ConversationState, replies: Reply[], label: string | undefined): void {
  const shown = lastQuestion(replies);
  const times = state.shown?.times ?? 0;
  if (!shown || !label || times < 3) return;
  const why = !state.offScreen ? `I could not read an answer to it (${label}) in your last replies` : `your messages answered other questions, but not this one (${label})`;
  const choices = shown.choices.filter((c) => c.value !== 'skip').map((c) => `- ${c.label}`);
  const list = choices.length ? `\n${MESSAGES.pickOrSkip}\n${choices.join('\n')}` : ` ${MESSAGES.pickOrSkip.replace(/^You can pick one of these, /, 'You can ').replace(/:$/, '.')}`;
  // (after the third asking, a reply that already says what it could not read needs no second line)
  if (times > 3 && replies.some((r) => r.type === 'text' && EXPLAINS.has(messageKeyOf(r.text) ?? ''))) return;
  const text = times === 3 ? `${MESSAGES.askedThreeTimes(why)}${list}` : MESSAGES.stillOpen(label);
  replies.splice(replies.indexOf(shown), 0, { type: 'text', text });
}

// replies that already say why the question comes again
const EXPLAINS: ReadonlySet<string> = new Set(['notUnderstood', 'notUnderstoodIn', 'bareAnswerNamed', 'clarifyAgain']);

function lastQuestion(replies: readonly Reply[]): Extract<Reply, { type: 'question' }> | undefined {
  const last = [...replies].reverse().find((r) => r.type === 'question');
  return last?.type === 'question' ? last : undefined;
}
