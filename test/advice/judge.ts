// The advisor's judge for simulated applicants: every expect key of the applicant-writers' spec
// (/work/brief/WRITER-APPLICANTS.md), checked against the plan JSON; returns the failed checks in words.
import { existsSync, readFileSync } from 'node:fs';
import type { Plan, PlannedProgram } from '../../src/domain/plan.js';
import { profileSchema } from '../../src/domain/profile.js';
import { buildPlan, type PlanKb } from '../../src/plan/build-plan.js';

/** The checks one simulated applicant may carry (all optional). */
export interface Expect {
  applications?: { min_at_least?: number; max_at_most?: number };
  level?: string[];
  targetPlusSafetyAtLeast?: number;
  targetPlusSafetyAtMost?: number;
  noTargetInCoreLA?: boolean;
  mustNotBeTargetOrSafety?: string[];
  mustBeExcludedOrAbsent?: string[];
  notThisCycle?: boolean;
  firstStepsMention?: string[][];
  firstStepsMustNot?: string[];
  planMentions?: string[][];
  planMustNot?: string[];
}
/** One simulated applicant. */
export interface Applicant { id: string; kind?: string; summary: string; profile: unknown; expect: Expect }
/** A file of simulated applicants. */
export interface ApplicantSet { asOf: string; applicants: Applicant[] }

/** Reads a set of applicants, or undefined when the file does not exist. */
export function readSet(path: string): ApplicantSet | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as ApplicantSet) : undefined;
}

/** Every string the plan holds, lowercased: what an applicant could read anywhere in it (program rows aside). */
export function planText(plan: Plan): string {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (!['profile', 'tiers', 'excluded', 'unverified'].includes(k)) walk(x);
  };
  walk(plan);
  return out.join('\n').toLowerCase();
}

const named = (p: PlannedProgram, sub: string) => p.name.toLowerCase().includes(sub.toLowerCase());

/** The checks one applicant's plan fails, in words (empty when an advisor would sign it). */
export function judgePlan(plan: Plan, e: Expect): string[] {
  const fails: string[] = [];
  const primary = plan.standing?.[0];
  const count = plan.applications.perSpecialty?.[0] ?? plan.applications;
  if (e.applications?.min_at_least !== undefined && count.min < e.applications.min_at_least) fails.push(`applications min ${count.min} < ${e.applications.min_at_least}`);
  if (e.applications?.max_at_most !== undefined && count.max > e.applications.max_at_most) fails.push(`applications max ${count.max} > ${e.applications.max_at_most}`);
  // writers spell a level either way ("very weak", "very_weak"): the judge reads the level, not its spelling
  const levelWords = (l: string) => l.replace(/_/g, ' ').trim().toLowerCase();
  if (e.level && !(primary && e.level.map(levelWords).includes(levelWords(primary.level)))) fails.push(`level ${primary?.level} not in ${e.level.join('/')}`);
  const good = [...plan.tiers.target, ...plan.tiers.safety];
  if (e.targetPlusSafetyAtLeast !== undefined && good.length < e.targetPlusSafetyAtLeast) fails.push(`target+safety ${good.length} < ${e.targetPlusSafetyAtLeast}`);
  if (e.targetPlusSafetyAtMost !== undefined && good.length > e.targetPlusSafetyAtMost) fails.push(`target+safety ${good.length} > ${e.targetPlusSafetyAtMost}`);
  if (e.noTargetInCoreLA && good.some((p) => p.band === 'core LA')) fails.push('target or safety in core LA');
  for (const sub of e.mustNotBeTargetOrSafety ?? []) if (good.some((p) => named(p, sub))) fails.push(`"${sub}" is a target or safety`);
  const offered = [...plan.tiers.reach, ...good, ...plan.unverified ?? []];
  for (const sub of e.mustBeExcludedOrAbsent ?? []) if (offered.some((p) => named(p, sub))) fails.push(`"${sub}" is offered`);
  if (e.notThisCycle !== undefined && Boolean(plan.notThisCycle) !== e.notThisCycle) fails.push(`notThisCycle ${Boolean(plan.notThisCycle)}, expected ${e.notThisCycle}`);
  const steps = (plan.firstSteps ?? plan.nextSteps.slice(0, 5)).map((s) => `${s.title} ${s.detail}`.toLowerCase());
  for (const group of e.firstStepsMention ?? []) if (!steps.some((s) => group.some((g) => s.includes(g)))) fails.push(`first steps lack ${group.join('|')}`);
  for (const bad of e.firstStepsMustNot ?? []) if (steps.some((s) => s.includes(bad))) fails.push(`first steps say "${bad}"`);
  const text = planText(plan);
  for (const group of e.planMentions ?? []) if (!group.some((g) => text.includes(g))) fails.push(`plan lacks ${group.join('|')}`);
  for (const bad of e.planMustNot ?? []) if (text.includes(bad)) fails.push(`plan says "${bad}"`);
  return fails;
}

/** Builds the applicant's plan as of the set's date and judges it. */
export function judge(a: Applicant, kb: PlanKb, asOf: string): string[] {
  const plan = buildPlan(profileSchema.parse(a.profile), kb, new Date(`${asOf}T12:00:00Z`));
  return judgePlan(plan, a.expect);
}

/** Pass counts by kind (an applicant with "a+b" counts under each part), and the failures by id. */
export function score(set: ApplicantSet, kb: PlanKb): { passed: number; total: number; byKind: Map<string, [number, number]>; fails: Map<string, string[]> } {
  const byKind = new Map<string, [number, number]>();
  const fails = new Map<string, string[]>();
  let passed = 0;
  for (const a of set.applicants) {
    const f = judge(a, kb, set.asOf);
    if (f.length) fails.set(a.id, f);
    else passed += 1;
    for (const k of (a.kind ?? a.id).split('+')) {
      const c = byKind.get(k) ?? [0, 0];
      byKind.set(k, [c[0] + (f.length ? 0 : 1), c[1] + 1]);
    }
  }
  return { passed, total: set.applicants.length, byKind, fails };
}
