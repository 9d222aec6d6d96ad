// A year or place told for another event (applying, a move, a job, a card) never overwrites the stored graduation year:
// the year is kept apart and the reply says how to change it; applying in a year after this cycle's is preparing.
// Also the Spanish and Hindi-Urdu answers the README claims: an exam not taken yet, a first attempt, applying in a year.
import { describe, expect, it } from 'vitest';
import { conversation } from '../helpers/conversation.js';

// the chat runs in December 2026: this cycle's applications went out in September 2026
const DEC = new Date('2026-12-06T12:00:00Z');
const toUsce = ['start', 'FM', 'green card', 'step 1 passed', 'ck 218', 'no step 3', 'grad 2017'];
const after = (said: string, before = toUsce) => {
  const c = conversation(undefined, DEC);
  before.forEach((t) => c.say(t));
  c.say(said);
  return c;
};

describe('a year of another event keeps the graduation year', () => {
  it.each([
    ['estoy preparando para aplicar el proximo año, 2027'],
    ['preparing to apply next year, 2027'],
    ['moved to LA in 2019'],
    ['got my green card in 2020'],
    ['working as a GP since 2018'],
    ['2019'],
    ['i will apply in 2027'],
  ])('the stored 2017 stays: %s', (said) => {
    const c = after(said);
    expect(c.profile.graduationYear).toBe(2017);
    expect(c.text).not.toMatch(/Updated Graduation year/);
  });

  it('a bare year that could be either is not stored, and the reply says how to change it', () => {
    const c = after('2019');
    expect(c.text).toMatch(/kept your graduation year as 2017.*graduated 2019/s);
  });

  it.each([
    ['actually i graduated 2018', 2018],
    ['sorry, 2016 not 2017', 2016],
    ['my grad year is 2015', 2015],
    ['me gradue en 2016', 2016],
    ['typo, YOG 2019', 2019],
  ])('look-alikes: a graduation said or a correction still changes it: %s', (said, year) => {
    expect(after(said).profile.graduationYear).toBe(year);
  });

  it.each([
    ['i will apply in 2027', 'preparing'],
    ['voy a aplicar en 2027', 'preparing'],
    ['2027 mein apply karunga', 'preparing'],
    ['mein 2027 mein apply karunga, abhi paisay jama kar raha hoon', 'preparing'],
    ['agle saal apply karungi', 'preparing'],
    ['preparing to apply in 2027', 'preparing'],
    ['planning to apply 2027', 'preparing'],
    ['applying in 2026', 'applying'],
    ['applying for the 2027 match', 'applying'],
    ['aplico este ciclo', 'applying'],
  ])('an application year after this cycle\'s is a later cycle, prepared for: %s', (said, stage) => {
    expect(after(said).profile.stage).toBe(stage);
  });
});

describe('Spanish and Hindi-Urdu answers', () => {
  const toStep3 = ['start', 'IM', 'green card', 'step 1 passed', 'ck 245'];
  it.each([
    'step 3 no lo he tomado todavia',
    'no lo he tomado',
    'todavia no lo he presentado',
    'aun no lo he tomado',
    'step 3 abhi nahi diya',
  ])('an exam not taken yet: %s', (said) => {
    const c = after(said, toStep3);
    expect(c.profile.step3).toEqual({ status: 'not_taken' });
  });

  it.each([
    ['CK 232 tha, pehli koshish', 1],
    ['ck 232 pehli koshish mein', 1],
    ['CK 232 doosri koshish mein', 2],
    ['ck 232, teesri koshish', 3],
  ])('the attempt of a score: %s', (said, attempts) => {
    const c = after(said, ['start', 'IM', 'j1', 'step 1 passed']);
    expect(c.profile.step2ck).toEqual({ taken: true, score: 232, attempts });
  });

  it('a look-alike: "koshish karunga" (I will try) gives no attempt count to a score told without one', () => {
    const c = after('ck 232, acha karne ki koshish karunga step 3 mein', ['start', 'IM', 'j1', 'step 1 passed']);
    expect(c.profile.step2ck).toMatchObject({ score: 232 });
    expect(c.profile.step2ck).not.toMatchObject({ attempts: 2 });
  });
});
