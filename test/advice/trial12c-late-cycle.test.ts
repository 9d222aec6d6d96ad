// Trial-12 class: "It is late in this cycle" is for someone applying in this cycle. A reapplicant in interview season
// whose applications are not in is preparing the next cycle (they apply next September), and is not told it is late.
import { describe, expect, it } from 'vitest';
import { profileSchema, type Profile } from '../../src/domain/profile.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { CLASS_BASE } from '../helpers/plan-base.js';
import { FULL_KB } from '../helpers/plan-kb.js';

const at = (p: Partial<Profile>, when: string) => buildPlan(profileSchema.parse({ ...CLASS_BASE, ...p }), FULL_KB, new Date(when));
const ids = (p: Partial<Profile>, when: string) => at(p, when).nextSteps.map((s) => s.id);

describe('a reapplicant without applications in this cycle is not told it is late', () => {
  it.each([
    ['December, reapplying, nothing submitted', { stage: 'reapplying' }, '2026-12-06T12:00:00Z'],
    ['January, reapplying after two interviews last year', { stage: 'reapplying', specialty: { primary: 'psychiatry', backup: 'internal_medicine' } }, '2027-01-10T12:00:00Z'],
    ['February, reapplying, family medicine', { stage: 'reapplying', specialty: { primary: 'family_medicine' } }, '2027-02-02T12:00:00Z'],
    ['November, reapplying with a J-1', { stage: 'reapplying', visa: 'needs_j1' }, '2026-11-15T12:00:00Z'],
    ['March, reapplying, not submitted', { stage: 'reapplying', cycle: { submitted: false } }, '2027-03-01T12:00:00Z'],
  ] as const)('%s', (_, p, when) => {
    expect(ids(p as Partial<Profile>, when)).not.toContain('late-this-cycle');
  });
});

describe('look-alikes: applying in this cycle, or a reapplicant whose applications are in, still hears it', () => {
  it.each([
    ['December, applying this cycle', { stage: 'applying' }, '2026-12-06T12:00:00Z'],
    ['January, applying this cycle, psychiatry', { stage: 'applying', specialty: { primary: 'psychiatry' } }, '2027-01-10T12:00:00Z'],
    ['December, reapplying with applications submitted', { stage: 'reapplying', cycle: { submitted: true, interviews: 1 } }, '2026-12-06T12:00:00Z'],
    ['February, applying, submitted', { stage: 'applying', cycle: { submitted: true } }, '2027-02-02T12:00:00Z'],
    ['November, reapplying, submitted with no interviews', { stage: 'reapplying', cycle: { submitted: true, interviews: 0 } }, '2026-11-15T12:00:00Z'],
  ] as const)('%s', (_, p, when) => {
    expect(ids(p as Partial<Profile>, when)).toContain('late-this-cycle');
  });
});
