// Honest warnings about the applicant's situation: competitive dream, reapplying, visa, exams, coverage.
import type { PlannedProgram, Tier } from '../../domain/plan.js';
import type { Profile } from '../../domain/profile.js';
import type { Program } from '../programs/program-schema.js';
import type { ApplicantView, Strength } from './applicant-strength.js';
import { weakForCompetitive, type Track } from './tracks.js';
import { RATES } from './base-rates.js';
import { isCompetitive, specialtyLabel } from './specialty-info.js';
import { visaWarnings } from './visa-advice.js';

/** Everything the warnings look at. */
export interface WarningContext {
  profile: Profile;
  a: ApplicantView;
  tracks: readonly Track[];
  programs: readonly Program[];
  inScope: readonly Program[];
  tiers: Record<Tier, PlannedProgram[]>;
  open: number;
  applicationsMin: number;
  strength: Strength;
}

/** Warnings in the order a reader should meet them. */
export function situationWarnings(c: WarningContext): string[] {
  const out: string[] = [];
  const primary = c.tracks[0]!;
  if (primary.role === 'default') {
    out.push('You have not chosen a specialty yet, so this plan shows internal medicine and family medicine, the two most open to IMGs.');
  }
  if (primary.role === 'primary' && isCompetitive(primary.specialty)) {
    const label = specialtyLabel(primary.specialty);
    const parallel = c.tracks.find((t) => t.role === 'parallel track' || (t.role === 'backup' && !isCompetitive(t.specialty)));
    const inTable = c.programs.filter((p) => p.specialty === primary.specialty).length;
    out.push(`${cap(label)} is among the specialties the guides call very difficult for IMGs with low scores${weakForCompetitive(c.a) ? ', and your profile is not yet at the level these programs usually take' : '; even a strong IMG profile should plan for not matching in it'}.${inTable === 0 ? ` Our table has no ${label} programs yet.` : ''} Many such specialties also start after a separate preliminary or transitional year.${parallel ? ` Run a full parallel application in ${specialtyLabel(parallel.specialty)}; its programs are tiered below.` : ''} A longer route (a preliminary year plus research in ${label}) is possible but uncertain.`);
  }
  if (c.a.reapplying) {
    out.push('You are reapplying. The after-not-matching paths: the SOAP week if you are eligible, a preliminary or transitional year (tiered below), research or clinical work that adds something new, and Step 3 if it strengthens your file. Reapplicants are judged on what changed since last cycle.');
  }
  if (c.a.step1NotPassed) {
    out.push('Step 1 is not passed: ECFMG certification, and so starting residency, requires it. Programs are tiered as if you pass, which you must do first.');
  }
  out.push(...visaWarnings(c.profile, c.a, c.inScope));
  if (c.a.score === undefined) {
    out.push('Without a Step 2 CK score the tiers count you as below the benchmark; they will move once you have a score.');
  }
  if (c.a.examFailures > 0) {
    out.push(`${Math.round(RATES.pdCiteFailedAttempt.value * 100)}% of program directors cite any failed USMLE attempt when deciding whom to interview (${RATES.pdCiteFailedAttempt.source}, ${RATES.pdCiteFailedAttempt.year}).`);
  }
  if (c.tiers.safety.length === 0 && c.open > 0) {
    out.push('No program in our table is a safety for you: strengthen the weakest part of your file and apply well beyond this list.');
  }
  if (c.open < c.applicationsMin || c.strength.points < 0) {
    out.push(`Our table has ${c.open} open California programs in your specialties, against the ${c.applicationsMin}+ applications your profile needs. National programs are not in our table yet: extend your list beyond California (FREIDA and program sites) to programs that take applicants like you.`);
  }
  return out;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
