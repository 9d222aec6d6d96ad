// Round 19 (understand19a): store less when the message does not settle it. Each class with messages written for this
// test (other words, order and languages than the development sets'), told while the bot waits on a question.
import { describe, expect, it } from 'vitest';
import type { Profile, ProfileField } from '../../src/domain/profile.js';
import { say as sayOn } from '../helpers/say-while-asked.js';

const NOW = new Date('2026-12-07T12:00:00Z');
const START: Profile = { specialty: { primary: 'internal_medicine' }, visa: 'needs_j1' };
const UP_TO_LETTERS: Profile = {
  ...START, step1: { result: 'passed', attempts: 1 }, step2ck: { taken: true, score: 231, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2020,
  usce: { months: 3, kind: 'hands_on', where: ['other_us'] },
};

/** The shared reply-while-asked helper, on the day these conversations are set. */
const say = (pending: ProfileField, before: Profile, message: string) => sayOn(pending, before, message, NOW);

describe('a letter promised or not uploaded is no letter held (not-yet-held.ts)', () => {
  it.each([
    ['my old PI agreed to write one for me, nothing uploaded so far so zero', 0],
    ['none yet. the FM attending from my externship is writing 2 though', 0],
    ['tengo 1 carta de EEUU; el jefe de cardiología me prometió otra', 1],
    ['1 letter in ERAS, Dr. Patel will upload the second one next week', 1],
    ['ek letter hai, dusra mera PD likhega', 1],
  ] as const)('"%s" keeps %i letters', (message, count) => {
    const { changed } = say('usLors', UP_TO_LETTERS, message);
    expect(changed.usLors?.count ?? 'none').toBe(count === 0 && changed.usLors === undefined ? 'none' : count);
  });

  it('a count held, told before the promise, stays', () => {
    expect(say('research', { ...UP_TO_LETTERS, usLors: { count: 2 }, languages: ['English'], regions: ['la_county'], laTies: { family: false, lived: false, trained: false } }, '3 papers out plus 2 more under review, and 1 poster').changed.research).toMatchObject({ publications: 3, posters: 1 });
  });
});

describe("someone else's word beside the applicant's own (clauses.ts, knowledge/reported-speech.json)", () => {
  it.each([
    ['my department head back in Lagos says I should do surgery, but I am applying FM', 'family_medicine'],
    ['the dean at my school thinks peds suits me. honestly I want psych', 'psychiatry'],
    ['mi consejero en la facultad dice que haga medicina interna, pero yo quiero neurología', 'neurology'],
  ] as const)('"%s" is %s only', (message, primary) => {
    expect(say('specialty', {}, message).changed.specialty).toEqual({ primary });
  });

  it('a count someone else gives is theirs, the applicant\'s own after it counts', () => {
    const before = { ...UP_TO_LETTERS, usLors: { count: 2 }, languages: ['English'], regions: ['la_county' as const], laTies: { family: false, lived: false, trained: false } };
    expect(say('research', before, 'my supervisor calls it 3 papers but really I have 1 paper and 2 posters').changed.research).toMatchObject({ publications: 1, posters: 2 });
  });
});

describe("another country's permanent residence said with US words is no green card", () => {
  it.each([
    ['green card yes - the Brazilian one, I live in São Paulo'],
    ['PR: of Canada (Ontario). Indian citizen'],
    ['I have permanent residence, the Uruguayan kind'],
  ])('"%s" asks which visa', (message) => {
    const { changed, asked } = say('visa', { specialty: { primary: 'family_medicine' } }, message);
    expect(changed.visa).toBeUndefined();
    expect(asked).toBe('visa');
  });
});

describe('alternatives and shares told vaguely are asked, not stored', () => {
  it.each([
    ['graduationYear', 'about 6 years back, or 7 if you count the rural year'],
    ['graduationYear', 'hace 4 years ago or 5, no me acuerdo bien'],
    ['usLors', '4 letters total, a couple of them from US attendings and the rest from India'],
    ['usLors', 'three LORs, some of those are American, others from home'],
  ] as const)('%s: "%s"', (pending, message) => {
    const { changed, asked } = say(pending, pending === 'usLors' ? UP_TO_LETTERS : START, message);
    expect(changed[pending]).toBeUndefined();
    expect(asked).toBe(pending);
  });
});

describe('a language understood but not spoken, or left unnamed, is not stored as spoken', () => {
  const before = { ...UP_TO_LETTERS, usLors: { count: 2 } };
  it.each([
    ['English and Tagalog; Cebuano I understand but I cannot speak it', ['English', 'Tagalog']],
    ['Falo inglês e português. Italiano eu entendo, mas não falo', ['English', 'Portuguese']],
    ['Urdu aur English, Punjabi samajh leta hoon par bol nahi pata', ['Urdu', 'English']],
  ] as const)('"%s"', (message, languages) => {
    expect(say('languages', before, message).changed.languages).toEqual(languages);
  });

  it.each([
    ['English plus the local ones from my province'],
    ['French & the regional languages'],
    ['arabic and the usual ones'],
  ])('"%s" asks which', (message) => {
    const { changed, asked } = say('languages', before, message);
    expect(changed.languages).toBeUndefined();
    expect(asked).toBe('languages');
  });

  it('understanding more than speaking keeps the language', () => {
    expect(say('languages', before, 'Hindi, English, and Bengali which I understand better than I speak').changed.languages).toEqual(['Hindi', 'English', 'Bengali']);
  });
});

describe('visa reasoning that ends in a decision, or in a visa held now', () => {
  it.each([
    ['the home rule still applies to me from my exchange J1, so H1B is out. J1 it is'],
    ['H-1B off the table for me, no waiver on my 212e; J-1'],
    ['J1 for me, H1B ruled out because of the 2 year rule'],
  ])('"%s" is needs_j1', (message) => {
    expect(say('visa', { specialty: { primary: 'family_medicine' } }, message).changed.visa).toBe('needs_j1');
  });

  it.each([
    ['h1b currently, I work as a lab scientist'],
    ["J1 right now, I'm a research scholar at UCSD"],
  ])('"%s" asks which visa residency needs', (message) => {
    const { changed, asked } = say('visa', { specialty: { primary: 'family_medicine' } }, message);
    expect(changed.visa).toBeUndefined();
    expect(asked).toBe('visa');
  });
});

describe('a promise in Hindi-Urdu, a start date after the thing named, and a promise told alone', () => {
  const before = { ...UP_TO_LETTERS, usLors: { count: 2 }, languages: ['English'], regions: ['la_county' as const], laTies: { family: false, lived: false, trained: false } };
  it.each([
    ['meri supervisor ne kaha hai 2 papers mein mera naam aayega, abhi tak sirf 1 poster hai'],
    ['mere boss ne bola tha ki case report publish hogi, abhi draft mein hai'],
  ])('"%s" counts no promised paper', (message) => {
    expect(say('research', before, message).changed.research?.publications ?? 0).toBe(0);
  });

  it.each([
    ['elective at Harbor-UCLA confirmed, starts march 3. before that just 1 month obs in Chicago', ['other_us']],
    ['my Loma Linda rotation got accepted, begins next month. done so far: 2 months hands-on in Texas', ['other_us']],
  ] as const)('"%s": only the experience done is placed', (message, where) => {
    expect(say('usce', START, message).changed.usce?.where).toEqual(where);
  });

  it.each([
    ['the program director at my observership promised me a letter, still waiting on it'],
    ['mi tutor en Houston me va a escribir una carta la próxima semana'],
    ['minha preceptora prometeu uma carta, mas ainda não enviou'],
  ])('"%s" stores no letter', (message) => {
    expect(say('usLors', UP_TO_LETTERS, message).changed.usLors).toBeUndefined();
  });
});

describe("a wish with its subject dropped is still someone else's; the applicant's own after 'but' counts", () => {
  it.each([
    ['my grandfather was a surgeon and wants me to follow him, but I want anesthesia', 'anesthesiology'],
    ['mi papá es cardiólogo y quiere que haga medicina interna, pero yo quiero psiquiatría', 'psychiatry'],
    ['my uncle keeps pushing IM lol, honestly im going neuro', 'neurology'],
  ] as const)('"%s" is %s only', (message, primary) => {
    expect(say('specialty', {}, message).changed.specialty).toEqual({ primary });
  });

  it.each([
    ['mi tía es internista y quiere que haga eso, pero yo quiero pediatría; si no, interna como respaldo', 'pediatrics'],
    ['quiero cirugía general, y si no, interna de respaldo', 'general_surgery'],
  ] as const)('"%s": the fallback after "si no," is the backup', (message, primary) => {
    expect(say('specialty', {}, message).changed.specialty).toEqual({ primary, backup: 'internal_medicine' });
  });
});

describe('whether to apply this cycle left as an alternative is asked', () => {
  it.each([
    ['either I rush a late application now or I wait for next cycle, whatever works'],
    ['maybe a few applications this season or I just wait, not decided'],
    ['could send applications in january or wait a year'],
  ])('"%s"', (message) => {
    const { changed } = say('stage', START, message);
    expect(changed.stage).toBeUndefined();
  });
});
