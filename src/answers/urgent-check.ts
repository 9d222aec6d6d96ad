// The self-harm check: the engine asks it before anything else (Advice.urgent) and the answer path asks it again for
// the text it answers. It holds no memory between the two: one check costs about 0.3 ms (measured over the 303
// messages of dev-16), far less than remembering the last message per answerer was worth.
import type { Answerer } from './answerer.js';
import { urgentIntent } from './intent.js';
import { type OutOfScopeTopic } from './scope.js';
import { inEnglish } from './translate.js';
import { numbersAsDigits } from './number-words.js';

/** The caring topic a message hints at (self-harm), in the words typed or as translated; undefined otherwise. */
export function urgentTopic(a: Answerer, message: string): OutOfScopeTopic | undefined {
  return urgentIntent(`${message}\n${inEnglish(numbersAsDigits(message.trim())).words}`, a.scope)?.topic as OutOfScopeTopic | undefined;
}
