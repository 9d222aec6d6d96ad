// Visa as logic: what the applicant's visa situation opens and closes among the programs in scope.
import type { Profile } from '../../domain/profile.js';
import type { Program } from '../programs/program-schema.js';
import type { ApplicantView } from './applicant-strength.js';
import { RATES } from './base-rates.js';

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
const NOT_LEGAL = '(general information from university immigration offices, not legal advice)';

/** Warnings about the visa route, with counts over the programs in scope (open or excluded). */
export function visaWarnings(profile: Profile, a: ApplicantView, programs: readonly Program[]): string[] {
  const n = programs.length;
  const count = (f: (p: Program) => boolean) => programs.filter(f).length;
  const j1Yes = count((p) => p.visaJ1 === 'yes');
  const j1No = count((p) => p.visaJ1 === 'no');
  const h1bNo = count((p) => p.visaH1b === 'no');
  const h1bYes = count((p) => p.visaH1b === 'yes');
  const h1bUnknown = count((p) => p.visaH1b === 'unknown');
  const citizensOnly = count((p) => p.visaJ1 === 'no' && p.visaH1b === 'no');
  const nationalShare = `Nationally, ${pct(RATES.imH1bShare.value)} of internal medicine programs reported sponsoring H-1B against ${pct(RATES.imJ1Share.value)} accepting J-1 (${RATES.imH1bShare.source}, ${RATES.imH1bShare.year}).`;
  const out: string[] = [];

  switch (a.visa) {
    case 'needs_h1b': {
      const head = `A residency H-1B needs Steps 1, 2 CK and 3 passed, ECFMG certification and a state licence ${NOT_LEGAL}.`;
      if (profile.step3?.status !== 'passed') {
        out.push(`${head} You have not passed Step 3, so today no program can file an H-1B for you: every program below is open to you only if you pass Step 3 before rank lists, or can train on a J-1. Of the ${n} programs in scope, ${h1bNo} state they do not sponsor H-1B (listed as closed), ${h1bYes} state that they do, and ${h1bUnknown} do not say — a Step 3 pass is what would let those ${h1bUnknown} consider you for an H-1B (verify each). If you could train on a J-1 instead, ${j1Yes} state that they take J-1. ${nationalShare}`);
      } else {
        out.push(`${head} With Step 3 passed, H-1B is possible where a program files it: ${h1bYes} of the ${n} programs in scope state they do, ${h1bNo} state they do not, and ${h1bUnknown} do not say — ask them in writing, because "we sponsor visas" often means J-1 only. ${nationalShare}`);
      }
      break;
    }
    case 'needs_j1':
    case 'either':
      out.push(`The ECFMG-sponsored J-1 has a 7-year limit on clinical training and a two-year home-country requirement after training unless waived ${NOT_LEGAL}. Of the ${n} programs in scope, ${j1Yes} state they take J-1 and ${j1No} state they do not.`);
      if (a.visa === 'either') out.push(`An H-1B would additionally need Step 3 passed before the program can file it; ${h1bNo} programs in scope state they do not sponsor H-1B.`);
      break;
    case 'unsure':
    case 'not_given':
      out.push(`You have not said which visa you would train on, so we treated you as needing one and excluded only programs that state they sponsor neither J-1 nor H-1B (${citizensOnly} of ${n}). Settle this first: it decides which programs are open.`);
      break;
    case 'us_citizen':
      out.push(`As a US-citizen IMG you need no visa: the ${citizensOnly} programs in scope that take only citizens and permanent residents are open to you. US-citizen IMGs matched at ${pct(RATES.usImgMatchRate.value)} in ${RATES.usImgMatchRate.year} against ${pct(RATES.nonUsImgMatchRate.value)} for non-US IMGs (${RATES.usImgMatchRate.source}).`);
      break;
    case 'green_card':
      out.push(`As a permanent resident you need no visa: the ${citizensOnly} programs in scope that take only citizens and permanent residents are open to you. Match statistics are reported by citizenship, so the non-US-citizen IMG figures (${pct(RATES.nonUsImgMatchRate.value)} matched in ${RATES.nonUsImgMatchRate.year}) are the closer comparison for you.`);
      break;
  }
  return out;
}
