// A message that carries two things, one a rule refuses and an honest question beside it ("write my PS for me? also how
// many programs for IM", "I want to buy a LOR. is an observership worth it?"): the refusable part is declined by
// name and the other question is answered after it. The question must stand on its own words (no pointer back at the
// refused part: "is that risky?" asks about it), name something of training, and be refused by no rule alone; the rest
// of the message without it must still be refused, else the refusal came from the two together and stays whole.
import type { AskResult } from '../domain/advice.js';
import type { Answerer } from './answerer.js';
import { aimsAbroad, carriesRefusedAsk, refusedIntent } from './intent.js';
import { plansMisstatement } from './misstatement.js';
import { isQuestionSentence, questionShape } from './question-shape.js';
import { namesTraining, refusalClass, route } from './route.js';
import { outOfScopeTopic, refusalText, type OutOfScopeTopic } from './scope.js';

/** Words that open a second, separate question ("anyway", "separately", "also", "btw"). */
const OPENER = /^\s*(?:(?:and|also|plus|anyway|anyways|separately|btw|by the way|ps|p\.s\.|on another note|other question|another question|different question|unrelated|oh and|ok|okay|so|but)\b[,:.!\s-]*)+/i;

/** A question that points back at the part refused ("is that risky?", "how do I do it?", "should I do this?"). */
const POINTS_BACK = /\b(?:that|those|them|such|do so|doing so)\b|\bthis\b(?!\s+(?:cycle|year|season|match|month|week|time|round|spring|fall|summer|winter)\b)|\bthese\b(?!\s+days\b)|(?<!\bworth\s)\bit\b/i;

/** A sentence that asks for something (a question, or "I want ...", "can you ...", "help me ..."): the refused part
 *  asked for it, so the reply is a refusal; a refused part that only tells a story ("green card interview next month,
 *  no EAD yet") leaves the honest question the message's ask, and the reply is its answer with the story's limit named. */
const ASKS = /\?|^\s*(?:can|could|would|will|should|do|does|is|are|what|whats|which|how|where|who|why)\b|\b(?:i (?:want|need|would like|'?d like)|can (?:you|u)|could (?:you|u)|help me|give me|tell me|show me|please|pls|plz)\b/i;

/** The longest reply: one chat message. */
const MAX_CHARS = 2000;

/** The refusal topic each refusal class of the classifier is declined with (as answer.ts declines it). */
const CLASS_TOPIC: Readonly<Record<string, string>> = {
  unethical: 'unethical', other_country: 'other-countries', personal_medical: 'personal-medical', personal_legal: 'legal-and-personal', off_topic: 'off-topic',
};

/** The refusal topics a part of a message gets from any rule on its own words (none: nothing refuses it). */
function refusalIds(a: Answerer, part: string): string[] {
  const r = route(a.router, part);
  const cls = refusalClass(r, part, a.router);
  return [outOfScopeTopic(part, a.scope)?.id, plansMisstatement(part) ? 'unethical' : undefined, refusedIntent(part, a.scope)?.topic.id, cls ? CLASS_TOPIC[cls] : undefined]
    .filter((x): x is string => !!x);
}

/** The refusal topic the classifier leans to for a part, however weakly ("should I take aspirin and go to my shift?"
 *  leans to personal medical though no rule refuses it): a question leaning to the refused topic is not apart from it. */
function leansTo(a: Answerer, part: string): string | undefined {
  return CLASS_TOPIC[route(a.router, part).cls];
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
  const honest = questionsOf(message).filter((q) => q.length < message.length && namesTraining(q) && !POINTS_BACK.test(q) && !aimsAbroad(q) && !carriesRefusedAsk(q, message) && !refusalIds(a, q).length && leansTo(a, q) !== topic.id);
  if (!honest.length) return undefined;
  let rest = message;
  for (const q of honest) rest = rest.replace(q, ' ');
  // the rest must be refused for the same topic: a worry told beside a housing question is not a medical question
  if (!refusalIds(a, rest).includes(topic.id)) return undefined;
  const asked = honest.join(' ');
  const refusedAsk = refused.dishonest || rest.split(/(?<=[?!.])\s+|\s*\n\s*/).some((x) => ASKS.test(x.replace(OPENER, '')));
  // a story beside the question is its context for the passages (routing still reads the question alone)
  const story = rest.replace(/\s+/g, ' ').trim();
  const other = answer(refusedAsk || !story ? asked : `${asked}\n(earlier: ${story.slice(0, 300)})`);
  if (!other.found || other.kind === 'refusal') return undefined;
  const decline = refusalText(topic);
  const head = `Your other question ("${asked.replace(/[?.!\s]+$/, '')}"): `;
  // the decline, then the answer; the "where to look" line goes first when the two do not fit one message
  const full = [`${decline}\n\n${head}${other.answer}`, `${decline.split('\n')[0]}\n\n${head}${other.answer}`].find((t) => t.length <= MAX_CHARS);
  if (!full) return undefined;
  return { ...refused, ...(refusedAsk ? {} : { kind: other.kind ?? 'articles', articleId: other.articleId, title: other.title, source: other.source }), answer: full, sources: other.sources ?? [], ...(other.private ? { private: true } : {}), ...(other.more ? { more: other.more } : {}), ...(other.needs ? { needs: other.needs } : {}) };
}
