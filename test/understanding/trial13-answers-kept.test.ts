// Answers kept when they come at another question or in an unusual shape: letters listed one by one, regions said while
// languages are asked, "X, also open to the rest of the country", two specialties in order with "or", and a plan asked
// for while "which first?" waits (the order named is assumed and said, never a block or the same question again).
import { describe, expect, it } from 'vitest';
import { conversation } from '../helpers/conversation.js';

const toLetters = ['start', 'FM', 'green card', 'step 1 passed', 'ck 212', 'no step 3', 'grad 2015', 'no usce'];
const toLanguages = [...toLetters.slice(0, -1), '3 months obs', '2 letters'];
const run = (before: string[], said: string) => {
  const c = conversation();
  before.forEach((t) => c.say(t));
  c.say(said);
  return c;
};

describe('letters listed one by one are counted', () => {
  it.each([
    ['letters: 1 from the ER attending I scribed for, 1 from my PI at USC (research), and 1 from a FM doc', 3, 'mixed'],
    ['letters - 1 from an ER attending, 1 from my PI, and 1 from a FM doc', 3, 'mixed'],
    ['LORs: one from IM, one from cardio, one from my research mentor', 3, 'mixed'],
    ['letters - one from IM, one from FM and one from psych', 3, 'clinical'],
    ['recs: 1 from my PI, 1 from my lab mentor', 2, 'research'],
  ])('%s', (said, count, kind) => {
    expect(run(toLetters, said).profile.usLors).toMatchObject({ count, kind });
  });

  it.each([
    ['4 letters: 2 from IM, 1 from FM, 1 from my PI', 4],
    ['3 letters, 2 from US docs and 1 from my professor in egypt', 2],
    ['letters: 1 from IM', 1],
    ['letters: 2 from IM attendings in NY, 1 from home', 2],
  ])('look-alikes: a total first, or letters from home, are not summed as US letters: %s', (said, count) => {
    expect(run(toLetters, said).profile.usLors?.count).toBe(count);
  });
});

describe('regions kept whatever question is asked', () => {
  it.each([
    ['wider, whole US, but LA would be nice', ['la_county', 'anywhere']],
    ['the whole country is fine', ['anywhere']],
    ['whole US but LA preferred', ['la_county', 'anywhere']],
  ])('said while languages are asked: %s', (said, regions) => {
    const c = run(toLanguages, said);
    expect(c.profile.regions).toEqual(regions);
    expect(c.text).not.toMatch(/did not understand/);
  });

  it.each([
    ['anywhere in california, also open to rest of country', ['la_county', 'orange_county', 'san_diego', 'inland_empire', 'rest_of_california', 'other_us']],
    ['socal, open to the rest of the country too', ['la_county', 'orange_county', 'san_diego', 'inland_empire', 'other_us']],
    ['LA, and the rest of the states if needed', ['la_county', 'other_us']],
  ])('"X, also open to the rest of the country" keeps both: %s', (said, regions) => {
    expect(run([...toLanguages, 'english'], said).profile.regions).toEqual(regions);
  });

  it('a look-alike: "LA only, not the whole country" is LA only', () => {
    expect(run([...toLanguages, 'english'], 'LA only, not the whole country').profile.regions).toEqual(['la_county']);
  });
});

describe('two specialties in order with "or"', () => {
  it.each([
    ['i want family medicine, or psych', 'family_medicine', 'psychiatry'],
    ['IM, or FM', 'internal_medicine', 'family_medicine'],
    ['psych. or neuro', 'psychiatry', 'neurology'],
    ['peds, or else FM', 'pediatrics', 'family_medicine'],
    ['im thinking of going for neurology or IM', undefined, undefined],
  ])('the first named is first, the second the backup, said back: %s', (said, primary, backup) => {
    const c = run(['start'], said);
    if (!primary) { expect(c.profile.specialty).toBeUndefined(); return; }
    expect(c.profile.specialty).toEqual({ primary, backup });
    expect(c.text).toMatch(/order you named them.*Correct me/s);
  });

  it.each(['IM or FM', 'quero IM ou Psych', 'IM or FM, not sure', 'either IM or psych, idk', 'IM, or FM?', 'not sure between IM, or FM'])('look-alikes: a bare "or" or a doubt still asks which first: %s', (said) => {
    const c = run(['start'], said);
    expect(c.text).not.toMatch(/order you named them/);
  });

  it('"which first?" passed over is asked once more, then the order named is assumed and said', () => {
    const c = run(['start', 'IM or FM, not sure'], 'need j1');
    expect(c.text).toMatch(/Which is your first choice/);
    c.say('step 1 passed');
    expect(c.profile.specialty).toEqual({ primary: 'internal_medicine', backup: 'family_medicine' });
    expect(c.text).toMatch(/for now I put Internal Medicine first/);
    c.say('ck 230');
    expect(c.text).not.toMatch(/Which is your first choice/);
  });

  it.each(['plan', 'csv', 'what if CK was 225'])('"%s" while "which first?" waits says what is assumed instead of blocking', (said) => {
    const c = run(['start', 'IM or FM, not sure'], said);
    expect(c.text).toMatch(/for now I put Internal Medicine first/);
    expect(c.text).not.toMatch(/I need at least your target specialty/);
  });
});
