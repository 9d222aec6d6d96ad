// Counts and scores told with an alternative or a strong hedge are not pinned down, and are asked about rather than
// guessed: "241 or 242", "CK 245 (or 254?)" read as a range (asked, or a prediction for an exam ahead);
// "3 letters i think, maybe 4", "maybe 4 pubs, not sure", "3 months, maybe 4" become "some letters / pubs / months",
// which the readers ask about. One soft word ("about 3 months") still keeps the count. Runs on digitised text.

const UNIT = '(?:months?|mos?|weeks?|wks?|letters?|lors?|recs?|pubs?|publications?|papers?|posters?|abstracts?)';
const OR_WORDS = '(?:or maybe|or possibly|or perhaps|or was it|or is it|or|maybe|possibly|perhaps|might be|could be)';
// "241 or 242", "245 (or 254?)", "238, maybe 239", "226. or 224?": two scores for one result
const SCORE_OR = new RegExp(`\\b([12]\\d\\d)\\s*(?:,\\s*|\\(\\s*|\\.+\\s*)?${OR_WORDS}\\s+([12]\\d\\d)\\b\\s*\\??\\)?`, 'g');
// "3 letters i think, maybe 4", "3 months hands on, or 4": a count, then another for the same thing (not "2 more", nor
// "maybe 4 by the time ERAS opens", which is a count still to come)
const COUNT_OR = new RegExp(`\\b(\\d{1,2}(?:\\.\\d)?) (${UNIT})\\b([^.;!?\\d]{0,24}?)(?:,\\s*|\\(\\s*|\\s)${OR_WORDS}\\s+\\d{1,2}(?:\\.\\d)?\\b(?!\\s*(?:more|other|extra|additional|another|from|at|in|by|if|when|once|after|before|next|soon|later|until|till)\\b)(?!\\s*(?:[a-z]+\\s+)?${UNIT}\\b)\\s*\\??\\)?`, 'g');
// "maybe 3 letters", "probably 4 pubs": a strong hedge right before the count
const HEDGE_BEFORE = new RegExp(`\\b(?:maybe|perhaps|possibly|probably|prob|i think|i guess|i believe)\\s+(?:like\\s+)?\\d{1,2}(?:\\.\\d)? ((?:[a-z]+ )?${UNIT})\\b`, 'g');
// "3 pubs, not sure", "4 letters i think": the hedge right after it
const HEDGE_AFTER = new RegExp(`\\b\\d{1,2}(?:\\.\\d)? ((?:[a-z]+ )?${UNIT})\\b,?\\s+(?:i think|i guess|i believe|not sure|maybe|probably|or so|ish)\\b(?!\\s*(?:\\d|one|two|a|an|another)\\b)`, 'g');

// "2 or 3", "5 or 6 years back": two small counts offered for one, with or without their unit (not a clock time)
const BARE_OR = /\b\d{1,2}(?:\.\d)? (?:or|or maybe|or perhaps|or possibly|ou|o|ya|yaa) \d{1,2}(?:\.\d)?\b(?!\s*(?:am|pm|o'?clock|:\d|%|\.\d|more|other|extra|additional|another)\b)/g;
// "maybe 3", "i think 4" with no unit: a guessed count (not "maybe 2 more by january", a count still to come)
const HEDGED_BARE = /\b(?:maybe|perhaps|possibly|probably|prob|i think|i guess)\s+(?:like\s+)?\d{1,2}(?:\.\d)?\b(?!\.\d)(?!\s*(?:more|other|extra|additional|another|gets?|will|would|might|could|by|if|when|once|after|before|next|soon|later|until|till|of|%|am|pm|accepted|published|out|coming|due|pending|under|in|on|at|from|submitted|approved)\b)(?!\s*(?:[a-z]+\s+)?(?:months?|mos?|weeks?|wks?|letters?|lors?|recs?|pubs?|publications?|papers?|posters?|abstracts?|years?|yrs?)\b)/g;
// "2 yrs ago or 3", "graduated 5 years back, maybe 6": two lengths of time since an event offered for one
const AGO_OR = /\b\d{1,2} (?:yrs?|years?) (ago|back),? (?:or|or maybe|or perhaps|maybe|ou|o|ya) \d{1,2}\b(?: (?:yrs?|years?))?(?: (?:ago|back))?/g;
// "between 2 and 3 months", "between 3 and 4 letters": a range of a count
const BETWEEN = new RegExp(`\\bbetween \\d{1,2}(?:\\.\\d)? and \\d{1,2}(?:\\.\\d)? (${UNIT})\\b`, 'g');

// "2nd or 3rd attempt", "2nd attempt or maybe 3rd": two candidate attempts are a later attempt, not said which (asked)
const ORDINAL_OR = /\b(?:on (?:the |my )?)?(?:1st|2nd|3rd|4th|first|second|third|fourth)(?: (?:attempt|try|go|time|shot))?,? (?:or|or maybe|or possibly|maybe|possibly|or was it) (?:the |my )?(?:1st|2nd|3rd|4th|first|second|third|fourth)\b(?: (?:attempt|try|go|time|shot))?/g;

/** Rewrites alternatives and strongly hedged counts into what the readers ask about (see the file's opening). */
export function alternatives(input: string): string {
  let text = input;
  if (text.includes('between')) text = text.replace(BETWEEN, (_m, unit: string) => `some ${unit}`);
  if (!/\b(or|ou|o|ya|yaa|maybe|possibly|perhaps|might|could|probably|prob|think|guess|believe|sure|so|ish)\b/.test(text)) return text;
  let t = text;
  t = t.replace(ORDINAL_OR, 'after more than one attempt');
  t = t.replace(SCORE_OR, (_m, a: string, b: string) => `between ${Math.min(Number(a), Number(b))} and ${Math.max(Number(a), Number(b))} `);
  t = t.replace(AGO_OR, (_m, ago: string) => `some years ${ago}`);
  t = t.replace(BARE_OR, 'some');
  t = t.replace(COUNT_OR, (_m, _n: string, unit: string, middle: string) => `some ${unit}${middle}`);
  t = t.replace(HEDGED_BARE, 'some');
  t = t.replace(HEDGE_BEFORE, (_m, unit: string) => `some ${unit}`);
  t = t.replace(HEDGE_AFTER, (_m, unit: string) => `some ${unit}`);
  return t.replace(/\s{2,}/g, ' ').trim();
}
