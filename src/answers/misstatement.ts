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
  /** Words that mark a value as the true one ("real one is 2015", "actually 226"). */
  real: z.array(z.string().min(2)).min(1),
  /** Words of a correction ("typo", "by mistake", "fix"): two values then are a record being put right. */
  honest: z.array(z.string().min(2)).min(1),
});

/** The compiled reader: one pattern per part. */
interface MisstatementReader { act: RegExp; fact: RegExp; signs: RegExp[]; real: RegExp; honest: RegExp }

/** Compiles the vocabulary file; throws a zod error on a bad one. */
function compileMisstatement(file: unknown): MisstatementReader {
  const f = misstatementSchema.parse(file);
  return { act: wordsPattern(f.acts), fact: wordsPattern(f.facts), signs: f.signs.map((s) => new RegExp(s, 'i')), real: wordsPattern(f.real), honest: wordsPattern(f.honest) };
}

/** The shipped vocabulary, compiled when this module loads. */
const MISSTATEMENT: MisstatementReader = compileMisstatement(readKnowledgeJson('answers/misstatement.json'));

/** A year or a three-digit score, with the kind it is (a year is never compared with a score). */
const VALUE = /(?<![\d.])(?:(19\d\d|20\d\d)|([12]\d\d))(?!\d|\.\d)/g;

/** Whether the message shows one value and calls another of the same kind the real one ("change it to 2022, real
 *  one is 2015"; "put 240, my actual score is 226"): a value marked real lies within a few words of its marker. */
function contraryValue(text: string, reader: MisstatementReader): boolean {
  if (reader.honest.test(text)) return false;
  const values = [...text.matchAll(VALUE)].map((m) => ({ at: m.index ?? 0, v: m[0], year: !!m[1] }));
  const marks = [...text.matchAll(new RegExp(reader.real.source, 'gi'))].map((m) => ({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  const realOnes = values.filter((x) => marks.some((k) => (x.at >= k.end && x.at - k.end <= 25) || (k.at >= x.at && k.at - x.at - x.v.length <= 12)));
  return realOnes.some((r) => values.some((x) => x.year === r.year && x.v !== r.v));
}

/** Whether a message plans to misstate a fact of the record: an act, a fact and a sign, all present. */
export function plansMisstatement(message: string, reader: MisstatementReader = MISSTATEMENT): boolean {
  const text = message.replace(/[\u2018\u2019]/g, "'");
  return (reader.signs.some((re) => re.test(text)) || contraryValue(text, reader)) && reader.act.test(text) && reader.fact.test(text);
}
