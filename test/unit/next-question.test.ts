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

describe('comparing a what-if plan with the current one', () => {
  it('lists changed tier counts, applications, newly open programs and changed warnings', async () => {
    const { comparePlans } = await import('../../src/engine/compare-plans.js');
    const p = (id: string) => ({ id, name: `Program ${id}`, specialty: 'internal_medicine' as const, city: 'LA', region: 'la_county' as const, band: 'core LA' as const, reasons: [], verify: [] });
    const base = { profile: {}, nextSteps: [], caveats: [] };
    const before = { ...base, tiers: { reach: [p('a')], target: [], safety: [] }, excluded: [p('b')], applications: { min: 120, max: 160, why: '' }, warnings: ['old'] };
    const after = { ...base, tiers: { reach: [p('a')], target: [p('b')], safety: [] }, excluded: [], applications: { min: 90, max: 130, why: '' }, warnings: ['new'] };
    expect(comparePlans(before, after)).toEqual(['Target programs: 0 -> 1', 'Closed to you: 1 -> 0', 'Applications to send: 120-160 -> 90-130', 'Newly open: Program b', 'Instead: new']);
    expect(comparePlans(before, before)).toEqual([]);
  });
});
