// Proves passage choice by class, on messages written for this test (not from any evaluation set): a passage's own
// questions decide when the article ranking is unsure, "how much of" asks a degree, comparisons and two-part messages
// get a passage per part, and figures come from the 2026 tables.
import { describe, expect, it } from 'vitest';
import { answerTraced, createAnswerer } from '../../src/answers/answer.js';
import { askType } from '../../src/answers/question-shape.js';
import { loadArticles } from '../../src/knowledge/articles.js';

const answerer = createAnswerer(loadArticles('knowledge/articles'));
const first = (q: string) => answerTraced(answerer, q);
const reply = (q: string) => { const r = first(q).result; return r.found ? r.answer : ''; };

describe('passage choice', () => {
  it.each([
    ['is it a problem if I take two days to write back to a program coordinator?', 'professionalism'],
    ['what date does residency training begin each year?', 'match-calendar'],
    ['do signals still matter if my scores are low?', 'signaling'],
    ['what kinds of volunteering should go on my application?', 'community-service'],
    ['am I allowed to promise two programs that each is my top choice?', 'post-interview-communication'],
    ['is a transitional year a dead end after it finishes?', 'one-year-tracks'],
    ['should I write to my no. 1 program after interviews?', 'post-interview-communication'],
  ])('"%s" is answered first from %s', (q, article) => {
    const t = first(q);
    expect(t.result.found, q).toBe(true);
    expect(t.articles[0], q).toBe(article);
  });

  it('reads "how much of" and "how much does it matter" as a degree, money questions as an amount', () => {
    expect(askType('how much of my statement should be about the fail?')).not.toBe('amount');
    expect(askType('how much does research matter for family medicine?')).not.toBe('amount');
    expect(askType('how much should I say about my gap year?')).not.toBe('amount');
    expect(askType('how much does ERAS cost for 80 programs?')).toBe('amount');
    expect(askType('how much will the application fees be?')).toBe('amount');
  });

  it('does not name a comparison side as a gap when the whole comparison is answered', () => {
    const t = reply('why is southern california tougher to match compared to places like texas?');
    expect(t).toMatch(/competition/i);
    expect(t).not.toMatch(/do not answer "/);
  });

  it('answers a degree question about the personal statement instead of saying it has no figure', () => {
    expect(reply('how much of my personal statement should be about my bad score?')).toMatch(/two or three sentences|briefly/i);
  });
});

describe('figures come from the 2026 tables', () => {
  it('gives the 2026 match rate, never the 2025 counts, and the H-1B fee on new petitions', () => {
    const rate = reply('what share of non-US IMGs match nowadays?');
    expect(rate).toMatch(/56\.4%/);
    expect(rate).not.toMatch(/58\.0%|6,653|11,465/);
    expect(reply('what happens if I go unmatched, is that common?')).not.toMatch(/4,812|11,465/);
    expect(reply('is there really a $100,000 fee for H-1B now?')).toMatch(/new H-1B petition[\s\S]*\$100,000/);
  });
});
