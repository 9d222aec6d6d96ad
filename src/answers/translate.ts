// Reads Spanish, Portuguese and Hinglish question words as English (knowledge/answers/translations.json), so a
// question in those languages reaches the same index terms, plan-question patterns and scope checks as English.
import { z } from 'zod';
import { readKnowledgeJson } from '../knowledge/knowledge-files.js';

const words = z.string().regex(/^[a-z0-9]+( [a-z0-9]+)*$/, 'lowercase words without accents, single spaces');
const word = z.string().regex(/^[a-z]+$/, 'one lowercase word without accents');
/** Validates knowledge/answers/translations.json. */
const translationsSchema = z.object({ phrases: z.record(words, words), functionWords: z.record(z.string(), z.array(word)).default({}) });

/** Accents removed ("cuántos" -> "cuantos", "ação" -> "acao"); the inverted marks "¿¡" dropped. */
function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[¿¡]/g, '');
}

/** A message holding this many distinct function words of one language is read as that language. */
const LANGUAGE_HITS = 2;

interface Table { re: RegExp; to: Map<string, string>; functionWords: Set<string>[] }

/** Compiles the table into one alternation, longest phrase first, matched on whole words. */
function compile(file: unknown): Table {
  const { phrases, functionWords } = translationsSchema.parse(file);
  const keys = Object.keys(phrases).sort((a, b) => b.length - a.length);
  const alternation = keys.map((k) => k.split(' ').join('\\s+')).join('|');
  return {
    re: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation})(?![\p{L}\p{N}])`, 'giu'),
    to: new Map(Object.entries(phrases)),
    functionWords: Object.values(functionWords).map((list) => new Set(list)),
  };
}

/** "my #1", "no. 1", "number one": a ranking word the index knows as "first choice". */
const NUMBER_ONE = /\s?(?:#\s?1|\bno\.\s?1|\bnumber one)(?![\p{N}])/giu;

/** The bundled (or KNOWLEDGE_DIR) translation table, compiled once when this module loads. */
const TABLE = compile(readKnowledgeJson('answers/translations.json'));

const TOKEN = /[\p{L}\p{N}]+/gu;

/** A capitalised word before another capitalised word is part of a name ("Los Angeles", "La Jolla", "El Centro"). */
function inName(text: string, w: string, at: number): boolean {
  return /^\p{Lu}/u.test(w) && /^\s+\p{Lu}/u.test(text.slice(at + w.length));
}

/** The function words of every language the message is written in (two or more distinct ones of that language). */
function functionWordsOf(text: string): Set<string> {
  const typed = new Set([...text.matchAll(TOKEN)].filter((m) => !inName(text, m[0], m.index)).map(([w]) => (w === w.toUpperCase() ? w : w.toLowerCase())));
  const out = new Set<string>();
  for (const list of TABLE.functionWords) {
    let hits = 0;
    for (const w of list) if (typed.has(w)) hits += 1;
    if (hits >= LANGUAGE_HITS) for (const w of list) out.add(w);
  }
  return out;
}

/** The message without the function words of its languages (typed in lower case or capitalised; "LA" stays, and
 *  so does a "la" with no word after it to be the article of), its phrases in English. */
function translate(folded: string, drop: Set<string>): string {
  const keep = (w: string, at: number) => w === w.toUpperCase() || !drop.has(w.toLowerCase()) || inName(folded, w, at)
    || (w.toLowerCase() === 'la' && /^\s*(?:[.,;:!?)]|$)/.test(folded.slice(at + 2)));
  let out = '';
  let last = 0;
  const gap = (end: number) => folded.slice(last, end).replace(TOKEN, (w, at: number) => (keep(w, last + at) ? w : ''));
  for (const m of folded.matchAll(TABLE.re)) {
    out += gap(m.index) + (TABLE.to.get(m[0].toLowerCase().split(/\s+/).join(' ')) ?? m[0]);
    last = m.index + m[0].length;
  }
  return out + gap(folded.length);
}

/** The message with its accents folded and its Spanish/Portuguese/Hinglish question words in English; English text
 *  passes through unchanged apart from accents. */
export function toEnglish(text: string): string {
  return inEnglish(text).search;
}

/** One reading of the message in English, two ways: `words` keeps the other language's small words (the routing's
 *  cues read them: "kisi ko pata nahi", "mera"), `search` drops them for the passage search. Folded and translated
 *  once when the message has no small words of another language (most messages). */
export function inEnglish(text: string): { words: string; search: string } {
  // the accent tells "qué" (what) from "que" (that); unaccented, a "que" opening a question is read as "what" too
  const folded = foldAccents(text.replace(/(?<![\p{L}\p{N}])qu[eé](?![\p{L}\p{N}])/giu, (m, at: number) => (/é/i.test(m) || /(?:^|[¿¡.!?]\s*)$/.test(text.slice(0, at)) ? 'what' : m))).replace(NUMBER_ONE, ' first choice');
  const drop = functionWordsOf(folded);
  const words = translate(folded, new Set());
  return { words, search: drop.size ? translate(folded, drop).replace(/[ \t]{2,}/g, ' ').trim() : words };
}
