// The answer from the articles alone: for each thing asked, the passages that cover it, composed into one chat
// message with the figures, the asker's own saved facts and the parts the guides do not cover said plainly; or the
// refusal for an uncovered topic; or the nearest topics.
import type { AskResult } from '../domain/advice.js';
import type { Profile } from '../domain/profile.js';
import { statedCount, statedCountText } from './stated-count.js';
import { budgetAsked, budgetText } from './plan-budget.js';
import { makeQuery, rank, RETRIEVAL_SETTINGS } from './retrieval.js';
import { compose } from './compose.js';
import { answers, cover, type Covered } from './cover.js';
import { statedPlan, statedPlanText } from './plan-answers.js';
import { publicText } from './public-text.js';
import type { questionShape } from './question-shape.js';
import { inBackground, leansOnBackground } from './background-topic.js';
import { outOfScopeTopic, questionTopic, refusalText, type OutOfScopeTopic } from './scope.js';
import { asksWholeCost, wholeCostText } from './whole-cost.js';
import { numbersAsDigits } from './number-words.js';
import { specialtiesNamed, specialtyFiguresLine } from './specialty-figures.js';
import { statedScoreLine } from './stated-score.js';
import { ownFileLine, statedRecordLine } from './own-file.js';
import { knownThing, missingThing, type AskedThing } from './asked-thing.js';
import { storyQuestion } from './verdict.js';
import { namesTraining, route } from './route.js';
import type { Answerer } from './answerer.js';

/** With an uncovered topic in the message, a question still gets its answer only when the guides cover it this well. */
const STRONG_COVERAGE = 0.75;

/** Below this best article score, a message of two or more words shares nothing with the guides: off topic. */
const OFF_TOPIC_SCORE = 0.03;

/** The refusal for a message about something else entirely (sport, homework, poems): said plainly, with where to go. */
export const OFF_TOPIC: OutOfScopeTopic = {
  id: 'off-topic', patterns: [], unless: [], alone: true, thenAnswer: false,
  say: 'That is outside what I can help with: I only advise international medical graduates on US residency (scores, applications, visas and programs, Los Angeles and Southern California first), and our guides do not cover it',
  what: 'this topic', where: 'a general search engine or assistant; for residency, ask me about scores, ERAS, visas, letters, USCE or your program list',
};

/** Words that make a message about residency whatever else it shares with the guides (in English, or as the translation
 *  table renders Spanish, Portuguese and Hinglish): such a message gets the nearest topics, never the off-topic refusal. */
const RESIDENCY_WORDS = /\b(residen\w*|match\w*|usmle|step ?[123]|ck|eras|nrmp|ecfmg|img|visas?|j-?1|h-?1-?b|programs?|interviews?|specialty|internal medicine|family medicine|pediatrics|psychiatry|neurology|surgery|emergency medicine|letters? of recommendation|lors?|usce|observerships?|externships?)\b/i;

/** A classifier call that supports a refusal: a refusal class (not general, not the asker's plan), made with some confidence. */
const refusesOnItsOwn = (r: ReturnType<typeof route>) => r.cls !== 'general' && r.cls !== 'own_plan' && r.score >= 0.2;

/** Nothing in the guides answers it: the nearest topics, or the off-topic refusal for a message about something else. */
export function miss(a: Answerer, covered: Covered | undefined, text = ''): AskResult {
  if (text && !RESIDENCY_WORDS.test(text)) {
    const query = makeQuery(a.index.retrieval, text);
    const top = rank(a.index.retrieval, query)[0];
    if (query.size >= 2 && (top?.score ?? 0) < OFF_TOPIC_SCORE) return refusal(OFF_TOPIC);
    // nothing in the guides answers it and not one word of it is about training ("which used car for LA traffic"):
    // the places it shares with the guides do not make it a residency question
    // the classifier must also call it a refusal class with some confidence: a terse honest question ("2019 grad, the
    // 5 year rule, true?") that it calls general, or a refusal class only weakly, is not refused for its missing words
    if (text.split(/\s+/).filter((w) => /[a-z]{2}/i.test(w)).length >= 4 && !namesTraining(text) && refusesOnItsOwn(route(a.router, text))) return refusal(OFF_TOPIC);
  }
  const ranked = covered?.ranked ?? a.index.retrieval.entries.map((entry) => ({ entry }));
  return {
    found: false,
    nearest: ranked.slice(0, RETRIEVAL_SETTINGS.nearestCount).map(({ entry }) => ({ articleId: entry.article.id, title: entry.article.title })),
  };
}

