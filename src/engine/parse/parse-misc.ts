// Reads the spoken languages and the stage of the match cycle.
import type { Stage } from '../../domain/profile.js';
import { editDistance } from './nlp.js';
import { normalize } from './phrases.js';
import { notUnderstood, ok, outOfRange, type Parsed } from './result.js';
import { LANGUAGES } from './vocabulary.js';

// A Map: the key is the user's word, and "constructor" or "__proto__" must find nothing.
const LANGUAGE_ALIASES: ReadonlyMap<string, string> = new Map([['eng', 'English'], ['spanish', 'Spanish'], ['espanol', 'Spanish'], ['español', 'Spanish'], ['persian', 'Farsi'], ['filipino', 'Tagalog'], ['mandarin', 'Chinese (Mandarin)'], ['cantonese', 'Chinese (Cantonese)'], ['asl', 'Sign Language']]);

/** The most languages a profile keeps (the profile schema's limit). */
const MAX_LANGUAGES = 12;

/** Parses a list of languages, forgiving small misspellings ("spanich"). */
export function parseLanguages(text: string): Parsed<string[]> {
  const parts = text.toLowerCase().replace(/\b(and|also|plus|fluent|native|basic|conversational|medical|some|a little|little|bit|just|only|speak|i|in|well|fluently|languages?)\b/g, ',').split(/[,;/&+()\n.]+|\s+/).map((p) => p.trim()).filter(Boolean);
  const out: string[] = [];
  for (const p of parts) {
    const alias = LANGUAGE_ALIASES.get(p);
    if (alias) { out.push(alias); continue; }
    const exact = LANGUAGES.find((l) => l.toLowerCase() === p);
    if (exact) { out.push(exact); continue; }
    if (p.length >= 5) {
      const near = LANGUAGES.find((l) => editDistance(l.toLowerCase(), p) <= (p.length >= 7 ? 2 : 1));
      if (near) out.push(near);
    }
  }
  const unique = [...new Set(out)];
  if (unique.length > MAX_LANGUAGES) return outOfRange(`I can keep up to ${MAX_LANGUAGES} languages; list the ones you would use with patients.`);
  return unique.length > 0 ? ok(unique) : notUnderstood();
}

/** Parses where the applicant is in the cycle. */
export function parseStage(text: string): Parsed<Stage> {
  const raw = text.trim().toLowerCase();
  if (raw === 'preparing' || raw === 'applying' || raw === 'interviewing' || raw === 'reapplying') return ok(raw);
  const t = normalize(text);
  if (/\b(re-?appl\w*|didn'?t match|did not match|unmatched|not matched|soap\w*|again|second time|last cycle|failed to match)\b/.test(t)) return ok('reapplying');
  if (/\b(interview\w*|invites?|ranking|rank list)\b/.test(t)) return ok('interviewing');
  if (/\b(appl\w*|submit\w*|eras|this cycle|sending)\b/.test(t)) return ok('applying');
  if (/\b(prepar\w*|studying|getting ready|not yet|next year|planning|early|future|starting|just started|student)\b/.test(t)) return ok('preparing');
  return notUnderstood();
}
