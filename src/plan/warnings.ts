// Honest warnings about the applicant's situation: competitive dream, one-year tracks, reapplying, exams, visa, coverage.
import type { ApplicationCount, PlannedProgram, ReasonCode, Standing, Tier } from '../domain/plan.js';
import type { ApplicantView } from './applicant-view.js';
import type { Strength } from './applicant-strength.js';
import type { PlanFigures } from '../knowledge/plan-figures.js';
import { CALIFORNIA_NON_US_SHARE } from './national-figures.js';
import type { ScopeStats } from './plan-index.js';
import { isCompetitive, isOneYear, specialtyLabel } from './specialty-info.js';
import { ckFiguresFor } from './step2ck-2026.js';
import { weakForCompetitive, type Track } from './tracks.js';
import { visaWarnings } from './visa-advice.js';
import { inRegions } from './list-bounds.js';
import { WEAK_LEVELS, type ListSplit } from './applications.js';
import type { Region } from '../domain/profile.js';
import { reason } from './words.en.js';

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
  /** How the first choice and its backup share the lists: the counts' own decision, never re-derived here. */
  lists: ListSplit;
  strength: Strength;
  /** Standing in each specialty of the plan, primary first. */
  standings: readonly Standing[];
  /** Standing in a realistic specialty the applicant did not name, when the primary is weak and nothing else is planned. */
  suggestion?: Standing;
  /** The cited figures of the plan's knowledge (knowledge/plan-figures.json). */
  figures: PlanFigures;
}

/** Fewer targets and safeties than this inside the regions the applicant named is said first, with the options. */
const FEW_IN_REGIONS = 5;

/** Below this 2026 match rate (non-US IMGs who preferred the specialty) a file alone in it is told to add a backup. */
const LOW_MATCH_RATE_PCT = 40;
/** Fewer non-US IMGs than this matched in the specialty nationally in 2026: a field this small for them is a narrow
 * door whatever its rate (a few programs changing their minds moves it), so a file alone in it is told to add a backup. */
const FEW_MATCHED = 100;

