// "Wherever a program sponsors my visa", "anywhere that takes IMGs", "wherever I match": a place made to depend only on
// programs taking the applicant is no place preference at all, and reads as "anywhere" (one that depends on another
// person, "wherever my wife finds a job", is left as it is and asked about).
const CONDITIONAL_ANYWHERE = /\b(?:wherever|anywhere|any place|anyplace|whichever (?:place|state|city))(?: (?:that|where|which))?(?: (?:an? |any |the )?(?:programs?|place|places|hospitals?|one|they|i|it))?(?: (?:will|would|can|could|'ll|ll))? (?:sponsors?|sponsor|takes?|take|accepts?|accept|have|has|offers?|gives?|matches?|match|get|gets|lets?|interviews?|wants?|ranks?)\b[^,;.!?]*/g;

/** The message with a place that depends only on programs taking the applicant rewritten as "anywhere". */
export function conditionalAnywhere(text: string): string {
  return /\b(wherever|anywhere|any ?place|whichever)\b/.test(text) ? text.replace(CONDITIONAL_ANYWHERE, 'anywhere') : text;
}
