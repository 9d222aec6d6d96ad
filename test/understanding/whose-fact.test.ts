// Whose fact it is: a relative's, a friend's, a colleague's or a partner's facts never become the applicant's, and
// where the family lives is a family tie, not a home of the applicant's. Messages written for this test, not from the sets.
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/engine/understand/understand.js';
import type { ProfileField } from '../../src/domain/profile.js';

const read = (text: string, pending?: ProfileField) => {
  const u = understand(text, { pending, profile: {}, now: new Date('2026-12-01T12:00:00Z') });
  return Object.fromEntries(u.updates.map((x) => [x.field, x.value])) as Record<string, any>;
};

describe('someone else\'s facts stay theirs', () => {
  it.each([
    ["my brother's a US citizen but I'm on a J1 now and will need one for residency", 'visa', 'needs_j1'],
    ["my mom's got a green card, I still need an H1B", 'visa', 'needs_h1b'],
  ])('"%s": the relative\'s status is not the applicant\'s', (text, field, want) => {
    expect(read(text, 'visa')[field]).toBe(want);
  });

  it.each([
    ['my entire family is in surgery but I want FM', 'family_medicine'],
    ["my sister's in derm, I'm going for psych", 'psychiatry'],
  ])('"%s": the family\'s specialty is not the applicant\'s', (text, want) => {
    expect(read(text, 'specialty').specialty?.primary).toBe(want);
  });

  it('a colleague\'s rotation is not the applicant\'s, and the applicant\'s "none" still counts', () => {
    expect(read("my co-intern did 2 months of electives in Ohio, I haven't done any US rotations", 'usce').usce).toMatchObject({ months: 0 });
  });

  it('"my roommate has 12 interviews, I have 3" keeps the applicant\'s count', () => {
    expect(read('submitted in september; my roommate has 12 interviews, I have 3', 'cycle').cycle).toEqual({ submitted: true, interviews: 3 });
  });
});

describe('where the family lives is a family tie', () => {
  it.each(['my dad and aunt live in Pasadena', 'grandparents live in Riverside', 'my cousins are all in Santa Ana'])('"%s" is family, not lived', (text) => {
    expect(read(text, 'laTies').laTies).toEqual({ family: true, lived: false, trained: false });
  });

  it.each(['my brother is doing his residency in LA', 'my wife wants to live in San Diego'])('"%s" is no tie of the applicant\'s', (text) => {
    expect(read(text, 'specialty').laTies).toBeUndefined();
  });
});

describe('a foreign status or place is not a US one', () => {
  it.each(["I'm originally from Puerto Rico, studied medicine in Mexico", 'born in Guam, did med school in the Philippines'])('"%s" is a US citizen', (text) => {
    expect(read(text, 'visa').visa).toBe('us_citizen');
  });

  it('where the applicant is from asks nothing new once the visa is known', () => {
    const u = understand("I'm from Nigeria, I speak English and Yoruba", { pending: 'languages', profile: { visa: 'needs_j1' }, now: new Date('2026-12-01T12:00:00Z') });
    expect(u.clarify).toBeUndefined();
  });

  it.each(['4 months of electives in Montreal', '6 months hands-on at a hospital in the UAE'])('"%s" is not US experience: the US months are asked for', (text) => {
    const u = understand(text, { pending: 'usce', profile: {}, now: new Date('2026-12-01T12:00:00Z') });
    expect(u.updates.find((x) => x.field === 'usce')).toBeUndefined();
    expect(u.clarify?.field).toBe('usce');
  });

  it('a year in the UK and "no US experience" is none', () => {
    expect(read('did a year of FY1 in the UK, no US clinical experience', 'usce').usce).toMatchObject({ months: 0, kind: 'none' });
  });
});
