// An exam result annulled, invalidated or cancelled (an irregularity finding, a score withheld) leaves no valid score:
// the exam counts as not taken yet and the number said of it is no result ("CK 238 but it got annulled, retaking in March").

/** Words that take a result back (an exam or its result annulled); "cancelled" takes back only a score or result named
 *  with it, since a sitting cancelled ("the 1st attempt was cancelled due to an outage") was never sat. */
const TAKEN_BACK = '(?:annulled|annul(?:l)?ed|invalidated|voided|nullified|withheld)';
const RESULT_CANCELLED = '(?:(?:score|result|results|transcript)\\b[^.;!?]{0,12}?\\b(?:cancell?ed|thrown out))';
/** A score, result or exam named shortly before those words (so "2 interviews got cancelled" is left alone). */
const OF_A_RESULT = new RegExp(`\\b((?:my |the |a |its |their )?(?:score|result|results|ck|step ?[123]|step[123]|usmle|exam|transcript)\\b[^.;!?]{0,25}?)\\b(?:got |was |were |has been |have been |had been |is |are |being |been )?(?:${TAKEN_BACK}|cancell?ed|thrown out)\\b`, 'g');
/** The same told the other way round ("they annulled my step 2 score", "USMLE invalidated my CK result"). */
const RESULT_AFTER = new RegExp(`\\b(?:${TAKEN_BACK}|cancell?ed) ((?:my |the |their |his |her |our )?(?:(?:step ?[123]|step[123]|ck|usmle|exam) )?(?:score|result|results|transcript))\\b`, 'g');
/** A three-digit score told before the words that take it back ("238 but it was annulled"). */
const SCORE_TAKEN_BACK = new RegExp(`\\b[12]\\d\\d\\b(?=[^.;!?]{0,40}\\b(?:${TAKEN_BACK}|cancell?ed|thrown out)\\b)`, 'g');

/** The text with an annulled result read as an exam not taken yet, and the score said of it dropped. */
export function annulledResults(text: string): string {
  const resultTold = new RegExp(`\\b(?:score|result|results|ck|step ?[123]|step[123]|usmle|exam|transcript)\\b[^.;!?]{0,25}?\\b${TAKEN_BACK}\\b|\\b${RESULT_CANCELLED}\\b`).test(text) || new RegExp(RESULT_AFTER.source).test(text);
  // (an attempt or sitting named as what was taken back is a sitting that did not count, not the result told)
  if (!resultTold || /\b(?:attempt|sitting|date|appointment|slot)\b[^.;!?]{0,20}\b(?:annulled|cancell?ed|voided)\b/.test(text)) return text;
  return text.replace(SCORE_TAKEN_BACK, '').replace(RESULT_AFTER, '$1 not taken yet').replace(OF_A_RESULT, (_m, what: string) => `${what} not taken yet`).replace(/[ ]{2,}/g, ' ');
}
