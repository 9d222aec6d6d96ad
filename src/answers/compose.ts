// Composes an answer from the passages chosen for each thing asked (src/answers/cover.ts): the short form first, a
// one-line direct answer for yes/no and number questions, the rest kept for "more", and the article titles.
import { makeQuery } from './retrieval.js';
import { statesFigure, type AnswerIndex, type PassageRecord } from './passage-index.js';
import type { AskType } from './question-shape.js';
import { coverageOf, weights } from './question-query.js';
import { COMPOSE_SETTINGS, countedThing, figuresIn, wantsState, type Covered } from './cover.js';
import { outlineLine } from './answer-outline.js';
import { trim, withoutRepeat } from './passage-cuts.js';
import { statesFeeOf } from './asked-thing.js';

const DIRECT_TYPES: ReadonlySet<AskType> = new Set(['yesno', 'amount', 'count', 'duration']);
const FIGURE = /\$\s?\d|\b\d/;
const NUMBER_WORDS = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred|dozen|half|quarter|weeks?|months?|years?|days?|hours?|minutes?|January|February|March|April|May|June|July|August|September|October|November|December)\b/i;

/** The sentence of the chosen passages that best answers a yes/no or number question, unless the shown text
 *  already opens with a sentence nearly as good. */
function directLine(index: AnswerIndex, c: Covered, shown: string): string | undefined {
  if (!DIRECT_TYPES.has(c.question.type)) return undefined;
  const w = weights(makeQuery(index.retrieval, c.question.text));
  if (w.size === 0) return undefined;
  const figures = figuresIn(c.question.text);
  const counted = c.question.type === 'count' ? countedThing(c.question.text) : undefined;
  // "how much is the ECFMG J-1 fee?" is answered by the sentence stating that fee, not another fee beside it
  const feeOf = c.feeOf ?? [];
  const total = [...w.values()].reduce((a, b) => a + b, 0);
  const scoreOf = (s: { text: string; terms: string[] }) => {
    let score = 0;
    for (const t of s.terms) score += w.get(t) ?? 0;
    // a number question is answered by a sentence that states one ("how many letters" is never answered by "many backgrounds")
    if (c.question.type !== 'yesno' && !FIGURE.test(s.text) && !NUMBER_WORDS.test(s.text)) return 0;
    // the sentence that states the kind asked ("four to six weeks" for "how many weeks"), not one naming "Step 1"
    const kind = wantsState[c.question.type];
    if (kind ? statesFigure(kind, s.text) : c.question.type !== 'yesno' && FIGURE.test(s.text)) score *= 1.5;
    if (c.question.type === 'yesno' && /^(yes|no)\b/i.test(s.text)) score *= 1.5;
    if (figures.some((re) => re.test(s.text))) score += 2 * total;
    if (counted?.test(s.text)) score += total;
    if (feeOf.length && statesFeeOf(feeOf, { sentences: [s] })) score += 2 * total;
    return s.text.endsWith(':') ? 0 : score;
  };
  let best: { text: string; score: number } | undefined;
  for (const p of c.passages) for (const s of p.sentences) {
    // the best passage is the surest place for the direct answer
    const score = scoreOf(s) * (p === c.passages[0] ? 1.2 : 1);
    if (!best || score > best.score) best = { text: s.text, score };
  }
  if (!best || best.score <= 0) return undefined;
  // "how many lines about my fail?": a sentence with some other figure in it ("a 225–230 screen") is no answer to a count
  if (counted && !counted.test(best.text)) return undefined;
  const opening = c.passages.flatMap((p) => p.sentences).find((s) => shown.startsWith(s.text));
  // a reply that already opens with "No: ..." or "Yes, ..." has given its short answer
  if (c.question.type === 'yesno' && opening && /^(?:yes|no)\b/i.test(opening.text)) return undefined;
  const namesFigure = (text: string) => figures.some((re) => re.test(text));
  if (opening && scoreOf(opening) >= 0.6 * best.score && (namesFigure(opening.text) || !namesFigure(best.text))) return undefined;
  return best.text.replace(/^(?:[-*]|\d+\.)\s+/, '');
}


/** The answer text for the questions the articles answer (short: the best passage of each question, and a
 *  further one only when it holds words of the question the first lacks), the rest for "more", and the titles. */
