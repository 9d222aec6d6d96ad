// Round 20 (answers20b): families the dev sets showed, each with phrasings written for this test only.
// A thing the guides never hold (how heavy call is at a program, whether a second look moves the rank list) is said
// uncovered even when no passage comes near it, and the fragments after it ("at X", "is it worth it?") go with it
// instead of being answered from a near passage on their own words.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { ask, kind, refused, ROUTING_FULL, text } from '../helpers/ask-kit.js';

const show = (q: string) => `${kind(ask(q))}: ${text(ask(q)).slice(0, 200)}`;

describe('call schedules and second looks: not in the guides, said so with where to look', () => {
  for (const q of [
    'what is the call like at Harbor vs Kern for interns, are the 28-hour shifts every fourth night?',
    'honestly how heavy are the night shifts at White Memorial? q3 or q4?',
    'Kern FM asked me to come for a revisit day in February. If I skip it, does it hurt where they rank me?',
    'is a 2nd look worth the flight or do programs not care?',
  ]) {
    it(q, () => {
      const r = ask(q);
      expect(kind(r), show(q)).not.toBe('articles');
      expect(text(r), show(q)).toMatch(/do not cover/);
    });
  }
  it('a phone call from a program is not a call schedule', () => {
    const q = 'will a program call me to set up the interview or only email?';
    expect(text(ask(q))).not.toMatch(/how heavy call/);
  });
});

// Someone else's result asked of the asker's own file is read before the score-for-LA line (the score named is the
// other person's) and in looser words ("about the same", "same stats", "IVs"); the asker's own score is said.
const FILE: Profile = { ...ROUTING_FULL, step2ck: { taken: true, score: 224, attempts: 1 }, cycle: { submitted: true, interviews: 2 } };
describe("another applicant's result: the asker's own score, and no prediction", () => {
  for (const q of [
    'a guy from my med school scored 239 and matched FM in Riverside. similar stats to me, so I can expect about the same?',
    'my classmate had 236 and got 10 IVs for IM in LA, we have the same background so I will get roughly the same right',
    'people who scored 240 from my country matched at Harbor last year. I should be fine there too, no?',
  ]) {
    it(q, () => {
      const r = ask(q, FILE);
      expect(kind(r), show(q)).toBe('plan');
      expect(text(r)).toMatch(/\b224\b/);
      expect(text(r)).toMatch(/cannot predict/);
    });
  }
});

// A green card the asker is waiting for (an interview, a wedding ahead) asked for what it changes in their Match: the
// saved visa need stands until the card is in hand, the date cannot be counted on, the J-1's home-country rule, and the
// case itself left to an attorney; answered, never refused whole. A partner's card held, or a spouse's own case, is not it.
describe('a pending green card and the rank list: answered from the saved visa need', () => {
  for (const q of [
    'our marriage-based green card case is pending, the interview might be in February. do I keep only J-1 programs on my rank list?',
    'Quick one: my GC through my wife should be approved around May. Does it matter which programs I rank, sponsoring or not?',
    'if my green card gets approved before July, should I have picked programs that don\'t sponsor visas too? I marked J-1 on ERAS',
  ]) {
    it(q, () => {
      const r = ask(q, ROUTING_FULL);
      expect(refused(r), show(q)).toBe(false);
      expect(text(r)).toMatch(/J-1, as you saved/);
      expect(text(r)).toMatch(/cannot count on/);
      expect(text(r)).toMatch(/immigration attorney/);
    });
  }
  it("a partner's card, held and told as theirs, is not a pending status", () => {
    const q = 'My husband: FM, green card holder. I need an H-1B. How do we rank as a couple so both our programs work?';
    expect(text(ask(q, ROUTING_FULL))).not.toMatch(/still pending/);
  });
  it("a spouse's own case stays declined", () => {
    const q = 'my wife has her green card interview in April, can she work as a nurse while I am a resident?';
    expect(text(ask(q, ROUTING_FULL))).not.toMatch(/still pending/);
  });
});
