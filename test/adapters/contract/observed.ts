// What a person saw in one turn, in the core's vocabulary, so the three front ends can be compared.
import type { Reply } from '../../../src/domain/io.js';
import type { Plan } from '../../../src/domain/plan.js';
import { MESSAGES } from '../../../src/engine/messages.js';
import { loadFlow } from '../../../src/knowledge/load-flow.js';
import { BUNDLED_KNOWLEDGE } from '../../../src/runtime/config.js';

/** A question as shown: its id and the choice values a click or pick would send back (empty when typed). */
export interface ObservedQuestion { id: string; choices: string[] }

/**
 * A plan as shown: how many applications, how many programs per tier, and every warning, the signalling advice,
 * the next-step titles (in priority order) and the caveats in full, so advice cut by a platform's limits shows up.
 */
export interface ObservedPlan {
  applications: string;
  reach: number;
  target: number;
  safety: number;
  excluded: number;
  warnings: string[];
  signaling: string | undefined;
  nextSteps: string[];
  caveats: string[];
}

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

/** A plan in the observed vocabulary, straight from the core's plan. */
export function planSummary(plan: Plan): ObservedPlan {
  return {
    applications: `${plan.applications.min}–${plan.applications.max}`,
    reach: plan.tiers.reach.length,
    target: plan.tiers.target.length,
    safety: plan.tiers.safety.length,
    excluded: plan.excluded.length,
    warnings: (plan.warnings ?? []).map(normalise),
    signaling: plan.signaling ? normalise(plan.signaling) : undefined,
    nextSteps: [...plan.nextSteps].sort((a, b) => a.priority - b.priority).map((step) => normalise(step.title)),
    caveats: plan.caveats.map(normalise),
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
