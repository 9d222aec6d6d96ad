// Sourced base rates the plan cites (copied from shared/data/calibration_facts.csv, specialty_stats.csv, SOURCES.md).
import type { Specialty } from '../domain/profile.js';

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

/** ERAS residency fees per program for the 2026 season; the count resets for each specialty. */
export const ERAS_FEES = {
  firstTierCount: 30,
  firstTierEach: 11,
  laterEach: 30,
  season: '2026 ERAS season',
  source: 'AAMC, Fees for the 2026 ERAS Season',
} as const;

/** The one-time fee on new H-1B petitions (not on extensions or current holders). */
export const H1B_NEW_PETITION_FEE = {
  usd: 100000,
  since: '21 September 2025',
  source: 'Presidential proclamation of 19 September 2025, as summarised by Holland & Knight via mondaq, 29 Sept 2025; physician exemptions case by case, guidance pending',
} as const;

/** Non-US IMG and US IMG match rates, 2026 Main Match. */
export const RATES_2026 = {
  nonUsImgMatchRate: { value: 0.564, year: '2026', source: 'NRMP Main Residency Match 2026' },
  usImgMatchRate: { value: 0.7, year: '2026', source: 'NRMP Main Residency Match 2026 (same)' },
  applicationsPerApplicantAll: { value: 81.8, year: '2025–26', source: 'AAMC ERAS 2025–26 season data, secondary' },
} as const satisfies Record<string, Figure>;

/** Application-count guidance from the two seed guides (advice, not data). */
export const GUIDE_APPLICATIONS = {
  lowScoreNonUsImg: { min: 80, max: 120, year: '2025–26', source: 'Residency Advisor guides for LA / SoCal IMGs' },
} as const;

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
