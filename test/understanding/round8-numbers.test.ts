// Round 8 (understand8a): numbers and their scope. Attempts (an impression is no outcome, a retake still ahead is no
// attempt, "more than once" is asked), whose count (someone else's number, "mine" after it), predictions in other
// languages, totals versus parts and counts still ahead, exceptions to a denial, two candidate values (asked), years
// that belong to something else, and numbers typed as keycap emoji. Messages written in our own words.
import { describe, expect, it } from 'vitest';
import { understand, type UnderstandContext } from '../../src/engine/understand/understand.js';
import type { Profile, ProfileField } from '../../src/domain/profile.js';

const NOW = new Date('2026-12-06T12:00:00Z');
const read = (text: string, pending?: ProfileField, profile: Profile = {}) => understand(text, { pending, profile, now: NOW } as UnderstandContext);
const stored = (text: string, pending?: ProfileField, profile: Profile = {}) =>
  Object.fromEntries(read(text, pending, profile).updates.map((u) => [u.field, u.value]));

describe('how an exam felt is no outcome: a first-attempt pass stays first attempt', () => {
  it.each([
    ['first attempt pass, though it felt like a fail walking out', 'step1'],
    ['passed step 1 on the first try even though I was sure I had failed it', 'step1'],
    ['step 1 passed 1st attempt, honestly thought it was a fail for weeks', 'step1'],
    ['pass on my first go, it felt like failing the whole day', 'step1'],
    ['passed first time, I was convinced I failed', 'step1'],
  ])('%s', (text, pending) => {
    expect(stored(text, pending as ProfileField).step1).toEqual({ result: 'passed', attempts: 1 });
  });
});

describe('a pass after "more than one" attempt, with no number, is asked about', () => {
  it.each([
    'step 1 took me more than one attempt but it is a pass now',
    'passed step 1, it took a few tries though',
    'step 1 pass, after multiple attempts',
    'it took me several attempts but step 1 is passed',
    'not in one go, but I did pass step 1',
  ])('%s', (text) => {
    const u = read(text, 'step1');
    expect(u.updates.find((x) => x.field === 'step1')).toBeUndefined();
    expect(u.clarify?.field).toBe('step1');
  });
});

describe('a fail with the retake still ahead is one attempt', () => {
  it.each([
    ['CK failed once (211), have not retaken yet', 211],
    ['failed CK with 204, retake is in march', 204],
    ['ck 198, a fail, retaking it next month', 198],
    ['my CK was 207 and I failed, going to retake in april', 207],
  ])('%s -> %s on the first attempt', (text, score) => {
    expect(stored(text, 'step2ck').step2ck).toEqual({ taken: true, score, attempts: 1 });
  });

  it.each([
    'got my step 1 result: fail. first attempt. retaking in feb',
    'failed step 1, retake scheduled for march',
    'step 1 was a fail, will retake it in summer',
  ])('%s -> step 1 failed once', (text) => {
    expect(stored(text, 'step1').step1).toEqual({ result: 'failed', attempts: 1 });
  });
});

describe('attempts counted in Hindi-Urdu (dafa, baar)', () => {
  it.each([
    ['step 1 do dafa diya, doosri dafa pass hua', 2],
    ['step 1 teen baar diya, teesri baar pass hua', 3],
    ['step 1 pehli dafa mein pass hua', 1],
  ])('%s -> %s', (text, attempts) => {
    expect(stored(text, 'step1').step1).toEqual({ result: 'passed', attempts });
  });
});

describe("someone else's number is theirs; 'mine' after it is the applicant's", () => {
  it.each([
    ["wife's CK was 255, mine is pending, took it 2 weeks ago", { taken: false, resultPending: true }],
    ["my husband's step 2 was 248, mine was 229", { taken: true, score: 229 }],
    ["brother's CK 262, mine 231", { taken: true, score: 231 }],
  ])('%s', (text, ck) => {
    expect(stored(text, 'step2ck').step2ck).toMatchObject(ck);
  });

  it.each([
    ['my attending wrote letters for 3 of my friends, I got 1 from him', 1],
    ['my PI wrote 4 letters for other students, I have 2', 2],
    ['my senior has 3 LORs, I only have 1', 1],
  ])('%s -> %s letters', (text, count) => {
    expect(stored(text, 'usLors').usLors).toMatchObject({ count });
  });

  it('a fact about the applicant told as what someone says is the applicant\'s', () => {
    expect(stored('my mentor says my 2019 step 1 score (221) hurts me. passed first attempt', 'step1').step1).toMatchObject({ result: 'score', score: 221 });
    expect(stored('my advisor thinks my CK of 228 is decent', 'step2ck').step2ck).toMatchObject({ taken: true, score: 228 });
    expect(stored('my mentor says I should do FM', 'specialty').specialty).toBeUndefined();
  });
});

