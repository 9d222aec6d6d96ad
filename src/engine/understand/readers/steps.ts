// Readers for the three USMLE steps: pass/fail history, scores, predictions, pending results, plans.
import type { Step1, Step2ck, Step3 } from '../../../domain/profile.js';
import { clarify, joined, none, refuse, value, yesNo, type Reader } from '../reading.js';
import { examFacts, type ExamFacts } from './exam-words.js';
import { againstPassMark } from '../pass-marks.js';
import { overTwoHundred } from '../loose-scores.js';

const MAX_ATTEMPTS = 6;
const NOT_RETAKEN = /\b(?:haven't|havent|have not|didn't|didnt|did not|not yet|yet to|never|not) (?:yet )?(?:re ?taken|re ?take|retook|retaken|retaking|retried|re ?tried|re ?attempted|taken it again|took it again|tried again)\b|\bno retake\b|\bretake (?:is |was )?(?:pending|planned|scheduled|booked|next|soon|coming|in|on|for)\b|\bretaking(?: it)? (?:in|on|next|soon|this|after|by)\b|\b(?:will|i'll|ill|going to|gonna|plan to|planning to|have to|need to|want to|hope to) (?:re ?take|re ?sit|re ?attempt|take it again|sit it again)\b/;

// "passed... eventually", "not on first try though (2nd)": not a first attempt, whatever else is said
const NOT_FIRST = /\b(eventually|finally|in the end|at last|more than (?:one|1|once)(?: (?:attempt|try|go|time|sitting))?|(?:multiple|several|many|a few|few|a couple of|couple of|a couple) (?:attempts|tries|goes|times|sittings)|not (?:in|on|at) (?:one|1) (?:go|try|attempt|shot)|(?:not|wasn't|wasnt|was not|isn't|isnt) (on |at |in )?(the |my )?(1st|first) (try|attempt|go|time|shot)|not (1st|first) (try|attempt|time))\b/;
const ORDINAL: Record<string, number> = { '2nd': 2, second: 2, '3rd': 3, third: 3, '4th': 4, fourth: 4, '5th': 5, fifth: 5 };

/** The attempt of a pass said to be not the first: its ordinal if named, else undefined (ask). */
function laterAttempt(clauses: readonly { text: string }[]): number | 'first' | undefined {
  const text = clauses.map((c) => c.text).join(' ; ');
  if (!NOT_FIRST.test(text)) return 'first';
  const m = /\b(2nd|second|3rd|third|4th|fourth|5th|fifth)\b/.exec(text);
  return m ? ORDINAL[m[1]!] : undefined;
}

function attemptsAfterPass(f: ExamFacts): number {
  if (f.tries.attempts) return f.tries.attempts;
  if (f.tries.fails) return f.tries.fails + 1;
  if (f.tries.retake || f.failed) return 2;
  return 1;
}

/** Nothing said about attempts at all: the 1 stored is a placeholder the plan reads as unknown, never a first-attempt pass. */
function attemptsUnsaid(f: ExamFacts): boolean {
  return !f.tries.attempts && !f.tries.fails && !f.tries.retake && !f.failed && !f.tries.firstTry;
}
const unsaid = (f: ExamFacts) => (attemptsUnsaid(f) ? { attemptsUnstated: true as const } : {});
/** A stored exam with its attempts now said: the placeholder mark goes. */
function withAttempts<T extends { attemptsUnstated?: true }>(stored: T, attempts: number): T {
  const { attemptsUnstated: _drop, ...rest } = stored;
  return { ...rest, attempts } as unknown as T;
}

const NEEDED = /\b(needed|need|took me|it took|required|in)\b[^;]{0,12}\b\d (attempts?|tries|goes|sittings)\b/;

/** The one question asked when several scores of one exam came with nothing to tell which is the result. */
const twoScores = (exam: string, scores: readonly number[]) => `You gave ${[...new Set(scores)].join(' and ')}: which is your ${exam} score? If you took ${exam} more than once, give the latest score and how many attempts.`;

/** The one question asked when an attempt was said not to count: what happened to it decides the attempts. */
const voidedAttempt = (exam: string) => `What happened with that ${exam} attempt: did you fail it, or was it cancelled or not scored? Then tell me how ${exam} went in the end (passed, on which attempt, or not passed yet).`;

const tooMany = (exam: string) => `Attempts run from 1 to ${MAX_ATTEMPTS}; how many times did you take ${exam}?`;

/** Step 1: passed (attempts), failed and not passed yet, or a pre-2022 score; a fail without its outcome is asked. */
export const readStep1: Reader<Step1> = (clauses, ctx) => {
  const exact = clauses.length === 1 ? /^(passed|failed) (\d+)$/.exec(clauses[0]!.tokens.join(' ')) : null;
  if (exact && /^(passed|failed):/.test(clauses[0]!.text)) {
    const n = Number(exact[2]);
    return n >= 1 && n <= MAX_ATTEMPTS ? value({ result: exact[1] as 'passed' | 'failed', attempts: n }) : refuse(tooMany('Step 1'));
  }
  const f = examFacts(clauses);
  if (f.real.length && f.approximate) return refuse('What was your exact Step 1 score (the three-digit number), or was it pass/fail?');
  if (f.outside.length && !f.real.length) return refuse('Step 1 three-digit scores ran from 1 to 300 (since 2022 it is pass or fail). What was your result?');
  if ((f.tries.attempts ?? 0) > MAX_ATTEMPTS || (f.tries.fails ?? 0) >= MAX_ATTEMPTS) return refuse(tooMany('Step 1'));
  if (f.voided && !f.real.length) return refuse(voidedAttempt('Step 1'));
  if (f.unordered) return refuse(twoScores('Step 1', f.real));
  // ("step 1: 188" with no outcome said): a number under every pass mark Step 1 ever had is a fail, never a score that passed
  if (f.real.length && !f.passed && againstPassMark('step1', f.real.at(-1)!) === 'underEvery') return value({ result: 'failed', attempts: Math.min(MAX_ATTEMPTS, f.tries.attempts ?? f.real.length) });
  if (f.real.length) return value({ result: 'score', score: f.real[f.real.length - 1]!, attempts: attemptsAfterPass(f), ...unsaid(f) });
  if (f.awaiting && !f.passed && !f.failed) return refuse('I will leave Step 1 open until your result is out; tell me when it is (or type "skip").');
  // ("step 1 was 200-something back in 2019"): a score told by its hundreds only is over every pass mark Step 1 had, a pass
  if (!f.real.length && !f.failed && !f.notTaken && !f.planned && overTwoHundred(clauses.map((c) => c.text).join(' '))) return value({ result: 'passed', attempts: attemptsAfterPass(f), ...unsaid(f) });
  if (f.passDenied && !f.passed) return value({ result: 'failed', attempts: f.tries.fails ?? f.tries.attempts ?? 1 });
  if (f.passed) {
    const later = f.tries.fails || (f.tries.attempts ?? 0) > 1 ? 'first' : laterAttempt(clauses);
    if (later === undefined) return refuse('On which attempt did you pass Step 1 (for example "2nd attempt")?');
    return value(later === 'first' ? { result: 'passed', attempts: attemptsAfterPass(f), ...unsaid(f) } : { result: 'passed', attempts: later });
  }
  // "my step 1 wasn't first attempt, i failed once" with a pass stored: the pass stands, on a later attempt
  if (f.failed && ctx.stored?.result === 'passed' && !f.passDenied) return value({ result: 'passed', attempts: Math.min(MAX_ATTEMPTS, Math.max(2, (f.tries.fails ?? 1) + 1, f.tries.attempts ?? 0)) });
  // "failed it once, haven't retaken yet": failed, and not passed since
  if (f.failed && !f.passed && NOT_RETAKEN.test(clauses.map((c) => c.text).join(' '))) return value({ result: 'failed', attempts: Math.min(MAX_ATTEMPTS, f.tries.fails ?? f.tries.attempts ?? 1) });
  if (f.failed) return clarify('step1_later_pass', { fails: f.tries.fails ?? f.tries.attempts ?? 1 });
  if (f.tries.firstTry) return value({ result: 'passed', attempts: 1 });
  // "not first attempt unfortunately": a later attempt, not said which, nor whether passed
  if (NOT_FIRST.test(clauses.map((c) => c.text).join(' ; '))) return refuse('On which attempt did you pass Step 1 (for example "2nd attempt"), or is it not passed yet?');
  if (f.notTaken || f.planned) return refuse('If you have not taken Step 1 yet, type "skip" and I will treat it as unknown for now.');
  if (f.small.length && !f.tries.attempts) return refuse('Step 1 is reported as pass or fail (or a three-digit score before 2022). How did it go?');
  if (f.tries.attempts && ctx.stored) return value(ctx.stored.result === 'failed' ? { ...ctx.stored, attempts: f.tries.attempts } : withAttempts(ctx.stored, f.tries.attempts));
  // "it was my first attempt" after a pass stored with no attempt said: a first-attempt pass
  if (f.tries.firstTry && ctx.stored && ctx.stored.result !== 'failed' && ctx.stored.attemptsUnstated) return value(withAttempts(ctx.stored, 1));
  // "yes, on the 2nd try" to how Step 1 went: passed on that attempt
  if (f.tries.attempts && f.tries.attempts > 1 && f.tries.attempts <= MAX_ATTEMPTS && ctx.pending && yesNo(clauses) === true) return value({ result: 'passed', attempts: f.tries.attempts });
  // "I needed 2 attempts", "it took me 3 tries": needing that many says the last one passed
  if (f.tries.attempts && f.tries.attempts > 1 && f.tries.attempts <= MAX_ATTEMPTS && !f.failed && NEEDED.test(clauses.map((c) => c.text).join(' '))) return value({ result: 'passed', attempts: f.tries.attempts });
  if (f.tries.attempts && f.tries.attempts > 1) return clarify('step1_later_pass', { fails: f.tries.attempts - 1, tookTimes: f.tries.attempts });
  // "yes" to how Step 1 went says it was passed, not on which attempt (programs screen on first-attempt passes): asked once
  // ("yes, 1st": the yes and its attempt in a short reply)
  if (ctx.pending && yesNo(clauses) === true && joined(clauses).length <= 4 && joined(clauses).some((w) => w === '1st' || w === 'first')) return value({ result: 'passed', attempts: 1 });
  if (ctx.pending && yesNo(clauses) === true) return clarify('step1_attempt');
  if (ctx.pending && /\b(not great|bad|rough|didn't go well|not good|so so|meh|complicated)\b/.test(clauses.map((c) => c.text).join(' '))) return refuse('How did Step 1 go in the end: passed first time, passed after a retake, or not passed yet?');
  // "gave step 1 in october", "sat step 1 last spring" to the Step 1 question: taken, with no outcome told, is asked about
  if (ctx.pending && f.doneNoResult && !f.passed && !f.failed) return refuse('How did Step 1 go: passed (on which attempt), or not passed yet?');
  return none();
};

// A guess never counts in the applicant's favour: of several practice scores or a range ("nbmes 235-245"), the lowest;
// a number under 150 is a test's name, not a score ("my free 120 predicted 235").
function lowestGuess(numbers: readonly number[]): number | undefined {
  const plausible = numbers.filter((n) => n >= 150);
  return plausible.length ? Math.min(...plausible) : undefined;
}

// the applicant's own single estimate of a score still ahead ("I'd guess I land on 238", "my guess is 241")
// ("nbmes hover around 235-240 so prob 240ish", "prob around 230 when i take it": the conclusion drawn is that estimate)
const OWN_GUESS = /\b(?:so (?:prob|probably|likely|most likely|realistically|maybe|i think|id say|i'd say)(?: around| about| like| a)?|^(?:prob|probably|likely|realistically) (?:around |about |like |a )?(?=[12]\d\d\b)|i'd guess|id guess|i guess|i'd say|id say|my guess is|my guess|i(?:'ll| will)? (?:probably |prob |likely )?land (?:on|at|around)|(?:i )?should (?:probably |prob |likely )?(?:get|land|score|hit|end up with)|i(?:'ll| will) (?:probably |prob |likely )?get|i expect to get|i'm expecting|im expecting)\b(?:[a-z' ]{0,20}?)\b([12]\d\d)\b(?! ?(?:-|to|or) ?[12]\d\d)/;
function ownGuess(clauses: readonly { text: string }[]): number | undefined {
  const found = clauses.map((c) => OWN_GUESS.exec(c.text)?.[1]).filter((x): x is string => x !== undefined);
  return found.length === 1 ? Number(found[0]) : undefined;
}

const UPCOMING = /\b(i'll|ill|i will|will|gonna|going to|expect\w*|predict\w*|hope|hoping|(exam|test|it|ck) is (in|on|next)|scheduled|booked|nbmes?|uwsa\w*|practice tests?)\b/;

const TOOK_WORDS = /\b(took|taken|sat|gave|got|scored|score was|result|results|came out|passed|failed)\b/;

/** Step 2 CK: a real score (the last one named) with attempts, not taken (with a prediction), or awaiting its score. */
export const readStep2ck: Reader<Step2ck> = (clauses, ctx) => {
  const f = examFacts(clauses);
  if ((f.tries.attempts ?? 0) > MAX_ATTEMPTS || (f.tries.fails ?? 0) >= MAX_ATTEMPTS) return refuse(tooMany('Step 2 CK'));
  // ("NBMEs 235-240, so I'd guess I land on 238": the applicant's own one guess is the prediction, not the practice range)
  const own = ownGuess(clauses);
  const predicted = own ?? lowestGuess(f.practice) ?? f.practice.at(-1);
  // "low 220s probably, exam is in january": an exam still ahead with only a rough guess is not taken, and a range is no prediction
  if (f.planned && !f.notTaken && !f.passed && !f.failed && !f.awaiting && clauses.some((c) => /\b\d{3}s\b/.test(c.text))) return value({ taken: false });
  // "CK scheduled, prob land somewhere 235-245": an exam still ahead, with no outcome said, is not taken whatever number is guessed
  if (f.planned && f.real.length && !f.passed && !f.failed && !f.awaiting && !f.tries.attempts && !f.tries.retake && !TOOK_WORDS.test(clauses.map((c) => c.text).join(' '))) {
    const guess = own ?? f.practice.at(-1) ?? (f.real.length === 1 && !f.approximate ? f.real[0] : undefined);
    return value(guess !== undefined ? { taken: false, predicted: guess } : { taken: false });
  }
  // ("prob around 230 when i take it in jan": the applicant's own estimate for an exam still ahead is its prediction)
  if (own !== undefined && (f.planned || f.notTaken) && !f.passed && !f.failed && !f.awaiting && !TOOK_WORDS.test(clauses.map((c) => c.text).join(' '))) return value({ taken: false, predicted: own });
  // "not taken yet ... so maybe 240": a number hedged beside an exam not taken is a prediction (the lowest one said)
  const guess = lowestGuess([...f.real, ...f.practice]);
  if (f.notTaken && guess !== undefined && f.approximate && !f.passed && !f.failed && !f.awaiting) return value({ taken: false, predicted: own ?? guess });
  // "took it last week, feeling like 230ish": a rough number for an exam just sat, with no score back, is a feeling; the result is awaited
  if (f.awaiting && f.approximate && f.real.length && !f.passed && !f.failed && !/\b(got|scored|score (?:is|was)|came back|result came|results came|came out)\b/.test(clauses.map((c) => c.text).join(' '))) return value({ taken: false, resultPending: true });
  if ((f.real.length && f.approximate) || (f.real.length && f.practice.length && /\bor was it|other way\b/.test(clauses.map((c) => c.text).join(' ')))) return refuse('What is your exact Step 2 CK score, the three-digit number on your transcript?');
  if (f.doneNoResult && !f.real.length) return refuse('What was your Step 2 CK score? The three-digit number is enough.');
  if (!f.real.length && clauses.some((c) => /\b\d{3}s\b/.test(c.text))) {
    // "I'll probably land in the low 220s, exam is in Jan": a range hoped for is no score, and the exam is not taken yet
    if (f.planned || f.notTaken || f.practice.length || UPCOMING.test(clauses.map((c) => c.text).join(' '))) return value(ctx.stored && !ctx.stored.taken ? ctx.stored : { taken: false });
    return refuse('What is your exact Step 2 CK score, the three-digit number on your transcript?');
  }
  // ("CK was 200-something"): the hundreds alone say no score, and not whether it passed
  if (!f.real.length && !f.notTaken && !f.planned && overTwoHundred(clauses.map((c) => c.text).join(' '))) return refuse('What is your exact Step 2 CK score, the three-digit number on your transcript?');
  if (f.voided && !f.real.length) return refuse(voidedAttempt('Step 2 CK'));
  if (f.unordered && !f.notTaken && !f.planned) return refuse(twoScores('Step 2 CK', f.real));
  if (f.real.length && !f.notTaken) {
    // "failed CK with 204, retake is in march": a fail whose retake is still ahead counts its failed attempts only
    const notRetaken = f.failed && !f.passed && NOT_RETAKEN.test(clauses.map((c) => c.text).join(' '));
    const told = notRetaken ? Math.min(MAX_ATTEMPTS, f.tries.fails ?? 1) : f.tries.attempts ?? (f.tries.fails ? f.tries.fails + 1 : f.tries.retake || f.failed ? 2 : Math.min(f.real.length, MAX_ATTEMPTS));
    // "the 208 was my first attempt, I failed, retook and got 231": the ordinal of an earlier score does not count the retake after it
    const attempts = !notRetaken && (f.tries.retake || f.failed) && f.real.length >= 2 ? Math.max(told, Math.min(new Set(f.real).size, MAX_ATTEMPTS)) : told;
    return value({ taken: true, score: f.real[f.real.length - 1]!, attempts, ...(!notRetaken && f.real.length === 1 ? unsaid(f) : {}) });
  }
  if (f.awaiting) return value({ taken: false, resultPending: true, ...(predicted ? { predicted } : {}) });
  if (f.notTaken || f.planned || predicted !== undefined || (f.real.length && f.notTaken)) {
    const p = predicted ?? (f.real.length ? f.real[f.real.length - 1] : undefined);
    if (ctx.stored?.taken && !f.notTaken && p === undefined) return none();
    // "still preparing for CK" adds nothing to a stored "not taken yet, predicted 240"
    if (p === undefined && ctx.stored && !ctx.stored.taken && !/\b(no predicted|no prediction|not scheduled|no score)\b/.test(clauses.map((c) => c.text).join(' '))) return value(ctx.stored);
    return value(p !== undefined ? { taken: false, predicted: p } : { taken: false });
  }
  if (f.outside.length) return refuse('Step 2 CK scores run from 1 to 300, and real ones are three digits; type the score from your transcript, e.g. 226.');
  if (f.small.length) return refuse('That does not look like a Step 2 CK score: scores run from 1 to 300 and real ones have three digits (e.g. 226). What did you score?');
  if (f.tries.attempts && ctx.stored?.taken) return value(withAttempts(ctx.stored, f.tries.attempts));
  if (f.tries.firstTry && ctx.stored?.taken && ctx.stored.attemptsUnstated) return value(withAttempts(ctx.stored, 1));
  if (f.failed || f.passed || f.tries.attempts) return refuse('What was your Step 2 CK score (your latest, if you took it more than once)?');
  if (ctx.pending && yesNo(clauses) === false) return value({ taken: false });
  return none();
};

const EXAM_NAME = /^(?:usmle|step[123]|ck|the|my)$/;
/** The clauses with the exam's own name taken off their opening ("step 3 yes" reads as "yes"). */
function withoutExamName<C extends { tokens: readonly string[]; text: string }>(clauses: readonly C[]): C[] {
  return clauses.map((c) => {
    let i = 0;
    while (i < c.tokens.length - 1 && EXAM_NAME.test(c.tokens[i]!)) i += 1;
    const tokens = c.tokens.slice(i);
    return { ...c, tokens, text: tokens.join(' ') };
  });
}

/** Step 3: failed, passed (score optional), taken and awaiting the result, planned, or not taken. */
export const readStep3: Reader<Step3> = (clauses, ctx) => {
  const f = examFacts(clauses);
  const said = clauses.map((c) => c.text).join(' ');
  if (f.real.length && f.approximate) return clarify('step3_result');
  if (f.failed && !f.passed && !f.real.length) return value({ status: 'failed' });
  if (f.voided && !f.real.length) return refuse(voidedAttempt('Step 3'));
  if (f.unordered && !f.notTaken && !f.planned) return refuse(twoScores('Step 3', f.real));
  if (f.real.length && !f.notTaken && !f.planned) {
    // a score with no outcome said is held against the pass marks: under every mark it failed ("step 3: 185 :("); under
    // today's mark only, it may have passed when it was sat, so the outcome is asked
    const mark = f.passed ? 'atOrAbove' : againstPassMark('step3', f.real.at(-1)!);
    if (mark === 'underEvery') return value({ status: 'failed' });
    if (mark === 'underToday') return clarify('step3_result');
    return value({ status: 'passed', score: f.real[f.real.length - 1]! });
  }
  if (f.awaiting) return value({ status: 'pending' });
  // ("passed, score was two hundred something"): a score told by its hundreds only is over every Step 3 pass mark, a pass
  if (!f.real.length && !f.failed && !f.notTaken && !f.planned && overTwoHundred(said)) return value({ status: 'passed' });
  // ("aiming for 230+" alone: a score hoped for is of an exam still ahead)
  if (f.planned || (f.practice.length && !f.real.length && !f.passed && !f.failed && !f.awaiting)) return value({ status: 'planned' });
  if (f.passDenied || f.notTaken) return value({ status: 'not_taken' });
  if (f.passed) return value({ status: 'passed' });
  if (f.outside.length) return refuse('Step 3 scores run from 1 to 300; type the three-digit score, e.g. 221.');
  if (f.small.length) return refuse('That does not look like a Step 3 score: scores run from 1 to 300 and real ones have three digits (e.g. 221). Have you taken Step 3?');
  if (/\bcleared\b/.test(said)) return value({ status: 'passed' });
  if (f.doneNoResult || /\b(took|taken|gave|attempted|sat|wrote|done)\b/.test(said)) return clarify('step3_result');
  // ("idk", "no idea", "not sure" alone: not knowing says nothing of having sat it, so the result is not asked as if it had
  // been; the question comes once more with the way to leave it open)
  if (/^(?:i )?(?:idk|dunno|not sure|no idea|no clue|don'?t know|dont know|unsure|idk yet|not sure yet)(?: yet| tbh| honestly| lol)?$/.test(said.trim())) return clarify('implausible', { hint: 'Have you sat Step 3 yet (not taken, booked, or passed with a score)? Type "skip" to leave it open.' });
  if (/\b(maybe|not sure|idk|might|hmm+|umm*|uh+|dunno|kinda|sort of|complicated)\b/.test(said)) return clarify('step3_result');
  // ("step 3 yes", "step 3: no"): the exam named before the yes or no is the one asked about
  const yn = ctx.pending ? yesNo(clauses) ?? yesNo(withoutExamName(clauses)) : undefined;
  if (yn === false) return value({ status: 'not_taken' });
  if (yn === true) return clarify('step3_result');
  return none();
};
