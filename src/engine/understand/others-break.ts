// Text typed without punctuation ("h1b only my wife is on h4 already") runs the applicant's fact into someone else's:
// a clause break is put before "my <person>" right after a fact of the applicant's own, so the other person's
// facts are set apart and the applicant's own are kept. Only a word that ends a fact (a number, a visa, "only", a yes
// or no) comes before such a break; elsewhere "my <person>" stays in its clause.
import { alternation, peopleFor } from '../people.js';

/** The people close to the applicant whose facts or reasons are told beside the applicant's own (knowledge/people.json,
 *  read here, by reasons.ts and by hedged-choice.ts): a regex alternation. */
export const CLOSE_PEOPLE = alternation(peopleFor('close').map((p) => p.word));
const PERSON = CLOSE_PEOPLE;
// the words that end a fact of the applicant's own (a number, a visa, a plain yes or no, "only"): after one, "my <person>"
// starts a new statement; after any other word it may be that word's object ("on my husband's H1B", "wherever my wife")
const FACT_END = /\d|^(?:only|pls|plz|please|yes|yeah|yep|no|nope|nah|done|passed|pass|failed|fail|j1|j-1|h1b|h-1b|gc|ead|citizen|needed|required|ok|okay|lol|haha|thx|thanks|tho|though|btw)$/i;
const BEFORE_PERSON = new RegExp(`(\\S+) (my (?:${PERSON})(?:'s)?)\\b`, 'g');

/** The text with a clause break (";") before "my <person>" right after a fact of the applicant's own. */
export function othersApart(text: string): string {
  return text.replace(BEFORE_PERSON, (whole, prev: string, mine: string) => {
    if (!FACT_END.test(prev)) return whole;
    return `${prev}; ${mine}`;
  });
}