describe('a score hoped for in another language is a prediction; an exam booked is planned', () => {
  it.each([
    ['el CK lo presento en febrero, espero sacar como 240', 240],
    ['voy a dar el CK en marzo, espero unos 235', 235],
    ['vou fazer o CK em abril, espero tirar uns 238', 238],
    ['CK is in march, aiming for 245', 245],
  ])('%s -> predicted %s', (text, predicted) => {
    expect(stored(text, 'step2ck').step2ck).toMatchObject({ taken: false, predicted });
  });

  it.each([
    'step 3 in 3 weeks, aiming for 230+',
    'ainda não fiz o step 3, mas tá marcado pra março',
    'step 3 is booked for january',
    'todavia no tomo el step 3, lo tengo programado para abril',
  ])('%s -> step 3 planned', (text) => {
    expect(stored(text, 'step3').step3).toEqual({ status: 'planned' });
  });
});

describe('totals and parts: a total with its parts after it, an exact count over a rounded one, months still ahead', () => {
  it.each([
    ['5 mo USCE overall -> 3 hands-on at harbor-ucla in torrance, the other 2 were obs in boston', 5],
    ['6 months in total => 4 hands-on in Ohio, 2 observing in Chicago', 6],
    ['4 months overall: 3 hands-on in Miami and the other 1 obs in Tampa', 4],
    ['2.5 months hands-on exactly, atlanta (the "about 3" on my CV is rounded up)', 2.5],
    ['3.5 months of observerships precisely, I usually say around 4', 3.5],
    ['2 months hands-on done, another 2 starting jan', 2],
    ['3 months obs finished, 1 more booked for march', 3],
    ['1 month hands-on so far, 2 more lined up in spring', 1],
  ])('%s -> %s months', (text, months) => {
    expect(stored(text, 'usce').usce).toMatchObject({ months });
  });
});

describe('an exception to a denial is the fact ("never any USCE except ...")', () => {
  it.each([
    ['never done any USCE except a 2 week observership at baylor in houston', 0.5, 'observership'],
    ['no US experience other than one month of hands-on at a clinic in Ohio', 1, 'hands_on'],
    ['nothing clinical in the US apart from a 4 week observership in Chicago', 1, 'observership'],
    ["haven't had any usce besides 2 months of externship in Texas", 2, 'hands_on'],
  ])('%s -> %s months %s', (text, months, kind) => {
    expect(stored(text, 'usce').usce).toMatchObject({ months, kind });
  });

  it.each([
    'did 5 mo of clinical rotations, hands-on, but zero in CA - it was all ohio and pennsylvania',
    '4 months hands-on, none of it in California, all in New York',
    '3 months of observerships, not in CA, all in texas',
  ])('%s -> no California place', (text) => {
    const where = (stored(text, 'usce').usce as { where: string[] }).where;
    expect(where).toEqual(['other_us']);
  });
});

describe('two candidate values are asked about, never stored', () => {
  it.each([
    ['2 or 3, one is still not uploaded', 'usLors'],
    ['3 or 4 i think', 'usLors'],
    ['5 or 6 years back, have to check the degree certificate', 'graduationYear'],
    ['graduated 7 or 8 years ago', 'graduationYear'],
    ['2-3 yrs back', 'graduationYear'],
  ])('%s', (text, pending) => {
    const u = read(text, pending as ProfileField);
    expect(u.updates.find((x) => x.field === pending)).toBeUndefined();
    expect(u.clarify?.field).toBe(pending);
  });
});

describe('a year that belongs to something else is no graduation year', () => {
  it.each([
    'got my green card through the DV lottery (DV-2024), moved to NJ last year',
    'I won the DV-2025 lottery, green card holder now',
    'applied in the ERAS 2025 season, did not match',
  ])('%s', (text) => {
    expect(stored(text, 'visa').graduationYear).toBeUndefined();
  });

  it.each([
    ['graduated 2015 😬 is that too old for IM?', 2015],
    ['finished med school 2017 🙃 does that hurt me?', 2017],
  ])('%s -> %s (a question after an emoji leaves the fact before it)', (text, year) => {
    expect(stored(text, 'graduationYear').graduationYear).toBe(year);
  });
});

