// A topic the guides do not cover, named only in the background of a message ("my husband works in LA", "my dad pays
// from his pension"), and whether a question leans on it: a question about a person just named ("can she work?") or
// pointing back at that sentence with no subject of its own the guides answer ("is that allowed?") asks about the
// topic; "is my graduation year a problem?" or "does that count as a tie to LA?" names its own subject.
import type { AnswerIndex } from './passage-index.js';
import { answers, cover } from './cover.js';
import type { SubQuestion } from './question-shape.js';
import { outOfScopeTopic, type OutOfScopeTopic } from './scope.js';

/** A question about a person named before it. */
const ABOUT_PERSON = /\b(?:he|she|they|him|her|them|his|hers|their)\b/i;

/** Whether the uncovered topic of the whole message is named in its context sentences and in no question of it. */
export function inBackground(topic: OutOfScopeTopic | undefined, shape: { questions: readonly SubQuestion[]; context: readonly string[] }, scope: readonly OutOfScopeTopic[]): boolean {
  return !!topic && shape.questions.length > 0 && outOfScopeTopic(shape.context.join('\n'), scope) === topic
    && !shape.questions.some((q) => outOfScopeTopic(q.text, scope));
}

/** Whether a question leans on the background topic (`pointsBack`: the caller's reading of a short or pronoun follow-up);
 *  `strong` is the coverage at which the question's own words are answered on their own. */
export function leansOnBackground(index: AnswerIndex, scope: readonly OutOfScopeTopic[], q: SubQuestion, text: string, pointsBack: boolean, strong: number): boolean {
  if (!pointsBack && !ABOUT_PERSON.test(q.text)) return false;
  // what a pointer stands for is in the sentence just before the question ("my tita saves me rent, that's why LA. people
  // say add the IE too. is that stupid?" points at the list, not the rent)
  const at = text.indexOf(q.text);
  const before = at > 0 ? text.slice(0, at).split(/(?<=[.!?])\s+|\n+/).map((x) => x.trim()).filter(Boolean) : [];
  if (at > 0 && !outOfScopeTopic(before[before.length - 1] ?? '', scope)) return false;
  if (ABOUT_PERSON.test(q.text)) return true;
  const own = cover(index, q);
  return !(answers(own) && own.coverage >= strong);
}
