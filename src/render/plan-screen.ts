// The neutral screen every front end draws a plan view from: a title, sections of lines, a footer of commands.
import { BANDS, type Band, type Plan, type PlannedProgram, type Tier } from '../domain/plan.js';
import { DETAIL_COMMAND_HELP } from '../domain/io.js';
import { SPECIALTY_NAMES } from '../domain/specialty-names.js';
import type { Specialty } from '../domain/profile.js';

/** How a line is shown: a plain line, a bullet, a numbered step, or a warning. */
export type LineKind = 'plain' | 'item' | 'step' | 'warning';

/** One line of a screen: an optional bold lead ("Internal Medicine") and its text. */
export interface ScreenLine { kind: LineKind; lead?: string; text: string }

/** A titled group of lines (a heading may be absent for a lone line). */
export interface ScreenSection { heading?: string; lines: ScreenLine[] }

/** A whole screen: what the terminal prints, Discord puts in embeds and Slack in blocks. */
export interface PlanScreen { title: string; sections: ScreenSection[]; footer?: string }

/** Tiers in reading order. */
export const TIERS: readonly Tier[] = ['reach', 'target', 'safety'];

/** Bands from home outwards (defined once, in the domain). */
export { BANDS };

/** Each tier's name and what it means for the applicant. */
export const TIER_NAMES: Record<Tier, { name: string; meaning: string }> = {
  reach: { name: 'Reach', meaning: 'apply, but do not count on them' },
  target: { name: 'Target', meaning: 'where most applications belong' },
  safety: { name: 'Safety', meaning: 'where your profile fits best' },
};

/** The readable name of a specialty id. */
export function specialtyName(s: Specialty): string {
  return SPECIALTY_NAMES[s] ?? s;
}

/** Every listed program with its tier, in tier order then the plan's own order. */
export function listed(plan: Plan): { tier: Tier; program: PlannedProgram }[] {
  return TIERS.flatMap((tier) => plan.tiers[tier].map((program) => ({ tier, program })));
}

/** How many reach / target / safety programs each band holds: the plan's own shape, or counted from its tiers. */
export function shapeOf(plan: Plan): Record<Band, Record<Tier, number>> {
  if (plan.listShape) return plan.listShape;
  const shape = Object.fromEntries(BANDS.map((b) => [b, { reach: 0, target: 0, safety: 0 }])) as Record<Band, Record<Tier, number>>;
  for (const { tier, program } of listed(plan)) shape[program.band][tier] += 1;
  return shape;
}

/** The name of the group of programs whose openness to the applicant is unknown, and what it means. */
export const UNVERIFIED_NAME = { name: 'Unverified: check these first', meaning: 'no source shows they take your visa; never counted as targets or safeties until you confirm it' };

/** The tier a program of the plan sits in, 'unverified', or 'excluded'. */
export function tierOf(plan: Plan, id: string): Tier | 'unverified' | 'excluded' | undefined {
  for (const t of TIERS) if (plan.tiers[t].some((p) => p.id === id)) return t;
  if ((plan.unverified ?? []).some((p) => p.id === id)) return 'unverified';
  return plan.excluded.some((p) => p.id === id) ? 'excluded' : undefined;
}

/** Finds a program of the plan (listed, unverified or excluded) by id. */
export function programById(plan: Plan, id: string): PlannedProgram | undefined {
  return listed(plan).find((x) => x.program.id === id)?.program ?? (plan.unverified ?? []).find((p) => p.id === id) ?? plan.excluded.find((p) => p.id === id);
}

/** One line on the evidence behind a program's place: its level and what it rests on. */
export function evidenceWords(p: PlannedProgram): string | undefined {
  return p.evidence ? `evidence: ${p.evidence.level} — ${p.evidence.basis}` : undefined;
}

const REGION_WORDS: Record<string, string> = {
  la_county: 'Los Angeles County', orange_county: 'Orange County', san_diego: 'San Diego County', inland_empire: 'Inland Empire', rest_of_california: 'California',
};

/** "Los Angeles, CA" when the state is known, else the city (or a note that none is given). */
export function placeOf(p: PlannedProgram): string {
  const city = p.city.trim() || REGION_WORDS[p.region] || 'place not in our table';
  return p.state ? `${city}, ${p.state}` : city;
}

const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Za-z(])/;

/** The first sentence of a text, cut at a word to `max` characters with an ellipsis when longer. */
export function firstSentence(text: string, max: number): string {
  const first = (text.trim().split(SENTENCE_END)[0] ?? '').replace(/[;,:]$/, '');
  if (first.length <= max) return first;
  const cut = first.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:(]+$/, '')}…`;
}

/** The commands that open every detail, as one line for footers. */
export const DETAIL_COMMANDS = Object.values(DETAIL_COMMAND_HELP).join(' · ');
