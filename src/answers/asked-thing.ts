// The thing a question asks for (a salary, a late start, a name that differs between records, the fee of something
// named), read from knowledge/answers/asked-things.json, and whether a chosen passage holds it: a passage near the
// topic that does not state the thing asked is not an answer, and the reply says so instead of showing it.
import { z } from 'zod';
import { readKnowledgeJson } from '../knowledge/knowledge-files.js';
import { askType } from './question-shape.js';
import { wordSource } from './words-pattern.js';

const classes = z.array(z.array(z.string().min(1)).min(1)).min(1);

/** Validates knowledge/answers/asked-things.json. */
const thingsSchema = z.object({
  things: z.array(z.object({
    id: z.string().regex(/^[a-z0-9-]+$/), asked: classes, held: classes, what: z.string().min(3), where: z.string().min(3),
    /** The rule the guides do hold beside the thing ("you must be able to start on July 1"), with the guide it is from. */
    known: z.object({ text: z.string().min(10), article: z.string().min(1) }).optional(),
  })).min(1),
});

/** One compiled thing: what the question must say, what one passage sentence must hold, and the refusal's words. */
export interface AskedThing { id: string; asked: RegExp[]; held: (RegExp | '$money' | '$object')[]; what: string; where: string; known?: { text: string; article: string } }

