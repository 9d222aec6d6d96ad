// A question of fact ("are you couples matching?") needs a real yes or no: "ok", "sure" or "cool" is heard, claims
// nothing, and the question comes again with a hint. A read-back or "forget me" is confirmed as before.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { initialState } from '../../src/engine/state.js';
import { step } from '../../src/engine/step.js';
import { readConfirmation } from '../../src/engine/understand/confirm.js';
import { FLOW } from '../helpers/conversation.js';
import { fakeAdvice } from '../helpers/fake-advice.js';

// an applicant who has answered everything up to ECFMG; couples and the cycle come after
const SO_FAR: Profile = {
  specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 }, step2ck: { taken: true, score: 231, attempts: 1 },
  step3: { status: 'not_taken' }, graduationYear: 2021, usce: { months: 3, kind: 'hands_on', where: ['other_us'] }, usLors: { count: 2, inSpecialty: true },
  languages: ['English'], regions: ['la_county'], laTies: { family: false, lived: false, trained: false }, research: { publications: 0, posters: 0 }, stage: 'applying',
};

/** Says one reply to the first open question after `profile`; returns what was stored and said. */
function reply(profile: Profile, text: string) {
  const { state, replies } = step({ ...initialState(), greeted: true, profile: structuredClone(profile) }, { kind: 'text', text }, { flow: FLOW, advice: fakeAdvice(), now: new Date('2026-12-01T12:00:00Z') });
  return { profile: state.profile, text: replies.map((r) => ('text' in r ? r.text : '')).join('\n') };
}

describe('a question of fact needs a real yes or no', () => {
  const ecfmgDone: Profile = { ...SO_FAR, ecfmg: { status: 'certified' } };
  const couplesDone: Profile = { ...ecfmgDone, couples: { matching: false } };

  it.each(['ok', 'sure', 'cool', 'Okay!', 'fine', '👍', 'got it', 'theek hai', 'vale', 'beleza'])('"%s" to "are you couples matching?" stores nothing and asks again with a hint', (text) => {
    const r = reply(ecfmgDone, text);
    expect(r.profile.couples).toBeUndefined();
    expect(r.text).toMatch(/yes or a no.*couple/i);
  });

  it.each(['ok', 'sure', 'kk'])('"%s" to "are you ECFMG certified?" or "have you submitted?" claims nothing', (text) => {
    expect(reply(SO_FAR, text).profile.ecfmg).toBeUndefined();
    expect(reply(couplesDone, text).profile.cycle).toBeUndefined();
  });

  it.each([
    ['yes', true], ['yeah we are', true], ['ok yes', true], ['sure, yes we are', true], ['sí', true], ['sim, somos', true], ['haan ji', true], ['of course', true],
    ['no', false], ['nope', false], ['ok no', false], ['nahi', false], ['não', false], ["we're not", false],
  ] as const)('"%s" to "are you couples matching?" is a claim (%s)', (text, matching) => {
    expect(reply(ecfmgDone, text).profile.couples?.matching).toBe(matching);
  });

  it('a claim after an acknowledgement counts; an acknowledgement with more words after it is no answer either way', () => {
    expect(readConfirmation('ok so yes', 'claim')).toBe('yes');
    expect(readConfirmation('sure thing', 'claim')).toBe('acknowledged');
    expect(readConfirmation('ok but only if she matches', 'claim')).toBe('unclear');
    expect(readConfirmation("i'm not sure", 'claim')).not.toBe('yes');
  });

  it('confirming an action still takes an "ok": forget me and the read-back read as before', () => {
    expect(readConfirmation('ok', 'strict', 'forget')).toBe('yes');
    expect(readConfirmation('👍', 'strict', 'readBack')).toBe('yes');
    expect(readConfirmation('sure', 'answer')).toBe('yes');
  });
});
