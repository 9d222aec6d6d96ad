// Once a couples match is stored, the partner's specialty and visa told later ("husband: IM, needs J-1", at the
// read-back or anywhere) go to the couples fields, never to the applicant's own visa or specialty.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { understand } from '../../src/engine/understand/understand.js';

const NOW = new Date('2026-12-06T12:00:00Z');
const profile: Profile = { specialty: { primary: 'internal_medicine' }, visa: 'green_card', couples: { matching: true } };

describe('the partner, once a couples match is stored', () => {
  it.each([
    ['husband: IM, needs J-1', 'internal_medicine', true],
    ['my wife is doing peds and she needs an h1b', 'pediatrics', true],
    ['partner is FM, he is a US citizen', 'family_medicine', false],
  ])('"%s" updates the partner, not the applicant', (message, specialty, needsVisa) => {
    const u = understand(message, { profile, now: NOW });
    const fields = u.updates.map((x) => x.field);
    expect(fields).not.toContain('visa');
    expect(fields).not.toContain('specialty');
    const couples = u.updates.find((x) => x.field === 'couples')?.value as Profile['couples'];
    expect(couples).toMatchObject({ matching: true, partnerSpecialty: specialty, partnerNeedsVisa: needsVisa });
  });

  it('without a stored couples match, "my husband needs a J-1" is still not the applicant\'s visa', () => {
    const u = understand('my husband needs a J-1', { profile: { specialty: { primary: 'internal_medicine' } }, now: NOW, pending: 'visa' });
    expect(u.updates.find((x) => x.field === 'visa')?.value).not.toBe('needs_j1');
  });
});
