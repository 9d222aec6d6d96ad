// Builds the tiered plan for a profile from the knowledge base; pure (the clock comes in as `now`).
import type { Plan, PlannedProgram, ProgramEvidence, ReasonCode, Standing, Tier } from '../domain/plan.js';
import type { Profile, Specialty } from '../domain/profile.js';
import type { Program } from '../knowledge/import/program-schema.js';
import { evaluateRules, type Rule } from '../knowledge/rules/rules.js';
import { applicantStrength, applicantView, type Strength } from './applicant-strength.js';
import { applicationPlan, listSplit } from './applications.js';
import { PLAN_FIGURES, type PlanFigures } from '../knowledge/plan-figures.js';
import { planCalendar } from '../knowledge/calendar.js';
import { withFeeSeason } from './fee-season.js';
import { planCaveats } from './caveats.js';
import { firstSteps, gapSizes, rankSteps } from './first-steps.js';
import { withRankMedians } from './rank-step.js';
import { boundByList, countOpen, h1bOnlyCount, inRegions, noOpen, type OpenCount } from './list-bounds.js';
import { visaOpenness, type VisaOpenness } from './visa-openness.js';
import { listShape } from './list-shape.js';
import { notThisCycle } from './not-this-cycle.js';
import { withReadinessGaps } from './readiness.js';
import { addStats, emptyStats, planIndex } from './plan-index.js';
import { IM_COMMUNITY_VS_UNIVERSITY } from './national-figures.js';
import { filterProgram } from './program-filters.js';
import type { PlanProgram } from './program-index.js';
import { BAND_RANK, isCompetitive, isOneYear, specialtyLabel } from './specialty-info.js';
import { planTracks, type Track } from './tracks.js';
import { EVIDENCE_ORDER, evidenceInWords, type Openness } from './evidence.js';
import { sayOnce, staticPart, tierProgram, type Static, type TierMemo, type Tiered } from './tiering.js';
import { situationWarnings } from './warnings.js';
import { militaryNote } from './closed-notes.js';
import { andList } from '../domain/and-list.js';
import { reason, say } from './words.en.js';
import { notThisCycleAdvice } from './warning-words.en.js';
import type { NationalProgram } from '../knowledge/import/national-schema.js';
import type { ProgramFactRow } from '../knowledge/import/program-facts.js';

/** What the plan reads from the knowledge base (a loaded Kb satisfies it); national rows and fact rows are optional. */
export interface PlanKb {
  programs: readonly Program[];
  rules: readonly Rule[];
  national?: readonly NationalProgram[];
  programFacts?: readonly ProgramFactRow[];
  /** The cited figures (knowledge/plan-figures.json of the knowledge folder); the bundled ones when not given. */
  figures?: PlanFigures;
}

const ROLE: Record<Track['role'], Standing['role']> = {
  primary: 'primary', default: 'primary', backup: 'backup', 'parallel track': 'parallel', 'after-not-matching path': 'parallel',
};

