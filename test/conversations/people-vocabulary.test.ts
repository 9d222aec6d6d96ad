// The people an applicant speaks of or for come from one vocabulary (knowledge/people.json), read alike by asking for
// someone, by a question about another person's case and by another person's facts set apart from the applicant's.
// Conversations in words written for this test, with look-alikes that keep their old reading.
import { describe, expect, it } from 'vitest';
import { conversation } from '../helpers/conversation.js';
import { peopleFor } from '../../src/engine/people.js';
import { readForWhom } from '../../src/engine/asking-for.js';
import { otherApplicantIn } from '../../src/answers/other-applicant.js';
import { othersApart } from '../../src/engine/understand/others-break.js';
import { ownBeforeReason } from '../../src/engine/understand/reasons.js';
import { borrowsAnswer } from '../../src/engine/understand/hedged-choice.js';

describe('one vocabulary of people', () => {
  it('a word of another language asked for reads as the English person, with that person\'s pronouns', () => {
    const english = new Map(peopleFor('askingFor', ['en']).map((p) => [p.word, p.gender]));
    for (const p of peopleFor('askingFor', ['hi', 'es'])) expect(english.get(p.means), p.word).toBe(p.gender);
  });

  it('a grandmother writing for her granddaughter, then her facts told as "she"', () => {
    const c = conversation();
    c.say('good evening, writing on behalf of my granddaughter, not for me. she finished MBBS in 2020');
    expect(c.text).toMatch(/asking for your granddaughter/);
    expect(c.profile.graduationYear).toBe(2020);
    c.say('she is interested in pediatrics');
    expect(c.profile.specialty?.primary).toBe('pediatrics');
  });

  it.each([
    ['hamari beti ke liye pooch rahe hain', 'daughter'],
    ['escribo por mi sobrina', 'niece'],
    ['it is for our mentee, not me', 'mentee'],
  ])('"%s" asks for the %s', (text, relation) => {
    expect(readForWhom(text, undefined)).toMatchObject({ said: 'declared', askingFor: relation });
  });

  it('look-alikes: asking for a friend, a thing of the son\'s, or a person the vocabulary does not list ask for no one', () => {
    for (const t of ['asking for a friend, how hard is IM?', "i am asking for my son's visa options", 'asking on behalf of my boss']) expect(readForWhom(t, undefined).said, t).toBeUndefined();
  });

  it.each([
    ['my batchmate scored 226 on step 2, can he still match psych?', 'batchmate', 'they'],
    ['mera dost 240 laya hai CK mein, usko kya karna chahiye?', 'friend', 'they'],
    ['mi amiga sacó 231 en el step 2, qué debe hacer?', 'friend', 'she'],
  ])('"%s" is a question about the %s\'s own case', (text, who, they) => {
    expect(otherApplicantIn(text)).toEqual({ who, they });
  });

  it('look-alikes: the asker\'s own question beside a relative, and a person not listed, are no one else\'s case', () => {
    expect(otherApplicantIn('my sister is a nurse in LA, can I use her address for my application?')).toBeUndefined();
    expect(otherApplicantIn('my boss got 230 on CK, what should he do?')).toBeUndefined();
  });

  it('a close person\'s fact run into the applicant\'s own is set apart, and so is their reason', () => {
    expect(othersApart('gc only my fiancée is still on a j1')).toBe('gc only; my fiancée is still on a j1');
    expect(othersApart('ck 233 my in-laws say that is low')).toBe('ck 233; my in-laws say that is low');
    expect(ownBeforeReason('only orange county because my grandparents are in irvine')).toBe('only orange county; because my grandparents are in irvine');
    // (after a word that is no fact's end, "my <person>" stays in its clause)
    expect(othersApart('wherever my spouse gets a job')).toBe('wherever my spouse gets a job');
  });

  it('an answer pointed at a close person is no answer, at one the vocabulary does not list neither is it read as theirs', () => {
    for (const t of ['same as my fiance', 'whatever my cousins have', "just like my aunt's"]) expect(borrowsAnswer(t), t).toBe(true);
    expect(borrowsAnswer('same as my landlord')).toBe(false);
  });
});