describe('numbers typed as keycap emoji, and research years with the count after the label', () => {
  it('reads keycap digits', () => {
    expect(stored('CK 2️⃣3️⃣7️⃣', 'step2ck').step2ck).toMatchObject({ taken: true, score: 237 });
    expect(stored('3️⃣ letters', 'usLors').usLors).toMatchObject({ count: 3 });
  });

  it.each([
    ['research years: 2 (cleveland clinic). output so far 3 papers, 0 posters', 2],
    ['years in research - 3. 5 pubs and 1 poster', 3],
  ])('%s -> %s years', (text, years) => {
    expect(stored(text, 'research').research).toMatchObject({ years });
  });

  it.each([
    'some research, nothing big',
    'a bit of research but nothing major',
    'research? not much tbh',
  ])('%s is no zero', (text) => {
    expect(stored(text, 'research').research).toBeUndefined();
  });
});

describe('a number corrected: the new value takes the field said before it; a stored score names its exam', () => {
  const usce: Profile = { usce: { months: 2, kind: 'hands_on', where: ['other_us'] } };
  it.each([
    ["I said 2 months of usce before, it's actually 3, forgot an observership in Miami", usce, 'usce', { months: 3 }],
    ["i told you 2 letters, it's actually 3, the last one came in today", { usLors: { count: 2 } } as Profile, 'usLors', { count: 3 }],
    ['I said first attempt for step 1 but it was my second', { step1: { result: 'passed', attempts: 1 } } as Profile, 'step1', { result: 'passed', attempts: 2 }],
    ['i told you step 1 first try but it was actually the third', { step1: { result: 'passed', attempts: 1 } } as Profile, 'step1', { result: 'passed', attempts: 3 }],
    ['the 212 was my first attempt, failed it, retook and got 236', { step2ck: { taken: true, score: 212, attempts: 1 } } as Profile, 'step2ck', { taken: true, score: 236, attempts: 2 }],
    ['that 212 was attempt one, the retake gave me 229', { step2ck: { taken: true, score: 212, attempts: 1 } } as Profile, 'step2ck', { taken: true, score: 229, attempts: 2 }],
  ])('%s', (text, profile, field, expected) => {
    expect(stored(text, 'research', profile)[field as ProfileField]).toMatchObject(expected);
  });
});

describe('counts added on or only hoped for after a total are not its parts', () => {
  it.each([
    ['3 pubs, 2 more under review, maybe 1 gets accepted soon', 3],
    ['2 papers, 1 more in review, maybe 1 accepted next month', 2],
    ['5 publications; 3 more submitted, hopefully 2 get in', 5],
  ])('%s -> %s publications', (text, publications) => {
    expect(stored(text, 'research').research).toMatchObject({ publications });
  });

  it('months', () => {
    expect(stored('4 months of obs, 3 more booked, maybe 1 in spring', 'usce').usce).toMatchObject({ months: 4 });
  });
});

describe('experience at a distance is no US clinical experience; "both" fixes a couple at two', () => {
  it.each([
    '2 months of virtual observership (telehealth), nothing in person',
    '1 month online observership with a clinic in Texas',
    'a 6 week remote elective over zoom, nothing else',
  ])('%s -> none', (text) => {
    expect(stored(text, 'usce').usce).toEqual({ months: 0, kind: 'none', where: [] });
  });

  it('counts only the months in person beside virtual ones', () => {
    expect(stored('3 months hands-on in Ohio and 1 month virtual rotation', 'usce').usce).toMatchObject({ months: 3 });
  });

  it.each([
    'a couple US letters, both IM',
    'a couple of letters, both from US attendings',
    'got a couple of LORs, both strong',
  ])('%s -> 2 letters', (text) => {
    expect(stored(text, 'usLors').usLors).toMatchObject({ count: 2 });
  });
});

describe('a year said short ("next yr", "last yr") is the year the readers know', () => {
  it.each([
    ['still grinding for ck, will apply next yr', 'preparing'],
    ['prepping step 2, applying nxt yr', 'preparing'],
    ['applied last yr, did not match', 'reapplying'],
  ])('%s -> %s', (text, stage) => {
    expect(stored(text, 'stage').stage).toBe(stage);
  });

  it('graduated last yr', () => {
    expect(stored('graduated last yr', 'graduationYear').graduationYear).toBe(2025);
  });
});

