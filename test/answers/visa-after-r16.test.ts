// "Do I need a waiver after J-1?", "will I have to go home for 2 years?": what a visa brings after training is the guides'
// answer on the visa (the two-year home-country rule and its waiver), never the list of programs that sponsor it; a
// question asking which programs take the visa keeps the list.
import { describe, expect, it } from 'vitest';
import { answerTraced, createAnswerer } from '../../src/answers/answer.js';
import { loadArticles } from '../../src/knowledge/articles.js';
import type { Profile } from '../../src/domain/profile.js';
import { ADVICE, KB } from './grade.js';
import { conversation } from '../helpers/conversation.js';

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

describe('the same questions typed in a chat', () => {
  it('a J-1 applicant asking about the waiver in the middle of the interview hears the home-country rule, not a sponsor list', () => {
    const c = conversation(ADVICE, new Date('2026-12-07T12:00:00Z'));
    c.say('start');
    c.say('Pakistani grad 2021, step 1 pass first try, ck 224, 2 months obs in Fresno, J1 needed, want peds with FM backup');
    for (const q of ['so after j1 do i need a waiver or something?', 'will they make me go back home for two years after residency on j1']) {
      c.say(q);
      expect(c.text, q).toMatch(/two-year|two years|home-country/i);
      expect(c.text, q).not.toMatch(/have a source stating they sponsor it/);
    }
  });
});
