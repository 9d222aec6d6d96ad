// Sourced base rates the plan cites. Rates, ERAS fees and signals are data (knowledge/plan-figures.json, zod-validated,
// KNOWLEDGE_DIR honoured), as are the 2026 rates and the H-1B fee; the figures still held here are the licence and guide figures.
import { PLAN_FIGURES } from '../knowledge/plan-figures.js';

/** One figure with the year it describes and where it comes from. */
export interface Figure { value: number; year: string; source: string }

/** Match rates and application volumes by applicant group (knowledge/plan-figures.json, validated at load). */
export const RATES = PLAN_FIGURES.rates;

/** ERAS residency fees per program for the 2026 season; the count resets for each specialty (knowledge/plan-figures.json). */
export const ERAS_FEES = PLAN_FIGURES.erasFees;

/** The one-time fee on new H-1B petitions (not on extensions or current holders) (knowledge/plan-figures.json). */
export const H1B_NEW_PETITION_FEE = PLAN_FIGURES.h1bNewPetitionFee;

/** ECFMG's administrative/application fee for J-1 sponsorship, with its year and source (knowledge/plan-figures.json). */
export const ECFMG_J1_FEE = PLAN_FIGURES.ecfmgJ1Fee;
/** NRMP's registration fee (and late fee) of the last fee table we could read, with its season and source. */
export const NRMP_REGISTRATION_FEE = PLAN_FIGURES.nrmpRegistrationFee;
/** The USMLE transcript fee charged once per ERAS season, with its year and source. */
export const USMLE_TRANSCRIPT_FEE = PLAN_FIGURES.usmleTranscriptFee;

/** Non-US IMG and US IMG match rates, 2026 Main Match (knowledge/plan-figures.json). */
export const RATES_2026 = PLAN_FIGURES.rates2026;

/** Application-count guidance from the two seed guides (advice, not data). */
export const GUIDE_APPLICATIONS = {
  lowScoreNonUsImg: { min: 80, max: 120, year: '2025–26', source: 'Residency Advisor guides for LA / SoCal IMGs' },
} as const;

/** Step 2 CK bands from the guides (advice, 2025–26). */
export const GUIDE_STEP2CK = { typicalCutoffLow: 225, typicalCutoffHigh: 230, midRangeLow: 220, clearlyLow: 210 } as const;

/** Program signals per specialty where a source gives them (knowledge/plan-figures.json; the plan reads its own knowledge's). */
export const SIGNALS = PLAN_FIGURES.signals;

/** California training licence facts. */
export const CA_LICENCE = { dueDays: 180, fee: 674, fullLicenceMonths: 36, year: '2020s', source: 'UC Davis licensure page; Loma Linda GME' } as const;

/** The fee table's publication as a reader can look it up ("AAMC, Fees for the 2026 ERAS Season"): its source
 *  without the address in brackets, so the season named is always the table's own. */
export function feeTablePublication(fees: { source: string } = ERAS_FEES): string {
  return fees.source.replace(/\s*\(.*$/, '');
}

/** How many programs in one specialty a sum pays ERAS fees for, after `sent` programs already paid (the first
 *  `firstTierCount` at the lower fee, every one after at the higher): the count and how many at each fee. */
export function programsBought(budget: number, sent = 0): { count: number; atFirst: number; atLater: number } {
  const firstLeft = Math.max(0, ERAS_FEES.firstTierCount - sent);
  const atFirst = Math.max(0, Math.min(firstLeft, Math.floor(budget / ERAS_FEES.firstTierEach)));
  const left = budget - atFirst * ERAS_FEES.firstTierEach;
  // (a later program is bought only once the cheaper ones are all taken: a sum short of one cheap fee buys no dear one)
  const atLater = atFirst < firstLeft ? 0 : Math.max(0, Math.floor(left / ERAS_FEES.laterEach));
  return { count: atFirst + atLater, atFirst, atLater };
}

/** ERAS fee in dollars for n programs in one specialty, using ERAS_FEES. */
export function erasFee(n: number): number {
  const first = Math.min(n, ERAS_FEES.firstTierCount);
  return first * ERAS_FEES.firstTierEach + Math.max(0, n - ERAS_FEES.firstTierCount) * ERAS_FEES.laterEach;
}
