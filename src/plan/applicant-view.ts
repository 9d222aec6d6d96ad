// The applicant as the plan sees them: every answer read once, unknowns kept explicit (no judgement here).
import type { Profile, Region, Specialty } from '../domain/profile.js';
import { derivedFacts } from '../knowledge/rules/facts.js';

/** What the plan needs to know about the applicant, with unknowns kept explicit. */
export interface ApplicantView {
  visa: NonNullable<Profile['visa']> | 'not_given';
  usCitizen: boolean;
  needsVisa: boolean;
  score: number | undefined;
  scoreIsPredicted: boolean;
  ck: Profile['step2ck'];
  step1: Profile['step1'];
  step3: Profile['step3'];
  examFailures: number;
  step1NotPassed: boolean;
  yearsSinceGraduation: number | undefined;
  usce: 'none' | 'observership' | 'hands_on' | 'not_given';
  usceKind: NonNullable<Profile['usce']>['kind'] | 'not_given';
  usceMonths: number;
  usceRegions: readonly Region[];
  letters: Profile['usLors'];
  researchItems: number | undefined;
  research: Profile['research'];
  hasLaTies: boolean;
  languages: readonly string[];
  regions: readonly (Region | 'anywhere')[];
  wantsCalifornia: boolean;
  wantsOutsideCalifornia: boolean;
  reapplying: boolean;
  stage: Profile['stage'];
  /** Applications are in and at least one interview invitation has come (a stage word alone is not enough). */
  interviewing: boolean;
  /** The first-choice specialty, when given (what "letters in the specialty" was said of). */
  primary?: Specialty;
  /** Matching as a couple (both partners' lists must land in the same cities). */
  couplesMatching?: boolean;
  /** Matching as a couple: whether the partner needs a visa ('unsaid' when never said, which the plan counts as a need). */
  partnerVisa?: 'needs' | 'none' | 'unsaid';
  /** Matching as a couple: the partner's specialty, when said (whose programs the shared cities must also hold). */
  partnerSpecialty?: Specialty;
}

/** Reads the profile into an ApplicantView; `now` sets the graduation-year arithmetic. */
export function applicantView(p: Profile, now: Date): ApplicantView {
  const d = derivedFacts(p, now);
  const visa = p.visa ?? 'not_given';
  const usce = !p.usce ? 'not_given'
    : p.usce.kind === 'none' || p.usce.months < 1 ? 'none'
      : p.usce.kind === 'observership' ? 'observership' : 'hands_on';
  const regions = p.regions ?? [];
  return {
    visa,
    usCitizen: visa === 'us_citizen',
    needsVisa: visa !== 'us_citizen' && visa !== 'green_card' && visa !== 'ead',
    score: d.step2ckScore,
    scoreIsPredicted: p.step2ck !== undefined && !p.step2ck.taken,
    ck: p.step2ck,
    step1: p.step1,
    step3: p.step3,
    examFailures: d.examFailures,
    // not passed, or named as still missing for ECFMG ("haven't taken step 1 yet"): no program can rank the applicant yet
    step1NotPassed: p.step1?.result === 'failed' || p.ecfmg?.missing?.includes('step1') === true,
    yearsSinceGraduation: d.yearsSinceGraduation,
    usce,
    usceKind: !p.usce ? 'not_given' : p.usce.months < 1 ? 'none' : p.usce.kind,
    usceMonths: p.usce?.months ?? 0,
    usceRegions: p.usce?.where ?? [],
    letters: p.usLors,
    researchItems: p.research ? p.research.publications + p.research.posters : undefined,
    research: p.research,
    hasLaTies: d.hasLaTies === true,
    languages: (d.nonEnglishLanguages as readonly string[] | undefined) ?? [],
    regions,
    wantsCalifornia: d.wantsCalifornia === true,
    wantsOutsideCalifornia: regions.length === 0 || regions.includes('anywhere') || regions.includes('other_us'),
    reapplying: p.stage === 'reapplying',
    stage: p.stage,
    interviewing: p.cycle?.submitted === true && (p.cycle.interviews ?? 0) > 0,
    couplesMatching: p.couples?.matching === true,
    ...(p.couples?.matching ? { partnerVisa: p.couples.partnerNeedsVisa === undefined ? 'unsaid' : p.couples.partnerNeedsVisa ? 'needs' : 'none' } as const : {}),
    ...(p.specialty?.primary ? { primary: p.specialty.primary } : {}),
    ...(p.couples?.matching && p.couples.partnerSpecialty ? { partnerSpecialty: p.couples.partnerSpecialty } : {}),
  };
}
