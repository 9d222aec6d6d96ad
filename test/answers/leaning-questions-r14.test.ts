// Proves, on messages written for this test (not from any evaluation set), that a question with almost no topic of
// its own ("legit?", "what's the play?", "agree?") is answered from the story around it, judged on the whole message,
// and that such a question after an uncovered request belongs to that request's refusal.
import { describe, expect, it } from 'vitest';
import { answerTraced, createAnswerer } from '../../src/answers/answer.js';
import { loadArticles } from '../../src/knowledge/articles.js';

const answerer = createAnswerer(loadArticles('knowledge/articles'));

describe('a question that leans on the story told before it', () => {
  it.each([
    ['My friend says anyone who graduated before 2018 gets auto-rejected by every program. legit?', 'graduation-year-recency', /five years|graduation/i],
    ['Matched into a prelim surgery spot, nothing lined up after it ends in June. what\'s the play?', 'one-year-tracks', /PGY-2|one year|only one/i],
    ['Seen people say a low CK can be offset by lots of observerships alone. agree?', 'usce-hands-on', /observership/i],
  ])('"%s" is answered from %s', (q, article, says) => {
    const t = answerTraced(answerer, q);
    expect(t.result.found && t.result.kind, q).toBe('articles');
    expect(t.articles[0], q).toBe(article);
    expect(t.result.found ? t.result.answer : '', q).toMatch(says);
  });

  it('keeps a topic-less follow-up of an uncovered request inside that refusal', () => {
    const r = answerTraced(answerer, 'Can you fill out my asylum forms for me? Which papers should go in the envelope?').result;
    expect(r.found && r.kind).toBe('refusal');
  });
});
