// A fact told first and only then given to its owner: "scored 210 on step 3 — well my friend did", "passed on the
// first try. that was my brother, not me", "CK 250 (my roommate's)". The clauses of the fact handed over are someone
// else's, and nothing in them is stored for the applicant; what the applicant says of themselves after it still counts.
import type { Clause } from './clauses.js';
import { CLOSE_PEOPLE } from './others-break.js';

const WHO = `(?:my|his|her|our|a|the) (?:${CLOSE_PEOPLE}|study partner|classmate|batchmate|senior|junior|coresident|co-resident|guy|girl|buddy|mate|friend from [a-z]+)`;
// "well my friend did", "that was my brother", "my roommate's, not mine", "not me, my cousin did", "(my sister's)"
const HANDED = new RegExp(`^(?:well|oh|sorry|actually|lol|haha|wait|no|jk|ok|okay|i mean|that is|that's|thats|that was|this was|this is|those are|those were|these are|it was|it's|its|not me|not mine)?(?: (?:well|actually|sorry|lol|i mean|that was|that's|it was))*\\s*(?:not me|not mine)?\\s*${WHO}(?:'s|s)?(?: (?:did|does|do|has|had|got|was|is|scored|one|score|result|numbers?))?(?: (?:it|that|lol|haha))?(?: not (?:me|mine|i))?$`);
const BARE_WHO = new RegExp(`^${WHO}$`);

/** Marks as someone else's the clauses a later clause hands to another person ("... — well my friend did"). */
export function toldOfOthers(out: Clause[]): void {
  out.forEach((c, i) => {
    // (a person named bare, "my uncle", "my husband", hands nothing over: a lead, an 's or a verb does)
    if (c.question || !HANDED.test(c.text) || BARE_WHO.test(c.text)) return;
    c.otherPerson = true;
    c.whose = 'other';
    // ("that was my roommate, | not me": the denial after it says the same, it answers nothing)
    const next = out[i + 1];
    if (next && next.sentence === c.sentence && /^(?:but )?not (?:me|mine|my own|i)$/.test(next.text)) { next.otherPerson = true; next.whose = 'other'; }
    // the fact just before it, in the same sentence or the one before ("210 on step 3. my friend's, not mine")
    for (let k = i - 1; k >= 0; k--) {
      const b = out[k]!;
      if (b.sentence < c.sentence - 1) break;
      if (b.question || !/\d|\b(passed|failed|cleared|matched)\b/.test(b.text)) continue;
      b.otherPerson = true;
      b.whose = 'other';
      break;
    }
  });
}
