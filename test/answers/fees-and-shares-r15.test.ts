// Proves, on messages written for this test (not from any evaluation set), three things about figures the guides hold:
// a fee question naming whose fee it is (ECFMG's J-1 sponsorship, the H-1B petition) gets the passage stating that sum
// with its source and year, wherever its guide ranks; a fee the asker only mentions ("charges $3,000 a month ...
// worth it?") is context, not a fee asked, so the question is answered; and the community-versus-university share of
// IMGs in internal medicine is stated with its survey and year. Fees the guides do not state are still declined.
import { describe, expect, it } from 'vitest';
import { answerTraced, createAnswerer } from '../../src/answers/answer.js';
import { loadArticles } from '../../src/knowledge/articles.js';

const answerer = createAnswerer(loadArticles('knowledge/articles'));
const reply = (q: string) => answerTraced(answerer, q).result;

describe('a fee asked by whose fee it is', () => {
  it.each([
    ["what's ECFMG's fee for handling my J-1 sponsorship?", /\$370 \(ECFMG .*2023/],
    ['cuánto cobra ECFMG por patrocinar la J1?', /\$370/],
    ['people keep talking about the new h-1b fee, how much is it exactly?', /\$100,000/],
    ['saw a post that the government slapped a fee on h1b petitions. how much, and since when?', /^(?!In short: The fee table)[\s\S]*\$100,000/],
  ])('"%s" states that fee', (q, says) => {
    const r = reply(q);
    expect(r.found && r.kind, q).toBe('articles');
    expect(r.found ? r.answer : '', q).toMatch(says);
  });

  it.each(['what does the SEVIS fee cost for a J-1 sponsored by ECFMG?', 'how much is the FCVS fee for California licensing?'])('still declines a fee the guides do not state: "%s"', (q) => {
    const r = reply(q);
    expect(r.found && r.kind, q).toBe('refusal');
  });
});

describe('a fee only mentioned is context', () => {
  it.each([
    ['A company in Irvine charges $3,000 a month for an observership. is it worth it for my USCE or a waste?', /hands-on/i],
    ['My school charges a processing fee to send my transcript, which feels off. how do I get ECFMG to verify my diploma in time?', /ECFMG/],
    ['A clinic near San Diego charges $2,200 for a month of hands-on rotation with notes. is that kind of rotation better than an observership?', /hands-on/i],
  ])('"%s" is answered, not declined as a fee', (q, says) => {
    const r = reply(q);
    expect(r.found && r.kind, q).toBe('articles');
    expect(r.found ? r.answer : '', q).toMatch(says);
  });
});

describe('community and university programs compared', () => {
  it.each([
    'university or community hospital IM: where do IMGs get more PGY-1 spots, percentages?',
    'do academic IM programs take as many IMGs as community ones?',
    'en medicina interna, ¿los programas comunitarios aceptan más IMGs que los universitarios?',
  ])('"%s" gets the survey shares with their source and year', (q) => {
    const r = reply(q);
    expect(r.found ? r.answer : '', q).toMatch(/55–70%[\s\S]*22–30%[\s\S]*Journal of General Internal Medicine, 2020/);
  });
});