/** The whole plan: standing, tiers, exclusions with reasons, first and next steps, applications and cost, calendar, warnings, caveats. */
export function buildPlan(profile: Profile, kb: PlanKb, now: Date): Plan {
  const index = planIndex(kb);
  const figures = kb.figures ?? PLAN_FIGURES;
  const a = applicantView(profile, now);
  const tracks = planTracks(profile, a);
  const strengths = new Map<Specialty, Strength>(tracks.map((t) => [t.specialty, applicantStrength(a, t.specialty, ROLE[t.role], figures.step2ck2026)]));
  // Programs arrive sorted by band then name within a specialty; bucketing by band keeps band, then track, then name.
  const buckets: Record<Tier | 'excluded', PlannedProgram[][]> = { reach: [[], [], [], []], target: [[], [], [], []], safety: [[], [], [], []], excluded: [[], [], [], []] };
  const scope = emptyStats();
  let plainFilter: ReturnType<typeof filterProgram> | undefined; // the same for every program with no stated fact
  let nationalReach = 0;
  // The applicant named regions (not "anywhere"): programs elsewhere are widening, never the reach or check-first groups.
  const named = a.regions.length > 0 && !a.regions.includes('anywhere');
  let widenReach = 0;
  let widenCheck = 0;
  // of those, the ones a visa seeker's file fits once the program confirms the visa (filings only): whether to apply this
  // cycle reads them as fits, so moving them out of the tiers never tells a file to wait that widening would place
  let widenFits = 0;
  const unverified: PlannedProgram[] = [];
  const openBy = new Map<Specialty, OpenCount>();
  const openCount = (s: Specialty) => { let c = openBy.get(s); if (!c) { c = noOpen((index.stats.get(s)?.national ?? 0) > 0); openBy.set(s, c); } return c; };
  const planned = plannedMaker(index.tierMemo);

  for (const track of tracks) {
    const strength = strengths.get(track.specialty)!;
    const role = track.role === 'primary' || track.role === 'default' ? [] : [reason('tier.track_role', { role: track.role, specialty: track.specialty })];
    // Programs with no stated fact and no filing evidence tier alike when their static part is alike: judge each kind once.
    const memo = new Map<Static, Tiered>();
    const st0 = index.stats.get(track.specialty);
    if (st0) addStats(scope, st0);
    for (const p of index.bySpecialty.get(track.specialty) ?? []) {
      const f = p.plain ? (plainFilter ??= filterProgram(p, a, now)) : filterProgram(p, a, now);
      const band = BAND_RANK[p.band];
      if (f.excluded.length) { buckets.excluded[band]!.push(planned(p, f.excluded, [])); continue; }
      countOpen(openCount(track.specialty), p.region, a.regions, p.name);
      let t: Tiered | undefined;
      const st = p.plain && !p.h1bFilings ? staticPart(p, index.tierMemo) : undefined;
      if (st) t = memo.get(st);
      if (!t) {
        const r = tierProgram(p, a, strength, f.tierDown, index.tierMemo);
        t = { ...r, reasons: role.length ? [...role, ...r.reasons] : r.reasons };
        if (st) memo.set(st, t);
      }
      // Outside California we list only programs where the applicant is a realistic fit; reaches there are counted.
      if (t.tier === 'reach' && p.band === 'national' && !named) { nationalReach += 1; continue; }
      // Outside the regions the applicant named, only realistic fits are listed (in their own band, as widening);
      // reaches and programs with no source for the visa there are counted in one labelled widening note instead.
      if (named && !inRegions(p.region, a.regions) && (t.tier === 'reach' || t.unverified)) {
        if (t.unverified) widenCheck += 1; else widenReach += 1;
        if (t.unverified && t.tier !== 'reach' && t.evidence.level === 'public evidence') widenFits += 1;
        continue;
      }
      if (t.unverified) { unverified.push(planned(p, t.reasons, f.verify, t.evidence, t.tier)); continue; }
      if (inRegions(p.region, a.regions)) { const c = openCount(track.specialty); c.withEvidence = (c.withEvidence ?? 0) + 1; }
      buckets[t.tier][band]!.push(planned(p, t.reasons, f.verify, t.evidence));
    }
  }
  const tiers: Record<Tier, PlannedProgram[]> = { reach: buckets.reach.flat(), target: buckets.target.flat(), safety: buckets.safety.flat() };
  const excluded = buckets.excluded.flat();
  const sharedNotes = shareCommon(tiers);
  const military = militaryNote(excluded, a.regions);
  if (military) sharedNotes.push(military);
  const unchecked = unverifiedGroup(unverified);
  // (what is unknown differs: a visa seeker's programs lack a visa policy, others' lack any source on IMG intake)
  if (unchecked.more > 0) sharedNotes.push(a.needsVisa
    ? `Another ${unchecked.more} programs outside California could fit you, but nothing we hold shows whether they take your visa; they are not listed. Check a program's visa policy before adding it.`
    : `Another ${unchecked.more} programs outside California could fit you, but no source we hold says whether they take IMGs; they are not listed. Look for IMGs among a program's current residents before adding it.`);
  // said only where a listed program is a community program by a source (a name never makes one)
  const community = (p: PlannedProgram) => p.reasonCodes?.some((r) => r.code === 'tier.program_type' && r.params.type === 'community') === true;
  if (tracks.some((t) => t.specialty === 'internal_medicine' || t.specialty === 'prelim_internal_medicine') && [...tiers.reach, ...tiers.target, ...tiers.safety].some(community)) {
    sharedNotes.push(`Why community programs count as more open: ${IM_COMMUNITY_VS_UNIVERSITY.text} (${IM_COMMUNITY_VS_UNIVERSITY.source}, ${IM_COMMUNITY_VS_UNIVERSITY.year}).`);
  }
  if (widenReach + widenCheck > 0) {
    const unsourced = widenCheck - widenFits;
    const parts = [
      widenReach ? `${widenReach} more program${widenReach === 1 ? '' : 's'} would be reaches for you` : '',
      widenFits ? `${widenFits} more would fit your file but rest only on their institution's work-visa filings (ask each whether it takes your visa)` : '',
      unsourced ? `${unsourced} more ha${unsourced === 1 ? 's' : 've'} no source for whether ${unsourced === 1 ? 'it takes' : 'they take'} ${a.needsVisa ? 'your visa' : 'IMGs (you need no visa, so none is closed to you on that count)'}` : '',
    ].filter(Boolean);
    const said = andList(parts);
    sharedNotes.push(`Widening beyond the regions you chose: ${said}; they are not listed. Programs outside your regions that are listed are realistic fits, shown in their own band; add regions to see the rest.`);
  }
  if (nationalReach > 0) {
    sharedNotes.push(`Another ${nationalReach} programs outside California in your specialties would be reaches for you; they are not listed. Add the ones you have a real reason for (a rotation, a letter writer, family) after checking their sites.`);
  }

  const primary = tracks[0]!;
  const dream = isCompetitive(primary.specialty) && tracks.some((t) => t.role !== 'primary' && !isCompetitive(t.specialty)) ? primary.specialty : null;
  const standings = new Map<Specialty, Standing>([...strengths].map(([s, st]) => [s, st.standing]));
  for (const p of unchecked.list) if (inRegions(p.region, a.regions)) { const c = openCount(p.specialty); c.toCheck = (c.toCheck ?? 0) + 1; }
  const openness = new Map<Specialty, VisaOpenness>();
  for (const t of tracks) { const o = visaOpenness(index.bySpecialty.get(t.specialty) ?? [], a); if (o) openness.set(t.specialty, o); }
  // One decision: which specialty takes the full list is made here, and the counts and the warnings both read it.
  const lists = listSplit(tracks, standings, a, dream, openness);
  const counted = applicationPlan(tracks, standings, a, dream, lists, figures.rates2026);
  const fullList = counted.perSpecialty!.reduce((best, c) => (c.max > best.max ? c : best), counted.perSpecialty![0]!);
  const bounded0 = boundByList(counted, openBy);
  const h1b = a.visa === 'needs_h1b' ? h1bOnlyCount(bounded0.applications, openBy) : undefined;
  const bounded = h1b ? { applications: h1b.applications, warnings: [...h1b.warnings, ...bounded0.warnings] } : bounded0;
  const applications = withFeeSeason(bounded.applications, figures.erasFees.seasonYear, now);
  const parallel = tracks.find((t) => t.role !== 'primary' && !isCompetitive(t.specialty) && !isOneYear(t.specialty));
  const basis = strengths.get((dream || isOneYear(primary.specialty)) && parallel ? parallel.specialty : primary.specialty)!;
  const open = tiers.reach.length + tiers.target.length + tiers.safety.length;
  const standingList = tracks.map((t) => strengths.get(t.specialty)!.standing);
  const warnings = situationWarnings({
    a, tracks, tableCount: (s) => index.bySpecialty.get(s)?.length ?? 0, scope, tiers, open, applicationsMin: applications.min, fullList, lists, strength: basis,
    standings: standingList, ...suggestBackup(tracks, standingList[0]!, a, figures), figures,
  });
  const signaling = signalingText(tracks, figures.signals);
  // Gaps are read in the specialty that carries the full list (the backup when the applicant stands higher there).
  const full = applications.perSpecialty!.reduce((best, c) => (c.max > best.max ? c : best), applications.perSpecialty![0]!);
  const gapBasis = dream || isOneYear(primary.specialty) ? basis.standing : strengths.get(full.specialty)?.standing ?? basis.standing;
  const gaps = gapSizes(gapBasis);
  // a step that quotes rank-list medians quotes the applicant's own specialties (one-year tracks have none)
  const steps = withRankMedians(evaluateRules(kb.rules, profile, now), tracks.map((t) => t.specialty).filter((x) => !isOneYear(x)));
  const ranked = rankSteps(steps, gaps);
  const calendar = planCalendar(now, profile.stage);
  // Steps that send this cycle's applications contradict "not this cycle": out of the first five, framed as "if you apply anyway".
  const applyNow = new Set(kb.rules.filter((r) => r.applyingNow).map((r) => r.id));
  const later = notThisCycle(profile, a, standingList[0]!, tiers.target.length + tiers.safety.length + widenFits, now, figures.readyToApply);
  // the strategy warning the plan already leads with stays first; "not this cycle" comes right after it
  const lead = [...warnings.key.slice(0, 1), ...(later?.whyCode ? [later.whyCode] : []), ...bounded.warnings.slice(0, 1)];
  const keyWarningCodes = [...lead, ...warnings.key.slice(1)];
  const warningCodes = [...bounded.warnings, ...warnings.all];
  const keyWarnings = keyWarningCodes.map(say);
  const allWarnings = warningCodes.map(say);

  return {
    profile,
    standing: standingList,
    tiers,
    excluded,
    ...(unchecked.list.length ? { unverified: unchecked.list } : {}),
    firstSteps: firstSteps(later ? steps.filter((s) => !applyNow.has(s.id)) : steps, later ? withReadinessGaps(gaps, readinessOf(later)) : gaps),
    nextSteps: later ? ranked.map((s) => (applyNow.has(s.id) ? { ...s, title: `If you apply this cycle anyway: ${s.title.charAt(0).toLowerCase()}${s.title.slice(1)}` } : s)) : ranked,
    applications: later ? { ...applications, why: `If you apply this cycle anyway (${notThisCycleAdvice(later.whyCode)}): ${applications.why}` } : applications,
    listShape: listShape(buckets),
    ...(sharedNotes.length ? { sharedNotes } : {}),
    ...(keyWarnings.length ? { keyWarnings, keyWarningCodes } : {}),
    ...(later ? { notThisCycle: later } : {}),
    ...(calendar ? { calendar } : {}),
    ...(allWarnings.length ? { warnings: allWarnings, warningCodes } : {}),
    ...(signaling ? { signaling } : {}),
    caveats: planCaveats(scope),
  };
}