/** One chat message (Discord's limit; Slack's is larger). */
export const MAX_MESSAGE_CHARS = 2000;

/** The last line of a reply that has more to say. */
const MORE_HINT = 'Type "more" for the rest.';

function sourcesLine(titles: string[]): string {
  return `Sources: ${titles.map((t) => `our guide "${t}"`).join('; ')}.`;
}

// refusal topics whose ask is itself dishonest (a bought letter, a ghostwritten statement, a forged paper)
const DISHONEST: ReadonlySet<string> = new Set(['unethical', 'ghostwriting', 'document-services']);

/** The plain refusal for a topic the guides do not cover (marked dishonest when the ask itself is: nothing of it is stored). */
export function refusal(topic: OutOfScopeTopic): AskResult {
  return { found: true, kind: 'refusal', articleId: '', title: '', answer: refusalText(topic), source: '', sources: [], ...(DISHONEST.has(topic.id) ? { dishonest: true } : {}) };
}

/** A thing asked that no passage holds but whose rule the guides hold ("can I start in September?": training starts on
 *  July 1): that rule, with its guide as the source, then what the guides do not cover and where to look. */
function knownBeside(a: Answerer, thing: AskedThing, refused: readonly OutOfScopeTopic[]): AskResult {
  const article = a.index.retrieval.entries.find((e) => e.article.id === thing.known!.article)?.article;
  if (!article) return refusal(refused[0]!);
  const answer = [thing.known!.text, ...refused.map((t) => refusalText(t)), sourcesLine([article.title])].join('\n\n');
  return { found: true, kind: 'articles', articleId: article.id, title: article.title, answer, source: article.source, sources: [article.title] };
}

/** The sub-questions the passages shown do not answer either (a comparison's side is often answered by the
 *  other side's passages): named in the reply, and only then. */
function notCovered(a: Answerer, unanswered: string[], covered: Covered[]): string[] {
  const shown = new Set(covered.flatMap((c) => c.passages.flatMap((p) => [...p.terms.keys()])));
  return unanswered.filter((q) => {
    const query = makeQuery(a.index.retrieval, q);
    let hit = 0;
    let all = 0;
    for (const [t, w] of query.terms) { all += w.full + w.head; if (shown.has(t)) hit += w.full + w.head; }
    return all === 0 || hit / all < 0.6;
  });
}

/** A short question leaning on the one before it: a few words, or a pronoun standing for what was just asked. */
const FOLLOW_UP = /\b(it|one|that|them|they|those|these)\b|\bthis\b(?!\s+(?:cycle|year|season|match|month|week|time|round|spring|fall|summer|winter)\b)/i;
/** A question whose subject is the person just named ("my wife will come on H-4. can she work in LA?"). */
const ABOUT_THEM = /^\s*(?:(?:and|but|so|also)\s+)?(?:can|could|will|would|is|are|does|do|may|might|should|must|would)\s+(?:he|she|they|his|her|their)\b/i;
function isFollowUp(q: string): boolean {
  const n = q.split(/\s+/).filter(Boolean).length;
  return n <= 5 || (n <= 10 && FOLLOW_UP.test(q)) || ABOUT_THEM.test(q);
}

