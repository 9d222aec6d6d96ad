// A question that asks how to explain "this" or "it" with nothing in the message for the pronoun to mean ("how do I
// bring it up in interviews?"): in a chat about the asker's file it means the red flag the file holds. The saved
// red flags (exam attempts, a failed exam, an old graduation year, an unmatched cycle) are named beside the guides'
// answer, so the answer speaks to the fact the asker never repeats. A clean file adds nothing.
import type { Profile } from '../domain/profile.js';

/** Asking how to present, explain or disclose something (in an interview, a statement, to a program director). */
const PRESENT = /\b(explain\w*|address\w*|handl\w*|bring\w* (?:it|this|that) up|bring up|mention\w*|talk\w* about|say\w* about|say when|say if|writ\w* about|write (?:it|this|that)|put (?:it|this|that) in|include|hold\w* (?:it|this|that) against|disclos\w*|justify\w*|frame|framing|spin|own up|put it)\b/i;
/** Asking what the thing will do to the application ("will they filter me out because of that?", "does it hurt me?"). */
const CONSEQUENCE = /\b(filter\w*|screen\w* (?:me )?out|auto[- ]?reject\w*|reject\w*|rule\w* me out|count\w* against|hurt\w*|kill\w*|ruin\w*|block\w*|disqualif\w*|red flag|deal ?breaker|a problem|an issue)\b/i;
/** "because of that", "for it": the thing named by a bare pronoun after a preposition of cause. */
const CAUSE_PRONOUN = /\b(?:because of|due to|for|over|with)\s+(?:it|this|that)\b/i;
/** "does it hurt me?", "is that going to be a dealbreaker?": the thing as the bare subject of the question. */
const SUBJECT_PRONOUN = /\b(?:does|do|will|would|is|isn'?t|can|could|might|won'?t|wouldn'?t)\s+(?:it|this|that)\b(?!\s+(?:program|school|year|exam|step|score|visa|job|one)\b)/i;
/** "this", "it" or "that" standing alone, not the first word of a noun phrase ("this gap", "it's"). */
const BARE = /\b(?:this|it|that)\b\s*(?:$|[?.!,]|\s+(?:in|on|to|at|or|and|with|for|from|during|when|if|out|up|against|away)\b)/i;
/** A thing the message names itself (then "it" means that), or another person whose record it is. */
const NAMED = /\b(?:my|a|the|this|that)\s+(?:research|visa|accent|career|switch|change|specialty|gap|break|hobby|hobbies|publications?|papers?|job|work|experience|usce|observership|leave|pregnancy|illness|health|family|score|scores|fail\w*|attempts?|step|ck|graduation|yog)\b|\b(?:step ?[123]|ck|fail\w*|attempts?|retakes?|gap|graduat\w*|yog|unmatched|zoom|camera|wifi|internet)\b|\b(?:friend|cousin|brother|sister|colleague|wife|husband|partner|he|she|his|her)\b/i;

/** Whether a question asks how to explain something it never names, or what that thing will do to the application
 *  ("will programs filter me out because of that?"), so the saved red flag is what it means. */
export function pointsAtUnnamed(question: string): boolean {
  if (NAMED.test(question)) return false;
  return (PRESENT.test(question) && BARE.test(question)) || (CONSEQUENCE.test(question) && (BARE.test(question) || CAUSE_PRONOUN.test(question) || SUBJECT_PRONOUN.test(question)));
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
  return `Your saved file shows ${flags.join('; ')}: that is what programs may screen on and will ask about, so prepare one calm, honest sentence for each (what happened, what you did about it, what shows it is behind you).`;
}

/** The first saved red flag as the words a question would use for it ("my Step 1 fail"), or undefined for a clean file. */
function flagWords(profile: Profile, now: Date): string | undefined {
  const s1 = profile.step1;
  if (s1?.result === 'failed' || (s1 && s1.attempts > 1 && !('attemptsUnstated' in s1 && s1.attemptsUnstated))) return 'my Step 1 fail';
  const ck = profile.step2ck;
  if (ck?.taken && ck.attempts > 1 && !ck.attemptsUnstated) return 'my Step 2 CK fail';
  if (profile.step3?.status === 'failed') return 'my Step 3 fail';
  const year = profile.graduationYear;
  if (year !== undefined && now.getUTCFullYear() - year >= OLD_GRADUATE_YEARS) return `my graduation year ${year}`;
  if (profile.stage === 'reapplying') return 'not matching last cycle';
  return undefined;
}

/** The question with its bare "it", "this" or "that" read as the saved red flag ("what do I write about it in the
 *  PS?" becomes "... about my Step 1 fail in the PS?"), so the guides' passage on that flag is found; undefined for a
 *  clean file. */
export function withFlagNamed(question: string, profile: Profile, now: Date): string | undefined {
  const words = flagWords(profile, now);
  if (!words) return undefined;
  const named = question.replace(/\b(?:it|this|that)\b(?!'|\s+(?:is|was|will|would|does|did|has|had)\b)/i, words);
  return named === question ? `${question} (${words})` : named;
}
