// Round 11, second wave: sentence breaks the normaliser hid, plans and denials in pt/hi, others' statuses, dated relatives, low language levels.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

describe('a period after a number still ends the sentence; "¿" opens a new one', () => {
  it.each([
    ["haven't done step 3. planning to take it in march", 'planned'],
    ['not taken step 3. will sit for it in january before ranking', 'planned'],
    ['step 3 not taken. booked it for february', 'planned'],
    ['ainda não fiz o step 3, mas pretendo fazer em abril', 'planned'],
    ['todavía no he tomado el step 3 ¿vale la pena antes del match?', 'not_taken'],
  ])('"%s" -> step 3 %s', (m, status) => expect(read('step3', m).got.step3).toEqual({ status }));
  it.each([
    "haven't taken step 3. no plans to before the match",
    'ainda não fiz o step 3 e nem pretendo antes do match',
    'não pretendo fazer o step 3',
    'step 3 not taken. not planning to',
  ])('look-alike "%s" stays not taken', (m) => expect(read('step3', m).got.step3).toEqual({ status: 'not_taken' }));
  it('"soy peruano, necesito J1 ¿patrocinan J1 en California?" keeps the visa told before the question', () => {
    expect(read('visa', 'soy peruano, necesito J1 ¿patrocinan J1 en California?').got.visa).toBe('needs_j1');
  });
});

describe('a first application a cycle ahead is preparing', () => {
  it.each([
    'vou aplicar pela primeira vez no próximo ciclo, agora só estudando',
    'will apply for the first time next cycle, right now just studying',
    'applying for the first time next year, studying for CK now',
  ])('"%s" -> preparing', (m) => expect(read('stage', m).got.stage).toBe('preparing'));
  it.each(['first time applying, this cycle', 'applying for the first time, submitted in september', 'first time applying'])(
    'look-alike "%s" -> applying', (m) => expect(read('stage', m).got.stage).toBe('applying'));
});

describe('a status someone else holds is not the applicant\'s', () => {
  it.each([
    "H-4 dependent on my husband's H-1B, no EAD yet",
    "here on my wife's J1 as a J2",
    "my husband's green card is pending and I'm on H4, no EAD",
  ])('"%s" stores no visa', (m) => expect(read('visa', m).got.visa).toBeUndefined());
  it.each([
    ["I need H1B, my husband's J1 ends soon", 'needs_h1b'],
    ["I'm H4 on my husband's H1B, EAD approved", 'ead'],
    ["my husband's a US citizen, I have a green card", 'green_card'],
    ['J1 chahiye hoga, green card wagera kuch nahi hai', 'needs_j1'],
    ['usc', 'us_citizen'],
  ])('look-alike "%s" -> %s', (m, visa) => expect(read('visa', m).got.visa).toBe(visa));
  it('"at USC" to the visa question is no citizenship', () => expect(read('visa', 'at USC').got.visa).not.toBe('us_citizen'));
});

describe('a relative in a clause dating the applicant\'s own stay is no family tie; "na kabhi" is never', () => {
  it.each([
    'no family in LA, but I did live in Torrance for 2 years when my husband worked there',
    'I lived in Irvine while my wife did her fellowship there',
    'LA mein koi rishtedaar nahi hai, na kabhi raha hoon wahan',
  ])('"%s" -> no family', (m) => expect((read('laTies', m).got.laTies as { family: boolean }).family).toBe(false));
  it.each(['my husband works in Torrance', 'my parents live in Pasadena'])('look-alike "%s" -> family', (m) =>
    expect((read('laTies', m).got.laTies as { family: boolean }).family).toBe(true));
  it('"na kabhi raha hoon wahan" has not lived there', () =>
    expect((read('laTies', 'LA mein koi rishtedaar nahi hai, na kabhi raha hoon wahan').got.laTies as { lived: boolean }).lived).toBe(false));
});

