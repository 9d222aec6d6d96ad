// Proves, on messages written for this test (not from any evaluation set), that a verdict asked without its verb
// ("good plan?", "true or not?"), or between two claims ("which one is correct?", "who is right?"), is answered from the
// story told before it, in English, Spanish, Portuguese and Hinglish, and that the story's names and places do not
// sink it.
import { describe, expect, it } from 'vitest';
import { answerTraced, createAnswerer } from '../../src/answers/answer.js';
import { loadArticles } from '../../src/knowledge/articles.js';

const answerer = createAnswerer(loadArticles('knowledge/articles'));

describe('a verdict on the story told before it', () => {
  it.each([
    ['Planning to apply only to LA county hospitals, around 45 of them, since my in-laws are in Pasadena. good plan?', 'core-plus-extended-list', /other states|elsewhere in California/i],
    ['My PS opens with how much I love Santa Monica sunsets and the ocean. dumb idea?', 'personal-statement', /beaches|weather|generic/i],
    ['Someone on reddit wrote that observerships count as hands-on USCE on ERAS. true or not?', 'usce-hands-on', /observership/i],
    ['An agent told me observerships count as hands-on USCE on ERAS, but my co-resident says they do not. which one is correct?', 'usce-hands-on', /hands-on/i],
    ['meu primo diz que só aplicar em LA com 40 programas basta. boa ideia?', 'core-plus-extended-list', /other states|extended/i],
    ['seniors bolte hain ki 2017 ke baad graduate hue bina koi program nahi lega. sach hai kya?', 'graduation-year-recency', /five years|year of graduation/i],
  ])('"%s" is answered from %s', (q, article, says) => {
    const t = answerTraced(answerer, q);
    expect(t.result.found && t.result.kind, q).toBe('articles');
    expect(t.articles[0], q).toBe(article);
    expect(t.result.found ? t.result.answer : '', q).toMatch(says);
  });

  it('weighs both claims of "which one is true?" and gives the figures of the specialty they are about', () => {
    const r = answerTraced(answerer, 'Last week you said 228 is fine for peds, but a senior says peds needs 240+. which one is true?').result;
    expect(r.found && r.kind).toBe('articles');
    expect(r.found ? r.answer : '').toMatch(/Pediatrics, mean Step 2 CK \d{3}/);
  });
});
