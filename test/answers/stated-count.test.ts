// A cost question that names a number of programs gets that number priced, worked out from the fee table.
import { describe, expect, it } from 'vitest';
import { answerTraced, createAnswerer } from '../../src/answers/answer.js';
import { loadArticles } from '../../src/knowledge/articles.js';
import { statedCount } from '../../src/answers/stated-count.js';

const answerer = createAnswerer(loadArticles('knowledge/articles'));
const reply = (q: string) => { const r = answerTraced(answerer, q).result; return r.found ? r.answer : ''; };

describe('a cost question with a count', () => {
  it.each([
    ["what's the cost for 60 programs", 60],
    ['cost of applying to 150?', 150],
    ['how much if i apply to 45', 45],
    ['eras fees for 90 apps??', 90],
  ])('"%s" names %i programs', (q, n) => expect(statedCount(q)).toBe(n));

  it.each(['how many programs should i apply to', 'i applied to 60 programs, when do interviews come', 'is step 2 ck 230 ok'])('"%s" is not a cost question with a count', (q) => {
    expect(statedCount(q)).toBeUndefined();
  });

  it('works the fees out: 60 programs in one specialty cost $1,230', () => {
    expect(reply("what's the cost for 60 programs")).toMatch(/60 programs in one specialty: 30 x \$11 \+ 30 x \$30 = \$1,230/);
  });
});
