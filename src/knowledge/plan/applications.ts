// How many applications to send, tied to sourced base rates, with the ERAS cost of the range.
import type { Plan } from '../../domain/plan.js';
import type { ApplicantView, Strength } from './applicant-strength.js';
import { ERAS_FEES, GUIDE_APPLICATIONS, RATES, erasFee } from './base-rates.js';

/** Ranges by risk level: one per risk factor (visa need counts) plus one per severe factor;
 *  applicants who need no visa get 10 fewer (US-citizen IMGs match more often, per RATES). */
const RANGES: readonly [number, number][] = [[60, 90], [80, 120], [100, 140], [120, 160]];

/** The application range for this applicant, and a `why` that cites base rates, years and the fee. */
export function applicationRange(a: ApplicantView, s: Strength, competitiveDream: string | null): Plan['applications'] {
  const risks = s.risks;
  const level = risks.length + s.severe;
  const base = RANGES[Math.min(level, RANGES.length - 1)]!;
  const shift = a.needsVisa ? 0 : 10;
  const min = base[0] - shift;
  const max = base[1] - shift;
  const rate = a.usCitizen ? RATES.usImgMatchRate : RATES.nonUsImgMatchRate;
  const group = a.usCitizen ? 'US-citizen IMGs' : 'non-US-citizen IMGs';
  const pct = Math.round(rate.value * 1000) / 10;
  const parts = [
    `Only ${pct}% of ${group} who entered the ${rate.year} Main Match matched (${rate.source}).`,
    `IMG applicants sent on average ${RATES.imgApplicationsPerApplicant2022.value} applications each in the ${RATES.imgApplicationsPerApplicant2022.year} ERAS cycle and ${RATES.imgApplicationsPerApplicant2025.value} by ${RATES.imgApplicationsPerApplicant2025.year} (AAMC ERAS, secondary sources).`,
    `The guides suggest ${GUIDE_APPLICATIONS.lowScoreNonUsImg.min}–${GUIDE_APPLICATIONS.lowScoreNonUsImg.max}+ for non-US IMGs with low scores (${GUIDE_APPLICATIONS.lowScoreNonUsImg.year}).`,
    risks.length
      ? `Your risk factors — ${risks.join('; ')} — put you at ${min}–${max}.`
      : `With no major risk factor we suggest ${min}–${max}.`,
    `At ERAS fees of $${ERAS_FEES.firstTierEach} per program for the first ${ERAS_FEES.firstTierCount} and $${ERAS_FEES.laterEach} each after (${ERAS_FEES.year}; ${ERAS_FEES.source}), that is about $${erasFee(min).toLocaleString('en-US')}–$${erasFee(max).toLocaleString('en-US')} in one specialty, before exam transcripts, travel and licence fees.`,
    'Past a point more applications add cost, not interviews: spend on the programs where you fit and fix the weakest part of the file first.',
  ];
  if (competitiveDream) {
    parts.push(`This range is for your parallel track; ${competitiveDream} applications come on top of it.`);
  }
  return { min, max, why: parts.join(' ') };
}
