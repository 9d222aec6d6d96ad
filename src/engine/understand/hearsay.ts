// News and hearsay are the world's, not the applicant's (knowledge/hearsay.json): "heard there's a new $100,000 fee for
// H-1B", "read that J-1 waiver jobs dried up", "apparently step 3 is needed now" name a visa, an exam or a fee as the topic
// of what was heard; none of them states the applicant's own visa or result, so the clause is read as a general statement.
import { z } from 'zod';
import { alternation } from '../people.js';
import HEARSAY_FILE from '../../../knowledge/hearsay.json' with { type: 'json' };

const hearsaySchema = z.object({
  about: z.string().min(1),
  leads: z.array(z.string().regex(/^[a-z' ]+$/)).min(1),
  not_after: z.array(z.string().regex(/^[a-z' ]+$/)).min(1),
}).strict();
const HEARSAY = hearsaySchema.parse(HEARSAY_FILE);

/** A clause opened by a word of news or hearsay (after discourse words), with no own-news word right after it, built once at load. */
const LEAD = new RegExp(`^(?:(?:so|and|but|also|btw|ok|okay|oh|lol|plus|anyway|hey|hmm|also i|and i) )*(?:${alternation(HEARSAY.leads)})(?![a-z'])(?! (?:${alternation(HEARSAY.not_after)})\\b)`);
const FIRST_PERSON = /^(?:i|i'm|im|my|me|mine|i've|ive|myself|i'll|i'd)$/;

/** What this step reads and marks of a clause (the clause type lives in clauses.ts, which calls this step). */
interface Heard { text: string; tokens: string[]; otherPerson: boolean; whose: 'me' | 'other' | 'generic' }

/** Marks as general statements the clauses that only pass on news or hearsay; a first-person word after the lead keeps the clause the applicant's. */
export function hearsayApart(out: Heard[]): void {
  for (const c of out) {
    if (c.otherPerson || c.whose !== 'me') continue;
    const lead = LEAD.exec(c.text);
    if (!lead) continue;
    const after = c.text.slice(lead[0].length).trim().split(/\s+/);
    if (after.some((w) => FIRST_PERSON.test(w))) continue;
    c.whose = 'generic';
  }
}