function pattern(words: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(wordSource).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

/** Compiles the file; throws a zod error on a bad one. */
export function compileThings(file: unknown): AskedThing[] {
  return thingsSchema.parse(file).things.map((t) => ({
    id: t.id, what: t.what, where: t.where, asked: t.asked.map(pattern), ...(t.known ? { known: t.known } : {}),
    held: t.held.map((ws) => (ws.length === 1 && (ws[0] === '$money' || ws[0] === '$object') ? ws[0] : pattern(ws))),
  }));
}

/** The shipped things, compiled when this module loads. */
const ASKED_THINGS: readonly AskedThing[] = compileThings(readKnowledgeJson('answers/asked-things.json'));

/** A sum of money as the guides write one ("$75", "US$ 1,000", "200 dollars"). */
const MONEY = /\$\s?\d|\b\d[\d,]*\s?(?:dollars|usd)\b/i;

/** Words that say nothing about whose fee it is (whose, a filler, or a verb before it: "heard they put a fee on ..."). */
const NOT_AN_OBJECT = /^(?:the|a|an|my|your|our|their|his|her|this|that|these|those|it|its|just|only|put|puts|heard|hear|added|imposed|introduced|announced|raised|there|any|whole|total|overall|each|every|per|one|current|new|old|year|years|yearly|annual|month|now|today|\d{4}|fee|fees|cost|costs|price|charge|charges|much|how|what|whats|is|are|does|do|will|would|for|of|to|in|on|and|or|me|i|us|usual|typical|average|approx|exact|real|actual|register|registration|sign|up|signing|take|taking|apply|applying|pay|paying|thing|stuff|cheap|cheaper|big|bigger|huge|small|high|low|extra|additional|same|full|rough|roughly|really|exact|exactly|just|new|latest|famous|scary|program|programs|application|applications|apps|specialty|specialties)$/i;

/** One spelling for a named thing: "H-1B", "h1b" and "H1B" are the same visa, "Step 3" and "step3" the same exam. */
const norm = (text: string) => text.toLowerCase().replace(/\bstep\s?([123])\b/g, 'step$1').replace(/\b([a-z])-(\d)/g, '$1$2').replace(/(\d)-([a-z])\b/g, '$1$2');

/** The words the asked fee is of ("Step 3" of "the Step 3 fee", "ECFMG" of "what does ECFMG charge"), when named. */
export function feeObject(question: string): string[] {
  const q = norm(question).replace(/[?!.,;:()]/g, ' ');
  const spans = [
    ...q.matchAll(/((?:[\w-]+\s+){1,2})(?:fees?|costs?|price|charges?)\b/gi),
    ...q.matchAll(/\b(?:fees?|costs?|price|charges?)\s+(?:for|of|to|on)\s+((?:[\w-]+\s+){1,3})/gi),
    ...q.matchAll(/\bhow much (?:does|do|is|will|would)\s+((?:[\w-]+\s+){1,3}?)(?:cost|charge|run)\b/gi),
    ...q.matchAll(/\b(?:does|do|will|would)\s+([\w-]+)\s+charge\b/gi),
  ].map((m) => m[1] ?? '');
  // a sum the asker names ("the 100k fee") is the fee itself, not whose it is
  const words = spans.flatMap((s) => s.split(/\s+/)).filter((w) => w.length >= 2 && !NOT_AN_OBJECT.test(w) && !/^\$?\d[\d,.]*k?$/.test(w));
  return [...new Set(words)];
}

const stemOf = (w: string) => w.toLowerCase().replace(/(?:ies|es|s)$/, '').slice(0, 6);

function holdsObject(sentence: string, object: readonly string[]): boolean {
  const words = new Set(norm(sentence).split(/[^\p{L}\p{N}-]+/u).map(stemOf));
  return object.some((w) => words.has(stemOf(w)));
}

/** The thing a question asks for, if it is one of the file's (first match wins; a fee only when a sum is asked and
 *  what it is the fee of is named). */
export function askedThing(question: string, things: readonly AskedThing[] = ASKED_THINGS): AskedThing | undefined {
  // the fee of a thing is asked only by a question that wants a sum ("should I drop programs to save on fees?" does not)
  // ... and a sum the asker states ("they charged me $1,800 ... was that money wasted?") is told, not asked
  const sumTold = MONEY.test(question) && !/\bhow much\b/i.test(question);
  return things.find((t) => t.asked.every((re) => re.test(question)) && (!t.held.includes('$object') || (askType(question) === 'amount' && !sumTold && feeObject(question).length > 0)));
}

/** The bodies and things whose fees the guides may state, named anywhere in a question ("ECFMG J-1 sponsorship — how
 *  much is their fee?", "a fee on h1b. how much?"): what a sum must stand beside to answer it. */
const FEE_HOLDERS = /\b(?:ecfmg|j1|h1b|nrmp|eras|ptl|step3|usmle|sevis|oet)\b/g;

/** The words a fee question's sum must stand beside: the fee's object, or the body or visa the question names. */
export function feeWords(question: string): string[] {
  // only a question about money has a fee ("how much does H-1B shrink my list?" asks no fee)
  if (!MONEY_WORDS.test(question)) return [];
  // the fee's own object when named ("ECFMG's fee for the certificate" is the certificate's), else the body or visa named
  const object = feeObject(question);
  return object.length ? object : [...new Set(norm(question).match(FEE_HOLDERS) ?? [])];
}

/** Words of money: a fee, a cost, a charge, a payment or a sum. */
const MONEY_WORDS = /\b(?:fees?|costs?|charges?|charged|charging|price|pay|paid|dollars?|usd)\b|\$/i;

/** True when one sentence of the passage states a sum beside one of these words (the fee asked, not another fee). */
export function statesFeeOf(words: readonly string[], passage: { sentences: readonly { text: string }[] }): boolean {
  return words.length > 0 && passage.sentences.some(({ text }) => MONEY.test(text) && holdsObject(text, words));
}

/** Whether one sentence of the passages' text holds the thing (for a fee: a sum and the fee's object together). */
function holdsThing(thing: AskedThing, question: string, passages: readonly { sentences: readonly { text: string }[] }[]): boolean {
  const object = thing.held.includes('$object') ? feeObject(question) : [];
  return passages.some((p) => p.sentences.some(({ text }) => thing.held.every((h) => (h === '$money' ? MONEY.test(text) : h === '$object' ? holdsObject(text, object) : h.test(text)))));
}

/** A question that points back ("how do I fix it?"): what it asks is named in the sentences around it. */
const POINTS_BACK = /\b(?:it|this|that|them|those|these)\b/i;

/** The thing a question asks that none of the chosen passages holds, if any; a question pointing back is read with
 *  its context ("my name differs from my passport. how do I fix it in ERAS?" asks about the name). */
export function missingThing(question: string, passages: readonly { sentences: readonly { text: string }[] }[], context = '', things: readonly AskedThing[] = ASKED_THINGS): AskedThing | undefined {
  const read = context.trim() && POINTS_BACK.test(question) ? `${context} ${question}` : question;
  const thing = askedThing(question, things) ?? (read !== question ? askedThing(read, things) : undefined);
  return thing && !holdsThing(thing, read, passages) ? thing : undefined;
}

/** The thing a question asks when the guides hold the rule beside it (a late start: training starts on July 1), for a
 *  question no passage comes near: said with that rule rather than left with the nearest topics. */
export function knownThing(question: string, things: readonly AskedThing[] = ASKED_THINGS): AskedThing | undefined {
  const thing = askedThing(question, things);
  return thing?.known ? thing : undefined;
}
