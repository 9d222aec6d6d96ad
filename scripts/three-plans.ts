// Prints the first screens of three typical plans side by side in one file (a weak LA-only applicant, a typical J-1
// applicant, a strong H-1B-only applicant) for the closing note and the docs: `npx tsx scripts/three-plans.ts`.
import type { Profile } from '../src/domain/profile.js';
import { buildPlan } from '../src/plan/build-plan.js';
import { renderPlanText } from '../src/render/plan-text.js';
import { FULL_KB } from '../test/helpers/plan-kb.js';

const NOW = new Date('2026-12-06T12:00:00Z');
const base = { ecfmg: { status: 'certified' }, couples: { matching: false }, stage: 'preparing', cycle: { submitted: false } } as const;
const APPLICANTS: [string, Profile][] = [
  ['Weak, LA only (J-1, Step 1 fail, CK 214, 2016 graduate, observerships only)', {
    ...base, specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 2 }, step2ck: { taken: true, score: 214, attempts: 1 },
    step3: { status: 'not_taken' }, graduationYear: 2016, usce: { months: 2, kind: 'observership', where: ['la_county'] }, usLors: { count: 1 },
    languages: ['English', 'Arabic'], regions: ['la_county'], laTies: { family: true, lived: false, trained: false }, research: { publications: 0, posters: 0 },
  } as Profile],
  ['Typical J-1 (IM, backup FM, CK 232, 2021 graduate, 4 months hands-on)', {
    ...base, specialty: { primary: 'internal_medicine', backup: 'family_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 }, step2ck: { taken: true, score: 232, attempts: 1 },
    step3: { status: 'not_taken' }, graduationYear: 2021, usce: { months: 4, kind: 'hands_on', where: ['other_us'] }, usLors: { count: 3, inSpecialty: true, kind: 'clinical' },
    languages: ['English', 'Hindi'], regions: ['la_county', 'orange_county', 'san_diego', 'inland_empire', 'other_us'], laTies: { family: false, lived: false, trained: false }, research: { publications: 2, posters: 1 },
  } as Profile],
  ['Strong, H-1B only (IM, CK 255, Step 3 passed 240, 2023 graduate, 6 months hands-on)', {
    ...base, specialty: { primary: 'internal_medicine' }, visa: 'needs_h1b', step1: { result: 'passed', attempts: 1 }, step2ck: { taken: true, score: 255, attempts: 1 },
    step3: { status: 'passed', score: 240 }, graduationYear: 2023, usce: { months: 6, kind: 'hands_on', where: ['other_us', 'la_county'] }, usLors: { count: 4, inSpecialty: true, kind: 'clinical' },
    languages: ['English', 'Spanish'], regions: ['anywhere'], laTies: { family: false, lived: false, trained: true }, research: { publications: 5, posters: 3 },
  } as Profile],
];

for (const [title, profile] of APPLICANTS) {
  const plan = buildPlan(profile, FULL_KB, NOW);
  console.log(`\n==================== ${title}\n`);
  console.log(renderPlanText(plan));
}
