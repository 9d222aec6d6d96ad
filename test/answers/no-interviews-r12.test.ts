// Round 12: "140 applications, zero interviews, what is wrong?" asks why the asker's own season came back empty, in
// phrasings written for this test only. The likely causes are the holes of the saved file (here: no US clinical
// experience, a low CK), said first, before the guides' advice for the season. Look-alikes: a question about how
// many programs to add, whether no interviews yet is normal, or someone else's season keeps its old answer.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { ask, ROUTING_FULL, text } from '../helpers/ask-kit.js';

const THIN: Profile = {
  ...ROUTING_FULL, step2ck: { taken: true, score: 216, attempts: 1 }, usce: { months: 0, kind: 'none', where: [] },
  stage: 'applying', cycle: { submitted: true, interviews: 0 },
};
const CAUSES = /most likely held you back/;

describe('why the asker got no interviews is read from their own file', () => {
  it('names the file\'s holes as the likely causes', () => {
    for (const q of [
      'sent 120 applications and got zero interviews. what am I doing wrong??',
      'why am I not getting any interviews, its already november',
      'no invites at all from 95 programs - what is the problem with my application',
      'not a single interview invite yet. why?',
      'nobody invited me this cycle, what went wrong',
    ]) {
      const t = text(ask(q, THIN));
      expect(t, q).toMatch(CAUSES);
      expect(t, q).toMatch(/US clinical experience/);
    }
  });
  it('look-alikes: other questions about interviews keep their answers', () => {
    for (const q of [
      'zero interviews so far, should I apply to more programs now?',
      'is it normal to have no interviews yet in October?',
      'why do programs send interview invites so late?',
      'my friend got zero interviews, why would that happen to him?',
      'how many interviews do I need to match?',
    ]) expect(text(ask(q, THIN)), q).not.toMatch(CAUSES);
  });
});
