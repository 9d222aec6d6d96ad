// Trial-12 class: an H-1B plan never says "0 programs state they do" beside "N programs show H-1B evidence" without
// saying the two count different things (a program's own page, or its institution's public filings).
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { classPlan } from '../helpers/plan-base.js';

describe('H-1B counts in one plan are said so they agree', () => {
  it.each([
    ['IM, H-1B, Step 3 passed, anywhere', { visa: 'needs_h1b', step3: { status: 'passed', score: 230 } }],
    ['FM, H-1B, Step 3 passed, SoCal', { visa: 'needs_h1b', step3: { status: 'passed' }, specialty: { primary: 'family_medicine' }, regions: ['la_county', 'orange_county'] }],
    ['EM, H-1B, Step 3 passed', { visa: 'needs_h1b', step3: { status: 'passed' }, specialty: { primary: 'emergency_medicine' } }],
    ['IM, H-1B, no Step 3', { visa: 'needs_h1b', step3: { status: 'not_taken' } }],
    ['psychiatry, H-1B, Step 3 planned', { visa: 'needs_h1b', step3: { status: 'planned' }, specialty: { primary: 'psychiatry' } }],
  ] as const)('%s', (_, p) => {
    const text = (classPlan(p as Partial<Profile>).warnings ?? []).join(' ');
    expect(text).toMatch(/H-1B/);
    expect(text).not.toMatch(/programs in scope state they do,/);
    if (/filed resident H-1B applications/.test(text)) expect(text).toMatch(/separate evidence/);
  });
});
