// A practice or predicted score beside a question about the asker's own standing ("UWSA2 gave me 244, can I count UCLA
// as a target?", "is my ck ok? my NBME was 241"): it is never read as the result. With no Step 2 CK taken, the tiers
// are read without it and move once the real one is in; with one saved, the saved score is the one read.
import type { Profile } from '../domain/profile.js';

/** A score number beside a practice-test or prediction word, in either order. */
const PRACTICE = /\b(?:nbme ?\d{0,2}|uwsa ?\d?|uw ?sa ?\d?|free ?120|cms|amboss|practice|mock|self[- ]?assessments?|predict\w*|expect\w*)\b[^.?!]{0,30}\b[12]\d\d\b|\b[12]\d\d\b[^.?!]{0,30}\b(?:nbme ?\d{0,2}|uwsa ?\d?|free ?120|cms|amboss|practice|mock|self[- ]?assessments?|predict\w*)\b/i;

/** A practice or predicted score's number: after its word ("NBME was 241", "UWSA2 said 250") or just before it ("241 on
 *  my NBME", "250 (UWSA2)"); the nearest number only, never one a real-result word sits between ("NBME 238, CK 224"). */
const PRACTICE_WORD = String.raw`(?:nbme ?\d{0,2}|nbmes|uwsa ?\d?|uw ?sa ?\d?|free ?120|cms|amboss|practice(?: tests?| exams?| scores?)?|mock|self[- ]?assessments?|predict\w*)`;
const AFTER_WORD = new RegExp(String.raw`\b${PRACTICE_WORD}\b((?:(?!\b(?:ck|step|real|actual|official)\b)[^.?!\d]){0,30}?)\b([12]\d\d)\b`, 'gi');
const BEFORE_WORD = new RegExp(String.raw`\b([12]\d\d)\b(\s*(?:\(|(?:on|in|from|at) (?:my |the |a |an |one |last |this )?)?)(?=${PRACTICE_WORD}\b)`, 'gi');

/** The message with each practice or predicted score's number replaced by the words "a practice score", so a reader of
 *  the asker's own Step 2 CK ("is my ck ok? my NBME was 241") never takes it for the result programs see. */
export function withoutPracticeScores(message: string): string {
  return message.replace(AFTER_WORD, (m) => m.replace(/[12]\d\d(?=\D*$)/, 'a practice score'))
    .replace(BEFORE_WORD, (_m, _n: string, gap: string) => `a practice score${gap}`);
}

/** The note, when the question leans on a practice score: with no Step 2 CK result saved, the tiers are read without
 *  it; with one saved, that real score is what is read (never the practice number); else undefined. */
export function practiceScoreNote(profile: Profile, question: string): string | undefined {
  if (!PRACTICE.test(question)) return undefined;
  if (profile.step2ck?.taken) return `A practice score is not a result programs see: they screen on your real Step 2 CK, ${profile.step2ck.score} as you saved it, so that is the number read here.`;
  if (profile.step2ck?.taken !== false) return undefined;
  return 'A practice score is not your result: you have not taken Step 2 CK yet, so these tiers are read without that number, and programs screen on the actual score. Count a program as a target only once your real score is in; the tiers will move with it.';
}

/** The text with the note after its first line, when the note applies. */
export function withPracticeNote(text: string, profile: Profile, question: string): string {
  const note = practiceScoreNote(profile, question);
  if (!note) return text;
  const [first, ...rest] = text.split('\n');
  return [first, note, ...rest].join('\n');
}
