// Round-17 plan families, with files of our own (none taken from a development set): a visa seeker's programs beyond
// the regions they named that rest only on an institution's filings are checked first, not targets; a work permit at a
// program that names a closed list of statuses is closed there, and at a "no visas" program is checked first; a stated
// least length of US experience closes a program to shorter files; a student whose ECFMG status was never said hears
// the certification step; a weak file in a field most non-US IMGs do not match has no target on filings alone.
import { describe, expect, it } from 'vitest';
import type { Plan, PlannedProgram } from '../../src/domain/plan.js';
import { profileSchema, type Profile } from '../../src/domain/profile.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { FULL_KB } from '../helpers/plan-kb.js';
import { base, NOW } from '../helpers/j1-im-plan.js';

const plan = (p: Record<string, unknown>, now = NOW): Plan => buildPlan(profileSchema.parse({ ...base, ...p } as Profile), FULL_KB, now);
const good = (pl: Plan): PlannedProgram[] => [...pl.tiers.target, ...pl.tiers.safety];
const codes = (p: PlannedProgram | undefined) => (p?.reasonCodes ?? []).map((r) => r.code);
const named = (list: readonly PlannedProgram[], sub: string) => list.filter((p) => p.name.includes(sub));
const text = (pl: Plan) => [...(pl.warnings ?? []), ...(pl.sharedNotes ?? []), ...pl.nextSteps.map((s) => `${s.title} ${s.detail}`)].join('\n');

describe('beyond the regions a visa seeker named, filings alone make no target', () => {
  it.each([
    ['"J-1, IM, CK 244, San Diego or Orange County only: my husband works in Irvine"', { step2ck: { taken: true, score: 244, attempts: 1 }, regions: ['san_diego', 'orange_county'] }],
    ['"psych, need a visa, either one, I stay in the Inland Empire"', { specialty: { primary: 'psychiatry' }, visa: 'either', regions: ['inland_empire'] }],
    ['"pediatrics on a J-1, LA County, my kids are in school here"', { specialty: { primary: 'pediatrics' }, regions: ['la_county'] }],
  ])('%s', (_, p) => {
    const pl = plan(p);
    const regions = (p as { regions: string[] }).regions;
    // no target or safety outside the named regions rests on filings alone
    expect(good(pl).filter((x) => !regions.includes(x.region) && x.evidence?.level === 'public evidence')).toEqual([]);
    // they are said in the widening note, with what to ask
    expect(pl.sharedNotes?.join(' ')).toMatch(/Widening beyond the regions you chose: .*work-visa filings \(ask each whether it takes your visa\)/);
  });
  it('the same file open to anywhere keeps them as targets (at most), and a reapplicant who named regions keeps them too', () => {
    const wide = plan({ step2ck: { taken: true, score: 244, attempts: 1 }, regions: ['anywhere'] });
    expect(good(wide).some((x) => x.band === 'national' && x.evidence?.level === 'public evidence')).toBe(true);
    const again = plan({ step2ck: { taken: true, score: 244, attempts: 1 }, regions: ['la_county'], stage: 'reapplying' });
    expect(good(again).some((x) => x.band === 'national' && x.evidence?.level === 'public evidence')).toBe(true);
  });
  it('a citizen who named regions still sees realistic fits beyond them (no visa to guess at)', () => {
    const pl = plan({ visa: 'us_citizen', regions: ['la_county'] });
    expect(good(pl).some((x) => x.region !== 'la_county')).toBe(true);
  });
  it('a weak file that named one region hears how few targets lie inside it even when none is listed beyond it', () => {
    const pl = plan({ step2ck: { taken: true, score: 221, attempts: 1 }, usce: { months: 1, kind: 'observership', where: ['la_county'] }, regions: ['la_county'] });
    expect(pl.warnings?.join(' ')).toMatch(/In Los Angeles County no program is a target or safety for you; .*If you cannot move/);
  });
});

describe('a work permit (EAD): a closed list of statuses closes the program, a bare "no visas" is checked first', () => {
  const ead = { visa: 'ead', specialty: { primary: 'family_medicine' }, step2ck: { taken: true, score: 236, attempts: 1 }, graduationYear: 2023, usce: { months: 14, kind: 'hands_on', where: ['inland_empire'] } };
  it.each([
    ['"asylum pending, I have my EAD, family medicine in Riverside or San Diego"', { ...ead, regions: ['inland_empire', 'san_diego'] }, ['Riverside University Health System/University of California Riverside', 'Family Health Centers of San Diego']],
    ['"TPS with a work card, IM, anywhere in the Inland Empire"', { ...ead, specialty: { primary: 'internal_medicine' }, regions: ['inland_empire'] }, ['Southwest Healthcare Medical Education Consortium (UHS SoCal MEC)', 'Riverside University Health System']],
    ['"H-4 with EAD through my husband, psychiatry in Riverside"', { ...ead, specialty: { primary: 'psychiatry' }, regions: ['inland_empire'] }, ['Riverside University Health System']],
  ])('%s', (_, p, closed) => {
    const pl = plan(p);
    for (const name of closed) {
      const out = named(pl.excluded, name);
      expect(out.length).toBeGreaterThan(0);
      expect(out.every((x) => codes(x).includes('excluded.status_not_listed'))).toBe(true);
      expect(out[0]!.reasons.join(' ')).toMatch(/appoints only US citizens,? (or )?permanent residents.*work permit \(EAD\) is not among them/);
    }
  });
  it.each([
    ['family medicine, Orange County and San Diego', { ...ead, regions: ['orange_county', 'san_diego'] }],
    ['pediatrics, LA County', { ...ead, specialty: { primary: 'pediatrics' }, regions: ['la_county'] }],
    ['internal medicine, anywhere in California', { ...ead, specialty: { primary: 'internal_medicine' }, regions: ['la_county', 'orange_county', 'san_diego', 'inland_empire', 'rest_of_california'] }],
  ])('Kaiser (a health system that states it sponsors no visas) is checked first, never a target: %s', (_, p) => {
    const pl = plan(p);
    expect(named(good(pl), 'Kaiser')).toEqual([]);
    const check = named(pl.unverified ?? [], 'Kaiser');
    expect(check.length).toBeGreaterThan(0);
    expect(check[0]!.evidence?.check.join(' ')).toMatch(/work permit \(EAD\)/);
  });
  it('a citizen or green-card holder is never closed by those lists, and still sees Kaiser among the targets where the file fits', () => {
    for (const visa of ['us_citizen', 'green_card']) {
      const pl = plan({ ...ead, visa, regions: ['inland_empire', 'san_diego'] });
      expect(pl.excluded.filter((x) => codes(x).includes('excluded.status_not_listed'))).toEqual([]);
    }
  });
});