/** The readiness gaps the dated plan names (none when it rests on the file's level or a missed graduation season). */
function readinessOf(later: NonNullable<Plan['notThisCycle']>): readonly string[] {
  const g = later.whyCode?.code === 'warning.not_this_cycle_unready' ? later.whyCode.params.gaps : undefined;
  return Array.isArray(g) ? g : [];
}

/** For a weak primary with nothing else planned: the standing in family medicine (or internal medicine), to suggest as a backup. */
function suggestBackup(tracks: readonly Track[], primary: Standing, a: ReturnType<typeof applicantView>, figures: PlanFigures): { suggestion?: Standing } {
  if (tracks.length > 1 || tracks[0]!.role !== 'primary' || (primary.level !== 'weak' && primary.level !== 'very weak')) return {};
  const alt: Specialty = tracks[0]!.specialty === 'family_medicine' ? 'psychiatry' : 'family_medicine';
  // judged as the field would be pursued (its letters sought there too); once added, a backup track reads its letters as another field's
  return { suggestion: { ...applicantStrength(a, alt, 'primary', figures.step2ck2026).standing, role: 'backup' } };
}

/** Unverified programs listed at most, outside California (California ones are all listed); the rest are counted. */
const UNVERIFIED_NATIONAL_MAX = 40;

