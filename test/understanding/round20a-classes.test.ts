// Round 20 (understand20a): whose, which and whether. Each class with messages written for this test (other words, order
// and languages than the development sets'), told while the bot waits on a question.
import { describe, expect, it } from 'vitest';
import type { Profile, ProfileField } from '../../src/domain/profile.js';
import { say as sayOn } from '../helpers/say-while-asked.js';

const NOW = new Date('2026-12-08T12:00:00Z');
const START: Profile = { specialty: { primary: 'family_medicine' }, visa: 'needs_h1b' };
const UP_TO_LANGUAGES: Profile = {
  ...START, step1: { result: 'passed', attempts: 1 }, step2ck: { taken: true, score: 228, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2019,
  usce: { months: 4, kind: 'hands_on', where: ['other_us'] }, usLors: { count: 3, inSpecialty: true }, languages: ['English'],
};

/** The shared reply-while-asked helper, on the day these conversations are set. */
const say = (pending: ProfileField, before: Profile, message: string) => sayOn(pending, before, message, NOW);

describe('regions wished by exception: everything but the places ruled out (readers/places.ts)', () => {
  it.each([
    ['honestly anywhere except the Inland Empire, too hot for me', ['la_county', 'orange_county', 'san_diego', 'rest_of_california', 'other_us']],
    ['anywhere but Orange County', ['la_county', 'san_diego', 'inland_empire', 'rest_of_california', 'other_us']],
    ['qualquer lugar da Califórnia menos o Inland Empire', ['la_county', 'orange_county', 'san_diego', 'rest_of_california']],
    ['cualquier lugar de California excepto San Diego', ['la_county', 'orange_county', 'inland_empire', 'rest_of_california']],
  ] as const)('"%s" keeps every region but the ones ruled out', (message, regions) => {
    expect([...(say('regions', UP_TO_LANGUAGES, message).changed.regions ?? [])].sort()).toEqual([...regions].sort());
  });

  it('anywhere but all of California is still the rest of the US', () => {
    expect(say('regions', UP_TO_LANGUAGES, 'anywhere but california tbh').changed.regions).toEqual(['other_us']);
  });

  it.each([
    ['Orange County e LA. Inland Empire não.', ['orange_county', 'la_county']],
    ['SD, LA. OC nahi', ['san_diego', 'la_county']],
    ['LA and Texas. IE no.', ['la_county', 'other_us']],
  ] as const)('a denial closing the clause after a place rules it out: "%s"', (message, regions) => {
    expect([...(say('regions', UP_TO_LANGUAGES, message).changed.regions ?? [])].sort()).toEqual([...regions].sort());
  });

  it('"más o menos" and "menos de" are no exception', () => {
    expect(say('regions', UP_TO_LANGUAGES, 'LA o San Diego, más o menos igual para mí').changed.regions).toEqual(['la_county', 'san_diego']);
  });

  it('a place said to depend on interviews is no stage and no place', () => {
    const { changed } = say('regions', { ...UP_TO_LANGUAGES, stage: 'applying' }, 'it all depends on where I land interviews honestly');
    expect(changed.stage).toBeUndefined();
    expect(changed.regions).toBeUndefined();
  });

  it('anywhere abroad is no place for residency', () => {
    expect(say('regions', UP_TO_LANGUAGES, 'with my passport I could work anywhere in Europe, but here I want LA').changed.regions).toEqual(['la_county']);
  });
});

describe("another country's papers ask which US visa, even with \"not sure\" stored (readers/visa.ts, knowledge/foreign-statuses.json)", () => {
  const unsure: Profile = { ...UP_TO_LANGUAGES, visa: 'unsure' };
  it.each([
    ['English and Tamil. fwiw I have an EU blue card from my job in Munich', 'languages'],
    ['LA only. oh and status-wise I hold indefinite leave in the UK', 'regions'],
    ['spanish too. aussie PR, nothing American', 'languages'],
  ] as const)('"%s" asks the visa', (message, pending) => {
    expect(say(pending, unsure, message).asked).toBe('visa');
  });

  it.each([
    'kiwi citizen, living in Auckland',
    'Singapore PR holder, no US papers',
    'i had a J1 as a research scholar in Boston, it ran out last year',
  ])('"%s" stores no visa and asks which', (message) => {
    const { changed, asked } = say('visa', START.specialty ? { specialty: START.specialty } : {}, message);
    expect(changed.visa).toBeUndefined();
    expect(asked).toBe('visa');
  });

  it('a visa refused before its name is ruled out beside the other one chosen', () => {
    expect(say('visa', { specialty: START.specialty! }, 'aussie passport. the J1 is fine, won\'t bother with the h1b').changed.visa).toBe('needs_j1');
  });
});

describe('a side number beside the real value is never stored (exam-words.ts, told-of-others.ts, clauses.ts)', () => {
  const UP_TO_CK: Profile = { ...START, step1: { result: 'passed', attempts: 1 } };
  it.each([
    ['got 219 on CK, first go. UWSA2 was in the 230s though', 219],
    ['CK: 236. practice NBMEs in the 250s, go figure', 236],
    ['a 241 on the real thing; my nbme forms sat in the 220s', 241],
  ] as const)('practice scores told by their decade leave "%s" at %i', (message, score) => {
    expect(say('step2ck', UP_TO_CK, message).changed.step2ck).toMatchObject({ taken: true, score });
  });

  it.each([
    ['CK 227 on my first attempt. that 249 I posted on the forum was my classmate\'s', 227],
    ['scored 233 first try; the 251 in my screenshot is my brother\'s score', 233],
    ['oops, that 260 was my roommate\'s. mine: 238, first attempt', 238],
  ] as const)('a figure handed to someone else at the clause end stays theirs: "%s"', (message, score) => {
    expect(say('step2ck', UP_TO_CK, message).changed.step2ck).toMatchObject({ taken: true, score });
  });

  it.each([
    ['CK 231, first attempt, would have scored 245 if my kid had not been in hospital that week', 231],
    ['CK 224 first try. otherwise 240 easily, I was sick', 224],
    ['CK mein 226 aaya, pehla attempt. warna 240 pakka tha', 226],
  ] as const)('what did not happen is no score: "%s"', (message, score) => {
    expect(say('step2ck', UP_TO_CK, message).changed.step2ck).toEqual({ taken: true, score, attempts: 1 });
  });

  it('"otherwise" before a choice with no figure still chooses', () => {
    expect(say('visa', { specialty: START.specialty! }, 'if my green card is approved by spring I need nothing, otherwise H1B').changed.visa).toBe('needs_h1b');
  });
});

describe('a correction and a labelled answer in one message: both stored (side-statements.ts)', () => {
  it.each([
    ['sorry, 2017 not 2016, I had my internship year in mind. regions: LA + IE', ['la_county', 'inland_empire']],
    ['wrong year before: 2021, not 2020. location: OC only', ['orange_county']],
    ['oops it was 2015 and not 2016 — region: San Diego', ['san_diego']],
  ] as const)('"%s" corrects the year and stores the regions', (message, regions) => {
    const { changed } = say('regions', { ...UP_TO_LANGUAGES, graduationYear: Number(message.match(/not (\d{4})/)![1]) }, message);
    expect(changed.graduationYear).toBe(Number(message.match(/(\d{4}),? (?:and )?not/)![1]));
    expect(changed.regions).toEqual(regions);
  });
});

describe('which visa, said in a short or mixed-language line (readers/visa.ts, languages.ts)', () => {
  it.each([
    'im j1, my waiver is still pending',
    "on a J-1 research visa, applied for the waiver last month",
    'J1 now, waiting on the waiver decision',
  ])('a J-1 waiver not decided yet asks which visa: "%s"', (message) => {
    const { changed, asked } = say('visa', { specialty: START.specialty! }, message);
    expect(changed.visa).toBeUndefined();
    expect(asked).toBe('visa');
  });

  it.each([
    ['main j1 pe nahi hoon, mera husband j1 pe hai. mujhe h1b chahiye', 'needs_h1b'],
    ['o H1B não me serve, quero J1', 'needs_j1'],
    ['a J-1 não serve pra mim. H-1B', 'needs_h1b'],
  ] as const)('"%s" is %s', (message, visa) => {
    expect(say('visa', { specialty: START.specialty! }, message).changed.visa).toBe(visa);
  });
});

describe('"anything/everything but" a place is every region but that one (anywhere.ts, languages.ts)', () => {
  it.each([
    ['everything except the Inland Empire', ['la_county', 'orange_county', 'san_diego', 'rest_of_california', 'other_us']],
    ['any region other than San Diego', ['la_county', 'orange_county', 'inland_empire', 'rest_of_california', 'other_us']],
    ['todo menos Orange County', ['la_county', 'san_diego', 'inland_empire', 'rest_of_california', 'other_us']],
    ['tudo menos o Inland Empire', ['la_county', 'orange_county', 'san_diego', 'rest_of_california', 'other_us']],
  ] as const)('"%s"', (message, regions) => {
    expect([...(say('regions', UP_TO_LANGUAGES, message).changed.regions ?? [])].sort()).toEqual([...regions].sort());
  });
});

describe('a count moved from papers to posters by a correction (corrections.ts)', () => {
  const withPapers: Profile = { ...UP_TO_LANGUAGES, regions: ['la_county'], laTies: { family: false, lived: false, trained: false }, research: { publications: 2, posters: 0 } };
  it.each([
    ['my mistake, the 2 were abstracts, not papers. stage: applying', { publications: 0, posters: 2 }],
    ['its 2 posters not 2 publications, sorry. stage: applying', { publications: 0, posters: 2 }],
    ['correction: 4 papers, not posters. stage: applying', { publications: 4, posters: 0 }],
  ] as const)('"%s"', (message, research) => {
    const { changed } = say('stage', withPapers, message);
    expect(changed.research).toEqual(research);
    expect(changed.stage).toBe('applying');
  });
});