describe('a language at a named low level is left out', () => {
  it.each([
    ['english, hindi, marathi and my spanish is duolingo level lol', ['English', 'Hindi', 'Marathi']],
    ['english and french, german at tourist level', ['English', 'French']],
    ['arabic, english, and french is like app level', ['Arabic', 'English']],
  ])('"%s"', (m, langs) => expect(read('languages', m).got.languages).toEqual(langs));
  it.each([
    ['english, spanish is native level', ['English', 'Spanish']],
    ['english and spanish, professional level', ['English', 'Spanish']],
  ])('look-alike "%s" keeps it', (m, langs) => expect(read('languages', m).got.languages).toEqual(langs));
});

describe('Portuguese specialty names in full', () => {
  it('"Medicina de Família e Comunidade, com certeza" is family medicine', () =>
    expect(read('specialty', 'Medicina de Família e Comunidade, com certeza').got.specialty).toEqual({ primary: 'family_medicine' }));
});

describe('an undecided order in pt/es asks instead of storing', () => {
  it.each([
    'quero IM ou Psych, ainda não decidi qual vem primeiro',
    'quiero IM o psiquiatría, todavía no he decidido cuál primero',
    'FM ou peds, não decidi ainda',
  ])('"%s" stores no specialty', (m) => expect(read('specialty', m).got.specialty).toBeUndefined());
  it.each([
    ['quero IM, psych de backup', { primary: 'internal_medicine', backup: 'psychiatry' }],
    ['quiero medicina interna, y familiar de backup', { primary: 'internal_medicine', backup: 'family_medicine' }],
  ])('look-alike "%s" is read', (m, s) => expect(read('specialty', m).got.specialty).toEqual(s));
});

describe('so many blocks of one length "each" are multiplied', () => {
  it.each([
    ['only observerships - 3 of them, a month each, all in Phoenix', 3],
    ['2 externships, 4 weeks each, in Texas', 2],
    ['observerships: 2 of them, 2 months each', 4],
  ])('"%s" -> %d months', (m, months) => expect((read('usce', m).got.usce as { months: number }).months).toBe(months));
  it.each([
    ['3 observerships, a month total', 1],
    ['3 months of observerships in Ohio', 3],
  ])('look-alike "%s" -> %d months', (m, months) => expect((read('usce', m).got.usce as { months: number }).months).toBe(months));
});

describe('a further stretch of research "N more" adds to the years told', () => {
  it.each([
    ['3 yrs of research at a Kyiv institute + 1 more in Pittsburgh, 11 papers', 4],
    ['research: 2 years in Lahore, then 1 more at Yale, 4 pubs', 3],
  ])('"%s" -> %d years', (m, years) => expect((read('research', m).got.research as { years: number }).years).toBe(years));
  it.each([
    ['2 years of research, 3 papers and 1 more poster', 2],
    ['2 years of research, 5 pubs + 2 more submitted', 2],
  ])('look-alike "%s" -> %d years', (m, years) => expect((read('research', m).got.research as { years: number }).years).toBe(years));
});

describe('Hinglish "asli exam" is the real exam beside a practice score', () => {
  it.each([
    ['UWSA mein 250 aaya tha par asli exam mein 236 aaye', 236],
    ['NBME mein 245 aaya lekin asli exam mein 229 aaye', 229],
  ])('"%s" -> CK %d taken', (m, score) => expect(read('step2ck', m).got.step2ck).toMatchObject({ taken: true, score }));
  it('look-alike "NBME mein 240 aaye the, asli exam abhi nahi diya" is not taken', () =>
    expect(read('step2ck', 'NBME mein 240 aaye the, asli exam abhi nahi diya').got.step2ck).toMatchObject({ taken: false }));
});

describe('an exam that "comes out" was sat: its result is pending', () => {
  it.each(['my CK comes out next week', "my batchmate's CK came out at 255, mine comes out next week", 'my step 2 comes out friday'])(
    '"%s" -> result pending', (m) => expect(read('step2ck', m).got.step2ck).toEqual({ taken: false, resultPending: true }));
  it.each(['CK is coming up next month', 'exam is next month'])('look-alike "%s" is not pending', (m) =>
    expect(read('step2ck', m).got.step2ck).toEqual({ taken: false }));
});
