// A score told without its outcome, held against the USMLE pass marks (knowledge/pass-marks.json, checked with zod when
// loaded): under every mark listed it never passed ("step 3: 185" is a fail); under today's mark but not under an older
// one it may have passed when it was sat, so a pass is not assumed.
import { z } from 'zod';
import MARKS_FILE from '../../../knowledge/pass-marks.json' with { type: 'json' };

const examSchema = z.object({
  marks: z.array(z.object({ inForce: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), score: z.number().int().min(100).max(300) }).strict()).min(1),
  source: z.string().min(10),
}).strict();
const marksSchema = z.object({ about: z.string().min(1), exams: z.object({ step1: examSchema, step2ck: examSchema, step3: examSchema }).strict() }).strict();
const MARKS = marksSchema.parse(MARKS_FILE).exams;

/** An exam with a three-digit pass mark. */
export type MarkedExam = keyof typeof MARKS;

// each exam's lowest mark ever listed and today's (the last in force), read once at load
const LINES = Object.fromEntries(Object.entries(MARKS).map(([exam, e]) => [exam, { lowest: Math.min(...e.marks.map((m) => m.score)), today: e.marks.at(-1)!.score }])) as Record<MarkedExam, { lowest: number; today: number }>;

/** Where a score stands against an exam's pass marks: under every mark listed, under today's only, or at or above today's. */
export function againstPassMark(exam: MarkedExam, score: number): 'underEvery' | 'underToday' | 'atOrAbove' {
  const { lowest, today } = LINES[exam];
  if (score < lowest) return 'underEvery';
  return score < today ? 'underToday' : 'atOrAbove';
}