export function compose(index: AnswerIndex, covered: Covered[]): { text: string; titles: string[]; articles: number[]; rest: string; restTitles: string[] } {
  const order: PassageRecord[] = [];
  for (const c of covered) if (c.passages[0] && !order.includes(c.passages[0])) order.push(c.passages[0]);
  for (const c of covered) for (const p of c.passages.slice(1)) if (!order.includes(p)) order.push(p);
  // choose in priority order (each question's best passage first), then show in reading order
  const included: { p: PassageRecord; text: string }[] = [];
  let used = 0;
  const primaries = covered.length;
  const limit = covered.length > 1 ? COMPOSE_SETTINGS.maxPassagesSeveral : COMPOSE_SETTINGS.maxPassages;
  for (const [i, p] of order.entries()) {
    if (included.length >= limit) break;
    const room = COMPOSE_SETTINGS.maxAnswerChars - used;
    const primary = i < primaries;
    if (room < (primary ? 250 : 400)) continue;
    const passageText = trim(p.text, Math.min(COMPOSE_SETTINGS.maxPassageChars, room));
    included.push({ p, text: passageText });
    used += passageText.length;
  }
  const short = shortForm(index, covered, included, COMPOSE_SETTINGS.shortChars);
  const inOrder = (xs: typeof included) => [...xs].sort((a, b) => (a.p.article === b.p.article ? a.p.position - b.p.position : order.indexOf(a.p) - order.indexOf(b.p)));
  const shown = inOrder(short);
  const rest = inOrder(included.filter((x) => !short.includes(x)));
  let body = shown.map((x) => x.text).join('\n\n');
  const direct = covered.length === 1 && covered[0] ? directLine(index, covered[0], body) : undefined;
  // a sentence moved up front is not said twice (a list item stays where it is)
  if (direct) body = withoutRepeat(body, direct);
  const articles = [...new Set(shown.map((x) => x.p.article))];
  const titleOf = (a: number) => index.retrieval.entries[a]!.article.title;
  const outline = covered.length === 1 && covered[0] ? outlineLine(index, covered[0].passages, covered[0].question.type) : undefined;
  // the outline follows the first shown passage (usually the guide's lead, which announces the parts)
  if (outline && !body.includes(outline)) {
    const cut = body.indexOf('\n\n');
    body = cut > 0 ? `${body.slice(0, cut)}\n\n${outline}${body.slice(cut)}` : `${body}\n\n${outline}`;
  }
  const text = [direct ? `In short: ${direct}` : undefined, body].filter(Boolean).join('\n\n');
  return { text, titles: articles.map(titleOf), articles, rest: rest.map((x) => x.text).join('\n\n'), restTitles: [...new Set(rest.map((x) => x.p.article))].map(titleOf) };
}

/** The passages of the short form: each question's best passage (with the list it leads into), a further passage
 *  that adds words of a question the shown ones lack, then the rest in priority order while they fit shortChars. */
function shortForm(index: AnswerIndex, covered: Covered[], included: { p: PassageRecord; text: string }[], shortChars: number) {
  const picked: typeof included = [];
  const has = (p: PassageRecord) => picked.some((x) => x.p === p);
  let used = 0;
  const take = (x: (typeof included)[number] | undefined) => { if (x && !has(x.p)) { picked.push(x); used += x.text.length; } };
  for (const c of covered) {
    const best = c.passages[0];
    take(included.find((y) => y.p === best));
    // a lead-in ending in a colon is shown with its list
    const next = best && c.passages.find((p) => p.article === best.article && p.position === best.position + 1);
    if (best && next && /:\s*$/.test(best.text)) take(included.find((y) => y.p === next));
    // ... and a how-to question is shown the list of steps that follows its best passage (the how, not a side figure)
    else if (best && next?.list && c.question.type === 'howto' && c.passages.includes(next)) take(included.find((y) => y.p === next));
  }
  const { shortGain } = COMPOSE_SETTINGS;
  for (const c of covered) {
    const w = weights(makeQuery(index.retrieval, c.question.text));
    const total = [...w.values()].reduce((a, b) => a + b, 0);
    for (const p of c.passages.slice(1)) {
      const x = included.find((y) => y.p === p);
      if (!x || has(p) || used + x.text.length > shortChars + 300) continue;
      const shownTerms = new Set(picked.flatMap((y) => [...y.p.terms.keys()]));
      if (coverageOf(p, w, total, shownTerms) >= shortGain) take(x);
    }
  }
  for (const x of included) if (!has(x.p) && used + x.text.length <= shortChars) take(x);
  return picked;
}
