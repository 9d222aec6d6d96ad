// The self-harm check, run once per message: the engine asks it before anything else (Advice.urgent) and the
// answer path asks again for the same text, which then reads the remembered verdict instead of a second scan.
import type { Answerer } from './answerer.js';
import { urgentIntent } from './intent.js';
import { type OutOfScopeTopic } from './scope.js';
import { inEnglish } from './translate.js';
import { numbersAsDigits } from './number-words.js';

/** The last message checked per answerer and its verdict (a turn is synchronous: the engine's check and the
 *  answer's are the same message, one after the other). */
const LAST = new WeakMap<Answerer, { message: string; topic: OutOfScopeTopic | undefined }>();

/** The caring topic a message hints at (self-harm), in the words typed or as translated; undefined otherwise. */
export function urgentTopic(a: Answerer, message: string): OutOfScopeTopic | undefined {
  const last = LAST.get(a);
  if (last && last.message === message) return last.topic;
  const topic = urgentIntent(`${message}\n${inEnglish(numbersAsDigits(message.trim())).words}`, a.scope)?.topic as OutOfScopeTopic | undefined;
  LAST.set(a, { message, topic });
  return topic;
}
