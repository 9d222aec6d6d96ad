// Round 20 (understand20b): counts and stories. Each class with messages written for this test (other words, order and
// languages than the development sets'), told while the bot waits on a question.
import { describe, expect, it } from 'vitest';
import type { Profile, ProfileField } from '../../src/domain/profile.js';
import { say as sayOn } from '../helpers/say-while-asked.js';

const NOW = new Date('2026-12-07T12:00:00Z');

const START: Profile = { specialty: { primary: 'internal_medicine' }, visa: 'needs_j1' };
const APPLYING: Profile = { ...START, stage: 'applying' };

/** The shared reply-while-asked helper, on the day these conversations are set. */
const say = (pending: ProfileField, before: Profile, message: string) => sayOn(pending, before, message, NOW);

describe('interviews told as a story: the count held now', () => {
  it.each([
    ['invites went 0 -> 2 -> 5 over november', 5],
    ['none in september, 2 by late october, 4 as of today', 4],
    ['interviews: 1, then 2, now 6', 6],
  ])('a progression "%s" is held at its last count', (message, n) => {
    expect(say('cycle', APPLYING, message).changed.cycle).toMatchObject({ submitted: true, interviews: n });
  });

  it.each([
    ['got 5 invites but had to decline 2 of them (same dates)', 3],
    ['6 interview invites. one program cancelled on me later', 5],
    ['ERAS in, 3 interviews; i withdrew from 1 after matching plans changed', 2],
  ])('invitations that fell away are taken off: "%s"', (message, n) => {
    expect(say('cycle', APPLYING, message).changed.cycle).toMatchObject({ submitted: true, interviews: n });
  });

  it('a cancellation later rescheduled still counts', () => {
    expect(say('cycle', APPLYING, '4 interviews, one got cancelled but they rescheduled it').changed.cycle).toMatchObject({ interviews: 4 });
  });

  it('"N more" beside a stored count adds to it', () => {
    const before: Profile = { ...START, stage: 'interviewing', cycle: { submitted: true, interviews: 3 } };
    expect(say('cycle', before, 'and 2 more invites came in this morning').changed.cycle).toMatchObject({ interviews: 5 });
  });

  it.each([
    ['Peds ×2, FM ×3', 5],
    ['IM ×4 and TY ×1', 5],
  ])('counts by specialty written with a times sign add up: "%s"', (message, n) => {
    expect(say('cycle', APPLYING, message).changed.cycle).toMatchObject({ interviews: n });
  });

  it.each([
    ['submitted: yes / interviewed: no', 0],
    ['fiz 1 entrevista e tenho mais uma agendada pra dezembro', 2],
    ['3 ho chuke, 2 aur baaki hain', 5],
  ])('done, ahead or none, in any language: "%s"', (message, n) => {
    expect(say('cycle', APPLYING, message).changed.cycle).toMatchObject({ submitted: true, interviews: n });
  });

  it('a stage stored as applying moves to interviewing once interviews are counted', () => {
    expect(say('cycle', APPLYING, '0 at first, then 1, and 2 as of this week').changed.stage).toBe('interviewing');
  });

  it('counts by month with no word of a running total are no progression', () => {
    expect(say('cycle', APPLYING, 'interviews: 2 in oct, 3 in nov').changed.cycle?.interviews).not.toBe(3);
  });

  it('a bare count of letters beside zero interviews stays a count of letters', () => {
    const changed = say('usLors', APPLYING, 'applied in sept, zero interviews so far. letters: 3, all from US IM attendings').changed;
    expect(changed.usLors).toMatchObject({ count: 3 });
    expect(changed.cycle).toMatchObject({ interviews: 0 });
  });
});

