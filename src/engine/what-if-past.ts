// What-ifs about the past that the reading of facts cannot take as a change: an exam that was failed supposed passed the
// first time ("what if my step 1 wasn't failed"), and a retake of an exam already passed ("what if I retake CK"), which
// the USMLE does not allow. Read from the whole message, before the fact readers; prepared at load.
import type { Profile } from '../domain/profile.js';
import { isWhatIf } from './intent.js';
import type { Update } from './understand/understand.js';

type Exam = 'step1' | 'step2ck' | 'step3';

/** What a what-if about the past means: a change to try, the same file (nothing to change), or an exam that cannot be retaken. */
export type PastWhatIf = { kind: 'change'; update: Update } | { kind: 'same'; exam: Exam } | { kind: 'noRetake'; exam: Exam };

const EXAM = String.raw`(?:my\s+)?(?:usmle\s+)?(step\s*(?:1|one|i)\b|s1\b|step\s*(?:2|two)(?:\s*ck)?|ck\b|s2\b|step\s*(?:3|three)\b|s3\b)`;
// "wasn't failed", "had not failed", "never failed", "had passed first time", "passed on the first try", "no fail on"
const UNFAILED = [
  new RegExp(String.raw`${EXAM}\s+(?:was\s*n'?t|wasnt|was not|were\s*n'?t|werent|were not|had\s*n'?t been|hadnt been|is\s*n'?t|isnt)\s+(?:a\s+)?fail(?:ed|ure)?\b`),
  new RegExp(String.raw`\b(?:i\s+)?(?:had\s*n'?t|hadnt|had not|did\s*n'?t|didnt|did not|never)\s+(?:have\s+)?fail(?:ed)?\s+${EXAM}`),
  new RegExp(String.raw`\b(?:i\s+)?(?:had\s+|have\s+)?(?:passed|pass|cleared)\s+${EXAM}\s+(?:on\s+(?:the|my)\s+)?(?:first|1st)\s+(?:time|try|attempt|go)\b`),
  new RegExp(String.raw`\b(?:i\s+)?(?:had\s+|have\s+)?(?:passed|pass|cleared)\s+${EXAM}\s+(?:the\s+)?first\s+time\b`),
  new RegExp(String.raw`\bno\s+(?:fail|failure|failed attempt)\s+(?:on|in|for)\s+${EXAM}`),
  new RegExp(String.raw`${EXAM}\s+(?:fail|failure)\s+(?:was\s*n'?t|wasnt|was not|did\s*n'?t|didnt|never)\s+(?:there|happen(?:ed)?|on (?:my|the) (?:record|transcript))`),
];
const RETAKE = new RegExp(String.raw`\b(?:re-?take|re-?taking|re-?took|re-?sit|re-?sitting|re-?do|re-?doing|take\s+${EXAM}\s+again|(?:do|sit|write|give)\s+${EXAM}\s+again)\b`);
const RETAKE_EXAM = new RegExp(String.raw`\b(?:re-?take|re-?taking|re-?sit|re-?do|re-?doing|take|do|sit|write|give)\s+${EXAM}`);

function examOf(words: string): Exam {
  if (/3|three/.test(words)) return 'step3';
  if (/2|two|ck/.test(words)) return 'step2ck';
  return 'step1';
}

/** True when the exam is stored as passed (a Step 2 CK score at or above the 214 pass mark counts as passed). */
function passed(profile: Profile, exam: Exam): boolean {
  if (exam === 'step1') return profile.step1?.result === 'passed' || (profile.step1?.result === 'score' && profile.step1.score >= 196);
  if (exam === 'step2ck') return profile.step2ck?.taken === true && profile.step2ck.score >= 214;
  return profile.step3?.status === 'passed';
}

/** The what-if about a past exam a message asks, if any. */
export function pastWhatIf(text: string, profile: Profile): PastWhatIf | undefined {
  if (!isWhatIf(text)) return undefined;
  const t = text.toLowerCase().replace(/[’‘`]/g, "'");
  const retake = RETAKE.test(t) ? RETAKE_EXAM.exec(t) : null;
  if (retake) {
    const exam = examOf(retake[1]!);
    return passed(profile, exam) ? { kind: 'noRetake', exam } : undefined;
  }
  const un = UNFAILED.map((re) => re.exec(t)).find(Boolean);
  if (!un) return undefined;
  const exam = examOf(un[1]!);
  if (exam === 'step1') {
    const s = profile.step1;
    if (!s) return undefined;
    if ((s.result === 'passed' && s.attempts === 1 && !s.attemptsUnstated)) return { kind: 'same', exam };
    const value = s.result === 'score' ? { result: 'score' as const, score: s.score, attempts: 1 } : { result: 'passed' as const, attempts: 1 };
    return { kind: 'change', update: { field: 'step1', value, old: s } };
  }
  if (exam === 'step2ck') {
    const s = profile.step2ck;
    if (!s) return undefined;
    if (!s.taken || (s.attempts === 1 && !s.attemptsUnstated)) return { kind: 'same', exam };
    return { kind: 'change', update: { field: 'step2ck', value: { taken: true, score: s.score, attempts: 1 }, old: s } };
  }
  const s = profile.step3;
  if (!s) return undefined;
  if (s.status !== 'failed') return { kind: 'same', exam };
  return { kind: 'change', update: { field: 'step3', value: { status: 'passed' }, old: s } };
}

// "what if I don't match", "what happens if I go unmatched", "y si no hago match": a question about SOAP and the next
// steps, never a plan to compare; asked of the guides in words that name those steps
const NOT_MATCHED = /^\s*(?:what if|what happens if|and if|if|suppose|y si|e se|agar)\s+(?:i\s+|we\s+)?(?:do\s*n'?t|dont|do not|did\s*n'?t|didnt|did not|never|fail to|go|end up|no hago|n[aã]o)\s*(?:get\s+)?(?:match(?:ed)?|unmatched|to match|match this (?:year|cycle)|hago match|der match|match nahi)\b/;
/** The question a what-if about not matching stands for, or undefined. */
export function notMatchedQuestion(text: string): string | undefined {
  return NOT_MATCHED.test(text.toLowerCase().replace(/[’‘`]/g, "'")) ? "if I don't match, what are my options (SOAP, prelim year, reapplying)?" : undefined;
}
