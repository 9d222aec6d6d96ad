// Round 14 (understand14b): statuses, situations, quantities, research kinds and languages, each class with messages
// written for this test (other words, order and languages than the development sets'), read as the reply to a question.
import { describe, expect, it } from 'vitest';
import type { ProfileField } from '../../src/domain/profile.js';
import { read } from './read-message.js';

/** The bot asked `pending`; the applicant replied `message`: what was stored and what is asked next. */
const reply = (pending: ProfileField, message: string) => read(pending, message);

describe('languages: a level too low to use is no language held; where a language came from is no one else\'s', () => {
  it.each([
    ['Arabic and English. Some Turkish, but I cannot hold a conversation', ['Arabic', 'English']],
    ['english, french, and wolof (basics only)', ['English', 'French']],
    ['Hindi, English; I know a few Tamil words but can\'t carry a conversation in it', ['Hindi', 'English']],
  ])('asked for languages, "%s" keeps only the usable ones', (message, langs) => {
    expect(reply('languages', message).got.languages).toEqual(langs);
  });

  it.each([
    ['Spanish and English, plus Mixtec I learned from my abuela', ['Spanish', 'English', 'Mixtec']],
    ['English, Tagalog, and Ilocano from my lola', ['English', 'Tagalog', 'Ilocano']],
    ['español, inglés y zapoteco', ['Spanish', 'English', 'Zapotec']],
    ['Spanish, English and some Nahuatl', ['Spanish', 'English', 'Nahuatl']],
  ])('asked for languages, "%s" keeps the language a relative taught', (message, langs) => {
    expect(reply('languages', message).got.languages).toEqual(langs);
  });

  it.each([
    ['English only; my grandparents speak Gujarati', ['English']],
    ['Hindi and English. my nani speaks Bengali', ['Hindi', 'English']],
    ['just English, my kids speak Spanish at school', ['English']],
  ])('asked for languages, "%s" leaves the relative\'s language out', (message, langs) => {
    expect(reply('languages', message).got.languages).toEqual(langs);
  });
});

describe('quantities: a rough amount with the exact figure beside it is the exact figure, never the two added', () => {
  it.each([
    ['just over a year: 14 months of hands-on rotations in Texas', 14],
    ['roughly two years - 22 months of externships in New York', 22],
  ])('asked for USCE, "%s" is %s months', (message, months) => {
    expect(reply('usce', message).got.usce).toMatchObject({ months });
  });

  it('"a month or so, exactly 5 weeks" is the five weeks, not a month and five weeks', () => {
    expect((reply('usce', 'a month or so, exactly 5 weeks, observership in Ohio').got.usce as { months: number }).months).toBeLessThan(1.5);
  });

  it('a part told after a rough total is not the total ("about a year, 3 months of it in LA" keeps no 3-month total)', () => {
    expect(reply('usce', 'about a year of observerships, 3 months of it in LA').got.usce).not.toMatchObject({ months: 3 });
  });

  it.each([
    ['several papers (4 to be precise), no posters', { publications: 4, posters: 0 }],
    ['3 pubs and a few posters, exactly 2', { publications: 3, posters: 2 }],
    ["a handful of posters, 5 to be exact. pubs: 1", { publications: 1, posters: 5 }],
  ])('asked for research, "%s"', (message, research) => {
    expect(reply('research', message).got.research).toMatchObject(research);
  });

  it('a rough count with no exact figure is still asked about', () => {
    expect(reply('research', 'a couple posters and 2 papers').got.research).toBeUndefined();
  });
});

describe('research kinds: case reports and letters to the editor are publications; a poster named bare is one poster', () => {
  it.each([
    ['a letter to the editor in Chest, a case series in Cureus. abstract at CHEST', { publications: 2, posters: 1 }],
    ['case report in BMJ Case Reports; poster at SHM', { publications: 1, posters: 1 }],
    ['3 original articles, poster presented at ATS', { publications: 3, posters: 1 }],
  ])('asked for research, "%s"', (message, research) => {
    expect(reply('research', message).got.research).toMatchObject(research);
  });

  it('letters to the editor are never letters of recommendation', () => {
    expect(reply('usLors', 'two letters to the editor, and 3 LORs from my rotations').got.usLors).toMatchObject({ count: 3 });
  });
});

describe('US work authorisations that need no sponsorship, against ones still pending', () => {
  it.each([
    'J-2 with work authorization, my wife is a J-1 fellow',
    'my husband is an L-1 manager in Austin, I have L2 status and the work authorization with it',
    'H4 with work authorization through my wife',
    'me concedieron el asilo y ya tengo permiso de trabajo',
    'tenho asilo concedido e autorização de trabalho',
    'asylum mil gaya, work permit bhi hai',
  ])('asked for the visa, "%s" is a work permit (no sponsorship)', (message) => {
    expect(reply('visa', message).got.visa).toBe('ead');
  });

  it.each([
    'on L2, applied for my L2 EAD last month',
    'H-4, EAD still pending',
    'asylum approved, the work permit hasn\'t come yet',
    'pedí asilo el año pasado, el permiso de trabajo todavía no llega',
    'tenho asilo pendente, a autorização de trabalho ainda não chegou',
  ])('asked for the visa, "%s" stores nothing and asks', (message) => {
    const r = reply('visa', message);
    expect(r.got.visa).toBeUndefined();
    expect(r.clarify).toBe('visa');
  });
});

