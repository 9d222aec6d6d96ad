// Months of a US residency are hands-on US clinical experience ("a PGY-2 in FM at Kern, 17 months in", "left my PGY-1 in
// Michigan after 6 months", "so 12 months of actual residency in the US"): the length told with the residency is written
// as hands-on experience for the experience reader. A residency abroad is left to the step that takes work abroad out.

import { COUNTRIES } from './readers/visa.js';

// a residency year or post named in the sentence
const RESIDENCY = /\b(?:pgy ?-?[1-7]|pgy[1-7]|residency|resident|intern year|prelim year|preliminary year|categorical spot|categorical position)\b/;
// the length of it ("17 months in", "after 6 months", "for 8 months", "12 months of residency", "6 months into it")
const LENGTH = /\b(?:after |for |about |almost |nearly )?(\d{1,2}) (?:months?|mos?)(?: (?:in|into it|into residency|into the program|of (?:actual |real |us |clinical )?(?:residency|training|pgy ?-?1|intern year)))?\b/;
// a sentence abroad or of someone else (the first person keeps it the applicant's; a relative's residency is not)
// experience already told in its own words, left to the experience reader
const EXPERIENCE_WORD = /\b(?:usce|hands ?on|handson|observership|externship)\b/;
// a residency abroad ("back home") or a plan or wish ("want a residency", "will start PGY-1 in July"), and the length that
// still makes a plan time done ("2 months in")
const ABROAD = /\b(?:back home|abroad|home country|overseas)\b/;
const WISH = /\b(?:want|wants|hope|hoping|will start|starting|apply|applying for|looking for)\b[^.]{0,20}\b(?:residency|pgy)/;
const MONTHS_IN = /\b\d{1,2} (?:months?|mos?) in\b/;
const NOT_OWN = /\b(?:my|his|her|their) (?:wife|husband|partner|spouse|brother|sister|friend|dad|mom|father|mother|cousin|son|daughter)\b/;

/** The text with the length of a residency told in a sentence written as that many months of hands-on experience. */
export function residencyMonths(text: string): string {
  if (!RESIDENCY.test(text)) return text;
  return text.split(/(?<=[.!?\n])/).map((sentence) => {
    if (!RESIDENCY.test(sentence) || NOT_OWN.test(sentence) || EXPERIENCE_WORD.test(sentence)) return sentence;
    // (a residency abroad, "2 years of surgery residency in Pakistan", "back home", is no US experience)
    if (ABROAD.test(sentence) || sentence.split(/[^a-z]+/).some((w) => COUNTRIES.has(w) && w !== 'us' && w !== 'usa' && w !== 'america')) return sentence;
    // (a plan or a wish is no time done: "want a residency", "will start PGY-1 in July")
    if (WISH.test(sentence) && !MONTHS_IN.test(sentence)) return sentence;
    return sentence.replace(LENGTH, (_m, n: string) => `${n} months handson usce`);
  }).join('');
}
