// Proves the next question is computed from the answers: first applicable, unanswered, unskipped.
import { describe, expect, it } from 'vitest';
import { parseFlow } from '../../src/engine/flow.js';
import { nextQuestion } from '../../src/engine/next-question.js';
import { FLOW } from '../helpers/conversation.js';

describe('next question', () => {
  it('starts with the specialty', () => {
    expect(nextQuestion(FLOW, {}, [])?.id).toBe('specialty');
  });
  it('skips answered and skipped fields', () => {
    expect(nextQuestion(FLOW, { specialty: { primary: 'psychiatry' } }, ['visa'])?.id).toBe('step1');
  });
  it('asks LA ties only when a California region is wanted', () => {
    const base = { specialty: { primary: 'psychiatry' as const }, visa: 'needs_j1' as const, step1: { result: 'passed' as const, attempts: 1 }, step2ck: { taken: false as const }, step3: { status: 'not_taken' as const }, graduationYear: 2020, usce: { months: 0, kind: 'none' as const, where: [] }, usLors: { count: 0 }, languages: ['English'] };
    expect(nextQuestion(FLOW, { ...base, regions: ['other_us'] }, [])?.id).toBe('research');
    expect(nextQuestion(FLOW, { ...base, regions: ['la_county'] }, [])?.id).toBe('laTies');
  });
  it('is done when everything is answered', () => {
    const all = Object.fromEntries(FLOW.questions.map((q) => [q.id, 'x']));
    expect(nextQuestion(FLOW, all as never, [])).toBeUndefined();
  });
  it('refuses a flow with a duplicate question or a condition on a later question', () => {
    const q = FLOW.questions[0]!;
    expect(() => parseFlow({ version: 1, questions: [q, q] })).toThrow(/appears twice/);
    expect(() => parseFlow({ version: 1, questions: [{ ...q, when: { field: 'regions', includesAny: ['la_county'] } }] })).toThrow(/not asked before/);
    expect(() => parseFlow({ version: 1, questions: [{ ...q, id: 'favouriteColour' }] })).toThrow(/questions\.0\.id/);
  });
});
