// Round 14 own-plan classes, in phrasings written for this test only (none from a question set), asked as a
// conversation with a saved file, each with look-alikes that keep their old answer:
// - a practice or predicted score is never the asker's result: the saved Step 2 CK is the one judged;
// - a question turns on one saved fact it names in its own words, never as "my X" (knowledge/answers/
//   fact-questions.json): US experience, letters, graduation year, a J-1's home-country rule, the exam record, the score;
//   a fact not saved is asked for, never scored as weak;
// - "it" or "that" with nothing named means the saved red flag, also when asking what it does ("will they filter me
//   out for it?"), and the guides' passage on that flag is the one shown.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { ask, kind, needs, ROUTING_FULL, text, without } from '../helpers/ask-kit.js';

const OBSERVER: Profile = { ...ROUTING_FULL, usce: { months: 1, kind: 'observership', where: [] }, usLors: { count: 0, inSpecialty: false } };
const RETAKER: Profile = { ...ROUTING_FULL, step1: { result: 'passed', attempts: 2 } };
const OLD_GRAD: Profile = { ...ROUTING_FULL, graduationYear: 2011 };

describe('a practice score beside a question is not the result', () => {
  for (const q of [
    'UWSA 2 came back 252 - realistically, what are my chances for internal medicine in LA?',
    'I got 247 on an NBME last week - is my CK competitive for IM in LA?',
    'with a free 120 predicting 245, where do I stand for internal medicine?',
  ]) {
    it(q, () => {
      const t = text(ask(q, ROUTING_FULL));
      expect(t, q).toMatch(/228/);
      expect(t, q).not.toMatch(/(?:CK|Step 2 CK) (?:of )?2(?:52|47|45)\b/);
    });
  }
  it('a real score stated as the result is still read', () => {
    expect(text(ask('I scored 241 on Step 2 CK, is that good for IM in LA?', { ...ROUTING_FULL, step2ck: { taken: false } }))).toMatch(/241/);
  });
});

describe('a saved fact named in the asker\'s own words', () => {
  it('US experience: the saved months and kind, and the letters it brings', () => {
    for (const q of [
      'be straight with me, are the clinical months I did in the US enough?',
      'do I have enough hands-on time in american hospitals?',
      'is the observership stuff I did good enough for programs?',
    ]) {
      const t = text(ask(q, OBSERVER));
      expect(t, q).toMatch(/observership only/);
      expect(t, q).toMatch(/hands-on/);
      expect(t, q).toMatch(/US letters?/);
    }
  });
  it('US experience not saved: asked for, never called weak', () => {
    for (const q of ['are the US rotations I did good enough?', 'is my hands-on time in US hospitals ok?', 'do I have sufficient clinical exposure in the US?']) {
      const r = ask(q, without(ROUTING_FULL, 'usce'));
      expect(needs(r), q).toBe('usce');
      expect(text(r), q).not.toMatch(/short of what many programs/);
    }
  });
  it('graduation year: the saved year and what it closes in the plan', () => {
    for (const q of [
      'do programs care how long ago I finished medical school?',
      'am I an older grad in their eyes, is that a problem?',
      'will the years since I graduated block me?',
    ]) expect(text(ask(q, OLD_GRAD)), q).toMatch(/Your saved graduation year is 2011/);
  });
  it('a J-1 saved: the home-country rule answers "go home", "waiver" and "stay on" questions', () => {
    for (const q of [
      'would I have to go back home once residency is over?',
      'can I stay in the US after I finish training?',
      'is the 2 year rule something I need to plan around?',
      '¿tengo que regresar a mi país cuando termine la residencia?',
    ]) {
      const r = ask(q, ROUTING_FULL);
      expect(kind(r), q).not.toBe('refusal');
      expect(text(r), q).toMatch(/you need a J-1[^.]*two-year home-country requirement/i);
    }
  });
  it('a green card saved: no home-country rule is put on the asker', () => {
    const r = ask('will I have to go back home after residency?', { ...ROUTING_FULL, visa: 'green_card' });
    expect(text(r)).toMatch(/green card: you need no visa sponsorship/);
    expect(text(r)).not.toMatch(/you need a J-1/);
  });
  it('the exam record: the saved attempts, a clean record said to meet no attempt limit', () => {
    for (const q of ['will the fail get me screened out by programs?', 'is having two attempts going to filter me out?', 'does a retake rule me out at most places?']) {
      expect(text(ask(q, RETAKER)), q).toMatch(/Step 1 passed on attempt 2/);
    }
    expect(text(ask('will a fail get me screened out by programs?', ROUTING_FULL))).toMatch(/No failed attempt is saved/);
  });
  it('the score judged for a specialty it names, from the saved score', () => {
    for (const q of ['is step 2 going to be a problem for me in psychiatry?', 'will my CK be an issue for family medicine?', 'is the CK I have too low for me in pediatrics?']) {
      expect(text(ask(q, ROUTING_FULL)), q).toMatch(/Your Step 2 CK of 228 beside the non-US IMGs who matched/);
    }
  });
  it('look-alikes: a how-to, someone else\'s file and a general question keep their own answers', () => {
    expect(text(ask('how do I find hands-on US clinical experience?', OBSERVER))).not.toMatch(/observership only/);
    expect(text(ask('my friend has no USCE at all, is that bad for her?', OBSERVER))).not.toMatch(/Your saved US clinical experience/);
    expect(text(ask('what is the J-1 two-year home residency requirement?', ROUTING_FULL))).toMatch(/two-year/);
  });
});

