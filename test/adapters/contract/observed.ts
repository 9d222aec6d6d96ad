// What a person saw in one turn, in the core's vocabulary, so the three front ends can be compared.
import { keyWarningsOf } from '../../../src/render/first-screen.js';
import type { Reply } from '../../../src/domain/io.js';
import type { Plan } from '../../../src/domain/plan.js';
import { MESSAGES } from '../../../src/engine/messages.js';
import { loadFlow } from '../../../src/knowledge/load-flow.js';
import { BUNDLED_KNOWLEDGE } from '../../../src/runtime/config.js';

/** A question as shown: its id and the choice values a click or pick would send back (empty when typed). */
export interface ObservedQuestion { id: string; choices: string[] }

/**
 * A plan's first screen as shown: how many applications, how many programs per tier and closed, the first steps
 * (titles, in order), the start of each key warning, and each specialty's standing level, so a front end that
 * drops or reorders any of them shows up.
 */
export interface ObservedPlan {
  applications: string;
  reach: number;
  target: number;
  safety: number;
  excluded: number;
  firstSteps: string[];
  warnings: string[];
  standing: string[];
}

/** The start of a warning that every front end shows whole, however it cuts the rest. */
export const warningStart = (w: string) => normalise(w).slice(0, 40);

/** One turn as the person saw it. */
export interface Observed {
  /** Every text shown (reply texts and question texts, not the plan), platform escaping undone, whitespace collapsed. */
  text: string;
  /** The questions asked, in order. */
  questions: ObservedQuestion[];
  /** The plan, if one arrived. */
  plan: ObservedPlan | undefined;
  /** True when every message of the turn was seen only by this person: the terminal, the DM with the bot, or ephemeral. */
  private: boolean;
}

/** Collapses whitespace, so texts split or joined differently by each platform compare equal. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Every question the core can ask, by id, with its text normalised (the interview flow plus the forget confirmation). */
const QUESTION_TEXTS: [string, string][] = [
  ...loadFlow(BUNDLED_KNOWLEDGE).questions.map((q): [string, string] => [q.id, normalise(q.text)]),
  ['confirmForget', normalise(MESSAGES.forgetConfirm)],
  ['confirmProfile', normalise(MESSAGES.readBackQuestion)],
];

/**
 * The id of the question whose text a message shows last, or undefined. Used where a platform shows a question
 * without components (a question answered by typing, such as the graduation year), so no id travels with it.
 */
export function questionIdInText(text: string): string | undefined {
  const t = normalise(text);
  let best: { id: string; at: number } | undefined;
  for (const [id, q] of QUESTION_TEXTS) {
    const at = t.lastIndexOf(q);
    if (at >= 0 && (!best || at > best.at)) best = { id, at };
  }
  return best?.id;
}

/** A plan's first screen in the observed vocabulary, straight from the core's plan. */
export function planSummary(plan: Plan): ObservedPlan {
  const steps = plan.firstSteps?.length ? plan.firstSteps : [...plan.nextSteps].sort((a, b) => a.priority - b.priority);
  // (the key warnings the first screen chooses: a regions-hold-few warning is left out where the count line says it)
  const warnings = keyWarningsOf(plan);
  return {
    applications: `${plan.applications.min}–${plan.applications.max}`,
    reach: plan.tiers.reach.length,
    target: plan.tiers.target.length,
    safety: plan.tiers.safety.length,
    excluded: plan.excluded.length,
    firstSteps: steps.slice(0, 5).map((step) => normalise(step.title)),
    warnings: warnings.slice(0, 2).map(warningStart),
    standing: (plan.standing ?? []).map((st) => st.level),
  };
}

/** The first screen read back from its text (markup removed): the same fields, found by their wording. */
export function planFromText(lines: string[]): ObservedPlan | undefined {
  const all = lines.map(normalise);
  const joined = all.join('\n');
  // (a count the regions cannot meet is said after the regions' own number: the list in all, else what the file calls for)
  const apply = /Apply to (\d+)–(\d+) programs/.exec(joined) ?? /calls\s+for\s+\d+–\d+\s+\((\d+)–(\d+)\s+in\s+all\)/.exec(joined) ?? /your\s+file\s+calls\s+for\s+(\d+)–(\d+)/.exec(joined);
  const list = /Your list: (\d+) reach · (\d+) target · (\d+) safety in our table(?:; (\d+) more closed to you)?/.exec(joined);
  if (!apply || !list) return undefined;
  return {
    applications: `${apply[1]}–${apply[2]}`,
    reach: Number(list[1]), target: Number(list[2]), safety: Number(list[3]), excluded: Number(list[4] ?? 0),
    firstSteps: all.flatMap((l) => { const m = /^(\d+)\. (.+)$/.exec(l); return m ? [m[2]!] : []; }),
    warnings: all.flatMap((l) => { const m = /^(?:⚠️|:warning:) (.+)$/.exec(l); return m ? [warningStart(m[1]!)] : []; }),
    standing: all.flatMap((l) => { const m = /^• [^:]+: (strong|competitive|borderline|very weak|weak)\b/.exec(l); return m ? [m[1]!] : []; }),
  };
}

/** What the core said in a turn, in the same vocabulary: the texts that must appear, the questions, the plan. */
export function expectedFrom(replies: Reply[]): { texts: string[]; questions: ObservedQuestion[]; plan: ObservedPlan | undefined } {
  const plan = replies.find((r) => r.type === 'plan');
  return {
    texts: replies.flatMap((r) => (r.type === 'plan' || r.type === 'export' ? [] : [normalise(r.text)])),
    questions: replies.flatMap((r) => (r.type === 'question' ? [{ id: r.id, choices: r.choices.map((c) => c.value) }] : [])),
    plan: plan?.type === 'plan' ? planSummary(plan.plan) : undefined,
  };
}
