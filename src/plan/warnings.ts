// Honest warnings about the applicant's situation: competitive dream, one-year tracks, reapplying, exams, visa, coverage.
import type { ApplicationCount, PlannedProgram, Standing, Tier } from '../domain/plan.js';
import { scoreWords } from '../domain/score-words.js';
import type { ApplicantView } from './applicant-view.js';
import type { Strength } from './applicant-strength.js';
import type { PlanFigures } from '../knowledge/plan-figures.js';
import { CALIFORNIA_NON_US_SHARE } from './national-figures.js';
import type { ScopeStats } from './plan-index.js';
import { isCompetitive, isOneYear, specialtyLabel } from './specialty-info.js';
import { ckFiguresFor } from './step2ck-2026.js';
import { weakForCompetitive, type Track } from './tracks.js';
import { visaWarnings } from './visa-advice.js';

/** Everything the warnings look at. */
export interface WarningContext {
  a: ApplicantView;
  tracks: readonly Track[];
  /** Number of programs in the whole table for each specialty of the plan. */
  tableCount: (s: Track['specialty']) => number;
  /** Counts over every program in scope (open or excluded). */
  scope: ScopeStats;
  tiers: Record<Tier, PlannedProgram[]>;
  open: number;
  applicationsMin: number;
  /** The specialty that takes the full list, and its count (the decision the counts were made from). */
  fullList: ApplicationCount;
  strength: Strength;
  /** Standing in each specialty of the plan, primary first. */
  standings: readonly Standing[];
  /** Standing in a realistic specialty the applicant did not name, when the primary is weak and nothing else is planned. */
  suggestion?: Standing;
  /** The cited figures of the plan's knowledge (knowledge/plan-figures.json). */
  figures: PlanFigures;
}

/** Below this 2026 match rate (non-US IMGs who preferred the specialty) a file alone in it is told to add a backup. */
const LOW_MATCH_RATE_PCT = 40;

