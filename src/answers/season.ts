// Today's place in the match season, said before an answer that depends on it: a date asked for ("whats the match day
// 2027", "deadline for ERAS 2027") is read from the calendar of the Match year named (knowledge/match-calendar.json),
// and a question about applying now, this cycle or too late, from someone whose applications are not out, hears
// plainly what the date means (late in the 2027 Match's interview season) and when the next cycle opens.
import { z } from 'zod';
import type { AskResult } from '../domain/advice.js';
import { applicationsIn, type Profile } from '../domain/profile.js';
import { cycleOfMatch, cycleOn, cyclePhase } from '../knowledge/calendar.js';
import { readKnowledgeJson } from '../knowledge/knowledge-files.js';
import { wordsPattern } from './words-pattern.js';

const EVENT_IDS = ['match_day', 'match_week', 'rol_deadline', 'rol_opens', 'eras_opens', 'submit_opens', 'nrmp_early_deadline', 'nrmp_registration', 'eras_deadline'] as const;
type EventId = (typeof EVENT_IDS)[number];
const words = z.array(z.string().min(2)).min(1);
/** Validates knowledge/answers/season-words.json. */
const seasonWordsSchema = z.object({
  $comment: z.string().optional(), events: z.object(Object.fromEntries(EVENT_IDS.map((id) => [id, words])) as Record<EventId, typeof words>),
  dateAsk: words, now: words, notApplied: words, late: words, lateIfNotApplied: words,
});

/** The vocabulary compiled once when this module loads. */
const SEASON = ((file: unknown) => {
  const f = seasonWordsSchema.parse(file);
  return {
    events: EVENT_IDS.map((id) => ({ id, re: wordsPattern(f.events[id]) })), dateAsk: wordsPattern(f.dateAsk),
    now: wordsPattern(f.now), notApplied: wordsPattern(f.notApplied), late: wordsPattern(f.late), lateIfNotApplied: wordsPattern(f.lateIfNotApplied),
  };
})(readKnowledgeJson('answers/season-words.json'));

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
type Item = { date: string; approx: boolean; what: string; source: string };
/** A calendar date in words ("about 19 March 2027" when the calendar has it only by its rule). */
export const on = (i: Item) => { const [y, m, d] = i.date.split('-').map(Number); return `${i.approx ? 'about ' : ''}${d} ${MONTHS[m! - 1]} ${y}`; };
const SOURCE = 'the match calendar (AAMC ERAS timeline and NRMP Main Residency Match dates, each with its source in our calendar; exact days on aamc.org and nrmp.org)';
/** What each event is, in a sentence's words. */
const EVENT_WORDS: Readonly<Record<Exclude<EventId, 'eras_deadline'>, string>> = {
  match_day: 'Match Day', match_week: 'Match Week (with SOAP, Monday to Thursday) begins', rol_deadline: 'rank order lists must be certified by',
  rol_opens: 'rank order list entry opens', eras_opens: 'the ERAS season opens', submit_opens: 'applications can be submitted to programs from',
  nrmp_early_deadline: 'NRMP\'s standard registration deadline (a late fee after it) is', nrmp_registration: 'NRMP registration opens',
};

/** The Match year a question names ("match day 2027", "ERAS 2027": the season of the 2027 Match), if our calendar has it. */
function matchNamed(question: string): number | undefined {
  for (const m of question.matchAll(/\b(20[2-9]\d)\b/g)) if (cycleOfMatch(Number(m[1]))) return Number(m[1]);
  return undefined;
}

