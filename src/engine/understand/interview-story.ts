// Interviews told as a story rather than as one count (knowledge/interview-story.json): a progression ("0 → 1 → 3",
// "0 in october, 1 by mid november, 3 as of this morning") is held at its last count; a running total ("so 3 now",
// "asi que van 3") wins over the parts before it; an invitation cancelled, declined or withdrawn is no interview now
// ("4 invites, I declined one"); "2 more invites" beside a stored count adds to it. Read on the cycle's clauses, in
// English words, after the count the cycle reader found.
import { z } from 'zod';
import { alternation } from '../people.js';
import STORY_FILE from '../../../knowledge/interview-story.json' with { type: 'json' };

const storySchema = z.object({
  about: z.string().min(1),
  fellAway: z.array(z.string().min(1)).min(1),
  restored: z.array(z.string().min(1)).min(1),
  now: z.array(z.string().min(1)).min(1),
  times: z.array(z.string().min(1)).min(1),
}).strict();
const STORY = storySchema.parse(STORY_FILE);

const COUNT = '(\\d{1,2}|one)';
const INTERVIEW = /\b(interviews?|interviewing|invites?|invitations?|iis?|ivs?)\b/;
// "one of the fm ones cancelled", "1 maine declined", "declined 2 of them", "2 got cancelled"
const FELL_AWAY_AFTER = new RegExp(`\\b${COUNT}(?: of (?:them|those|these|the [a-z]+(?: [a-z]+)?))?(?: [a-z']+){0,3}? (?:${alternation(STORY.fellAway)})\\b`);
const FELL_AWAY_BEFORE = new RegExp(`\\b(?:${alternation(STORY.fellAway)}) ${COUNT}\\b(?! (?:applications?|apps)\\b)`);
const RESTORED = new RegExp(`(?<!\\b(?:never|not|wasn't|didn't|no|hasn't|haven't) )\\b(?:${alternation(STORY.restored)})\\b`);
// "so 3 now", "asi que van 3", "that makes 5", "as of this morning 3", "3 in total"
const NOW_BEFORE = new RegExp(`(?:^|\\b)(?:so |and |asi que |then )?(?:${alternation(STORY.now)}) (?:(?:it's|its|it is|at|up to|i have|i've got|we're at|im at|i'm at) )?(\\d{1,2})(?: [a-z']+)?$`);
const NOW_AFTER = /(?:^|\b)(?:so |and )?(\d{1,2}) (?:now|in total|total|as of (?:today|now|this [a-z]+))(?: [a-z']+)?$/;
const TIME = new RegExp(`\\b(?:${alternation(STORY.times)})\\b`);
// a clause of another count than interviews (months, letters, papers, programs, a score)
const OTHER_COUNT = /\b(months?|weeks?|years?|yrs?|letters?|lors?|pubs?|papers?|posters?|publications?|programs?|apps|applications?|attempts?|step|ck|score)\b/;
const ADDED = /^(?:(?:and|also|plus|update|got|received|just|another) )*(\d{1,2}) more (?:interviews?|invites?|invitations?|iis?)\b/;
const ANOTHER = /^(?:(?:and|also|plus|update|got|received|just) )*(?:another|one more) (?:interview|invite|invitation|ii)\b/;

// ("3 in the last 2 weeks"): the span a count was reached in is no count of its own
const withoutSpan = (text: string): string => text.replace(/\b(?:in|over|within) the (?:last|past|first) (?:\d{1,2} )?(?:days?|weeks?|months?)\b|\bover (?:the )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/g, ' ').replace(/\s+/g, ' ').trim();
// a count told on its own ("then 1", "3 lol")
const BARE = /^(?:(?:and|then|now|so|went|got|was|were|is|are|at|up|to|interviews?|invites?|ivs?|iis?) )*\d{1,2}(?: (?:lol|haha|yay|so far|now|already|total))*$/;
// a count told by where it stands ("3 done", "2 more left"): read by the cycle reader as done plus ahead, never a step
const WHERE_IT_STANDS = /^(?:and )?\d{1,2} (?:done|more left|more to go|left|to go|scheduled|more scheduled|coming up|upcoming)$/;
const toNumber = (w: string): number => (w === 'one' ? 1 : Number(w));

/** The one count a clause of the story holds (a short clause with one number and no other field's count), or undefined. */
function storyCount(text: string): number | undefined {
  const clause = withoutSpan(text);
  const words = clause.split(' ').filter(Boolean);
  const counts = words.filter((w) => /^\d{1,2}$/.test(w));
  if (counts.length !== 1 || words.length > 8 || OTHER_COUNT.test(clause)) return undefined;
  return Number(counts[0]);
}

/** Whether a clause with no field of its own is a step of an interviews story: one count told bare, by a time or as
 *  the total now ("1 by mid november", "asi que van 3"), or invitations that fell away ("one of them got cancelled"). */
export function storyClause(clause: string): boolean {
  if (OTHER_COUNT.test(withoutSpan(clause))) return false;
  const n = storyCount(clause);
  return (n !== undefined && (BARE.test(withoutSpan(clause)) || WHERE_IT_STANDS.test(clause) || TIME.test(clause) || NOW_BEFORE.test(clause) || NOW_AFTER.test(clause)))
    || FELL_AWAY_AFTER.test(clause) || FELL_AWAY_BEFORE.test(clause);
}

/** Whether a clause tells invitations that fell away ("one of the FM ones got cancelled"): a step of the story, whatever
 *  specialty it names. */
export function fellAwayClause(clause: string): boolean {
  return fellAway([clause]) > 0;
}

// "one got cancelled but they rescheduled it": a loss undone in the same breath
const UNDONE = new RegExp(`,? ?\\b(?:${COUNT} )?(?:[a-z']+ ){0,5}?(?:${alternation(STORY.fellAway)}),? (?:but|and|then) (?:[a-z']+ ){0,3}?(?:${alternation(STORY.restored)})(?: (?:it|them|that|those|the date|my date))?\\b`, 'g');

/** A cancellation undone in the same breath ("one got cancelled but they rescheduled it") taken out: nothing fell away. */
export function withoutUndone(text: string): string {
  return text.includes('resched') || text.includes('reinstat') || text.includes('moved') || text.includes('postponed') ? text.replace(UNDONE, '') : text;
}

/** Whether a clause tells an invitation restored ("but they rescheduled it"). */
export function restoredClause(clause: string): boolean {
  return RESTORED.test(clause);
}

/** A progression's last count: clauses of one count each that rise (never fall), told bare or each beside a time word,
 *  whose last clause says it is the count now or whose first is none ("0 ; 1 ; 3", "0 in october ; 1 by mid november ;
 *  as of this morning 3"); "1 in oct, 2 in nov" (counts by month, or a total?) is no progression. */
function progression(clauses: readonly string[]): number | undefined {
  let run: { n: number; text: string }[] = [];
  let best: number | undefined;
  for (const c of clauses) {
    const n = storyCount(c.replace(INTERVIEW, ' ').trim());
    const bare = n !== undefined && (BARE.test(withoutSpan(c)) || TIME.test(c));
    if (n === undefined || !bare || (run.length && n < run[run.length - 1]!.n)) { run = n !== undefined && bare ? [{ n, text: c }] : []; continue; }
    run.push({ n, text: c });
    if (run.length < 2 || run[run.length - 1]!.n === run[0]!.n) continue;
    const last = run[run.length - 1]!;
    const allBare = run.every((r) => BARE.test(withoutSpan(r.text)));
    if (allBare || run[0]!.n === 0 || NOW_BEFORE.test(last.text) || NOW_AFTER.test(last.text) || /\b(now|today|as of)\b/.test(last.text)) best = last.n;
  }
  return best;
}

/** The running total a clause states ("so 3 now", "van 3"), the last such in the story, or undefined. */
function runningTotal(clauses: readonly string[]): number | undefined {
  let total: number | undefined;
  for (const c of clauses) {
    if (OTHER_COUNT.test(c)) continue;
    const m = NOW_BEFORE.exec(c) ?? NOW_AFTER.exec(c);
    if (m) total = Number(m[1]);
  }
  return total;
}

/** How many invitations the story says fell away (cancelled, declined, withdrawn and not rescheduled). */
function fellAway(clauses: readonly string[]): number {
  let n = 0;
  for (const [k, c] of clauses.entries()) {
    // ("one got cancelled ; but they rescheduled it"): restored in the clause after it too
    if (RESTORED.test(c) || RESTORED.test(clauses[k + 1] ?? '')) continue;
    const m = FELL_AWAY_AFTER.exec(c) ?? FELL_AWAY_BEFORE.exec(c);
    // ("2 programs withdrew", "declined 3 applications"): programs or applications are no interviews
    if (m && !/\b(applications?|apps|visas?)\b/.test(m[0])) n += toNumber(m[1]!);
  }
  return n;
}

/** The interviews a story of them holds now, from the count the cycle reader read (`read`), the cycle's clauses in
 *  English words (`text`, clauses joined by " ; "), whether the cycle is the question pending, and the stored count. */
export function interviewsInStory(text: string, read: number | undefined, ctx: { pending: boolean; stored?: number }): number | undefined {
  const clauses = text.split(/\s*;\s*/).map((c) => c.trim()).filter(Boolean);
  const told = INTERVIEW.test(text);
  if (!told && !ctx.pending) return read;
  let count = read;
  // ("two more invites this week!!"): an addition only, to the count stored
  const first = clauses.find((c) => /\d|another|one more/.test(c));
  const added = first ? ADDED.exec(first) ?? (ANOTHER.test(first) ? ['', '1'] : undefined) : undefined;
  if (added && ctx.stored !== undefined && clauses.filter((c) => /\d/.test(c) && !OTHER_COUNT.test(c)).length <= 1) return ctx.stored + Number(added[1]);
  const steps = progression(clauses);
  if (steps !== undefined) count = steps;
  else if (told) {
    const total = runningTotal(clauses);
    if (total !== undefined && (count === undefined || total >= count)) count = total;
  }
  if (count === undefined || !(told || ctx.pending)) return count;
  const gone = fellAway(clauses);
  // ("interviews are 2 not 3, one got cancelled", "3 left after one was cancelled"): a count told with the one before the
  // loss, or as what is left, is already the count now
  const before = new RegExp(`\\b${count + gone}\\b`);
  if (gone === 0 || gone >= count || before.test(text.replace(new RegExp(`\\b${count}\\b`), ' ')) || /\b(left|remaining|still have|now)\b/.test(text) || new RegExp(`\\b(?:are|is|at) ${count}\\b`).test(text)) return count;
  return count - gone;
}
