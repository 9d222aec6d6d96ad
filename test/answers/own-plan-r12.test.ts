// Round 12 own-plan classes, in phrasings written for this test only (none from a question set), each with honest
// look-alikes that must keep their old answer: a question on how two visas differ is answered from the guides and
// asks for no stored fact (the difference does not turn on the asker's Step 3); "which one should I choose" still
// asks for Step 3, after the guides' answer; "what papers / exams do I need for a J-1" asks what a visa requires,
// not whether the asker needs one, so it is answered from the guides, not with a list of sponsoring programs.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { ask, kind, needs, ROUTING_FULL, text, without } from '../helpers/ask-kit.js';

const UNSURE: Profile = { ...without(ROUTING_FULL, 'step3'), visa: 'unsure' };

describe('how two visas differ is answered for anyone: no stored fact is asked for', () => {
  it('explains J-1 and H-1B without asking for Step 3', () => {
    for (const q of [
      'explain j-1 vs h-1b to me like im 5',
      'j1 or h1b - how do they differ for residents like me?',
      'can you tell me the difference between h1b and j1 for my situation',
      'J1 vs H1B whats the diff for me, i am on F1 now',
      'how does a J-1 compare with an H-1B for someone like me',
    ]) {
      const r = ask(q, UNSURE);
      expect(needs(r), q).toBeUndefined();
      expect(text(r), q).toMatch(/J-1/);
      expect(text(r), q).toMatch(/H-1B/);
    }
  });
  it('look-alikes: choosing between them for oneself still asks for Step 3, after the guides\' answer', () => {
    for (const q of [
      'J1 or H1B, which one should I go for?',
      'is H1B or J1 better for me',
      'should I pick H1B or J1?',
      'which visa should I apply for?',
      'J-1 or H-1B for me?',
    ]) {
      const r = ask(q, UNSURE);
      expect(needs(r), q).toBe('step3');
      expect(text(r), q).toMatch(/J-1[\s\S]*Step 3/);
    }
  });
});

describe('what a visa requires is answered from the guides, not with a list of programs', () => {
  const j1: Profile = { ...ROUTING_FULL };
  it('papers, documents and exams for a J-1 or an H-1B', () => {
    for (const q of [
      'what documents do I need for the J1?',
      'which forms do I need for a J-1 visa',
      'what paperwork do i need for j1 sponsorship',
      'what papers do i need to get my j-1',
      'what exams do I need for an H1B',
    ]) {
      const r = ask(q, j1);
      expect(kind(r), q).not.toBe('plan');
      expect(text(r), q).not.toMatch(/programs in LA County in our table have a source/);
    }
  });
  it('look-alikes: whether the asker needs a visa at all is still answered from the stored visa', () => {
    for (const q of ['do I even need a visa?', 'do i need a j1?', 'would I need sponsorship?', 'will I need an H1B or not?', 'do I really need a visa if I have a green card']) {
      const r = ask(q, { ...ROUTING_FULL, visa: 'unsure' });
      expect(kind(r), q).toBe('plan');
    }
  });
});

describe('a visa\'s fee asked about for oneself is the guides\' answer, not the asker\'s application bill', () => {
  const h1b: Profile = { ...ROUTING_FULL, visa: 'needs_h1b' };
  it('the H-1B petition fee is explained, with the $100,000 figure', () => {
    for (const q of [
      'does the 100k h1b fee apply to me?',
      'I am already on an H-1B as a researcher, would the $100k petition fee hit me if a program sponsors me?',
      'who pays the 100,000 fee in my case, me or the hospital?',
      'is the new H1B fee something I personally have to pay?',
      'my program would file a new petition for me - how much is the h-1b fee now',
    ]) {
      const t = text(ask(q, h1b));
      expect(t, q).toMatch(/100,000/);
      expect(t, q).not.toMatch(/ERAS fees for it|ERAS season fees that is about/);
    }
  });
  it('look-alikes: the asker\'s application bill is still priced from the ERAS fee table', () => {
    for (const q of [
      'how much will my ERAS fees be for 80 programs?',
      'what will my total cost be for applying to 60 IM and 20 FM',
      'how much do I spend on visa fees and ERAS for 70 programs',
      'what is my application budget for 90 programs',
      'how much would 100 applications cost me',
    ]) expect(text(ask(q, h1b)), q).toMatch(/\$\d/);
  });
});
