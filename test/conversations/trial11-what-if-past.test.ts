// What-ifs about the past: an exam supposed never failed changes the plan (or says nothing changes); a retake of a passed
// USMLE exam is said to be impossible, with no what-if run; a what-if that restates what is stored runs nothing;
// "what if I don't match" is a question. Corrections replace only what they name; another event's year is no graduation year.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { interpret, type Command, type View } from '../../src/engine/interpret.js';
import { conversation } from '../helpers/conversation.js';

const BASE: Profile = {
  specialty: { primary: 'neurology' }, visa: 'us_citizen', step1: { result: 'passed', attempts: 2 }, step2ck: { taken: true, score: 250, attempts: 1 },
  step3: { status: 'passed', score: 230 }, usce: { months: 5, kind: 'mixed', where: ['la_county'] }, research: { publications: 1, posters: 3 },
} as Profile;
const view = (profile: Profile = BASE): View => ({ mode: 'done', profile, now: new Date('2026-12-06T12:00:00Z'), planShown: true });
const read = (text: string, profile?: Profile): Command[] => interpret({ kind: 'text', text }, view(profile));

describe('an exam supposed never failed is tried on a copy', () => {
  for (const q of ['what if my step 1 wasnt failed', 'what if I had passed step 1 the first time', 'what if I never failed step 1', 'suppose I hadnt failed step 1', 'what if there was no fail on my step 1'])
    it(`"${q}" tries Step 1 passed on the first attempt`, () => {
      expect(read(q)).toEqual([{ type: 'whatIf', changes: [{ field: 'step1', value: { result: 'passed', attempts: 1 }, old: BASE.step1 }] }]);
    });
  it('with no fail stored, it says nothing changes instead of running an identical plan', () => {
    expect(read('what if I hadnt failed CK')).toEqual([{ type: 'whatIfNot', reason: 'same', exam: 'step2ck' }]);
  });
});

describe('a passed USMLE exam cannot be retaken', () => {
  for (const q of ['what if i retake step 2 ck and get 255', 'what if I take CK again', 'what if i retake step 3', 'what if I resit step 2 and score 260', 'what if I redo CK'])
    it(`"${q}" is answered as impossible, with no what-if`, () => {
      expect(read(q)).toMatchObject([{ type: 'whatIfNot', reason: 'noRetake' }]);
    });
  it('look-alike: a failed exam can be retaken, so "what if I retake CK and get 230" is never called impossible', () => {
    const failedCk = { ...BASE, step2ck: { taken: true, score: 205, attempts: 1 } } as Profile;
    expect(read('what if i retake ck and get 230', failedCk)[0]?.type).not.toBe('whatIfNot');
  });
  it('look-alike: "what if I take Step 3" with Step 3 not taken runs', () => {
    const noStep3 = { ...BASE, step3: { status: 'not_taken' } } as Profile;
    expect(read('what if I pass step 3 with 230', noStep3)[0]?.type).toBe('whatIf');
  });
  it('look-alike: "what if my CK were 245" keeps the attempt stored', () => {
    expect(read('what if my CK was 245')).toMatchObject([{ type: 'whatIf', changes: [{ field: 'step2ck', value: { taken: true, score: 245, attempts: 1 } }] }]);
  });
});

describe('the conversation around it', () => {
  function done() {
    const c = conversation();
    c.say('hi');
    c.say('neurology');
    c.say('us citizen');
    c.say('failed step 1 once, passed on the second attempt');
    c.say('ck 250 first attempt');
    return c;
  }
  it('a retake what-if says why and keeps the stored profile', () => {
    const c = done();
    const before = structuredClone(c.profile);
    c.say('what if i retake step 2 ck and get 255');
    expect(c.text).toMatch(/cannot be taken again/);
    expect(c.replies.some((r) => r.type === 'plan')).toBe(false);
    expect(c.profile).toEqual(before);
  });
  it('"what if I don\'t match" is a question, not a plan to compare', () => {
    const c = done();
    c.say('what if i dont match, what do i do in march');
    expect(c.text).not.toMatch(/Compared with your plan/);
  });
});

