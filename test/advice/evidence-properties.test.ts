// Properties of the evidence rule: a guess or an unknown never places a program higher; one row per program;
// a sponsor that sponsors no visas never has a target or safety for a visa seeker.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan, Tier } from '../../src/domain/plan.js';
import { profileSchema, type Profile } from '../../src/domain/profile.js';
import { applicantStrength, applicantView } from '../../src/plan/applicant-strength.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { planIndex, sponsorKey } from '../../src/plan/plan-index.js';
import type { PlanProgram } from '../../src/plan/program-index.js';
import { bandOf } from '../../src/plan/specialty-info.js';
import { tierProgram } from '../../src/plan/tiering.js';
import { APPLICANTS as A } from '../helpers/applicants.js';
import { FULL_KB } from '../helpers/plan-kb.js';
import { readSet } from './judge.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const RANK: Record<Tier | 'unverified', number> = { unverified: -1, reach: 0, target: 1, safety: 2 };
const PROFILES: Profile[] = [
  ...Object.values(A) as Profile[],
  ...['test/fixtures/blind-applicants.json', 'test/fixtures/applicants-dev-2.json'].flatMap((f) => readSet(f)?.applicants.map((a) => profileSchema.parse(a.profile)) ?? []),
];

const tri = fc.constantFrom('yes' as const, 'no' as const, 'unknown' as const);
const program = fc.record({
  type: fc.constantFrom('university' as const, 'community' as const, 'county_safety_net' as const, 'va' as const, 'unknown' as const),
  basis: fc.constantFrom('source' as const, 'name' as const),
  region: fc.constantFrom('la_county' as const, 'orange_county' as const, 'inland_empire' as const, 'rest_of_california' as const, 'other_us' as const),
  j1: tri, h1b: tri, friendly: tri, filings: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
  flagship: fc.boolean(),
}).map((r): PlanProgram => ({
  id: 'p', name: 'Some Program', specialty: 'internal_medicine', city: 'Somewhere', state: r.region === 'other_us' ? 'NY' : 'CA', region: r.region, band: bandOf(r.region),
  programType: r.type, typeBasis: r.type === 'unknown' ? 'none' : r.basis, visaJ1: r.j1, visaH1b: r.h1b, imgFriendly: r.friendly,
  step2Min: null, yogLimitYears: null, usceRequired: 'unknown', firstAttemptRequired: 'unknown', firstAttemptExams: '', sponsorNoVisas: 'unknown',
  step3ForH1b: 'unknown', ecfmgBy: null, militaryOnly: 'unknown', flagship: r.flagship ? { label: 'academic flagship', value: 'rank 1', source: 'https://example.org' } : null,
  asOf: 2024, notes: '', facts: [], sortKey: `p${Math.random()}`, plain: false,
  ...(r.filings ? { h1bFilings: { count: r.filings, period: 'FY2025', source: 'DOL' } } : {}),
}));

/** The place a program gets: its tier, or -1 when it goes to the unverified group. */
function place(p: PlanProgram, profile: Profile): number {
  const a = applicantView(profile, NOW);
  const t = tierProgram(p, a, applicantStrength(a, 'internal_medicine', 'primary'), []);
  return t.unverified ? RANK.unverified : RANK[t.tier];
}

describe('the evidence rule', () => {
  it('a type guessed from a name never places a program higher than no type at all', () => {
    fc.assert(fc.property(program, fc.constantFrom(...PROFILES), (p, profile) => {
      if (p.typeBasis !== 'name') return;
      const unknown: PlanProgram = { ...p, programType: 'unknown', typeBasis: 'none' };
      expect(place(p, profile)).toBeLessThanOrEqual(place(unknown, profile));
    }), { numRuns: 400 });
  });
  it('a visa seeker never gets a target or safety whose visa is neither stated nor shown by public filings', () => {
    fc.assert(fc.property(program, fc.constantFrom(...PROFILES.filter((x) => x.visa === 'needs_j1' || x.visa === 'needs_h1b' || x.visa === 'either')), (p, profile) => {
      const a = applicantView(profile, NOW);
      const t = tierProgram(p, a, applicantStrength(a, 'internal_medicine', 'primary'), []);
      const stated = profile.visa === 'needs_j1' ? p.visaJ1 === 'yes' : profile.visa === 'needs_h1b' ? p.visaH1b === 'yes' : p.visaJ1 === 'yes' || p.visaH1b === 'yes';
      if (!stated && !p.h1bFilings) expect(t.unverified).toBe(true);
      if (!t.unverified && t.tier !== 'reach') expect(['stated', 'public evidence']).toContain(t.evidence.level);
    }), { numRuns: 400 });
  });
  it('an academic flagship is at most a reach for a visa seeker unless it states it takes the visa', () => {
    fc.assert(fc.property(program, fc.constantFrom(...PROFILES.filter((x) => x.visa === 'needs_j1' || x.visa === 'needs_h1b')), (p, profile) => {
      const stated = profile.visa === 'needs_j1' ? p.visaJ1 === 'yes' : p.visaH1b === 'yes';
      if (p.flagship && !stated) expect(place(p, profile)).toBeLessThanOrEqual(RANK.reach);
    }), { numRuns: 300 });
  });
});

describe('one row per program, sponsor-wide facts on every row', () => {
  const plans: Plan[] = PROFILES.map((p) => buildPlan(p, FULL_KB, NOW));
  const acgmeOf = new Map<string, string>(FULL_KB.programs.map((p) => [p.id, p.acgmeId ?? p.id]));
  for (const f of FULL_KB.programFacts ?? []) if (f.fact === 'same_program_as') acgmeOf.set(f.programId, f.value);
  it('no plan lists an ACGME id twice (tiers, unverified and closed together)', () => {
    for (const pl of plans) {
      const ids = [...pl.tiers.reach, ...pl.tiers.target, ...pl.tiers.safety, ...pl.unverified ?? [], ...pl.excluded].map((p) => acgmeOf.get(p.id) ?? p.id);
      expect(ids.length).toBe(new Set(ids).size);
    }
  });
  it('no sibling of a sponsor that sponsors no visas is a target or safety for a visa seeker', () => {
    const index = planIndex(FULL_KB);
    const closed = new Set<string>();
    for (const list of index.bySpecialty.values()) for (const p of list) if (p.sponsorNoVisas === 'yes' && p.visaJ1 !== 'yes' && p.visaH1b !== 'yes') closed.add(sponsorKey(p));
    expect(closed.size).toBeGreaterThan(0);
    const byId = new Map([...index.bySpecialty.values()].flat().map((p) => [p.id, p]));
    for (const pl of plans) {
      if (!['needs_j1', 'needs_h1b', 'either'].includes(pl.profile.visa ?? '')) continue;
      for (const p of [...pl.tiers.target, ...pl.tiers.safety]) {
        const q = byId.get(p.id)!;
        if (closed.has(sponsorKey(q))) expect(q.visaJ1 === 'yes' || q.visaH1b === 'yes', p.name).toBe(true);
      }
    }
  });
});
