// Spelled-out numbers in a question read as digits ("seventy IM + twenty-five FM", "forty five programs", "two hundred
// and nineteen"), so the stated plan, the count priced and the score quoted read them like typed digits. Only a run
// holding a tens word or "hundred", or a small number right before a counted thing, is rewritten; "which one" stays.
import { digitize } from '../engine/understand/numbers.js';

const UNIT = 'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|fou?rty|fifty|sixty|seventy|eighty|ninety';
const WORD = `(?:${UNIT}|${TENS}|hundred)`;
/** A run of number words joined by spaces, hyphens or "and" after "hundred" ("two hundred and nineteen"). */
const RUN = new RegExp(String.raw`\b${WORD}(?:(?:[\s-]+|\s+and\s+(?=${WORD}))${WORD})*\b`, 'gi');
/** Any number word at all: a question without one is returned as it is. */
const ANY_WORD = new RegExp(WORD, 'i');
const BIG = new RegExp(String.raw`\b(?:${TENS}|hundred)\b`, 'i');
/** The things a bare small number counts in a question about one's plan. */
const COUNTED = /^\s*(?:more\s+|extra\s+|additional\s+)?(?:programs?|applications?|apps|places|interviews?|invites?|invitations?|months?|weeks?|years?|letters?|lors?|attempts?|tries|fails?|specialt(?:y|ies)|im|fm|peds|psych|prelims?)\b/i;

/** The question with its spelled-out numbers as digits; everything else unchanged (case, hyphens, punctuation). */
export function numbersAsDigits(question: string): string {
  if (!ANY_WORD.test(question)) return question;
  return question.replace(RUN, (run, at: number, whole: string) => {
    if (!BIG.test(run) && !COUNTED.test(whole.slice(at + run.length))) return run;
    const digits = digitize(run);
    return /^\d+$/.test(digits) ? digits : run;
  });
}
