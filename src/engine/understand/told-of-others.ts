// A fact told first and only then given to its owner: "scored 210 on step 3 — well my friend did", "passed on the
// first try. that was my brother, not me", "CK 250 (my roommate's)". The clauses of the fact handed over are someone
// else's, and nothing in them is stored for the applicant; what the applicant says of themselves after it still counts.
import { CLOSE_PEOPLE } from './others-break.js';

const FIRST_PERSON = /^(i|i'm|im|my|me|mine|i've|ive|myself)$/;
const WHO = `(?:my|his|her|our|a|the) (?:${CLOSE_PEOPLE}|study partner|classmate|batchmate|senior|junior|coresident|co-resident|guy|girl|buddy|mate|friend from [a-z]+)`;
// "well my friend did", "my brother did lol, not me": the person with a verb that takes the fact over
const DID = new RegExp(`^(?:(?:well|oh|actually|sorry|lol|haha|wait|no|jk|i mean|not me)\\s+)*${WHO} (?:did|does|has|had|got|scored|took it|passed)(?: (?:it|that|lol|haha|though|tho))?(?: not me)?$`);
// "that was my brother", "it's my roommate's score", "my wife's, not mine": the fact named as someone else's
const THAT_WAS = new RegExp(`^(?:that was|it was) ${WHO}(?: (?:though|tho|lol|haha))?(?: not (?:me|mine))?$|^${WHO}'s(?: (?:score|result|one))?,? not mine$`);
// "my wife's | not mine", "(my roommate's)": a bare possessive hands over only with a denial after it, or in brackets
const POSSESSIVE = new RegExp(`^${WHO}'s(?: (?:score|result|one))?$`);
const NOT_MINE = /^(?:but )?not (?:me|mine|my own|i)$/;
// ("the 225 i keep bragging about is my wife's lol", "that 233 was my friend's number"): a figure named first and handed
// to its owner at the clause's end is that person's, whatever is said of it in between
const FIGURE_HANDED = new RegExp(`^(?:(?:omg|oh|oops|wait|sorry|lol|ugh|actually|also|btw|and|but|ok|okay|so)\\s+)*(?:the|that|this|those) \\d{2,3}\\b.*\\b(?:is|was|are|were|'s) (?:actually |really |just )?${WHO}'s(?: (?:score|number|result|one))?(?: (?:lol|haha|lmao|tho|though|not mine))*$`);

/** What this step reads and marks of a clause (the clause type itself lives in clauses.ts, which calls this step). */
interface Told { text: string; tokens: string[]; question: boolean; otherPerson: boolean; whose: 'me' | 'other' | 'generic'; sentence: number; aside?: boolean }

/** Marks as someone else's the clauses a later clause hands to another person ("... — well my friend did"). */
export function toldOfOthers(out: Told[]): void {
  out.forEach((c, i) => {
    if (!c.question && FIGURE_HANDED.test(c.text)) { c.otherPerson = true; c.whose = 'other'; return; }
    const denied = out[i + 1]?.sentence === c.sentence && NOT_MINE.test(out[i + 1]!.text);
    if (c.question || !(DID.test(c.text) || THAT_WAS.test(c.text) || (POSSESSIVE.test(c.text) && (denied || c.aside === true)))) return;
    c.otherPerson = true;
    c.whose = 'other';
    // ("that was my roommate, | not me": the denial after it says the same, it answers nothing)
    const next = out[i + 1];
    if (denied) { next!.otherPerson = true; next!.whose = 'other'; }
    // the fact just before it, in the same sentence or the one before ("210 on step 3. my friend's, not mine")
    for (let k = i - 1; k >= 0; k--) {
      const b = out[k]!;
      if (b.sentence < c.sentence - 1) break;
      if (b.question || !/\d|\b(passed|failed|cleared|matched)\b/.test(b.text)) continue;
      // ("I got 240, my brother did 250": a fact the applicant told as their own stays theirs)
      if (b.tokens.some((w) => FIRST_PERSON.test(w))) break;
      b.otherPerson = true;
      b.whose = 'other';
      break;
    }
  });
}
