// Round-16 (plan16b) family, with files of our own: an applicant whose applications are in and whose interviews have
// come ranks the programs that invited them; a J-1 seeker is then counted toward no program outside California whose
// only visa evidence is its institution's H-1B filings (they say nothing about J-1), and such programs are listed to
// check. A stage word alone ("interviewing", no interviews said) changes nothing, nor does a stated visa route.
import { describe, expect, it } from 'vitest';
import { profileSchema, type Profile } from '../../src/domain/profile.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { FULL_KB } from '../helpers/plan-kb.js';
import { base } from '../helpers/j1-im-plan.js';

const plan = (p: Record<string, unknown>) => buildPlan(profileSchema.parse({ ...base, regions: ['anywhere'], ...p } as Profile), FULL_KB, new Date('2026-12-10T12:00:00Z'));
const countedNational = (pl: ReturnType<typeof plan>) => [...pl.tiers.target, ...pl.tiers.safety].filter((p) => p.band === 'national');

describe('interviewing J-1 seeker: no national program counted on H-1B filings alone', () => {
  it.each([
    ['"neuro, J-1, ERAS went in September and I have 7 interviews so far, open to anywhere"',
      { specialty: { primary: 'neurology' }, stage: 'interviewing', cycle: { submitted: true, interviews: 7 } }],
    ['"family med — submitted, 2 invites, need the J1, any state is fine"',
      { specialty: { primary: 'family_medicine' }, step2ck: { taken: true, score: 228, attempts: 1 }, stage: 'applying', cycle: { submitted: true, interviews: 2 } }],
    ['"IM, J-1, applied everywhere, got my fourth interview yesterday"',
      { stage: 'interviewing', cycle: { submitted: true, interviews: 4 } }],
  ])('%s', (_, p) => {
    const pl = plan(p);
    expect(countedNational(pl).filter((x) => x.evidence?.basisCode?.code === 'evidence.h1b_filings')).toEqual([]);
  });
  it('before any interview (or with only the stage word) the national list is unchanged', () => {
    const applied = plan({ specialty: { primary: 'family_medicine' }, step2ck: { taken: true, score: 228, attempts: 1 }, stage: 'applying', cycle: { submitted: true, interviews: 0 } });
    const stageOnly = plan({ specialty: { primary: 'family_medicine' }, step2ck: { taken: true, score: 228, attempts: 1 }, stage: 'interviewing' });
    expect(countedNational(applied).length).toBeGreaterThan(0);
    expect(countedNational(stageOnly).map((p) => p.name)).toEqual(countedNational(applied).map((p) => p.name));
  });
});
