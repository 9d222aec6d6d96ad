// The plan-detail commands: programs (all, a tier or a band), program <name>, why <program>, steps, export, chart.
import type { Advice } from '../domain/advice.js';
import type { CommandName, PlanView, Reply } from '../domain/io.js';
import type { Plan, PlannedProgram } from '../domain/plan.js';
import type { Profile } from '../domain/profile.js';
import { placeOf, specialtyName, tierOf } from '../domain/plan-facts.js';
import { readListFilter } from './list-filter.js';
import { findProgram, nameWords } from './find-program.js';
import { whyNamed, type WhyNamed } from './why-named.js';

/** What a detail command needs from the step context. */
export interface DetailContext { advice: Advice; now: Date }

const SAY = {
  needsSpecialty: 'I need at least your target specialty before I can show a plan or its programs.',
  whichProgram: 'Which program? Type "program" and part of its name, e.g. "program huntington", or "programs" for the whole list.',
  badFilter: (arg: string) => `I can list all programs, one tier (reach, target, safety) or one band (core LA, SoCal, rest of California, national); "${arg}" is none of those, so here is the whole list.`,
  none: (arg: string, nearest: string) => `No program in your plan matches "${arg}".${nearest ? ` Closest: ${nearest}.` : ''} Type "programs" to see the list.`,
  several: (arg: string, names: string) => `Several programs in your plan match "${arg}": ${names}. Type more of the name.`,
} as const;

const MAX_NAMED = 6;
const label = (plan: Plan, p: PlannedProgram) => `${p.name.trim()} (${specialtyName(p.specialty)}, ${placeOf(p)}, ${tierOf(plan, p.id)})`;
const planView = (plan: Plan, view: PlanView): Reply => ({ type: 'plan', plan, private: true, view });

/** Replies to one detail command for the saved profile: a plan view, or a sentence when it cannot be shown. */
export function planDetail(profile: Profile, name: CommandName, arg: string | undefined, ctx: DetailContext): Reply[] {
  if (!profile.specialty) return [{ type: 'text', text: SAY.needsSpecialty }];
  const plan = ctx.advice.plan(profile, ctx.now);
  switch (name) {
    case 'steps': return [planView(plan, { kind: 'steps' })];
    case 'csv': return [planView(plan, { kind: 'csv' })];
    case 'chart': return [planView(plan, { kind: 'chart' })];
    case 'programs': {
      const filter = readListFilter(arg ?? '');
      if (filter) return [planView(plan, { kind: 'programs', ...filter })];
      return [{ type: 'text', text: SAY.badFilter(arg ?? '') }, planView(plan, { kind: 'programs' })];
    }
    case 'program': return programReplies(plan, arg, 'program') ?? [];
    default: return [];
  }
}

/** "why <program>": the reasons of the program named, or undefined when no program fits (then it is a question); a name
 * judged by its tier ("why is CHOC a reach") that fits no program is said to fit none, never answered for another program. */
export function whyProgram(profile: Profile, arg: string, ctx: DetailContext, named?: WhyNamed): Reply[] | undefined {
  if (!profile.specialty) return undefined;
  const plan = ctx.advice.plan(profile, ctx.now);
  if (findProgram(plan, arg).kind !== 'none') return programReplies(plan, arg, 'why');
  if (!named) return undefined;
  const tries: [string, string | undefined][] = [[named.name, undefined], ...(named.rest && named.specialty ? [[named.rest, named.specialty] as [string, string]] : [])];
  for (const [words, specialty] of tries) if (findProgram(plan, words, specialty).kind !== 'none') return programReplies(plan, words, 'why', specialty);
  return programReplies(plan, named.rest || named.name, 'why');
}

function programReplies(plan: Plan, arg: string | undefined, kind: 'program' | 'why', specialty?: string): Reply[] | undefined {
  if (!arg?.trim()) return [{ type: 'text', text: SAY.whichProgram }];
  const found = findProgram(plan, arg, specialty);
  if (found.kind === 'one') return [planView(plan, { kind, id: found.program.id })];
  const asked = nameWords(arg).join(' ') || arg.trim();
  if (found.kind === 'several') return [{ type: 'text', private: true, text: SAY.several(asked, found.programs.slice(0, MAX_NAMED).map((p) => label(plan, p)).join('; ')) }];
  return [{ type: 'text', private: true, text: SAY.none(asked, found.nearest.map((p) => label(plan, p)).join('; ')) }];
}

const TYPED: [RegExp, CommandName][] = [
  [/^(?:(?:show|list|see)\s+)?(?:me\s+)?(?:my\s+|the\s+)?(?:all\s+)?(?:(reach|target|safety)\s+)?programs(?:\s+(?:in|near|for|from))?(?:\s+(.+))?$/, 'programs'],
  [/^(reach|target|safety)(?:\s+(?:list|ones|tier|schools))?$/, 'programs'],
  [/^(?:show\s+(?:me\s+)?)?program(?:\s+(.+))?$/, 'program'],
  [/^(?:(?:show|see|list)\s+(?:me\s+)?)?(?:all\s+|my\s+|the\s+)*(?:next\s+)?steps$|^(?:every step|to ?do|todo)$/, 'steps'],
  // bare "export" is "export my data" (everything stored, as JSON); the plan's list is "csv"
  [/^(?:csv|(?:export|download|save)\s+(?:as\s+)?(?:csv|(?:the\s+|my\s+)?(?:plan|list|program list|programs)(?:\s+as\s+csv)?))$/, 'csv'],
  [/^(?:(?:show\s+(?:me\s+)?)?(?:a\s+|the\s+|my\s+)?(?:chart|graph|picture|png))$/, 'chart'],
];
const WHY_PROGRAM = /^why\s+(.+)$/;

/**
 * Reads a typed detail command from normalised text: "programs", "reach programs", "programs in socal",
 * "program huntington", "steps", "csv", "chart"; and, once the interview is done, "why <program>".
 */
export function typedDetailCommand(bare: string, interviewDone: boolean): { name: CommandName; arg?: string } | undefined {
  for (const [re, name] of TYPED) {
    const m = re.exec(bare);
    if (!m) continue;
    const arg = [m[1], m[2]].filter(Boolean).join(' ').trim();
    return arg ? { name, arg } : { name };
  }
  const why = WHY_PROGRAM.exec(bare);
  // before the plan, only a specialty is explained this way ("why is psychiatry hard for me?"): programs come with the plan
  const named = why && !interviewDone ? whyNamed(why[1]!) : undefined;
  return why && (interviewDone || (named?.specialty && !named.rest)) ? { name: 'why', arg: why[1]!.trim() } : undefined;
}
