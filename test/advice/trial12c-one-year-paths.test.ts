// Trial-12 class: a reapplicant's one-year positions (preliminary medicine, transitional year) are a path into the field
// they aim at. A field that starts with its own PGY-1 as first choice (psychiatry, family medicine, pediatrics...) gets
// none because internal medicine is its backup; a field that needs a separate intern year keeps them wherever it sits.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { classPlan as plan } from '../helpers/plan-base.js';

const re = (specialty: NonNullable<Profile['specialty']>) => plan({ stage: 'reapplying', specialty });
const counted = (p: ReturnType<typeof plan>) => p.applications.perSpecialty!.map((c) => c.specialty);

describe('no intern-year applications for a first choice that has its own PGY-1, whatever the backup', () => {
  it.each([
    ['psychiatry first, internal medicine backup', { primary: 'psychiatry', backup: 'internal_medicine' }],
    ['family medicine first, internal medicine backup', { primary: 'family_medicine', backup: 'internal_medicine' }],
    ['pediatrics first, internal medicine backup', { primary: 'pediatrics', backup: 'internal_medicine' }],
    ['OB/GYN first, internal medicine backup', { primary: 'obstetrics_gynecology', backup: 'internal_medicine' }],
    ['pathology first, internal medicine backup', { primary: 'pathology', backup: 'internal_medicine' }],
  ] as const)('%s', (_, s) => {
    const c = counted(re(s));
    expect(c).not.toContain('prelim_internal_medicine');
    expect(c).not.toContain('transitional_year');
  });
});

describe('look-alikes: the intern year stays where it leads into the aim', () => {
  it.each([
    ['internal medicine first, family medicine backup', { primary: 'internal_medicine', backup: 'family_medicine' }],
    ['neurology first', { primary: 'neurology' }],
    ['psychiatry first, neurology backup (neurology may need a separate PGY-1)', { primary: 'psychiatry', backup: 'neurology' }],
    ['anesthesiology first, internal medicine backup', { primary: 'anesthesiology', backup: 'internal_medicine' }],
    ['internal medicine first, psychiatry backup', { primary: 'internal_medicine', backup: 'psychiatry' }],
  ] as const)('%s', (_, s) => {
    expect(counted(re(s))).toEqual(expect.arrayContaining(['prelim_internal_medicine', 'transitional_year']));
  });
});
