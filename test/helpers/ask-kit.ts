// What the routing tests read from an answer: the question asked through the real advice (with a stored profile or
// none), the answer's kind, text and missing fact, whether it was refused, and a profile with some answers left out.
import type { AskResult } from '../../src/domain/advice.js';
import type { Profile } from '../../src/domain/profile.js';
import { ADVICE } from '../answers/grade.js';

/** The date the routing tests ask on. */
export const ASK_NOW = new Date('2026-12-01T12:00:00Z');
/** The question through the advice, with this profile stored (or none). */
export const ask = (q: string, profile?: Profile): AskResult => ADVICE.ask(q, profile ? { profile, now: ASK_NOW } : undefined);
/** How the answer was made: refusal, plan, articles ..., or 'nearest' when nothing was found. */
export const kind = (r: AskResult): string => (r.found ? r.kind ?? 'articles' : 'nearest');
/** The answer's text, '' when nothing was found. */
export const text = (r: AskResult): string => (r.found ? r.answer : '');
/** The stored answer the reply asks for, if any. */
export const needs = (r: AskResult) => (r.found ? r.needs : undefined);
/** Refused: a refusal, or an answer opening with a decline. */
export const refused = (r: AskResult): boolean => kind(r) === 'refusal' || /^I will not help\b/.test(text(r));
/** The profile with the named answers left out. */
export const without = (full: Profile, ...fields: (keyof Profile)[]): Profile =>
  Object.fromEntries(Object.entries(full).filter(([k]) => !fields.includes(k as keyof Profile))) as Profile;
/** The complete J-1 IM file the round-8 and round-9 routing tests leave answers out of. */
export const ROUTING_FULL: Profile = {
  specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 228, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2022,
  usce: { months: 3, kind: 'hands_on', where: ['la_county'] }, usLors: { count: 3, inSpecialty: true },
  regions: ['la_county', 'orange_county'], ecfmg: { status: 'certified' },
};
