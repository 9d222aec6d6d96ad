// Someone asking for another person (a parent for a son, an agent for a client): the declaration is read once and
// every fact about that person is kept alike; look-alikes ("asking for a friend", "my son's visa", a wife's visa)
// change nothing about whose plan it is.
import { describe, expect, it } from 'vitest';
import { conversation } from '../helpers/conversation.js';

describe('asking for someone else', () => {
  it('a mother asking for her son: his year, letters and scores are all kept, and "what if his CK" is a what-if', () => {
    const c = conversation();
    c.say('hello ji, i am asking for my son not for me. he is MBBS from india, graduated 2021');
    expect(c.text).toMatch(/asking for your son/);
    expect(c.profile.graduationYear).toBe(2021);
    c.say('he wants internal medicine, maybe FM as backup');
    expect(c.profile.specialty).toEqual({ primary: 'internal_medicine', backup: 'family_medicine' });
    c.say('he has 2 letters from US doctors, both IM');
    expect(c.profile.usLors?.count).toBe(2);
    expect(c.text).not.toMatch(/someone else/);
    c.say('his step 2 ck was 221 first attempt');
    expect(c.profile.step2ck).toMatchObject({ score: 221 });
    c.say('what if his CK was 235');
    expect(c.text).toMatch(/What if Step 2 CK were 235/);
    expect(c.profile.step2ck).toMatchObject({ score: 221 });
  });

  it.each([
    ['im asking for my daughter she graduated 2019', 'daughter', 2019],
    ['This is for my client, not me. He graduated in 2018', 'client', 2018],
    ['I am writing on behalf of my younger brother, he graduated 2020', 'younger brother', 2020],
    ['mere bete ke liye puch rahi hoon, 2017 mein graduate hua', 'son', 2017],
    ['for my nephew, not for me: he graduated 2016', 'nephew', 2016],
  ])('reads the declaration and the facts beside it: %s', (said, who, year) => {
    const c = conversation();
    c.say(said);
    expect(c.state.askingFor).toBe(who);
    expect(c.profile.graduationYear).toBe(year);
  });

  it.each([
    'asking for a friend lol, is 215 a low CK?',
    "asking for my son's visa too, I am a US citizen",
    'my son was born in LA, does that count as a tie?',
    'my wife is on H4 and I need an H1B',
    'I graduated 2019, my sister is also a doctor',
  ])('a look-alike sets no one else as the applicant: %s', (said) => {
    const c = conversation();
    c.say('start');
    c.say(said);
    expect(c.state.askingFor).toBeUndefined();
    expect(c.text).not.toMatch(/You are asking for your/);
  });

  it('"it is for me" ends it: "he" is someone else again', () => {
    const c = conversation();
    c.say('asking for my son. he wants psych');
    expect(c.profile.specialty?.primary).toBe('psychiatry');
    c.say('it is for me');
    expect(c.state.askingFor).toBeUndefined();
    expect(c.text).toMatch(/the plan is for you/);
  });

  it('a son\'s exam facts told without saying whom the plan is for: asked once, not stored as the typist\'s', () => {
    const c = conversation();
    c.say('start');
    c.say('my son has step 2 ck 221 and graduated 2021');
    expect(c.text).toMatch(/Are you asking for your son\?/);
    expect(c.profile.step2ck).toBeUndefined();
  });
});
