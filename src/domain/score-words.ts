// How a 0-100 strength score is shown to a user: a score at the bottom of the scale reads as "under 5/100", never
// as a flat 0/100 that looks like a verdict rather than an estimate.

/** Below this the score is shown as "under N/100". */
const SCORE_DISPLAY_FLOOR = 5;

/** The score as users read it: "46/100", or "under 5/100" near the bottom of the scale. */
export function scoreWords(score: number): string {
  return score < SCORE_DISPLAY_FLOOR ? `under ${SCORE_DISPLAY_FLOOR}/100` : `${Math.round(score)}/100`;
}
