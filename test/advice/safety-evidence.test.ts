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

  it('says why a selective program is still a target: the file, not the program', () => {
    const selectiveTargets = strongCitizenFm.tiers.target.filter((p) => p.reasonCodes?.some((r) => r.code === 'tier.program_type' && r.params.type === 'university'));
    expect(selectiveTargets.length).toBeGreaterThan(0);
    for (const p of selectiveTargets) expect(codes(p), p.name).toContain('tier.file_outweighs_selectivity');
  });

  it('keeps safeties where a source shows IMG intake (a community program by its source)', () => {
    expect(strongCitizenFm.tiers.safety.length).toBeGreaterThan(0);
  });
});

describe('no target while Step 1 is still missing', () => {
  it('a student whose ECFMG still needs Step 1 gets reaches only, whatever else the file says', () => {
    const pl = buildPlan({ ...A.citizen, step1: undefined, ecfmg: { status: 'in_progress', missing: ['step1', 'step2ck', 'oet'] } }, FULL_KB, NOW);
    expect(pl.tiers.target.length + pl.tiers.safety.length).toBe(0);
    expect(pl.tiers.reach.length).toBeGreaterThan(0);
  });
});
