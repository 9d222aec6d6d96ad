// Round 16 own-plan follow-up families (knowledge/answers/plan-follow-ups.json), in phrasings written for this test only
// (none from a question set), asked of a saved file, each with look-alikes that keep their old answer:
// - "are N interviews enough?", "can I cancel some?": the count (said, else saved) against the median rank list of
//   non-US IMGs who matched in the asker's specialty; below it the few-interviews advice, at or above it decline only
//   what one would not rank; a count not known is asked for;
// - "my batchmate had 231 and matched, so I should be ok?": another person's result does not carry over; the asker's own
//   Step 2 CK beside theirs and beside the matched figures; a score not known is asked for;
// - "is 60 enough?" with nothing else named is the size of the asker's list;
// - a region named to rule it out ("not riverside", "SoCal except OC") is no region of the list.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { ask, kind, needs, ROUTING_FULL, text, without } from '../helpers/ask-kit.js';

const INTERVIEWING: Profile = { ...ROUTING_FULL, stage: 'interviewing', cycle: { submitted: true, interviews: 3 } };
const PSYCH: Profile = { ...INTERVIEWING, specialty: { primary: 'psychiatry' } };

describe('an interview count judged against the rank lists of those who matched', () => {
  it('a count above the median: a good sign, no promise, decline only what you would not rank', () => {
    for (const q of ['eleven invites now. Too many? could I say no to the far ones?', 'I have 13 IIs, should I cancel a couple', 'sitting on 10 interviews... is that a lot or am I being greedy accepting more']) {
      const r = ask(q, INTERVIEWING);
      expect(kind(r), q).toBe('plan');
      expect(text(r), q).toMatch(/who matched in internal medicine had ranked a median of 5 programs/);
      expect(text(r), q).toMatch(/(at or above|well above) that median/);
      expect(text(r), q).toMatch(/declin|cancel/i);
      expect(text(r), q).not.toMatch(/Adding programs now/);
    }
  });
  it('a count below the median of the asker\'s own specialty: the few-interviews advice, with declining warned against', () => {
    for (const q of ['just 2 interviews in psych, is that enough?', 'only three invites so far, can i decline the one in Fresno?', 'tengo 2 entrevistas, es suficiente?']) {
      const t = text(ask(q, PSYCH));
      expect(t, q).toMatch(/who matched in psychiatry had ranked a median of 5 programs/);
      expect(t, q).toMatch(/Below that median/);
      expect(t, q).toMatch(/SOAP/);
    }
    expect(text(ask('only three invites so far, can i decline the one in Fresno?', PSYCH))).toMatch(/decline only a program you would never rank/);
  });
  it('the saved count is read when the question gives none; none saved is asked for after the medians', () => {
    expect(text(ask('how many interviews do I need to feel safe?', INTERVIEWING))).toMatch(/You have 3 interviews so far[^]*Below that median/);
    // (merged with trial16a's interview-count.ts: with no count saved or said, no count is invented)
    const r = ask('what number of interviews should I have to be safe', without(INTERVIEWING, 'cycle'));
    expect(text(r)).not.toMatch(/You have \d+ interviews/);
  });
  it('look-alikes: preparing for interviews, and letters enough to get interviews, are not this family', () => {
    expect(text(ask('how should I prepare for my 4 interviews, are mocks enough?', INTERVIEWING))).not.toMatch(/median rank list/);
    expect(text(ask('are my letters strong enough to get interviews in LA?', INTERVIEWING))).not.toMatch(/median rank list/);
  });
});

describe('another person\'s result asked of the asker\'s own file', () => {
  it('their score beside the asker\'s own, and the asker\'s own beside the matched figures', () => {
    for (const q of ['a senior from my college had 241 and landed IM at a county hospital in LA. same college, so I can expect the same?', 'my roommate got 12 interviews with a 244, how many will I get?', 'mi amigo sacó 240 y consiguió plaza en Los Ángeles, puedo esperar lo mismo?']) {
      const t = text(ask(q, INTERVIEWING));
      expect(t, q).toMatch(/Your 228 is \d+ points lower than the 24[014] you mention/);
      expect(t, q).toMatch(/Your Step 2 CK of 228 beside the non-US IMGs who matched in 2026/);
      expect(t, q).not.toMatch(/you will (get|match)/i);
    }
  });
  it('no score told of them: still their result does not carry over; no score of the asker\'s: asked for', () => {
    expect(text(ask('my cousin matched FM in California last year, will I match too?', INTERVIEWING))).toMatch(/does not carry over/);
    const r = ask('my classmate scored 236 and matched psych, my chances then?', { ...INTERVIEWING, step2ck: { taken: false } });
    expect(needs(r)).toBe('step2ck');
  });
  it('look-alike: a question about the other person\'s own case stays theirs', () => {
    expect(text(ask('my friend matched at Harbor last year, what should he do for fellowship?', INTERVIEWING))).toMatch(/one person per chat/);
  });
});

describe('a bare count judged is the size of the asker\'s list', () => {
  it('"is 60 enough?" and its short forms get the plan\'s count', () => {
    for (const q of ['is 60 enough?', 'and 45, too few?', 'what about 90, ok?']) expect(text(ask(q, ROUTING_FULL)), q).toMatch(/apply to about \d+–\d+ programs/);
  });
  it('look-alike: a score-sized number is not a count of programs', () => {
    expect(text(ask('is 230 enough?', ROUTING_FULL))).not.toMatch(/apply to about \d+–\d+ programs/);
  });
});

describe('a region ruled out is not asked for', () => {
  it('"not riverside", "except OC and San Diego", "no IE" leave those regions out of the list', () => {
    const LA_IE: Profile = { ...ROUTING_FULL, regions: ['la_county', 'inland_empire'] };
    for (const q of ['which programs take my J-1 in LA? not riverside or san bernardino', 'J-1 friendly IM programs for me in SoCal except San Diego and OC, and no IE', 'programs in los angeles that take j1 for me, skip inland empire']) {
      const t = text(ask(q, LA_IE));
      expect(t, q).toMatch(/LA County/);
      expect(t, q).not.toMatch(/Loma Linda|Riverside University|Moreno Valley|\(Riverside\)|San Diego\)|\(Orange\)/);
    }
  });
});

