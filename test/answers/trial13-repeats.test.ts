// Text said once: the "In short" sentence is not repeated in the body, the previous answer's passages are not carried
// into a "what if" with its own topic, "is <score> ok for LA?" is answered yes or no against the screen the guides
// quote, and "how many should I rank?" leads with the asker's own specialty.
import { describe, expect, it } from 'vitest';
import { ADVICE } from './grade.js';
import type { Profile } from '../../src/domain/profile.js';
import { withoutRepeat } from '../../src/answers/passage-cuts.js';

const NOW = new Date('2026-12-07T12:00:00Z');
const IM_221: Profile = { specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 }, step2ck: { taken: true, score: 221, attempts: 1 }, regions: ['la_county'] };
const say = (q: string, profile: Profile = IM_221, previous?: string) => {
  const r = ADVICE.ask(q, { profile, now: NOW, ...(previous ? { previous } : {}) });
  return r.found ? r.answer : '';
};
const short = (a: string) => /^In short: (.*)$/m.exec(a)?.[1];

describe('text said once', () => {
  it('a sentence moved up front is taken out of the body also where it opens a paragraph', () => {
    expect(withoutRepeat('A b.\n\nWhy: x y. More.\n\nZ.', 'Why: x y.')).toBe('A b.\n\nMore.\n\nZ.');
    expect(withoutRepeat('A b.\n\nWhy: x y.\n\nZ.', 'Why: x y.')).toBe('A b.\n\nZ.');
    expect(withoutRepeat('A b. Why: x y. Z.', 'Why: x y.')).toBe('A b. Z.');
    expect(withoutRepeat('- Why: x y.\nZ.', 'Why: x y.')).toBe('- Why: x y.\nZ.');
  });

  it.each([
    'how many programs should i rank',
    'is 221 ok for LA?',
    'why is LA so hard to match?',
    'what counts as a low score?',
    'how do I explain a step 1 fail?',
  ])('the short answer is not said again in the body: %s', (q) => {
    const a = say(q);
    const s = short(a);
    if (s) expect(a.split(s).length - 1).toBe(1);
  });

  it('a what-if with its own topic does not carry the previous answer\'s fee table', () => {
    expect(say('what if my CK was 235', IM_221, 'how much for 60 programs')).not.toMatch(/30 programs: 30 x \$11/);
  });

  it.each([
    ['is 221 ok for LA?', /^In short: No, not for most LA programs: 221 is below the 225–230/],
    ['is 228 enough for los angeles programs', /^In short: Borderline: 228/],
    ['will 240 be competitive in socal', /^In short: It clears the 225–230/],
    ['is my score ok for LA?', /^In short: No, not for most LA programs: 221/],
    ['CK 219, is that good enough for LA programs?', /^In short: No, not for most LA programs: 219/],
  ])('a score judged for LA is answered against the screen the guides quote: %s', (q, lead) => {
    expect(say(q)).toMatch(lead);
  });

  it.each([
    'my friend got 221, is that ok for LA?',
    'is step 1 pass ok for LA?',
    'is LA ok for a family with kids?',
  ])('look-alike: no score verdict for LA: %s', (q) => {
    expect(say(q)).not.toMatch(/^In short: (?:No, not for most|Borderline|It clears)/);
  });

  it.each([
    ['how many programs should i rank', 'pediatrics', /in pediatrics, non-US IMGs who matched in 2026 had ranked a median of 6/],
    ['is a rank list of 4 long enough?', 'psychiatry', /in psychiatry, non-US IMGs who matched in 2026 had ranked a median of 5/],
    ['how long should my rank list be?', 'family_medicine', /in family medicine, non-US IMGs who matched in 2026 had ranked a median of 3/],
  ] as const)('the rank list answered for the asker\'s specialty first: %s (%s)', (q, specialty, lead) => {
    const a = say(q, { ...IM_221, specialty: { primary: specialty } });
    expect(a).toMatch(lead);
    expect(a).toMatch(/Rank every program where you interviewed and would train/);
  });

  it('how many to APPLY to is not the rank-list answer', () => {
    expect(say('how many programs should I apply to?', { ...IM_221, specialty: { primary: 'pediatrics' } })).not.toMatch(/had ranked a median/);
  });
});
