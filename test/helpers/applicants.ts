// Simulated applicants across the range, shared by the plan tests (strong, average, weak; every visa situation).
import type { Profile } from '../../src/domain/profile.js';

const base = { step1: { result: 'passed', attempts: 1 }, stage: 'applying' } as const;

/** Each applicant in one line: who they are, then their profile. */
export const APPLICANTS = {
  /** IM, CK 255, Step 3 240, hands-on LA months, four Californian letters, Spanish, LA family, J-1. */
  strongJ1: { ...base, specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step2ck: { taken: true, score: 255, attempts: 1 }, step3: { status: 'passed', score: 240 }, graduationYear: 2024, usce: { months: 6, kind: 'hands_on', where: ['la_county'] }, usLors: { count: 4, inSpecialty: true, fromCalifornia: true }, languages: ['English', 'Spanish'], regions: ['la_county'], laTies: { family: true, lived: true, trained: false }, research: { publications: 3, posters: 2 } },
  /** The typical user: IM with FM backup, CK 222, observerships, two letters, J-1, graduated 2021. */
  typicalJ1: { ...base, specialty: { primary: 'internal_medicine', backup: 'family_medicine' }, visa: 'needs_j1', step2ck: { taken: true, score: 222, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2021, usce: { months: 3, kind: 'observership', where: ['la_county'] }, usLors: { count: 2, inSpecialty: true }, languages: ['English', 'Spanish'], regions: ['la_county', 'orange_county'], research: { publications: 1, posters: 0 } },
  /** Weak and old: IM, Step 1 failed once, CK 212 on the second attempt, graduated 2012, two months of observership. */
  weakOld: { ...base, specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 2 }, step2ck: { taken: true, score: 212, attempts: 2 }, graduationYear: 2012, usce: { months: 2, kind: 'observership', where: ['la_county'] }, usLors: { count: 1 }, regions: ['la_county'] },
  /** US-citizen IMG, IM, CK 232, three months hands-on in Orange County, three letters. */
  citizen: { ...base, specialty: { primary: 'internal_medicine' }, visa: 'us_citizen', step2ck: { taken: true, score: 232, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2023, usce: { months: 3, kind: 'hands_on', where: ['orange_county'] }, usLors: { count: 3 }, regions: ['la_county'] },
  /** Green card, FM, CK 228, four months hands-on. */
  greenCard: { ...base, specialty: { primary: 'family_medicine' }, visa: 'green_card', step2ck: { taken: true, score: 228, attempts: 1 }, graduationYear: 2022, usce: { months: 4, kind: 'hands_on', where: ['inland_empire'] }, usLors: { count: 3, inSpecialty: true }, regions: ['inland_empire', 'la_county'] },
  /** Average J-1 in family medicine: CK 232, three months hands-on, three letters. */
  averageFm: { ...base, specialty: { primary: 'family_medicine' }, visa: 'needs_j1', step2ck: { taken: true, score: 232, attempts: 1 }, graduationYear: 2023, usce: { months: 3, kind: 'hands_on', where: ['san_diego'] }, usLors: { count: 3, inSpecialty: true }, regions: ['anywhere'] },
  /** Needs H-1B, Step 3 not taken, IM CK 238. */
  h1bNoStep3: { ...base, specialty: { primary: 'internal_medicine' }, visa: 'needs_h1b', step2ck: { taken: true, score: 238, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2023, usce: { months: 4, kind: 'hands_on', where: ['la_county'] }, usLors: { count: 3, inSpecialty: true }, regions: ['la_county', 'other_us'] },
  /** The same applicant with Step 3 passed (235). */
  h1bWithStep3: { ...base, specialty: { primary: 'internal_medicine' }, visa: 'needs_h1b', step2ck: { taken: true, score: 238, attempts: 1 }, step3: { status: 'passed', score: 235 }, graduationYear: 2023, usce: { months: 4, kind: 'hands_on', where: ['la_county'] }, usLors: { count: 3, inSpecialty: true }, regions: ['la_county', 'other_us'] },
  /** Two Step 2 CK fails, then 230; otherwise average. */
  twoCkFails: { ...base, specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step2ck: { taken: true, score: 230, attempts: 3 }, graduationYear: 2022, usce: { months: 4, kind: 'hands_on', where: ['inland_empire'] }, usLors: { count: 3 }, regions: ['inland_empire'] },
  /** Graduated 2009, green card, IM CK 232. */
  oldYog: { ...base, specialty: { primary: 'internal_medicine' }, visa: 'green_card', step2ck: { taken: true, score: 232, attempts: 1 }, graduationYear: 2009, usce: { months: 3, kind: 'hands_on', where: ['la_county'] }, usLors: { count: 2 }, regions: ['la_county'] },
  /** Has not taken Step 2 CK (predicts 240), preparing, IM, J-1. */
  ckNotTaken: { ...base, stage: 'preparing', specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step2ck: { taken: false, predicted: 240 }, graduationYear: 2024, usce: { months: 2, kind: 'hands_on', where: ['la_county'] }, usLors: { count: 1 }, regions: ['la_county'] },
  /** Reapplicant: IM, CK 228, graduated 2019, four months hands-on, J-1. */
  reapplicant: { ...base, stage: 'reapplying', specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step2ck: { taken: true, score: 228, attempts: 1 }, step3: { status: 'planned' }, graduationYear: 2019, usce: { months: 4, kind: 'hands_on', where: ['inland_empire'] }, usLors: { count: 3 }, regions: ['la_county', 'inland_empire'] },
  /** Competitive dream: dermatology with CK 221, J-1. */
  dermDream: { ...base, stage: 'preparing', specialty: { primary: 'dermatology' }, visa: 'needs_j1', step2ck: { taken: true, score: 221, attempts: 1 }, graduationYear: 2022, usce: { months: 3, kind: 'hands_on', where: ['la_county'] }, usLors: { count: 2 }, regions: ['la_county'] },
  /** Competitive surgical dream with a strong file: orthopaedics, citizen, CK 252, no research yet. */
  orthoDream: { ...base, specialty: { primary: 'orthopaedic_surgery' }, visa: 'needs_j1', step2ck: { taken: true, score: 252, attempts: 1 }, graduationYear: 2024, usce: { months: 6, kind: 'hands_on', where: ['la_county'] }, usLors: { count: 3, inSpecialty: true }, regions: ['la_county'] },
  /** Transitional year first, CK 236, J-1. */
  transitional: { ...base, specialty: { primary: 'transitional_year' }, visa: 'needs_j1', step2ck: { taken: true, score: 236, attempts: 1 }, graduationYear: 2023, usce: { months: 3, kind: 'hands_on', where: ['la_county'] }, usLors: { count: 3 }, regions: ['la_county', 'orange_county'] },
  /** Research-heavy psychiatry applicant: 14 publications and posters, CK 236, J-1. */
  researchPsych: { ...base, specialty: { primary: 'psychiatry' }, visa: 'needs_j1', step2ck: { taken: true, score: 236, attempts: 1 }, graduationYear: 2021, usce: { months: 4, kind: 'mixed', where: ['la_county'] }, usLors: { count: 3, inSpecialty: true, fromCalifornia: true }, research: { publications: 9, posters: 5 }, regions: ['la_county'] },
  /** Work permit (EAD), pediatrics, CK 238. */
  eadPeds: { ...base, specialty: { primary: 'pediatrics' }, visa: 'ead', step2ck: { taken: true, score: 238, attempts: 1 }, graduationYear: 2023, usce: { months: 3, kind: 'hands_on', where: ['la_county'] }, usLors: { count: 3 }, regions: ['la_county'] },
  /** Either visa, IM, CK 242, no Step 3. */
  eitherVisa: { ...base, specialty: { primary: 'internal_medicine' }, visa: 'either', step2ck: { taken: true, score: 242, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2023, usce: { months: 4, kind: 'hands_on', where: ['la_county'] }, usLors: { count: 3 }, regions: ['anywhere'] },
} satisfies Record<string, Profile>;
