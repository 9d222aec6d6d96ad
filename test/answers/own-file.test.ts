// Proves a general question asked by someone with a saved file gets, beside the guides' answer, the part of their
// own file that advice applies to: their later result after a fail, their strengths, their visa's requirements;
// and that a question without a file, or a file with nothing relevant, gets the general answer alone.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { answerQuestion, createAnswerer } from '../../src/answers/answer.js';
import { loadArticles } from '../../src/knowledge/articles.js';
import { KB } from './grade.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const answerer = createAnswerer(loadArticles('knowledge/articles'));
const ask = (q: string, profile?: Profile) => {
  const r = answerQuestion(answerer, q, profile ? { profile, now: NOW, kb: KB } : undefined);
  return r.found ? r.answer : '';
};

const RETAKER: Profile = { specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 2 }, step2ck: { taken: true, score: 241, attempts: 1 }, graduationYear: 2021 };
const TIES: Profile = {
  specialty: { primary: 'family_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 }, step2ck: { taken: true, score: 226, attempts: 1 },
  languages: ['English', 'Tagalog'], laTies: { family: false, lived: true, trained: false }, usce: { months: 3, kind: 'hands_on', where: ['la_county'] }, usLors: { count: 2, inSpecialty: true },
};
const H1B: Profile = { specialty: { primary: 'internal_medicine' }, visa: 'needs_h1b', step1: { result: 'passed', attempts: 1 }, step2ck: { taken: true, score: 244, attempts: 1 }, step3: { status: 'not_taken' } };
const GREEN: Profile = { specialty: { primary: 'pediatrics' }, visa: 'green_card', step2ck: { taken: true, score: 233, attempts: 1 } };

describe('the asker\'s own file beside a general answer', () => {
  it.each([
    ['how do I talk about failing step 1 in my personal statement?', RETAKER, [/For you:/, /\b241\b/]],
    ['what should I highlight to LA programs besides my score?', TIES, [/Tagalog/, /lived/]],
    ['¿Qué fortalezas debo destacar ante los programas de Los Angeles?', { ...TIES, languages: ['Spanish'] }, [/Spanish/]],
    // (asked for oneself, "what should I sort out first" is the plan's first steps, which lead with Step 3)
    ['I need the H-1B. what should I sort out first?', { ...H1B, stage: 'preparing' }, [/Step 3/]],
    ['J1 or H1B, which one do I need to ask programs for?', GREEN, [/green card/, /no visa sponsorship/]],
    ['J1 vs H1B, which one makes more sense?', { ...H1B, visa: 'needs_j1' }, [/two-year/]],
    // the question names the part of the file, whichever guide answers it, or when no guide does
    ['what should I highlight for IM programs in San Diego?', TIES, [/Tagalog/]],
    ['is the visa thing something I even need to think about?', GREEN, [/green card/, /no visa sponsorship/]],
    ['do I need to worry about sponsorship stuff at all, honestly', { ...GREEN, visa: 'us_citizen' }, [/US citizen/]],
  ] as const)('%s', (q, profile, phrases) => {
    const text = ask(q, profile as Profile);
    for (const p of phrases) expect(text, q).toMatch(p);
    expect(text.length, q).toBeLessThanOrEqual(2000);
  });

  it('says nothing of a file that is not there, or holds nothing the advice applies to', () => {
    expect(ask('how do I talk about failing step 1 in my personal statement?')).not.toMatch(/For you:/);
    expect(ask('what should I highlight to LA programs besides my score?', { specialty: { primary: 'psychiatry' } })).not.toMatch(/For you:/);
  });
});

describe('the record a question states, when no file is saved', () => {
  it.each([
    ['I failed Step 1 once but scored 247 on CK, how do I explain the fail?', '247'],
    ['step 1 retake, then my step 2 ck was 236. how should I bring it up in interviews?', '236'],
    ['Failed step 1 in 2023, CK 239 first try. what do I say about it in my personal statement?', '239'],
  ])('%s', (q, score) => {
    expect(ask(q)).toMatch(new RegExp(`For you: the Step 2 CK ${score} you mention`));
  });

  it('is not said when the CK itself was failed, or the question is not about the asker', () => {
    expect(ask('I failed Step 1 and then failed CK once before getting 225, how do I explain it?')).not.toMatch(/evidence of change: name it/);
    expect(ask('how do applicants usually explain a step 1 fail?')).not.toMatch(/For you:/);
  });
});
