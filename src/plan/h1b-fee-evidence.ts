// Filings dated before the new-petition fee: resident H-1B applications an institution filed before the one-time
// $100,000 fee on new H-1B petitions (21 September 2025) show it used H-1B then, not that it files new petitions now.
// For an applicant who can take only an H-1B, such filings are checked first (the unverified group), never a target.
import type { ReasonCode } from '../domain/plan.js';
import type { ApplicantView } from './applicant-view.js';
import { H1B_NEW_PETITION_FEE } from './base-rates.js';
import { LCA_PERIOD, LCA_PERIOD_ENDS } from './lca-period.js';
import type { PlanProgram } from './program-index.js';
import { reason } from './words.en.js';

/** The reason an H-1B-only applicant's program resting on filings made before the new-petition fee is checked first, or undefined. */
export function filingsBeforeFee(p: PlanProgram, a: ApplicantView, fee = H1B_NEW_PETITION_FEE): ReasonCode | undefined {
  if (a.visa !== 'needs_h1b' || !p.h1bFilings || !fee.sinceDate) return undefined;
  // the filings' period is the data's one period (LCA_PERIOD); a period we cannot date is never read as after the fee
  const ends = p.h1bFilings.period === LCA_PERIOD ? LCA_PERIOD_ENDS : undefined;
  if (ends && ends >= fee.sinceDate) return undefined;
  return reason('evidence.filings_before_fee', { period: p.h1bFilings.period, feeUsd: fee.usd, feeSince: fee.since }, fee.source);
}
