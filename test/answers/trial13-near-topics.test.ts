// Questions next to a guide topic get their own answer, not the neighbouring passage: a visitor visa now in the US,
// a Caribbean school "like a DO school", applying without Step 2 CK, a work permit's end date against today and
// July 1. Look-alikes on the same words keep their usual answers.
import { describe, expect, it } from 'vitest';
import { ADVICE } from './grade.js';
import type { Profile } from '../../src/domain/profile.js';

const NOW = new Date('2026-12-07T12:00:00Z');
const EAD_PEDS: Profile = { specialty: { primary: 'pediatrics' }, visa: 'ead', step1: { result: 'passed', attempts: 1 }, graduationYear: 2019 };
const say = (q: string, profile: Profile = EAD_PEDS) => {
  const r = ADVICE.ask(q, { profile, now: NOW });
  return r.found ? r.answer : '';
};

describe('near-topic questions', () => {
  it.each([
    'I am in LA right now on visitor visa b1/b2. Can I stay and apply from here?',
    'im on b1 b2 now in california can i do residency',
    'currently in the US on a tourist visa, can i apply for the match while here',
    'on a B2 visa at my uncle\'s place in Fresno, can I start residency on it?',
    'visitor visa holder here, is it ok to apply to residency?',
  ])('a visitor visa now: permission to work, J-1 or H-1B, a lawyer for status: %s', (q) => {
    const a = say(q);
    expect(a).toMatch(/B-1\/B-2\) does not allow paid work/);
    expect(a).toMatch(/J-1/);
    expect(a).toMatch(/immigration attorney/);
  });

  it.each([
    'can I do an externship on a B1/B2 visa?',
    'how much does a visitor visa cost for USCE?',
    'my parents need a visitor visa to come to my graduation, any advice?',
  ])('look-alike on visitor visas: not the residency answer: %s', (q) => {
    expect(say(q)).not.toMatch(/does not allow paid work/);
  });

  it.each([
    'is my school considered like a DO school? or am i an IMG?',
    'sgu grad us citizen, am i considered an IMG or like a US grad?',
    'I went to Ross, does that count as a US school?',
    'caribbean md, am i treated as an IMG?',
    'is a caribbean grad the same as a DO grad for residency?',
  ])('a Caribbean school: an IMG, ECFMG needed, not DO: %s', (q) => {
    const a = say(q);
    expect(a).toMatch(/international medical graduate \(IMG\)/);
    expect(a).toMatch(/ECFMG certification/);
  });

  it.each([
    'which programs are IMG friendly in LA?',
    'do DO programs take IMGs?',
  ])('look-alike on IMG words: not the IMG definition: %s', (q) => {
    expect(say(q)).not.toMatch(/makes you an international medical graduate/);
  });

  it.each([
    'can I apply without step 2 CK',
    'my ck is not out yet, can i still submit eras',
    "haven't taken step 2 ck yet, is it possible to apply this september?",
    'is it ok to apply before ck?',
    'can i register for the match without step 2',
  ])('applying without Step 2 CK: yes technically, screens, verified by the rank list deadline: %s', (q) => {
    const a = say(q);
    // in December, "can I still submit" is also told where the season stands first (trial16a: season.ts)
    expect(a).toMatch(/(^|\n\n)Yes, technically/);
    expect(a).toMatch(/rank order list deadline/);
  });

  it.each([
    'can I apply without step 3?',
    'I applied without CK last year and got nothing, why?',
    'can i take step 2 ck without step 1?',
  ])('look-alike on "without": not the CK answer: %s', (q) => {
    expect(say(q)).not.toMatch(/^Yes, technically/);
  });

  it.each([
    ['my EAD expires July 2026, will that be a problem?', /already passed \(today is 7 December 2026\).*renewal receipt/],
    ['my work permit is valid until march 2027, is that ok?', /before residency would start \(1 July 2027\)/],
    ['my ead ends in 2029, enough?', /covers the start of residency \(1 July 2027\) but not all of it/],
    ['employment authorization card good through 12/2031', /covers the start of residency \(1 July 2027\) and a three-year program/],
    ['asylum pending, EAD expiring in may 2027 - problem?', /before residency would start/],
  ])('a work permit end date against today and July 1: %s', (q, line) => {
    const a = say(q).replace(/\nSources: .*$/, '');
    expect(a).toMatch(line);
    expect(a).not.toMatch(/DACA/);
  });

  it('DACA is named only when the asker says DACA', () => {
    expect(say('my daca expires 08/2028, will it matter?')).toMatch(/DACA/);
  });
});

describe('near-topic questions told with their context', () => {
  it('the visitor-visa question keeps its answer when observerships are told beside it', () => {
    const r = ADVICE.ask('Assalam o alaikum. I am in LA right now on visitor visa b1/b2, doing observerships. Can I stay and apply from here?', { profile: {}, now: NOW });
    expect(r.found ? r.answer : '').toMatch(/does not allow paid work/);
  });
});
