// A question that asks how to explain "this" or "it" with nothing in the message for the pronoun to mean ("how do I
// bring it up in interviews?"): in a chat about the asker's file it means the red flag the file holds. The saved
// red flags (exam attempts, a failed exam, an old graduation year, an unmatched cycle) are named beside the guides'
// answer, so the answer speaks to the fact the asker never repeats. A clean file adds nothing.
import type { Profile } from '../domain/profile.js';

/** Asking how to present, explain or disclose something (in an interview, a statement, to a program director). */
const PRESENT = /\b(explain\w*|address\w*|handl\w*|bring\w* (?:it|this|that) up|bring up|mention\w*|talk\w* about|say\w* about|say when|say if|hold\w* (?:it|this|that) against|disclos\w*|justify\w*|frame|framing|spin|own up|put it)\b/i;
/** "this", "it" or "that" standing alone, not the first word of a noun phrase ("this gap", "it's"). */
const BARE = /\b(?:this|it|that)\b\s*(?:$|[?.!,]|\s+(?:in|on|to|at|or|and|with|for|from|during|when|if|out|up|against|away)\b)/i;
/** A thing the message names itself (then "it" means that), or another person whose record it is. */
const NAMED = /\b(?:my|a|the|this|that)\s+(?:research|visa|accent|career|switch|change|specialty|gap|break|hobby|hobbies|publications?|papers?|job|work|experience|usce|observership|leave|pregnancy|illness|health|family|score|scores|fail\w*|attempts?|step|ck|graduation|yog)\b|\b(?:step ?[123]|ck|fail\w*|attempts?|retakes?|gap|graduat\w*|yog|unmatched|zoom|camera|wifi|internet)\b|\b(?:friend|cousin|brother|sister|colleague|wife|husband|partner|he|she|his|her)\b/i;

/** Whether a question asks how to explain something it never names (so the saved red flag is what it means). */
export function pointsAtUnnamed(question: string): boolean {
  return PRESENT.test(question) && BARE.test(question) && !NAMED.test(question);
}

const ORDINAL = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];
const nth = (n: number) => ORDINAL[n - 1] ?? `${n}th`;
/** Years after which a graduation year is a question programs ask about. */
const OLD_GRADUATE_YEARS = 5;

/** The saved red flags a program will ask about, in words (none for a clean file or an unsaved part). */
function storedFlags(profile: Profile, now: Date): string[] {
  const flags: string[] = [];
  const s1 = profile.step1;
  if (s1?.result === 'failed') flags.push(`Step 1 failed${s1.attempts > 1 ? ` ${s1.attempts} times` : ''} and not yet passed`);
  else if (s1 && s1.attempts > 1 && !('attemptsUnstated' in s1 && s1.attemptsUnstated)) flags.push(`Step 1 passed on the ${nth(s1.attempts)} attempt`);
  const ck = profile.step2ck;
  if (ck?.taken && ck.attempts > 1 && !ck.attemptsUnstated) flags.push(`Step 2 CK passed on the ${nth(ck.attempts)} attempt`);
  if (profile.step3?.status === 'failed') flags.push('a Step 3 fail');
  const year = profile.graduationYear;
  if (year !== undefined && now.getUTCFullYear() - year >= OLD_GRADUATE_YEARS) flags.push(`graduation in ${year}, ${now.getUTCFullYear() - year} years ago`);
  if (profile.stage === 'reapplying') flags.push('an earlier cycle without a match');
  return flags;
}

/** The line naming what "this" means in the asker's saved file, or undefined when the file holds no red flag. */
export function flagLine(profile: Profile, now: Date): string | undefined {
  const flags = storedFlags(profile, now);
  if (!flags.length) return undefined;
  return `Your saved file shows ${flags.join('; ')}: that is what programs will ask about, so prepare one calm, honest sentence for each (what happened, what you did about it, what shows it is behind you).`;
}
