// Trial-12 class: a reply says each thing once: no doubled subject ("for an H-1B an H-1B needs"), and a count's
// reasoning per specialty is not printed again in the summary right under it.
import { describe, expect, it } from 'vitest';
import { ownFileLine } from '../../src/answers/own-file.js';
import { applicationsText } from '../../src/answers/plan-applications.js';
import type { Profile } from '../../src/domain/profile.js';
import { classPlan } from '../helpers/plan-base.js';

const DOUBLED = /\b(\w+(?: \w+)?) \1\b/i;

describe('the own-visa line never doubles its subject', () => {
  it.each([
    ['either, Step 3 not taken', { visa: 'either', step3: { status: 'not_taken' } }],
    ['either, Step 3 passed', { visa: 'either', step3: { status: 'passed', score: 225 } }],
    ['either, Step 3 planned', { visa: 'either', step3: { status: 'planned' } }],
    ['H-1B only, not passed', { visa: 'needs_h1b', step3: { status: 'not_taken' } }],
    ['H-1B only, passed', { visa: 'needs_h1b', step3: { status: 'passed' } }],
  ] as const)('%s', (_, p) => {
    const line = ownFileLine(p as Profile, ['visa-basics'], 'does my visa need step 3?') ?? '';
    expect(line).toMatch(/H-1B/);
    expect(line).not.toMatch(/an H-1B an H-1B|for an H-1B an H-1B/);
  });
});

describe('the count answer gives each specialty\'s reasoning once', () => {
  it.each([
    ['psychiatry with a neurology backup', { specialty: { primary: 'psychiatry', backup: 'neurology' } }],
    ['internal medicine with a family medicine backup', { specialty: { primary: 'internal_medicine', backup: 'family_medicine' } }],
    ['family medicine alone', { specialty: { primary: 'family_medicine' } }],
    ['pediatrics, reapplying', { specialty: { primary: 'pediatrics' }, stage: 'reapplying' }],
    ['neurology, reapplying (one-year paths too)', { specialty: { primary: 'neurology' }, stage: 'reapplying' }],
  ] as const)('%s', (_, p) => {
    const pl = classPlan(p as Partial<Profile>);
    const text = applicationsText(pl, true, 'how many programs should I apply to and how much');
    for (const c of pl.applications.perSpecialty ?? []) expect(text.split(c.why).length - 1, c.why).toBe(1);
    expect(text).toMatch(/ERAS/);
    expect(text).not.toMatch(DOUBLED);
  });
});
