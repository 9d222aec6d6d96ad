// Round 10, meaning and fail-safe guards, in our own words: a field other than the one asked changes only where the
// message really states it about the applicant. A language name used as an adjective, a year of another event, a
// field named only to compare with, a letter that is no recommendation, a place with a SoCal name that is elsewhere,
// stage words negated or past, and Spanish / Portuguese / Hindi-Urdu meaning.
import { describe, expect, it } from 'vitest';
import type { Profile, ProfileField } from '../../src/domain/profile.js';
import { read } from './read-message.js';

const FILLED: Profile = {
  specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 236, attempts: 1 }, graduationYear: 2021, languages: ['English'],
};

describe('a language name used as an adjective or an aside is no spoken language', () => {
  it.each([
    ['research', 'published 3 papers, two of them in Russian journals'],
    ['step2ck', 'CK 238, sorry the Arabic keyboard keeps switching on me'],
    ['usce', '3 months observership at a Chinese community clinic in Houston'],
    ['stage', 'applying this cycle; been watching Korean dramas to destress lol'],
    ['graduationYear', 'graduated 2018, did my MBBS in an English medium college'],
    ['research', 'one poster at a French cardiology congress, no pubs'],
  ] as const)('[%s] %s', (pending: ProfileField, message) => {
    expect(read(pending, message, FILLED).got.languages).toBeUndefined();
  });

  it.each([
    ['research', '2 pubs. I speak English and Arabic', ['English', 'Arabic']],
    ['usLors', '3 letters. english, urdu and punjabi', ['English', 'Urdu', 'Punjabi']],
    ['specialty', 'FM, and I speak spanish fluently', ['Spanish']],
    ['languages', 'english and portugese', ['English', 'Portuguese']],
  ] as const)('[%s] %s still reads the languages spoken', (pending: ProfileField, message, languages) => {
    expect(read(pending, message, FILLED).got.languages).toEqual(expect.arrayContaining([...languages]));
  });
});

it('an English word near a language name is no language', () => {
  expect(read('languages', 'just english and hindi. everyone assumes otherwise bc of my name', FILLED).got.languages).toEqual(['English', 'Hindi']);
});

describe('a year that belongs to another event is no graduation year', () => {
  it.each([
    ['visa', 'green card. my dad filed for the family in 2015'],
    ['specialty', 'IM. the wedding was 2021 so there was a gap'],
    ['usce', '3 months hands-on in Texas, the last block ended 2024'],
    ['research', '2 pubs, the first one back in 2020'],
    ['visa', 'GC hai, papa ne 2016 mein apply kiya tha'],
  ] as const)('[%s] %s', (pending: ProfileField, message) => {
    expect(read(pending, message, {}).got.graduationYear).toBeUndefined();
  });

  it.each([
    ['visa', 'J1. 2019', 2019],
    ['usce', 'none. class of 2020', 2020],
    ['visa', 'need H1B, graduated 2017', 2017],
  ] as const)('[%s] %s still reads the year', (pending: ProfileField, message, year) => {
    expect(read(pending, message, {}).got.graduationYear).toBe(year);
  });
});

describe('a field named only to compare with is not the one told', () => {
  it.each([
    ['step3', 'same as my step 1, passed first go, 225', 'step1'],
    ['step3', 'similar to CK honestly - passed on the first try, 219', 'step2ck'],
    ['step2ck', 'just like step 1, one attempt, 244', 'step1'],
    ['step3', 'same deal as CK: took it once, passed with 230', 'step2ck'],
  ] as const)('[%s] %s', (pending: ProfileField, message, compared: ProfileField) => {
    const { got } = read(pending, message, FILLED);
    expect(got[compared]).toBeUndefined();
    expect(got[pending]).toBeDefined();
  });
});

describe('a letter that is no recommendation is no LoR', () => {
  it.each([
    ['research', '3 pubs: 2 case reports and a letter to the editor'],
    ['stage', 'applying, sent letters of intent to 5 programs'],
    ['cycle', 'submitted in september, and mailed 3 letters of interest'],
    ['visa', 'J1, I already have the sponsorship letter'],
    ['usce', '2 months hands-on, got an offer letter for a research job after'],
  ] as const)('[%s] %s', (pending: ProfileField, message) => {
    expect(read(pending, message, FILLED).got.usLors).toBeUndefined();
  });
});

