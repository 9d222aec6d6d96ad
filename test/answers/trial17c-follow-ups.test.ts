// Trial 17, follow-ups answer the question asked and fees say their year: the plan asked for in one specialty is
// that specialty's section of the plan; a cost pointing at the list just shown is the plan priced; a bare sum beside
// "afford" is a budget turned into a count; "what should I do now?" with applications out in the interview season
// is this season's steps with the season's dates; a fee table from an older season says so plainly.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { createAnswerer, answerQuestion } from '../../src/answers/answer.js';
import { loadArticles } from '../../src/knowledge/articles.js';
import { FULL_KB } from '../helpers/plan-kb.js';
import { staleFeeNote } from '../../src/plan/fee-season.js';

const answerer = createAnswerer(loadArticles('knowledge/articles'));
const DECEMBER = new Date('2026-12-09T12:00:00Z');
const ask = (q: string, profile: Profile, now = DECEMBER): string => {
  const r = answerQuestion(answerer, q, { profile, now, kb: FULL_KB });
  return r.found ? r.answer : '';
};

/** A green-card holder with psychiatry first and pediatrics as the backup, interviewing. */
const psychPeds: Profile = {
  specialty: { primary: 'psychiatry', backup: 'pediatrics' }, visa: 'green_card', step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 241, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2021,
  usce: { months: 6, kind: 'hands_on', where: ['san_diego'] }, usLors: { count: 3 }, regions: ['san_diego', 'inland_empire'],
  stage: 'interviewing', cycle: { submitted: true, interviews: 3 }, ecfmg: { status: 'certified' },
};
/** A J-1 internal medicine applicant, applications out, no interview, Orange County only. */
const j1None: Profile = {
  specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 226, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2019,
  usce: { months: 3, kind: 'hands_on', where: ['orange_county'] }, usLors: { count: 2 }, regions: ['orange_county'],
  stage: 'applying', cycle: { submitted: true, interviews: 0 }, ecfmg: { status: 'certified' },
};

describe('the plan asked for in one specialty is that specialty\'s section of the plan', () => {
  it.each([
    ['now do the pediatrics plan too'],
    ['peds version of this please'],
    ['me mostra o mesmo plano para pediatria'],
  ])('"%s": the backup\'s standing, count and list, not a guide', (q) => {
    const t = ask(q, psychPeds);
    expect(t).toMatch(/^Your plan in pediatrics, the backup in your saved plan/);
    expect(t).toMatch(/Applications in pediatrics: \d+–\d+ programs/);
    expect(t).toMatch(/Your pediatrics list: \d+ reach · \d+ target · \d+ safety/);
  });

  it('a specialty the plan does not hold is shown from a copy, with nothing changed', () => {
    const t = ask('what would the plan be for family medicine instead?', psychPeds);
    expect(t).toMatch(/^Your plan in family medicine \(your saved choice is psychiatry, backup pediatrics; nothing is changed/);
  });

  it('a verdict on a backup or a count keeps its own answer', () => {
    expect(ask('would peds be a better backup plan?', psychPeds)).not.toMatch(/^Your plan in pediatrics/);
    expect(ask('how many peds programs should I add?', psychPeds)).not.toMatch(/^Your plan in pediatrics/);
  });
});

describe('a cost pointing at the list just shown is the plan, priced', () => {
  it.each([
    ['ok and what would applying to all of those cost?'],
    ['the whole list, how much would that be in fees?'],
  ])('"%s": the plan\'s ERAS fees, never "our guides do not cover that fee"', (q) => {
    const t = ask(q, psychPeds);
    expect(t).toMatch(/ERAS fees/);
    expect(t).not.toMatch(/do not cover that fee/);
  });
});

describe('a bare sum beside "afford" is a budget', () => {
  it.each([
    ['how many programs can i afford with 1200', 1200],
    ['with 2,500 how many applications could I afford?', 2500],
  ])('"%s": the sum turned into a count from the fee table', (q, sum) => {
    expect(ask(q, j1None)).toMatch(new RegExp(`With \\$${sum.toLocaleString('en-US')} for ERAS fees`));
  });

  it('a count of programs beside "afford" is not money', () => {
    expect(ask('can I afford 45 programs?', j1None)).not.toMatch(/With \$45 for ERAS/);
  });
});

describe('"what should I do now?" with applications out, in the interview season', () => {
  it.each([
    ['what do I do now? its december'],
    ['ok so what should i do now'],
  ])('"%s": the season\'s steps, the narrow regions named, and the rank-list and Match Week dates', (q) => {
    const t = ask(q, j1None);
    expect(t).toMatch(/^You have no interviews so far/);
    expect(t).toMatch(/the narrow list of regions is the lever/);
    expect(t).toMatch(/rank order lists must be certified by about \d+ March 2027; Match Week, with SOAP/);
  });

  it('before the applications are out it stays the plan\'s first steps', () => {
    const t = ask('what should I do now?', { ...j1None, stage: 'preparing', cycle: { submitted: false } });
    expect(t).not.toMatch(/Match Week, with SOAP/);
  });

  it('after Match Day the season\'s steps are not said', () => {
    expect(ask('what should I do now?', j1None, new Date('2027-05-10T12:00:00Z'))).not.toMatch(/rank order lists must be certified/);
  });
});

describe('fees say their season plainly', () => {
  it('an older ERAS table names the season under way and how long the table held', () => {
    expect(staleFeeNote(2026, DECEMBER)).toMatch(/we found no fee table for the 2027 season.*the same table held in the 2025 to 2026 seasons.*aamc\.org/);
  });
  it('the NRMP and couples fees say the current table was not found, and cite no second-hand foreign site', () => {
    const nrmp = ask('what is the nrmp registration fee?', psychPeds);
    expect(nrmp).toMatch(/NRMP's current fee table is not in our sources/);
    const couples = ask('how much is the couples fee for each of us?', { ...psychPeds, couples: { matching: true, partnerSpecialty: 'internal_medicine', partnerNeedsVisa: false } });
    expect(couples).not.toMatch(/levelmedicine|\.au\b/);
  });
});
