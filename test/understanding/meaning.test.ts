// Conversations about what each clause means: facts stored even when the message asks something, whose fact
// and when, quantities, and other languages. Examples are our own, one per family of input.
import { describe, expect, it } from 'vitest';
import { conversation } from '../helpers/conversation.js';

const upToCk = ['start', 'IM', 'need a J-1', 'passed first attempt'];

describe('a fact and a question in one message', () => {
  it('"my CK is 230, is that competitive?" stores 230, says so, answers, and asks what is next', () => {
    const c = conversation();
    upToCk.forEach((t) => c.say(t));
    expect(c.asking).toBe('step2ck');
    c.say('my CK is 230, is that competitive?');
    expect(c.profile.step2ck).toMatchObject({ taken: true, score: 230 });
    expect(c.text).toMatch(/Step 2 CK = 230/);
    expect(c.asking).not.toBe('step2ck');
  });

  it('a question alone stores nothing', () => {
    const c = conversation();
    upToCk.forEach((t) => c.say(t));
    const before = structuredClone(c.profile);
    c.say('is 230 competitive for IM?');
    expect(c.profile).toEqual(before);
  });
});

describe('whose fact, and when', () => {
  const read = (pending: string[], message: string) => {
    const c = conversation();
    pending.forEach((t) => c.say(t));
    const before = structuredClone(c.profile);
    c.say(message);
    return { c, before };
  };

  it('something only supposed is not stored', () => {
    const { c, before } = read(['start'], 'if i only do a prelim year in california can i get a full license');
    expect(c.profile.regions).toEqual(before.regions);
  });

  it('a general statement about IMGs is not the applicant\'s preference', () => {
    const { c } = read(['start'], 'everyone tells IMGs to do FM but my heart is set on IM');
    expect(c.profile.specialty?.primary).toBe('internal_medicine');
  });

  it('papers promised for next year are not counted', () => {
    const c = conversation();
    ['start', 'IM', 'need a J-1', 'passed first attempt', '229', 'not yet', '2018', '3 months observership in Riverside', '2 US letters', 'English, Urdu', 'LA or San Diego', 'none'].forEach((t) => c.say(t));
    expect(c.asking).toBe('research');
    c.say("my PI says we'll have 3 pubs out next year");
    expect(c.profile.research).toBeUndefined();
  });

  it('a spouse\'s citizenship is not the applicant\'s', () => {
    const { c } = read(['start', 'IM'], 'married a US citizen last month');
    expect(c.profile.visa).not.toBe('us_citizen');
  });
});

describe('quantities', () => {
  it.each([
    ['half a year of observerships', 6],
    ['a year and a half of hands-on', 18],
    ['5 months USCE (3 hands-on in LA + 2 obs in Chicago)', 5],
  ])('"%s" is %d months', (message, months) => {
    const c = conversation();
    ['start', 'IM', 'need a J-1', 'passed first attempt', '229', 'not yet', '2018'].forEach((t) => c.say(t));
    expect(c.asking).toBe('usce');
    c.say(message);
    expect(c.profile.usce?.months).toBe(months);
  });

  it('a range of months is asked about, not guessed', () => {
    const c = conversation();
    ['start', 'IM', 'need a J-1', 'passed first attempt', '229', 'not yet', '2018'].forEach((t) => c.say(t));
    c.say('2-3 months observership');
    expect(c.profile.usce).toBeUndefined();
    expect(c.asking).toBe('usce');
  });

  it('"CK 2 twenty 1" is 221', () => {
    const c = conversation();
    upToCk.forEach((t) => c.say(t));
    c.say('CK 2 twenty 1');
    expect(c.profile.step2ck).toMatchObject({ score: 221 });
  });
});

describe('other languages', () => {
  it('Portuguese "em" is "in", never Emergency Medicine', () => {
    const c = conversation();
    c.say('start');
    c.say('quero IM, psiquiatria de backup, me formei em 2020');
    expect(c.profile.specialty?.primary).toBe('internal_medicine');
    expect(JSON.stringify(c.profile.specialty)).not.toMatch(/emergency/);
  });

  it('Spanish languages and romanised Hindi-Urdu refusals are read', () => {
    const c = conversation();
    ['start', 'IM', 'need a J-1', 'passed first attempt', '229', 'not yet', '2018', '3 months observership in Riverside', '2 US letters'].forEach((t) => c.say(t));
    expect(c.asking).toBe('languages');
    c.say('hablo español fluido y inglés');
    expect(c.profile.languages).toEqual(expect.arrayContaining(['Spanish', 'English']));
  });

  it('"Obs & Gynae" is OB/GYN, not an observership', () => {
    const c = conversation();
    c.say('start');
    c.say('Obs & Gynae');
    expect(c.profile.specialty?.primary).toBe('obstetrics_gynecology');
    expect(c.profile.usce).toBeUndefined();
  });
});