describe('a stated least length of US clinical experience', () => {
  const fm = { visa: 'green_card', specialty: { primary: 'family_medicine' }, graduationYear: 2023, regions: ['san_diego', 'la_county'] };
  it.each([
    ['"three months of rotations in Bakersfield"', 3, true],
    ['"an eight-month externship"', 8, true],
    ['"fourteen months as a sub-intern and extern"', 14, false],
  ])('%s: Family Health Centers of San Diego asks a year', (_, months, closed) => {
    const pl = plan({ ...fm, usce: { months, kind: 'hands_on', where: ['rest_of_california'] } });
    const fhc = named(pl.excluded, 'Family Health Centers of San Diego');
    if (closed) {
      expect(fhc[0]?.reasons.join(' ')).toMatch(/requires at least 12 months of US clinical experience; you have \d+ months/);
    } else {
      expect(fhc.filter((x) => codes(x).includes('excluded.usce_min_months'))).toEqual([]);
    }
  });
  it('months never told are asked about, not guessed', () => {
    const { usce: _, ...noUsce } = base;
    const pl = buildPlan(profileSchema.parse({ ...noUsce, ...fm } as Profile), FULL_KB, NOW);
    const all = [...pl.tiers.reach, ...good(pl), ...(pl.unverified ?? [])];
    const fhc = named(all, 'Family Health Centers of San Diego');
    expect(fhc.length).toBeGreaterThan(0);
    for (const x of fhc) expect((x.verifyCodes ?? []).map((r) => r.code)).toContain('verify.usce_min_months');
  });
});

describe('a student whose ECFMG status was never said hears the certification step (OET pathway)', () => {
  const { ecfmg: _, ...noEcfmg } = base;
  const student = (p: Record<string, unknown>) => buildPlan(profileSchema.parse({ ...noEcfmg, ...p } as Profile), FULL_KB, new Date('2026-12-07T12:00:00Z'));
  it.each([
    ['"US citizen at a Caribbean school, graduating May 2027, applied IM, two interviews"', { visa: 'us_citizen', graduationYear: 2027, stage: 'interviewing', cycle: { submitted: true, interviews: 2 } }],
    ['"final year in Lahore, graduating 2027, J-1, haven\'t applied yet"', { graduationYear: 2027, stage: 'preparing' }],
    ['"fourth-year in Guadalajara, graduating 2028, planning ahead"', { graduationYear: 2028, stage: 'preparing' }],
  ])('%s', (_, p) => {
    expect(text(student(p))).toMatch(/OET Medicine/);
  });
  it('a graduate who never said is not told on a guess; a certified one is not told at all', () => {
    expect(student({ graduationYear: 2019 }).nextSteps.map((s) => s.id)).not.toContain('ecfmg-not-certified');
    expect(plan({ graduationYear: 2027 }).nextSteps.map((s) => s.id)).not.toContain('ecfmg-not-certified');
  });
});

describe('a weak file in a field most non-US IMGs do not match has no target on filings alone', () => {
  it.each([
    ['"categorical general surgery, CK 236, J-1, anywhere"', { specialty: { primary: 'general_surgery' }, step2ck: { taken: true, score: 236, attempts: 1 } }],
    ['"OB/GYN, CK 221, J-1, I will go anywhere"', { specialty: { primary: 'obstetrics_gynecology' }, step2ck: { taken: true, score: 221, attempts: 1 }, usce: { months: 2, kind: 'observership', where: ['other_us'] } }],
    ['"surgery, visa either, CK 239 on the second try"', { specialty: { primary: 'general_surgery' }, visa: 'either', step2ck: { taken: true, score: 239, attempts: 2 } }],
  ])('%s', (_, p) => {
    const pl = plan(p);
    expect(['weak', 'very weak']).toContain(pl.standing![0]!.level);
    expect(good(pl).filter((x) => x.evidence?.level === 'public evidence')).toEqual([]);
  });
  it('a competitive file in the same field keeps its filings targets', () => {
    const pl = plan({ specialty: { primary: 'general_surgery' }, step2ck: { taken: true, score: 262, attempts: 1 }, usce: { months: 8, kind: 'hands_on', where: ['other_us'] } });
    expect(['competitive', 'strong', 'borderline']).toContain(pl.standing![0]!.level);
    expect(good(pl).some((x) => x.evidence?.level === 'public evidence')).toBe(true);
  });
});