describe('attempts told as a story: every failed sitting counts', () => {
  it.each([
    ['Step 1: failed in 2021, failed again in 2022, finally passed 2023', 'step1'],
    ['step 1 - failed it in jan. failed in june. passed in november', 'step1'],
    ['flunked step 1 two times, then passed', 'step1'],
  ])('"%s" is a pass on the third attempt', (message, field) => {
    const got = say(field as ProfileField, START, message).changed as Record<string, { attempts?: number } | undefined>;
    expect(got[field]?.attempts).toBe(3);
  });

  it.each([
    "step 1? one and done. it's pass/fail anyway so it just says pass",
    'passed step 1 on the first go (P/F)',
  ])('"pass/fail" is a way of grading, no failure: "%s"', (message) => {
    expect(say('step1', START, message).changed.step1).toMatchObject({ result: 'passed', attempts: 1 });
  });

  it('the attempt told inside a question is kept', () => {
    expect(say('step1', START, 'passed. is it a red flag that it was my third?').changed.step1).toMatchObject({ result: 'passed', attempts: 3 });
  });

  it('a Hindi-Urdu pass on the second try', () => {
    expect(say('step1', START, 'step 1 doosri baar mein nikal gaya, pehli baar fail hua tha').changed.step1).toMatchObject({ result: 'passed', attempts: 2 });
  });
});

describe('a count adjusted in its own sentence: the adjusted number wins', () => {
  it.each([
    ['5 posters, though 2 were the same poster shown twice, so really 4', { posters: 4 }],
    ['papers: 3 (one is just an erratum so really 2)', { publications: 2 }],
  ])('"%s"', (message, research) => {
    expect(say('research', START, message).changed.research).toMatchObject(research);
  });

  it('a stay cut short is the length done', () => {
    expect(say('usce', START, 'it was meant to be 3 months hands-on in Ohio but they shortened it to 2').changed.usce).toMatchObject({ months: 2, kind: 'hands_on' });
  });

  it('rotations that never happened leave none', () => {
    expect(say('usce', START, 'had 2 months of electives lined up in Texas, visa got refused, so zero for now').changed.usce).toMatchObject({ months: 0 });
  });

  it('a count told against someone else\'s is the applicant\'s, with its place', () => {
    expect(say('usce', START, 'two more months than my roommate\'s 2, all observerships in Cleveland').changed.usce).toMatchObject({ months: 4, kind: 'observership', where: ['other_us'] });
  });

  it('an amount of time with a part placed elsewhere is no adjusted count', () => {
    expect(say('usce', START, '4 months hands-on, none of it in California except 3 weeks in Fresno').changed.usce).toMatchObject({ months: 4 });
  });
});

describe('a denial with an exception counts the exception', () => {
  it.each([
    'no US letters except one, from my FM preceptor in Kansas',
    'none of my LoRs come from America apart from 1 (an FM attending in Ohio)',
    'zero from US docs other than one',
  ])('"%s" is one US letter', (message) => {
    expect(say('usLors', { ...START, specialty: { primary: 'family_medicine' } }, message).changed.usLors).toMatchObject({ count: 1 });
  });
});

describe('letters from mixed sources: the US share', () => {
  it.each([
    '5 (a few from US attendings, some from home)',
    'some are from the US and the others are from my school back home, 4 in all',
    'a mix of US and local letters',
  ])('"%s" asks how many are US letters', (message) => {
    const r = say('usLors', START, message);
    expect(r.changed.usLors).toBeUndefined();
  });

  it.each([
    'tenho 2 cartas, ambas de professores daqui. Dos EUA, nenhuma',
    'mis 4 cartas son de mi facultad. De Estados Unidos, ninguna',
  ])('"%s" is no US letter', (message) => {
    expect(say('usLors', START, message).changed.usLors).toMatchObject({ count: 0 });
  });
});

describe('the degree year said indirectly', () => {
  it.each([
    ['the diploma reads MMXVII', 2017],
    ['graduated MMXXI', 2021],
  ])('a Roman numeral "%s"', (message, year) => {
    expect(say('graduationYear', START, message).changed.graduationYear).toBe(year);
  });

  it('a word that only looks Roman is no year', () => {
    expect(say('graduationYear', START, 'mix of things, I graduated in 2019').changed.graduationYear).toBe(2019);
  });

  it.each([
    ['last year of med school, graduating in june', 2027],
    ['final year — I graduate this coming may', 2027],
  ])('a final-year student with the month: "%s"', (message, year) => {
    expect(say('graduationYear', START, message).changed.graduationYear).toBe(year);
  });
});

describe('research told in Spanish', () => {
  it('carteles are posters', () => {
    expect(say('research', START, 'tengo 1 publicación y 2 carteles en congresos nacionales').changed.research).toMatchObject({ publications: 1, posters: 2 });
  });
});