describe("after someone else's count, the applicant's bare count or denial counts the same thing", () => {
  it.each([
    ['my batchmates all passed 1st attempt, I needed 2', 2],
    ['my friends passed first try, took me 2', 2],
    ['everyone in my group cleared it first attempt, it took me 3', 3],
    ['needed 2 attempts for step 1', 2],
  ])('%s -> passed on attempt %s', (text, attempts) => {
    expect(stored(text, 'step1').step1).toEqual({ result: 'passed', attempts });
  });

  it.each([
    'my brother did 6 months in NY, I haven\'t done any',
    'my friend has 4 months, I have none',
    'i haven\'t done any yet',
    'honestly none so far',
  ])('%s -> no experience', (text) => {
    expect(stored(text, 'usce').usce).toEqual({ months: 0, kind: 'none', where: [] });
  });
});

describe('an application year two or more years ahead is preparing', () => {
  it.each([
    'gap year, working on research, will apply 2028',
    'planning to apply for the 2029 match',
    'doing an MPH first, ERAS 2028 for me',
  ])('%s', (text) => {
    expect(stored(text, 'stage').stage).toBe('preparing');
  });
});

describe("a letter's writer is no other person speaking", () => {
  it.each([
    ['two clinical letters from IM at Baylor, plus one from my PI (research), 3 total', 3],
    ['2 letters from my attending (IM) and 1 from my PI (research), so 3 total', 3],
    ['one letter from my mentor (cardiology)', 1],
    ['got 2 letters written by my attending at Cleveland', 2],
  ])('%s -> %s letters', (text, count) => {
    expect(stored(text, 'usLors').usLors).toMatchObject({ count });
  });

  it('a person in brackets who is no letter writer stays someone else', () => {
    const u = read('my wife (IM) needs a J1', 'visa');
    expect(u.updates.find((x) => x.field === 'visa')).toBeUndefined();
  });
});

describe('numbers in words and digits mixed; a later attempt\'s score is the result whatever the order', () => {
  it.each([
    ['scored 2 hundred and twenty', 220],
    ['ck was 2 hundred 35', 235],
    ['ck 224 on the 2nd go, 1st was 198', 224],
    ['231 on my third try, my second was 219 and first 205', 231],
    ['ck 198 first time, 226 second time', 226],
  ])('%s -> %s', (text, score) => {
    expect(stored(text, 'step2ck').step2ck).toMatchObject({ taken: true, score });
  });

  it.each([
    ['three one-month rotations in LA', 3],
    ['two 2-week observerships in Ohio', 1],
    ['1 month at cedars (observer) and another month at UCLA (hands on)', 2],
    ['a month of externship in Miami, then one more month in Tampa', 2],
  ])('%s -> %s months', (text, months) => {
    expect(stored(text, 'usce').usce).toMatchObject({ months });
  });
});

describe('a part of a count already told ("two of them first author") is no more of it', () => {
  it.each([
    ['5 papers, two of them first author', { publications: 5 }],
    ['3 posters, 2 of them national', { posters: 3 }],
    ['4 pubs and 2 posters, 3 of the pubs as first author', { publications: 4, posters: 2 }],
  ])('%s', (text, expected) => {
    expect(stored(text, 'research').research).toMatchObject(expected);
  });
});

describe('halves in Spanish and Portuguese, and a slip taken back after a dash', () => {
  it.each([
    ['fiz dois meses e meio de estágio em Boston', 2.5],
    ['hice un mes y medio de observership en Houston', 1.5],
    ['two months and a half hands-on in Ohio', 2.5],
    ['medio año de rotaciones en Miami', 6],
  ])('%s -> %s months', (text, months) => {
    expect(stored(text, 'usce').usce).toMatchObject({ months });
  });

  it.each([
    ['got 241 — no wait, 214, dyslexic moment', 214],
    ['235; no wait 253', 253],
  ])('%s -> %s on one attempt', (text, score) => {
    // nothing said about attempts: stored as one, marked unstated (the plan reads it as unknown)
    expect(stored(text, 'step2ck').step2ck).toEqual({ taken: true, score, attempts: 1, attemptsUnstated: true });
  });
});

