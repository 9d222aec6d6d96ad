// Proves the interview reads like a conversation: one question at a time, messy answers, re-asks, and the plan at the end.
import { describe, expect, it } from 'vitest';
import { conversation } from '../helpers/conversation.js';

describe('a whole interview', () => {
  it('collects every field from free text and ends in a plan', () => {
    const c = conversation();
    c.say('hi');
    expect(c.keys).toEqual(['intro', 'question:specialty']);
    expect(c.asking).toBe('specialty');
    c.say('internal med, backup famly medicine');
    expect(c.asking).toBe('visa');
    c.say('I need a J-1');
    expect(c.asking).toBe('step1');
    c.say('failed once then passed');
    expect(c.asking).toBe('step2ck');
    c.say('I got a 218 on CK');
    expect(c.asking).toBe('step3');
    c.say('nope');
    expect(c.asking).toBe('graduationYear');
    c.say("class of '19");
    expect(c.asking).toBe('usce');
    c.say('4 months hands-on in LA');
    expect(c.asking).toBe('usLors');
    c.say('3 US letters, 2 in IM, one from California');
    expect(c.asking).toBe('languages');
    c.say('English and Spanish');
    expect(c.asking).toBe('regions');
    c.say('LA and Orange County');
    expect(c.asking).toBe('laTies');
    c.say('my family lives in Glendale');
    expect(c.asking).toBe('research');
    c.say('none');
    expect(c.asking).toBe('stage');
    c.say('applying this cycle');
    expect(c.asking).toBe('ecfmg');
    c.say('yes, certified');
    expect(c.asking).toBe('couples');
    c.say('no');
    expect(c.asking).toBe('cycle');
    c.say('not submitted yet');
    expect(c.replies.some((r) => r.type === 'plan')).toBe(false);
    expect(c.asking).toBe('confirmProfile');
    expect(c.keys).toEqual(['got', 'readBackHeader', 'readBackQuestion']);
    expect(c.text).toMatch(/Step 2 CK: 218 \(attempt not said\)/);
    c.say('yes');
    expect(c.replies.some((r) => r.type === 'plan')).toBe(true);
    expect(c.profile).toEqual({
      specialty: { primary: 'internal_medicine', backup: 'family_medicine' },
      visa: 'needs_j1',
      step1: { result: 'passed', attempts: 2 },
      step2ck: { taken: true, score: 218, attempts: 1, attemptsUnstated: true },
      step3: { status: 'not_taken' },
      graduationYear: 2019,
      usce: { months: 4, kind: 'hands_on', where: ['la_county'] },
      usLors: { count: 3, inSpecialty: true, fromCalifornia: true },
      languages: ['English', 'Spanish'],
      regions: ['la_county', 'orange_county'],
      laTies: { family: true, lived: false, trained: false },
      research: { publications: 0, posters: 0 },
      stage: 'applying',
      ecfmg: { status: 'certified' },
      couples: { matching: false },
      cycle: { submitted: false },
    });
  });

  it('does not ask about LA ties when the applicant only wants other states', () => {
    const c = conversation();
    c.say('start');
    for (const a of ['IM', 'green card', 'passed', '230', 'not taken', '2020', 'none', '2', 'English']) c.say(a);
    expect(c.asking).toBe('regions');
    c.say('texas');
    expect(c.asking).toBe('research');
  });

  it('re-asks with an example, and after three misses offers the choices and skip', () => {
    const c = conversation();
    c.say('start');
    c.say('IM');
    c.say('banana');
    expect(c.keys[0]).toBe('notUnderstood');
    expect(c.text).toMatch(/For example: I need a J-1/);
    expect(c.asking).toBe('visa');
    c.say('what');
    c.say('hmm');
    const q = c.replies.find((r) => r.type === 'question');
    expect(q?.type === 'question' && q.choices.map((x) => x.value)).toContain('skip');
    expect(c.text).toMatch(/skip/); // the way out is said, not only offered as a choice
    c.say('skip');
    expect(c.asking).toBe('step1');
  });

  it('refuses an out-of-range score with a hint and keeps the question', () => {
    const c = conversation();
    c.say('start');
    for (const a of ['FM', 'J1', 'pass']) c.say(a);
    c.say('320');
    expect(c.text).toMatch(/1 to 300/);
    expect(c.asking).toBe('step2ck');
    expect(c.profile.step2ck).toBeUndefined();
  });

  it('refuses a future graduation year', () => {
    const c = conversation();
    c.say('start');
    for (const a of ['FM', 'J1', 'pass', '225', 'no']) c.say(a);
    c.say('2031');
    expect(c.text).toMatch(/future/);
    expect(c.asking).toBe('graduationYear');
  });

  it('takes a click on a choice of the pending question', () => {
    const c = conversation();
    c.say('start');
    c.click('specialty', 'psychiatry');
    expect(c.profile.specialty).toEqual({ primary: 'psychiatry' });
    expect(c.asking).toBe('visa');
  });

  it('reads typed text sent for the pending question (a platform text box) like any message, commands included', () => {
    const c = conversation();
    c.say('start');
    c.click('specialty', 'IM, backup FM');
    expect(c.profile.specialty).toEqual({ primary: 'internal_medicine', backup: 'family_medicine' });
    c.click('visa', 'back');
    expect(c.asking).toBe('specialty');
    expect(c.profile.specialty).toBeUndefined();
  });

  it('answers a click on an earlier question with a short notice and no second answer', () => {
    const c = conversation();
    c.say('start');
    c.click('specialty', 'psychiatry');
    c.click('specialty', 'pediatrics');
    expect(c.keys[0]).toBe('staleChoice');
    expect(c.profile.specialty).toEqual({ primary: 'psychiatry' });
    expect(c.replies.filter((r) => r.type === 'question')).toHaveLength(0);
  });

  it('never throws on strange input', () => {
    const c = conversation();
    for (const junk of ['', '   ', '\u0000', '💥'.repeat(2000), '"; DROP TABLE conversations; --', '\n\n', '9'.repeat(400), 'what if', 'change', 'my']) {
      expect(() => c.say(junk)).not.toThrow();
      expect(c.replies.length).toBeGreaterThan(0);
    }
  });
  it('asks where the cycle stands only once applications can be out, and the situation questions take one short answer each', () => {
    const early = conversation();
    for (const a of ['start', 'IM', 'J-1', 'pass', 'not taken yet', 'no', '2025', 'none', '0', 'English', 'texas', 'none', 'preparing for next year']) early.say(a);
    expect(early.asking).toBe('ecfmg');
    early.say('not started');
    expect(early.asking).toBe('couples');
    early.say('no');
    expect(early.asking).toBe('confirmProfile');
    expect(early.profile.cycle).toBeUndefined();

    const late = conversation();
    for (const a of ['start', 'IM', 'J-1', 'pass', '241', 'no', '2021', '3 months hands-on in LA', '3 clinical letters', 'English', 'LA', 'none', 'none', 'interviewing']) late.say(a);
    late.click('ecfmg', 'certified');
    late.click('couples', 'yes');
    expect(late.asking).toBe('cycle');
    late.say('submitted in September, 4 interviews so far');
    expect(late.asking).toBe('confirmProfile');
    expect(late.profile).toMatchObject({ ecfmg: { status: 'certified' }, couples: { matching: true }, cycle: { submitted: true, interviews: 4 } });
  });
});
