// A denial with an exception counts the exception: "none from the US except one", "none of my letters are from the US
// except 1 from my obs attending", "no pubs apart from 1 case report", "zero USCE other than 2 weeks of obs". The clause
// is rewritten as the count it leaves ("only 1 letters from the us ..."), so no reader stores the denial's zero.
const DENIAL = '(?:none|no|zero|0|nothing|not any|nil)';
const EXCEPT = '(?:except(?: for)?|apart from|other than|besides|aside from|save for|barring)';
// (not "none of it was in California except 2 weeks": an amount told before, and a part of it placed, is no count of things)
const EXCEPT_COUNT = new RegExp(`\\b${DENIAL}\\b(?! of (?:it|that|this)\\b)((?: (?!(?:but|and|so|because)\\b)[a-z'./-]+){0,8}?),? ${EXCEPT} (\\d{1,2}|one|a|an)\\b(?! ?(?:days?|weeks?|wks?|months?|mos?|years?|yrs?|half)\\b)`, 'g');

/** "none of my letters are from the US except one" read as "only 1 letters are from the us". */
export function exceptCount(text: string): string {
  return text.replace(EXCEPT_COUNT, (_m, middle: string, n: string) => {
    // ("nothing much in research, except one case report"): a hedge leaves the thing counted to the words after the count
    if (/^ (?:much|really|else|at all|significant)\b/.test(middle)) return `only ${/^\d+$/.test(n) ? n : '1'}`;
    const rest = middle.replace(/^ (?:of (?:my|the|them|those)|of)\b/, '').replace(/^ (?:are|is|were|was)\b/, '');
    return `only ${/^\d+$/.test(n) ? n : '1'}${rest}`;
  });
}
