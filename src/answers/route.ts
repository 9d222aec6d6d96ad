// Routes a question before any passage is ranked: a refusal class (unethical, another country, personal medical
// or legal, off topic), a question about the asker's own plan (and which kind), or a general question. A small
// TF-IDF nearest-neighbour classifier over example phrasings (knowledge/answers/routing-examples.json, plus the
// questions the articles' passages answer as more general examples), built once at load.
import { createRequire } from 'node:module';
import { z } from 'zod';
import { readKnowledgeJson } from '../knowledge/knowledge-files.js';
import { asksRanking, type PlanTopic } from './plan-questions.js';
import { aimsAbroad, asksDisclosure, namesDeceit, namesHealth, readsHonest } from './intent.js';
import { questionShape } from './question-shape.js';

const require = createRequire(import.meta.url);
const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };

const PLAN_TOPICS = ['sponsors', 'midseason', 'applications', 'cost', 'tier', 'step3', 'standing', 'list', 'ready'] as const;
const REFUSALS = ['unethical', 'other_country', 'personal_medical', 'personal_legal', 'off_topic'] as const;

/** Validates knowledge/answers/routing-examples.json: example phrasings per class, own-plan ones per plan topic. */
const routingSchema = z.object({
  refuse: z.object(Object.fromEntries(REFUSALS.map((k) => [k, z.array(z.string().min(3)).min(10)])) as Record<(typeof REFUSALS)[number], z.ZodArray<z.ZodString>>),
  ownPlan: z.object(Object.fromEntries(PLAN_TOPICS.map((k) => [k, z.array(z.string().min(3)).min(3)])) as Record<PlanTopic, z.ZodArray<z.ZodString>>),
  general: z.array(z.string().min(3)).min(20),
  /** Words and phrases that mean the same thing to the router ("recalled", "memorised", "leaked" questions): each
   *  adds one shared feature, so a phrasing in new words still lands near its class. `*` ends a word prefix. */
  concepts: z.record(z.string().regex(/^[a-z_]+$/), z.array(z.string().min(2)).min(1)).default({}),
});

/** Compiled concepts: a feature name and the pattern that adds it. */
type Concepts = readonly { name: string; re: RegExp }[];

function compileConcepts(concepts: Record<string, string[]>): Concepts {
  const alt = (w: string) => w.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*$/, '\\w*').replace(/ /g, '\\s+');
  return Object.entries(concepts).map(([name, ws]) => ({ name: `@${name}`, re: new RegExp(`(?<![a-z0-9])(?:${ws.map(alt).join('|')})(?![a-z0-9])`, 'gi') }));
}

/** Each concept once per distinct wording it matched (up to three): two symptom words say "health" more surely than one. */
function conceptFeatures(plain: string, concepts: Concepts): string[] {
  return concepts.flatMap((c) => {
    const hits = new Set([...plain.matchAll(c.re)].map((m) => m[0]));
    return Array.from({ length: Math.min(3, hits.size) }, () => c.name);
  });
}

/** What a question is, before retrieval. */
export type RouteClass = (typeof REFUSALS)[number] | 'own_plan' | 'general';

/** The class of a question, its plan topic when it is about the asker's own plan, and how sure the classifier is. */
export interface Route { cls: RouteClass; topic?: PlanTopic; score: number; margin: number }

interface Example { label: string; vec: Map<string, number>; norm: number }

/** The trained router: plain data, built once. */
export interface Router {
  idf: Map<string, number>; examples: Example[]; concepts: Concepts;
  /** Feature -> the examples holding it and its weight there: only examples sharing a feature are scored. */
  postings: Map<string, [number, number][]>;
}

/** A concept counts this many times a word: it stands for a family of wordings, not one. */
const CONCEPT_WEIGHT = 2;

/** Examples considered per class: a class scores the mean similarity of its closest few. */
const K = 3;

/** Stems already computed (the stemmer is the slow part of reading a phrasing; the vocabulary is small). */
const STEMS = new Map<string, string>();
const stem = (w: string) => { let s = STEMS.get(w); if (s === undefined) { s = porter.stem(w); if (STEMS.size < 50_000) STEMS.set(w, s); } return s; };

