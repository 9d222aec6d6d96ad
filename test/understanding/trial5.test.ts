// A new user's trial, round 5: glued scores and counts, years of other events, "only X, not Y" in other languages,
// a short answer about another field than the pending one, and the Step 1 attempt a bare "passed" does not tell.
import { describe, expect, it } from 'vitest';
import { conversation } from '../helpers/conversation.js';

const toStep1 = ['start', 'IM', 'need a J-1'];
const toStep2 = [...toStep1, 'passed step 1 on the first attempt'];
const toUsce = [...toStep2, 'ck 230', 'step 3 not taken', '2019'];

function after(before: string[], said: string) {
  const c = conversation();
  before.forEach((t) => c.say(t));
  c.say(said);
  return c;
}

describe('a score or count glued to its exam or unit word is read', () => {
  it.each([
    [toStep2, 'ck238', { step2ck: { taken: true, score: 238 } }],
    [toStep2, 's2ck 241 first attempt', { step2ck: { taken: true, score: 241 } }],
    [toStep2, 'step2ck219', { step2ck: { taken: true, score: 219 } }],
    [toStep1, 'step1passed, ck227', { step1: { result: 'passed' }, step2ck: { taken: true, score: 227 } }],
    [toUsce, '4pubs and 2posters', { research: { publications: 4, posters: 2 } }],
    [toUsce, '2LORs from IM attendings', { usLors: { count: 2 } }],
    [toUsce, 'usce5mo hands on in orange county', { usce: { months: 5, kind: 'hands_on' } }],
  ])('%#: %s', (before, said, expected) => {
    expect(after(before, said).profile).toMatchObject(expected);
  });
});

describe('a year belongs to the event it sits with', () => {
  it.each([
    [toStep1, 'passed step 1 on 2nd attempt (failed the first in 2021)'],
    [toStep1, 'currently doing an MSc in London, done sept 2027'],
    [toStep1, 'moved to Houston in 2023 with my husband'],
    [toStep1, 'working as a GP since 2022'],
    [[...toStep2, 'ck 230', 'step 3 not taken'], 'moved to the US in 2024'],
  ])('%#: %s stores no graduation year', (before, said) => {
    expect(after(before, said).profile.graduationYear).toBeUndefined();
  });

  it.each([
    ['MBBS 2018, then an MPH in 2021', 2018],
    ['graduated in 2020, worked in the ER from 2021', 2020],
    ['2017', 2017],
  ])('%s is graduation %i', (said, year) => {
    expect(after([...toStep2, 'ck 230', 'step 3 not taken'], said).profile.graduationYear).toBe(year);
  });
});

describe('"only X, not Y" in Hindi-Urdu and Spanish', () => {
  it.each([
    ['mujhe sirf J1 chahiye, H1b nahi lena', 'needs_j1'],
    ['sirf H1B chahiye, J1 nahi', 'needs_h1b'],
    ['mujhe H1b hi chahiye, J1 nahi', 'needs_h1b'],
    ['solo J1, H1B no', 'needs_j1'],
    ['solamente H1B, J1 no', 'needs_h1b'],
  ])('%s', (said, visa) => {
    expect(after(['start', 'IM'], said).profile.visa).toBe(visa);
  });

  it.each([
    ['sirf psych', { primary: 'psychiatry' }],
    ['mujhe sirf FM karna hai, IM nahi', { primary: 'family_medicine' }],
    ['quiero solo pediatria, cirugia no', { primary: 'pediatrics' }],
  ])('%s', (said, specialty) => {
    expect(after(['start'], said).profile.specialty).toEqual(specialty);
  });
});

describe('a short answer about another field than the one asked is stored, and the question asked again', () => {
  it.each([
    ['ecfmg done'],
    ['ECFMG cleared last month'],
    ['got my ecfmg certificate'],
    ['ecfmg is all done'],
  ])('%s (CK pending)', (said) => {
    const c = after(toStep2, said);
    expect(c.profile.ecfmg).toEqual({ status: 'certified' });
    expect(c.text).not.toMatch(/did not understand/);
    expect(c.asking).toBe('step2ck');
  });

  it('an ECFMG part still missing is not certified ("ecfmg done except OET")', () => {
    expect(after(toStep2, 'ecfmg done except OET').profile.ecfmg).toEqual({ status: 'in_progress', missing: ['oet'] });
  });

  it('"step 1 done" while CK is asked asks how Step 1 went, not for the CK score', () => {
    const c = after([...toStep1, 'skip'], 'step 1 done');
    expect(c.state.clarifying?.field ?? c.asking).toBe('step1');
  });
});

describe('"yes" to how Step 1 went: passed, and the attempt asked once', () => {
  it.each([
    ['yes', 'first', 1],
    ['yeah', '2nd', 2],
    ['sí', 'after a retake', 2],
    ['yes', 'first try', 1],
  ])('%s, then %s', (yes, attempt, attempts) => {
    const c = after(toStep1, yes);
    expect(c.profile.step1).toBeUndefined();
    expect(c.text).toMatch(/first attempt, or after a retake/);
    c.say(attempt);
    expect(c.profile.step1).toEqual({ result: 'passed', attempts });
    expect(c.asking).toBe('step2ck');
  });

  it('the attempt words in the answer itself need no question', () => {
    expect(after(toStep1, 'yes, first attempt').profile.step1).toEqual({ result: 'passed', attempts: 1 });
    expect(after(toStep1, 'yes on the 2nd try').profile.step1).toEqual({ result: 'passed', attempts: 2 });
  });
});

describe('round-4 leftovers', () => {
  const toGrad = [...toStep2, 'ck 230', 'step 3 not taken'];
  it.each([
    ['graduated the year covid started', 2020],
    ['finished MBBS the year the pandemic hit', 2020],
    ['passed out the year before covid', 2019],
  ])('a year told by an event: %s', (said, year) => {
    expect(after(toGrad, said).profile.graduationYear).toBe(year);
  });

  const toRegions = [...toUsce, '3 months obs in LA', '2 letters', 'english'];
  it.each([
    ['all of california please, not just LA'],
    ['the whole of CA, not only LA'],
    ['california, not just LA'],
  ])('a whole area with a part named beside it keeps the whole: %s', (said) => {
    expect(after(toRegions, said).profile.regions).toEqual(['la_county', 'orange_county', 'san_diego', 'inland_empire', 'rest_of_california']);
  });

  it('"SoCal: LA or OC" still names the parts it means', () => {
    expect(after(toRegions, 'socal: LA or OC').profile.regions).toEqual(['la_county', 'orange_county']);
  });

  it.each([
    ['1 IM letter, 1 FM letter, 1 research letter', 'mixed'],
    ['2 psych lors and 1 research lor', 'mixed'],
    ['2 IM letters', 'clinical'],
  ])('letters named by their specialty are clinical: %s', (said, kind) => {
    expect(after([...toUsce, '3 months obs in LA'], said).profile.usLors?.kind).toBe(kind);
  });

  it.each([
    ['3 letters but not sure which count as US', 'usLors'],
    ["4 pubs, can't remember which are indexed", 'research'],
  ])('a count told with doubt is asked about, not stored: %s', (said, field) => {
    const c = after([...toUsce, '3 months obs in LA'], said);
    expect(c.profile[field as 'usLors']).toBeUndefined();
    expect(c.state.clarifying?.field).toBe(field);
  });
});
