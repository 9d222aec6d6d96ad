// What a message asks to have done, read from separate features (knowledge/answers/intent.json) and combined: the act
// (buy, fake, hide, write in someone else's name), its object (a document, a record), whose case it is (a personal
// immigration matter), whether the assistant is asked to do an errand, and whether another country's system is the
// aim or only where the asker comes from. A new wording of an act joins its word class once and reaches every intent
// built on it; an honest question about the same thing lacks one of the parts.
import { z } from 'zod';
import { readKnowledgeJson } from '../knowledge/knowledge-files.js';
import { wordSource } from './words-pattern.js';

/** A refusal as src/answers/scope.ts shapes it (declared here so the two modules do not import each other). */
export interface IntentTopic { id: string; patterns: RegExp[]; unless: RegExp[]; alone: boolean; thenAnswer: boolean; say?: string; what: string; where: string }

const feature = z.array(z.string().min(1)).min(1);

/** Validates knowledge/answers/intent.json. */
const intentSchema = z.object({
  features: z.record(z.string().regex(/^[a-z_]+$/), feature),
  intents: z.array(z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The refusal it gets: a topic id of out-of-scope.json, or one of `replies`. */
    refuse: z.string().min(3),
    all: z.array(z.string().min(2)).min(1),
    near: z.number().int().positive().optional(),
    /** The other features come after the first ("can you ... translate", not "translated? can you"). */
    after: z.boolean().optional(),
    none: z.array(z.string().min(2)).optional(),
    /** Read before every other refusal and rule (a hint of self-harm is answered with care, whatever else is asked). */
    urgent: z.boolean().optional(),
    /** The features that carry the request itself: a question of the message holding one belongs to the refused ask. */
    asks: z.array(z.string().min(2)).optional(),
  })).min(1),
  replies: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), say: z.string().min(3), what: z.string().min(3), where: z.string().min(3) })).default([]),
});

/** One compiled intent: every feature of `all` present (close to the first when `near`), none of `none`. */
interface Intent { id: string; refuse: string; all: string[][]; near?: number; after: boolean; none: string[]; urgent: boolean; asks: string[] }

/** The compiled reader: a global pattern per feature, the intents and their own replies. */
export interface IntentReader { features: Map<string, RegExp>; intents: Intent[]; replies: IntentTopic[] }

