// Trial 15, constraints and fees: a budget the applicant states is laid against their plan's count (what it buys across
// the plan's specialties, and how much more the range needs), priced from the fee table with its season.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { ask, text } from '../helpers/ask-kit.js';
import { splitBudget } from '../../src/answers/budget-split.js';

const j1ImFm: Profile = {
  specialty: { primary: 'internal_medicine', backup: 'family_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 229, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2021,
  usce: { months: 0, kind: 'none', where: [] }, usLors: { count: 0 }, regions: ['anywhere'], stage: 'preparing', ecfmg: { status: 'certified' },
};

describe('a stated budget against the plan', () => {
  it.each([
    ['"ok so realistically i can only spend 1800 dollars, how many do i apply to"'],
    ['"my budget for ERAS is $1,800 - how many should I send?"'],
    ['"tengo un presupuesto de 1800 dólares, how many programs can I afford?"'],
  ])('%s: what $1,800 buys across both specialties, and how much more the range needs', (q) => {
    const t = text(ask(q.slice(1, -1), j1ImFm));
    expect(t).toMatch(/With \$1,800 for ERAS fees/);
    expect(t).toMatch(/internal medicine \d+ \(\$[\d,]+\) \+ family medicine \d+/);
    expect(t).toMatch(/more than you have|budget grows/);
    expect(t).toMatch(/ERAS season/);
  });

  it('a budget that covers the range says so', () => {
    expect(text(ask('I saved $9000 for apps, how many programs should I apply to?', j1ImFm))).toMatch(/covers the whole range/);
  });

  it('each specialty takes its cheap first programs before any program costs the later fee', () => {
    const split = splitBudget(700, [{ specialty: 'internal_medicine', min: 100, max: 120, why: '' }, { specialty: 'family_medicine', min: 20, max: 30, why: '' }]);
    expect(split).toEqual([{ specialty: 'internal_medicine', n: 31 }, { specialty: 'family_medicine', n: 30 }]);
    const more = splitBudget(1000, [{ specialty: 'internal_medicine', min: 100, max: 120, why: '' }, { specialty: 'family_medicine', min: 20, max: 30, why: '' }]);
    expect(more[0]).toEqual({ specialty: 'internal_medicine', n: 41 });
  });
});
