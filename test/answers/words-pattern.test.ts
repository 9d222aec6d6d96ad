// Vocabulary entries read the same everywhere: an optional space really is optional, a space in a class stays one.
import { describe, expect, it } from 'vitest';
import { wordsPattern } from '../../src/answers/words-pattern.js';

describe('a vocabulary entry with an optional space', () => {
  const p = wordsPattern(['step ?[123]', '\\d+ ?mg', 'green ?card', 'paid [\\w -]{1,20} author*']);
  it('matches the word typed together or apart', () => {
    for (const t of ['step1', 'step 2', 'Step  3', '10mg', '10 mg', 'greencard', 'green card', 'paid a senior for author credit']) expect(p.test(t), t).toBe(true);
  });
  it('still never starts or ends inside a word', () => {
    for (const t of ['steps1', 'step4', 'evergreen card', 'unpaid']) expect(p.test(t), t).toBe(false);
  });
});
