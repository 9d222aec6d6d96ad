// What a clause says about an exam: real scores, practice scores, whether it is done, planned or awaiting a result.
import type { Clause } from '../clauses.js';
import { resultDueAhead } from './result-ahead.js';
import { affirmed, attemptFacts, has, impressionAt, negatedAt, numbersIn, type AttemptFacts } from '../scan.js';
import { EXACT_AFTER } from '../exact-words.js';
import { failedSittings } from '../failed-sittings.js';

const PRACTICE = /^(nbme|nbmes|uwsa|uwsa1|uwsa2|uwsa3|uw|free120|practice|predicted|predicting|predict|prediction|predicts|expect|expecting|expected|aiming|aim|target|targeting|goal|hoping|hope|estimated|estimate|projected|self|cms|mock|assessment|assessments|sa|nbmes|form|forms|amboss|hoping|realistically|realistic|cbse|cbses|cbsa|cbssa|ccse|ccses|ccssa|shelf|shelves)$/;
// "I have a date for step 3 in march", "got my CK test date", "exam date set for feb": a date held for the exam is a plan
// ("got" before the date is no outcome; a date that was, "my date was in may and I passed", tells an outcome and is read so)
const EXAM_DATE = /\b(?:a|my|the|an)(?: (?:step[123]|ck|usmle))?(?: test| exam)? date\b|\bdate (?:is )?(?:set|fixed|confirmed|booked)\b/;
const DATE_GOT = /\b(?:got|have|has) (?:a|my|the|an)(?: (?:step[123]|ck|usmle))?(?: test| exam)? date\b/;
// "exam is in january", "test date is on march 3": the exam is ahead
const EXAM_IN_MONTH = /\b(?:(exam|test|ck|step[123]|it)( date)? (is|will be)|(?:sitting|sit|taking|take|writing|giving|appearing)(?: for)?(?: it| the exam| step[123]| ck)?) (?:in |on )?(jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)\b/;
// "step 3 in 3 weeks", "CK within a month": a time ahead of the exam (an outcome said with it is no plan)
const EXAM_IN_TIME = /\b(?:in|within) (?:\d+|a|an|a few|few|a couple of|couple of|couple) (?:days?|weeks?|wks?|months?|mos?)\b(?! ago)/;
// an exam set against the season ahead ("before interviews start", "by the time rank lists are due") is planned, unless denied
const BEFORE_SEASON = /\bby the time\b|\b(?:before|ahead of|prior to) (?:the |my )?(?:interviews?|rank ?lists?|ranking|match|eras|applications?|residency)\b/;
const OUTCOME_SAID = /\b(scored|score|got|passed|failed|took|taken|result|results|studied|studying|prep|prepped)\b/;
// "should get my score back friday", "will hear my result on the 20th": a result still to come for an exam taken
// ("my CK comes out next week", "step 2 should come out friday"): the exam's result is what comes out, so it was sat
const EXAM_OUT_AHEAD = /\b(?:ck|step ?[123]|step[123]|exam|usmle|it)\b (?:comes|coming|will come|should come|is coming|gets released|is released|releases) out\b|\b(?:ck|step[123]|exam|it) (?:comes|coming|will come|should come|is coming) (?:out )?(?:on|next|in|by|this|tomorrow|friday|monday|tuesday|wednesday|thursday)\b(?=[^;]*\bout\b)/;
const RESULT_AHEAD = /\b(?:get|getting|hear|hearing|receive|receiving|see|expect|expecting)\b(?: back)? (?:my |the |our )?(?:(?:ck|step[123]|exam|usmle) )?(?:results?|score|scores)\b(?! (?:was|is|of \d))/;
// ("took it nov 20, results dec 18": the day a result comes out, named, is a result still to come)
const RESULT_DAY = /\b(?:results?|scores?)(?: (?:come|comes|coming|released?|releases|out|due|expected|on))*(?: on| in| by)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?\b/;
const RESULT_HELD = /\b(?:ck|step ?[123]|exam|usmle|results?|scores?)(?: results?| scores?)? (?:is |are |was )?(?:still )?(?:(?:isn't|isnt|is not|aren't|arent|not|hasn't|hasnt|has not|haven't|havent) (?:yet )?(?:out|back|released|come out|come back|in)|on hold|withheld|under review|being reviewed)\b/;
const THRESHOLD = /\b(cutoff|cut off|threshold|minimum|min|pass mark|passing mark|(?:passing|pass) (?:score |mark |line )?(?:was|is|of))( (?:only|just|around|about))?$/;
const PLANNED = /^(plan|planned|planning|plans|scheduled|schedule|booked|will|gonna|going|soon|next|studying|preparing|prepping|registering|registered|upcoming|intend|intending|tomorrow|want|wanna|hope|hoping|hopefully|aim|aiming|i'll|ill|expect|expecting)$/;
const NEAR_MISS = /^(nearly|almost|narrowly)$/;
const AWAITING = /^(waiting|pending|awaiting|awaited)$/;
const RECENT = /^(last|yesterday|ago|recently|just)$/;
const TOOK = /^(took|sat|gave|written|wrote|done|finished|taken|attempted)$/;
const NOT_TAKEN = /\b(not (yet )?(taken|done|given|sat|written|attempted|it)|(haven't|havent|didn't|didnt|have not|did not|hasn't|isn't|isnt|not) (yet |actually |really |even |ever )?(taken|take|given|give|done|sat|written|attempted|finished|booked|book|scheduled|registered|touched)|yet to|not yet|no not yet|nope|none yet|not done|isn't done|isnt done|not finished|(?:hasn't|hasnt|has not|haven't|havent|not) (?:yet )?happened)\b|^(?:no|zero|without) (?:usmle )?(?:step ?[123]|step[123]|ck)(?: (?:yet|so far|for now|either))?$/;
const FAIL = /^(fail|failed|failing|fails|flunked|f|failure)$/;
const PASS = /^(pass|passed|passing|p|cleared|clear)$/;
// words that make an outcome only believed ("I think I passed", "probably passed")
const BELIEVED = /^(think|believe|probably|prob|likely|hopefully|guess)$/;

// the first attempt denied, then an ordinal on its own (no exam or other event named with it)
const LATER_AFTER_DENIED_FIRST = /\bnot (?:on |at |in )?(?:the |my )?(?:1st|first) (?:try|attempt|go|time|shot|sitting)\b[^;.]{0,20}?[;,.-]?\s*(?:it was |was |on |it's |its )?(?:my |the )?(2nd|second|3rd|third|4th|fourth)\b(?! (?:year|month|week|day|time i|exam|step|score))/;
const NTH: Readonly<Record<string, number>> = { '2nd': 2, second: 2, '3rd': 3, third: 3, '4th': 4, fourth: 4 };

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
  /** The result is out or the exam is done, but no outcome or score is given. */
  doneNoResult: boolean;
  /** A score given as a range, a bound or with a hedge ("in the 230s", "above 230 i think"). */
  approximate: boolean;
  tries: AttemptFacts;
  /** Two or more different real scores and nothing that orders them (no fail, attempt, retake, year or "then"): "got 221 and 234". */
  unordered: boolean;
  /** An attempt said not to count ("the first time didn't count"): what happened to it, and so the attempts, is unknown. */
  voided: boolean;
}

const VOIDED = /\b(?:didn'?t|doesn'?t|does not|did not|wouldn'?t|won'?t|shouldn'?t|not) (?:really )?count(?:ed)?\b|\bdoesn'?t matter\b|\b(?:wasn'?t|was not|isn'?t) (?:counted|scored)\b/;

// words that put several scores of one exam in order, make them attempts ("then", "retook", "2nd", "twice", a year), or
// take one back for the other ("by mistake, the real score is", "typo", "i meant")
const ORDERS_SCORES = /\b(?:mistake|typo|wrong|real|actual|actually|correct|correction|meant|mean|instead|sorry|oops|wait|rather|then|later|after|afterwards|again|retook|retake|retaken|retakes|resat|resit|re ?sat|before|earlier|previously|first|second|third|1st|2nd|3rd|now|twice|once|attempts?|tries|try|go|goes|sittings?|last|latest|old|new|original|(?:19|20)\d\d)\b/;

// "2 fifty-ish on practice but real one was 233": a practice score and the real one in one clause are read apart
const REAL_WORD = /^(real|actual|official|actually|officially)$/;
function practiceApart<C extends { tokens: readonly string[]; text: string }>(c: C): C[] {
  if (!has(c.tokens, PRACTICE) || !c.tokens.some((w) => REAL_WORD.test(w))) return [c];
  const out: C[] = [];
  let start = 0;
  c.tokens.forEach((w, i) => {
    if (/^(but|while|whereas|though|although)$/.test(w) && i > start) { const tokens = c.tokens.slice(start, i); out.push({ ...c, tokens, text: tokens.join(' ') }); start = i + 1; }
  });
  const tokens = c.tokens.slice(start);
  if (tokens.length) out.push({ ...c, tokens, text: tokens.join(' ') });
  if (out.length > 1) for (const part of out) SPLIT.add(part);
  return out;
}
const SPLIT = new WeakSet<object>();
// a level reached only at one's best ("240 on a good day", "maybe 250 at best"): no score sat
const LEVEL_HOPED = /\b(?:on a good day|on my best day|at (?:my )?best|best case|if i'm lucky|if im lucky)\b/;
/** Whether a word of the real exam stands nearer before the number at `at` than a guess word does (undefined: neither). */
function realWordNearer(t: readonly string[], at: number): boolean | undefined {
  for (let i = at - 1; i >= 0; i -= 1) {
    if (REAL_WORD.test(t[i]!)) return true;
    if (PRACTICE.test(t[i]!)) return false;
  }
  return undefined;
}
const APPROX = /\b(\d{3}s|(?:above|over|under|below|around|about) (?:a |the |like )?\d+|roughly|approx|approximately|ish|between|range|i think|i guess|maybe|probably|or so|not sure|something like|like \d{3}|almost|nearly|close to|or was it|other way round|borderline|low \d{3}s|high \d{3}s|mid \d{3}s|\d+ ?(something|somethin|smth|odd))\b|~/;
// a clause that restates a figure as the exact one ("ok it's 236", "exactly 238", "actually 241")
const RESTATED = /^(?:ok|okay|so|yeah|yes|ya|yep|actually|exactly|precisely|officially|correction|checked|found it|it's|its|it is|it was)\b/;
const DONE = /\b(done|(?:took|gave|sat|wrote|attempted) (?:the |my )?(?:usmle )?(?:step[123]|ck|exam|test)|took it|taken|gave it|attempted|sat it|sat for it|wrote it|finished|got it back|came out|result came|results came|got my result|got the result|got my score|score came|it was decent|went okay|went well|went ok)\b/;

/** The outcome word nearest a score is a fail ("failed the first time with 198", "first one was a fail at 196"). */
function failedNearest(t: readonly string[], at: number): boolean {
  let best: boolean | undefined;
  let distance = Infinity;
  t.forEach((w, i) => {
    const fail = FAIL.test(w) && w !== 'f';
    if ((fail || (PASS.test(w) && w !== 'p')) && Math.abs(i - at) < distance && !negatedAt(t, i) && !impressionAt(t, i)) { distance = Math.abs(i - at); best = fail; }
  });
  return best === true;
}

const ATTEMPT_RANK: Record<string, number> = { first: 1, '1st': 1, earlier: 1, previous: 1, prior: 1, initial: 1, original: 1, old: 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5, latest: 9, last: 9, recent: 9, retake: 9, retook: 9, then: 9, now: 9 };

/** Which attempt the words nearest a score say it was ("1st was 198", "224 on the 2nd go"), if any within three words. */
function attemptRankNear(t: readonly string[], at: number): number | undefined {
  for (let d = 1; d <= 3; d++) {
    for (const k of [at - d, at + d]) {
      const w = t[k];
      if (w === undefined || /^\d/.test(w) && !/^\d(st|nd|rd|th)$/.test(w)) continue;
      const r = ATTEMPT_RANK[w];
      if (r !== undefined) return r;
    }
  }
  return undefined;
}

// "will apply sept 2027", "preparing, planning to apply next year", "applying sept 2027", "prepping for the 2028 match":
// a plan to APPLY, in a message that names no exam
// act ("take it", "sit", "step 3"), is the application's timing, not a plan for the exam
const APPLY_PLAN = /\b(?:will|gonna|going to|plan(?:ning)? to|planning on|want to|wanna|hope to|hoping to|aim(?:ing)? to|intend(?:ing)? to|expect(?:ing)? to|i'll|ill|preparing to|prepping to)\s+(?:\w+\s+)?(?:apply|applying|match|matching|submit|submitting|start residency)\b|\b(?:applying|apply|matching|submitting)\b(?: (?:in|for|from|by|on|this|next|the))* (?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* |fall |autumn )?(?:20\d\d|year|cycle|season)\b|\b(?:preparing|prepping|getting ready) (?:for )?(?:the |my )?(?:20\d\d )?(?:match|cycle|season|application|eras)\b/;
// ("230ish, 228 to be exact"): a score with the words that pin it down right after it
const SCORE_PINNED = new RegExp(`\\b([12]\\d\\d) ?,? ${EXACT_AFTER}\\b`);
const EXAM_ACT = /\b(?:it|step ?[123]|usmle|exam|ck|take|taking|sit|sitting|write|writing|test|book|booked|schedule|scheduled|study|studying)\b/;

/** Reads the clauses about one exam. */
export function examFacts(clauses: readonly Clause[]): ExamFacts {
  let believed = false;
  const f: ExamFacts = { real: [], practice: [], outside: [], small: [], passed: false, passDenied: false, failed: false, failDenied: false, notTaken: false, planned: false, awaiting: false, doneNoResult: false, approximate: false, tries: { retake: false, firstTry: false }, unordered: false, voided: false };
  const failedScores: number[] = [];
  const rank = new Map<number, number | undefined>();
  let roughPractice = false;
  // whether each real score was told in a rough clause ("230 something", "around 240"), in the order told
  const roughAt: ('rough' | 'restated' | 'plain')[] = [];
  const whole = clauses.map((c) => c.text).join(' ; ');
  const applyingOnly = APPLY_PLAN.test(whole) && !EXAM_ACT.test(whole);
  // ("pretty sure it went fine, and I passed": a belief told in the clause before, in the same sentence, holds over the outcome)
  let beliefBefore: number | undefined;
  for (const c of clauses.flatMap(practiceApart)) {
    const t = c.tokens;
    const heldOver = beliefBefore === c.sentence;
    beliefBefore = /\b(pretty sure|i think|i believe|probably|i guess|hopefully)\b/.test(c.text) && !t.some((w) => PASS.test(w) || FAIL.test(w)) ? c.sentence : undefined;
    const practice = has(t, PRACTICE) || /\bfree 120\b/.test(c.text) || LEVEL_HOPED.test(c.text);
    // ("realistically the real one came back 223"): with a guess word and a word of the real exam in one clause, the
    // nearer of the two before a number decides what it is
    const mixed = practice && t.some((w) => REAL_WORD.test(w));
    for (const n of numbersIn(t)) {
      if (n.unit !== 'none' || n.calendarYear || n.negated) continue;
      if (/^(fail|fails|failed|failure|failures|attempt|attempts)$/.test(t[n.at + 1] ?? '')) continue;
      // "passing was 194 back then", "cutoff is 214": the pass mark, not the applicant's score
      if (THRESHOLD.test(t.slice(Math.max(0, n.at - 4), n.at).join(' '))) continue;
      if (n.value >= 100 && n.value <= 300 && Number.isInteger(n.value)) {
        const guessed = mixed ? realWordNearer(t, n.at) === false : practice;
        (guessed ? f.practice : f.real).push(n.value);
        if (!guessed) roughAt.push(APPROX.test(c.text) ? 'rough' : RESTATED.test(c.text) ? 'restated' : 'plain');
        if (!guessed) rank.set(n.value, attemptRankNear(t, n.at));
        if (!guessed && failedNearest(t, n.at)) failedScores.push(n.value);
      }
      else if (n.value > 300) f.outside.push(n.value);
      else if (!practice) f.small.push(n.value);
    }
    t.forEach((w, i) => {
      // ("pretty sure I passed", "I think I passed": an outcome only believed, of an exam sat, is a result still awaited)
      if ((PASS.test(w) || FAIL.test(w)) && (heldOver || impressionAt(t, i) || t.slice(0, i).some((x) => BELIEVED.test(x)) || /\bpretty sure\b/.test(t.slice(0, i).join(' ')))) { believed = true; return; }
      // "nearly failed", "almost passed": a near miss is the other outcome ("barely passed" still passed)
      if ((PASS.test(w) || FAIL.test(w)) && NEAR_MISS.test(t[i - 1] ?? '')) { if (FAIL.test(w)) f.failDenied = true; else f.passDenied = true; return; }
      // "didn't pass first time": a pass denied of the first attempt only is a failed first attempt
      if (PASS.test(w) && negatedAt(t, i) && /^(first|1st)$/.test(t[i + 1] === 'the' || t[i + 1] === 'on' || t[i + 1] === 'my' ? t[i + 2] ?? '' : t[i + 1] ?? '')) { f.failed = true; return; }
      if (PASS.test(w) && !(w === 'p' && t.length > 3) && !(w === 'passed' && t[i + 1] === 'out')) { if (negatedAt(t, i)) f.passDenied = true; else f.passed = true; }
      if (FAIL.test(w) && !(w === 'f' && t.length > 3)) { if (negatedAt(t, i)) f.failDenied = true; else f.failed = true; }
    });
    if (NOT_TAKEN.test(c.text)) f.notTaken = true;
    if ((affirmed(t, PLANNED) >= 0 || EXAM_IN_MONTH.test(c.text) || (EXAM_DATE.test(c.text) && !/\b(?:was|were|had)\b/.test(c.text) && !OUTCOME_SAID.test(c.text.replace(DATE_GOT, 'date'))) || (EXAM_IN_TIME.test(c.text) && !OUTCOME_SAID.test(c.text)) || (BEFORE_SEASON.test(c.text) && !/\b(not|no|never|won't|wont|haven't|havent|don't|dont|didn't|didnt)\b/.test(c.text))) && !has(t, TOOK) && !applyingOnly) f.planned = true;
    // (a practice score read apart from the real one may be rough: "250ish on practice but real one was 233" is exact)
    if (APPROX.test(c.text) || /\b\d{3}s\b/.test(c.text)) {
      // ("ck 224. my nbmes were all in the 240s": a practice clause told by its decade is as rough a practice figure)
      if (practice && (SPLIT.has(c) || numbersIn(t).some((n) => n.value >= 100 && n.value <= 300) || /\b[12]\d0s\b/.test(c.text))) roughPractice = true;
      else f.approximate = true;
    }
    if (DONE.test(c.text) && !NOT_TAKEN.test(c.text)) f.doneNoResult = true;
    // "got it on the second", "cleared it on my 3rd go": made it on a later attempt
    if (/\b(got it|cleared it|made it|nailed it|did it|passed it)\b[^;]{0,12}\b(second|2nd|third|3rd|fourth|4th)\b/.test(c.text)) f.passed = true;
    // "failed first time passed second": an ordinal right after "passed" counts the attempts
    t.forEach((w, i) => { if (/^pass(ed)?$/.test(w) && /^(second|2nd|third|3rd|fourth|4th|fifth|5th)$/.test(t[i + 1] ?? '')) f.tries.attempts = Math.max(f.tries.attempts ?? 0, { second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5 }[t[i + 1] as 'second']); });
    // ("CK isn't out yet", "my score is on hold", "step 2 still not released"): a result still to come
    if (RESULT_HELD.test(c.text) || RESULT_DAY.test(c.text) || resultDueAhead(c.text) || has(t, AWAITING) || (has(t, TOOK) && has(t, RECENT)) || RESULT_AHEAD.test(c.text) || EXAM_OUT_AHEAD.test(c.text) || /\b(results?|score) (is |are )?(not out|not back|not released|awaited|pending)|no (results?|score) yet|(results?|score|scores) (come|comes|coming) out|(results?|score) (?:(?:is|are|should be|will be) )?(?:due |expected |out |back |coming )?(?:in|on|by|next) (?:\d+|some|a|few|the next|next|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\b/.test(c.text)) f.awaiting = true;
    const tries = attemptFacts(t);
    f.tries = {
      attempts: Math.max(f.tries.attempts ?? 0, tries.attempts ?? 0) || undefined,
      fails: Math.max(f.tries.fails ?? 0, tries.fails ?? 0, t.some((w, i) => /^\d$/.test(w) && /^(fail|fails|failure|failures)$/.test(t[i + 1] ?? '')) ? Number(t.find((w, i) => /^\d$/.test(w) && /^(fail|fails|failure|failures)$/.test(t[i + 1] ?? ''))) : 0) || undefined,
      retake: f.tries.retake || tries.retake,
      firstTry: f.tries.firstTry || tries.firstTry,
    };
  }
  // an outcome only believed, of an exam sat this year or last (no score, no outcome said): its result is awaited
  const whole0 = clauses.map((c) => c.text).join(' ; ');
  if (believed && !f.passed && !f.failed && !f.real.length && /\b(took|taken|sat|gave|did|written|wrote|done|finished|attempted)\b/.test(whole0) && !/\b(19\d\d|20[01]\d|202[0-4])\b/.test(whole0)) f.awaiting = true;
  // (a rough practice score makes a real one told beside it no less exact; alone, it stays a rough figure)
  if (roughPractice && !f.real.length) f.approximate = true;
  // "around 240. ok it's 238", "230 something... found it: 236": a rough figure restated exactly later is one score,
  // the exact one (not two attempts); a fail, retake or attempt word keeps both as attempts
  const lastExact = roughAt.lastIndexOf('restated');
  if (f.approximate && lastExact > 0 && f.real.length === roughAt.length && roughAt.slice(0, lastExact).includes('rough') && !roughAt.slice(lastExact).includes('rough')
    && !f.failed && !f.tries.retake && !f.tries.attempts && !f.tries.fails) { f.real = [f.real[lastExact]!]; f.approximate = false; }
  // "ck 224 on the 2nd go, 1st was 198": the score of the later attempt is the result, whatever order they came in
  if (f.real.length >= 2) {
    const r = (x: number) => rank.get(x);
    const byRank = f.real.every((x) => r(x) !== undefined) ? [...f.real].sort((a, b) => r(a)! - r(b)!) : [...f.real.filter((x) => r(x) === 1), ...f.real.filter((x) => r(x) !== 1)];
    f.real = byRank;
  }
  // "passed on my 2nd try with 229, first attempt i failed at 205": the failed attempt's score is not the result
  if (failedScores.length && f.real.some((n) => !failedScores.includes(n))) f.real = f.real.filter((n) => !failedScores.includes(n));
  // "230ish, exactly 229": the exact score stands
  // ("2 thirty something, lemme check... 236": the number found on looking it up is the exact one)
  const exact = /\b(?:exactly|precisely|to be exact|specifically|officially|(?:let me|lemme|gotta|just) check(?:ed)?(?: (?!\d)[a-z']+){0,3}|checked(?: (?!\d)[a-z']+){0,3}|looked it up|found it)\s*(?:[;:,.-]\s*)*(?:ok |okay |yeah |yes |ya )?(?:it was |it's |its |it is |so )?([12]\d\d)\b/.exec(clauses.map((c) => c.text).join(' ; '));
  // ("230ish, 228 to be exact", "around 240, 238 precisely": the same, with the exact word after the number)
  const exactAfter = exact ? undefined : SCORE_PINNED.exec(whole);
  if (exact) { f.real = [Number(exact[1])]; f.approximate = false; }
  else if (exactAfter) { f.real = [Number(exactAfter[1])]; f.approximate = false; }
  // ("got 221 and 234", "my scores were 219, 240"): several scores with nothing that says which is the result, or that
  // they were attempts, are asked about rather than taken as two attempts
  const ranked = f.real.some((n) => rank.get(n) !== undefined);
  if (new Set(f.real).size >= 2 && !ranked && !failedScores.length && !f.failed && !f.passed && !f.tries.retake && !f.tries.attempts && !f.tries.fails && !ORDERS_SCORES.test(whole)) f.unordered = true;
  f.voided = VOIDED.test(whole);
  if (f.failDenied && !f.failed) f.tries.firstTry = true;
  // ("not first attempt either, it was my 2nd", "not on the first go. third"): the first attempt denied, then a bare
  // ordinal, is the attempt of the result told
  const laterNth = f.tries.attempts ? undefined : LATER_AFTER_DENIED_FIRST.exec(whole);
  if (laterNth) { f.tries.attempts = NTH[laterNth[1]!]; f.tries.firstTry = false; }
  // a fail told beside a result (a pass, or a score not the failed one's) is an earlier attempt, whatever ordinal came with
  // the fail ("reprobé el CK la primera vez, la segunda saqué 221", "the first one was a fail"): the result came later
  const resultTold = f.passed || f.real.some((n) => !failedScores.includes(n));
  // ("failed 2022, failed again 2023, passed feb 2024"): each failed sitting told counts (failed-sittings.ts)
  const sittings = f.failed ? failedSittings(clauses) : undefined;
  if (sittings !== undefined && sittings > (f.tries.fails ?? 0)) f.tries.fails = sittings;
  if (f.failed && resultTold && (f.tries.attempts ?? 0) < Math.max(2, (f.tries.fails ?? 0) + 1)) { f.tries.attempts = Math.max(2, (f.tries.fails ?? 0) + 1); f.tries.firstTry = false; }
  if (f.real.length || f.passed || f.failed || f.awaiting) f.doneNoResult = f.doneNoResult && f.awaiting && /\b(got it back|came out|result came|results came|got my result|got my score)\b/.test(clauses.map((c) => c.text).join(' '));
  return f;
}
