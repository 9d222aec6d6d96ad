// The lead's round-13 trial in a fresh clone: a plan to state the contrary of one's record refused (an attempt, a kind
// of experience, a count), honest questions that share the words answered; a question about a cousin in good grammar.
import { describe, expect, it } from 'vitest';
import { ask, refused, ROUTING_FULL, text } from '../helpers/ask-kit.js';

describe('stating the contrary of the record', () => {
  it('a plan to write or say what the asker says is not so is refused', () => {
    for (const q of [
      'can i say my step 1 was first attempt when actually it was second',
      'is it ok to put first attempt on eras if it was really my 2nd',
      'can i say i did 3 months hands on when actually 2 were observership',
      'should i write 4 publications even though in reality 2 are still under review',
      'can i list it as a sub-I though it was actually an observership',
      'can i say my yog is 2021 when actually it was 2018',
    ]) expect(refused(ask(q)), q).toBe(true);
  });
  it('look-alikes: the truth told, a low score, a job that is not research, a program that is a backup', () => {
    for (const q of [
      'should i write my ck score even though it was really low',
      'should i tell programs about my fail when actually i passed ck with 245 later',
      'can i say im interested in their program when actually its my backup',
      'my step 1 was first attempt, ck second attempt, how do i explain it?',
    ]) expect(refused(ask(q)), q).toBe(false);
  });
});

describe('a question about another person', () => {
  it('speaks of a cousin as "they" with the verb agreeing', () => {
    const t = text(ask('my cousin has ck 250, what should they do?'));
    expect(t).toMatch(/one person per chat/);
    expect(t).not.toMatch(/they needs/);
  });
});

describe('"am I safe?" asked of one\'s own chances', () => {
  it('is answered from the standing, even after a friend\'s score', () => {
    for (const q of ['my friend matched peds with 225, so am i safe?', 'am i safe for peds?', 'would i be ok with my numbers?'])
      expect(text(ask(q, ROUTING_FULL)), q).toMatch(/borderline|weak|competitive|strong/);
  });
  it('look-alikes: "ok to apply without Step 3", "good on letters if..." keep their own answers', () => {
    expect(text(ask('am i ok to apply without step 3?', ROUTING_FULL))).toMatch(/Step 3/);
    expect(text(ask('am i good on letters if two are from abroad?', ROUTING_FULL))).toMatch(/US doctors/);
  });
});
