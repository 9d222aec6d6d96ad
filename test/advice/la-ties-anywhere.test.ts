// Why the LA-ties question is still asked of an applicant who will train "anywhere": Los Angeles programs are in that
// list, and real ties move them (a tier point in LA County), so the ties can change the advice.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/domain/plan.js';
import { profileSchema, type Profile } from '../../src/domain/profile.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { FULL_KB } from '../helpers/plan-kb.js';
import flow from '../../knowledge/flow.json' with { type: 'json' };

// A file at the margin of LA's community programs (LA academic programs stay reaches for any IMG whatever the file),
// so the tie point is what decides a tier there. (Round 14: internal medicine, where an LA community program by a source
// shows IMG intake; an FM file's LA programs now wait for evidence, whatever the ties. Round 15: a Step 2 CK under the
// unmatched applicants' first quartile reads weak at most, and a weak file's LA County programs stay reaches, so the
// margin file is now a score above that line with a thin rest: 236 and a month's observership.)
const NOW = new Date('2026-08-01T12:00:00Z');
const base: Profile = {
  specialty: { primary: 'internal_medicine' }, visa: 'green_card', step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 236, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2023,
  usce: { months: 1, kind: 'observership', where: ['other_us'] }, usLors: { count: 3, inSpecialty: true }, regions: ['anywhere'],
  research: { publications: 0, posters: 0 }, stage: 'preparing', ecfmg: { status: 'certified' },
};
const plan = (p: Profile): Plan => buildPlan(profileSchema.parse(p), { ...FULL_KB }, NOW);
// (round 14: a program no source describes is checked first, in the unverified group, with the tier it would have once checked)
const laTiers = (pl: Plan) => new Map([...(['reach', 'target', 'safety'] as const).flatMap((t) => pl.tiers[t].filter((p) => p.region === 'la_county').map((p) => [p.id, t] as const)),
  ...(pl.unverified ?? []).filter((p) => p.region === 'la_county' && p.ifVerified).map((p) => [p.id, p.ifVerified!] as const)]);

describe('LA ties for an applicant who will train anywhere', () => {
  it('the flow asks about ties when the regions are "anywhere"', () => {
    const q = flow.questions.find((x) => x.id === 'laTies')!;
    expect(JSON.stringify(q)).toContain('"anywhere"');
  });
  it.each([
    ['family in LA', { family: true, lived: false, trained: false }],
    ['lived in LA', { family: false, lived: true, trained: false }],
  ])('%s moves at least one LA County program of an "anywhere" list up a tier', (_, laTies) => {
    const without = laTiers(plan(base));
    const withTies = laTiers(plan({ ...base, laTies }));
    const order = { reach: 0, target: 1, safety: 2 } as const;
    expect([...withTies].some(([id, t]) => without.has(id) && order[t] > order[without.get(id)!])).toBe(true);
  });
});
