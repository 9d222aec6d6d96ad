// Sourced base rates the plan cites (copied from shared/data/calibration_facts.csv, specialty_stats.csv, SOURCES.md).
import type { Specialty } from '../../domain/profile.js';

/** One figure with the year it describes and where it comes from. */
export interface Figure { value: number; year: string; source: string }

const NRMP_2025 = 'NRMP Main Residency Match 2025, as tabulated in github.com/nickmmark/residency-match-data';
const COMO_2013 = 'NRMP/ECFMG Charting Outcomes in the Match: IMGs 2013, as quoted by medclerkships.com';

/** Match rates and application volumes by applicant group. */
export const RATES = {
  nonUsImgMatchRate: { value: 0.58, year: '2025', source: NRMP_2025 },
  usImgMatchRate: { value: 0.678, year: '2025', source: NRMP_2025 },
  nonUsImgApplicants: { value: 11465, year: '2025', source: NRMP_2025 },
  imgApplicationsPerApplicant2022: { value: 139, year: '2022', source: 'AAMC ERAS 2022 cycle via medschoolcoach.com' },
  imgApplicationsPerApplicant2025: { value: 129, year: '2025 (preliminary, mid-October)', source: 'AAMC ERAS via dailymedicalnews.org' },
  imJ1Share: { value: 0.637, year: '2022', source: 'Journal of Graduate Medical Education 14(6):680, 419 IM programs' },
  imH1bShare: { value: 0.22, year: '2022', source: 'Journal of Graduate Medical Education 14(6):680, 419 IM programs' },
  pdCiteFailedAttempt: { value: 0.74, year: '2021', source: 'NRMP Program Director Survey 2021' },
} as const satisfies Record<string, Figure>;

/** ERAS residency fees per program: the year is not stated by our source, so the plan says so. */
export const ERAS_FEES = {
  firstTierCount: 30,
  firstTierEach: 11,
  laterEach: 30,
  year: 'year not stated in our source',
  source: 'ERAS fee table as mirrored by MedPage (shared/data/SOURCES.md) — check the current AAMC fee table',
} as const;

/** Application-count guidance from the two seed guides (advice, not data). */
export const GUIDE_APPLICATIONS = {
  lowScoreNonUsImg: { min: 80, max: 120, year: '2025–26', source: 'Residency Advisor guides for LA / SoCal IMGs' },
} as const;

/** Mean Step 2 CK of MATCHED applicants by specialty, 2013 (old: a floor, not today's bar). */
export const MATCHED_STEP2CK: { nonUsImg: Partial<Record<Specialty, number>>; usImg: Partial<Record<Specialty, number>>; allNonUsImg: number; year: string; source: string } = {
  nonUsImg: {
    internal_medicine: 236, pediatrics: 231, family_medicine: 219, psychiatry: 219, general_surgery: 240,
    pathology: 228, neurology: 236, emergency_medicine: 231,
  },
  usImg: {
    internal_medicine: 228, family_medicine: 213, psychiatry: 211, pediatrics: 224, neurology: 222, pathology: 226,
    general_surgery: 234, emergency_medicine: 235, anesthesiology: 239, diagnostic_radiology: 241,
  },
  allNonUsImg: 233,
  year: '2013',
  source: COMO_2013,
};

/** How much scores have risen since 2013, as a secondary source puts it. */
export const RECENT_MATCHED_IMG_STEP2CK = { low: 233, high: 243, year: '2022', source: 'elitemedicalprep.com (secondary)' } as const;

/** Step 2 CK bands from the guides (advice, 2025–26). */
export const GUIDE_STEP2CK = { typicalCutoffLow: 225, typicalCutoffHigh: 230, midRangeLow: 220, clearlyLow: 210 } as const;

/** Program signals per specialty where a source gives them. */
export const SIGNALS: Partial<Record<Specialty, { text: string; year: string; source: string }>> = {
  internal_medicine: { text: '3 gold and 12 silver signals', year: '2025–26', source: 'ACP/AAIM tiered signalling (im.org)' },
};

/** California training licence facts. */
export const CA_LICENCE = { dueDays: 180, fee: 674, fullLicenceMonths: 36, year: '2020s', source: 'UC Davis licensure page; Loma Linda GME' } as const;

/** ERAS fee in dollars for n programs in one specialty, using ERAS_FEES. */
export function erasFee(n: number): number {
  const first = Math.min(n, ERAS_FEES.firstTierCount);
  return first * ERAS_FEES.firstTierEach + Math.max(0, n - ERAS_FEES.firstTierCount) * ERAS_FEES.laterEach;
}
