// Promised, pending or on its way is not held now (knowledge/not-yet-held.json): "Dr. Lee said she'll write one", "me
// prometió una pero no la ha subido", "dusra letter PD likhenge" tell a letter or a paper that does not exist yet, so the
// clause is read as planned: its counts are not stored, an exam in it is planned. One shared step every clause passes.
import { z } from 'zod';
import { alternation } from '../people.js';
import NOT_YET_FILE from '../../../knowledge/not-yet-held.json' with { type: 'json' };

const phrases = z.array(z.string().regex(/^[a-z' ]+$/)).min(1);
const fileSchema = z.object({ about: z.string().min(1), languages: z.object({ en: phrases, es: phrases, pt: phrases, hi: phrases }).strict() }).strict();
const FILE = fileSchema.parse(NOT_YET_FILE);

const ALL = Object.values(FILE.languages).flat();
// (a phrase opening on an apostrophe, "'ll write", is glued to its subject: "she'll write")
/** Any promise or pending word of any language we read, as a whole phrase, built once at load. */
const NOT_YET = new RegExp(`(?:(?<![a-z'])(?:${alternation(ALL.filter((p) => !p.startsWith("'")))})|(?:${alternation(ALL.filter((p) => p.startsWith("'")))}))(?![a-z'])`);

/** What this step reads and marks of a clause (the clause type lives in clauses.ts, which calls this step). */
interface Timed { text: string; tokens: string[]; when: 'done' | 'planned' | 'hypothetical' }

// a promise covers its own part of a clause: "2 letters + 1 more promised", "technically 3 since one hasn't uploaded hers"
// keep the count told before the joiner, which is held now
const JOINER = /\s+(?:\+|&|plus|and|since|because|bc|cuz|as|with)\s+/g;

const PART_OF_TOTAL = /\b(?:of|out of) (?:them|those|these)\b/;

/** True when a clause's words say what it tells is promised or pending, not held now. */
export function toldNotYetHeld(text: string): boolean {
  return NOT_YET.test(text);
}

/** Marks as planned the clauses that tell something promised or pending rather than held now; a count held, told before a joiner, stays. */
export function notYetHeld(out: Timed[], tokenise: (text: string) => string[]): void {
  for (const c of out) {
    // (a part of a total just told, "4 papers, 2 of them under review", leaves the total unsure: asked as before)
    const m = c.when === 'done' && !PART_OF_TOTAL.test(c.text) ? NOT_YET.exec(c.text) : null;
    if (!m) continue;
    const joins = [...c.text.slice(0, m.index).matchAll(JOINER)];
    const held = joins.length ? c.text.slice(0, joins.at(-1)!.index) : '';
    if (/\d/.test(held)) { c.text = held; c.tokens = tokenise(held); } else c.when = 'planned';
  }
}
