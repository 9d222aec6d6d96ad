// Round 17: two passage-choice families, each with phrasings written for this test only. The asker's own next year
// being different ("so my next application is different", "so the second attempt looks different") is no question
// about rules changing in a future year, so it is answered, while a rule, exam or fee said to change still is the
// future-change gap; how the asker feels ("i feel lost", "overwhelmed", "estoy perdida") names no topic, in the
// question or in the sentences around it, so a plain "where do I start?" beside it finds the self-assessment guide.
import { describe, expect, it } from 'vitest';
import { ask, kind, text } from '../helpers/ask-kit.js';

const show = (q: string) => `${kind(ask(q))}: ${text(ask(q)).slice(0, 160)}`;

describe('the asker\'s own next year being different is answered, not read as rules changing', () => {
  for (const q of [
    'went unmatched twice. how should I use next year so my third application is really different?',
    'no interviews this cycle. what do I do next year so that it is different this time?',
    'if I do not match in March, how do I make the next season different from this one?',
  ]) it(q, () => {
    expect(kind(ask(q)), show(q)).toBe('articles');
    expect(text(ask(q)), show(q)).not.toMatch(/changes announced for a future year/);
  });
  it('a rule said to change in a future year is still the gap the guides do not cover', () => {
    const q = 'is the USMLE scoring going to be different in 2028?';
    expect(text(ask(q)), show(q)).toMatch(/changes announced for a future year/);
  });
});

describe('how the asker feels names no topic, in the question or around it', () => {
  for (const q of [
    'i feel so lost honestly. where do I start with the match?',
    'overwhelmed by everything. where do I start as an IMG?',
    'estoy perdida con todo esto. ¿por dónde empiezo?',
  ]) it(q, () => {
    expect(kind(ask(q)), show(q)).toBe('articles');
    expect(text(ask(q)), show(q)).toMatch(/profile/i);
  });
});
