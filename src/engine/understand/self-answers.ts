// A question the applicant asks and answers in the same breath ("first attempt? no. second? yes", "in california? nope,
// texas"): the answer is kept as a plain statement, the question mark dropped. Runs on the lowercased text, before clauses.

// a short phrase, a question mark, then a bare yes or no (with a laugh or a sigh at most) that ends there or at a comma
// ("no idea", "no visa yet", "yes or no", "no?" are other words and stay as they are)
const ANSWERED = /(^|[.;!?,]\s*)([^.;!?,]{1,40}?)\s*\?+\s*(no|nope|nah|not really|yes|yep|yeah|yup|ya|correct)(?:\s+(?:lol|haha|lmao|sadly|unfortunately|thankfully|luckily))?\s*(?=[.;!,]|$)/g;
const NO = /^(no|nope|nah|not really)$/;
const ORDINAL = /^(?:the |on the |my )?(first|second|third|fourth|1st|2nd|3rd|4th)$/;
const ORDINAL_NOUN = /\b(?:first|second|third|fourth|1st|2nd|3rd|4th) ([a-z]+)\b/;

/** The text with each self-answered question turned into what it states ("first attempt? no" -> "not first attempt"). */
export function selfAnswered(text: string): string {
  if (!text.includes('?')) return text;
  let noun: string | undefined;
  return text.replace(ANSWERED, (_m, lead: string, asked: string, answer: string) => {
    let phrase = asked.trim();
    // ("second? yes" after "first attempt? no": a bare ordinal keeps the noun of the one before it)
    if (ORDINAL.test(phrase) && noun) phrase = `${phrase} ${noun}`;
    noun = ORDINAL_NOUN.exec(phrase)?.[1] ?? noun;
    return `${lead}${NO.test(answer) ? `not ${phrase.replace(/^(?:was it |is it |did i |do i |any |was |is )/, '')}` : phrase}`;
  });
}
