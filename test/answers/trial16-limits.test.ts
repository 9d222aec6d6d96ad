// A new user's trial, round 16, classes 3 and 4: counts and costs follow the limits the applicant set (one county: all
// the programs open there, priced, with what widening adds; a budget typed as a bare number beside "budget"), and facts
// told in passing are not read as something else (months of experience are no plan of programs; a visa added as one more
// option is "either"; no saved region is never "anywhere, as you said"). Questions written for this test.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { answerQuestion, createAnswerer } from '../../src/answers/answer.js';
import { budgetAsked } from '../../src/answers/plan-budget.js';
import { statedPlan } from '../../src/answers/plan-applications.js';
import { midseasonText } from '../../src/answers/midseason.js';
import { loadArticles } from '../../src/knowledge/articles.js';
import { FULL_KB } from '../helpers/plan-kb.js';
import { conversation } from '../helpers/conversation.js';

const answerer = createAnswerer(loadArticles('knowledge/articles'));
const ask = (q: string, profile: Profile): string => {
  const r = answerQuestion(answerer, q, { profile, now: new Date('2026-12-07T12:00:00Z'), kb: FULL_KB });
  return r.found ? r.answer : '';
};

// an Orange-County-only H-1B applicant, and an LA-only family medicine applicant on a work permit
const ORANGE_ONLY = { specialty: { primary: 'internal_medicine' }, visa: 'needs_h1b', step1: { result: 'passed', attempts: 1 }, step2ck: { taken: true, score: 229, attempts: 1 }, step3: { status: 'passed', score: 221 }, graduationYear: 2016, usce: { months: 4, kind: 'hands_on', where: ['orange_county'] }, regions: ['orange_county'] } as Profile;
const LA_ONLY_FM = { specialty: { primary: 'family_medicine' }, visa: 'ead', step1: { result: 'passed', attempts: 1 }, step2ck: { taken: true, score: 236, attempts: 1 }, graduationYear: 2012, usce: { months: 2, kind: 'hands_on', where: ['la_county'] }, regions: ['la_county'] } as Profile;

describe('a count answer stays inside the regions the applicant chose', () => {
  it('Orange County only: the one program there, never "apply to 90-120" as the headline', () => {
    const t = ask('so how many places should I send it to?', ORANGE_ONLY);
    expect(t).toMatch(/The regions you chose hold 1 internal medicine program open to you/);
    expect(t).toMatch(/apply to it/);
    expect(t).toMatch(/Widening adds \d+ more elsewhere in California and \d+ in other states/);
    expect(t.split('\n')[0]).not.toMatch(/^For your plan: apply to about/);
  });

  it('LA County only, with the fee asked: the programs there priced, then the full range only if widened', () => {
    const t = ask('what would applying cost me, only LA county for me', LA_ONLY_FM);
    expect(t).toMatch(/apply to all \d+/);
    expect(t).toMatch(/ERAS fees for the \d+ inside your regions: \$\d/);
    expect(t).toMatch(/If you widen your regions: apply to about/);
  });
});

describe('a budget typed without a dollar sign is still a budget', () => {
  it.each([
    ['how many programs can i apply to with a 1200 budget?', 1200],
    ['budget is 2k, how many applications is that', 2000],
    ['my budget: 1,800 - how many programs?', 1800],
  ])('%s', (q, n) => expect(budgetAsked(q)).toBe(n));

  it('a number of programs beside the word budget is no budget', () => {
    expect(budgetAsked('with my budget how many programs, 40 programs?')).toBeUndefined();
  });
});

describe('facts told in passing are not read as something else', () => {
  it('months of experience in a specialty are no plan of programs', () => {
    expect(statedPlan('did 4 weeks IM sub-i and 8 weeks FM clinic in Fresno')).toEqual([]);
    expect(statedPlan('thinking 70 FM and 25 programs in psych')).toEqual([{ specialty: 'family_medicine', n: 70 }, { specialty: 'psychiatry', n: 25 }]);
  });

  it('no region saved is said as not told, never as "anywhere, as you said"', () => {
    const t = midseasonText({ specialty: { primary: 'internal_medicine' }, visa: 'needs_j1' } as Profile, 'only 1 interview so far, what now');
    expect(t).not.toMatch(/as you said/);
    expect(t).toMatch(/you have not told me where/);
  });

  it('a visa added as one more option beside the other one stored is "either"; dropping the stored one is not', () => {
    const c = conversation();
    ['start', 'IM', 'H1B only'].forEach((t) => c.say(t));
    expect(c.profile.visa).toBe('needs_h1b');
    c.say('thinking again, a J-1 would be fine too');
    expect(c.profile.visa).toBe('either');
    const d = conversation();
    ['start', 'IM', 'J1'].forEach((t) => d.say(t));
    d.say('H1B is also an option for me');
    expect(d.profile.visa).toBe('either');
    const e = conversation();
    ['start', 'IM', 'H1B'].forEach((t) => e.say(t));
    e.say('J1 too, not H1B');
    expect(e.profile.visa).toBe('needs_j1');
  });
});
