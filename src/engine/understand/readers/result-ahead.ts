// A result told as still to come by when it is due ("result should be out before xmas", "score drops after new year",
// "results any day now", "score expected mid-december"): the exam was sat and its result is awaited.

/** Words for a time still ahead that a result may be due by (holidays, parts of a month, "soon"). */
const AHEAD_WORDS = [
  'before', 'after', 'by', 'around', 'within', 'next', 'this', 'soon', 'shortly', 'any day', 'any time', 'mid', 'early', 'late', 'end of',
  'xmas', 'christmas', 'new year', 'new years', 'thanksgiving', 'the holidays', 'holidays', 'eid', 'diwali',
];

/** A result word, then what it does ("should be out", "drops", "is due", "comes back"), then a time still ahead. */
const RESULT_DUE = new RegExp(
  `\\b(?:results?|scores?)\\b(?: (?:should|will|would|might|is|are|gonna|going to|supposed to|expected to))?(?: be)?(?: (?:out|back|released|due|expected|coming|drops?|dropping|releases?|comes?|posted))+(?: out| back)?(?: (?:hopefully|probably|maybe|i think|i hope))? (?:${AHEAD_WORDS.join('|')})\\b`,
);

/** A result said to be near with no verb at all ("results any day now", "score soon hopefully"). */
const RESULT_NEAR = /\b(?:results?|scores?) (?:any day|any time|any moment|soon|shortly)\b/;

/** True when a clause says the exam's result is due at a time still ahead. */
export function resultDueAhead(text: string): boolean {
  return RESULT_DUE.test(text) || RESULT_NEAR.test(text);
}