/** The unverified group ordered by evidence (strongest first), then band and name; national ones capped. */
function unverifiedGroup(list: PlannedProgram[]): { list: PlannedProgram[]; more: number } {
  const rank = (p: PlannedProgram) => EVIDENCE_ORDER.indexOf(p.evidence?.level ?? 'unknown') * 10 + (p.ifVerified === 'safety' ? 0 : p.ifVerified === 'target' ? 1 : 2);
  const sorted = list.map((p, i) => ({ p, i, r: rank(p) })).sort((x, y) => x.r - y.r || x.i - y.i).map((x) => x.p);
  const out: PlannedProgram[] = [];
  let national = 0;
  let more = 0;
  for (const p of sorted) {
    if (p.band === 'national' && ++national > UNVERIFIED_NATIONAL_MAX) { more += 1; continue; }
    out.push(p);
  }
  return { list: out, more };
}

/**
 * Makes PlannedPrograms for one plan: reason and verify codes become words once per shared list (programs with no stated
 * fact share their lists, and keep sharing the rendered ones), and the codes stay next to the words.
 */
function plannedMaker(memo: TierMemo): (p: PlanProgram, reasons: ReasonCode[], verify: ReasonCode[], evidence?: Openness, ifVerified?: Tier) => PlannedProgram {
  const words = new WeakMap<readonly ReasonCode[], string[]>();
  const inWords = (codes: ReasonCode[]) => { let w = words.get(codes); if (!w) { w = codes.map((r) => sayOnce(r, memo)); words.set(codes, w); } return w; };
  const evidences = new WeakMap<Openness, ProgramEvidence>();
  const evidenceOf = (o: Openness) => { let e = evidences.get(o); if (!e) { e = evidenceInWords(o); evidences.set(o, e); } return e; };
  return (p, reasons, verify, evidence, ifVerified) => {
    const out: PlannedProgram = {
      id: p.id, name: p.name, specialty: p.specialty, city: p.city, region: p.region, band: p.band, state: p.state,
      reasons: inWords(reasons), verify: inWords(verify), reasonCodes: reasons, verifyCodes: verify,
    };
    if (evidence) out.evidence = evidenceOf(evidence);
    if (ifVerified) out.ifVerified = ifVerified;
    if (p.facts.length) out.facts = p.facts;
    if (p.h1bFilings) out.h1bFilings = p.h1bFilings;
    return out;
  };
}

