// Interviews counted by specialty ("5 IM interviews + 2 FM ones", "got 1 derm and 5 prelim interviews", "3 invites in
// psych and 2 in FM"): each part is a count of this cycle's interviews, not a choice of specialty, and the parts add up.
import type { Clause } from './clauses.js';
import { specialtiesIn } from './readers/specialty.js';

// the joiners between two specialties' shares in one clause ("4 in peds + 1 in FM")
const JOINED = /\s(?:\+|and|plus|&)\s/;
const INTERVIEW_WORD = '(?:interviews?|invites?|invitations?|iis?|ones?)';
// "[and] [got] 5 [in] IM [interviews|ones] [so far]" or "3 interviews in IM"
const PART = new RegExp(`^(?:(?:and|plus|got|had|have|with|also|then|\\+) )*(\\d{1,2}) (?:(?:${INTERVIEW_WORD}) )?(?:(?:in|for|from|at) )?([a-z&/ ]+?)(?: ${INTERVIEW_WORD})?(?: (?:so far|yet|now|each|lol|already|total))*$`);

/** The count of a clause that is one specialty's share of the interviews (or the sum of such shares joined by "+" or
 *  "and" in one clause: "4 invites in peds + 1 in FM"), or undefined. */
export function interviewPart(c: Pick<Clause, 'text'>): number | undefined {
  return partsOf(c)?.count;
}

/** A clause's interview count by specialty and how many shares it holds, or undefined when it is no such count. */
function partsOf(c: Pick<Clause, 'text'>): { count: number; shares: number } | undefined {
  const pieces = c.text.split(JOINED);
  const counts = pieces.map(onePart);
  return counts.every((n) => n !== undefined) ? { count: counts.reduce((a: number, b) => a + b!, 0), shares: pieces.length } : undefined;
}

function onePart(text: string): number | undefined {
  const m = PART.exec(text.replace(/[^\p{L}\p{N}&/+' ]+/gu, ' ').replace(/\s+/g, ' ').trim());
  if (!m) return undefined;
  const words = m[2]!.split(' ').filter(Boolean);
  const found = specialtiesIn(words);
  // (the words after the count are one specialty's name and nothing else)
  // (a bare "prelim" is a one-year track's name here: "5 prelim interviews")
  if ((found.length !== 1 && !(words.length === 1 && /^(prelim|preliminary|prelims)$/.test(words[0]!))) || words.length > 4) return undefined;
  return Number(m[1]);
}

/** The sum of the interviews told by specialty, when two or more clauses each give one specialty's share. */
export function interviewsByParts(clauses: readonly Clause[]): number | undefined {
  const parts = [...new Set(clauses)].map(partsOf).filter((p) => p !== undefined);
  const shares = parts.reduce((a, p) => a + p.shares, 0);
  return shares >= 2 ? parts.reduce((a, p) => a + p.count, 0) : undefined;
}
