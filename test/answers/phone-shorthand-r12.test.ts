// Round 12: questions typed on a phone in a hurry, in phrasings written for this test only. Contractions typed
// without the apostrophe ("theyll", "havent"), shorthand ("tmrw", "abt", "b4", "idk") and clock times ("8am") are
// chat, not unknown topic words: they no longer sink a question the guides answer. Look-alikes: off-topic chat in
// the same shorthand is still refused. And an exam named only as the asker's own fail or retake asks for no
// specialty figures (a figure word said beside it still does).
import { describe, expect, it } from 'vitest';
import { ask, kind, refused, text } from '../helpers/ask-kit.js';

describe('phone shorthand is chat, not an unknown topic', () => {
  it('answers the question the guides cover', () => {
    for (const [q, article] of [
      ['interview tmrw 9am w an IM program, theyll ask abt my step 1 fail. quick answer pls', /interview-score-questions|explaining-fails/],
      ['they\'ll ask about my gap tmrw, what do i say abt it', /graduation-year-recency|explaining-fails|interview-score-questions/],
      ['havent heard back from any program, wouldnt it be smart to send update letters?', /post-interview-communication/],
      ['ngl idk if programs care abt research for FM, wanna know', /research/],
      ['cant decide b4 submitting, do signals matter for IMGs?', /signaling/],
    ] as [string, RegExp][]) {
      const r = ask(q);
      expect(kind(r), q).toBe('articles');
      expect(r.found && r.articleId, q).toMatch(article);
    }
  });
  it('look-alikes: off-topic chat in the same shorthand is still refused', () => {
    for (const q of [
      'gonna watch the cricket tmrw lol, who wins?',
      'tmrw is my bday, what cake shd i get abt 2 kg',
      'idk wanna go to the beach tmrw w friends, which one is best',
      'havent slept, whats a good coffee place near me tbh',
      'b4 i forget, which phone should i buy for 500 bucks',
    ]) expect(refused(ask(q)) || kind(ask(q)) === 'nearest', q).toBe(true);
  });
});

describe('an exam named as the asker\'s own fail or retake asks for no specialty figures', () => {
  const FIGURES = /Current figures \(NRMP Charting Outcomes/;
  it('no figure line for a fail, a retake or an interview answer', () => {
    for (const q of [
      'they will ask about my CK fail at the FM interview, what do I say',
      'how do I explain my step 2 retake to psych programs?',
      'IM interview next week and my CK took 2 attempts, how to handle it',
      'peds programs will see my failed CK, how do I address it in the PS?',
      'should I mention my CK fail in my FM personal statement',
    ]) expect(text(ask(q)), q).not.toMatch(FIGURES);
  });
  it('look-alikes: a figure asked beside the specialty still gets the figures', () => {
    for (const q of [
      'what CK do matched FM applicants have?',
      'is psych or peds easier for a non-US IMG?',
      'average CK for IM non-US IMGs who matched?',
      'I failed CK once, what is the average score of matched FM IMGs?',
      'how competitive is neuro for IMGs, what are the CK numbers?',
    ]) expect(text(ask(q)), q).toMatch(/Current figures \(NRMP Charting Outcomes|mean Step 2 CK/);
  });
});
