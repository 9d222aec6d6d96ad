// The next question is computed from the answers, never stored: the first applicable unanswered one.
import type { Profile, ProfileField } from '../domain/profile.js';
import { applies, type Flow, type Question } from './flow.js';

/** The first question that applies, is unanswered and was not skipped; undefined when done. */
export function nextQuestion(flow: Flow, profile: Profile, skipped: readonly ProfileField[]): Question | undefined {
  return flow.questions.find((q) => profile[q.id] === undefined && !skipped.includes(q.id) && applies(q, profile));
}

/** Applicable questions still unanswered (skipped ones included), for "plan uses what I have so far". */
export function missingFields(flow: Flow, profile: Profile): ProfileField[] {
  return flow.questions.filter((q) => profile[q.id] === undefined && applies(q, profile)).map((q) => q.id);
}
