// A plan to misstate a fact on the application ("put 2021 instead of 2017 on the CV, who checks?", "claim fluent
// Spanish, no one will test me"), read as three parts from a vocabulary file (knowledge/answers/misstatement.json):
// an act of stating or altering, a fact of the record, and a sign the value is untrue or hoped to go unchecked.
// All three are needed: an honest question about the same fact ("should I list Spanish if conversational?") has no sign.
import { z } from 'zod';
import { readKnowledgeJson } from '../knowledge/knowledge-files.js';
import { wordsPattern } from './words-pattern.js';

const regex = z.string().min(1).refine((s) => { try { new RegExp(s, 'i'); return true; } catch { return false; } }, 'not a valid regular expression');

/** Validates knowledge/answers/misstatement.json. */
const misstatementSchema = z.object({
  acts: z.array(z.string().min(2)).min(5),
  facts: z.array(z.string().min(2)).min(5),
  signs: z.array(regex).min(1),
});

/** The compiled reader: one pattern per part. */
interface MisstatementReader { act: RegExp; fact: RegExp; signs: RegExp[] }

/** Compiles the vocabulary file; throws a zod error on a bad one. */
function compileMisstatement(file: unknown): MisstatementReader {
  const f = misstatementSchema.parse(file);
  return { act: wordsPattern(f.acts), fact: wordsPattern(f.facts), signs: f.signs.map((s) => new RegExp(s, 'i')) };
}

/** The shipped vocabulary, compiled when this module loads. */
const MISSTATEMENT: MisstatementReader = compileMisstatement(readKnowledgeJson('answers/misstatement.json'));

/** Whether a message plans to misstate a fact of the record: an act, a fact and a sign, all present. */
export function plansMisstatement(message: string, reader: MisstatementReader = MISSTATEMENT): boolean {
  const text = message.replace(/[\u2018\u2019]/g, "'");
  return reader.signs.some((re) => re.test(text)) && reader.act.test(text) && reader.fact.test(text);
}