describe('a SoCal place name for a place elsewhere is no tie', () => {
  it.each([
    'my uncle lives in Ontario, Canada, not the California one',
    'family in Glendale, Arizona. nobody in CA',
    'grew up in San Fernando, Trinidad',
    'my parents are in Santa Ana, El Salvador - no ties here',
  ])('%s', (message) => {
    const ties = read('laTies', message, FILLED).got.laTies as { family?: boolean; lived?: boolean } | undefined;
    expect(ties?.family).not.toBe(true);
    expect(ties?.lived).not.toBe(true);
  });

  it('a SoCal place is still a tie', () => {
    expect((read('laTies', 'my aunt lives in Santa Ana', FILLED).got.laTies as { family: boolean }).family).toBe(true);
  });
});

describe('stage words negated or in the past', () => {
  it.each([
    ['not applying this cycle, not reapplying either, still studying for CK', 'preparing'],
    ["didn't match in 2025, taking another shot now", 'reapplying'],
    ['went unmatched two years ago, applying again this time', 'reapplying'],
    ['no, not applying yet', 'preparing'],
  ] as const)('%s', (message, stage) => {
    expect(read('stage', message, FILLED).got.stage).toBe(stage);
  });

  it.each(['I applied once before', 'applied in the past'])('%s is asked about', (message) => {
    const { got, clarify } = read('stage', message, FILLED);
    expect(got.stage).toBeUndefined();
    expect(clarify).toBe('stage');
  });
});

describe('Spanish, Portuguese and Hindi-Urdu meaning', () => {
  it('vivi is lived', () => {
    expect((read('laTies', 'viví en Riverside dos años', FILLED).got.laTies as { lived: boolean }).lived).toBe(true);
  });
  it('a relative who lives there, and never lived there myself', () => {
    const ties = read('laTies', 'nunca viví en California pero mi tío vive en Pomona', FILLED).got.laTies as { family: boolean; lived: boolean };
    expect(ties.family).toBe(true);
    expect(ties.lived).toBe(false);
  });
  it.each([
    'my aunt lives in Pasadena and I lived with her for two years in high school',
    'mi tía vive en Downey y yo viví con ella un año',
    'mis primos viven en Riverside, viví con ellos cuando era niño',
  ])('%s: living with the relative placed is living there', (message) => {
    const ties = read('research', message, { ...FILLED, regions: ['other_us'] }).got.laTies as { family: boolean; lived: boolean };
    expect(ties.family).toBe(true);
    expect(ties.lived).toBe(true);
  });
  it.each(['qualquer lugar na Califórnia', 'cualquier lugar de California me sirve', 'quero a Califórnia, qualquer lugar da Califórnia'])('%s is all of California', (message) => {
    expect(read('regions', message, FILLED).got.regions).toEqual(expect.arrayContaining(['la_county', 'orange_county', 'san_diego', 'inland_empire', 'rest_of_california']));
  });
  it.each(['J1 chahiye, H1 koi nahi dega', 'mujhe J1 chahiye, H1B koi sponsor nahi karega', 'need a J1, nobody will sponsor an H1B for me'])('%s needs a J-1', (message) => {
    expect(read('visa', message, {}).got.visa).toBe('needs_j1');
  });
});

describe('a question asked in passing is not a fact told', () => {
  it.each([
    ['usce', '3 months hands-on in Ohio. my q is whether the free clinic counts on ERAS', 'stage'],
    ['research', '2 pubs. my question is whether I should apply with them', 'stage'],
    ['usce', '2 months obs in NY, wondering whether ERAS takes virtual rotations', 'stage'],
  ] as const)('[%s] %s', (pending: ProfileField, message, untouched: ProfileField) => {
    expect(read(pending, message, FILLED).got[untouched]).toBeUndefined();
  });
});

describe('a wish summed up at the end is the wish', () => {
  it.each([
    ['regions', 'not texas... ok texas is fine, california too, so basically anywhere', ['anywhere']],
    ['regions', 'LA or OC, maybe san diego, basically socal', ['la_county', 'orange_county', 'san_diego', 'inland_empire']],
  ] as const)('[%s] %s', (pending: ProfileField, message, value) => {
    expect(read(pending, message, FILLED).got[pending]).toEqual(expect.arrayContaining([...value]));
    expect((read(pending, message, FILLED).got[pending] as string[]).length).toBe(value.length);
  });
  it('a specialty summed up', () => {
    expect(read('specialty', 'thought about FM, then psych... long story short, IM', {}).got.specialty).toEqual({ primary: 'internal_medicine' });
  });
});

