// A question left waiting is not repeated after every side question; yes-words of other languages answer a yes/no
// question; a bare yes to a question of how many or which asks what it still has to say; a list asked for early says
// which answers it was built without.
import { describe, expect, it } from 'vitest';
import { conversation } from '../helpers/conversation.js';

const GRAD_Q = /What year did you \(or will you\) graduate/;
const toGraduation = ['start', 'IM', 'need a J-1', 'passed step 1 first attempt', 'ck 231 first attempt', 'step 3 not taken'];

describe('side questions while a question waits', () => {
  it('asks the waiting question again after the first side question only', () => {
    const c = conversation();
    toGraduation.forEach((t) => c.say(t));
    expect(c.asking).toBe('graduationYear');
    c.say('how much does ERAS cost for 60 programs?');
    expect(c.text).toMatch(GRAD_Q);
    for (const q of ['what is SOAP?', 'is an observership USCE?', 'do programs sponsor H-1B?']) {
      c.say(q);
      expect(c.text).not.toMatch(GRAD_Q);
    }
    c.say('2019');
    expect(c.profile.graduationYear).toBe(2019);
    expect(c.asking).toBe('usce');
  });

  it('look-alike: an answer it cannot read still gets the question again, every time', () => {
    const c = conversation();
    toGraduation.forEach((t) => c.say(t));
    for (const t of ['blue', 'hmm lemme think', 'banana']) {
      c.say(t);
      expect(c.text).toMatch(GRAD_Q);
    }
  });

  it('look-alike: once a fact is stored, the next question is asked in its turn, and again once after a side question', () => {
    const c = conversation();
    toGraduation.forEach((t) => c.say(t));
    c.say('what is SOAP?');
    c.say('what is a prelim?');
    c.say('2018');
    expect(c.asking).toBe('usce');
    c.say('what is SOAP?');
    expect(c.asking).toBe('usce');
  });
});

describe('yes-words answer a yes/no question, in other languages too', () => {
  it.each(['oo', 'opo', 'oo tama', 'si', 'haan', 'sim', 'yes'])('"%s" to the couples question is a yes', (yes) => {
    const c = conversation();
    ['start', 'IM', 'need a J-1', 'step 1 passed first attempt', 'ck 231 first attempt', 'step 3 not taken', '2019', 'none', '0', 'english', 'anywhere', 'no ties', 'no research', 'applying this cycle', 'certified'].forEach((t) => c.say(t));
    expect(c.asking).toBe('couples');
    c.say(yes);
    expect(c.profile.couples?.matching).toBe(true);
  });

  it.each([['research', 'How many publications'], ['laTies', 'Which ties']])('a bare yes to the %s question asks what it still has to say', (field, follow) => {
    const c = conversation();
    ['start', 'IM', 'need a J-1', 'step 1 passed first attempt', 'ck 231 first attempt', 'step 3 not taken', '2019', 'none', '0', 'english', 'anywhere'].forEach((t) => c.say(t));
    if (field === 'research') c.say('no ties');
    expect(c.asking).toBe(field);
    c.say('oo');
    expect(c.text).toContain(follow);
    expect(c.text).not.toMatch(/did not understand/);
    c.say(field === 'research' ? '1 pub 2 posters' : 'family in glendale');
    expect(c.profile[field as 'research' | 'laTies']).toBeDefined();
  });

  it('look-alike: a yes with the answer in it is read whole', () => {
    const c = conversation();
    ['start', 'IM', 'need a J-1', 'step 1 passed first attempt', 'ck 231 first attempt', 'step 3 not taken', '2019', 'none', '0', 'english', 'anywhere', 'no ties'].forEach((t) => c.say(t));
    c.say('yes 2 pubs');
    expect(c.profile.research).toMatchObject({ publications: 2 });
  });
});

describe('a list asked for before the interview is done', () => {
  it('says which answers it was built without, and that they count as unknown', () => {
    const c = conversation();
    toGraduation.forEach((t) => c.say(t));
    c.say('csv');
    expect(c.text).toMatch(/Built before the interview is done: graduation year/);
    expect(c.text).toMatch(/unknown, never in your favour/);
  });

  it('look-alike: after the interview, the list comes without the note', () => {
    const c = conversation();
    ['start', 'IM', 'need a J-1', 'step 1 passed first attempt', 'ck 231 first attempt', 'step 3 not taken', '2019', 'none', '0', 'english', 'anywhere', 'no ties', 'no research', 'applying this cycle', 'certified', 'no', 'not submitted yet', 'yes'].forEach((t) => c.say(t));
    c.say('csv');
    expect(c.text).not.toMatch(/Built before the interview is done/);
  });
});
