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

// The order of the asker's own rank list ("X or Y at #1?", "can I leave the far ones off?") is answered from how the
// Match reads a list: true preference first, every acceptable program kept, the interviews against the median.
describe('the order of my rank list: preference, every acceptable program, the visa', () => {
  const file: Profile = { ...ROUTING_FULL, cycle: { submitted: true, interviews: 5 } };
  for (const q of [
    'Harbor felt like home but Kern gives me more procedures. which one should I rank first?',
    'thinking of putting the Fresno program last or just dropping it off my list, I really don\'t want to move there',
    'I only want to rank the three programs in Orange County and skip the rest. bad idea?',
  ]) {
    it(q, () => {
      const r = ask(q, file);
      expect(kind(r), show(q)).toBe('plan');
      expect(text(r)).toMatch(/true order of preference/);
      expect(text(r)).toMatch(/Rank every program where you interviewed/);
      expect(text(r)).toMatch(/J-1/);
    });
  }
  it('a letter of intent to a first choice is not the order of the list', () => {
    const q = 'UCI is my first choice, should I send them a letter of intent?';
    expect(text(ask(q, file))).not.toMatch(/true order of preference, where you would rather/);
  });
});

// "My field", "my specialty" with no specialty saved: the guides' figures, then the specialty asked for.
describe('"my field" with no specialty saved asks for it', () => {
  const { specialty: _s, ...noSpecialty } = ROUTING_FULL;
  for (const q of [
    'how many non-US IMGs matched in my specialty in 2026?',
    'is 226 below the average for my field?',
    'what share of applicants in my chosen specialty were IMGs?',
  ]) it(q, () => expect(ask(q, noSpecialty).found && (ask(q, noSpecialty) as { needs?: string }).needs, show(q)).toBe('specialty'));
});

// "Should I panic?", "I'm panicking" about a count or a date is a figure of speech, not a health question.
describe('panic as a figure of speech is answered, a panic attack and a medicine still refused', () => {
  for (const q of [
    'just 2 invites for psych and it is mid-December. time to panic or not yet?',
    'everyone in my group chat is panicking about the H-1B fee, does it change anything for me on a J-1?',
    'is it normal to have no interview by now or should I start panicking?',
  ]) it(q, () => expect(refused(ask(q, ROUTING_FULL)), show(q)).toBe(false));
  it('a panic attack with a medicine asked is still refused', () => {
    const q = 'I had a panic attack during my last NBME. which beta blocker dose should I take on exam day?';
    expect(refused(ask(q, ROUTING_FULL))).toBe(true);
  });
});
