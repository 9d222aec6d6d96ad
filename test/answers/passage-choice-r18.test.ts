// Round 18: shared reading steps the round-17 sealed set showed, each with phrasings written for this test only. A request
// stated as a need after context ("the figure I really need is ...", "I'd love to know ...", "I'm trying to figure out
// ...") is a question, so a long story before it does not hide it; a topic the guides do not cover named only in an
// aside in brackets ("(she sells insurance)") does not refuse the question around it; chat shorthand for units and
// limits ("yrs", "max", "wks") and words for a way out of a rule ("loophole", "workaround", "exception") reach the
// guides' words; OPT or an EAD asked against the intern year or a PGY year is the guides' work-permit answer; the words
// of a training year in Spanish and Portuguese ("primer año", "ano preliminar", "qué pasa después") reach the one-year
// tracks guide.
import { describe, expect, it } from 'vitest';
import { ask, kind, text } from '../helpers/ask-kit.js';

const show = (q: string) => `${kind(ask(q))}: ${text(ask(q)).slice(0, 160)}`;

describe('a request stated as a need after a story is still the question', () => {
  it('the figure needed, after two sentences about the family', () => {
    const q = 'My uncle thinks I will just walk into a hospital job. We argue about it every dinner. The figure I really need is what share of non-US IMGs matched in the 2026 Match overall.';
    expect(text(ask(q)), show(q)).toMatch(/56\.4%/);
  });
  it('"I\'d love to know" after context', () => {
    const q = 'Three of my classmates are applying this year from Lagos. I\'d love to know how many programs IMGs usually apply to.';
    expect(kind(ask(q)), show(q)).toBe('articles');
  });
  it('"trying to figure out" inside a sentence of context', () => {
    const q = 'Back home my dean says J-1 is the only route, so I am trying to figure out what the $100,000 H-1B fee means for programs.';
    expect(text(ask(q)), show(q)).toMatch(/100,000/);
  });
});

describe('a topic named only in an aside in brackets does not refuse the question around it', () => {
  for (const q of [
    'My wife (she works at a bank and does our taxes) wants the total: what do ERAS fees come to for 60 IM programs?',
    'my brother (he rents a flat in Glendale) says I should apply wide. how many programs should a non-US IMG apply to?',
    'is 3 months of hands-on USCE enough for FM (my husband handles the taxes and the loans, I handle the applications)?',
  ]) it(q, () => expect(kind(ask(q)), show(q)).not.toBe('refusal'));
  it('a question about the aside\'s topic itself is still declined', () => {
    const q = 'how much is rent for a one-bedroom near Harbor-UCLA?';
    expect(kind(ask(q)), show(q)).toBe('refusal');
  });
});

describe('chat shorthand and words for a way out of a rule reach the guides\' words', () => {
  it('"max yrs" on a J-1', () => {
    const q = 'J1 — how many yrs max can i train on it?';
    expect(text(ask(q)), show(q)).toMatch(/seven years/);
  });
  it('a loophole in the H-1B fee', () => {
    const q = 'any workaround so my program skips the 100k H1B fee? some exception for doctors?';
    expect(text(ask(q)), show(q)).toMatch(/national-interest exceptions/);
  });
  it('OPT asked against the intern year is the work-permit answer, not a refusal', () => {
    const q = 'on F-1 finishing an MS in Boston, would OPT last through my PGY-1?';
    expect(kind(ask(q)), show(q)).toBe('articles');
    expect(text(ask(q)), show(q)).toMatch(/OPT/);
  });
});

describe('a training year asked in Spanish or Portuguese reaches the one-year tracks guide', () => {
  for (const q of [
    'e se eu só conseguir um ano preliminar de cirurgia, o que acontece depois do primeiro ano?',
    'si entro a un año transicional, ¿qué pasa en el segundo año?',
    'só consegui um ano transicional; o que acontece no segundo ano?',
  ]) it(q, () => expect(text(ask(q)), show(q)).toMatch(/PGY-2|second year/));
});
