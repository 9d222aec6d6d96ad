// The people an applicant may speak of or for (knowledge/people.json): one vocabulary, validated with zod once at load,
// read by asking for someone (asking-for.ts), by another person's facts set apart (understand/others-break.ts and the
// readers after it), by where a relative lives as a family tie (understand/readers/places.ts) and by a question about
// another person's case (answers/other-applicant.ts). The file is bundled
// with the code, not read from KNOWLEDGE_DIR: the engine touches no file, and this is the language it reads.
import { z } from 'zod';
import PEOPLE_FILE from '../../knowledge/people.json' with { type: 'json' };

/** The pronouns that stand for a person: he, she, or either (unknown). */
export type Gender = 'he' | 'she' | 'either';
/** The readings a word is taken by (knowledge/people.json's "about" says what each one means). */
type Use = 'askingFor' | 'factsTold' | 'theirCase' | 'close' | 'family';

const personSchema = z.object({
  word: z.string().regex(/^[a-zà-ÿ]+(?:[ -]+[a-zà-ÿ]+)*$/),
  means: z.string().min(1).optional(),
  gender: z.enum(['he', 'she', 'either']).optional(),
  lang: z.enum(['en', 'hi', 'es', 'tl']),
  uses: z.array(z.enum(['askingFor', 'factsTold', 'theirCase', 'close', 'family'])).min(1),
}).strict().refine((p) => p.gender !== undefined || !(p.uses.includes('askingFor') || p.uses.includes('theirCase')), 'a person asked for or about has a gender');

const peopleSchema = z.object({ about: z.string(), people: z.array(personSchema).min(1) }).strict().superRefine((f, ctx) => {
  const seen = new Set<string>();
  for (const p of f.people) {
    if (seen.has(p.word)) ctx.addIssue({ code: 'custom', message: `${p.word} is listed twice` });
    seen.add(p.word);
  }
  // a word of another language asked for is read as an English word that is asked for itself
  const english = new Set(f.people.filter((p) => p.lang === 'en' && p.uses.includes('askingFor')).map((p) => p.means ?? p.word));
  for (const p of f.people) if (p.lang !== 'en' && p.uses.includes('askingFor') && !english.has(p.means ?? '')) ctx.addIssue({ code: 'custom', message: `${p.word} means no English word asked for` });
});

const PEOPLE = peopleSchema.parse(PEOPLE_FILE).people;

/** The words of one reading, in the languages named (all when none), each with the English word it means and its gender. */
export function peopleFor(use: Use, langs?: readonly ('en' | 'hi' | 'es' | 'tl')[]): { word: string; means: string; gender: Gender | undefined }[] {
  return PEOPLE.filter((p) => p.uses.includes(use) && (!langs || langs.includes(p.lang))).map((p) => ({ word: p.word, means: p.means ?? p.word, gender: p.gender }));
}

/** Words as a regex alternation, longest first, each escaped (no group of its own). */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}
