// Proves "why is <program> a reach?" for a program in the unverified ("check first") group answers in words: that it
// is not a tier yet and why, what is known (the Step 2 CK comparison with its source and year), and what to check,
// with a plain pointer to what a source mentions (never our researchers' notes), never a truncated address.
import { describe, expect, it } from 'vitest';
import type { AskResult } from '../../src/domain/advice.js';
import type { Profile } from '../../src/domain/profile.js';
import { ADVICE } from './grade.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const text = (r: AskResult) => (r.found ? r.answer : '');
const J1_LOW: Profile = {
  specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 2 },
  step2ck: { taken: true, score: 214, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2021,
  usce: { months: 2, kind: 'observership', where: ['la_county'] }, regions: ['la_county'],
};
const H1B_HIGH: Profile = { ...J1_LOW, visa: 'needs_h1b', step1: { result: 'passed', attempts: 1 }, step2ck: { taken: true, score: 258, attempts: 1 }, step3: { status: 'passed', score: 240 }, regions: ['anywhere'] };

describe('why an unverified program is where it is', () => {
  it.each([
    ['a J-1 applicant with CK 214', J1_LOW, /takes a J-1/, /Step 2 CK 214 is below the median 251 \(mean 249\) for non-US IMGs who matched in internal medicine \(2026, NRMP Charting Outcomes\)/],
    ['an H-1B applicant with CK 258', H1B_HIGH, /takes an H-1B/, /Step 2 CK 258 is at or above the median 251 \(mean 249\)/],
  ] as const)('%s asking "why is Cedars a reach?"', (_who, profile, visa, score) => {
    const out = text(ADVICE.ask('why is Cedars a reach?', { profile, now: NOW }));
    expect(out).toMatch(/^Cedars-Sinai Medical Center Program (is at best a reach for you, and only if it takes an? [HJ]-1B?: check that first\. It )?is not a reach, target or safety yet: it is in your "check first" group/);
    expect(out).toMatch(visa);
    expect(out).toMatch(/What we know:/);
    expect(out).toMatch(score);
    expect(out).toMatch(/To check:\n- /);
    // our researchers' notes never reach users: a plain pointer to what a source mentions, to read on the program's site
    expect(out).toMatch(/a source mentions its rules on [a-z ,]+: read them on the program's own site/);
    // no raw or truncated address, no "source note" label, no doubled full stop
    expect(out).not.toMatch(/source note|\.\.\.\/|\.html|https?:|\.\.\s*$/m);
  });
});
