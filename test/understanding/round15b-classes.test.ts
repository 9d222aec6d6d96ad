// Round 15 (understand15b): quantities, statuses, hedged facts and languages, each class with messages written for
// this test (other words, order and languages than the development sets'), read as the reply to a question.
import { describe, expect, it } from 'vitest';
import type { ProfileField } from '../../src/domain/profile.js';
import { read } from './read-message.js';

/** The bot asked `pending`; the applicant replied `message`: what was stored and what is asked next. */
const reply = (pending: ProfileField, message: string) => read(pending, message);

describe('languages: an amount keeps the language, a level too low or a limit leaves it out', () => {
  it.each([
    ['Farsi and English, and a bit of Armenian', ['Farsi', 'English', 'Armenian']],
    ['english fluent + a little korean', ['English', 'Korean']],
    ['Punjabi, Hindi, English aur thodi Urdu bhi', ['Punjabi', 'Hindi', 'English', 'Urdu']],
    ['falo português, inglês e um pouco de italiano', ['Portuguese', 'English', 'Italian']],
  ])('asked for languages, "%s" keeps the one told with an amount', (message, langs) => {
    expect(new Set(reply('languages', message).got.languages as string[])).toEqual(new Set(langs));
  });

  it.each([
    ['Bengali and English. learning German on duolingo though', ['Bengali', 'English']],
    ['English, Swahili, beginner Portuguese', ['English', 'Swahili']],
    ['Tamil, English, a bit of Telugu but never with patients', ['Tamil', 'English']],
    ['Igbo, English, some Hausa (not enough for pts)', ['Igbo', 'English']],
  ])('asked for languages, "%s" leaves the weak one out', (message, langs) => {
    expect(new Set(reply('languages', message).got.languages as string[])).toEqual(new Set(langs));
  });

  it.each([
    ['Yoruba and English. nothing else fluently', ['Yoruba', 'English']],
    ['english and gujarati; not fluent in any other language', ['English', 'Gujarati']],
    ['Vietnamese. not really fluent in anything else besides English', ['Vietnamese', 'English']],
  ])('a limit said of the other languages leaves the named ones: "%s"', (message, langs) => {
    expect(new Set(reply('languages', message).got.languages as string[])).toEqual(new Set(langs));
  });
});

describe('a result told as still to come by when it is due: the exam was sat, its result is awaited', () => {
  it.each([
    ['took it 10 days ago, score drops after new year', 'step2ck'],
    ['did it last month, results any day now', 'step2ck'],
    ['CK done in november, score should be released mid december', 'step2ck'],
  ] as const)('asked for CK, "%s" is a result pending', (message, pending) => {
    expect(reply(pending, message).got.step2ck).toEqual({ taken: false, resultPending: true });
  });

  it('the same for Step 3, with the result due by the end of the month', () => {
    expect(reply('step3', 'wrote step 3 on the 2nd, result is due by the end of the month').got.step3).toEqual({ status: 'pending' });
  });

  it('a result that already came out before a holiday is the score, not a result awaited', () => {
    expect(reply('step2ck', 'my score came out before christmas: 231').got.step2ck).toMatchObject({ taken: true, score: 231 });
  });
});

describe('Spanish, Portuguese and Hindi-Urdu forms of the same facts', () => {
  it.each([
    ['regions', 'me da igual, cualquier lugar en Estados Unidos', { regions: ['anywhere'] }],
    ['regions', 'en California, cualquier lugar del estado me sirve', { regions: ['la_county', 'orange_county', 'san_diego', 'inland_empire', 'rest_of_california'] }],
    ['stage', 'já estou na etapa de entrevistas', { stage: 'interviewing' }],
    ['stage', 'estoy en la fase de entrevistas ahora', { stage: 'interviewing' }],
    ['step3', 'o step 3 ainda não, estou pensando em fazer em abril', { step3: { status: 'planned' } }],
    ['step3', 'step 3 planejo prestar em fevereiro', { step3: { status: 'planned' } }],
    ['step1', 'step 1 pehli baar mein clear ho gaya', { step1: { result: 'passed', attempts: 1 } }],
    ['step1', 'haan, first attempt mein pass ho gaya tha', { step1: { result: 'passed', attempts: 1 } }],
  ] as const)('asked %s, "%s"', (pending, message, expected) => {
    expect(reply(pending, message).got).toMatchObject(expected);
  });
});

describe('a citizenship of other countries listed after the word is no US citizenship', () => {
  it.each([
    ['dual citizen Ghana and UK, I would need a J1', 'needs_j1'],
    ['citizen of both Kenya and Uganda. either visa works', 'either'],
    ['dual citizen, Brazil + Portugal. H1B or J1, both fine', 'either'],
  ])('asked for the visa, "%s"', (message, visa) => {
    expect(reply('visa', message).got.visa).toBe(visa);
  });

  it.each([
    ['dual citizen: Egypt and USA'],
    ['dual citizen, American + Filipino'],
  ])('one of them the US is a US citizen: "%s"', (message) => {
    expect(reply('visa', message).got.visa).toBe('us_citizen');
  });
});

describe("a close relative's status told to the visa question: theirs, and the applicant's own is asked", () => {
  it.each([
    ['my husband became a US citizen last year'],
    ['mom is a green card holder and she filed an I-130 for me in 2020'],
    ['my fiancée is American'],
    ['my father is a permanent resident and sponsored me, still waiting in the queue'],
  ])('asked for the visa, "%s" stores nothing and asks', (message) => {
    const r = reply('visa', message);
    expect(r.got.visa).toBeUndefined();
    expect(r.clarify).toBe('visa');
  });

  it.each([
    ["my wife is a citizen but I'm not, I'll need an H1B", 'needs_h1b'],
    ['my parents are green card holders and I have a green card as well', 'green_card'],
  ])('the applicant\'s own status told beside it is read: "%s"', (message, visa) => {
    expect(reply('visa', message).got.visa).toBe(visa);
  });

  it('a sibling\'s status, or a relative\'s status told to another question, asks nothing of the visa', () => {
    expect(reply('visa', 'my older sister has US citizenship, she lives in Dallas').clarify).toBeUndefined();
    expect(reply('laTies', 'my wife is a US citizen and lives in Pasadena').clarify).not.toBe('visa');
  });
});
