// "Is 221 ok for LA?": a yes/no on a stated Step 2 CK against the Los Angeles screen line the guides themselves
// quote (read from the guide text, never restated here), said first, before the guides' general passages.
import type { Profile } from '../domain/profile.js';
import type { AnswerIndex } from './passage-index.js';
import { withoutPracticeScores } from './practice-score-note.js';

/** The guide sentence that gives the LA screen line ("screen at an internal Step 2 CK line of around 225–230"). */
const SCREEN = /screen at an internal Step 2 CK line of around (\d{3})[–-](\d{3})/;
/** Asks whether a score is good enough. */
const JUDGES = /\b(?:ok|okay|enough|good|fine|competitive|decent|low|safe|realistic|acceptable|pass the (?:screen|cut-?off)|make the cut|chances?)\b/i;
/** Names Los Angeles or Southern California ("LA" as typed, "la" only after a place word, so Spanish "la" is not LA). */
const LA_UPPER = /\bLA\b/;
const LA_WORDS = /\b(?:for|in|at|into|around|programs?) la\b|\blos angeles\b|\bso ?cal\b|\bsouthern california\b/i;
/** A score in the Step 2 CK range, not money, a count or a Step 1 score. */
const SCORE = /(?<![\d$.,])\b(1[89]\d|2[0-7]\d)\b(?!\s*(?:%|\$|programs?|applications?|apps?|months?|years?|k\b))/g;
const NOT_CK = /\bstep ?(?:1|one|3|three)\b|\bcomlex\b/i;
const SOMEONE_ELSE = /\b(?:friend|roommate|colleague|cousin|brother|sister|wife|husband|he|she|his|her|they|their)\b/i;

const cache = new WeakMap<AnswerIndex, { low: number; high: number; title: string } | undefined>();
function screenOf(index: AnswerIndex): { low: number; high: number; title: string } | undefined {
  if (!cache.has(index)) {
    const entry = index.retrieval.entries.find((e) => SCREEN.test(e.article.body));
    const m = entry ? SCREEN.exec(entry.article.body) : null;
    cache.set(index, m && entry ? { low: Number(m[1]), high: Number(m[2]), title: entry.article.title } : undefined);
  }
  return cache.get(index);
}

/** The yes/no line for "is <score> ok for LA?" (the stated score, or the saved one when none is stated), or undefined
 *  when the question does not judge one Step 2 CK score for LA. */
export function laScreenLine(typed: string, index: AnswerIndex, profile?: Profile): string | undefined {
  // a practice or predicted score is not the result programs screen on (src/answers/practice-score-note.ts)
  const question = withoutPracticeScores(typed);
  if (!JUDGES.test(question) || !(LA_UPPER.test(question) || LA_WORDS.test(question)) || NOT_CK.test(question) || SOMEONE_ELSE.test(question)) return undefined;
  const stated = [...new Set([...question.matchAll(SCORE)].map((m) => Number(m[1])))];
  const saved = profile?.step2ck?.taken ? profile.step2ck.score : undefined;
  const score = stated.length === 1 ? stated[0]! : stated.length === 0 && /\b(?:my (?:score|ck|step ?2)|i have|mine)\b/i.test(question) ? saved : undefined;
  const screen = screenOf(index);
  if (score === undefined || !screen) return undefined;
  const line = `the ${screen.low}–${screen.high} Step 2 CK line many Los Angeles programs are said to screen at before a human reads the file (our guide "${screen.title}")`;
  if (score < screen.low) return `No, not for most LA programs: ${score} is below ${line}. The LA programs that may look past a score are mostly community and county programs in primary care, so keep LA as your focus and apply far beyond it.`;
  if (score <= screen.high) return `Borderline: ${score} sits inside ${line}, so some LA programs will screen it out and some will read on. Apply beyond LA as well.`;
  return `It clears ${line}; for a non-US IMG the bar at selective LA programs is higher still, and letters, US clinical experience and ties decide the rest.`;
}
