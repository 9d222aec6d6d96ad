// Asking about one's own data in words, in any of our languages: see it, take it, delete all or one answer, who sees it.
import { describe, expect, it } from 'vitest';
import { dataCommandIn, fieldsToForgetIn } from '../../src/engine/data-requests.js';
import { conversation } from '../helpers/conversation.js';

function started() {
  const c = conversation();
  c.say('hi');
  c.say('IM, backup FM');
  c.say('need a J1');
  c.say('step 1 passed on the second try');
  c.say('ck 226 first attempt');
  return c;
}

describe('deleting everything, said in other words and languages', () => {
  for (const words of ['borra mis datos', 'elimina todo', 'apague meus dados', 'mera data delete kar do', 'please delete all my info', 'I want my data deleted', 'wipe everything you have on me'])
    it(`"${words}" asks to confirm before deleting everything, and never reads the words as an answer`, () => {
      const c = started();
      const before = structuredClone(c.profile);
      c.say(words);
      expect(c.asking).toBe('confirmForget');
      expect(c.profile).toEqual(before);
      c.say('no');
      expect(c.keys[0]).toBe('forgetCancelled');
      expect(c.profile).toEqual(before);
    });
});

describe('deleting one answer', () => {
  it('"delete just my grad year" removes that answer only, says so, and the interview asks for it again later', () => {
    const c = started();
    c.say('graduated 2019');
    expect(c.profile.graduationYear).toBe(2019);
    c.say('delete just my grad year');
    expect(c.keys[0]).toBe('forgotFields');
    expect(c.profile.graduationYear).toBeUndefined();
    expect(c.profile.step2ck).toMatchObject({ score: 226 });
  });

  it('"remove my step 1 and ck" removes both; asking to delete what was never stored says there was nothing', () => {
    const c = started();
    c.say('remove my step 1 and ck');
    expect(c.profile.step1).toBeUndefined();
    expect(c.profile.step2ck).toBeUndefined();
    expect(c.profile.specialty).toBeDefined();
    c.say('delete my research');
    expect(c.keys[0]).toBe('forgotNothing');
  });

  it('reads the field words people use, and leaves sentences that only mention deleting alone', () => {
    expect(fieldsToForgetIn('clear my scores')).toEqual(['step1', 'step2ck', 'step3']);
    expect(fieldsToForgetIn("don't store my visa status")).toEqual(['visa']);
    expect(fieldsToForgetIn('remove my LoRs please')).toEqual(['usLors']);
    expect(fieldsToForgetIn('delete the partner info')).toEqual(['couples']);
    expect(fieldsToForgetIn('remove my step 1 fail from my ERAS?')).toBeUndefined();
    expect(fieldsToForgetIn('i deleted my old ck score report')).toBeUndefined();
  });
});

describe('who sees my data', () => {
  for (const q of ['who can see my data?', 'is my info private', 'do you store what i tell you?', 'do you share my answers with programs', '¿mis datos son privados?', 'meus dados ficam seguros?', 'data safe hai na?', 'privacy'])
    it(`"${q}" gets what is kept and who sees it, then the open question`, () => {
      const c = started();
      const before = structuredClone(c.profile);
      c.say(q);
      expect(c.keys[0]).toBe('privacy');
      expect(c.text).toMatch(/forget me/);
      expect(c.profile).toEqual(before);
    });

  it('residency questions that mention seeing or sharing stay questions for the guides', () => {
    for (const q of ['can programs see my step 1 score?', 'do programs see how many times I took CK', 'should I share my fail in the personal statement', 'is my CK 226 safe for IM?'])
      expect(dataCommandIn(q), q).toBeUndefined();
  });

  it('seeing one\'s data in other words shows the profile, privately', () => {
    const c = started();
    c.say('what do you have on me');
    expect(c.replies[0]).toMatchObject({ type: 'text', private: true });
    expect(c.text).toMatch(/Step 2 CK/);
    c.say('meus dados');
    expect(c.replies[0]).toMatchObject({ private: true });
  });
});