/** Warnings in reading order as codes (said by words.en.ts), and the one or two that change the strategy (`key`). */
export function situationWarnings(c: WarningContext): { all: ReasonCode[]; key: ReasonCode[] } {
  const out: ReasonCode[] = [];
  const key: ReasonCode[] = [];
  const both = (r: ReasonCode) => { out.push(r); key.push(r); };
  const primary = c.tracks[0]!;
  const parallel = c.tracks.find((t) => t.role === 'parallel track' || (t.role === 'backup' && !isCompetitive(t.specialty) && !isOneYear(t.specialty)));
  if (primary.role === 'default') out.push(reason('warning.no_specialty', {}));
  // Regions named (not anywhere): how many targets and safeties lie inside them, so a
  // list of out-of-region targets is never read as where an applicant who cannot move should apply.
  const narrow = c.a.regions.length > 0 && !c.a.regions.includes('anywhere');
  let few: ReasonCode | undefined;
  const good = c.tiers.target.concat(c.tiers.safety);
  const inside = good.filter((p) => inRegions(p.region, c.a.regions)).length;
  if (narrow && inside < FEW_IN_REGIONS) {
    // said after the specialty and Step 2 CK warnings: a key warning when room is left
    few = (reason('warning.few_targets_in_regions', { inside, outside: good.length - inside, regions: c.a.regions.filter((r): r is Region => r !== 'anywhere'), onlyLa: c.a.regions.every((r) => r === 'la_county') }));
  }
  if (primary.role === 'primary' && isCompetitive(primary.specialty)) {
    both(reason('warning.competitive_dream', { specialty: primary.specialty, weak: weakForCompetitive(c.a), noPrograms: c.tableCount(primary.specialty) === 0, parallel: parallel?.specialty }));
  }
  if (primary.role === 'primary' && isOneYear(primary.specialty)) {
    both(reason('warning.one_year', { specialty: primary.specialty, parallel: parallel?.specialty }));
  }
  const first = c.standings[0];
  const better = c.standings.slice(1).find((s) => s.role === 'backup' && first && s.score >= first.score + 10);
  if (first && better) {
    // said from the count's decision: the full list goes where the counts put it, never where the warning alone would
    const scores = { better: better.specialty, betterScore: better.score, first: first.specialty, firstScore: first.score };
    // (the visa words only where visa evidence set the backup's share of a weak first choice; a weak first choice's backup
    // a level higher has a full list of its own beside it)
    const weakFirst = WEAK_LEVELS.has(first.level);
    both(c.fullList.specialty === better.specialty ? reason('warning.backup_leads', scores)
      : c.lists.backupFull ? reason('warning.backup_full_beside_first', { ...scores, level: first.level })
        : weakFirst && c.lists.split?.why ? reason('warning.backup_higher_visa_keeps_first', { ...scores, full: c.fullList.specialty })
          : reason('warning.first_choice_holds', { ...scores, level: first.level }));
  }
  // A specialty where few non-US IMGs match (a low rate, or few of them at all): a file alone in it needs a backup specialty.
  const own = first ? ckFiguresFor(first.specialty, c.figures.step2ck2026) : undefined;
  const small = own !== undefined && own.figures.matchedCount !== undefined && own.figures.matchedCount < FEW_MATCHED;
  const narrowField = own !== undefined && !own.proxy && (own.figures.matchRatePct < LOW_MATCH_RATE_PCT || small);
  const suggested = first && c.suggestion && c.suggestion.score >= first.score + 10 ? c.suggestion : undefined;
  if (first && suggested) {
    // in a narrow field the suggestion keeps the field's own figure and its other parallel route, a preliminary year
    const rate = narrowField && own ? { matchRatePct: own.figures.matchRatePct, year: c.figures.step2ck2026.year } : {};
    both(reason('warning.suggest_backup', { level: first.level, first: first.specialty, firstScore: first.score, altLevel: suggested.level, alt: suggested.specialty, altScore: suggested.score, ...rate }));
  }
  if (first && own && narrowField && c.tracks.length === 1 && !suggested) {
    // the rate is the field's, not the file's: a good file alone in a narrow field still needs a second door
    both(reason('warning.low_match_rate', {
      specialty: first.specialty, matchRatePct: own.figures.matchRatePct, year: c.figures.step2ck2026.year, level: first.level,
      ...(small ? { matchedCount: own.figures.matchedCount } : {}),
      // a US citizen is a US IMG to the NRMP: the non-US figures are said as such, beside the US IMGs' own overall rate
      ...(c.a.usCitizen ? { usImgRatePct: Math.round(c.figures.rates2026.usImgMatchRate.value * 1000) / 10, usImgYear: c.figures.rates2026.usImgMatchRate.year } : {}),
    }));
  }
  if (c.a.reapplying) both(reason('warning.reapplying', {}));
  if (c.a.step1NotPassed) out.push(reason('warning.step1_not_passed', {}));
  out.push(...visaWarnings(c.a, c.scope, c.figures));
  // a couple's pairs sit in the same cities: when only the partner may need a visa, it bounds the applicant's list too
  if (!c.a.needsVisa && (c.a.partnerVisa === 'needs' || c.a.partnerVisa === 'unsaid')) {
    const w = reason('warning.couples_partner_visa', { unsaid: c.a.partnerVisa === 'unsaid' });
    out.push(w);
    if (key.length < 2) key.push(w);
  }
  if (c.a.score === undefined || c.a.scoreIsPredicted) {
    const fig = ckFiguresFor(primary.specialty, c.figures.step2ck2026).figures;
    const w = reason('warning.ck_not_on_file', { year: c.figures.step2ck2026.year, specialty: primary.specialty, q1: fig.matched.q1 });
    out.push(w);
    if (key.length < 2) key.push(w);
  }
  if (few) { out.push(few); if (key.length < 2) key.push(few); }
  if (c.a.examFailures > 0) {
    const cite = c.figures.rates.pdCiteFailedAttempt;
    out.push(reason('warning.failed_attempt_cited', { share: cite.value, year: cite.year }, cite.source));
  }
  const inCa = c.tiers.target.concat(c.tiers.safety).filter((p) => p.band !== 'national').length;
  const national = c.tiers.target.concat(c.tiers.safety).length - inCa;
  if (c.tiers.safety.length === 0 && c.tiers.target.length === 0 && c.open > 0) {
    const w = reason('warning.no_targets', {});
    out.push(w);
    if (key.length < 2) key.push(w);
  } else if (inCa === 0 && national > 0) {
    const w = reason('warning.targets_outside_california', { text: CALIFORNIA_NON_US_SHARE.text, year: CALIFORNIA_NON_US_SHARE.year }, CALIFORNIA_NON_US_SHARE.source);
    out.push(w);
    if (key.length < 2) key.push(w);
  }
  return { all: out, key: key.slice(0, 2) };
}
