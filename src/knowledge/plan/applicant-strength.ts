// The applicant as the plan sees them, and their program-independent strength for one specialty.
import type { Profile, Region, Specialty } from '../../domain/profile.js';
import { derivedFacts } from '../rules/facts.js';
import { step2Benchmark, type Benchmark } from './specialty-info.js';

/** What the plan needs to know about the applicant, with unknowns kept explicit. */
export interface ApplicantView {
  visa: NonNullable<Profile['visa']> | 'not_given';
  usCitizen: boolean;
  needsVisa: boolean;
  score: number | undefined;
  scoreIsPredicted: boolean;
  examFailures: number;
  step1NotPassed: boolean;
  yearsSinceGraduation: number | undefined;
  usce: 'none' | 'observership' | 'hands_on' | 'not_given';
  usceMonths: number;
  usceRegions: readonly Region[];
  hasLaTies: boolean;
  languages: readonly string[];
  regions: readonly (Region | 'anywhere')[];
  reapplying: boolean;
}

/** Reads the profile into an ApplicantView; `now` sets the graduation-year arithmetic. */
export function applicantView(p: Profile, now: Date): ApplicantView {
  const d = derivedFacts(p, now);
  const visa = p.visa ?? 'not_given';
  const usce = !p.usce ? 'not_given'
    : p.usce.kind === 'none' || p.usce.months < 1 ? 'none'
      : p.usce.kind === 'observership' ? 'observership' : 'hands_on';
  return {
    visa,
    usCitizen: visa === 'us_citizen',
    needsVisa: visa !== 'us_citizen' && visa !== 'green_card' && visa !== 'ead',
    score: d.step2ckScore,
    scoreIsPredicted: p.step2ck !== undefined && !p.step2ck.taken,
    examFailures: d.examFailures,
    step1NotPassed: p.step1?.result === 'failed',
    yearsSinceGraduation: d.yearsSinceGraduation,
    usce,
    usceMonths: p.usce?.months ?? 0,
    usceRegions: p.usce?.where ?? [],
    hasLaTies: d.hasLaTies === true,
    languages: (d.nonEnglishLanguages as readonly string[] | undefined) ?? [],
    regions: p.regions ?? [],
    reapplying: p.stage === 'reapplying',
  };
}

/** Program-independent points (higher = stronger), reasons in words, risk factors, and how many are severe. */
export interface Strength { points: number; reasons: string[]; risks: string[]; severe: number; benchmark: Benchmark }

/** Judges the applicant for one specialty: Step 2 CK vs matched IMGs, failed attempts, graduation year, USCE. */
export function applicantStrength(a: ApplicantView, s: Specialty): Strength {
  const benchmark = step2Benchmark(s, a.usCitizen);
  const reasons: string[] = [];
  const risks: string[] = [];
  let points = 0;
  let severe = 0;

  if (a.score === undefined) {
    points -= 1;
    risks.push('no Step 2 CK score yet');
    reasons.push(`no Step 2 CK score yet — counted as below ${benchmark.value} (${benchmark.basis}) until you have one`);
  } else {
    const delta = a.score - benchmark.value;
    const sp = delta >= 15 ? 2 : delta >= 5 ? 1 : delta >= -5 ? 0 : delta >= -15 ? -1 : -2;
    points += sp;
    if (delta < -15) severe += 1;
    if (sp <= -1) risks.push(`Step 2 CK ${delta < -15 ? 'far ' : ''}below the benchmark`);
    const rel = delta === 0 ? 'equal to' : `${Math.abs(delta)} ${delta > 0 ? 'above' : 'below'}`;
    reasons.push(`${a.scoreIsPredicted ? 'predicted ' : ''}Step 2 CK ${a.score} is ${rel} ${benchmark.value} (${benchmark.basis})`);
  }
  if (a.step1NotPassed) {
    points -= 2;
    severe += 1;
    risks.push('Step 1 not yet passed');
    reasons.push('Step 1 not yet passed — no program can rank you until it is');
  }
  if (a.examFailures > 0) {
    points -= a.examFailures >= 2 ? 2 : 1;
    if (a.examFailures >= 2) severe += 1;
    risks.push(`${a.examFailures} failed exam attempt${a.examFailures > 1 ? 's' : ''}`);
    reasons.push(`${a.examFailures} failed USMLE attempt${a.examFailures > 1 ? 's' : ''} — many programs screen on first-attempt passes`);
  }
  if (a.yearsSinceGraduation !== undefined && a.yearsSinceGraduation > 5) {
    points -= a.yearsSinceGraduation > 10 ? 2 : 1;
    if (a.yearsSinceGraduation > 10) severe += 1;
    risks.push(`graduated ${a.yearsSinceGraduation} years ago`);
    reasons.push(`graduated ${a.yearsSinceGraduation} years ago — many programs prefer the last 3–5 years`);
  }
  if (a.usce === 'none' || a.usce === 'not_given') {
    points -= 1;
    risks.push('no US clinical experience');
    reasons.push(a.usce === 'none' ? 'no US clinical experience' : 'US clinical experience not given — counted as none');
  } else if (a.usce === 'hands_on' && a.usceMonths >= 3) {
    points += 1;
    reasons.push(`${a.usceMonths} months of hands-on US clinical experience`);
  } else if (a.usce === 'observership') {
    reasons.push('US experience is observership only — counts less than hands-on work');
  }
  if (a.needsVisa) risks.push('needs a visa');
  if (a.reapplying) risks.push('reapplying after not matching');
  return { points, reasons, risks, severe, benchmark };
}
