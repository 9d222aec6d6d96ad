// Next-step rules as data: schema, parsing of the rules file, and evaluation against a profile.
import { z } from 'zod';
import type { NextStep } from '../../domain/plan.js';
import type { Profile } from '../../domain/profile.js';
import { conditionSchema, evaluateCondition } from './condition.js';
import { profileFacts } from './facts.js';

/** Factor ids of the strength model a rule may name as the gap it closes; `overall` is how far the whole file sits below the base. */
const GAP_IDS = ['overall', 'step2ck', 'fails', 'step3', 'graduation', 'usce', 'letters', 'research', 'languages', 'ties', 'visa', 'reapplying', 'specialty'] as const;

/** One rule: when the condition holds, the applicant gets this next step. */
export const ruleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'rule id must be lowercase-hyphen'),
  when: conditionSchema,
  title: z.string().min(3).max(120),
  detail: z.string().min(10).max(800),
  priority: z.number().int().min(1).max(99),
  article: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).optional(),
  /** The strength factor this step closes (a factor id of the strength model); ranks the step by the size of that gap. */
  gap: z.enum(GAP_IDS).optional(),
  /** A step about sending this cycle's applications: out of the first steps, and framed "if you apply anyway", when the plan advises waiting. */
  applyingNow: z.boolean().optional(),
  /** Steps this one can only follow (Step 3 needs Step 2 CK passed): when both apply, it is ranked right after them. */
  after: z.array(z.string()).optional(),
});
export type Rule = z.infer<typeof ruleSchema>;

/** The rules file: a comment and the list of rules. */
const rulesFileSchema = z.strictObject({
  $comment: z.string().optional(),
  rules: z.array(ruleSchema).min(1),
});

/** Rules parsed and checked (schema + unique ids), or every problem with its JSON path. */
export function parseRules(json: unknown): { ok: true; rules: Rule[] } | { ok: false; errors: string[] } {
  const parsed = rulesFileSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) };
  }
  const seen = new Set<string>();
  const dupes = parsed.data.rules.filter((r) => (seen.has(r.id) ? true : (seen.add(r.id), false)));
  if (dupes.length) return { ok: false, errors: dupes.map((r) => `duplicate rule id "${r.id}"`) };
  const unknown = parsed.data.rules.flatMap((r, i) => (r.after ?? []).filter((id) => !seen.has(id)).map((id) => `rules.${i}.after: no rule "${id}"`));
  if (unknown.length) return { ok: false, errors: unknown };
  return { ok: true, rules: parsed.data.rules };
}

/** The next steps whose conditions hold for this profile, by priority then id, each with the gap it closes; pure. */
export function evaluateRules(rules: readonly Rule[], profile: Profile, now: Date): (NextStep & { gap?: string; after?: readonly string[] })[] {
  const facts = profileFacts(profile, now);
  return rules
    .filter((r) => evaluateCondition(r.when, facts))
    .map((r): NextStep & { gap?: string; after?: readonly string[] } => ({
      id: r.id, title: r.title, detail: r.detail, priority: r.priority, ...(r.article ? { article: r.article } : {}), ...(r.gap ? { gap: r.gap } : {}), ...(r.after ? { after: r.after } : {}),
    }))
    .sort((a, b) => a.priority - b.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
