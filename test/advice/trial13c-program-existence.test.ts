// Trial-13 class: a program the ACGME public program list names exists, whatever else its sources are; only its rules
// from an indirect or old source stay unknown. A program the list does not name, resting on an indirect source, is
// still checked for existence first.
import { describe, expect, it } from 'vitest';
import type { Plan, PlannedProgram } from '../../src/domain/plan.js';
import { programById } from '../../src/domain/plan-facts.js';
import type { Profile } from '../../src/domain/profile.js';
import { classPlan } from '../helpers/plan-base.js';

const checks = (plan: Plan, id: string): string => {
  const p = programById(plan, id) as PlannedProgram | undefined;
  if (!p) throw new Error(`${id} is not in the plan`);
  return [...p.verify, p.evidence?.basis ?? '', ...(p.evidence?.check ?? [])].join(' | ');
};
const plan = (p: Partial<Profile>) => classPlan({ visa: 'green_card', regions: ['anywhere'], ...p });

describe('listed by ACGME: its existence is not in doubt, its rules from an old source are', () => {
  it.each([
    ["Children's Hospital Los Angeles (pediatrics)", { specialty: { primary: 'pediatrics' } }, '3200511028'],
    ['UCLA-Kern (psychiatry)', { specialty: { primary: 'psychiatry' } }, '4000522298'],
    ['UCLA-Kern for an H-1B seeker', { specialty: { primary: 'psychiatry' }, visa: 'needs_h1b' }, '4000522298'],
    ["CHLA for a J-1 seeker", { specialty: { primary: 'pediatrics' }, visa: 'needs_j1' }, '3200511028'],
    ['CHLA for a US citizen', { specialty: { primary: 'pediatrics' }, visa: 'us_citizen' }, '3200511028'],
  ] as const)('%s', (_, p, id) => {
    const said = checks(plan(p as Partial<Profile>), id);
    expect(said).not.toMatch(/confirm on its own site that it exists|may no longer exist/);
    expect(said).toMatch(/ACGME public program list \(2025/);
  });
});

describe('look-alikes: not on the ACGME list and resting on an indirect source, existence is still checked first', () => {
  it.each([
    ['UC Riverside internal medicine (not on the list)', { specialty: { primary: 'internal_medicine' } }, '1400500903'],
    ['Sierra Vista family medicine (not on the list)', { specialty: { primary: 'family_medicine' } }, '1200500726'],
    ['Desert Regional neurology (not on the list)', { specialty: { primary: 'neurology' } }, '1800500166'],
    ['UC Riverside IM for a J-1 seeker', { specialty: { primary: 'internal_medicine' }, visa: 'needs_j1' }, '1400500903'],
    ['Sierra Vista FM for a US citizen', { specialty: { primary: 'family_medicine' }, visa: 'us_citizen' }, '1200500726'],
  ] as const)('%s', (_, p, id) => {
    const said = checks(plan(p as Partial<Profile>), id);
    expect(said).toMatch(/exist/);
    expect(said).not.toMatch(/ACGME public program list \(2025/);
  });
});

// "university program" only where the table's type is more than a name naming a university as an affiliate of a
// hospital ("UCLA-Kern Medical Center": a county hospital in Bakersfield; "Sutter Santa Rosa.../UCSF"): those are
// "type not settled by a source"; programs a university runs keep their type.
const typeSaid = (plan: Plan, id: string) => (programById(plan, id)?.reasons ?? []).join(' | ');
describe('a university named only as a hospital\'s affiliate does not make a university program', () => {
  it.each([
    ['UCLA-Kern (Bakersfield)', 'psychiatry', '4000522298'],
    ['UCLA-San Fernando Valley/VA', 'psychiatry', '4000531032'],
    ['Sutter Santa Rosa/UCSF', 'family_medicine', '1200511065'],
    ['UCR/Desert Regional (Palm Springs)', 'family_medicine', '1200500737'],
    ['Riverside Community Hospital/UCR', 'transitional_year', '9990500248'],
  ] as const)('%s', (_, specialty, id) => {
    const said = typeSaid(plan({ specialty: { primary: specialty } }), id);
    expect(said).not.toMatch(/university program/);
    expect(said).toMatch(/program type not settled by a source/);
  });
});

describe('look-alikes: programs a university runs keep "university program"', () => {
  it.each([
    ['UC Irvine psychiatry', 'psychiatry', '4000521020'],
    ['UC San Diego psychiatry', 'psychiatry', '4000521026'],
    ['UC Riverside psychiatry', 'psychiatry', '4000500315'],
    ['UCSF Fresno psychiatry', 'psychiatry', '4000521018'],
    ['UC San Diego family medicine', 'family_medicine', '1200521058'],
  ] as const)('%s', (_, specialty, id) => {
    expect(typeSaid(plan({ specialty: { primary: specialty } }), id)).toMatch(/university program/);
  });
});
