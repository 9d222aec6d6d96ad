// Spelled-out numbers in a question as digits ("forty five FM programs" -> "45 FM programs"), keeping the rest of
// the text exactly as typed (case matters: "IM" is internal medicine, "im" is "I'm"), for the readers of counts,
// plans and scores; retrieval reads the text as typed.
import { digitize } from '../engine/understand/numbers.js';

const WORD = String.raw`(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|fou?rty|fifty|sixty|seventy|eighty|ninety|hundred)`;
/** A run of number words: "seventy", "twenty-five", "two hundred and nineteen". */
const RUN = new RegExp(String.raw`\b${WORD}(?:(?:[\s-]+(?:and[\s-]+)?)${WORD})*\b`, 'gi');

/** The text with each run of number words that reads as one number replaced by its digits. */
export function withDigits(text: string): string {
  return text.replace(RUN, (run) => {
    const d = digitize(run).trim();
    return /^\d+$/.test(d) ? d : run;
  });
}
