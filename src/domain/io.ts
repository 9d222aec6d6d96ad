// The one neutral input and reply vocabulary that every adapter translates to and from.
import type { Band, Plan, Tier } from './plan.js';
import type { ProfileField } from './profile.js';

/** Commands a user can give in words or through a platform command. */
export const COMMANDS = ['start', 'help', 'back', 'skip', 'restart', 'profile', 'plan', 'why', 'forget', 'ask', 'export', 'programs', 'program', 'steps', 'csv', 'chart', 'more', 'privacy', 'meaning'] as const;
export type CommandName = (typeof COMMANDS)[number];

/** The plan-detail commands and how the help line writes each with its argument: one table for the engine and the screens. */
export const DETAIL_COMMAND_HELP = {
  programs: 'programs [reach|target|safety|unverified|core LA|SoCal|…]', program: 'program <name>', why: 'why <program>', steps: 'steps', csv: 'csv', chart: 'chart (PNG)',
} as const satisfies Partial<Record<CommandName, string>>;

/** What a user sent: free text, a click on a choice of a given question, or a command. */
export type Input =
  | { kind: 'text'; text: string }
  | { kind: 'choice'; questionId: string; value: string }
  | { kind: 'command'; name: CommandName; arg?: string };

/** One selectable answer. `value` is what comes back in a choice input. */
export interface Choice { value: string; label: string }

/** What the advisor says back. `private` replies carry personal data and must never be shown publicly; `key` names the
 * message of src/engine/messages.ts a text was made from (for tests; front ends ignore it). */
export type Reply =
  | { type: 'text'; text: string; private?: boolean; key?: string }
  | { type: 'question'; id: ProfileField | 'confirmForget' | 'confirmProfile'; text: string; choices: Choice[]; private?: boolean; key?: string }
  | { type: 'plan'; plan: Plan; private: true; view?: PlanView }
  /** Everything stored about the person, as JSON-ready data: adapters hand it over as a private file (or stdout). */
  | { type: 'export'; data: Record<string, unknown>; private: true };

/**
 * Which part of a plan a plan reply shows: the first screen (the default when absent) or one detail:
 * the program list (all, one tier or one band), one program, why a program sits in its tier, every step,
 * the program list as CSV or the chart. A summary with `whatIf` is a hypothetical plan, titled so. Front ends render the same view within their own limits.
 */
export type PlanView =
  | { kind: 'summary'; whatIf?: string }
  | { kind: 'programs'; tier?: Tier; band?: Band; unverified?: boolean }
  | { kind: 'program'; id: string }
  | { kind: 'why'; id: string }
  | { kind: 'steps' }
  | { kind: 'csv' }
  | { kind: 'chart' };
