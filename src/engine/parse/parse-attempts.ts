// Reads how many attempts an exam took from words like "failed once then passed" or "2nd attempt".
import { normalize } from './phrases.js';
import { digitize } from './numbers.js';

/** Attempts stated or implied in the text (`completed`: the exam was eventually passed or scored), or undefined. */
export function attemptsIn(text: string, completed = false): number | undefined {
  const t = digitize(normalize(text)).replace(/\b(not (yet )?passed|haven'?t passed|have not passed|didn'?t pass|did not pass)\b/g, ' unpassed ');
  const ordinal = t.match(/\b(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th)\s+(attempt|try|time|go|shot)/);
  if (ordinal) return { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5 }[ordinal[1]!];
  const count = t.match(/\b(?:after|in|took(?: me)?|on)?\s*(\d)\s*(attempts|tries|times|attempt|try)\b/);
  if (count) return Number(count[1]);
  const failedTimes = t.match(/\bfail\w*\s+(once|twice|thrice|(\d)\s*times?)\b/);
  const failCount = failedTimes ? ({ once: 1, twice: 2, thrice: 3 } as Record<string, number>)[failedTimes[1]!] ?? Number(failedTimes[2]) : undefined;
  const passed = completed || /\bpass/.test(t);
  if (failCount !== undefined) return passed ? failCount + 1 : failCount;
  if (/\b(retake|retook|re-took|re-take|repeat(?:ed)?)\b/.test(t)) return 2;
  if (/\bfail/.test(t) && passed) return 2;
  if (/\b(first|1st) (attempt|try|time|go)\b|\bfirst\b|\bno fails?\b|\bnever failed\b/.test(t)) return 1;
  return undefined;
}
