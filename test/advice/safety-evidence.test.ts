// A safety says "your file fits best here": a strong file alone does not make a selective program a safety; a source
// must show the program takes IMGs like you. Found when a new user's US-citizen FM plan (CK 239) called Harbor-UCLA,
// UC Irvine and UC San Diego safeties while their own reasons said "usually the most selective for IMGs".
import { describe, expect, it } from 'vitest';
import type { PlannedProgram } from '../../src/domain/plan.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { APPLICANTS as A } from '../helpers/applicants.js';
import { FULL_KB } from '../helpers/plan-kb.js';

const NOW = new Date('2026-12-01T00:00:00Z');
const codes = (p: PlannedProgram) => (p.reasonCodes ?? []).map((r) => r.code);

describe('safeties need evidence that the program takes IMGs', () => {
  const strongCitizenFm = buildPlan({ ...A.citizen, specialty: { primary: 'family_medicine' }, step2ck: { taken: true, score: 239, attempts: 1 }, regions: ['anywhere'] }, FULL_KB, NOW);

  it('never calls a university, county or unknown-type program a safety on the strength of the file alone', () => {
    for (const p of strongCitizenFm.tiers.safety) {
      const why = codes(p);
      expect(why.some((c) => c === 'tier.img_friendly' || c === 'tier.program_type') || p.reasonCodes?.some((r) => r.code === 'tier.program_type' && r.params.type === 'community'), p.name).toBe(true);
      expect(why, p.name).not.toContain('tier.program_type_from_name');
    }
    const selective = strongCitizenFm.tiers.safety.filter((p) => /University of California|Harbor|UCLA|LAC\+USC|Los Angeles General/i.test(p.name));
    expect(selective.map((p) => p.name)).toEqual([]);
  });

  // (round 14: a university program no source shows taking IMGs is a reach, whatever the file: the target is earned by evidence;
  // trial 15: a stated visa sponsorship is such evidence, so UC Irvine family medicine, which states J-1, is a target here)
  it('says why a selective program is a reach without IMG evidence, and why one with it is still a target', () => {
    const strongCitizenIm = buildPlan({ ...A.citizen, step2ck: { taken: true, score: 252, attempts: 1 }, regions: ['anywhere'] }, FULL_KB, NOW);
    const university = (pl: typeof strongCitizenIm, t: 'reach' | 'target') => pl.tiers[t].filter((p) => p.reasonCodes?.some((r) => r.code === 'tier.program_type' && r.params.type === 'university'));
    // a county program with no source on IMGs (Harbor-UCLA) stays a reach for a strong citizen in psychiatry, and says why
    const strongCitizenPsych = buildPlan({ ...A.citizen, specialty: { primary: 'psychiatry' }, step2ck: { taken: true, score: 252, attempts: 1 }, regions: ['anywhere'] }, FULL_KB, NOW);
    expect(strongCitizenPsych.tiers.reach.some((p) => /Harbor-UCLA/.test(p.name) && codes(p).includes('tier.selective_no_img_evidence'))).toBe(true);
    for (const pl of [strongCitizenFm, strongCitizenIm]) for (const p of university(pl, 'target')) expect(codes(p), p.name).toContain('tier.file_outweighs_selectivity');
  });

  // (round 13: the FM file's one safety was UPMC, an academic flagship of unknown type, never a community program; now a
  // flagship is a target at most, so the community safeties are checked on an IM file that has them)
  it('keeps safeties where a source shows IMG intake (a community program by its source)', () => {
    const strongCitizenIm = buildPlan({ ...A.citizen, step2ck: { taken: true, score: 252, attempts: 1 }, regions: ['anywhere'] }, FULL_KB, NOW);
    const community = strongCitizenIm.tiers.safety.filter((p) => p.reasonCodes?.some((r) => r.code === 'tier.program_type' && r.params.type === 'community'));
    expect(community.length).toBeGreaterThan(0);
  });
});

describe('no target while Step 1 is still missing', () => {
  it('a student whose ECFMG still needs Step 1 gets reaches only, whatever else the file says', () => {
    const pl = buildPlan({ ...A.citizen, step1: undefined, ecfmg: { status: 'in_progress', missing: ['step1', 'step2ck', 'oet'] } }, FULL_KB, NOW);
    expect(pl.tiers.target.length + pl.tiers.safety.length).toBe(0);
    expect(pl.tiers.reach.length).toBeGreaterThan(0);
  });
});

describe('a visa seeker\'s safety needs a source for the visa, and never lies in a selective institution', () => {
  const strongJ1 = { ...A.citizen, visa: 'needs_j1' as const, step2ck: { taken: true, score: 258, attempts: 1 }, usce: { months: 6, kind: 'hands_on' as const, where: ['la_county' as const] } };
  const plans = [
    buildPlan({ ...strongJ1, specialty: { primary: 'internal_medicine' }, regions: ['la_county'] }, FULL_KB, NOW),
    buildPlan({ ...strongJ1, specialty: { primary: 'neurology' }, regions: ['anywhere'] }, FULL_KB, NOW),
    buildPlan({ ...strongJ1, visa: 'either', specialty: { primary: 'internal_medicine' }, regions: ['anywhere'] }, FULL_KB, NOW),
  ];

  it('no safety rests on its sponsor\'s H-1B filings alone', () => {
    for (const pl of plans) for (const p of pl.tiers.safety) expect(p.evidence?.level, p.name).toBe('stated');
  });

  it('no university, county or VA program by a source is a safety', () => {
    for (const pl of plans) {
      for (const p of pl.tiers.safety) {
        const type = p.reasonCodes?.find((r) => r.code === 'tier.program_type')?.params.type;
        expect(['university', 'county_safety_net', 'va'], p.name).not.toContain(type);
      }
    }
  });

  it('the sponsor\'s filings are said once per program', () => {
    for (const pl of plans) {
      for (const p of [...pl.tiers.target, ...pl.tiers.safety, ...pl.tiers.reach]) {
        const said = (p.reasons ?? []).join(' ');
        expect(said.split('resident H-1B application').length - 1, p.name).toBeLessThanOrEqual(1);
      }
    }
  });
});
