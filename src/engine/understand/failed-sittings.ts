// Attempts told as a story: each failed sitting told in a clause of its own counts ("failed 2022, failed again 2023,
// passed feb 2024" is two fails, so the pass was the third attempt), a fail said with how many times counts that many
// ("flunked twice then passed"); and an exam graded pass or fail ("it's pass/fail") tells no failure.
import type { Clause } from './clauses.js';
import { negatedAt } from './scan.js';

const FAIL = /^(fail|failed|flunked|failing)$/;
const TIMES: Readonly<Record<string, number>> = { twice: 2, thrice: 3, 'two times': 2, '2 times': 2, 'three times': 3, '3 times': 3, '2x': 2, '3x': 3 };
const TIMES_WORD = /\b(twice|thrice|two times|2 times|three times|3 times|2x|3x)\b/;
// the way an exam is graded, not its result ("step 1 is pass/fail", "it's P/F now")
const GRADING = /\bpass ?(?:\/|-|or|and) ?fail\b|\bp\/f\b/g;

/** "pass/fail" (a way of grading) read as no result: "it's pass/fail so just pass" tells a pass and no failure. */
export function gradingNoResult(text: string): string {
  return text.replace(GRADING, 'graded without a score');
}

/** The failed sittings a story of an exam tells when it tells more than one (each clause's fail, times how many times
 *  it says), or undefined. */
export function failedSittings(clauses: readonly Clause[]): number | undefined {
  let n = 0;
  for (const c of clauses) {
    const at = c.tokens.findIndex((w) => FAIL.test(w));
    if (at < 0 || negatedAt(c.tokens, at)) continue;
    const times = TIMES_WORD.exec(c.text);
    n += times ? TIMES[times[1]!]! : 1;
  }
  return n >= 2 ? n : undefined;
}
