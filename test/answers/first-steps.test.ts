// "What should I do first?" in a chat about one's own file gets the plan's first steps, and a bare few-word
// "how many programs?" is the asker's own count; without the answers they stand on, the missing one is asked for.
import { describe, expect, it } from 'vitest';
import { answerTraced, createAnswerer } from '../../src/answers/answer.js';
import { loadArticles } from '../../src/knowledge/articles.js';
import type { Profile } from '../../src/domain/profile.js';
import { KB } from './grade.js';

const answerer = createAnswerer(loadArticles('knowledge/articles'));
const NOW = new Date('2026-12-06T12:00:00Z');
const FILE: Profile = { specialty: { primary: 'psychiatry' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 }, step2ck: { taken: true, score: 224, attempts: 1 }, graduationYear: 2018, usce: { months: 1, kind: 'observership', where: ['other_us'] }, regions: ['la_county', 'orange_county'], stage: 'applying' };
const ask = (q: string, profile: Profile = FILE) => answerTraced(answerer, q, { profile, now: NOW, kb: KB }).result;

describe('first steps for my own file', () => {
  for (const q of ['what should i do first?', 'ok so what do i do now', 'What should I focus on next?', 'my next steps?', 'where should I even begin', "what's next for me"])
    it(`"${q}" lists the plan's first steps`, () => {
      const r = ask(q);
      expect(r.found && r.kind).toBe('plan');
      // (in December a file not yet sent first hears where the season stands: trial16a's season note)
      expect(r.found && r.answer).toMatch(/(^|\n\n)Your first steps[^\n]*\n1\. /);
    });

  it('without a score saved, asks for it instead of guessing the steps', () => {
    const r = ask('what should I do first', { specialty: { primary: 'psychiatry' } });
    expect(r.found && r.needs).toBe('step2ck');
  });

  it('a general how-to about starting something stays with the guides', () => {
    const r = ask('how do I start preparing for Step 2 CK?');
    expect(r.found && r.kind).not.toBe('plan');
  });
});

describe('a bare count question is about the asker', () => {
  for (const q of ['how many programs?', 'how many programs', 'how many apps'])
    it(`"${q}" is answered from the plan`, () => { const r = ask(q); expect(r.found && r.kind).toBe('plan'); });
  for (const q of ['how many programs do most IMGs apply to?', 'how many programs does the average applicant rank'])
    it(`"${q}" stays general`, () => { const r = ask(q); expect(r.found && r.kind).not.toBe('plan'); });
});

describe('a specialty asked about outside the plan', () => {
  it('gets its own standing, and neither the plan\'s list counts nor its warnings', () => {
    const im: Profile = { ...FILE, specialty: { primary: 'internal_medicine' } };
    const r = ask('is my CK ok for psych?', im);
    expect(r.found && r.answer).toMatch(/^Psychiatry \(if you applied in it\)/);
    expect(r.found && r.answer).not.toMatch(/Your list has|Watch out/);
    expect(r.found && r.answer).toMatch(/change specialty to psychiatry/);
  });
});
