// Own-plan questions that turn on one stored fact named in the asker's own words rather than as "my X" ("is the
// clinical stuff I did in the US enough?", "do I need a waiver at some point?"): a table (knowledge/answers/
// fact-questions.json) from a question family to the profile field it reads and the answer part said from it.
import { z } from 'zod';
import type { ProfileField } from '../domain/profile.js';
import { readKnowledgeJson } from '../knowledge/knowledge-files.js';
import { askerText, OWN_PLAN_CUES } from './own-plan-cues.js';
import { wordsPattern } from './words-pattern.js';

const PARTS = ['usce', 'letters', 'graduationYear', 'visa', 'record', 'score'] as const;
/** The answer part a family is answered with (src/answers/plan-facts.ts says each from the stored fact). */
export type FactPart = (typeof PARTS)[number];

const FIELDS = ['usce', 'usLors', 'graduationYear', 'visa', 'step1', 'step2ck'] as const satisfies readonly ProfileField[];

/** Validates knowledge/answers/fact-questions.json. */
const factsSchema = z.object({
  judges: z.array(z.string().min(2)).min(1),
  wholeFile: z.array(z.string().min(2)).min(1),
  families: z.array(z.object({
    id: z.string().regex(/^[a-z0-9_]+$/), field: z.enum(FIELDS), judged: z.boolean(), part: z.enum(PARTS),
    names: z.array(z.string().min(2)).min(1),
  })).min(1),
});

/** One compiled family: the field it reads, whether a judgement word is needed, its answer part and its names. */
interface FactFamily { id: string; field: (typeof FIELDS)[number]; judged: boolean; part: FactPart; names: RegExp }
interface FactQuestions { judges: RegExp; wholeFile: RegExp; families: FactFamily[] }

/** Compiles the table; throws a zod error on a bad file. */
function compileFacts(file: unknown): FactQuestions {
  const f = factsSchema.parse(file);
  return { judges: wordsPattern(f.judges), wholeFile: wordsPattern(f.wholeFile), families: f.families.map((x) => ({ ...x, names: wordsPattern(x.names) })) };
}

/** The shipped table, compiled when this module loads. */
const FACT_QUESTIONS: FactQuestions = compileFacts(readKnowledgeJson('answers/fact-questions.json'));

/** The question's fact family, when the asker speaks of themselves, names the fact and (where the family needs it)
 *  judges it; the first family of the table that holds, or undefined. */
export function factAsked(question: string, table: FactQuestions = FACT_QUESTIONS): { id: string; field: ProfileField; part: FactPart } | undefined {
  const text = question.replace(/[\u2018\u2019]/g, "'");
  if (!OWN_PLAN_CUES.self.test(askerText(text))) return undefined;
  const judged = table.judges.test(text);
  const hit = table.families.find((f) => f.names.test(text) && (!f.judged || judged));
  return hit && { id: hit.id, field: hit.field, part: hit.part };
}

/** Whether the question judges the asker as a whole ("how competitive am I?", "where do I stand?"), so a fact it
 *  names is context for a standing answer rather than the thing judged. */
export function judgesWholeFile(question: string, table: FactQuestions = FACT_QUESTIONS): boolean {
  return table.wholeFile.test(question.replace(/[\u2018\u2019]/g, "'"));
}
