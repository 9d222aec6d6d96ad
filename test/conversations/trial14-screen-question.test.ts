// A new user's trial, round 14, class 4: a bare "yes"/"no" answers the question the user sees. After answers to other
// questions the bot names the question it now asks before a bare yes or no counts (so a couples match is never stored
// from a "yes" meant for something else), and a question shown a third time in a row says what is missing, with its
// choices listed, instead of repeating itself.
import { describe, expect, it } from 'vitest';
import { conversation } from '../helpers/conversation.js';

// up to the research question, each answer given to the question on screen
const inStep = ['start', 'psych', 'J-1', 'passed first try', 'ck 236', 'no step 3', '2020', 'none', '3', 'english, urdu', 'san diego', 'none', 'none', 'applying this cycle', 'certified'];

describe('a bare yes or no answered in step counts for the question shown', () => {
  it('"yes" to the couples question, asked in its turn, is a couples match', () => {
    const c = conversation();
    inStep.forEach((t) => c.say(t));
    expect(c.asking).toBe('couples');
    c.say('yes');
    expect(c.profile.couples).toMatchObject({ matching: true });
  });

  it('"no" to the couples question, asked in its turn, is no couples match', () => {
    const c = conversation();
    inStep.forEach((t) => c.say(t));
    c.say('nope');
    expect(c.profile.couples).toEqual({ matching: false });
  });
});

describe('after answers to other questions, a bare yes or no names the question first', () => {
  // the user types their own list while the screen asks about clinical experience
  const offScreen = ['start', 'FM', 'green card', 'passed first try', 'ck 224', 'no step 3', '2017', '2 letters', 'spanish and english', 'orange county', 'my parents live in anaheim', '1 poster', 'applying this cycle', 'ecfmg done'];

  it('a "yes" after them is not stored: the question now asked is named, and the next "yes" counts', () => {
    const c = conversation();
    offScreen.forEach((t) => c.say(t));
    expect(c.asking).toBe('usce');
    c.say('yes');
    expect(c.profile.usce).toBeUndefined();
    expect(c.text).toMatch(/may be meant for an earlier question/);
    expect(c.asking).toBe('usce');
    c.say('no');
    expect(c.profile.usce).toMatchObject({ months: 0 });
  });

  it('a couples match is never stored from a "no" then a "yes" typed ahead of the questions', () => {
    const c = conversation();
    offScreen.forEach((t) => c.say(t));
    c.say('nao');
    expect(c.profile.usce).toBeUndefined();
    expect(c.text).toMatch(/I am asking now/);
    c.say('yes');
    expect(c.profile.couples).toBeUndefined();
  });

  it('an answer with content is stored at once, whatever came before', () => {
    const c = conversation();
    offScreen.forEach((t) => c.say(t));
    c.say('4 months hands-on in Riverside');
    expect(c.profile.usce).toMatchObject({ months: 4, kind: 'hands_on' });
  });
});

describe('a question is never shown a third time in a row without saying what is missing', () => {
  it('regions passed over twice: the third asking says so and lists the regions', () => {
    const c = conversation();
    ['start', 'IM', 'J-1', 'passed first try', 'ck 241', 'no step 3', '2021', '5 months hands-on at Cook County', '2 letters', 'english and arabic'].forEach((t) => c.say(t));
    expect(c.asking).toBe('regions');
    c.say('2 pubs');
    c.say('preparing');
    expect(c.asking).toBe('regions');
    expect(c.text).toMatch(/asked this three times/);
    expect(c.text).toMatch(/- Orange County/);
    c.say('ecfmg certified');
    expect(c.text).toMatch(/Still open: Preferred regions/);
  });

  it('two unreadable replies: the third asking says it could not read an answer and lists the choices', () => {
    const c = conversation();
    ['start', 'peds', 'H1B only'].forEach((t) => c.say(t));
    const asked = c.asking;
    c.say('purple');
    c.say('blah blah');
    expect(c.asking).toBe(asked);
    expect(c.text).toMatch(/could not read an answer/);
  });
});
