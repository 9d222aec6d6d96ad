// Runs one corpus case through the real engine and grades it: right, missed, or harmful (a wrong value stored).
import { PROFILE_FIELDS, type Profile, type ProfileField } from '../../src/domain/profile.js';
import { initialState, type ConversationState } from '../../src/engine/state.js';
import { step } from '../../src/engine/step.js';
import { nextQuestion } from '../../src/engine/next-question.js';
import { FLOW } from '../helpers/conversation.js';
import { fakeAdvice } from '../helpers/fake-advice.js';

/** One case of test/fixtures/understanding-corpus.json. */
export interface CorpusCase {
  id: string;
  kind: string;
  pending: ProfileField;
  before: Profile;
  message: string;
  expect: { set: Partial<Record<ProfileField, unknown>>; clarify?: ProfileField };
  note?: string;
}

/** The grade of one case, with what was stored and asked, for the failure listing. */
export interface Graded { grade: 'right' | 'missed' | 'harmful'; why: string; after: Profile; clarified?: ProfileField | undefined }

const NOW = new Date('2026-12-01T12:00:00Z');
// fields added after every set was written (the budget for applying, round 17): graded only where a case expects them
const NEWER_THAN_SETS: ReadonlySet<ProfileField> = new Set(['budget']);

/** Expected matches actual: objects as a subset, arrays as sets, everything else exactly. */
export function matches(expected: unknown, actual: unknown): boolean {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return false;
    return expected.every((e) => actual.some((a) => matches(e, a)));
  }
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object') return false;
    return Object.entries(expected).every(([k, v]) => matches(v, (actual as Record<string, unknown>)[k]));
  }
  return expected === actual;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The state a case starts from: its profile stored, and the pending question the one the case names. */
export function stateOf(c: CorpusCase): ConversationState {
  const profile = structuredClone(c.before);
  // questions the flow would ask before the case's pending one count as skipped, so the bot waits on the same question
  const skipped: ProfileField[] = [];
  for (let q = nextQuestion(FLOW, profile, skipped); q && q.id !== c.pending; q = nextQuestion(FLOW, profile, skipped)) skipped.push(q.id);
  const reached = nextQuestion(FLOW, profile, skipped)?.id === c.pending;
  return { ...initialState(), greeted: true, profile, skipped: reached ? skipped : [] };
}

/** Runs the case's message through `step` and grades what it stored and asked; `ungraded` fields did not exist when the case was written. */
export function grade(c: CorpusCase, ungraded: readonly ProfileField[] = [], now: Date = NOW): Graded {
  const advice = fakeAdvice();
  const { state } = step(stateOf(c), { kind: 'text', text: c.message }, { flow: FLOW, advice, now });
  const after = state.profile;
  const clarified = state.clarifying?.field;
  for (const field of PROFILE_FIELDS) {
    if (ungraded.includes(field) || (NEWER_THAN_SETS.has(field) && !(field in c.expect.set))) continue;
    const expected = c.expect.set[field];
    const changed = !same(after[field], c.before[field]);
    if (expected === undefined && changed) return { grade: 'harmful', why: `${field} changed to ${JSON.stringify(after[field])}`, after, clarified };
    if (expected !== undefined && changed && !matches(expected, after[field])) return { grade: 'harmful', why: `${field} stored as ${JSON.stringify(after[field])}`, after, clarified };
  }
  for (const [field, expected] of Object.entries(c.expect.set)) {
    if (!matches(expected, after[field as ProfileField])) return { grade: 'missed', why: `${field} not stored (still ${JSON.stringify(after[field as ProfileField])})`, after, clarified };
  }
  if (c.expect.clarify && clarified !== c.expect.clarify) return { grade: 'missed', why: `no clarifying question about ${c.expect.clarify}${clarified ? ` (asked about ${clarified})` : ''}`, after, clarified };
  if (!c.expect.clarify && clarified) return { grade: 'missed', why: `asked about ${clarified} instead of reading it`, after, clarified };
  return { grade: 'right', why: '', after, clarified };
}