describe('a result still to come is awaited; a statement whose "I" was dropped is no question', () => {
  it.each([
    ['should get my score back friday, predicting 245', { taken: false, resultPending: true, predicted: 245 }],
    ['will get my CK result on the 20th', { taken: false, resultPending: true }],
    ['took CK on nov 3, expecting my score next week', { taken: false, resultPending: true }],
    ['sat for CK last month, hearing my result on the 18th', { taken: false, resultPending: true }],
  ])('%s', (text, expected) => {
    const u = read(text, 'step2ck');
    expect(u.question).toBe(false);
    expect(Object.fromEntries(u.updates.map((x) => [x.field, x.value])).step2ck).toMatchObject(expected);
  });

  it('a modal question stays a question', () => {
    expect(read('should i retake ck for a better score', 'step2ck').question).toBe(true);
  });
});

describe('a part of months already counted adds nothing; blocks with a times sign multiply', () => {
  it.each([
    ['3 months observership, 2 of those hands-on', 3],
    ['5 months of which 2 were observerships', 5],
    ['6 months, 6 of them hands on', 6],
    ['4 months of electives, 3 of them in Ohio', 4],
    ['5 months hands-on total, zero of it in california', 5],
    ['2 x 4 week rotations in Chicago', 2],
    ['3x4wk electives in Texas', 3],
  ])('%s -> %s months', (text, months) => {
    expect(stored(text, 'usce').usce).toMatchObject({ months });
  });
});

describe('a time said only as "soon" or "eventually" is asked about', () => {
  it.each(['finishing soon inshallah', 'graduating soon', 'eventually lol, still in school'])('%s', (text) => {
    const u = read(text, 'graduationYear');
    expect(u.updates.find((x) => x.field === 'graduationYear')).toBeUndefined();
    expect(u.clarify?.field).toBe('graduationYear');
  });
});

describe('exceptions and denials of the US qualifier; a group\'s count is theirs, the applicant\'s part of it is theirs', () => {
  it.each([
    ['none from the US except a research letter', 1],
    ['no US letters except one from my PI', 1],
    ['3 letters, none of them US', 0],
    ['3 LORs but none of them are from the US', 0],
  ])('%s -> %s US letters', (text, count) => {
    expect(stored(text, 'usLors').usLors).toMatchObject({ count });
  });

  it.each([
    ['my lab published 10 papers, I\'m on 3 of them', 3],
    ['no research except a case report', 1],
    ['our department presented 12 posters and published 20 papers, I have 2 papers', 2],
  ])('%s -> %s publications', (text, publications) => {
    expect(stored(text, 'research').research).toMatchObject({ publications });
  });

  it('an observership excepted with no length asks its months', () => {
    const u = read('no usce apart from an observership in NJ', 'usce');
    expect(u.clarify?.field).toBe('usce');
  });
});

describe('hedges, alternatives and hopes in Spanish, Portuguese and Hindi-Urdu', () => {
  it.each([
    ['2 ou 3 cartas', 'usLors'],
    ['2 ya 3 letters', 'usLors'],
    ['tal vez 3 cartas', 'usLors'],
    ['shayad 3 letters', 'usLors'],
    ['maybe 3', 'usLors'],
  ])('%s is asked about', (text, pending) => {
    const u = read(text, pending as ProfileField);
    expect(u.updates.find((x) => x.field === pending)).toBeUndefined();
    expect(u.clarify?.field).toBe(pending);
  });

  it.each([
    ['umeed hai 245 aayega CK mein', 245],
    ['espero 240 en el CK', 240],
  ])('%s -> predicted %s', (text, predicted) => {
    expect(stored(text, 'step2ck').step2ck).toMatchObject({ taken: false, predicted });
  });

  it.each([
    ["mi esposo sacó 250 en el CK, yo 232", 232],
    ['meu marido tirou 250 no CK, eu tirei 235', 235],
    ['meri wife ka CK 250 tha, mera 229', 229],
  ])("%s -> the applicant's %s", (text, score) => {
    expect(stored(text, 'step2ck').step2ck).toMatchObject({ taken: true, score });
  });
});

describe("someone else with a number is someone else; the applicant's count after them counts the same thing", () => {
  it('a friend with a score who matched leaves their specialty and score out', () => {
    const got = stored('my friend with 230 matched IM, I have 225, what are my chances?', 'step2ck');
    expect(got.specialty).toBeUndefined();
    expect(got.step2ck).toMatchObject({ taken: true, score: 225 });
  });

  it.each([
    ["my roommate has 12 months of USCE and still didn't match, I only have 3", 3],
    ['my cousin did 6 months of externships and matched, I have 2', 2],
  ])('%s -> %s months', (text, months) => {
    const u = read(text, 'usce');
    const usce = u.updates.find((x) => x.field === 'usce')?.value as { months: number } | undefined;
    expect(usce?.months ?? (u.clarify?.facts as { months?: number } | undefined)?.months).toBe(months);
  });
});

