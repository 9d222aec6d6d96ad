// A plan answer for someone whose Step 2 CK is not taken yet, asked beside a practice or predicted score ("UWSA2 gave
// me 244, can I count UCLA as a target?"): the tiers are read without that number, and they move once the real one is in.
import type { Profile } from '../domain/profile.js';

/** A score number beside a practice-test or prediction word, in either order. */
const PRACTICE = /\b(?:nbme ?\d{0,2}|uwsa ?\d?|uw ?sa ?\d?|free ?120|cms|amboss|practice|mock|self[- ]?assessments?|predict\w*|expect\w*)\b[^.?!]{0,30}\b[12]\d\d\b|\b[12]\d\d\b[^.?!]{0,30}\b(?:nbme ?\d{0,2}|uwsa ?\d?|free ?120|cms|amboss|practice|mock|self[- ]?assessments?|predict\w*)\b/i;

/** The note, when the saved file has no Step 2 CK result and the question leans on a practice score; else undefined. */
export function practiceScoreNote(profile: Profile, question: string): string | undefined {
  if (profile.step2ck?.taken !== false || !PRACTICE.test(question)) return undefined;
  return 'A practice score is not your result: you have not taken Step 2 CK yet, so these tiers are read without that number, and programs screen on the actual score. Count a program as a target only once your real score is in; the tiers will move with it.';
}

/** The text with the note after its first line, when the note applies. */
export function withPracticeNote(text: string, profile: Profile, question: string): string {
  const note = practiceScoreNote(profile, question);
  if (!note) return text;
  const [first, ...rest] = text.split('\n');
  return [first, note, ...rest].join('\n');
}
