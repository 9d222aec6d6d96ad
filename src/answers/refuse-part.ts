// A message that carries two things, one to refuse and an honest question beside it ("write my PS for me? also how
// many programs for IM", "I want to buy a LOR. is an observership worth it?"): the refusable part is declined by
// name and the other question is answered after it. The question must stand on its own words (no pointer back at the
// refused part: "is that risky?" asks about it), name something of training, and be refused by no rule alone; the rest
// of the message without it must still be refused, else the refusal came from the two together and stays whole.
import type { AskResult } from '../domain/advice.js';
import type { Answerer } from './answerer.js';
import { refusedIntent } from './intent.js';
import { plansMisstatement } from './misstatement.js';
import { isQuestionSentence, questionShape } from './question-shape.js';
import { namesTraining, refusalClass, route } from './route.js';
import { outOfScopeTopic, refusalText, type OutOfScopeTopic } from './scope.js';

/** Words that open a second, separate question ("anyway", "separately", "also", "btw"). */
const OPENER = /^\s*(?:(?:and|also|plus|anyway|anyways|separately|btw|by the way|ps|p\.s\.|on another note|other question|another question|different question|unrelated|oh and|ok|okay|so|but)\b[,:.!\s-]*)+/i;

/** A question that points back at the part refused ("is that risky?", "how do I do it?", "should I do this?"). */
const POINTS_BACK = /\b(?:that|those|them|such|do so|doing so)\b|\bthis\b(?!\s+(?:cycle|year|season|match|month|week|time|round|spring|fall|summer|winter)\b)|\bthese\b(?!\s+days\b)|(?<!\bworth\s)\bit\b/i;

/** The longest reply: one chat message. */
const MAX_CHARS = 2000;

/** Whether a part of a message is refused or uncovered by any rule on its own words. */
function partRefused(a: Answerer, part: string): boolean {
  return !!outOfScopeTopic(part, a.scope) || plansMisstatement(part) || !!refusedIntent(part, a.scope) || !!refusalClass(route(a.router, part), part, a.router);
}

/** The questions of a message, each cut from its opener ("anyway does step 3 help" reads "does step 3 help"). */
function questionsOf(message: string): string[] {
  const shape = questionShape(message);
  const sentences = message.split(/(?<=[?!.])\s+|\s*\n\s*/).filter((c) => isQuestionSentence(c.replace(OPENER, '')));
  const asked = [...new Set([...shape.questions.map((q) => q.text), ...shape.context, ...sentences])].filter((c) => isQuestionSentence(c.replace(OPENER, '')));
  return asked.map((q) => q.replace(OPENER, '').replace(/[,;\s]+(?:and|also|plus|or)\s*$/i, '').trim()).filter((q) => q.split(/\s+/).length >= 3);
}

/** The refusal of one part with the answer to the message's honest question after it, when the message has one;
 *  none when every part is refused, leans on the refused one, or the honest question finds no answer. */
export function refusePart(a: Answerer, message: string, topic: OutOfScopeTopic, refused: AskResult, answer: (question: string) => AskResult): AskResult | undefined {
  if (!refused.found) return undefined;
  const honest = questionsOf(message).filter((q) => q.length < message.length && namesTraining(q) && !POINTS_BACK.test(q) && !partRefused(a, q));
  if (!honest.length) return undefined;
  let rest = message;
  for (const q of honest) rest = rest.replace(q, ' ');
  if (!partRefused(a, rest)) return undefined;
  const asked = honest.join(' ');
  const other = answer(asked);
  if (!other.found || other.kind === 'refusal') return undefined;
  const decline = refusalText(topic);
  const head = `Your other question ("${asked.replace(/[?.!\s]+$/, '')}"): `;
  // the decline, then the answer; the "where to look" line goes first when the two do not fit one message
  const full = [`${decline}\n\n${head}${other.answer}`, `${decline.split('\n')[0]}\n\n${head}${other.answer}`].find((t) => t.length <= MAX_CHARS);
  if (!full) return undefined;
  return { ...refused, answer: full, sources: other.sources ?? [], ...(other.private ? { private: true } : {}), ...(other.more ? { more: other.more } : {}) };
}
