// "why UCSD psych", "why harbor ucla?": a bare "why" before a program's name asks why that program sits where it does
// in the asker's list (the tier reasons), not a general question. Only a name the program tables know counts, so
// "why LA", "why psych" or "why not" stay general.
import type { NationalProgram } from '../knowledge/import/national-schema.js';
import type { PlanKb } from '../plan/build-plan.js';
import { joinedTable, programsNamed } from './program-names.js';

/** "why" then a few words that are not a verb or a pronoun: a name, not a clause ("why is ...", "why do I ..."). */
const BARE_WHY = /^\s*(?:(?:and|ok|okay|so|but|hmm)[,.]?\s+)?why\s+(?!(?:is|are|am|do|does|did|would|should|could|can|not|was|were|have|has|will|i|you|we|they|it|that|this|so|only|no|me|my)\b)([^?.!]{2,60})[?.!\s]*$/i;

/** "is Olive View neuro a real program?", "does X even exist?", "why is it not in my list": whether a named program is
 *  in the tables and in the asker's plan, which the tier answer says. */
const EXISTS = /\b(?:is|are)\s+([^?]{2,50}?)\s+(?:a |an )?(?:real|actual|legit|existing|proper|genuine)\s+(?:program|residency|residencies|programs)\b|\bdoes\s+([^?]{2,50}?)\s+(?:even |really |actually )?exist\b|\bwhy (?:is|are)\s+([^?]{2,50}?)\s+(?:not (?:in|on)|missing from|left out of|absent from|off) my (?:list|plan)\b/i;

const EMPTY: readonly NationalProgram[] = [];

/** True when the question asks whether a named program exists or why it is not in the asker's list. */
export function asksProgramExists(question: string, kb: PlanKb): boolean {
  const m = EXISTS.exec(question);
  const name = m && (m[1] ?? m[2] ?? m[3])!;
  return !!name && programsNamed(joinedTable(kb.programs, kb.national ?? EMPTY), question).length > 0;
}

/** True when the question is a bare "why <program>" and the program tables name a program in it. */
export function asksWhyProgram(question: string, kb: PlanKb): boolean {
  const m = BARE_WHY.exec(question);
  if (!m || m[1]!.trim().split(/\s+/).length > 6) return false;
  return programsNamed(joinedTable(kb.programs, kb.national ?? EMPTY), m[1]!).length > 0;
}
