// Round 10 (understand10b): quantities and their status. A total stated beside its parts wins for every counted field
// (parts over the total are asked about), blocks of one length multiplied, a length said again in brackets counted once,
// an exception inside a denied place is a part of the total. Messages written in our own words.
import { describe, expect, it } from 'vitest';
import { stored } from './read-message.js';
import { understand, type UnderstandContext } from '../../src/engine/understand/understand.js';
import type { Profile, ProfileField } from '../../src/domain/profile.js';

const NOW = new Date('2026-12-06T12:00:00Z');
const read = (text: string, pending?: ProfileField, profile: Profile = {}) => understand(text, { pending, profile, now: NOW } as UnderstandContext);

describe('a total stated beside its parts wins, whatever field it counts', () => {
  it.each([
    ['6 months in all: 2 of obs, the rest externships in Ohio', 'usce', 'months', 6],
    ['overall 4 months — 1 obs in Miami and then hands-on for the remaining time', 'usce', 'months', 4],
    ['externship 8 wks, obs 4 wks, so 3 months altogether', 'usce', 'months', 3],
    ['5 LoRs total, 4 from my IM rotation and one from the PI in my lab', 'usLors', 'count', 5],
    ['one from nephro, one from the hospitalist team, one from my research boss, so three US letters', 'usLors', 'count', 3],
    ['letters: 1 from FM, 1 from IM => 2 total', 'usLors', 'count', 2],
    ['total of 5 pubs: 3 case reports and 2 original articles', 'research', 'publications', 5],
  ])('%s', (text, pending, key, want) => {
    expect(stored(text, pending as ProfileField)[pending as ProfileField]).toMatchObject({ [key]: want });
  });
  it('a subset of the total is what counts for US letters ("4 letters in all, 3 of them from the US")', () => {
    expect(stored('4 letters in all, 3 of them from the US', 'usLors').usLors).toMatchObject({ count: 3 });
  });
  it('a sum still being told is no total ("so 1 obs + 1 hands-on")', () => {
    expect(stored('i had it wrong, so 1 month obs + 1 month hands on', 'usce').usce).toMatchObject({ months: 2 });
  });
  it('parts that come to more than the total are asked about, nothing stored', () => {
    const r = read('total 4 months: 3 months hands-on and 3 months obs', 'usce');
    expect(r.updates.find((u) => u.field === 'usce')).toBeUndefined();
    expect(r.clarify?.field).toBe('usce');
  });
});

describe('blocks of one length, and a length said again in other units', () => {
  it.each([
    ['three two-week observerships in Boston', 1.5],
    ['2 4wk IM electives in Texas, hands on', 2],
    ['did two 1-month sub-Is in Ohio', 2],
    ['externship: 1.5 months (6 weeks) in Detroit', 1.5],
    ['6 wks (~1.5 mo) of obs at Cedars', 1.5],
    ['10 weeks total obs: 6 at one place, 4 at another', 2.5],
  ])('%s', (text, months) => {
    expect(stored(text, 'usce').usce).toMatchObject({ months });
  });
});

describe('an exception inside a denied place is a part of the months told, and says where that part was', () => {
  it('all of it outside California except two weeks in Fresno', () => {
    expect(stored('5 months hands-on in total, none of it in California except 2 weeks in Fresno', 'usce').usce).toMatchObject({ months: 5, where: expect.arrayContaining(['rest_of_california', 'other_us']) });
  });
  it('none in LA except a month', () => {
    expect(stored('6 months of rotations, none in LA except a month at Harbor', 'usce').usce).toMatchObject({ months: 6 });
  });
  it('a denial of the experience itself with an exception is that exception alone', () => {
    expect(stored('never done any USCE except a 2 week observership', 'usce').usce).toMatchObject({ months: 0.5 });
  });
});

describe('practice scores, the applicant\'s own guess, and a result still held: one reading for the exam', () => {
  it.each([
    ['got 247... on UWSA 2 haha, the real thing is in march', { taken: false }],
    ['scored 233. on my last NBME, exam is in 10 days', { taken: false }],
    ['haven\'t sat CK yet. NBMEs 228-236, I\'d say I land around 231', { taken: false, predicted: 231 }],
    ['not taken, my guess is 244', { taken: false, predicted: 244 }],
    ['CK isnt out yet, took it 3 weeks ago', { taken: false, resultPending: true }],
    ['my step 2 score is on hold, sat it in october', { taken: false, resultPending: true }],
  ])('%s', (text, want) => {
    const got = stored(text, 'step2ck').step2ck;
    expect(got).toMatchObject(want);
    if (!('predicted' in want)) expect(got?.taken).toBe(false);
  });
  it('a real score stays a real score beside a practice one', () => {
    expect(stored('CK 238, my NBMEs were around 245', 'step2ck').step2ck).toMatchObject({ taken: true, score: 238 });
  });
});

describe('interview counts told by an ordinal, after the word, or beside things that are no interviews', () => {
  it.each([
    ['ERAS went in on the 25th and my first invite just came from Loyola', 1],
    ['sent everything in september, got my second interview invite today', 2],
    ['applied sept 26. invites: none so far', 0],
    ['submitted. interviews - 0 yet, just a pre-interview questionnaire from one place', 0],
  ])('%s', (text, interviews) => {
    expect(stored(text, 'cycle').cycle).toMatchObject({ submitted: true, interviews });
  });
  it('no interview yet is not interviewing', () => {
    expect(stored('submitted in sept, interviews: zero so far, only a pre-interview survey', 'cycle').stage).not.toBe('interviewing');
  });
});