describe('the J-1 rule is said only to someone it applies to', () => {
  it('an H-1B saved: no waiver is needed for it', () => {
    for (const q of ['do I need a waiver at some point?', 'will I have to go home when residency ends?', 'is the two-year home thing an issue for me?']) {
      expect(text(ask(q, { ...ROUTING_FULL, visa: 'needs_h1b' })), q).toMatch(/H-1B: it carries no two-year home-country requirement/);
    }
  });
  it('no visa saved: the visa is asked for', () => {
    expect(needs(ask('do I need a waiver at some point?', without(ROUTING_FULL, 'visa')))).toBe('visa');
  });
});

describe('a list filtered by what the plan was not built for says so', () => {
  it('a specialty or region not saved is named, never read as nothing open', () => {
    for (const [q, re] of [
      ['any psych programs in the inland empire for me?', /psychiatry is not a specialty your plan covers[\s\S]*the Inland Empire is not a region you chose/],
      ['which peds programs would I fit in LA?', /pediatrics is not a specialty your plan covers/],
      ['show me my San Diego programs', /San Diego is not a region you chose/],
    ] as [string, RegExp][]) expect(text(ask(q, { ...ROUTING_FULL, regions: ['la_county'] })), q).toMatch(re);
  });
});

describe('"why no interviews" in other words reads the file\'s holes', () => {
  const OLD_STRONG: Profile = { ...ROUTING_FULL, step2ck: { taken: true, score: 250, attempts: 1 }, graduationYear: 2010 };
  for (const q of ['scores are solid, so why is nobody inviting me?', 'no program has contacted me yet, what is wrong?', 'I haven\'t heard back from anyone - why?']) {
    it(q, () => expect(text(ask(q, OLD_STRONG)), q).toMatch(/graduated 16 years ago/));
  }
});

describe('"it" with nothing named is the saved red flag', () => {
  for (const q of ['will programs filter me out because of that?', 'how should I put it in my personal statement?', 'does it count against me with program directors?']) {
    it(q, () => {
      const t = text(ask(q, RETAKER));
      expect(t, q).toMatch(/Step 1 passed on the second attempt/);
      expect(t, q).toMatch(/transcript|briefly/);
    });
  }
  it('a clean file adds nothing', () => {
    expect(text(ask('will programs filter me out because of that?', ROUTING_FULL))).not.toMatch(/Your saved file shows/);
  });
});
