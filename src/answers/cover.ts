// Finds what the articles hold for one question: the passages that together cover it (a list with its lead-in, a
// passage stating the figure a count or amount asks for), how much of the question they cover, and whether they
// state the answer at all.
import { analyze, confident, makeQuery, rank, type Ranked } from './retrieval.js';
import type { AnswerIndex, PassageRecord } from './passage-index.js';
import type { AskType, SubQuestion } from './question-shape.js';
import { JUDGING_WORDS } from './verdict.js';
import { feeWords, statesFeeOf } from './asked-thing.js';
import { ASKING_WORDS, coverageOf, knownWordsOnly, MANNER, softenSpecialties, storyQuery, weights, withRareContext } from './question-query.js';

/** Limits of a composed answer; fixed at load, read by tests. */
export const COMPOSE_SETTINGS = {
  maxPassages: 3,
  /** A message that asks several things may show one more. */
  maxPassagesSeveral: 4,
  /** Characters of one shown passage (longer ones are cut at a sentence end). */
  maxPassageChars: 1100,
  /** Characters of the whole answer body, inside a 2,000-character chat message with its sources. */
  maxAnswerChars: 1650,
  /** An article below this share of the best article's score does not supply passages. */
  minArticleShare: 0.45,
  /** A second passage must add at least this share of the question's weight. */
  minMarginalCoverage: 0.2,
  /** Below this share of the question's weight covered, the articles do not state the answer. */
  minCoverage: 0.3,
  /** More of the best article is shown only when a passage scores at least this share of the best passage. */
  minFillShare: 0.15,
  /** Weight of the best match between the question and one of a passage's own questions. */
  askWeight: 0.6,
  /** A passage whose own question matches this well is a candidate whatever its article's rank. */
  askBypass: 0.5,
  /** A message holding this share (rarity-weighted) of a passage's own question's words, two or more, asks it. */
  askHeld: 0.8,
  /** A further passage scoring at least this share of the best one is shown too. */
  companionShare: 0.5,
  /** Characters of the short form's passages (the answer first; the rest waits for "more"). */
  shortChars: 1200,
  /** A further passage joins the short form past shortChars when it adds this share of the question's own words. */
  shortGain: 0.2,
  /** For a date, amount or count question, a passage stating one goes first when it scores this share of the best. */
  statingShare: 0.5,
  /** Added to a passage that states a figure of what a count question counts ("80–120 programs"). */
  countedBonus: 0.25,
  /** Added to a list led in by "What ...:" when the question asks what something should say, hold or include. */
  contentBonus: 0.15,
  /** Added to a passage stating a sum beside what an amount question's fee is of ("$370" beside "ECFMG", "J-1"). */
  feeOfBonus: 0.3,
} as const;

/** A question about what something should say, hold or include ("what should my letter mention?", "what goes in
 *  the log?", "what should it have?"): the verbs of content, which the index drops as too common to rank on. */
const CONTENT_VERBS = 'say says said mention mentions include includes contain contains cover covers put write talk highlight have has go goes look looks';
const CONTENT_QUESTION = new RegExp(String.raw`\bwhat\b[^?.!]{0,60}?\b(?:say|says|said|mention|mentions|include|includes|contain|contains|cover|covers|put in|write|talk about|highlight|be in|go(?:es)? in(?:to)?|looks? like)\b|\bwhat (?:should|must|would|does|do) (?:it|they|(?:the|my|a) [\w-]+(?: [\w-]+)?) (?:have|has)\b(?! to)`, 'i');
/** A list passage led in by a line that names contents: "What a strong letter says:", "What to include:". */
const CONTENT_LIST = /^What\b[^\n]{0,80}:\s*\n/;

/** What the articles hold for one question: the passages chosen, how much they cover, and the article ranking. */
export interface Covered {
  question: SubQuestion;
  ranked: Ranked[];
  confident: boolean;
  passages: PassageRecord[];
  /** Share (0–1) of the question's known-word weight the chosen passages contain. */
  coverage: number;
  /** Share (0–1) of the question's words no article contains at all. */
  unknownShare: number;
  /** True when the question asks for an amount, count or duration and a chosen passage states one. */
  statesKind: boolean;
  /** True when the question has almost no topic of its own and asks about the story around it ("is that dumb?"). */
  leans?: boolean;
  /** For an amount question, the words its fee is of (from the question, or the context it points back to). */
  feeOf?: string[];
}

