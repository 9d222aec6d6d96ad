// Topics the guides do not cover (knowledge/answers/out-of-scope.json), validated and compiled once at load:
// a question on one of them gets a plain "we do not know" and where such facts are found, never a paragraph.
import { z } from 'zod';
import { readKnowledgeJson } from '../knowledge/knowledge-files.js';
import { aimsAbroad, asksAssistant } from './intent.js';

const regex = z.string().min(1).refine((s) => { try { new RegExp(s, 'i'); return true; } catch { return false; } }, 'not a valid regular expression');

/** Validates knowledge/answers/out-of-scope.json. */
const scopeSchema = z.object({
  institutions: z.array(z.string().min(1)).min(1),
  topics: z.array(z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    patterns: z.array(regex).min(1),
    unless: z.array(regex).optional(),
    /** Refused first and alone, whatever else the message asks (unethical requests, other countries, personal matters). */
    alone: z.boolean().optional(),
    /** The opening line of the refusal, in place of "Our guides do not cover ...". */
    say: z.string().min(3).optional(),
    /** The refusal line is followed by what the guides say (hiding a fail: no, and here is how to explain it). */
    thenAnswer: z.boolean().optional(),
    /** The honest question whose answer follows (thenAnswer): "do programs see a fail?" for a request to hide one. */
    ask: z.string().min(3).optional(),
    what: z.string().min(3),
    where: z.string().min(3),
    /** A reading of intent the message must also hold (src/answers/intent.ts): another country's system as the aim,
     *  not only where the asker is from; the assistant asked to do the writing, not the asker polishing their own. */
    requires: z.enum(['aims-abroad', 'asks-assistant']).optional(),
  })).min(1),
});
export type ScopeFile = z.infer<typeof scopeSchema>;

/** One uncovered topic with its patterns compiled. */
export interface OutOfScopeTopic { id: string; patterns: RegExp[]; unless: RegExp[]; alone: boolean; thenAnswer: boolean; say?: string; ask?: string; what: string; where: string; requires?: 'aims-abroad' | 'asks-assistant' }

/** The readings of intent a topic can require. */
const REQUIRES: Record<NonNullable<OutOfScopeTopic['requires']>, (text: string) => boolean> = { 'aims-abroad': aimsAbroad, 'asks-assistant': asksAssistant };

/** Compiles the topics, expanding `{inst}` to the institution names; throws a zod error on a bad file. */
export function compileScope(file: unknown): OutOfScopeTopic[] {
  const parsed = scopeSchema.parse(file);
  const inst = `(?:${parsed.institutions.join('|')}|(?:this|that|my (?:top|dream|favou?rite|target|first[- ]choice)) program)`;
  const compile = (s: string) => new RegExp(s.replaceAll('{inst}', inst), 'i');
  const topics = parsed.topics.map((t) => ({
    id: t.id, patterns: t.patterns.map(compile), unless: (t.unless ?? []).map(compile), alone: t.alone ?? false, thenAnswer: t.thenAnswer ?? false,
    ...(t.say ? { say: t.say } : {}), ...(t.ask ? { ask: t.ask } : {}), what: t.what, where: t.where, ...(t.requires ? { requires: t.requires } : {}),
  }));
  // topics refused alone are checked first: "leaked questions for Step 3" is unethical before it is about exams
  return [...topics.filter((t) => t.alone), ...topics.filter((t) => !t.alone)];
}

/** The uncovered topics in the knowledge folder (KNOWLEDGE_DIR or the bundled one), compiled when this module loads. */
export const OUT_OF_SCOPE: readonly OutOfScopeTopic[] = compileScope(readKnowledgeJson('answers/out-of-scope.json'));

/** A clause that sets a thing aside (", not the visa stamping", "except the SEVIS part"): not what the question asks. */
const SET_ASIDE = /(?:[,;:\u2013\u2014]|\s-)\s*(?:but\s+)?(?:not|except(?:\s+for)?|excluding|other than|apart from|leaving aside|never mind)\s+(?:the |my |a |an |any |their |its |that )?[^,.;?!]{1,40}/gi;

/** A parenthetical aside that asks nothing ("(he drives Uber in Van Nuys)", "(my dad's pension)"): a side statement,
 *  not what the question asks. */
const ASIDE = /\((?![^()]*\?)[^()]{1,100}\)/g;

/** The topic of a question our guides do not cover, if any (a topic only set aside in the question, or named only in
 *  an aside in brackets, does not count, except for the topics refused first and alone, whose words are read whole). */
export function outOfScopeTopic(question: string, topics: readonly OutOfScopeTopic[] = OUT_OF_SCOPE): OutOfScopeTopic | undefined {
  const whole = question.replace(/[\u2018\u2019]/g, "'");
  const asked = whole.replace(SET_ASIDE, ' ').replace(ASIDE, ' ');
  return topics.find((t) => {
    const text = t.alone ? whole : asked;
    return t.patterns.some((re) => re.test(text)) && !t.unless.some((re) => re.test(text)) && (!t.requires || REQUIRES[t.requires](text));
  });
}

/** The uncovered topic one question of a message asks, unless the message's other sentences put it in the case the
 *  guides cover ("my cousin is on an H-1B. does he pay the fee when they extend him?" asks the H-1B fee, which they
 *  state): a topic's exceptions are read on the whole message; topics refused alone are read as outOfScopeTopic does. */
export function questionTopic(question: string, message: string, topics: readonly OutOfScopeTopic[] = OUT_OF_SCOPE): OutOfScopeTopic | undefined {
  const topic = outOfScopeTopic(question, topics);
  if (!topic || topic.alone || message === question) return topic;
  const whole = message.replace(/[\u2018\u2019]/g, "'").replace(SET_ASIDE, ' ');
  return topic.unless.some((re) => re.test(whole)) ? undefined : topic;
}

/** The topic of a message that is refused first and alone, if any. */
export function aloneTopic(message: string, topics: readonly OutOfScopeTopic[] = OUT_OF_SCOPE): OutOfScopeTopic | undefined {
  const topic = outOfScopeTopic(message, topics);
  return topic?.alone ? topic : undefined;
}

/** The refusal for an uncovered topic: what we do not know, and where it is found (marked as general knowledge). */
export function refusalText(topic: OutOfScopeTopic): string {
  return [
    topic.say ? `${topic.say}.` : `Our guides do not cover ${topic.what}, so I will not guess.`,
    `Where to look (general knowledge, not from our guides): ${topic.where}.`,
  ].join('\n');
}
