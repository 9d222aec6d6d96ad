// Builds the tiered plan for a profile from the knowledge base; pure (the clock comes in as `now`).
import type { Plan, PlannedProgram, Tier } from '../../domain/plan.js';
import type { Profile, Specialty } from '../../domain/profile.js';
import type { Program } from '../programs/program-schema.js';
import { evaluateRules, type Rule } from '../rules/rules.js';
import { applicantStrength, applicantView, type Strength } from './applicant-strength.js';
import { applicationRange } from './applications.js';
import { SIGNALS } from './base-rates.js';
import { planCaveats } from './caveats.js';
import { filterProgram } from './program-filters.js';
import { BAND_ORDER, bandOf, isCompetitive, specialtyLabel } from './specialty-info.js';
import { planTracks, type Track } from './tracks.js';
import { tierProgram } from './tiering.js';
import { situationWarnings } from './warnings.js';

/** What the plan reads from the knowledge base (a loaded Kb satisfies it). */
export interface PlanKb { programs: readonly Program[]; rules: readonly Rule[] }

/** The whole plan: tiers, exclusions with reasons, next steps, application range, signalling, warnings, caveats. */
export function buildPlan(profile: Profile, kb: PlanKb, now: Date): Plan {
  const a = applicantView(profile, now);
  const tracks = planTracks(profile, a);
  const strengths = new Map<Specialty, Strength>(tracks.map((t) => [t.specialty, applicantStrength(a, t.specialty)]));
  const tiers: Record<Tier, PlannedProgram[]> = { reach: [], target: [], safety: [] };
  const excluded: PlannedProgram[] = [];
  const inScope: Program[] = [];

  for (const track of tracks) {
    const strength = strengths.get(track.specialty)!;
    for (const p of kb.programs.filter((x) => x.specialty === track.specialty)) {
      inScope.push(p);
      const base = { id: p.id, name: p.name, specialty: p.specialty, city: p.city, region: p.region, band: bandOf(p.region) };
      const f = filterProgram(p, a, now);
      if (f.excluded.length) { excluded.push({ ...base, reasons: f.excluded, verify: [] }); continue; }
      const t = tierProgram(p, a, strength);
      const role = track.role === 'primary' || track.role === 'default' ? [] : [`${track.role}: ${specialtyLabel(track.specialty)}`];
      tiers[t.tier].push({ ...base, reasons: [...role, ...t.reasons], verify: f.verify });
    }
  }
  const order = (x: PlannedProgram, y: PlannedProgram) =>
    BAND_ORDER.indexOf(x.band) - BAND_ORDER.indexOf(y.band)
    || tracks.findIndex((t) => t.specialty === x.specialty) - tracks.findIndex((t) => t.specialty === y.specialty)
    || x.name.localeCompare(y.name) || x.id.localeCompare(y.id);
  for (const k of ['reach', 'target', 'safety'] as const) tiers[k].sort(order);
  excluded.sort(order);

  const parallel = tracks.find((t) => (t.role === 'parallel track' || t.role === 'backup') && !isCompetitive(t.specialty));
  const primary = tracks[0]!;
  const dream = isCompetitive(primary.specialty) && parallel ? specialtyLabel(primary.specialty) : null;
  const basis = strengths.get(dream && parallel ? parallel.specialty : primary.specialty)!;
  const applications = applicationRange(a, basis, dream);
  const open = tiers.reach.length + tiers.target.length + tiers.safety.length;

  const warnings = situationWarnings({ profile, a, tracks, programs: kb.programs, inScope, tiers, open, applicationsMin: applications.min, strength: basis });
  const signaling = signalingText(tracks);
  return {
    profile,
    tiers,
    excluded,
    nextSteps: evaluateRules(kb.rules, profile, now),
    applications,
    ...(warnings.length ? { warnings } : {}),
    ...(signaling ? { signaling } : {}),
    caveats: planCaveats(inScope),
  };
}

function signalingText(tracks: readonly Track[]): string | undefined {
  const parts = tracks.filter((t) => t.role !== 'after-not-matching path').map((t) => {
    const s = SIGNALS[t.specialty];
    return s
      ? `${specialtyLabel(t.specialty)} ${s.year}: ${s.text} (${s.source}) — send them where you are a realistic fit, not only to reach programs.`
      : `${specialtyLabel(t.specialty)}: no signal count in our data — check this cycle's ERAS signalling rules for the specialty.`;
  });
  return parts.length ? parts.join(' ') : undefined;
}