function words(text: string): string[] {
  return text.toLowerCase().replace(/[\u2018\u2019']/g, '').replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean)
    .map((w) => (/^\d+$/.test(w) ? (w.length === 3 ? '#ddd' : '#n') : stem(w)));
}

/** Stemmed words, adjacent pairs and the concepts named: the features a phrasing is compared on. */
function features(text: string, concepts: Concepts): string[] {
  const w = words(text);
  const plain = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  return [...w, ...w.slice(1).map((x, i) => `${w[i]}_${x}`), ...conceptFeatures(plain, concepts)];
}

function vectorOf(text: string, idf: Map<string, number>, concepts: Concepts): { vec: Map<string, number>; norm: number } {
  const vec = new Map<string, number>();
  for (const f of features(text, concepts)) { const w = idf.get(f); if (w) vec.set(f, (vec.get(f) ?? 0) + w * (f.startsWith('@') ? CONCEPT_WEIGHT : 1)); }
  let sq = 0;
  for (const v of vec.values()) sq += v * v;
  return { vec, norm: Math.sqrt(sq) };
}

/** Trains the router on labelled phrasings (label "general", a refusal class, or "own_plan:<topic>"). */
function trainRouter(labelled: readonly { label: string; text: string }[], conceptWords: Record<string, string[]> = {}): Router {
  const concepts = compileConcepts(conceptWords);
  const df = new Map<string, number>();
  for (const { text } of labelled) for (const f of new Set(features(text, concepts))) df.set(f, (df.get(f) ?? 0) + 1);
  const n = labelled.length;
  const idf = new Map([...df].map(([f, d]) => [f, Math.log((n + 1) / d)]));
  const examples = labelled.map(({ label, text }) => ({ label, ...vectorOf(text, idf, concepts) }));
  const postings = new Map<string, [number, number][]>();
  examples.forEach((e, i) => { for (const [f, w] of e.vec) { const list = postings.get(f) ?? []; list.push([i, w]); postings.set(f, list); } });
  return { idf, concepts, examples, postings };
}

/** The labelled phrasings of a routing file, with the articles' own questions as more general examples. */
export function routingExamples(file: unknown, articleQuestions: readonly string[] = []): { label: string; text: string }[] {
  const f = routingSchema.parse(file);
  return [
    ...Object.entries(f.refuse).flatMap(([label, xs]) => xs.map((text) => ({ label, text }))),
    ...Object.entries(f.ownPlan).flatMap(([topic, xs]) => xs.map((text) => ({ label: `own_plan:${topic}`, text }))),
    ...[...f.general, ...articleQuestions].map((text) => ({ label: 'general', text })),
  ];
}

/** The routing phrasings in the knowledge folder, validated when this module loads. */
export const ROUTING_FILE: unknown = readKnowledgeJson('answers/routing-examples.json');

/** Classifies one question: the class whose closest examples are most similar, its plan topic, and the margin. */
export function route(router: Router, text: string): Route {
  const { vec, norm } = vectorOf(text, router.idf, router.concepts);
  const best = new Map<string, number[]>();
  if (norm > 0) {
    const dots = new Map<number, number>();
    for (const [f, v] of vec) for (const [i, w] of router.postings.get(f) ?? []) dots.set(i, (dots.get(i) ?? 0) + v * w);
    for (const [i, dot] of dots) {
      const e = router.examples[i]!;
      const sim = dot / (norm * e.norm);
      const top = best.get(e.label) ?? [];
      if (top.length < K) { top.push(sim); top.sort((a, b) => b - a); } else if (sim > top[K - 1]!) { top[K - 1] = sim; top.sort((a, b) => b - a); }
      best.set(e.label, top);
    }
  }
  const byLabel = [...best].map(([label, s]) => ({ label, score: s.reduce((a, b) => a + b, 0) / K })).sort((a, b) => b.score - a.score);
  // the classes compete as wholes: own-plan topics are one class, the best topic names it
  const classOf = (label: string) => (label.startsWith('own_plan:') ? 'own_plan' : label);
  const top = byLabel[0];
  if (!top || top.score <= 0) return { cls: 'general', score: 0, margin: 0 };
  const other = byLabel.find((x) => classOf(x.label) !== classOf(top.label));
  const cls = classOf(top.label) as RouteClass;
  return {
    cls, score: top.score, margin: top.score - (other?.score ?? 0),
    ...(cls === 'own_plan' ? { topic: top.label.slice('own_plan:'.length) as PlanTopic } : {}),
  };
}

/** The router over the shipped phrasings and the given article questions (call once at load). */
export function createRouter(articleQuestions: readonly string[] = [], file: unknown = ROUTING_FILE): Router {
  return trainRouter(routingExamples(file, articleQuestions), routingSchema.parse(file).concepts);
}

/** How sure the classifier must be before it refuses on its own (no rule matched): a weak or close call stays general. */
const ROUTE_SETTINGS = { refuseScore: 0.2, refuseMargin: 0.05, ownPlanScore: 0.2, ownPlanMargin: 0.03, offTopicWeak: 0.12 };

/** Words that put a message inside medical training (beyond the residency words): an off-topic call needs none of them. */
const DOMAIN = /\b(residen\w*|match\w*|usmle|step ?[123]|ck|eras|nrmp|ecfmg|imgs?|visas?|j-?1|h-?1-?b|programs?|interviews?|specialty|medicine|medical|doctors?|physicians?|hospitals?|clinical|clinic|patients?|exams?|scores?|letters?|lors?|usce|observerships?|externships?|rotations?|attendings?|cv|personal statement|ps|application|apply|applying|rank\w*|ties?|connection|licen[cs]\w*|ptal|graduat\w*|grads?|yog|cut-?offs?|qbanks?|anki|amboss|research|publications?|fellowship|pgy\w*|intern|internship|categorical|preliminary|prelim|transitional|soap|oet|uworld|nbme|psych\w*|pediatric\w*|surgery|neurology|im|fm|peds|(?:my|the|rank|program|tier|your|our) list|tiers?|reach|target|safety|safeties|volunteer\w*|resume|gap|career|mentors?|studying|hobbies|commitment|coordinators?|director)\b/i;

/** A region as what the asker wants or chooses to train in ("why I want LA", "choosing SoCal"), or the parts of an
 *  application list ("a core list and an extended list"): this advisor's own subject, though no training word is said.
 *  A place named for anything else ("which beach in LA", "weather in San Diego") is not one. */
const PLACE_CHOICE = /\b(?:(?:want|wanting|wants|choose|choosing|chose|chosen|prefer|preferring|prefers|pick|picking|picked|target|targeting)\s+(?:to\s+(?:be|live|train|work|match)\s+)?(?:in\s+)?(?:la|los angeles|socal|so cal|southern california|cali|california|san diego|orange county|oc|inland empire|ie)|(?:core|extended|backup|safety|reach|short|long|final|application)\s+lists?)\b/i;

/** A part of the asker's own written application, whatever its subject ("I wrote a whole paragraph about the beaches",
 *  "I mentioned the weather as a reason to train there", "in my statement"): a question about it is this advisor's. */
const OWN_WRITING = /\b(?:i|i'?ve|ive|i have)\s+(?:\w+\s+)?(?:wrote|written|put|included|mentioned|added|talked about|used)\b[^.?!]{0,50}\b(?:paragraphs?|sections?|sentences?|lines?|opening|closing|intro|conclusion|as (?:a|my|the) reason to (?:train|match|apply|be|live|work))\b|\b(?:in|on) my (?:statement|essay)\b/i;

/** Whether a message holds any word of medical training or residency (a place such as LA is not one, unless it is
 *  what the asker wants to train in), or names a part of the asker's own written application. */
export function namesTraining(text: string): boolean {
  return DOMAIN.test(text) || PLACE_CHOICE.test(text) || OWN_WRITING.test(text);
}

/** Training words no errand shares (research work such as case reports or an RCT among them): "match", "program", "list", "im", "score" or "interview" also name a cricket
 *  match, a computer program, a to-do list, "I'm", a game's score or a job interview, so a message the classifier
 *  calls off topic outright is declined unless one of these is left outside its occasion phrases. */
const UNAMBIGUOUS = /\b((?:program|residency|resident|pre-?interview|interview) (?:dinners?|socials?|lunch|reception|mixer|happy hour|open house|meet and greet)|networking|cv|resume|hobbies|hobby section|leadership|residen\w*|interviews?|invites?|invitations?|ps|connection|ties?|programs|rank list|match day|usmle|step ?[123]|ck|eras|nrmp|ecfmg|imgs?|visas?|j-?1|h-?1-?b|specialty|medicine|medical|physicians?|clinical|usce|observerships?|externships?|attendings?|personal statement|lors?|letters? of rec\w*|licen[cs]\w*|ptal|graduat\w*|yog|fellowship|pgy\w*|soap|oet|uworld|nbme|psychiatry|pediatric\w*|surgery|neurology|peds|research|publications?|case reports?|case series|rcts?|randomi[sz]ed|clinical trials?|hospitalists?|co-?authors?\w*|pubmed|qi projects?|quality improvement)\b/i;

/** Places in the United States: a message naming one is not about another country's training. */
const US_PLACES = /\b(us|usa|u\.s\.|united states|america|american|california|ca|cali|la|los angeles|socal|southern california|orange county|oc|san diego|inland empire|chicago|midwest|alabama|alaska|arizona|arkansas|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|puerto rico|another state|other states?|out of state)\b/i;

/** A training word used only as the occasion of a request ("for my interview", "after interviews", "about the match"):
 *  "a hotel for my interview" or "a poem about the match" asks for something else, whatever the occasion. */
const OCCASION = /\b(for|after|before|during|about|around|between|near|on|of|to)\s+(?:(?:the|my|a|an|our|this|next|upcoming|all|these|those|residency|program|match|failing|passing|ucsd|ucla|usc|ucsf|uci|uc|[a-z]+'s)\s+){0,3}(interviews?|interview (?:day|trail|season|week)|match(?:es)?|match day|residency|residencies|residents?|rank list|rotations?|externships?|exams?|step ?[123]|ck|usmle|program directors?|pds?|interviewers?|attendings?|coordinators?|co-?residents?|mentors?)\b(?:\s+(?:day|days|week|season|trail|dinner|lunch|night|results?|invites?|invitations?|calls?|offers?))?(?:\s+(?:at|in|near)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?/gi;

/** The same occasion with the word order of Hindi postpositions as translated ("interview ke baad" reads "interview after"). */
const OCCASION_AFTER = /\b(interviews?|match|match day|residency|exams?|step ?[123]|ck)\s+(after|before|during|for)\b/gi;

/** A stage of training as the time of an errand: "when I start residency", "once I begin intern year". */
const OCCASION_WHEN = /\b(?:when|once|until|till|before|after|while)\s+(?:i|we)\s+(?:start|begin|finish|move for|get to|am in|'?m in)\s+(?:my\s+|the\s+)?(?:residency|intern year|internship|pgy-?1|training)\b/gi;

/** A training word that only says whose money or what money it is: "my ERAS savings", "the residency fund", "match
 *  money". Investing or spending it elsewhere is an errand like any other. */
const WHOSE_MONEY = /\b(?:eras|match|residency|usmle|step ?[123]|ck|application|interview|img)\s+(?:savings?|funds?|money|salary|paychecks?|stipends?|loans?|cash|bonus)\b/gi;

/** The message with occasion phrases removed, for the off-topic guard. */
function withoutOccasions(text: string): string {
  return text.replace(OCCASION_WHEN, ' ').replace(OCCASION, ' ').replace(OCCASION_AFTER, ' ').replace(WHOSE_MONEY, ' money ').replace(/\s+/g, ' ').trim();
}

/** A question that leans on the remark beside it ("good hook?", "is that ok?", "and for FM?"): read with it. */
const LEANS_ON_REMARK = /\b(?:it|that|them|those|these|this(?=\s*[?!.,]|$))\b|^\s*(?:and|so|but|or|also)\b/i;

/** The sentences of a message that ask something on their own words, when it also holds remarks that ask nothing;
 *  the whole message otherwise (a short question or one pointing back is read with its remarks). */
function askedPart(text: string): string {
  const shape = questionShape(text);
  const asked = shape.questions.map((q) => q.text).join(' ');
  const own = shape.questions.length > 0 && shape.context.length > 0 && asked.split(/\s+/).filter(Boolean).length >= 4 && !LEANS_ON_REMARK.test(asked);
  return own ? asked : text;
}

/** Words by which a message asks for something to be done or said (every unethical example phrasing holds one):
 *  a request, a how or where, the act itself (say, write, hide, fake, make it look ...), or whether it would be found out. */
const REQUESTS_ACT = /\b(can|could|should|shall|may|how (?:do|can|could|would|should|to)|is it (?:ok|okay|fine|alright|possible|allowed|legal|wrong)|is there (?:a|any)|help|tips?|ways?|where|want|wanna|give|send|share|write|draft|get|buy|purchase|pay|bribe|make|made|say|tell|list|use|claim|call|add|hide|mention|fake|forge|lie|cheat|copy|edit|photoshop|change|exaggerat\w*|inflat\w*|pretend|sit|take|sign|promise|phrase|word|reword|look|sound|read|seem|appear|does anyone|is there|safe|find out|caught|notice|detect\w*|get away)\b/i;

/** The refusal class a route supports on its own, with the guards that keep it precise: a confident refusal class,
 *  and for off topic no training or medical word at all (then a weak general call is enough). */
export function refusalClass(r: Route, text: string, router?: Router): Exclude<RouteClass, 'own_plan' | 'general'> | undefined {
  // a word or two ("thanks", "ok", "lol") is not a question about anything: never refused as off topic
  const words = text.split(/\s+/).filter((w) => /[a-z0-9]{2}/i.test(w)).length;
  if ((r.cls === 'off_topic' || (r.cls === 'general' && r.score < ROUTE_SETTINGS.offTopicWeak)) && words >= 3 && !namesTraining(text)) return 'off_topic';
  // a sure off-topic call stands when every training word of what is asked is ambiguous or names the occasion: a
  // training word only in a remark beside the question ("who wins the IPL? need a break from ERAS") does not save it
  if (r.cls === 'off_topic' && words >= 3 && r.score >= ROUTE_SETTINGS.refuseScore && r.margin >= ROUTE_SETTINGS.refuseMargin && !UNAMBIGUOUS.test(withoutOccasions(askedPart(text))) && !PLACE_CHOICE.test(text) && !OWN_WRITING.test(text)) return 'off_topic';
  // "a hotel near Cedars for my interview": the training words only name the occasion of an errand, which the
  // classifier must then call off topic outright on the rest of the message
  if ((r.cls === 'general' || r.cls === 'off_topic') && router && DOMAIN.test(text)) {
    const bare = withoutOccasions(text);
    if (bare !== text && !DOMAIN.test(bare) && bare.split(/\s+/).length >= 2) {
      const b = route(router, bare);
      if (b.cls === 'off_topic' && b.score >= ROUTE_SETTINGS.refuseScore && b.margin >= ROUTE_SETTINGS.refuseMargin) return 'off_topic';
    }
  }
  if (r.cls === 'off_topic' || r.cls === 'general') return undefined;
  if (r.cls === 'own_plan') return undefined;
  if (r.cls === 'other_country' && (US_PLACES.test(text) || !aimsAbroad(text))) return undefined;
  if (r.cls === 'unethical' && readsHonest(text)) return undefined;
  // the word classifier alone never calls a message unethical that asks for no act at all ("my step 1 was 2 hundred
  // something, don't remember exactly, is that low?" states a record and asks a judgement of it)
  if (r.cls === 'unethical' && !REQUESTS_ACT.test(text)) return undefined;
  // nor one that names no dishonest act and no getting away with one ("should I call every day so they remember me?")
  if (r.cls === 'unethical' && !namesDeceit(text)) return undefined;
  // "does ERAS ask whether I take medication?" asks about the application; a medical question is refused by its own rules
  if (r.cls === 'personal_medical' && asksDisclosure(text)) return undefined;
  // nor a personal-medical call on a message that names nothing of health ("is the area safe?", "a safe commute?")
  if (r.cls === 'personal_medical' && !namesHealth(text)) return undefined;
  return r.score >= ROUTE_SETTINGS.refuseScore && r.margin >= ROUTE_SETTINGS.refuseMargin ? r.cls : undefined;
}

/** The plan topic a route supports for a first-person question the plan rules did not recognise. */
export function routedPlanTopic(r: Route, text: string): PlanTopic | undefined {
  if (r.cls !== 'own_plan' || !/\b(i|me|my|mine|i'?m|im|myself)\b/i.test(text)) return undefined;
  // how-to questions ask for the guides' method, whoever asks them
  if (/\b(how (do|to|should|can|would|does) (i|we|you|one)?|how to|what makes|what'?s the difference|what is the difference)\b/i.test(text)) return undefined;
  // the rank order list is not the count of applications ("how many programs should I rank with 6 interviews")
  if (r.topic === 'applications' && asksRanking(text)) return undefined;
  return r.score >= ROUTE_SETTINGS.ownPlanScore && r.margin >= ROUTE_SETTINGS.ownPlanMargin ? r.topic : undefined;
}
