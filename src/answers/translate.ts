// Reads Spanish, Portuguese and Hinglish question words as English (knowledge/answers/translations.json), so a
// question in those languages reaches the same index terms, plan-question patterns and scope checks as English.
import { z } from 'zod';
import { readKnowledgeJson } from '../knowledge/knowledge-files.js';

const words = z.string().regex(/^[a-z0-9]+( [a-z0-9]+)*$/, 'lowercase words without accents, single spaces');
/** Validates knowledge/answers/translations.json. */
const translationsSchema = z.object({ phrases: z.record(words, words) });

/** Accents removed ("cuántos" -> "cuantos", "ação" -> "acao"); the inverted marks "¿¡" dropped. */
function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[¿¡]/g, '');
}

/** Compiles the table into one alternation, longest phrase first, matched on whole words. */
function compile(file: unknown): { re: RegExp; to: Map<string, string> } {
  const { phrases } = translationsSchema.parse(file);
  const keys = Object.keys(phrases).sort((a, b) => b.length - a.length);
  const alternation = keys.map((k) => k.split(' ').join('\\s+')).join('|');
  return { re: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation})(?![\p{L}\p{N}])`, 'giu'), to: new Map(Object.entries(phrases)) };
}

/** "my #1", "no. 1", "number one": a ranking word the index knows as "first choice". */
const NUMBER_ONE = /\s?(?:#\s?1|\bno\.\s?1|\bnumber one)(?![\p{N}])/giu;

/** The bundled (or KNOWLEDGE_DIR) translation table, compiled once when this module loads. */
const TABLE = compile(readKnowledgeJson('answers/translations.json'));

/** The message with its accents folded and its Spanish/Portuguese/Hinglish question words in English; English text
 *  passes through unchanged apart from accents. */
export function toEnglish(text: string): string {
  return foldAccents(text).replace(NUMBER_ONE, ' first choice').replace(TABLE.re, (m) => TABLE.to.get(m.toLowerCase().split(/\s+/).join(' ')) ?? m);
}
