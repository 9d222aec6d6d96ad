// What a clause says about an exam: real scores, practice scores, whether it is done, planned or awaiting a result.
import type { Clause } from '../clauses.js';
import { attemptFacts, has, negatedAt, numbersIn, type AttemptFacts } from '../scan.js';

const PRACTICE = /^(nbme|nbmes|uwsa|uwsa1|uwsa2|uwsa3|uw|free120|practice|predicted|predicting|predict|prediction|predicts|expect|expecting|expected|aiming|aim|target|targeting|goal|hoping|hope|estimated|estimate|projected|self|cms|mock|assessment|assessments|sa|nbmes|form|forms|amboss|hoping)$/;
const PLANNED = /^(plan|planned|planning|plans|scheduled|schedule|booked|will|gonna|going|soon|next|studying|preparing|prepping|registering|registered|upcoming|intend|intending|tomorrow)$/;
const AWAITING = /^(waiting|pending|awaiting|awaited)$/;
const RECENT = /^(last|yesterday|ago|recently|just)$/;
const TOOK = /^(took|sat|gave|written|wrote|done|finished|taken|attempted)$/;
const NOT_TAKEN = /\b(not (yet )?(taken|done|given|sat|written|attempted|it)|(haven't|havent|didn't|didnt|have not|did not|hasn't|isn't|isnt|not) (yet )?(taken|take|given|give|done|sat|written|attempted|finished)|yet to|not yet|no not yet|nope|none yet|not done|isn't done|isnt done|not finished)\b/;
const FAIL = /^(fail|failed|failing|fails|flunked|f|failure)$/;
const PASS = /^(pass|passed|passing|p|cleared|clear)$/;

/** Everything the clauses of one exam say. */
export interface ExamFacts {
  real: number[];
  practice: number[];
  /** Numbers too big to be a score, or fragments (1-99) standing where a score would be. */
  outside: number[];
  small: number[];
  passed: boolean;
  passDenied: boolean;
  failed: boolean;
  failDenied: boolean;
  notTaken: boolean;
  planned: boolean;
  awaiting: boolean;
  tries: AttemptFacts;
}

/** Reads the clauses about one exam. */
export function examFacts(clauses: readonly Clause[]): ExamFacts {
  const f: ExamFacts = { real: [], practice: [], outside: [], small: [], passed: false, passDenied: false, failed: false, failDenied: false, notTaken: false, planned: false, awaiting: false, tries: { retake: false, firstTry: false } };
  for (const c of clauses) {
    const t = c.tokens;
    const practice = has(t, PRACTICE) || /\bfree 120\b/.test(c.text);
    for (const n of numbersIn(t)) {
      if (n.unit !== 'none' || n.calendarYear || n.negated) continue;
      if (/^(fail|fails|failed|failure|failures|attempt|attempts)$/.test(t[n.at + 1] ?? '')) continue;
      if (n.value >= 100 && n.value <= 300 && Number.isInteger(n.value)) (practice ? f.practice : f.real).push(n.value);
      else if (n.value > 300) f.outside.push(n.value);
      else if (!practice) f.small.push(n.value);
    }
    t.forEach((w, i) => {
      if (PASS.test(w) && !(w === 'p' && t.length > 3) && !(w === 'passed' && t[i + 1] === 'out')) { if (negatedAt(t, i)) f.passDenied = true; else f.passed = true; }
      if (FAIL.test(w) && !(w === 'f' && t.length > 3)) { if (negatedAt(t, i)) f.failDenied = true; else f.failed = true; }
    });
    if (NOT_TAKEN.test(c.text)) f.notTaken = true;
    if (has(t, PLANNED) && !has(t, TOOK)) f.planned = true;
    if (has(t, AWAITING) || (has(t, TOOK) && has(t, RECENT)) || /\b(results?|score) (is |are )?(not out|not back|not released|awaited|pending)|no (results?|score) yet|results? (come|comes|coming) out\b/.test(c.text)) f.awaiting = true;
    const tries = attemptFacts(t);
    f.tries = {
      attempts: Math.max(f.tries.attempts ?? 0, tries.attempts ?? 0) || undefined,
      fails: Math.max(f.tries.fails ?? 0, tries.fails ?? 0, t.some((w, i) => /^\d$/.test(w) && /^(fail|fails|failure|failures)$/.test(t[i + 1] ?? '')) ? Number(t.find((w, i) => /^\d$/.test(w) && /^(fail|fails|failure|failures)$/.test(t[i + 1] ?? ''))) : 0) || undefined,
      retake: f.tries.retake || tries.retake,
      firstTry: f.tries.firstTry || tries.firstTry,
    };
  }
  if (f.failDenied && !f.failed) f.tries.firstTry = true;
  return f;
}