/** Verify items every open program shares are said once (returned) and removed from each program, words and codes alike. */
function shareCommon(tiers: Record<Tier, PlannedProgram[]>): string[] {
  const all = [...tiers.reach, ...tiers.target, ...tiers.safety];
  if (all.length < 2) return [];
  const distinct = [...new Set(all.map((p) => p.verify))]; // programs with no stated fact share one verify array
  const shared = all[0]!.verify.filter((v) => distinct.every((list) => list.includes(v)));
  if (!shared.length) return [];
  const set = new Set(shared);
  const memo = new Map<string[], { verify: string[]; codes?: ReasonCode[] }>(); // programs with no stated fact share one verify array
  for (const p of all) {
    let v = memo.get(p.verify);
    if (!v) {
      const keep = p.verify.map((x) => !set.has(x));
      v = { verify: p.verify.filter((_, i) => keep[i]), ...(p.verifyCodes ? { codes: p.verifyCodes.filter((_, i) => keep[i]) } : {}) };
      memo.set(p.verify, v);
    }
    p.verify = v.verify;
    if (v.codes) p.verifyCodes = v.codes;
  }
  return shared.map((v) => `Every program below: ${v}`);
}

function signalingText(tracks: readonly Track[], signals: PlanFigures['signals']): string | undefined {
  const parts = tracks.filter((t) => t.role !== 'after-not-matching path').map((t) => {
    const s = signals[t.specialty];
    return s
      ? `${specialtyLabel(t.specialty)} ${s.year}: ${s.text} (${s.source}) — send them where you are a realistic fit, not only to reach programs.`
      : `${specialtyLabel(t.specialty)}: no signal count in our data — check this cycle's ERAS signalling rules for the specialty.`;
  });
  return parts.length ? parts.join(' ') : undefined;
}

