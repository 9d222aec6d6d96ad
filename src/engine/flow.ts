// The interview flow as data: questions keyed by the profile field they fill, validated with zod.
import { z } from 'zod';
import { PROFILE_FIELDS, type Profile, type ProfileField } from '../domain/profile.js';

const fieldSchema = z.enum(PROFILE_FIELDS as [ProfileField, ...ProfileField[]]);

/** When a question applies: a condition on an earlier answer. */
const whenSchema = z.object({
  field: fieldSchema,
  includesAny: z.array(z.string()).optional(),
  equals: z.string().optional(),
  notEquals: z.string().optional(),
});
export type When = z.infer<typeof whenSchema>;

/** One interview question; its id is the profile field it fills. */
const questionSchema = z.object({
  id: fieldSchema,
  text: z.string().min(5),
  why: z.string().min(5),
  /** What the question means, for a user who asks ("what do you mean by ties?"). */
  means: z.string().min(5),
  example: z.string().min(1),
  /** The plan needs it: asked until answered or skipped, even when the user passes over the optional questions. */
  core: z.boolean().optional(),
  choices: z.array(z.object({ value: z.string().min(1).max(100), label: z.string().min(1).max(75) })).max(25),
  when: whenSchema.optional(),
});
export type Question = z.infer<typeof questionSchema>;

/** The whole flow: each profile field asked at most once, in order. */
const flowSchema = z.object({
  version: z.number().int().positive(),
  questions: z.array(questionSchema).min(1),
}).superRefine((flow, ctx) => {
  const seen = new Set<string>();
  flow.questions.forEach((q, i) => {
    if (seen.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `question "${q.id}" appears twice` });
    seen.add(q.id);
    if (q.when && !seen.has(q.when.field)) {
      ctx.addIssue({ code: 'custom', path: ['questions', i, 'when'], message: `"${q.id}" depends on "${q.when.field}", which is not asked before it` });
    }
  });
});
export type Flow = z.infer<typeof flowSchema>;

/** Parses flow data, throwing one error that lists every problem with its path. */
export function parseFlow(data: unknown): Flow {
  const result = flowSchema.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`The interview flow is invalid:\n${lines.join('\n')}`);
  }
  return result.data;
}

/** True when the question's condition holds for this profile (or it has none). */
export function applies(question: Question, profile: Profile): boolean {
  const when = question.when;
  if (!when) return true;
  const value = profile[when.field];
  if (value === undefined) return false;
  const values = Array.isArray(value) ? value.map(String) : [typeof value === 'object' ? JSON.stringify(value) : String(value)];
  if (when.includesAny && !when.includesAny.some((v) => values.includes(v))) return false;
  if (when.equals !== undefined && !values.includes(when.equals)) return false;
  if (when.notEquals !== undefined && values.includes(when.notEquals)) return false;
  return true;
}
