// The questions that sit beside a guide topic and were answered by the neighbouring passage (trial 13): another
// person's own case, a work permit's end date, a score judged for LA, a near topic with its own answer, and the rank
// list in the asker's own specialty. Each is read by its own small file; this one says them in a reply.
import type { AskResult } from '../domain/advice.js';
import type { Profile } from '../domain/profile.js';
import type { Answerer } from './answerer.js';
import { fromArticles } from './from-articles.js';
import { laScreenLine } from './la-screen.js';
import { nearTopic } from './near-topics.js';
import { numbersAsDigits } from './number-words.js';
import { onePersonLine, otherApplicantIn, theirScoreLine } from './other-applicant.js';
import { withoutRepeat } from './passage-cuts.js';
import { permitExpiryAnswer } from './permit-expiry.js';
import type { questionShape } from './question-shape.js';
import { ownRankLead, withOwnRankLead } from './rank-list-own.js';

type Shape = ReturnType<typeof questionShape>;
const planReply = (answer: string): AskResult => ({ found: true, kind: 'plan', articleId: '', title: '', answer, source: '', sources: [], private: true });

/** Another person's case: one person per chat, then their score beside the figures or the guides' general answer. */
function forOtherPerson(a: Answerer, text: string, shape: Shape, other: NonNullable<ReturnType<typeof otherApplicantIn>>, trace: string[]): AskResult {
  const opening = onePersonLine(other.who, other.they);
  const score = theirScoreLine(numbersAsDigits(text), other.they);
  // the figures, not the asker's plan: an answer like the guides' (kind articles), not a private plan reply
  if (score) return { found: true, kind: 'articles', articleId: '', title: '', answer: `${opening}\n${score}\n\nSources: NRMP Charting Outcomes for non-US IMGs (nrmp.org).`, source: 'NRMP Charting Outcomes for non-US IMGs (nrmp.org)', sources: ['NRMP Charting Outcomes for non-US IMGs (nrmp.org)'] };
  const general = fromArticles(a, text, shape, trace);
  if (general.found && general.kind === 'articles') return { ...general, answer: `${opening}\n\n${general.answer}` };
  return { found: true, kind: 'articles', articleId: '', title: '', source: '', sources: [], answer: `${opening} ask me the question as a general one (for example "what can an IMG with a low CK do?") and I will answer it from our guides.` };
}

/** The reply to a question asked beside a guide topic (`said`: every word typed, in English; `text`: the question),
 *  or undefined when it is none of them. */
export function askedBeside(a: Answerer, said: string, text: string, shape: Shape, trace: string[], context?: { profile: Profile; now: Date }): AskResult | undefined {
  // "my sister has CK 250, what should she do?": another person's own case, answered in general
  const other = otherApplicantIn(text) ?? otherApplicantIn(said);
  if (other) return forOtherPerson(a, text, shape, other, trace);
  // "my EAD expires July 2026, a problem?": the date against today and July 1
  const expiry = context ? permitExpiryAnswer(said, context.now, context.profile) : undefined;
  if (expiry) return planReply(`${expiry}\nSources: our guide "Not J-1 or H-1B - DACA, a work permit (EAD), F-1 and OPT"; general knowledge (uscis.gov).`);
  // "is 221 ok for LA?": yes or no against the screen line the guides quote, then the guides
  const screen = laScreenLine(said, a.index, context?.profile);
  if (screen) {
    const general = fromArticles(a, text, shape, trace);
    if (!general.found || general.kind !== 'articles') return { found: true, kind: 'articles', articleId: '', title: '', answer: `In short: ${screen}`, source: '', sources: [] };
    return { ...general, answer: `In short: ${screen}\n\n${withoutRepeat(general.answer.replace(/^In short:[^\n]*\n\n/, ''), screen)}` };
  }
  // a question next to a guide topic ("on a B1/B2, can I stay and apply?"): its own answer
  const near = nearTopic(said);
  if (near) return { found: true, kind: 'articles', articleId: near.id, title: '', answer: `${near.answer}\n\nSources: ${near.sources.join('; ')}.`, source: near.sources.join('; '), sources: near.sources };
  return undefined;
}

/** The guides' general answer with the rank-list lead in the asker's own specialty ("how many should I rank?"), also
 *  when the guides found nothing; the answer unchanged otherwise. */
export function withOwnSpecialty(general: AskResult, said: string, profile?: Profile): AskResult {
  if (!general.found) {
    const lead = ownRankLead(said, profile);
    return lead ? planReply(`${lead}\nSources: NRMP Charting Outcomes (nrmp.org); our guide "The match calendar, and what to do at each point of it".`) : general;
  }
  return general.kind === 'articles' ? { ...general, answer: withOwnRankLead(said, general.answer, profile) } : general;
}