/** The answer from the articles alone: composed passages, refusals for uncovered topics, or the nearest topics. */
export function fromArticles(a: Answerer, text: string, shape: ReturnType<typeof questionShape>, trace: string[] = [], scoped = true, profile?: Profile): AskResult {

  // a topic the guides do not cover, named anywhere in the message ("my wife is on a J-2. can she work?"), is refused
  // unless some question of the message is about something else the guides answer well
  const wholeTopic = scoped ? outOfScopeTopic(text, a.scope) : undefined;
  // ... but a topic named only in the background ("my husband works in LA", "my dad's pension") is what a question asks
  // about only when the question leans on it without naming a subject of its own the guides answer
  const background = inBackground(wholeTopic, shape, a.scope);
  const refusedTopics: OutOfScopeTopic[] = wholeTopic && !background ? [wholeTopic] : [];
  const covered: Covered[] = [];
  const unanswered: string[] = [];
  let firstCover: Covered | undefined;
  const knownGaps: AskedThing[] = [];
  for (const asked of shape.questions) {
    const q = storyQuestion(asked, shape.context) ?? asked;
    // what is refused, missing or unanswered is judged on the words asked; the story only chooses the passages
    const uncovered = scoped ? questionTopic(asked.text, text, a.scope) : undefined;
    if (uncovered) { if (!refusedTopics.includes(uncovered)) refusedTopics.push(uncovered); continue; }
    // a follow-up fragment of an uncovered question ("how many weeks?", "how do I get one?") belongs to its topic
    if (refusedTopics.length && isFollowUp(asked.text)) continue;
    if (background && wholeTopic && leansOnBackground(a.index, a.scope, asked, text, isFollowUp(asked.text) || FOLLOW_UP.test(asked.text), STRONG_COVERAGE)) { if (!refusedTopics.includes(wholeTopic)) refusedTopics.push(wholeTopic); continue; }
    // a comparison's side is read on its own words (the whole comparison would pull both sides to the same passage)
    // a verdict question holds the story now: the story is not read a second time as context
    const story = q !== asked ? [] : shape.context;
    const rest = [...story, ...(q.side ? [] : shape.questions.filter((x) => x !== asked).map((x) => x.text))].join(' ');
    const c = cover(a.index, q, rest, story.join(' '));
    firstCover ??= c;
    // a question with no topic of its own after an uncovered one ("what evidence should go in the packet?") belongs to it
    if (c.leans && refusedTopics.length) continue;
    // a passage near the topic that does not hold the thing asked (the fee of what, the pay, a late start): said uncovered
    // (a plan typed in the message, "60 IM and 30 FM", is priced from the ERAS fee table whatever the passage, also when
    // the asking sentence only points at it: "not 90 FM, 50 FM. what is the fee now?")
    // a thing whose rule the guides hold is that gap even when no passage comes near it ("start in August instead?"),
    // and so is any thing asked that no passage answers at all ("how bad is call at X vs Y?"): the fragments after it
    // ("at X", "is it worth it?") are then read as its follow-ups, not answered from a near passage on their own words
    const gap = !statedPlan(numbersAsDigits(text)).length ? (answers(c) ? missingThing(asked.text, c.passages, shape.context.join(' ')) : knownThing(asked.text) ?? missingThing(asked.text, [], shape.context.join(' '))) : undefined;
    // ... and when the guides hold the rule beside it ("you must be able to start on July 1"), that rule is said first
    if (gap) { if (!refusedTopics.some((t) => t.id === gap.id)) refusedTopics.push({ ...gap, patterns: [], unless: [], alone: false, thenAnswer: false }); if (gap.known && !knownGaps.includes(gap)) knownGaps.push(gap); continue; }
    const named = background ? undefined : wholeTopic;
    if (answers(c) && (!named || c.coverage >= STRONG_COVERAGE)) covered.push(c);
    // a side of a comparison whose whole question is answered is not named as a gap ("compared to like ohio")
    else if (!named && !(q.side && covered.some((x) => !x.question.side))) unanswered.push(asked.text);
  }
  const idOf = (i: number) => a.index.retrieval.entries[i]!.article.id;
  for (const c of covered) trace.push(...c.passages.map((p) => idOf(p.article)));
  trace.push('|');
  for (const c of firstCover && !covered.length ? [firstCover] : covered) trace.push(...c.ranked.map((r) => r.entry.article.id));
  // a gap whose rule the guides hold is answered with that rule and the gap said plainly, not refused
  if (!covered.length && knownGaps.length && refusedTopics[0]?.id === knownGaps[0]!.id) return knownBeside(a, knownGaps[0]!, refusedTopics);
  if (!covered.length) return refusedTopics[0] ? refusal(refusedTopics[0]) : miss(a, firstCover, text);

  const composed = compose(a.index, covered);
  const notes = [
    ...knownGaps.map((t) => t.known!.text),
    ...refusedTopics.map((t) => refusalText(t)),
    ...notCovered(a, unanswered, covered).map((q) => `Our guides do not answer "${q.replace(/[?.!\s]+$/, '')}", so I will not guess at that part.`),
  ];
  // a plan typed in the message ("60 IM + 30 FM") is priced as given, from the fee table
  // numbers may be spelled out ("forty five FM programs"); a plan named in the asking sentence ("what does ERAS charge
  // for 75 IM programs?") is the one priced, not an earlier one the context mentions ("my plan was 50 IM")
  const digits = numbersAsDigits(text);
  // a verdict on the story ("which one is true?") asks what the story says: its figures are the ones asked about
  const asked = shape.questions.map((q) => (storyQuestion(q, shape.context) ?? q).text).join(' ');
  const askedDigits = numbersAsDigits(asked);
  const askedPlan = statedPlan(askedDigits);
  const stated = askedPlan.length ? askedPlan : statedPlan(digits);
  const count = stated.length ? undefined : statedCount(digits);
  // a budget the asker has ("$1000 for ERAS, how many programs?", or one stored) is priced into a count
  const budget = stated.length ? undefined : budgetAsked(digits, profile?.budget);
  // "how much does the whole thing cost?": one total for the season, before any single fee (whole-cost.ts)
  const priced = !stated.length && asksWholeCost(asked || text) ? [wholeCostText(digits, stated.length ? undefined : count, profile?.budget)] : budget !== undefined ? [budgetText(budget)] : stated.length && /\b(cost|costs|fees?|eras|budget|how much|price|kharch\w*|total|charges?)\b/i.test(text) ? [statedPlanText(stated)] : count !== undefined && !composed.text.includes(`${count} programs`) ? [statedCountText(count)] : [];
  // a question naming specialties and asking how they compare or what matched applicants score gets their current figures
  // a score the asker states and asks about is set beside those figures (it holds them, so it replaces the figure line)
  // a count or a price asked ("how many programs is enough with CK 221?") is answered by the count, not the score
  // a question pointing back at its story ("surgery is hopeless for us, is that true?") is read with the story's specialty
  const countAsked = /\bhow many\b|\b(?:cost|costs|fees?|price|budget)\b/i.test(asked);
  const figures = (countAsked ? undefined : statedScoreLine(digits, profile, askedDigits || digits)) ?? specialtyFiguresLine(specialtiesNamed(asked).length ? asked : text, composed.text);
  // the asker's own saved facts the shown guides' advice applies to (their later result, their strengths, their visa)
  const own = profile ? ownFileLine(profile, composed.articles.map(idOf), digits) : statedRecordLine(digits, composed.articles.map(idOf));
  // with the added lines the reply still fits one chat message: the last shown passages wait for "more" if need be
  // a priced line answers the question itself: the passage's own "In short" (a generic fee example) is not said beside it
  const shown = publicText(composed.text).split('\n\n').filter((x, i) => !(i === 0 && priced.length && x.startsWith('In short:')));
  const moved: string[] = [];
  let rest = composed.rest ? publicText(composed.rest) : '';
  // the own line names where it comes from ("you saved", "you mention"); the sources line stays the guides' titles
  const build = () => [...priced, ...(figures ? [figures] : []), shown.join('\n\n'), ...notes, ...(own ? [own] : []), ...(rest || moved.length ? [MORE_HINT] : []), sourcesLine(composed.titles)].join('\n\n');
  let answer = build();
  while (answer.length > MAX_MESSAGE_CHARS && shown.length > 1) { moved.unshift(shown.pop()!); answer = build(); }
  rest = [...moved, ...(rest ? [rest] : [])].join('\n\n');
  const main = a.index.retrieval.entries[composed.articles[0]!]!.article;
  const moreTitles = moved.length ? [...new Set([...composed.titles, ...composed.restTitles])] : composed.restTitles;
  const more = rest ? { more: `${rest}\n\n${sourcesLine(moreTitles)}` } : {};
  return { found: true, kind: 'articles', articleId: main.id, title: main.title, answer, source: main.source, sources: composed.titles, ...more, ...(own ? { private: true } : {}) };
}