describe('a correction replaces only what it names', () => {
  it('"the externship was 3 months not 2" with an observership stored moves the total by one month', () => {
    expect(read('oh wait the externship was 3 months not 2')).toMatchObject([{ type: 'correct', update: { field: 'usce', value: { months: 6, kind: 'mixed' } } }]);
  });
  it('"the observership was 1 month not 3" moves it the other way', () => {
    expect(read('the observership was 1 month not 3')).toMatchObject([{ type: 'correct', update: { field: 'usce', value: { months: 3, kind: 'mixed' } } }]);
  });
  it('"CK was 244 not 250, i misremembered" keeps the first attempt', () => {
    expect(read('CK was 244 not 250, i misremembered')).toMatchObject([{ type: 'correct', update: { field: 'step2ck', value: { score: 244, attempts: 1 } } }]);
    expect(JSON.stringify(read('CK was 244 not 250'))).not.toMatch(/attemptsUnstated/);
  });
  it('look-alike: "ck 244 on my second attempt" changes the attempt it names', () => {
    expect(read('ck 244 on my second attempt')).toMatchObject([{ type: 'correct', update: { field: 'step2ck', value: { score: 244, attempts: 2 } } }]);
  });
  it('look-alike: a new total ("6 months usce in total") replaces the total', () => {
    expect(read('actually 6 months usce total')).toMatchObject([{ type: 'correct', update: { field: 'usce', value: { months: 6 } } }]);
  });
});

describe('the year of another event is not the graduation year', () => {
  const noGrad = { specialty: { primary: 'psychiatry' } } as Profile;
  const asked = (text: string) => interpret({ kind: 'text', text }, { mode: 'question', pending: { id: 'visa' } as never, profile: noGrad, now: new Date('2026-12-06T12:00:00Z'), planShown: false });
  const grad = (text: string) => asked(text).flatMap((c) => (c.type === 'set' || c.type === 'correct') && c.update.field === 'graduationYear' ? [c.update.value] : []);
  for (const t of ['i failed step 1 the first time (2021) but passed 2nd attempt', 'i failed step 1 (2021)', 'failed CK (2022), passed it later', 'took step 1 (2019), passed first try', 'observership at cedars (2023), 2 months'])
    it(`"${t}" stores no graduation year`, () => {
      expect(grad(t)).toEqual([]);
    });
  for (const [t, y] of [['graduated 2017, failed step 1 in 2019', 2017], ['MBBS 2016, CK 2021 passed 225', 2016], ['passed out 2018, ck 230', 2018], ['2019 grad, step 1 pass', 2019], ['I took ck in 2023 and graduated 2020', 2020]] as const)
    it(`look-alike: "${t}" stores graduation ${y}`, () => {
      expect(grad(t)).toEqual([y]);
    });
});

describe('"what if I don\'t match" asks the guides about SOAP and the next steps', () => {
  for (const q of ['what if i dont match, what do i do in march', 'what happens if I go unmatched', "what if i don't match this year", 'what if I didnt match again'])
    it(`"${q}"`, () => {
      expect(read(q)).toEqual([{ type: 'ask', question: expect.stringMatching(/SOAP/) }]);
    });
  for (const q of ['what if I match', 'what if I match in FM but not IM', 'what if my CK was 245'])
    it(`look-alike: "${q}" is not turned into the SOAP question`, () => {
      expect(JSON.stringify(read(q))).not.toMatch(/SOAP/);
    });
});

describe('facts said again change nothing and compare nothing', () => {
  it('"already noted" facts after the plan bring no "your plan with this change" lines', () => {
    const c = conversation();
    for (const t of ['hi', 'IM', 'need a J1', 'step 1 passed first try', 'ck 226 first attempt', 'no step 3', 'graduated 2019', '4 months hands-on in LA', '3 US letters',
      'English and Spanish', 'LA', 'family in Glendale', 'no research', 'applying this cycle', 'certified', 'no', 'not submitted yet']) c.say(t);
    if (c.asking === 'confirmProfile') c.say('yes');
    c.say('graduated 2019');
    expect(c.text).not.toMatch(/plan with this change/i);
  });
});