describe('a rough figure or an upper bound of a count is asked about; a lower bound is kept (it never counts in favour)', () => {
  it.each([
    ['4-ish months', 'usce'],
    ['less than a month of observership', 'usce'],
    ['almost 3 months hands-on', 'usce'],
    ['not even 2 months, all obs', 'usce'],
    ['10ish posters', 'research'],
    ['nearly 4 letters, one is pending', 'usLors'],
  ])('%s', (text, pending) => {
    const u = read(text, pending as ProfileField);
    expect(u.updates.find((x) => x.field === pending)).toBeUndefined();
    expect(u.clarify?.field).toBe(pending);
  });

  it.each([
    ['at least 2 months hands on', 'usce', { months: 2 }],
    ['3+ letters', 'usLors', { count: 3 }],
    ['only one letter so far', 'usLors', { count: 1 }],
  ])('%s', (text, pending, expected) => {
    expect(stored(text, pending as ProfileField)[pending]).toMatchObject(expected);
  });
});

describe('a count told only as an addition is added to what is stored', () => {
  const letters: Profile = { usLors: { count: 3 } };
  const usce: Profile = { usce: { months: 3, kind: 'hands_on', where: ['other_us'] } };
  it.each([
    ['got another letter today', letters, 'usLors', { count: 4 }],
    ['one more letter arrived', letters, 'usLors', { count: 4 }],
    ['2 more letters came in this week', letters, 'usLors', { count: 5 }],
    ['did another month at UCLA since', usce, 'usce', { months: 4, kind: 'hands_on' }],
    ['2 more months of obs done', usce, 'usce', { months: 5, kind: 'mixed' }],
  ])('%s', (text, profile, field, expected) => {
    expect(stored(text, field as ProfileField, profile)[field as ProfileField]).toMatchObject(expected);
  });

  it('a paper added to stored papers is asked about (the stored parts cannot be told apart)', () => {
    const u = read('one more paper got accepted', 'research', { research: { publications: 2, posters: 1 } });
    expect(u.updates.find((x) => x.field === 'research')).toBeUndefined();
    expect(u.clarify?.field).toBe('research');
  });

  it('with nothing stored, the additions inside one message are summed', () => {
    expect(stored('1 month at cedars (observer) and another month at UCLA (hands on)', 'usce').usce).toMatchObject({ months: 2 });
  });
});

describe('a span of school years or a period is asked about, never its first year', () => {
  it.each(['med school 2013 to 2019', 'MBBS 2014-2019', 'graduated during covid'])('%s', (text) => {
    const u = read(text, 'graduationYear');
    expect(u.updates.find((x) => x.field === 'graduationYear')).toBeUndefined();
    expect(u.clarify?.field).toBe('graduationYear');
  });

  it.each([
    ['graduated 2016, worked 2017 to 2020 as a GP', 2016],
    ['worked 2019-2021 as GP, graduated 2018', 2018],
  ])('%s -> %s (a span of work is another event)', (text, year) => {
    expect(stored(text, 'graduationYear').graduationYear).toBe(year);
  });
});

describe('a first attempt denied is no first-attempt pass', () => {
  it.each([
    ["didn't pass first time, got it on the second", { result: 'passed', attempts: 2 }],
    ["didn't pass on the first attempt, passed 2nd", { result: 'passed', attempts: 2 }],
  ])('%s', (text, expected) => {
    expect(stored(text, 'step1').step1).toEqual(expected);
  });

  it.each(['not first attempt unfortunately', "wasn't my first try", "passed, but it wasn't my first attempt"])('%s is asked about', (text) => {
    const u = read(text, 'step1');
    expect(u.updates.find((x) => x.field === 'step1')).toBeUndefined();
    expect(u.clarify?.field).toBe('step1');
  });
});

describe('days of experience count as weeks; days of anything else stay days', () => {
  it.each([
    ['10 days of observership in Chicago', 0.4],
    ['a 14-day externship in Miami', 0.5],
  ])('%s -> %s months', (text, months) => {
    expect(stored(text, 'usce').usce).toMatchObject({ months });
  });

  it('a result due in days is still awaited', () => {
    expect(stored('took CK, result in 10 days', 'step2ck').step2ck).toMatchObject({ taken: false, resultPending: true });
  });
});