/** The dates a question asks for, from the calendar of the Match it names (else today's); undefined when it asks none. */
function seasonDateText(question: string, now?: Date): string | undefined {
  if (!SEASON.dateAsk.test(question)) return undefined;
  const asked = SEASON.events.filter((e) => e.re.test(question)).map((e) => e.id);
  if (!asked.length) return undefined;
  const named = matchNamed(question);
  const c = named !== undefined ? cycleOfMatch(named) : now ? cycleOn(now) : undefined;
  if (!c) return undefined;
  const today = now?.toISOString().slice(0, 10);
  const past = (i: Item) => (today && i.date < today ? ' (already past)' : '');
  const lines = asked.filter((id) => !(id === 'nrmp_registration' && asked.includes('nrmp_early_deadline')) && !(id === 'submit_opens' && asked.includes('eras_deadline'))).map((id) => {
    if (id === 'eras_deadline') {
      return `ERAS has no single deadline for the ${c.match} Match: applications could go to programs from ${on(c.at.submit_opens)}${past(c.at.submit_opens)}, programs began reviewing ${on(c.at.review_begins)}${past(c.at.review_begins)}, and the season closes ${on(c.at.eras_ends)}. Each program sets its own deadline, many in the autumn, and interview places go in the order programs review.`;
    }
    const i = c.at[id];
    return id === 'match_day' ? `Match Day of the ${c.match} Match is ${on(i)}${past(i)}, the Friday of Match Week.`
      : `For the ${c.match} Match, ${EVENT_WORDS[id]} ${on(i)}${past(i)}.`;
  });
  return lines.join(' ');
}

/** True when the asker's applications for this cycle are not out: said so, or not saved as out. */
function notOut(profile: Profile | undefined, question: string): boolean {
  return SEASON.notApplied.test(question) || !profile || !applicationsIn(profile);
}

/** What today means for someone asking whether to apply now: undefined before the season is late, or when the
 *  question is not about applying now, or when the asker's applications are out. */
function lateSeasonText(question: string, profile: Profile | undefined, now: Date): string | undefined {
  const phase = cyclePhase(now);
  if (!['interview_season', 'rank_list', 'awaiting_match', 'match_week'].includes(phase)) return undefined;
  // "what do I do now?" is about applying only from someone whose applications are known not to be out
  const knownNotOut = SEASON.notApplied.test(question) || profile?.stage === 'preparing' || profile?.cycle?.submitted === false;
  const asks = SEASON.late.test(question) || SEASON.notApplied.test(question) || (knownNotOut && SEASON.lateIfNotApplied.test(question))
    || (SEASON.now.test(question) && /\b(apply|applying|application|programs?|cost|spend|budget|eras)\b/i.test(question));
  if (!asks || !notOut(profile, question)) return undefined;
  return lateSeasonLine(now);
}

/** What today means for applying to the current cycle, late in its season (undefined before that). */
export function lateSeasonLine(now: Date): string | undefined {
  const phase = cyclePhase(now);
  if (!['interview_season', 'rank_list', 'awaiting_match', 'match_week'].includes(phase)) return undefined;
  const c = cycleOn(now)!;
  const next = cycleOfMatch(c.match + 1);
  const where = phase === 'interview_season' ? `Today is in the interview season of the ${c.match} Match`
    : phase === 'rank_list' ? `Today is in the rank-list weeks of the ${c.match} Match (lists lock ${on(c.at.rol_deadline)})` : `Today is in the last weeks of the ${c.match} Match`;
  const aim = next ? `aim for the ${next.match} Match (its ERAS season opens ${on(next.at.eras_opens)}, applications go out from ${on(next.at.submit_opens)})`
    : 'aim for the next cycle (its ERAS season opens in early June)';
  return `${where}: ERAS opened ${on(c.at.eras_opens)} and programs began reviewing ${on(c.at.review_begins)}, so most interview invitations have gone out; an application sent now rarely brings an interview, and NRMP's standard registration closed ${on(c.at.nrmp_early_deadline)} (a late fee after it). Unless your applications are already out, ${aim} and spend the months and the money until then on the weakest parts of your file.`;
}

/** The answer with the season said first when the question turns on it (a date asked, or applying now); refusals and
 *  answers that already read the calendar are left as they are. */
export function withSeason(result: AskResult, question: string, profile: Profile | undefined, now: Date | undefined): AskResult {
  if (!result.found || result.kind === 'refusal') return result;
  const dated = seasonDateText(question, now);
  const late = now ? lateSeasonText(question, profile, now) : undefined;
  const lead = [dated, late && !result.answer.includes(late) ? late : undefined].filter(Boolean).join('\n');
  if (!lead) return result;
  const answer = /\nSources: (?![\s\S]*\nSources: )/.test(result.answer)
    ? `${lead}\n\n${result.answer.replace(/(\n+)Sources: (?![\s\S]*\nSources: )/, `$1Sources: ${SOURCE}; `)}`
    : `${lead}\n\n${result.answer}\nSources: ${SOURCE}.`;
  return { ...result, answer };
}
