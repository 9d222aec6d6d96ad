// No failure at all, said as a count of none ("no attempts failed", "zero fails", "0 failed attempts"; "no retake yet" is left alone): read
// as "never failed" before number words become digits (so "no" is never a count of 0 failures, which read as a fail),
// and, said once with no exam named, given to every exam of the message as its first attempt (see first-attempts.ts).

// a count of none before the failure it denies: "no attempts failed", "zero fails", "not a single failure",
// "0 failed attempts", "none of my attempts failed"
const NONE_FAILED = /\b(?:no|zero|0|not a single|not one|none of (?:my|the|them|those)(?: (?:attempts?|exams?|steps?|tries))?)(?: (?:of )?(?:my |the )?(?:usmle |exam |step )?(?:attempts?|tries|sittings?|exams?|steps?))? (?:(?:were |was |have |has |ever )?(?:failed|fails?|failures?|flunked))\b|\b(?:no|zero|0|not a single|not one) (?:failed|failing|unsuccessful) (?:attempts?|tries|sittings?|exams?|steps?|usmles?)\b/g;

/** The text with a count of no failures said as "never failed"; text with no such count comes back unchanged. */
export function deniedFailures(text: string): string {
  return /\b(fail|flunk|unsuccessful)/.test(text) ? text.replace(NONE_FAILED, 'never failed') : text;
}

// a failure denied for the applicant's exams as a whole: "never failed", "didn't fail any", "no attempts failed" (read as above)
const DENIED_ANY = /\b(?:never|didn't|didnt|did not|haven't|havent|have not|not) (?:ever )?(?:failed|fail|flunked)\b/;
// an exam named in the clause: the denial is that exam's own ("never failed step 1")
const EXAM_NAMED = /\b(?:step ?[123]|step(?:one|two|three)|ck|s[123]|usmle ?[123]|cs|oet)\b/;

/** True when a clause denies any failure without naming one exam ("no attempts failed", "never failed anything"). */
export function noFailureAtAll(clause: string): boolean {
  return DENIED_ANY.test(clause) && !EXAM_NAMED.test(clause);
}
