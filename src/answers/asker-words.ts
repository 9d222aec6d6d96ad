// Words that say who the asker is rather than which program they mean ("as a Caribbean grad", "graduated from Manila"):
// read from knowledge/answers/asker-words.json and set aside before a question is matched to program names, so a lone
// word of origin never names the one program that shares it.
import { z } from 'zod';
import { readKnowledgeJson } from '../knowledge/knowledge-files.js';
import { wordSource } from './words-pattern.js';

/** Validates knowledge/answers/asker-words.json. */
const askerWordsSchema = z.object({ $comment: z.string().optional(), askerNouns: z.array(z.string().min(2)).min(1), studiedVerbs: z.array(z.string().min(3)).min(1) });

/** The two patterns: a word before an asker noun, and a word (with "the") after a verb of where one studied. */
function compile(file: unknown): { before: RegExp; after: RegExp } {
  const f = askerWordsSchema.parse(file);
  const nouns = f.askerNouns.map(wordSource).join('|');
  const verbs = f.studiedVerbs.map(wordSource).join('|');
  return {
    before: new RegExp(`(?<![a-z0-9])([a-z]+)(\\s+(?:${nouns}))(?![a-z0-9])`, 'gi'),
    after: new RegExp(`(?<![a-z0-9])((?:${verbs})\\s+)(?:the\\s+)?([a-z]+)(?![a-z0-9])`, 'gi'),
  };
}

const ASKER = compile(readKnowledgeJson('answers/asker-words.json'));

/** The question with each word that describes the asker's origin blanked ("a Caribbean grad" -> "a grad"). */
export function withoutAskerWords(question: string): string {
  return question.replace(ASKER.before, (_m, _w: string, noun: string) => noun.trimStart()).replace(ASKER.after, (_m, verb: string) => verb);
}
