// Render side of the terminal adapter: replies as readable text with numbered choices, or one JSON line each.
import type { Plan } from '../../src/domain/plan.js';
import type { PlanView, Reply } from '../../src/domain/io.js';
import { NUMERIC_QUESTIONS } from './parse.js';

/** How a plan view is turned into terminal text (the knowledge base provides the real one). */
export type PlanText = (plan: Plan, view?: PlanView) => string;

/**
 * A reply as terminal text; a question lists its choices as "1) label" when a number picks them,
 * or as "- label" (to be typed) when numbers are answers to that question or nothing is numbered; `again` (the
 * same question just shown) puts the choices on one line.
 */
export function renderText(reply: Reply, planText: PlanText, numbered = true, again = false): string {
  switch (reply.type) {
    case 'text': return reply.text;
    case 'question': {
      const byNumber = numbered && !NUMERIC_QUESTIONS.has(reply.id);
      const label = (c: { label: string }, i: number) => `${byNumber ? `${i + 1})` : '-'} ${c.label}`;
      // the same question asked again right after an aside: its choices on one line instead of a list
      if (again && reply.choices.length) return [reply.text, `  ${reply.choices.map((c, i) => (byNumber ? label(c, i) : c.label)).join(' · ')}`].join('\n');
      return [reply.text, ...reply.choices.map((c, i) => `  ${label(c, i)}`)].join('\n');
    }
    case 'plan': return planText(reply.plan, reply.view);
    case 'export': return JSON.stringify(reply.data, null, 2);
  }
}

/** A reply as exactly one JSON line with the documented fields and nothing else. */
export function renderJson(reply: Reply): string {
  switch (reply.type) {
    case 'text': return JSON.stringify({ type: 'text', text: reply.text });
    case 'question': return JSON.stringify({ type: 'question', id: reply.id, text: reply.text, choices: reply.choices.map((c) => ({ value: c.value, label: c.label })) });
    case 'plan': return JSON.stringify({ type: 'plan', ...(reply.view && reply.view.kind !== 'summary' ? { view: reply.view } : {}), plan: reply.plan });
    case 'export': return JSON.stringify({ type: 'export', data: reply.data });
  }
}
