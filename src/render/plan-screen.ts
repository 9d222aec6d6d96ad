// The neutral screen every front end draws a plan view from: a title, sections of lines, a footer of commands.
import { BANDS, type Band, type Plan, type PlannedProgram, type Tier } from '../domain/plan.js';
import { DETAIL_COMMAND_HELP } from '../domain/io.js';
import { listed, placeOf, programById, specialtyName, tierOf, TIERS } from '../domain/plan-facts.js';

/** How a line is shown: a plain line, a bullet, a numbered step, or a warning. */
export type LineKind = 'plain' | 'item' | 'step' | 'warning';

/** One line of a screen: an optional bold lead ("Internal Medicine") and its text. */
export interface ScreenLine { kind: LineKind; lead?: string; text: string }

/** A titled group of lines (a heading may be absent for a lone line). */
export interface ScreenSection { heading?: string; lines: ScreenLine[] }

/** A whole screen: what the terminal prints, Discord puts in embeds and Slack in blocks. */
export interface PlanScreen { title: string; sections: ScreenSection[]; footer?: string }

/** Bands from home outwards (defined once, in the domain). */
export { BANDS };

/** The plan facts the screens are built on (defined once, in the domain). */
export { listed, placeOf, programById, specialtyName, tierOf, TIERS };

/** Each tier's name and what it means for the applicant. */
export const TIER_NAMES: Record<Tier, { name: string; meaning: string }> = {
  reach: { name: 'Reach', meaning: 'apply, but do not count on them' },
  target: { name: 'Target', meaning: 'where most applications belong' },
  safety: { name: 'Safety', meaning: 'where your profile fits best' },
};

/** How many reach / target / safety programs each band holds: the plan's own shape, or counted from its tiers. */
export function shapeOf(plan: Plan): Record<Band, Record<Tier, number>> {
  if (plan.listShape) return plan.listShape;
  const shape = Object.fromEntries(BANDS.map((b) => [b, { reach: 0, target: 0, safety: 0 }])) as Record<Band, Record<Tier, number>>;
  for (const { tier, program } of listed(plan)) shape[program.band][tier] += 1;
  return shape;
}

/** The name of the group of programs whose openness to the applicant is unknown, and what it means. */
export const UNVERIFIED_NAME = { name: 'Unverified: check these first', meaning: 'nothing we hold shows they take you (your visa), or that they still run as listed; never counted as targets or safeties until you confirm it' };

/** What "unverified" means for this applicant: a visa seeker lacks a visa policy, a citizen, green-card or EAD holder
 *  (no visa filter) lacks only a source on whether the program takes IMGs. */
export function unverifiedMeaning(plan: Plan): string {
  const v = plan.profile.visa;
  return v === 'us_citizen' || v === 'green_card' || v === 'ead'
    ? 'you need no visa, so none is closed to you on that count, but nothing we hold shows whether they take IMGs, or that they still run as listed; never counted as targets or safeties until you confirm it'
    : UNVERIFIED_NAME.meaning;
}

/** One line on the evidence behind a program's place: its level and what it rests on. */
export function evidenceWords(p: PlannedProgram): string | undefined {
  return p.evidence ? `evidence: ${p.evidence.level} — ${p.evidence.basis}` : undefined;
}

const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Za-z(])/;
/** Where a long sentence may end early without cutting a list or a figure in half: a dash, a semicolon, ", so", ", but". */
const CLAUSE_BREAKS = [' — ', '; ', ', so ', ', but ', ', and '];

/** How deep in brackets each position of a text is (0: outside every bracket). */
function depths(text: string): number[] {
  let d = 0;
  return [...text].map((ch) => { if (ch === '(') d += 1; const at = d; if (ch === ')') d = Math.max(0, d - 1); return at; });
}

/** The text's first sentence; a full stop inside brackets ("(internal medicine's. ...)") does not end it. */
function leadingSentence(text: string): string {
  const parts = text.trim().split(SENTENCE_END);
  let first = parts[0] ?? '';
  for (let i = 1; i < parts.length && depths(first).at(-1)! > 0 && first.split('(').length > first.split(')').length; i += 1) first = `${first} ${parts[i]}`;
  return first.replace(/[;,:]$/, '');
}

/** The first sentence of a text within `max` characters: whole when it fits; else without its bracketed asides; else cut
 *  at its last whole clause outside brackets; else at a word outside brackets with an ellipsis. Never inside a bracket.
 *  `dropAsides` false keeps the asides (a standing line's score) and cuts at a clause first. */
export function firstSentence(text: string, max: number, dropAsides = true): string {
  const first = leadingSentence(text);
  if (first.length <= max) return first;
  // bracketed asides (scores, sources: the full text is in "steps") go before the sentence's own reason does
  const bare = first.replace(/\s*\([^()]*\)/g, '');
  if (dropAsides && bare.length <= max) return bare;
  const head = first.slice(0, max - 1);
  const depth = depths(head);
  const lastOutside = (b: string) => { let at = head.lastIndexOf(b); while (at >= 0 && depth[at] !== 0) at = head.lastIndexOf(b, at - 1); return at; };
  // a colon ends a clause only when nothing else does ("... calls for: widening your regions adds ...")
  const clause = [CLAUSE_BREAKS, [': ']].map((breaks) => Math.max(...breaks.map(lastOutside))).find((at) => at >= max / 2) ?? -1;
  if (clause >= 0) return `${head.slice(0, clause).replace(/[\s,;:(]+$/, '')}.`;
  const word = lastOutside(' ');
  return `${head.slice(0, Math.max(word, Math.floor(max / 2))).replace(/[\s,;:(]+$/, '')}…`;
}

/** The commands that open every detail, as one line for footers. */
export const DETAIL_COMMANDS = Object.values(DETAIL_COMMAND_HELP).join(' · ');
