// Reads USMLE answers: Step 1 pass/fail history, Step 2 CK score or prediction, Step 3 status.
import type { Step1, Step2ck, Step3 } from '../../domain/profile.js';
import { attemptsIn } from './parse-attempts.js';
import { normalize } from './phrases.js';
import { digitize } from './numbers.js';
import { isNegative, notUnderstood, ok, outOfRange, type Parsed } from './result.js';

/** Scores stated in the text, ignoring exam names ("step 2 ck") and attempt counts ("2 attempts"). */
export function scoresIn(text: string): number[] {
  const t = digitize(normalize(text))
    .replace(/\bstep\s*-?\s*[123]\b|\bstep[123]\b|\b2\s*ck\b|\bck\s*2\b|\busmle\b/g, ' ')
    .replace(/\b\d\s*(attempts?|tries|try|times?|months?|weeks?|years?|yrs?|x)\b/g, ' ')
    .replace(/\b(19|20)\d\d\b/g, (y) => (Number(y) > 300 ? ' ' : y));
  return (t.match(/-?\d+/g) ?? []).map(Number);
}

const NOT_TAKEN = /\b(not (taken|yet|done|given)|haven'?t (taken|given|done)|have not (taken|given)|didn'?t take|did not take|yet to (take|give)|not sat|scheduled|planning|plan to|will take|upcoming|in \d+ (weeks|months)|next (week|month|year))\b/;

const ATTEMPTS_HINT = 'USMLE allows at most 6 attempts at a Step; type how many attempts it took, from 1 to 6.';

/** Refuses an attempt count outside 1-6 (the profile keeps no other), instead of storing it. */
function withinAttempts<T extends { attempts?: number }>(parsed: Parsed<T>): Parsed<T> {
  if (!parsed.ok || parsed.value.attempts === undefined) return parsed;
  const n = parsed.value.attempts;
  return Number.isInteger(n) && n >= 1 && n <= 6 ? parsed : outOfRange(ATTEMPTS_HINT);
}

/** Step 1: passed (with attempts), failed and not yet passed, or a pre-2022 numeric score; attempts 1-6. */
export function parseStep1(text: string): Parsed<Step1> {
  return withinAttempts(readStep1(text));
}

function readStep1(text: string): Parsed<Step1> {
  const exact = text.trim().toLowerCase().match(/^(passed|failed):(\d)$/);
  if (exact) return ok({ result: exact[1] as 'passed' | 'failed', attempts: Number(exact[2]) });
  const t = normalize(text);
  const scores = scoresIn(text);
  const attempts = attemptsIn(text);
  const bad = scores.find((s) => s < 1 || s > 300);
  if (bad !== undefined) return outOfRange('Step 1 three-digit scores ran from 1 to 300; since 2022 it is reported as pass or fail.');
  const score = scores.find((s) => s >= 100);
  if (score !== undefined) return ok({ result: 'score', score, attempts: attemptsIn(text, true) ?? 1 });
  const passed = /\b(pass|passed|p|cleared|clear)\b|\bpassed\b/.test(t) || /^\s*(yes|yep|yeah|y|ok)\s*$/.test(t);
  const failed = /\bfail|\bdidn'?t pass|\bdid not pass|\bnot passed\b|\bhaven'?t passed/.test(t);
  if (NOT_TAKEN.test(t) && !passed && !failed) {
    return outOfRange('If you have not taken Step 1 yet, type "skip" and I will treat it as unknown for now.');
  }
  if (failed && (!passed || /\b(not (yet )?passed|haven'?t passed|didn'?t pass|did not pass|still)\b/.test(t))) {
    return ok({ result: 'failed', attempts: attempts ?? 1 });
  }
  if (passed) return ok({ result: 'passed', attempts: attempts ?? 1 });
  return notUnderstood();
}

/** Step 2 CK: a score (1-300) with attempts (1-6), or not taken yet with an optional predicted score. */
export function parseStep2ck(text: string): Parsed<Step2ck> {
  return withinAttempts<Step2ck & { attempts?: number }>(readStep2ck(text));
}

function readStep2ck(text: string): Parsed<Step2ck> {
  const raw = text.trim().toLowerCase();
  if (raw === 'not_taken') return ok({ taken: false });
  const t = normalize(text);
  const scores = scoresIn(text);
  const bad = scores.find((s) => s < 1 || s > 300);
  if (bad !== undefined) return outOfRange('Step 2 CK scores run from 1 to 300; type the three-digit score from your transcript, e.g. 226.');
  const notTaken = NOT_TAKEN.test(t) || /\b(predict|predicted|expect|expecting|nbme|uwsa|practice|aiming)\b/.test(t);
  if (notTaken) {
    const predicted = scores.find((s) => s >= 100);
    return ok(predicted !== undefined ? { taken: false, predicted } : { taken: false });
  }
  const score = scores.find((s) => s >= 1);
  if (score !== undefined) return ok({ taken: true, score, attempts: attemptsIn(text, true) ?? 1 });
  if (isNegative(raw)) return ok({ taken: false });
  return notUnderstood();
}

/** Step 3: not taken, planned, failed, or passed (optionally with a score). */
export function parseStep3(text: string): Parsed<Step3> {
  const raw = text.trim().toLowerCase();
  if (raw === 'not_taken' || raw === 'planned' || raw === 'passed' || raw === 'failed') {
    return ok(raw === 'passed' ? { status: 'passed' } : { status: raw } as Step3);
  }
  const t = normalize(text);
  const scores = scoresIn(text);
  const bad = scores.find((s) => s < 1 || s > 300);
  if (bad !== undefined) return outOfRange('Step 3 scores run from 1 to 300; type the three-digit score, e.g. 221.');
  const score = scores.find((s) => s >= 100);
  if (/\bfail/.test(t) && !/\bpass/.test(t)) return ok({ status: 'failed' });
  if (/\b(plan|planned|planning|scheduled|booked|will take|going to|gonna|soon|next|studying|preparing)\b/.test(t)) return ok({ status: 'planned' });
  if (score !== undefined) return ok({ status: 'passed', score });
  if (/\b(pass|passed|cleared|done|yes|yep|yeah|took it)\b/.test(t)) return ok({ status: 'passed' });
  if (isNegative(raw) || /\b(not taken|haven'?t|have not|didn'?t|did not)\b/.test(t)) return ok({ status: 'not_taken' });
  return notUnderstood();
}
