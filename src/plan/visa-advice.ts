// Visa as logic: what the applicant's visa situation opens and closes among the programs in scope.
import { usd } from '../domain/money.js';
import type { ApplicantView } from './applicant-view.js';
import type { PlanFigures } from '../knowledge/plan-figures.js';
import type { ScopeStats } from './plan-index.js';

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
const NOT_LEGAL = '(general information from university immigration offices, not legal advice)';
const NEED = 'Before a J-1 can be issued you need a Statement of Need: a letter from the Ministry of Health of your country of most recent legal permanent residence, addressed to ECFMG and naming your exact specialty (required by US Public Law 94-484; ECFMG Exchange Visitor Sponsorship Program, "Statement of Need" page, golive.ecfmg.org/evsp/applying-general-statement-need.html). Ask your ministry early: it can take months.';
const feeWords = (fee: PlanFigures['h1bNewPetitionFee']) => `New H-1B petitions filed since ${fee.since} carry a one-time ${usd(fee.usd)} fee for the employer (${fee.source}), so expect fewer programs to file a new H-1B than before; H-1B filings from earlier years do not promise one now.`;

/** Warnings about the visa route, with counts over the programs in scope; one line only for those who need no visa. */
export function visaWarnings(a: ApplicantView, scope: ScopeStats, figures: Pick<PlanFigures, 'rates' | 'rates2026' | 'h1bNewPetitionFee'>): string[] {
  const { rates, rates2026: RATES_2026 } = figures;
  const FEE = feeWords(figures.h1bNewPetitionFee);
  const { n, j1Yes, j1No, h1bNo, h1bYes, filed } = scope;
  const h1bUnknown = n - h1bNo - h1bYes;
  const nationalShare = `Nationally, ${pct(rates.imH1bShare.value)} of internal medicine programs reported sponsoring H-1B against ${pct(rates.imJ1Share.value)} accepting J-1 (${rates.imH1bShare.source}, ${rates.imH1bShare.year}).`;
  const filings = filed ? ` ${filed} programs in scope belong to institutions that filed resident H-1B applications in Oct 2024–Mar 2025 (US DOL LCA data): evidence of H-1B use, not a promise to sponsor you.` : '';

  switch (a.visa) {
    case 'needs_h1b': {
      const head = `A residency H-1B needs Steps 1, 2 CK and 3 passed, ECFMG certification and a state licence ${NOT_LEGAL}.`;
      if (a.step3?.status !== 'passed') {
        return [`${head} You have not passed Step 3, so today no program can file an H-1B for you: pass it before rank lists, or consider training on a J-1. Of the ${n} programs in scope, ${h1bNo} state they do not sponsor H-1B (listed as closed), ${h1bYes} state that they do, and ${h1bUnknown} do not say — a Step 3 pass is what would let those ${h1bUnknown} consider you for an H-1B (verify each). ${j1Yes} state that they take J-1. ${FEE}${filings} ${nationalShare}`];
      }
      return [`${head} With Step 3 passed, H-1B is possible where a program files it: ${h1bYes} of the ${n} programs in scope state they do, ${h1bNo} state they do not, and ${h1bUnknown} do not say — ask them in writing, because "we sponsor visas" often means J-1 only. ${FEE}${filings} ${nationalShare}`];
    }
    case 'needs_j1':
      return [`The ECFMG-sponsored J-1 has a 7-year limit on clinical training and a two-year home-country requirement after training unless waived ${NOT_LEGAL}. Of the ${n} programs in scope, ${j1Yes} state they take J-1 and ${j1No} state they do not. ${NEED}`];
    case 'either':
      return [
        `The ECFMG-sponsored J-1 has a 7-year limit on clinical training and a two-year home-country requirement after training unless waived ${NOT_LEGAL}. Of the ${n} programs in scope, ${j1Yes} state they take J-1 and ${j1No} state they do not. ${NEED}`,
        `J-1 or H-1B: the J-1 keeps far more programs open and needs no Step 3; an H-1B avoids the home-country requirement but needs Step 3 passed before the program can file it, and ${h1bNo} programs in scope state they do not sponsor it. ${FEE} Unless you have a reason to need H-1B, rank J-1 programs freely.`,
      ];
    case 'unsure':
    case 'not_given':
      return [`You have not said which visa you would train on, so we treated you as needing one and excluded only programs that state they sponsor no visa. Settle this first: it decides which programs are open.`];
    case 'us_citizen':
      return [`As a US-citizen IMG you need no visa, so every program is open to you on that count (US-citizen IMGs matched at ${pct(RATES_2026.usImgMatchRate.value)} in ${RATES_2026.usImgMatchRate.year} against ${pct(RATES_2026.nonUsImgMatchRate.value)} for non-US IMGs).`];
    case 'green_card':
      return ['As a permanent resident you need no visa, so every program is open to you on that count; say so clearly in your application.'];
    case 'ead':
      return ['Your work permit (EAD) needs no sponsorship while it lasts; make sure it covers the whole of training, and say so clearly in your application.'];
  }
}