describe('a backup said tentatively, the kind of letters by who wrote them, a letter to the editor', () => {
  it.each([
    ['mostly IM, maybe peds as a backup?', 'internal_medicine', 'pediatrics'],
    ['FM for sure, probably psych as backup?', 'family_medicine', 'psychiatry'],
  ])('%s', (text, primary, backup) => {
    expect(stored(text, 'specialty').specialty).toEqual({ primary, backup });
  });
  it('a real question about a backup is still a question', () => {
    expect(read('IM, but should I add FM as a backup?', 'specialty').question).toBe(true);
  });
  it.each([
    ['3 letters in all: 2 from the hospitalist docs at Mercy and 1 from my lab PI', 'mixed'],
    ['two letters, both from IM attendings in Ohio', 'clinical'],
  ])('%s', (text, kind) => {
    expect(stored(text, 'usLors').usLors).toMatchObject({ kind });
  });
  it('a letter to the editor is a publication, not a letter of recommendation', () => {
    const got = stored('papers: 1 case report + 1 letter to the editor, no posters', 'research');
    expect(got.research).toMatchObject({ publications: 2, posters: 0 });
    expect(got.usLors).toBeUndefined();
  });
});

describe('a sum told again item by item in brackets is counted once', () => {
  it.each([
    ['papers: 1 + 2 (a case report and two reviews), posters 3', 3],
    ['pubs 2+1 (two case reports, one letter to the editor)', 3],
  ])('%s', (text, publications) => {
    expect(stored(text, 'research').research).toMatchObject({ publications });
  });
});

describe('research counts beside papers not out yet, and research time said after the word', () => {
  it.each([
    ['research 3 yrs, 1 poster, manuscripts still under review', { publications: 0, posters: 1, years: 3 }],
    ['pubs: 0 (one submitted), posters: 4', { publications: 0, posters: 4 }],
    ['research: 18 months, 2 pubs, 1 poster', { publications: 2, posters: 1, years: 1.5 }],
  ])('%s', (text, want) => {
    expect(stored(text, 'research').research).toMatchObject(want);
  });
  it('a count of which some are not out yet is still asked about', () => {
    expect(read('4 papers, 2 of them under review', 'research').clarify?.field).toBe('research');
  });
});

describe('a score spelled digit by digit, and a rough score put right on looking it up', () => {
  it.each([
    ['CK: two-four-seven, first go', 247],
    ['step 2 was 2 2 9', 229],
    ['ck was like 220 something... let me check. 224', 224],
    ['around 250 i think, just checked, it was 248', 248],
  ])('%s', (text, score) => {
    expect(stored(text, 'step2ck').step2ck).toMatchObject({ taken: true, score });
  });
  it('a rough score alone is still asked about', () => {
    expect(read('CK was 230 something', 'step2ck').updates.find((u) => u.field === 'step2ck')).toBeUndefined();
  });
});

describe('numbers attributed to the right exam and the right clause', () => {
  it('"same story as CK" tells the facts of the exam asked about, not of CK', () => {
    const got = stored('same deal as my CK: first try, passed, 219', 'step3');
    expect(got.step3).toMatchObject({ status: 'passed', score: 219 });
    expect(got.step2ck).toBeUndefined();
  });
  it('a clause opened by "my question is" asks; its words store nothing', () => {
    const r = read('8 weeks hands-on in Ohio. my question is whether I should put the research stuff on ERAS', 'usce');
    expect(r.question).toBe(true);
    expect(r.updates.map((u) => u.field)).toEqual(['usce']);
  });
});

describe('totals over several sentences, abbreviations, subsets that count', () => {
  it.each([
    ['8 wks externship in Ohio. then a 1 month obs in Boston. so about 3 months', 3],
    ['3 mo. in LA (obs), 2 mo. in NYC (externship) so about 5 months', 5],
  ])('%s', (text, months) => {
    expect(stored(text, 'usce').usce).toMatchObject({ months });
  });
  it('a conclusion the parts do not add up to is asked about', () => {
    const r = read('2 months hands-on in LA. 2 months obs in NY. so 5 months', 'usce');
    expect(r.updates.find((u) => u.field === 'usce')).toBeUndefined();
    expect(r.clarify?.field).toBe('usce');
  });
  it.each([
    ['5 letters in total but only 3 are from the US', 3],
    ['4 LoRs total, just 2 US ones', 2],
  ])('%s', (text, count) => {
    expect(stored(text, 'usLors').usLors).toMatchObject({ count });
  });
  it('a publication count marked as the total is the count', () => {
    expect(stored('publications: 4 total (2 first author), posters 1', 'research').research).toMatchObject({ publications: 4, posters: 1 });
  });
});

describe('a result due on a named day is awaited', () => {
  it.each([
    ['took CK on nov 20, results dec 18', { taken: false, resultPending: true }],
    ['sat step 2 oct 30, score comes out on nov 26', { taken: false, resultPending: true }],
  ])('%s', (text, want) => {
    expect(stored(text, 'step2ck').step2ck).toMatchObject(want);
  });
});

describe('blocks with their length after them', () => {
  it.each([
    ['3 electives of 1 month in Texas', 3],
    ['hice dos rotaciones de 4 semanas en Miami', 2],
    ['2 observerships of 2 weeks each in NY', 1],
    ['2 rotations of 8 weeks total in Ohio', 2],
  ])('%s', (text, months) => {
    expect(stored(text, 'usce').usce).toMatchObject({ months });
  });
});

describe('the specialty a letter comes from is its writer\'s', () => {
  it('"1 from FM, 1 from IM, so 2 letters" to the letters question', () => {
    const got = stored('1 from FM, 1 from IM, so 2 letters', 'usLors');
    expect(got.usLors).toMatchObject({ count: 2 });
    expect(got.specialty).toBeUndefined();
  });
});
