// A school named with a year ("UNILAG 2013", "Ain Shams 2020", "Bogomolets 2016") is a graduation told without the word.
import { mentions } from './fields.js';
import { tokenise } from './tokens.js';
import { regionsInTokens } from './readers/places.js';
import { COUNTRIES } from './readers/visa.js';

// A stretch of the message between separators: a school and its year stand alone in it ("PhD (UCSD) + MD Peking 2012")
const PIECES = /[,;.()\n!?]|:\s|\s-+\s|\s\|\s|\s\+\s/;
// "UNILAG 2013", "from Ain Shams 2020", "studied at Kasturba Medical College 2015"; lowercase only with a school word
const NAMED = /^(?:(?:from|at|studied at|went to|i studied at|i went to|i'm from|im from)\s+)?((?:[\p{L}][\p{L}'.&-]*)(?:\s+[\p{L}][\p{L}'.&-]*){0,4})\s+((?:19|20)\d\d)$/u;
// a word and the year right after it, in the text read (a comma or a bracket between them: "Cairo University, 2019")
const WORD_YEAR = /(?<![\p{L}'.&-])([\p{L}'.&-]+),? \(?((?:19|20)\d\d)\b/gu;
// a line of a pasted profile, the school then its year after a comma or in brackets, nothing after the year on its line
// or in its sentence ("Hassan II Casablanca, 2020. CK 231")
// ("Cairo University, 2019", "Dow Medical College (2017)"): the school and its year are one stretch
const YEAR_ENDS_LINE = /(\p{L})\s*[,(]\s*((?:19|20)\d\d)\)?(?=[^\S\n]*(?:\n|$)|[.!](?:\s|$))/gu;
const SCHOOL_WORD = /\b(university|univ|uni|college|school|faculty|institute|academy|medical|med|collage)\b/i;
// Words that make a name-and-year something else: months, seasons, cycles, exams, statuses, events, jobs, places of work.
const NOT_A_SCHOOL = new Set(('jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december '
  + 'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre janeiro fevereiro março maio junho julho setembro outubro novembro dezembro '
  + 'spring summer fall autumn winter since until till by in on before after around about approx last next this the year yr class batch '
  + 'dv lottery eras match nrmp soap cycle season step usmle ck cs oet ecfmg nbme uworld comlex plab mccqe amc '
  + 'ead tps daca gc greencard green card visa h1b h1 j1 f1 f2 o1 h4 opt asylum citizen citizenship passport status permit expires expiry '
  + 'covid pandemic married wedding baby born moved came arrived immigrated job work worked working hospital clinic center centre '
  + 'residency resident prelim pgy intern internship fellowship observership externship rotation elective research usce lor lors letters '
  + 'failed passed took taken scored attempt attempts exam test score i my we our he she they his her wife husband mom dad '
  // ("Retook 2021, 209", "Sat it again 2020": a sentence opening on an exam act is an attempt's year)
  + 'retook retake retaken resat resit reattempt reattempted again sat gave wrote cleared got then later '
  // ("Step 1: Pass (2023)": an outcome after a label's colon is no school)
  + 'pass fail yes no none not pending done booked scheduled planned').split(' '));

/** The text with "grad" put between a school name and its year where they stand alone between separators, so the
 *  year is read as the graduation year; names of months, exams, statuses, events and places are never schools. */
export function schoolYears(text: string, cased: string): string {
  if (!/\b(?:19|20)\d\d\b/.test(cased)) return text;
  let out = text;
  for (const piece of cased.replace(YEAR_ENDS_LINE, '$1 $2').split(PIECES)) {
    // (a bullet opening a pasted line is no part of the name: "- Cairo University, 2019")
    const m = NAMED.exec(piece.trim().replace(/^[-*\u2022\u00b7>]+\s*/u, '').replace(/\s+/g, ' '));
    if (!m) continue;
    const name = m[1]!;
    const words = name.toLowerCase().split(' ');
    const capitalised = name.split(' ').every((w) => /^\p{Lu}/u.test(w) || /^(of|de|del|la|y|and|&|di|da)$/.test(w));
    if (!capitalised && !SCHOOL_WORD.test(name)) continue;
    if (words.some((w) => NOT_A_SCHOOL.has(w) || COUNTRIES.has(w)) || regionsInTokens(words).length > 0 || mentions(tokenise(name.toLowerCase()), true).length > 0) continue;
    // (the name's last word is enough where the text was put in English: "Universidad de Guadalajara" -> "university of ...")
    let done = false;
    out = out.replace(WORD_YEAR, (whole, w: string, y: string) => (!done && w === words.at(-1) && y === m[2] ? ((done = true), `${w} grad ${y}`) : whole));
  }
  return out;
}
