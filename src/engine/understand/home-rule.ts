// An unwaived 212(e) two-year home requirement from an earlier J-1 ("J-1 research scholar, 212(e), not waived"): it
// closes the H-1B (and a green card) until met or waived, so an H-1B or "either" told beside it is asked, not stored.

const HOME = /\b(212 ?e|(two|2) ?(year|yr)s? (home|foreign)( country)?( residence| residency| presence| physical presence)?( requirement| rule)?|home (country )?(residence |residency |presence |physical presence )?(requirement|rule))\b/;
// held by the applicant: "I have 212e", "subject to", "212(e) applies", "from my old J1", "was a J-1 research scholar"
const OWN = /\b(i have|i've|ive|i got|have the|have a|subject to|applies|apply to me|under|bound by|stuck with|from my|from an? (old|previous|prior|earlier))\b|\b(was|were|used to be|had|held) (on )?(an? |my |the )?(j1|j 1)\b|\b(old|previous|prior|earlier|postdoc|research) (j1|j 1)\b|\b(j1|j 1) (research|scholar|postdoc|researcher)\b|\bresearch scholar\b/;
const NOT_WAIVED = /\b(not|never|isn't|wasn't|haven't been|hasn't been|un) ?waived\b|\b(never|not|didn't|didnt|haven't|havent|hasn't|hasnt|did not|have not) (got|get|gotten|received|obtained|had) (a |my |the |any )?waiver\b|\bno waiver\b|\bwithout (a |any )?waiver\b|\bwaiver (was |got |is )?(denied|rejected|refused|not (yet )?(approved|granted|done))\b/;
const WAIVED = /\b(waived|waiver (was |is |got |has been |been )?(approved|granted|done|cleared|came through)|got (a |my |the )?waiver|(received|obtained) (a |my |the )?waiver|(fulfilled|completed|met|did|served) (the |my )?(two|2) ?(year|yr)s?)\b/;

/** True when the text tells of the applicant's own 212(e) home requirement, not waived (or waiver not told). */
export function unwaivedHomeRule(text: string): boolean {
  const plain = text.replace(/ ; /g, ' ');
  if (!HOME.test(plain) || !OWN.test(plain)) return false;
  return NOT_WAIVED.test(plain) || !WAIVED.test(plain);
}
