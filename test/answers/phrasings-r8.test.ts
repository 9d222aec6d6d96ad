// Proves everyday phrasings reach the guide that answers them: "if it doesn't work out" is not matching, "ROL" is
// the rank list, "sort out" is getting something done (not sorting programs into tiers), a gap in training is
// explained like an older graduation year, and a specialty named as where one applies is context, not the topic.
import { describe, expect, it } from 'vitest';
import { answerTraced, createAnswerer } from '../../src/answers/answer.js';
import { loadArticles } from '../../src/knowledge/articles.js';

const answerer = createAnswerer(loadArticles('knowledge/articles'));

describe('everyday phrasings of not matching, the rank list and getting things done', () => {
  it.each([
    ['what happens if it doesn\'t work out for me this year?', ['after-not-matching', 'long-term-paths']],
    ['if I end up unmatched again, what are my options', ['after-not-matching', 'long-term-paths']],
    ['didn\'t get matched last cycle, is reapplying worth it?', ['after-not-matching', 'long-term-paths']],
    ['my ROL is due friday, should I put a program I disliked on it?', ['rank-list-length']],
    ['rank order list question: do I include every place I interviewed?', ['rank-list-length']],
    // a gap in training is explained like an older graduation year, not like an exam fail
    ['I took 2 years off for my kids, how do I explain that break in ERAS?', ['graduation-year-recency']],
    ['the war stopped my training for two years, how do I explain the gap to programs?', ['graduation-year-recency']],
    ['how should I talk about my time away from clinical work since 2021?', ['graduation-year-recency']],
    // a specialty named as where one applies does not pull the answer to the specialty-choice guide
    ['what should I highlight for family medicine programs in LA besides scores?', ['strengths-la-values', 'la-connection']],
    ['how many US letters do I need for psychiatry?', ['strong-us-letters']],
    ['tips for my personal statement for pediatrics with a low score', ['personal-statement']],
    ['is an observership enough USCE for internal medicine?', ['usce-hands-on']],
    ['when should I submit ERAS for neurology?', ['apply-early-broadly', 'match-calendar', 'eras-before-letters']],
    // chat abbreviations and idioms: "prep" is prepare, "can't afford to" is not a cost, "structure" a list is building it
    ['what stories should I prep before my county hospital interview?', ['strengths-la-values', 'interview-score-questions']],
    ['prepping for my interviews, which examples do LA programs want to hear?', ['strengths-la-values', 'interview-score-questions']],
    ['LA is my dream and I can\'t afford to waste a cycle, how do I organize my program list?', ['core-plus-extended-list']],
    ['how do I structure my program list between LA and other states?', ['core-plus-extended-list']],
    // settling in the US for good is the visa question of staying long term (the J-1's two-year rule)
    ['I want to settle in the US after residency, J1 or H1B?', ['j1-vs-h1b-in-practice', 'visa-basics']],
    ['planning to live permanently in America after training, which visa makes more sense?', ['j1-vs-h1b-in-practice', 'visa-basics']],
    ['Quiero radicarme en Estados Unidos después de la residencia, ¿J1 o H1B?', ['j1-vs-h1b-in-practice', 'visa-basics']],
    ['what paperwork should I sort out before ERAS opens?', ['eras-before-letters', 'match-calendar', 'j1-paperwork', 'apply-early-broadly']],
  ] as const)('%s', (q, guides) => {
    const { result, articles } = answerTraced(answerer, q);
    expect(result.found && result.kind, q).toBe('articles');
    expect(guides as readonly string[], `${q} -> ${articles[0]}`).toContain(articles[0]);
  });
});
