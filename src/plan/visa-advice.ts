// Visa as logic: what the applicant's visa situation opens and closes among the programs in scope.
import type { ReasonCode } from '../domain/plan.js';
import type { ApplicantView } from './applicant-view.js';
import type { PlanFigures } from '../knowledge/plan-figures.js';
import type { ScopeStats } from './plan-index.js';
import { reason } from './words.en.js';

/** Warnings about the visa route as codes (said by words.en.ts), with counts over the programs in scope; both routes for a
 * need whose route is not chosen (either, unsure, not given); one line only for those who need no visa. */
export function visaWarnings(a: ApplicantView, scope: ScopeStats, figures: Pick<PlanFigures, 'rates' | 'rates2026' | 'h1bNewPetitionFee'>): ReasonCode[] {
  const { rates, rates2026 } = figures;
  const fee = { feeUsd: figures.h1bNewPetitionFee.usd, feeSince: figures.h1bNewPetitionFee.since, feeSource: figures.h1bNewPetitionFee.source };
  const counts = { n: scope.n, j1Yes: scope.j1Yes, j1No: scope.j1No, h1bNo: scope.h1bNo, h1bYes: scope.h1bYes, filed: scope.filed };
  const routes = { ...fee, h1bNo: scope.h1bNo, step3Passed: a.step3?.status === 'passed' };
  const shares = { imH1bShare: rates.imH1bShare.value, imJ1Share: rates.imJ1Share.value, shareSource: rates.imH1bShare.source, shareYear: rates.imH1bShare.year };
  switch (a.visa) {
    case 'needs_h1b':
      return [reason(a.step3?.status === 'passed' ? 'visa.h1b_with_step3' : 'visa.h1b_without_step3', { ...counts, ...shares, ...fee })];
    case 'needs_j1':
      return [reason('visa.j1', counts)];
    case 'either':
      return [reason('visa.j1', counts), reason('visa.either_routes', routes)];
    case 'unsure':
    case 'not_given':
      // a need whose route is not chosen is planned as a need: the facts that decide the route come with it
      return [reason('visa.unsettled', { unsure: a.visa === 'unsure' }), reason('visa.j1', counts), reason('visa.either_routes', routes)];
    case 'us_citizen':
      return [reason('visa.us_citizen', { usImgRate: rates2026.usImgMatchRate.value, nonUsImgRate: rates2026.nonUsImgMatchRate.value, year: rates2026.usImgMatchRate.year })];
    case 'green_card':
      return [reason('visa.green_card', {})];
    case 'ead':
      return [reason('visa.ead', {})];
  }
}