describe('a diversity-visa selection is no green card until it is issued', () => {
  it.each([
    'got selected in the DV lottery for 2027, waiting on the interview',
    'selected in the green card lottery, consular interview not scheduled',
    'picked in the diversity visa lottery this year!',
  ])('asked for the visa, "%s" asks which visa, storing nothing', (message) => {
    const r = reply('visa', message);
    expect(r.got.visa).toBeUndefined();
    expect(r.clarify).toBe('visa');
  });

  it('a green card already issued through the lottery is a green card', () => {
    expect(reply('visa', 'green card holder, got it through the DV lottery in 2022').got.visa).toBe('green_card');
  });
});

describe('situations: an annulled score is no score; a sitting cancelled is no attempt', () => {
  it.each([
    'USMLE invalidated my CK result after an irregularity review, I sit again in April',
    'CK 236 but the score was cancelled (irregularity), retake booked for feb',
    'they annulled my step 2 score, so I have to take it again in the spring',
  ])('asked for Step 2 CK, "%s" is not taken, with no score kept', (message) => {
    expect(reply('step2ck', message).got.step2ck).toEqual({ taken: false });
  });

  it('a sitting cancelled by the test centre leaves the score told', () => {
    expect(reply('step2ck', '247, my first sitting was cancelled because of a power cut so it is not an attempt').got.step2ck).toMatchObject({ taken: true, score: 247 });
  });
});

describe('situations: ECFMG for students and "almost"', () => {
  it.each([
    'still in med school (final year), so no certificate until I graduate next june',
    "I haven't graduated yet, ECFMG can't certify me until then",
    'last year of med school, registered with ECFMG already',
  ])('asked about ECFMG, "%s" is in progress, waiting for the diploma', (message) => {
    expect(reply('ecfmg', message).got.ecfmg).toMatchObject({ status: 'in_progress', missing: expect.arrayContaining(['diploma']) });
  });

  it.each(['nearly there', 'almost done lol', 'mostly done'])('asked about ECFMG, "%s" is in progress, never certified', (message) => {
    expect(reply('ecfmg', message).got.ecfmg).toMatchObject({ status: 'in_progress' });
  });
});

describe('situations: a prelim or transitional year matched before is training held, not the specialty wanted', () => {
  it.each([
    ['matched into a prelim medicine year through SOAP, now going for categorical neurology', 'neurology'],
    ['I matched a TY last year, I want anesthesiology now', 'anesthesiology'],
  ])('asked for the specialty, "%s"', (message, specialty) => {
    expect(reply('specialty', message).got.specialty).toMatchObject({ primary: specialty });
  });

  it('"I soaped into prelim surgery, PGY-1 now, looking for a categorical spot" stores no prelim specialty', () => {
    expect(reply('stage', 'I soaped into prelim surgery, PGY-1 now, looking for a categorical spot').got.specialty).toBeUndefined();
  });
});

describe('Spanish, Portuguese and Hindi-Urdu statements of results awaited, none, and a work permit not in hand', () => {
  it.each([
    'step 3 diya tha last month, abhi result ka intezaar hai',
    'ya rendí el step 3, estoy esperando los resultados',
    'o step 3 eu fiz em novembro, aguardando o resultado',
  ])('asked about Step 3, "%s" is awaiting its result', (message) => {
    expect(reply('step3', message).got.step3).toEqual({ status: 'pending' });
  });

  it.each([
    'US clinical experience nahi hai, sirf India mein internship ki hai',
    'research nahi hai abhi tak',
  ])('"%s" is none', (message) => {
    const r = reply(message.startsWith('research') ? 'research' : 'usce', message);
    expect(r.got.usce ?? r.got.research).toMatchObject(message.startsWith('research') ? { publications: 0, posters: 0 } : { months: 0, kind: 'none' });
  });

  it.each([
    'asylum case pending hai, EAD abhi tak nahi mila',
    'tengo asilo pendiente y el permiso de trabajo no me ha llegado',
  ])('asked for the visa, "%s" stores no work permit and asks', (message) => {
    const r = reply('visa', message);
    expect(r.got.visa).toBeUndefined();
    expect(r.clarify).toBe('visa');
  });
});

describe('situations: another degree\'s graduation, and a later cycle only thought of', () => {
  it.each([
    'on F-1, doing a masters in epidemiology at UCLA, graduating june 2027',
    'currently doing my MPH in Atlanta, finishing 2026, then OPT',
  ])('asked for the visa, "%s" stores no graduation year', (message) => {
    expect(reply('visa', message).got.graduationYear).toBeUndefined();
  });

  it('a medical school graduation still ahead is kept', () => {
    expect(reply('graduationYear', 'MBBS in Lahore, graduating 2026').got.graduationYear).toBe(2026);
  });

  it.each([
    'applied in september, though I am already thinking about the next cycle',
    'submitted my ERAS, considering what to do next cycle if this fails',
  ])('asked for the stage, "%s" is applying', (message) => {
    expect(reply('stage', message).got.stage).toBe('applying');
  });
});
