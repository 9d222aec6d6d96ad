// The guides' word on retaking a passed exam, said beside a plan answer to someone thinking of it.
import type { Profile } from '../domain/profile.js';

/** "I'm thinking of retaking", "should I resit CK for a higher score?": a retake of an exam the saved file shows passed. */
const RETAKE = /\b(retak\w*|re-?take\w*|resit\w*|re-?sit\w*|take (it|ck|step ?[12]|the exam) again|sit (it|ck|step ?[12]) again)\b/i;

/** The guides' word on retaking a passed exam, for a plan answer to someone whose saved Step 2 CK is a passing score. */
export function retakeNote(text: string, profile: Profile): string | undefined {
  const ck = profile.step2ck;
  if (!RETAKE.test(text) || !ck?.taken || ck.score === undefined || /\bfail/i.test(text)) return undefined;
  return `On retaking: your saved Step 2 CK is ${ck.score}, and a passed USMLE exam cannot be retaken for a higher score; the number stays on your transcript. What outweighs it is a strong Step 3, hands-on US clinical experience with US letters, and a short honest account of what changed (our guide on retaking a passed USMLE exam).`;
}