/** Warnings in reading order, and the one or two that change the strategy (`key`). */
export function situationWarnings(c: WarningContext): { all: string[]; key: string[] } {
  const out: string[] = [];
  const key: string[] = [];
  const primary = c.tracks[0]!;
  const parallel = c.tracks.find((t) => t.role === 'parallel track' || (t.role === 'backup' && !isCompetitive(t.specialty) && !isOneYear(t.specialty)));
  if (primary.role === 'default') {
    out.push('You have not chosen a specialty yet, so this plan shows internal medicine and family medicine, the two most open to IMGs.');
  }
  if (primary.role === 'primary' && isCompetitive(primary.specialty)) {
    const label = specialtyLabel(primary.specialty);
    const weak = weakForCompetitive(c.a);
    const w = `${cap(label)} is among the specialties the guides call very difficult for IMGs with low scores${weak ? ', and your file is not yet at the level these programs usually take' : '; even a strong IMG file should plan for not matching in it'}.${c.tableCount(primary.specialty) === 0 ? ` Our table has no ${label} programs yet.` : ''}${parallel ? ` Run a full parallel application in ${specialtyLabel(parallel.specialty)} — the realistic field nearest your dream; its programs are tiered below.` : ''} The long route the guides describe — a preliminary year plus research in ${label} — is possible but uncertain: treat it as a second attempt, not the plan.`;
    out.push(w);
    key.push(w);
  }
  if (primary.role === 'primary' && isOneYear(primary.specialty)) {
    const w = `A ${specialtyLabel(primary.specialty)} position is one year only: it ends after PGY-1, so you need a PGY-2 plan — an advanced position that starts after it, or a categorical application${parallel ? ` (we added ${specialtyLabel(parallel.specialty)} as your categorical track)` : ''}. Without one you reapply during the year.`;
    out.push(w);
    key.push(w);
  }
  const first = c.standings[0];
  const better = c.standings.slice(1).find((s) => s.role === 'backup' && first && s.score >= first.score + 10);
  if (first && better) {
    // said from the count's decision: the full list goes where the counts put it, never where the warning alone would
    const w = c.fullList.specialty === better.specialty
      ? `You stand clearly higher in ${specialtyLabel(better.specialty)} (${scoreWords(better.score)}) than in ${specialtyLabel(first.specialty)} (${scoreWords(first.score)}), so most of your applications go there; keep ${specialtyLabel(first.specialty)} as the smaller list.`
      : `You stand clearly higher in ${specialtyLabel(better.specialty)} (${scoreWords(better.score)}) than in ${specialtyLabel(first.specialty)} (${scoreWords(first.score)}), but far fewer ${specialtyLabel(better.specialty)} programs show they take your visa, so ${specialtyLabel(c.fullList.specialty)} keeps the full list and ${specialtyLabel(better.specialty)} is the smaller one; apply to every ${specialtyLabel(better.specialty)} program that shows it takes your visa.`;
    out.push(w);
    key.push(w);
  }
  if (first && c.suggestion && c.suggestion.score >= first.score + 10) {
    const w = `Your file stands ${first.level} in ${specialtyLabel(first.specialty)} (${scoreWords(first.score)}) but ${c.suggestion.level} in ${specialtyLabel(c.suggestion.specialty)} (${scoreWords(c.suggestion.score)}): consider adding it as a backup, where the same file goes further.`;
    out.push(w);
    key.push(w);
  }
  // A specialty where few non-US IMGs match: a borderline or weaker file alone in it needs a backup specialty.
  const own = first ? ckFiguresFor(first.specialty, c.figures.step2ck2026) : undefined;
  if (first && own && !own.proxy && c.tracks.length === 1 && own.figures.matchRatePct < LOW_MATCH_RATE_PCT
    && !(c.suggestion && c.suggestion.score >= first.score + 10)) {
    // the rate is the field's, not the file's: a good file alone in a narrow field still needs a second door
    const advice = first.level === 'strong' || first.level === 'competitive'
      ? `even with a ${first.level} file, most who chose it did not match: plan a parallel application in a backup specialty (family medicine or internal medicine) or a preliminary year.`
      : `with a ${first.level} file, add a backup specialty (family medicine or internal medicine) or a preliminary year as a parallel application.`;
    const w = `Only ${own.figures.matchRatePct}% of non-US IMGs who preferred ${specialtyLabel(first.specialty)} matched in it in ${c.figures.step2ck2026.year} (NRMP Charting Outcomes ${c.figures.step2ck2026.year}, nrmp.org): ${advice}`;
    out.push(w);
    key.push(w);
  }
  if (c.a.reapplying) {
    const w = 'You are reapplying. The guides\' long-term paths: a research position in Los Angeles (publications and academic letters), more hands-on US clinical work if yours was short or observership-only, work on communication and medical English, and a fresh look at specialty and geography — apply much more widely across the US, or to family medicine or psychiatry. Also: SOAP if you are eligible, preliminary or transitional years (tiered below), and Step 3 if it adds something new. Programs judge what changed since last cycle.';
    out.push(w);
    key.push(w);
  }
  if (c.a.step1NotPassed) {
    out.push('Step 1 is not passed: ECFMG certification, and so starting residency, requires it. Programs are tiered as if you pass, which you must do first.');
  }
  out.push(...visaWarnings(c.a, c.scope, c.figures));
  if (c.a.score === undefined || c.a.scoreIsPredicted) {
    const fig = ckFiguresFor(primary.specialty, c.figures.step2ck2026).figures;
    const w = `Step 2 CK is not on your file yet. Aim to be safely above the ${c.figures.step2ck2026.year} first quartile of matched non-US IMGs in ${specialtyLabel(primary.specialty)} (${fig.matched.q1}); the guides say at least 220–225, ideally 235 or more. If your practice tests are not there, delaying a cycle for a strong score usually beats applying with a weak one — but each year of delay adds to your years since graduation, which some programs penalise.`;
    out.push(w);
    if (key.length < 2) key.push(w);
  }
  if (c.a.examFailures > 0) {
    const cite = c.figures.rates.pdCiteFailedAttempt;
    out.push(`${Math.round(cite.value * 100)}% of program directors cite any failed USMLE attempt when deciding whom to interview (${cite.source}, ${cite.year}).`);
  }
  const inCa = c.tiers.target.concat(c.tiers.safety).filter((p) => p.band !== 'national').length;
  const national = c.tiers.target.concat(c.tiers.safety).length - inCa;
  if (c.tiers.safety.length === 0 && c.tiers.target.length === 0 && c.open > 0) {
    const w = 'No program in our table is a target or safety for you yet: strengthen the weakest part of your file before spending on applications, and apply well beyond California.';
    out.push(w);
    if (key.length < 2) key.push(w);
  } else if (inCa === 0 && national > 0) {
    const w = `Your targets and safeties are outside California: ${CALIFORNIA_NON_US_SHARE.text} (${CALIFORNIA_NON_US_SHARE.source}, ${CALIFORNIA_NON_US_SHARE.year}). The guides say to match anywhere first and come back to Southern California for fellowship or practice.`;
    out.push(w);
    if (key.length < 2) key.push(w);
  }
  return { all: out, key: key.slice(0, 2) };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
