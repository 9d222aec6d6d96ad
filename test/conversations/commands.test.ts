// Proves the commands work at any point: help, back, skip, restart, profile, why, corrections, what-ifs, questions, forget me.
import { describe, expect, it } from 'vitest';
import { fakeAdvice } from '../helpers/fake-advice.js';
import { conversation } from '../helpers/conversation.js';

const upToStep2 = ['start', 'IM', 'J-1', 'passed first attempt'];

describe('commands during the interview', () => {
  it('help lists the commands and repeats the pending question', () => {
    const c = conversation();
    upToStep2.forEach((a) => c.say(a));
    c.say('help');
    expect(c.keys).toEqual(['help', 'question:step2ck']);
    expect(c.text).toMatch(/back.*skip.*restart.*profile/s); // the one wording check: help names the commands
    expect(c.asking).toBe('step2ck');
  });

  it('back clears the previous answer and asks it again', () => {
    const c = conversation();
    upToStep2.forEach((a) => c.say(a));
    c.say('back');
    expect(c.asking).toBe('step1');
    expect(c.profile.step1).toBeUndefined();
    c.say('failed twice then passed');
    expect(c.profile.step1).toEqual({ result: 'passed', attempts: 3 });
  });

  it('back on the first question says there is nothing to go back to', () => {
    const c = conversation();
    c.say('start');
    c.say('back');
    expect(c.keys).toEqual(['nothingBack', 'question:specialty']);
    expect(c.asking).toBe('specialty');
  });

  it('skip moves on and back returns to a skipped question', () => {
    const c = conversation();
    upToStep2.forEach((a) => c.say(a));
    c.say('skip');
    expect(c.asking).toBe('step3');
    expect(c.state.skipped).toContain('step2ck');
    c.say('back');
    expect(c.asking).toBe('step2ck');
  });

  it('restart clears everything', () => {
    const c = conversation();
    upToStep2.forEach((a) => c.say(a));
    c.say('start over');
    expect(c.profile).toEqual({});
    expect(c.asking).toBe('specialty');
  });

  it('profile shows what we know so far, privately', () => {
    const c = conversation();
    upToStep2.forEach((a) => c.say(a));
    c.say('profile');
    expect(c.text).toMatch(/Specialty: Internal Medicine/);
    expect(c.text).toMatch(/Visa: needs a J-1/);
    expect(c.text).toMatch(/Step 1: passed on the first attempt/);
    expect(c.replies.find((r) => r.type === 'text' && /Specialty/.test(r.text))).toMatchObject({ private: true });
    expect(c.asking).toBe('step2ck');
  });

  it('"why do you ask?" explains the pending question', () => {
    const c = conversation();
    upToStep2.forEach((a) => c.say(a));
    c.say('why do you ask?');
    expect(c.text).toMatch(/Step 2 CK is the number programs filter on/);
    expect(c.asking).toBe('step2ck');
  });

  it('a correction in free text updates another field while a question is pending', () => {
    const c = conversation();
    upToStep2.forEach((a) => c.say(a));
    c.say('226');
    expect(c.asking).toBe('step3');
    c.say('my step 2 is actually 231');
    expect(c.profile.step2ck).toEqual({ taken: true, score: 231, attempts: 1, attemptsUnstated: true });
    expect(c.asking).toBe('step3');
    c.say('change visa to H-1B');
    expect(c.profile.visa).toBe('needs_h1b');
    expect(c.keys).toContain('updatedFrom');
    expect(c.asking).toBe('step3');
  });

  it('a side question is answered from the guidance and the interview resumes', () => {
    const c = conversation();
    upToStep2.forEach((a) => c.say(a));
    c.say('is an observership enough?');
    expect(c.text).toMatch(/Hands-on US clinical experience/);
    expect(c.asking).toBe('step2ck');
    c.say('what is the weather in Paris?');
    expect(c.keys).toContain('askMissed');
    // (the waiting question is repeated after the first side question only; the next answer still goes to it)
    expect(c.asking).toBeUndefined();
    c.say('ck 231 first attempt');
    expect(c.profile.step2ck).toMatchObject({ score: 231 });
  });

  it('a what-if recomputes the plan on a copy and leaves the stored profile unchanged', () => {
    const advice = fakeAdvice();
    const c = conversation(advice);
    upToStep2.forEach((a) => c.say(a));
    c.say('what if I get 235 on Step 3?');
    const plan = c.replies.find((r) => r.type === 'plan');
    expect(plan?.type === 'plan' && plan.plan.profile.step3).toEqual({ status: 'passed', score: 235 });
    expect(c.profile.step3).toBeUndefined();
    expect(c.text).toMatch(/unchanged/);
    expect(c.asking).toBe('step2ck');
  });

  it('forget me asks for confirmation, then deletes', () => {
    const c = conversation();
    upToStep2.forEach((a) => c.say(a));
    c.say('forget me');
    expect(c.asking).toBe('confirmForget');
    c.say('no');
    expect(c.keys).toContain('forgetCancelled');
    expect(c.profile.visa).toBe('needs_j1');
    expect(c.effects).toEqual([]);
    c.say('forget me');
    c.click('confirmForget', 'yes');
    expect(c.effects).toEqual([{ type: 'forget' }]);
    expect(c.profile).toEqual({});
  });

  it('plan at any time uses what we have and says what is missing', () => {
    const advice = fakeAdvice();
    const c = conversation(advice);
    upToStep2.forEach((a) => c.say(a));
    c.say('plan');
    expect(c.keys).toContain('planPartial');
    expect(c.text).toMatch(/Step 2 CK/);
    expect(advice.planCalls).toBe(1);
    expect(c.asking).toBe('step2ck');
  });

  it('after the plan, a correction says how the plan changed, and "plan" shows the updated plan', () => {
    const advice = fakeAdvice();
    const c = conversation(advice);
    for (const a of ['start', 'IM', 'J-1', 'pass', '226', 'no', '2019', 'none', '0', 'English', 'texas', 'none', 'applying', 'certified', 'no', 'not yet', 'yes']) c.say(a);
    expect(advice.planCalls).toBe(1);
    c.say('actually my step 2 ck is 240');
    expect(c.keys).toContain('planChanged');
    expect(c.replies.some((r) => r.type === 'plan')).toBe(false);
    expect(c.text).not.toMatch(/the full plan follows/);
    c.say('plan');
    const plan = c.replies.find((r) => r.type === 'plan');
    expect(plan?.type === 'plan' && plan.plan.profile.step2ck).toEqual({ taken: true, score: 240, attempts: 1, attemptsUnstated: true });
  });
});

describe('several answers in one message', () => {
  it('reads a profile dump like the ones posted in IMG servers, then asks what is still missing', () => {
    const c = conversation();
    c.say('start');
    c.say('IM');
    c.say('Step 1 failed once then passed, Step 2 CK 218, need a J-1, graduated 2019');
    expect(c.profile).toMatchObject({
      step1: { result: 'passed', attempts: 2 },
      step2ck: { taken: true, score: 218, attempts: 1 },
      visa: 'needs_j1',
      graduationYear: 2019,
    });
    expect(c.keys).toContain('pickedUp');
    expect(c.asking).toBe('step3');
  });

  it('leaves a one-field answer to the normal path', () => {
    const c = conversation();
    c.say('start');
    c.say('IM');
    c.say('need a J-1 visa');
    expect(c.keys).not.toContain('pickedUp');
    expect(c.profile.visa).toBe('needs_j1');
  });
});
