// Mentions of a language that are no language spoken with patients (knowledge/language-mentions.json): nationalities in a
// sentence about citizenship ("German citizenship (dual, Turkish-German)"), the language this chat is written in ("I'll
// write in English"), and a language left unnamed ("English and my mother tongue"), which is asked about.
import { z } from 'zod';
import MENTIONS_FILE from '../../../knowledge/language-mentions.json' with { type: 'json' };

const words = z.array(z.string().regex(/^[a-z ]+$/)).min(1);
const mentionsSchema = z.object({ about: z.string().min(1), papers: words, speaking: words, chat: words, unnamed: words }).strict();
const FILE = mentionsSchema.parse(MENTIONS_FILE);
const PAPERS: ReadonlySet<string> = new Set(FILE.papers);
const SPEAKING: ReadonlySet<string> = new Set(FILE.speaking);
const CHAT: ReadonlySet<string> = new Set(FILE.chat);
const UNNAMED = FILE.unnamed.map((p) => p.split(' '));
// ("English + the usual ones from back home", "Hindi and my mother tongue"): an unnamed language joined to a named one
const JOINED_UNNAMED = new RegExp(`(?:\\+|&|\\b(?:and|plus|n|y|e|aur)\\b)\\s*(?:the|my|our|mi|minha|a|all|also)\\s+(?:${FILE.unnamed.map((p) => p.replace(/ /g, '\\s+')).join('|')})\\b`);

/** True when a clause's language names are all nationalities (`isNationality`) and its sentence is about citizenship, with
 *  no word of speaking in the clause ("I have German citizenship too (dual, Turkish-German)"): no language is told there. */
export function nationalitiesOnly(tokens: readonly string[], names: readonly string[], sentence: string, isNationality: (w: string) => boolean): boolean {
  if (names.length === 0 || !names.every(isNationality) || tokens.some((w) => SPEAKING.has(w))) return false;
  return sentence.split(/[^a-z]+/).some((w) => PAPERS.has(w));
}

/** True when the language name starting at `start` is the language of this chat ("I'll write in English", "typing in Spanish"). */
export function chatLanguage(tokens: readonly string[], start: number): boolean {
  return tokens[start - 1] === 'in' && CHAT.has(tokens[start - 2] ?? '');
}

/** True when the clause names a language without its name ("my mother tongue", "my native language"). */
export function unnamedLanguage(tokens: readonly string[]): boolean {
  return UNNAMED.some((p) => tokens.some((_, i) => p.every((w, k) => tokens[i + k] === w) && /^(my|our|the|mi|minha|a)$/.test(tokens[i - 1] ?? '')));
}

/** True when a clause joins a language left unnamed to named ones ("English + the usual ones from back home"): the list is not whole. */
export function unnamedJoined(text: string): boolean {
  return JOINED_UNNAMED.test(text);
}