describe('interviews none, or no interview at all, is no interviewing stage', () => {
  it.each([
    'applied in september. interviews: none so far, but a program sent me a pre-interview questionnaire',
    'applied; only had my visa interview and some mock interviews',
  ])('%s', (message) => {
    expect(read('stage', message, FILLED).got.stage).toBe('applying');
  });
  it('submitted, invites: zero yet', () => {
    expect(read('stage', 'submitted, invites: zero yet', FILLED).got.stage).not.toBe('interviewing');
  });
});

describe('a hedged statement with a rising "?" tells, it does not ask', () => {
  it.each([
    ['IM first, maybe FM as a backup?', 'family_medicine'],
    ['psych mostly, probably neuro as backup?', 'neurology'],
  ])('%s', (message, backup) => {
    expect((read('specialty', message, {}).got.specialty as { backup?: string }).backup).toBe(backup);
  });
});

describe("a group's count the applicant has only part of is not the applicant's", () => {
  it.each([
    ['our team published 9 papers last year, I am on 3 of them', 3],
    ['my department put out 20 pubs, I was an author on 1 of them', 1],
    ['the lab had 6 papers this year and I am on 2 of them', 2],
    ['the lab published 30 papers, I am first author on one', 1],
    ['my group put out 8 pubs, I am on 3', 3],
  ] as const)('%s', (message, publications) => {
    expect((read('research', message, {}).got.research as { publications: number }).publications).toBe(publications);
  });
});

describe("someone else's count or language beside the applicant's is theirs", () => {
  it('a co-author', () => {
    expect((read('research', '2 pubs, my co-author has 10', {}).got.research as { publications: number }).publications).toBe(2);
  });
  it('a language studied in school is not one spoken with patients', () => {
    expect(read('languages', 'english, spanish, and i studied german for a year', {}).got.languages).toEqual(['English', 'Spanish']);
  });
  it('parents who speak a language', () => {
    expect(read('languages', 'my parents speak gujarati, i only speak english', {}).got.languages).toEqual(['English']);
  });
});

describe('Spanish, Portuguese and Hindi-Urdu: a denied application, nobody sponsors, same as, a friend', () => {
  it.each([
    'no estoy aplicando este año, todavía preparando el CK',
    'não vou aplicar esse ano',
    'is saal apply nahi kar raha, agle saal karunga',
  ])('%s is preparing', (message) => {
    expect(read('stage', message, FILLED).got.stage).toBe('preparing');
  });
  it.each(['necesito J1, H1B nadie me patrocina', 'preciso de J1, H1B ninguém patrocina'])('%s needs a J-1', (message) => {
    expect(read('visa', message, { visa: 'needs_h1b' }).got.visa).toBe('needs_j1');
  });
  it('igual que el CK compares with CK', () => {
    const { got } = read('step3', 'igual que el CK, aprobé a la primera', FILLED);
    expect(got.step2ck).toBeUndefined();
    expect(got.step3).toBeDefined();
  });
  it("a friend's months are the friend's", () => {
    expect((read('usce', 'mi amigo hizo 6 meses, yo solo 2 meses de observership', FILLED).got.usce as { months: number }).months).toBe(2);
  });
});

describe('words of another sense: passing on a specialty, saving for ERAS', () => {
  it.each(["FM. I'll pass on surgery though", "IM first, I'd pass on peds", 'psych, gonna pass on neuro'])('%s names no backup', (message) => {
    expect((read('specialty', message, {}).got.specialty as { backup?: string }).backup).toBeUndefined();
  });
  it('pass on the first try is still a pass', () => {
    expect(read('step1', 'pass on first try', {}).got.step1).toEqual({ result: 'passed', attempts: 1 });
  });
  it.each(['3 months obs; saving up for ERAS now', '2 months hands-on, getting my documents ready for ERAS'])('%s is not applying yet', (message) => {
    expect(read('usce', message, FILLED).got.stage).not.toBe('applying');
  });
});