/** The figure a question of each type asks a passage to state. */
export const wantsState: Partial<Record<AskType, keyof PassageRecord['states']>> = { amount: 'amount', count: 'count', duration: 'duration' };

/** Figures the asker names that are not scores or years ("100 programs"), as patterns that find the same figure. */
export function figuresIn(text: string): RegExp[] {
  // "70 applications" is not the 70% of a match rate
  return (text.match(/\b\d{2,}\b(?!\s?%)/g) ?? []).filter((n) => Number(n) < 180 || (Number(n) > 300 && Number(n) < 1950)).map((n) => new RegExp(`(?<![\\d,.])${n}(?![\\d,%]|\\s%)`));
}

const ownTotalOr = (total: number) => (total > 0 ? total : 1);

/** What a count question counts ("how many IM programs" counts programs), as a pattern for a figure of that thing
 *  ("80–120 or more programs", "two or three letters"); undefined when nothing countable is named. */
export function countedThing(question: string): RegExp | undefined {
  const after = /\bhow many\s+((?:[\w-]+\s+){0,2}[\w-]+)/i.exec(question)?.[1];
  const noun = after?.split(/\s+/).reverse().find((w) => /^[a-z]{4,}s$/i.test(w));
  if (!noun) return undefined;
  const single = noun.toLowerCase().replace(/(?:ies|s)$/, (m) => (m === 'ies' ? 'y' : ''));
  // one application goes to one program: either word counts the same list
  const stem = single === 'program' || single === 'application' ? '(?:program|application)' : single;
  const NUMBER = String.raw`(?:\d+(?:[–-]\d+)?\+?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|a hundred)`;
  return new RegExp(String.raw`\b${NUMBER}(?:\s+(?:or|to|and)\s+${NUMBER})?(?:\s+(?:or more|more|fewer|extra))?(?:\s+[\w-]+){0,2}?\s+${stem}`, 'i');
}

/** How much the rest of the message (context sentences, the other questions) counts next to the question's own words. */
const CONTEXT_WEIGHT = 0.4;

/** Finds the passages that answer one question, best first, and how well they cover it; `context` is the rest
 *  of the message, which names what "it" or "that" refers to and weighs less than the question itself; `sentences`
 *  the part of it that asks nothing (another question's rare words are that question's, not this one's). */
