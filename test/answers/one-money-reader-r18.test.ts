// One money reader and one fee count (round 18, tidy): the budget a message tells is read by the same reader whether
// understanding stores it or an answer prices it; an answer prices the budget stored before it reads the question
// again; and what a sum buys in ERAS fees is worked out by one function wherever it is said.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { budgetAsked, budgetText } from '../../src/answers/plan-budget.js';
import { budgetTold } from '../../src/engine/understand/budget-told.js';
import { normalise } from '../../src/engine/understand/normalise.js';
import { programsBought } from '../../src/plan/base-rates.js';
import { budgetLine } from '../../src/render/budget-line.js';
import { ask, text } from '../helpers/ask-kit.js';

const fmFile: Profile = {
  specialty: { primary: 'family_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 232, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2022,
  usce: { months: 3, kind: 'hands_on', where: [] }, usLors: { count: 2 }, regions: ['anywhere'], stage: 'preparing', ecfmg: { status: 'certified' },
};

describe('a budget is read by one reader, told to the interview or asked in a question', () => {
  it.each([
    ['honestly the most i can only spend is 1,400 dollars. how many programs is that?', 1400],
    ['with 2,200 how many applications could I afford on ERAS?', 2200],
    ['mi presupuesto es de 950 dólares, how many programs can I apply to?', 950],
    ['budget is 1.2k total, how many apps does that buy', 1200],
  ])('"%s" is $%i to both', (said, usd) => {
    expect(budgetTold(normalise(said).text)).toBe(usd);
    expect(budgetAsked(said)).toBe(usd);
  });

  it.each([
    'I can afford 120 programs at most, how many should I apply to?',
    'my budget covers 150 applications, how many programs is realistic?',
    'is $2000 enough? how many programs do people send',
  ])('"%s" tells no budget (a count beside the money word, or a sum only asked about)', (said) => {
    expect(budgetTold(normalise(said).text)).toBeUndefined();
    expect(budgetAsked(said)).toBeUndefined();
  });
});

describe('an answer prices the budget the applicant already gave', () => {
  it('asked later without the sum, the stored $1,300 is what the count is worked from', () => {
    const t = text(ask('so how many programs can I afford?', { ...fmFile, budget: 1300 }));
    expect(t).toMatch(/\$1,300/);
  });

  it('a question about programs that names no money and has no budget stored gets no budget line', () => {
    expect(text(ask('so how many programs can I afford?', fmFile))).not.toMatch(/With \$[\d,]+ for ERAS fees/);
  });
});

describe('what a sum buys in ERAS fees is one count wherever it is said', () => {
  it('the plan\'s budget line and the priced answer give the same count, past the cheaper first programs too', () => {
    for (const usd of [250, 330, 700, 4_000, 40_000]) {
      const n = programsBought(usd).count;
      expect(budgetText(usd)).toContain(`up to ${n} programs`);
      expect(budgetLine(usd, undefined, undefined)).toContain(`about ${n} programs`);
    }
  });

  it('programs already sent have used the cheaper fees first: $100 after 25 sent buys 5 at the first fee and 1 after', () => {
    expect(programsBought(100, 25)).toEqual({ count: 6, atFirst: 5, atLater: 1 });
    expect(budgetLine(100, 25, undefined)).toMatch(/about 6 more programs beside the 25 sent/);
  });
});
