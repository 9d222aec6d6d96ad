// News of the cycle told at any point ("just got a 3rd interview", "another invite today", "2 more interviews"):
// the interview count it makes, against the stored one. Only news told as fact; a question or a denial is none.
import type { Cycle } from '../domain/profile.js';

const INTERVIEW = String.raw`(?:interviews?|invites?|invitations?|iis?)`;
const ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, a: 1, an: 1 };
// "my 3rd interview", "fourth interview invitation"
const NTH = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)\s+(?:interview|ii)\b|\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:interview|ii)\b`);
// "another interview", "one more invite", "2 more interviews", "a new interview invitation"
const MORE = new RegExp(String.raw`\b(?:(another|an? new|a further|an extra|an additional)|(\d{1,2}|one|two|three|four|five) (?:more|new|additional|extra))\s+(?:interview\s+)?${INTERVIEW}\b`);
// news, not a hope or a question: a verb of getting or a time word, and no denial or wish
const GOT = /\b(got|get|gotten|received|receive|came|come|landed|just|today|yesterday|this (?:week|morning)|now|have|had)\b/;
const NOT_NEWS = /\b(no|not|never|didn'?t|did not|haven'?t|have not|hasn'?t|waiting|hope|hoping|wish|want|would|could|should|might|may|will i|if)\b/;

/** The cycle after news of interviews in `text`, or undefined when the text tells none (or less than is stored). */
export function cycleNews(text: string, stored: Cycle | undefined): Cycle | undefined {
  const t = text.toLowerCase().replace(/\u2019/g, "'");
  if (t.includes('?') || NOT_NEWS.test(t) || !GOT.test(t)) return undefined;
  const had = stored?.interviews ?? 0;
  const nth = NTH.exec(t);
  let count: number | undefined;
  if (nth) count = nth[1] ? Number(nth[1]) : ORDINALS[nth[2]!];
  else {
    const more = MORE.exec(t);
    if (!more) return undefined;
    const added = more[1] ? 1 : /^\d+$/.test(more[2]!) ? Number(more[2]) : NUMBER_WORDS[more[2]!];
    if (!added || stored?.interviews === undefined) return undefined; // "another" needs a count to add to
    count = had + added;
  }
  if (count === undefined || count > 60 || count <= had) return undefined;
  return { ...stored, submitted: true, interviews: count };
}
