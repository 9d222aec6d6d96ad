// How far a denial reaches: a count-free denial said between a total and its parts ("5 months, none of it in CA - 3 in
// Ohio and 2 in Florida") is moved after the parts so the total still meets them; a denial reaches each item of an "or"
// list after it ("not a citizen or a GC holder"); a list of places given after "so" once some were denied ("Cali, but
// not San Diego - so LA, OC, IE") is the answer itself. Runs on the lowercased text.
import { mentions } from './fields.js';
import { regionsInTokens } from './readers/places.js';
import { tokenise } from './tokens.js';

// a count and its words, a denial with no number in it, then a list of parts with numbers after ";" or ":"
const DENIAL_BEFORE_PARTS = /\b(\d+(?:\.\d+)? [a-z][a-z0-9' -]{0,30}?),\s*((?:none|not|nothing|zero|0|no part|never)\b[^.;:!?\d()]{0,40}?)\s*([;:])\s*([^.;!?()]*\d[^.;!?()]*)/g;
// "everything was hands-on in Dallas except one month, which was an observership in Sacramento": the exception is a
// part of its own kind and place, told as such ("and one month was an observership in Sacramento")
const EXCEPT_WHICH = /\b(?:except|but|besides|apart from|other than)(?: for)? ((?:one|a|an|the|\d+(?:\.\d+)?|two|three|the last|the first) (?:[a-z]+ )?(?:months?|weeks?|wks?|mos?|letters?|lors?|rotations?|electives?|ones?))\s*,?\s*(?:which|that|where|when|and that|and it) (was|were|is|are)\b/g;
// a sentence with a denial, then "so" / "i.e." / "meaning" and what stands
const RESTATED = /(^|[.!?\n]\s*)([^.!?\n]*?\b(?:not|except|but|other than|besides|apart from|excluding|minus)\b[^.!?\n]*?)[;,:]?\s*\b(?:so|i\.?e\.?|ie|meaning|basically|that is|which means)\b(?! far\b| much\b| many\b| i\b| that\b)[:,]?\s+([^.!?\n]+)/g;
const DENIED = /\b(not|no|except|but|other than|besides|apart from|excluding|minus|never)\b/;
// "not a citizen or a GC holder", "no gc or citizenship": a denial reaches every item joined by "or" after it (not a doubt
// or a choice open: "not sure if IM or FM", "no preference, IM or FM", "no idea if j1 or h1b"; nor verbs, whose readers
// take a denied list as it stands: "not lived or trained in LA")
const DENIAL_OVER_OR = /\b(not|no)\s+(?!(?:sure|certain|decided|deciding|yet|just|only|much|many|more|less|matter|idea|clue|preference|pref|prefs|between|if|whether|either|one|problem|way|that|this|taken|done|been|had|got|gotten|se|sei|yes)\b)(?![a-z]+(?:ed|ing)\b)((?:an? |any |the )?[a-z0-9'-]+(?: [a-z0-9'-]+)?) or (?!not\b|maybe\b|so\b|more\b|less\b|something\b|whatever\b|anything\b)/g;

const onlyPlaces = (words: string): boolean => {
  const tokens = tokenise(words);
  return regionsInTokens(tokens).length > 0 && mentions(tokens, false).every((m) => m.field === 'regions' || m.weak);
};

/** The text with denials kept to what they deny (see the file's opening); text with no denial comes back unchanged. */
export function scopedDenials(text: string): string {
  if (!/\b(none|not|nothing|zero|0|no|never|except|but|other|besides|apart|excluding|minus)\b/.test(text)) return text;
  let t = text.includes(' or ') ? text.replace(DENIAL_OVER_OR, (_m, no: string, first: string) => `${no} ${first} and ${no} `) : text;
  t = t.replace(DENIAL_BEFORE_PARTS, (_m, total: string, denial: string, mark: string, parts: string) => `${total} ${mark} ${parts.trimEnd()}, ${denial.trim()}`);
  if (/\b(except|but|besides|apart from|other than)\b/.test(t)) t = t.replace(EXCEPT_WHICH, (_m, part: string, verb: string) => `, ${part} of it ${verb}`);
  if (/\b(so|ie|i\.?e\.?|meaning|basically|that is|which means)\b/.test(t)) {
    t = t.replace(RESTATED, (whole, lead: string, before: string, after: string) => {
      const first = after.split(/[,;]|\band\b|\+|\//)[0]!;
      return onlyPlaces(before) && onlyPlaces(first) && !DENIED.test(after) ? `${lead}${after}` : whole;
    });
  }
  return t;
}

// "none research", "no research ones", "zero research letters": a kind of letter denied, said among letters
const LETTER_KIND_DENIED = /^(?:(?:and|but|so|with) )?(?:none|no|zero|0|not any|nothing)(?: of them| are| is| were)? research(?: ones?| letters?| lors?| recs?| writers?| based)?$/;
// research itself named in the sentence ("no research or pubs", "no research experience"): the denial is of research
const RESEARCH_ITSELF = /\b(pubs?|publications?|papers?|posters?|abstracts?|experience|exp|years?|months?|projects?|output|at all)\b/;

/** True when a clause denies research as a kind of letter ("3 letters, all clinical, none research"), not research itself. */
export function letterKindDenied(clause: string, sentence: string): boolean {
  return LETTER_KIND_DENIED.test(clause.trim()) && /\b(letters?|lors?|recs?|loes?)\b/.test(sentence) && !RESEARCH_ITSELF.test(sentence);
}
