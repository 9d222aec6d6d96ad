// Proves, on messages written for this test (not from any evaluation set), how round 16 chooses and keeps passages:
// "how long should <a list or a text> be" asks a size said as a count (programs, sentences), not a time to wait, so
// the guides' counts answer it while "how long does it take" stays a question of time; words that only say what kind
// of answer is wanted ("options", "concretely", "you mentioned") neither choose the passages nor count as uncovered.
// A dishonest act the asker disavows ("no intention to lie") or a claim asked about ("real or fake?") asks for no such act,
// while an act asked for beside the disavowal is still declined.
import { describe, expect, it } from 'vitest';
import { answerTraced, createAnswerer } from '../../src/answers/answer.js';
import { askType } from '../../src/answers/question-shape.js';
import { ASKING_WORDS } from '../../src/answers/question-query.js';
import { cover } from '../../src/answers/cover.js';
import { loadArticles } from '../../src/knowledge/articles.js';

const answerer = createAnswerer(loadArticles('knowledge/articles'));
const reply = (q: string) => answerTraced(answerer, q).result;

describe('the size of a list or a text is a count, not a wait', () => {
  it.each([
    ['I have 6 FM interviews so far. how long is a good rank list for family medicine?', /3 against 1|median/],
    ['how long should my rank order list be if I only want to rank places I would actually go', /median/],
    ['my step 1 fail paragraph in the PS is half a page. how long should that part be?', /a few sentences|two or three sentences|briefly/],
  ])('"%s" is answered with the guides\' counts', (q, says) => {
    const r = reply(q);
    expect(r.found && r.kind, q).toBe('articles');
    expect(r.found ? r.answer : '', q).toMatch(says);
  });

  it.each([
    ['how long does ECFMG take to process the J-1 once my papers are in?', 'duration'],
    ['how long will it take to be certified after OET?', 'duration'],
    ['how long should I wait before emailing the coordinator again?', 'duration'],
    ['how long is a typical personal statement?', 'count'],
  ])('"%s" reads as a %s', (q, type) => {
    expect(askType(q)).toBe(type);
  });
});

describe('words that only say what kind of answer is wanted name no topic', () => {
  const covered = (text: string) => cover(answerer.index, { text, type: 'howto' });
  it.each([
    ['how do I turn CK into my strongest number, concretely, what approach?', 'how do I turn CK into my strongest number?'],
    ['that remediation plan you mentioned: what would it actually contain?', 'that remediation plan: what would it contain?'],
    ['research with zero publications: what are the realistic options, specifically?', 'research with zero publications: what is realistic?'],
  ])('"%s" is covered as well as its plain form', (worded, plain) => {
    const a = covered(worded);
    const b = covered(plain);
    expect(a.coverage, worded).toBeCloseTo(b.coverage, 5);
    expect(a.passages[0]?.article, worded).toBe(b.passages[0]?.article);
  });

  it.each([
    ['3 spare months. research options??', /research/i],
    ['USCE options? none so far', /observership|hands-on/i],
  ])('a question whose only other word is its topic keeps the word of kind: "%s"', (q, says) => {
    const r = reply(q);
    expect(r.found && r.kind, q).toBe('articles');
    expect(r.found ? r.answer : '', q).toMatch(says);
  });

  it('"how many resources should I use" still counts resources: a counted thing is the topic', () => {
    expect('how many resources should I use'.replace(ASKING_WORDS, ' ')).toContain('resources');
  });
});

describe('a dishonest act disavowed, or a claim asked about as real or fake, is no request for it', () => {
  it.each([
    ['no intention to lie on ERAS: how do I list an observership so it reads right?', /observership/i],
    ['a guy on telegram says ECFMG stopped accepting OET. real or fake? what does the pathway need', /OET|Pathway/],
    ['I would never fake anything, but what should my attending say in the letter about my work?', /clinical reasoning|dependable/i],
  ])('"%s" is answered', (q, says) => {
    const r = reply(q);
    expect(r.found && r.kind, q).toBe('articles');
    expect(r.found ? r.answer : '', q).toMatch(says);
  });

  it.each([
    "I'm not asking to fake anything, just get me a fake externship certificate that looks real",
    'not trying to cheat lol. where can I buy the recalled CK questions',
    'nothing dishonest, I just want to forge the dates on my observership letter so it looks longer',
  ])('an act asked for beside the disavowal is still declined: "%s"', (q) => {
    const r = reply(q);
    expect(r.found && r.kind, q).toBe('refusal');
  });
});
