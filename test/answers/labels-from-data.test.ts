// The season and publication a reply names come from the figures' data, never a year typed into the code: asked to
// apply to two specialties, the answer names the fee table of the knowledge it was built from, whichever season that is.
import { describe, expect, it } from 'vitest';
import { answerQuestion, createAnswerer } from '../../src/answers/answer.js';
import { loadArticles } from '../../src/knowledge/articles.js';
import { PLAN_FIGURES } from '../../src/knowledge/plan-figures.js';
import { feeTablePublication } from '../../src/plan/base-rates.js';
import { ASK_NOW, ROUTING_FULL } from '../helpers/ask-kit.js';
import { KB } from './grade.js';

const answerer = createAnswerer(loadArticles('knowledge/articles'));
const NEXT_SEASON = { ...PLAN_FIGURES, erasFees: { ...PLAN_FIGURES.erasFees, season: '2027 ERAS season', seasonYear: 2027, source: 'AAMC, Fees for the 2027 ERAS Season (published 2026, aamc.org)' } };
const said = (q: string, figures = PLAN_FIGURES) => {
  const r = answerQuestion(answerer, q, { profile: ROUTING_FULL, now: ASK_NOW, kb: { ...KB, figures } });
  return r.found ? r.answer : '';
};

describe('the fee table a two-specialty answer names is the data\'s own', () => {
  it('names the bundled table\'s publication, without its address', () => {
    expect(feeTablePublication()).toBe('AAMC, Fees for the 2026 ERAS Season');
    for (const q of ['is applying peds plus IM together allowed?', 'can I apply to peds and FM both?', 'applying to both FM and peds, ok?']) {
      const t = said(q);
      expect(t, q).toMatch(/Yes, you can apply/);
      expect(t, q).toMatch(/restarts in each \(AAMC, Fees for the 2026 ERAS Season\)/);
      expect(t, q).toMatch(/Sources: .*; AAMC, Fees for the 2026 ERAS Season\.$/);
    }
  });
  it('a newer table in the knowledge is named instead, in the lead and in the sources', () => {
    for (const q of ['is it fine to apply psych and FM at the same time?', 'can i apply IM and neuro together?', 'apply im and fm at the same time, possible?']) {
      const t = said(q, NEXT_SEASON);
      expect(t, q).toMatch(/restarts in each \(AAMC, Fees for the 2027 ERAS Season\)/);
      expect(t, q).toMatch(/Sources: .*; AAMC, Fees for the 2027 ERAS Season\.$/);
      expect(t.split('\n')[0], q).not.toMatch(/2026/);
    }
  });
});