export function cover(index: AnswerIndex, question: SubQuestion, context = '', sentences = context): Covered {
  // the same words in the story around the question ("i feel lost", "you mentioned") name no topic there either
  context = context.replace(ASKING_WORDS, ' ');
  sentences = sentences.replace(ASKING_WORDS, ' ');
  // how the asker wants it said ("in simple words", "honestly", "plz") is not what they ask about
  // ... nor are the judging words of a verdict on the story ("... 228 is fine for peds. true?")
  // ... nor the words that only say what kind of answer is wanted ("options", "concretely", "you mentioned"), which are
  // not counted as uncovered either, while two words of topic are left ("USCE options?" keeps its word of kind)
  const bare = question.text.replace(ASKING_WORDS, ' ');
  const asking = bare !== question.text && makeQuery(index.retrieval, bare).terms.size >= 2 ? bare : question.text;
  const topicText = (question.story ? asking.replace(JUDGING_WORDS, ' ') : asking).replace(MANNER, ' ');
  // a verdict on a story ("... my in-laws live in Pasadena. good plan?") is read on the story's words the guides know
  const asQuery = (t: string) => (question.story ? knownWordsOnly(makeQuery(index.retrieval, t)) : makeQuery(index.retrieval, t));
  const own = softenSpecialties(index, asQuery(topicText), question.text);
  // ... but whether the guides answer it is judged on every word typed, as before: the manner words stay uncovered
  const typed = topicText === asking || question.story ? own : softenSpecialties(index, asQuery(asking), question.text);
  let mannerWeight = 0;
  for (const [t, v] of weights(typed)) if (!own.terms.has(t)) mannerWeight += v;
  const query = context.trim() ? softenSpecialties(index, storyQuery(index, topicText, context), question.text) : own;
  const pointsBack = context.trim() !== '' && /\b(it|this|that|them|they|these|those|one)\b/i.test(question.text);
  // a question that says enough on its own picks its article on its own words; the context then only helps choose passages
  // ... with the rare words of the context beside it: a status or thing named once in the chat and in one or two guides
  // ("an EAD", "asylum", "DACA") is what the question is about even when the asking sentence does not repeat it
  const ownPlus = withRareContext(index, own, sentences);
  const ownRanked = rank(index.retrieval, ownPlus);
  // the short later half of a split sentence ("... or is CK enough?") is ranked with the first half's words
  const elliptic = question.joined === true && own.terms.size <= 2;
  // ... unless its best article shares only one of its several words (the question's object is then in the context:
  // "with an EAD until 2027 ... can I rank programs as someone who needs no sponsorship?")
  const oneWordOnly = own.terms.size >= 3 && (ownRanked[0]?.matched ?? 0) < 2 && context.trim() !== '';
  // ... and on two words that weigh something: a word found in every guide ("programs") names no topic, so "do I tell
  // the programs now or wait" after "passed Step 3 after my interviews" is about what the context names
  const weighted = [...own.terms.values()].filter((x) => x.full > 0).length;
  const selfStanding = !pointsBack && !elliptic && !oneWordOnly && (weighted >= 2 || (question.side === true && weighted === 1)) && confident(ownRanked[0], ownPlus);
  const ranked = selfStanding ? ownRanked : rank(index.retrieval, query);
  const top = ranked[0];
  const w = weights(own);
  const ownTotal = [...w.values()].reduce((a, b) => a + b, 0);
  for (const [t, v] of weights(query)) if (!w.has(t)) w.set(t, CONTEXT_WEIGHT * v);
  const total = [...w.values()].reduce((a, b) => a + b, 0);
  // unknown words of the question itself count; chat context ("everyone on my telegram group") does not
  // a question with at most one word of topic of its own ("is that dumb?", "what's my move", "true?", "good hook?") asks
  // about the story around it: whether the guides answer it, and how much of it is unknown, is judged on the whole message
  const leans = context.trim() !== '' && (pointsBack || (weighted <= 1 && [...makeQuery(index.retrieval, context).terms.values()].filter((x) => x.full > 0).length >= 2));
  const judgedQuery = leans ? makeQuery(index.retrieval, `${question.text} ${context}`) : typed.size > 0 ? typed : query;
  const unknownShare = judgedQuery.size > 0 ? (judgedQuery.size - judgedQuery.terms.size) / judgedQuery.size : 1;
  const empty: Covered = { question, ranked, confident: false, passages: [], coverage: 0, unknownShare, statesKind: false };
  if (!top || total === 0) return empty;
  // how closely one of a passage's own questions matches this one (both ways, so a long ask does not win on one word);
  // a question that says what it asks on its own is matched on its own words too when the rest of the message is chat
  // the guides do not speak to ("my employer needs three months' notice"), so it does not thin out a close match
  // ("when does residency start?"); context on a topic of the guides ("I am on a J-1 with the two-year rule") still counts
  const chat = context.trim() ? makeQuery(index.retrieval, context) : undefined;
  const chatOnly = !!chat && !confident(rank(index.retrieval, chat)[0], chat);
  const ownWeights = chatOnly && !pointsBack && !elliptic && own.terms.size >= 2 ? weights(own) : undefined;
  let rescue = 0;
  const askScore = (terms: string[], on: Map<string, number>, onTotal: number) => {
    let hit = 0;
    for (const t of terms) hit += on.get(t) ?? 0;
    const shared = terms.filter((t) => on.has(t)).length;
    return { score: (hit / ownTotalOr(onTotal)) * (shared / terms.length), shared };
  };
  const askMatch = (p: PassageRecord) => {
    let best = 0;
    for (const terms of p.askTerms) {
      if (!terms.length) continue;
      const both = [askScore(terms, w, total), ...(ownWeights ? [askScore(terms, ownWeights, ownTotal)] : [])];
      for (const { score, shared } of both) {
        best = Math.max(best, score);
        if (shared >= 2) rescue = Math.max(rescue, score);
      }
    }
    return best;
  };
  const asked = new Map(index.passages.map((p) => [p, askMatch(p)]));
  // a long message that holds nearly every rare word of one of a passage's own questions asks that question, whatever
  // else it says ("PD's form asks 'any gaps in training?' ... what do I write"): that passage is a candidate, and the
  // question is answered from it when the article ranking alone is unsure
  const ownTerms = own.terms;
  let held: PassageRecord | undefined;
  let heldShare = 0;
  for (const p of index.passages) {
    for (const terms of p.askTerms) {
      if (terms.length < 2) continue;
      let have = 0;
      let all = 0;
      let shared = 0;
      for (const t of terms) { const idf = index.passageIdf.get(t) ?? 0; all += idf; if (ownTerms.has(t)) { have += idf; shared++; } }
      const share = all > 0 ? have / all : 0;
      if (shared >= 2 && share > heldShare) { heldShare = share; held = p; }
    }
  }
  const sure = confident(top, selfStanding ? own : query);
  const holds = !sure && heldShare >= COMPOSE_SETTINGS.askHeld ? held : undefined;
  if (holds) asked.set(holds, Math.max(asked.get(holds) ?? 0, COMPOSE_SETTINGS.askBypass));
  // the passages and their questions are ranked together: a close match (two words or more) to a passage's own
  // question answers even when the article ranking alone is unsure ("do quick replies to coordinators matter?")
  const askRescue = rescue >= COMPOSE_SETTINGS.askBypass || !!holds;
  if (!sure && !askRescue) return empty;

  const share = new Map<number, number>();
  ranked.forEach((r, i) => share.set(index.retrieval.entries.indexOf(r.entry), top.score > 0 ? r.score / top.score : i === 0 ? 1 : 0));
  const need = wantsState[question.type];
  // figures the asker names ("100 programs") favour the passages that state the same figure
  const figures = figuresIn(question.text);
  // "how many programs" is answered by a passage that counts programs, not one full of other figures
  const counted = question.type === 'count' ? countedThing(question.text) : undefined;
  // "what should the letter say?" asks what something holds: a list led in by "What a strong letter says:" answers it
  const asksContent = CONTENT_QUESTION.test(question.text);
  // "how much is the ECFMG J-1 fee?": a passage stating a sum beside what the fee is of answers it, whatever its article's
  // rank (the fee words of every guide pull amount questions to the ERAS fee article); a question pointing back reads its context
  const feeOf = question.type === 'amount' ? feeWords(pointsBack ? `${context} ${question.text}` : question.text) : [];
  const paysFor = new Set(feeOf.length ? index.passages.filter((p) => statesFeeOf(feeOf, p)) : []);
  const candidates = index.passages.filter((p) => (share.get(p.article) ?? 0) >= COMPOSE_SETTINGS.minArticleShare || (asked.get(p) ?? 0) >= COMPOSE_SETTINGS.askBypass || paysFor.has(p));
  // the best article is usually right (about 9 in 10): its passages are preferred over better-worded ones elsewhere
  const scoreOf = (p: PassageRecord) => coverageOf(p, w, total) * (share.get(p.article) ?? 0) ** 1.5
    + (need && p.states[need] ? 0.08 : 0) + (p.list && question.type === 'howto' ? 0.04 : 0)
    + (figures.some((re) => re.test(p.text)) ? 0.1 : 0)
    + (counted?.test(p.text) ? COMPOSE_SETTINGS.countedBonus : 0)
    + COMPOSE_SETTINGS.askWeight * (asked.get(p) ?? 0)
    + (asksContent && CONTENT_LIST.test(p.text) ? COMPOSE_SETTINGS.contentBonus : 0)
    + (paysFor.has(p) ? COMPOSE_SETTINGS.feeOfBonus : 0);
  const scored = candidates.map((p) => ({ p, score: scoreOf(p) })).sort((x, y) => y.score - x.score);
  // "when does ERAS open next cycle?" asks a date: a passage that cannot state one does not answer it, however well
  // the rest of the words ("next cycle") match; the best passage that states what is asked goes first when it is close
  if (need && scored[0] && !scored[0].p.states[need]) {
    const stating = scored.findIndex((x) => x.p.states[need] && x.score >= COMPOSE_SETTINGS.statingShare * scored[0]!.score);
    if (stating > 0) scored.unshift(...scored.splice(stating, 1));
  }
  const best = scored[0]?.p;
  if (!best || scored[0]!.score <= 0) return empty;

  const chosen = [best];
  const covered = new Set([...w.keys()].filter((t) => best.terms.has(t)));
  const add = (p: PassageRecord) => { chosen.push(p); for (const t of w.keys()) if (p.terms.has(t)) covered.add(t); };
  // a list right after the best passage is usually what it leads into ("A structure that works:", "What that means:")
  const next = index.byArticle[best.article]?.map((i) => index.passages[i]!).find((p) => p.position === best.position + 1);
  if (next?.list && (question.type !== 'yesno' || figures.some((re) => re.test(next.text)))) add(next);
  // a passage that answers "No: ..." (or "Yes: ...") is followed by its own article's next passage: what to do instead
  else if (next && question.type === 'yesno' && /^(?:no|yes)\b/i.test(best.text)) add(next);
  for (const { p, score } of scored.slice(1)) {
    if (chosen.includes(p)) continue;
    if (chosen.length >= COMPOSE_SETTINGS.maxPassages) break;
    if ((share.get(p.article) ?? 0) < 0.6) continue;
    const gain = coverageOf(p, w, total, covered);
    const fills = !!need && !chosen.some((c) => c.states[need]) && p.states[need];
    // a second list or paragraph of nearly the same weight, or one that adds what is still missing
    const strong = score >= COMPOSE_SETTINGS.companionShare * scored[0]!.score;
    if (gain >= COMPOSE_SETTINGS.minMarginalCoverage || (fills && score > 0) || strong) add(p);
    if (chosen.length >= 2 && !strong) break;
  }
  // room left: more of the best article, which usually holds the rest of the answer (its best-scoring passages first)
  const topArticle = index.retrieval.entries.indexOf(top.entry);
  for (const { p, score } of scored) {
    if (chosen.length >= COMPOSE_SETTINGS.maxPassages) break;
    // a relevance bar, not padding: a further passage of the best article must score a share of the best passage
    if (p.article === topArticle && !chosen.includes(p) && score >= COMPOSE_SETTINGS.minFillShare * scored[0]!.score) add(p);
  }
  // coverage is judged on the question's own words unless they say almost nothing ("what now?")
  // ... or they point back to the context ("how do I explain it?")
  const judged = ownTotal >= 0.3 * total && !leans ? new Map([...w].filter(([t]) => own.terms.has(t))) : w;
  // a list of what something holds answers the content verb asked ("mention", "include") without using it
  if (asksContent && chosen.some((p) => CONTENT_LIST.test(p.text))) for (const t of analyze(CONTENT_VERBS, index.retrieval.analyzer)) covered.add(t);
  let hit = 0;
  let all = 0;
  for (const [t, v] of judged) { all += v; if (covered.has(t)) hit += v; }
  all += mannerWeight;
  return {
    question, ranked, confident: true, passages: chosen, coverage: all > 0 ? hit / all : 0, unknownShare,
    statesKind: need ? chosen.some((p) => p.states[need]) : true, ...(leans ? { leans } : {}), ...(feeOf.length ? { feeOf } : {}),
  };
}

/** True when the chosen passages state what was asked (enough of the question, and a figure when one is asked). */
export function answers(c: Covered): boolean {
  // many words the guides never use ("block", "places") do not sink a question whose known words are fully covered
  return c.confident && c.coverage >= COMPOSE_SETTINGS.minCoverage && c.statesKind && (c.unknownShare < 0.5 || (c.unknownShare < 0.75 && c.coverage >= 0.85));
}
