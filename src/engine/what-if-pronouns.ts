// "what if his CK was 235", "what if she scores 240 on step 3": a what-if only tries a change on a copy of the stored
// profile, so a third-person pronoun in it, with no other person named, is read as the profile's own person (a parent
// or an agent asking for the applicant, or a slip). Nothing is stored from a what-if, so this reading cannot harm a
// stored fact; a what-if that names someone else ("what if my sister's CK was 250") is left as it is.

/** Someone other than the profile's person named in the message: then "his"/"her" may be theirs. */
const OTHER_PERSON = /\b(brother|sister|sis|bro|friend|wife|husband|spouse|partner|cousin|colleague|classmate|roommate|room mate|mother|father|mom|dad|uncle|aunt|nephew|niece|fianc[eé]e?|bf|gf|boyfriend|girlfriend|client|student|he said|she said)\b/;
/** A possessive before the thing changed ("his CK", "her step 3 score", "his US letters"). */
const POSSESSIVE = /\b(?:his|her|their)\b(?=\s+(?:(?:usmle|step|ck|step ?[123]|s[123]|score|scores|usce|us|letters?|lors?|visa|grad\w*|yog|research|pubs?|publications?|cv|file|application|exam|attempts?|first|second|2nd|1st|third|3rd)\b))/g;
/** A subject pronoun before what it does ("he scores", "she gets", "he had"). */
const SUBJECT = /\b(?:he|she|they)\b(?=\s+(?:gets?|got|scores?|scored|takes?|took|pass(?:es)?|passed|fails?|failed|has|had|have|does|did|adds?|added|applies|applied|switches|switched|changes?|changed|needs?|needed|is|was|were)\b)/g;

/** The what-if body with the profile's person's pronouns read as "my"/"i", when no other person is named. */
export function whatIfInFirstPerson(body: string): string {
  if (OTHER_PERSON.test(body)) return body;
  return body.replace(POSSESSIVE, 'my').replace(SUBJECT, 'i');
}