function pattern(words: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(wordSource).join('|')})(?![\\p{L}\\p{N}])`, 'gimu');
}

/** Compiles the vocabulary; throws on a bad file or an intent naming a feature the file does not define. */
export function compileIntents(file: unknown): IntentReader {
  const f = intentSchema.parse(file);
  const features = new Map(Object.entries(f.features).map(([k, ws]) => [k, pattern(ws)]));
  const known = (name: string) => { if (!features.has(name)) throw new Error(`intent.json: unknown feature "${name}"`); return name; };
  const intents = f.intents.map((i) => ({
    id: i.id, refuse: i.refuse, all: i.all.map((x) => x.split('|').map(known)), ...(i.near ? { near: i.near } : {}), after: i.after ?? false, none: (i.none ?? []).map(known), urgent: i.urgent ?? false, asks: (i.asks ?? []).map(known),
  }));
  const replies = f.replies.map((r) => ({ id: r.id, patterns: [], unless: [], alone: true, thenAnswer: false, say: r.say, what: r.what, where: r.where }));
  return { features, intents, replies };
}

/** The shipped vocabulary, compiled when this module loads. */
const INTENTS: IntentReader = compileIntents(readKnowledgeJson('answers/intent.json'));

/** The text read: curly quotes straightened, accents kept (the word classes hold both spellings where they differ). */
const plain = (text: string) => text.replace(/[\u2018\u2019]/g, "'");

/** Where a feature's words occur in the text (start offsets). */
function spots(reader: IntentReader, name: string, text: string): number[] {
  const re = reader.features.get(name)!;
  re.lastIndex = 0;
  return [...text.matchAll(re)].map((m) => m.index ?? 0);
}

/** Whether a feature occurs in the text. */
function hasFeature(text: string, name: string, reader: IntentReader = INTENTS): boolean {
  return spots(reader, name, plain(text)).length > 0;
}

function holds(reader: IntentReader, intent: Intent, text: string): boolean {
  if (intent.none.some((n) => spots(reader, n, text).length)) return false;
  const found = intent.all.map((alts) => alts.flatMap((n) => spots(reader, n, text)));
  if (found.some((s) => !s.length)) return false;
  // a feature named twice ("observership" made to read as "externship") needs two different places
  const named = intent.all.map((alts) => alts.join('|'));
  if (named.some((n, i) => named.filter((m) => m === n).length > new Set(found[i]).size)) return false;
  if (!intent.near) return true;
  const near = intent.near;
  // some place of the first feature has each other feature within reach
  const close = (p: number, q: number) => (intent.after ? q >= p && q - p <= near : Math.abs(q - p) <= near);
  return found[0]!.some((p) => found.slice(1).every((s) => s.some((q) => close(p, q))));
}

/** The first intent a message holds and the refusal topic it gets (from `scope` or the file's own replies). */
export function refusedIntent<T extends IntentTopic>(message: string, scope: readonly T[], reader: IntentReader = INTENTS, urgentOnly = false): { id: string; topic: T | IntentTopic } | undefined {
  // an act the asker disavows ("not asking to fake anything") or a claim asked about ("real or fake news?") is no
  // request for it; an act asked for elsewhere in the same message still counts
  const disavowed = reader.features.get('disavowed_act');
  const text = disavowed ? plain(message).replace(disavowed, ' ') : plain(message);
  for (const intent of reader.intents) {
    if (urgentOnly && !intent.urgent) continue;
    if (!holds(reader, intent, text)) continue;
    const topic = reader.replies.find((r) => r.id === intent.refuse) ?? scope.find((t) => t.id === intent.refuse);
    if (topic) return { id: intent.id, topic };
  }
  return undefined;
}

/** Whether a question of the message carries the request of the intent that refuses the whole message ("should I
 *  drop to 50?" after a medicine named): then it is part of that request, not an honest question beside it. */
export function carriesRefusedAsk(part: string, message: string, reader: IntentReader = INTENTS): boolean {
  const text = plain(message);
  const intent = reader.intents.find((i) => holds(reader, i, text));
  return !!intent && intent.asks.some((f) => spots(reader, f, plain(part)).length > 0);
}

/** The urgent intent a message holds (a hint of self-harm), read before any other rule: its reply comes first and alone. */
export function urgentIntent<T extends IntentTopic>(message: string, scope: readonly T[], reader: IntentReader = INTENTS): { id: string; topic: T | IntentTopic } | undefined {
  return refusedIntent(message, scope, reader, true);
}

/** Whether the assistant itself is asked to do the task (not "should I polish my PS or submit?"). */
export function asksAssistant(message: string, reader: IntentReader = INTENTS): boolean {
  return spots(reader, 'assistant_agent', plain(message)).length > 0;
}

/** The honest readings of words the unethical asks share (an official transcript or letter slots bought, a document
 *  that only looks fake or that someone else forged, a truthful "no", how to explain a fail, whether a practice counts as cheating,
 *  a dishonest act disavowed or a claim asked about as "real or fake"): the word classifier's
 *  unethical call does not stand against one of them. */
const HONEST_READINGS = ['legit_purchase', 'fake_not_mine', 'truthful_no', 'explain', 'asks_if_cheating', 'honest_showing', 'unsure_own', 'disavowed_act'] as const;

/** Whether the message names the honest use of words an unethical ask would share (a score not remembered exactly
 *  is honest, unless the message plans to tell someone so: "say I don't remember the fail"). */
export function readsHonest(message: string, reader: IntentReader = INTENTS): boolean {
  const text = plain(message);
  // planning to tell someone so, or to state a figure one does not know ("can I say 230 when I don't remember exactly")
  const claimsForgetting = (['forget_claim', 'guess_state'] as const).some((f) => reader.features.has(f) && spots(reader, f, text).length > 0);
  return HONEST_READINGS.some((name) => reader.features.has(name) && !(name === 'unsure_own' && claimsForgetting) && spots(reader, name, text).length > 0);
}

/** The word classes of a dishonest act (fabricate, hide, buy, bribe, leak, sit for someone, relabel, claim the
 *  contrary ...) and the words of getting away with one ("nobody checks", "will they find out"). */
const DECEIT_FEATURES = ['deceit_word', 'obtain', 'unearned', 'fabricate', 'conceal', 'omit', 'impersonate', 'dress_up', 'alter', 'deceive_aim', 'leak', 'proxy', 'lie_answer', 'payoff', 'credit_taken', 'not_my_work', 'labelled_higher', 'only_did', 'contrary_truth', 'forget_claim', 'guess_state', 'borrowed', 'borrowed_address', 'false_residence', 'first_choice', 'copied_to_many', 'former_name'] as const;

/** Whether the message names a dishonest act or getting away with one: the word classifier's unethical call needs
 *  one ("should I call the coordinator every day so they remember me?" is etiquette, not dishonesty). */
export function namesDeceit(message: string, reader: IntentReader = INTENTS): boolean {
  const text = plain(message);
  return DECEIT_FEATURES.some((name) => reader.features.has(name) && spots(reader, name, text).length > 0);
}

/** The word classes of the asker's own health (a medicine, a symptom, pregnancy, words of illness or care). */
const HEALTH_FEATURES = ['health_word', 'medication', 'symptom', 'body_state', 'self_harm', 'low_mood'] as const;

/** Whether the message names anything of health: the word classifier's personal-medical call needs one ("which LA
 *  neighbourhoods are safe for a resident?" asks about safety, not the body). */
export function namesHealth(message: string, reader: IntentReader = INTENTS): boolean {
  const text = plain(message);
  return HEALTH_FEATURES.some((name) => reader.features.has(name) && spots(reader, name, text).length > 0);
}

/** Whether the message asks what an application discloses about the asker's health ("does ERAS ask whether I take
 *  medication?", "should I mention my diabetes in my PS?"): an application question, not a medical one. */
export function asksDisclosure(message: string, reader: IntentReader = INTENTS): boolean {
  return reader.features.has('disclosure_ask') && spots(reader, 'disclosure_ask', plain(message)).length > 0;
}

/** Whether another country's system is what the message is about: a named foreign exam or body, or a country named
 *  other than as where the asker is from, in a message that is not about US residency or that weighs the two. */
export function aimsAbroad(message: string, reader: IntentReader = INTENTS): boolean {
  const text = plain(message);
  const origin = reader.features.get('origin')!;
  // where the asker is from or what they already passed ("I passed PLAB 1") is history, not the aim
  const rest = text.replace(origin, ' ');
  if (spots(reader, 'foreign_system', rest).length) return true;
  // "practise in Dubai after US training", "residency in Canada with USMLE scores": the country is where they aim
  if (spots(reader, 'abroad_target', rest).length) return true;
  if (!spots(reader, 'country', rest).length) return false;
  return !spots(reader, 'us_anchor', text).length || spots(reader, 'compare', text).length > 0;
}
