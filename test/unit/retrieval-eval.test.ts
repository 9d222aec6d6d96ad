// Proves article retrieval answers IMG-style questions with the right topic (top-1 ≥ 0.85), refuses off-topic ones with 3 nearest topics, and stays fast.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AskResult } from '../../src/domain/advice.js';
import { loadArticles } from '../../src/knowledge/articles.js';
import { askIndex, buildRetrievalIndex, RETRIEVAL_SETTINGS } from '../../src/answers/retrieval.js';

const ARTICLES_DIR = fileURLToPath(new URL('../../knowledge/articles', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/retrieval-eval.json', import.meta.url));

interface EvalFixture {
  questions: { q: string; expected: string }[];
  offTopic: string[];
}

const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as EvalFixture;
const articles = loadArticles(ARTICLES_DIR);
const byId = new Map(articles.map((a) => [a.id, a]));
const index = buildRetrievalIndex(articles);

describe('the evaluation fixture', () => {
  it('has at least 65 questions covering every article, and at least 8 off-topic ones', () => {
    expect(fixture.questions.length).toBeGreaterThanOrEqual(65);
    expect(fixture.offTopic.length).toBeGreaterThanOrEqual(8);
    for (const { q, expected } of fixture.questions) expect(byId.has(expected), `${q} -> ${expected}`).toBe(true);
    expect(new Set(fixture.questions.map((x) => x.expected)).size).toBe(articles.length);
  });
});

describe('askIndex on IMG questions', () => {
  const results = fixture.questions.map(({ q, expected }) => ({ q, expected, result: askIndex(index, q) }));

  it('finds the expected article first for at least 85% of questions', () => {
    const misses = results.filter(({ expected, result }) => !(result.found && result.articleId === expected));
    const accuracy = (results.length - misses.length) / results.length;
    console.log(`retrieval top-1 accuracy: ${(accuracy * 100).toFixed(1)}% (${results.length - misses.length}/${results.length})`);
    for (const { q, expected, result } of misses) {
      const got = result.found ? result.articleId : `not found; nearest ${result.nearest.map((n) => n.articleId).join(', ')}`;
      console.log(`  miss: "${q}" expected ${expected}, got ${got}`);
    }
    expect(accuracy).toBeGreaterThanOrEqual(0.85);
  });

  it('answers with a short excerpt of the article and the article source', () => {
    for (const { q, result } of results) {
      if (!result.found) continue;
      const article = byId.get(result.articleId);
      expect(article, q).toBeDefined();
      expect(result.title).toBe(article?.title);
      expect(result.source).toBe(article?.source);
      expect(result.answer.length, q).toBeGreaterThan(0);
      expect(result.answer.length, q).toBeLessThanOrEqual(RETRIEVAL_SETTINGS.maxAnswerChars);
      expect(article?.body, q).toContain(result.answer.replace(/…$/, ''));
    }
  });
});

describe('askIndex on questions it should not answer', () => {
  function expectNearestOnly(result: AskResult, question: string) {
    expect(result.found, question).toBe(false);
    if (result.found) return;
    expect(result.nearest, question).toHaveLength(3);
    for (const n of result.nearest) expect(byId.get(n.articleId)?.title).toBe(n.title);
  }

  it('returns found: false with the 3 nearest topics for off-topic questions', () => {
    for (const q of fixture.offTopic) expectNearestOnly(askIndex(index, q), q);
  });

  it('treats empty and punctuation-only input the same way', () => {
    for (const q of ['', '   ', '???']) expectNearestOnly(askIndex(index, q), JSON.stringify(q));
  });
});
