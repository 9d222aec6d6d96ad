// Conversations about being understood: several facts at once, corrections naming the old value, clarifying
// questions (at most two, then a stated assumption), questions that store nothing, and the read-back before the plan.
import { describe, expect, it } from 'vitest';
import { readState, STATE_VERSION } from '../../src/engine/state.js';
import { fakeAdvice } from '../helpers/fake-advice.js';
import { conversation } from '../helpers/conversation.js';

const toStage = ['start', 'IM, backup FM', 'need a J-1', 'passed first attempt', '229', 'not yet', '2018', '3 months observership in Riverside', '2 US letters', 'English, Urdu', 'LA or San Diego', 'none', '1 poster'];

describe('being understood', () => {
  it('takes every fact of one message and says what it took', () => {
    const c = conversation();
    c.say('start');
    c.say('FM, need h1b, ck 236 first try, grad 2020, want OC');
    expect(c.profile).toMatchObject({ specialty: { primary: 'family_medicine' }, visa: 'needs_h1b', step2ck: { taken: true, score: 236, attempts: 1 }, graduationYear: 2020, regions: ['orange_county'] });
    expect(c.text).toMatch(/took these from your message.*Specialty: Family Medicine.*Visa: needs an H-1B.*Step 2 CK: 236/s);
    expect(c.asking).toBe('step1');
  });

  it('a correction without a cue word changes that field only and names the old value', () => {
    const c = conversation();
    toStage.slice(0, 6).forEach((t) => c.say(t));
    expect(c.asking).toBe('graduationYear');
    c.say('CK was 233');
    expect(c.text).toMatch(/Updated Step 2 CK: 233 \(attempt not said\) \(was 229 \(attempt not said\)\)/);
    expect(c.profile.visa).toBe('needs_j1');
    expect(c.asking).toBe('graduationYear');
  });

  it('keeps a negated fact out: "definitely not surgery, peds" is Pediatrics', () => {
    const c = conversation();
    c.say('start');
    c.say('definitely not surgery, peds');
    expect(c.profile.specialty).toEqual({ primary: 'pediatrics' });
  });

  it('a question is answered and stores nothing, with or without a question mark', () => {
    const c = conversation();
    toStage.slice(0, 4).forEach((t) => c.say(t));
    for (const [i, q] of ['is 229 enough for IM', 'how much for 80 applications?'].entries()) {
      const before = structuredClone(c.profile);
      c.say(q);
      expect(c.profile).toEqual(before);
      // (the waiting question is repeated after the first side question only)
      expect(c.asking).toBe(i === 0 ? 'step2ck' : undefined);
    }
  });

  it('asks one short question when a fail has no outcome, at most twice, then goes on with a stated assumption', () => {
    const c = conversation();
    toStage.slice(0, 3).forEach((t) => c.say(t));
    c.say('failed it once');
    expect(c.text).toMatch(/You failed Step 1 once: did you pass on a later attempt\?/);
    expect(c.profile.step1).toBeUndefined();
    c.say('hmm');
    expect(c.asking).toBe('step1');
    c.say('dunno');
    expect(c.text).toMatch(/leave Step 1 open/);
    expect(c.profile.step1).toBeUndefined();
    expect(c.asking).toBe('step2ck');
  });

  it('a clarifying question answered with "yes" stores the outcome it asked about', () => {
    const c = conversation();
    toStage.slice(0, 3).forEach((t) => c.say(t));
    c.say('failed twice');
    c.click('step1', 'yes');
    expect(c.profile.step1).toEqual({ result: 'passed', attempts: 3 });
    expect(c.asking).toBe('step2ck');
  });

  it('another country\'s citizen is asked J-1 or H-1B; a pending green card is asked about an EAD', () => {
    const c = conversation();
    toStage.slice(0, 2).forEach((t) => c.say(t));
    c.say('nigerian citizen');
    expect(c.text).toMatch(/J-1, an H-1B, or either\?/);
    c.click('visa', 'either');
    expect(c.profile.visa).toBe('either');
    const d = conversation();
    toStage.slice(0, 2).forEach((t) => d.say(t));
    d.say('my green card is pending');
    expect(d.text).toMatch(/EAD/);
    d.say('yes');
    expect(d.profile.visa).toBe('ead');
  });

  it('reads the profile back before the plan; a fix shows the corrected line and asks again before building', () => {
    const advice = fakeAdvice();
    const c = conversation(advice);
    toStage.forEach((t) => c.say(t));
    ['applying this cycle', 'certified', 'no', 'not yet'].forEach((t) => c.say(t));
    expect(c.asking).toBe('confirmProfile');
    expect(c.text).toMatch(/Before I build your plan.*Graduation year: 2018.*Is this right\?/s);
    expect(advice.planCalls).toBe(0);
    c.say('graduated 2017 actually');
    expect(c.text).toMatch(/Updated Graduation year: 2017 \(was 2018\)/);
    expect(c.replies.some((r) => r.type === 'plan')).toBe(false);
    expect(c.asking).toBe('confirmProfile');
    c.say('letters: 3, 2 IM and 1 neurology');
    expect(c.text).toMatch(/US letters: 3/);
    expect(c.asking).toBe('confirmProfile');
    expect(advice.planCalls).toBe(0);
    c.say('yes please');
    expect(c.replies.some((r) => r.type === 'plan')).toBe(true);
    expect(advice.planCalls).toBe(1);
  });

  it('an unclear reply to the read-back asks again for "yes" or a fix, storing nothing', () => {
    const c = conversation();
    toStage.forEach((t) => c.say(t));
    ['applying this cycle', 'certified', 'no', 'not yet'].forEach((t) => c.say(t));
    const before = structuredClone(c.profile);
    c.say('hmm');
    expect(c.text).toMatch(/Reply "yes" if the summary is right/);
    expect(c.asking).toBe('confirmProfile'); // the question comes again, with its button
    expect(c.profile).toEqual(before);
    c.click('confirmProfile', 'yes');
    expect(c.replies.some((r) => r.type === 'plan')).toBe(true);
  });
});

describe('stored conversations from before the read-back', () => {
  it('a version 1 record is upgraded: its answers kept, no read-back owed, no clarification open', () => {
    const read = readState({ version: 1, profile: { visa: 'needs_h1b', graduationYear: 2016 }, skipped: [], history: ['visa', 'graduationYear'], attempts: 0, confirmingForget: false, greeted: true, planShown: true });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.state.version).toBe(STATE_VERSION);
    expect(read.state.profile).toEqual({ visa: 'needs_h1b', graduationYear: 2016 });
    expect(read.state).toMatchObject({ planShown: true, readBack: false, clarified: {} });
    expect(read.state.clarifying).toBeUndefined();
  });
});
