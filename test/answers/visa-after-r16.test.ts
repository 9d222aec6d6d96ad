// "Do I need a waiver after J-1?", "will I have to go home for 2 years?": what a visa brings after training is the guides'
// answer on the visa (the two-year home-country rule and its waiver), never the list of programs that sponsor it; a
// question asking which programs take the visa keeps the list.
import { describe, expect, it } from 'vitest';
import { answerTraced, createAnswerer } from '../../src/answers/answer.js';
import { loadArticles } from '../../src/knowledge/articles.js';
import type { Profile } from '../../src/domain/profile.js';
import { KB } from './grade.js';

const answerer = createAnswerer(loadArticles('knowledge/articles'));
const NOW = new Date('2026-12-07T12:00:00Z');
const J1: Profile = { specialty: { primary: 'psychiatry' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 }, step2ck: { taken: true, score: 229, attempts: 1 }, graduationYear: 2021, regions: ['orange_county', 'la_county'] };
const reply = (q: string) => { const r = answerTraced(answerer, q, { profile: J1, now: NOW, kb: KB }).result; return r.found ? r.answer : ''; };

describe('what a visa brings after training', () => {
  it('the waiver and the home-country rule get the visa answer, not the sponsor list', () => {
    for (const q of ['do i need a waiver after j1?', 'after residency on J-1 will I need the 212(e) waiver or can I stay?', 'will I have to go back home for two years after J1 training?', 'is the 2 year home rule a problem for me if I go J1']) {
      const t = reply(q);
      expect(t, q).toMatch(/two-year|two years|home-country|waiver/i);
      expect(t, q).not.toMatch(/have a source stating they sponsor it/);
    }
  });
  it('a question about which programs take the visa keeps the list', () => {
    expect(reply('which psych programs in OC or LA take J1?')).toMatch(/source stating they sponsor it/);
  });
});
