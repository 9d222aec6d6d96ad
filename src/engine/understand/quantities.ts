// Quantities as people write them, rewritten into the plain forms the readers take: durations and fractions,
// digits mixed with number words, ranges (asked about, never a guess in the applicant's favour),
// and totals followed by their parts (the parts are not added again).
import { countsWritten } from './quantities-ellipsis.js';
import { SHORT_YEAR, fullYear } from './short-years.js';

const TENS = { twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const ONES = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const MONTH_RANGE = new RegExp(`\\b(?:from )?${MONTH}\\.?,?(?: ((?:19|20)?\\d\\d))?(?: ?(?:-|\u2013|;|to|till|until|through|thru) ?| )${MONTH}\\.?,? ((?:19|20)?\\d\\d)\\b(?! ?(?:st|nd|rd|th)\\b)`, 'g');
/** The months from one month to another, both counted; two-digit numbers read as years only when no day reading fits. */
// a range of months is a length of experience only in a message about experience ("from january till june 2020 I worked as a GP" stays)
const EXPERIENCE_WORDS = /\b(obs|observerships?|externships?|electives?|rotations?|clerkships?|residency|resident|prelim|preliminary|intern|internship|pgy ?\d|hands ?-?on|handson|usce|clinical experience|sub ?-?i)\b/;
function monthRange(whole: string, m: string[]): string {
  if (!EXPERIENCE_WORDS.test(String(m[m.length - 1]))) return whole;
  const m1 = MONTH_NAMES.indexOf(m[0]!.slice(0, 3));
  const m2 = MONTH_NAMES.indexOf(m[2]!.slice(0, 3));
  let y1 = m[1];
  let y2 = m[3]!;
  if (y2.length === 2) {
    // "March 3 to March 20" are days; "July 23 to June 24" cannot be days of one year running on, so they are years
    if (y1 === undefined || y1.length !== 2) return whole;
    const a = Number(y1);
    const b = Number(y2);
    if (!(a >= 15 && a <= 40 && b === a + 1 && m2 < m1)) return /^(?:from )?/.exec(whole)![0] + 'some months';
    y1 = String(2000 + a);
    y2 = String(2000 + b);
  }
  const end = Number(y2);
  const start = y1 === undefined ? (m1 <= m2 ? end : end - 1) : Number(y1);
  const months = (end * 12 + m2) - (start * 12 + m1) + 1;
  return months >= 1 && months <= 120 ? `${months} months` : whole;
}

// "none of it in California except 2 weeks in Visalia": a place denied with an exception; the exception is a part of
// the count told, not the whole of it (the experience reader keeps its place)
const PLACE_DENIED = /^(?:none|nothing|zero|not)\b(?: of (?:it|them|those|that|my [a-z]+))?(?: (?:was|were|is|are))? (?:in|at)\b/;

const SHARE_COUNT: Record<string, number> = { a: 1, one: 1, 1: 1, two: 2, 2: 2, three: 3, 3: 3 };
function fractionOf(n: string | undefined, part: string, unit: string): string {
  const share = (SHARE_COUNT[n ?? 'a'] ?? 1) / (part.startsWith('q') ? 4 : 3);
  const months = unit === 'month' ? share : share * 12;
  return unit === 'month' ? `${Math.round(months * 4 * 10) / 10} weeks` : `${Math.round(months * 10) / 10} months`;
}

// Each row: the pattern, its replacement, and text every match contains (a row whose cue is absent is skipped).
const REWRITES: [RegExp, string | ((...m: string[]) => string), string][] = [
  // "three and a half months", "two and a half years": the whole number as digits first, so the rows below read it
  [new RegExp(`\\b(${Object.keys(ONES).join('|')}|ten|eleven|twelve) and (a )?half\\b`, 'g'), (_m, w: string) => `${ONES[w as keyof typeof ONES] ?? { ten: 10, eleven: 11, twelve: 12 }[w]} and a half`, 'half'],
  // "half a dozen pubs", "a dozen and a half posters": the count itself (before "a dozen" alone becomes 12)
  [/\b(?:a )?half (?:a |of a )?dozen\b/g, '6', 'dozen'],
  // "a letter to the editor" is a publication, never a letter of recommendation
  [/\bletters? to (?:the |an? )?editors?\b/g, 'editorial', 'editor'],
  // "a trio of US letters", "a pair of posters": the count itself
  [/\ba trio of\b/g, '3', 'trio'], [/\ba pair of\b/g, '2', 'pair'],
  [/\b(?:a|one) dozen and a half\b/g, '18', 'dozen'],
  // "two months and a half" (as Spanish and Portuguese say it): the whole number as digits too
  [new RegExp(`\\b(${Object.keys(ONES).join('|')}|ten|eleven|twelve) (months?|weeks?|years?) and (a )?half\\b`, 'g'), (_m, w: string, unit: string) => `${ONES[w as keyof typeof ONES] ?? { ten: 10, eleven: 11, twelve: 12 }[w]} ${unit} and a half`, 'half'],
  [/\b(\d+) and (?:a )?half (months?|weeks?)\b/g, (_m, n, unit: string) => `${n}.5 ${unit.endsWith('s') ? unit : `${unit}s`}`, 'half'],
  // "half a year", "half of a year", "half year" -> 6 months; "a year and a half" -> 18 months; "2 and a half years" -> 30 months
  [/\bhalf (?:a |an |of a )?year\b/g, '6 months', 'half'],
  // "a quarter of a year", "three quarters of a year", "two thirds of a year": that share of twelve months (before "a
  // year" alone becomes 12); a share of something else ("a quarter of my rotations", "the third quarter") stays
  [/\b(?:(a|one|1|two|2|three|3) )?(quarters?|thirds?) (?:of )?(?:an? |one |1 )(year|yr|month)\b/g, (_m, n: string | undefined, part: string, unit: string) => fractionOf(n, part, unit), 'of'],
  [/\b(?:a|one|1) year and (?:a )?half\b/g, '18 months', 'half'],
  [/\b(?:a|one|1) month and (?:a )?half\b/g, '6 weeks', 'half'],
  [/\b(?:a|1) year and (?:a )?half\b/g, '18 months', 'half'],
  [/\b(\d+) years? and (?:a )?half\b/g, (_m, n) => `${Number(n) * 12 + 6} months`, 'half'],
  [/\b(\d+) and (?:a )?half years?\b/g, (_m, n) => `${Number(n) * 12 + 6} months`, 'half'],
  [/\b1\.5 (?:years?|yrs?)\b/g, '18 months', '1.5'],
  [/\bhalf (?:a |of a )?month\b/g, '2 weeks', 'half'],
  [/\b(?:a|1) month and (?:a )?half\b/g, '6 weeks', 'half'],
  [/\b(\d+) months? and (?:a )?half\b/g, (_m, n) => `${n}.5 months`, 'half'],
  // a digit, a tens word, a digit or unit word: "2 twenty 1" -> 221, "2 thirty 8" -> 238, "2 forty" -> 240
  [new RegExp(`\\b([12]) (${Object.keys(TENS).join('|')})(?:[ -](\\d|${Object.keys(ONES).join('|')}))?\\b(?! (?:months?|weeks?|years?|letters?|pubs?|posters?|programs?|apps?|applications?)\\b)`, 'g'),
    (_m, h, t, u) => String(Number(h) * 100 + TENS[t as keyof typeof TENS] + (u === undefined ? 0 : /\d/.test(u) ? Number(u) : ONES[u as keyof typeof ONES])), 'ty'],
  // "no research except one case report", "no US letters except one from ...": the exception is the count
  [/\bno ((?:[a-z]+ ){0,2}?(?:letters?|lors?|recs?|research|pubs?|publications?|papers?|posters?|usce|experience))(?:,? (?:really|at all|tbh|honestly|as such|to speak of))?,? (?:except|other than|besides|apart from|but)(?: for)? (\d+|one|two|three|a single|a|an|single)\b/g,
    (_m, what: string, n: string) => (/\b(letters?|lors?|recs?)\b/.test(what) ? `${n} ${what}` : n), 'no '],
  // "never done any USCE except a 2 week observership": a denial with a counted exception is that exception alone
  [/\b(?:no|never|zero|none|nothing|not any|haven't|havent|have not|hasn't|didn't|didnt|did not)\b[^,.;!?]*?\b(?:except|other than|apart from|aside from|besides|save for|but for|except for)\s+(?=(?:an? |one |a single |just |only )?\d|an? (?:[a-z]+ ){0,2}?(?:months?|weeks?|years?|letters?|lors?|papers?|pubs?|publications?|posters?|case reports?|abstracts?|observerships?|externships?|rotations?|electives?)\b|one (?:month|week|year|letter|paper|pub|poster))(?:(an?) (?!\d))?/g, (m: string, article?: string) => (/\b(mind|care|like|want|prefer|matter|pick|choose)\b/.test(m) || PLACE_DENIED.test(m) ? m : article ? 'only 1 ' : 'only '), 'e'],
  // "a couple of US letters, both IM": "both" fixes the couple at two
  [/\ba couple(?: of)? ((?:[a-z]+ ){0,3}?(?:letters?|lors?|recs?|pubs?|papers?|publications?|posters?|months?|weeks?|interviews?|invites?))\b(?=[^.;!?]*\b(?:both|the two of them|the 2 of them)\b)/g, '2 $1', 'both'],
  // "both letters are research letters", "both of my US LoRs are from IM": "both" opening the letters counts two
  [/(^|[,.;:!?]\s*|\b(?:and|but|so|also) )both (?:of )?(?:my |the |these |those )?((?:us |american |research |clinical )?(?:letters|lors|recs))\b/g, '$12 $2', 'both'],
  // "✅ 1st", "2nd ✅": a check mark beside an attempt's ordinal is a pass on that attempt
  [/[\u2705\u2714\u2611]\ufe0f?\s*(?=(?:1st|2nd|3rd|4th|first|second|third|fourth)\b)|(?<=\b(?:1st|2nd|3rd|4th|first|second|third|fourth)(?: (?:try|attempt|go|time|shot))?)\s*[\u2705\u2714\u2611]\ufe0f?/gu, ' passed ', ''],
  // "not my first go, the second one": an ordinal "one" after a word for a try is that try
  [/\b(attempts?|try|tries|go|goes|shot|time|sitting)\b([^.!?]{0,40}?)\b(1st|2nd|3rd|4th|5th|first|second|third|fourth|fifth) one\b/g, '$1$2$3 attempt', ' one'],
  // "attempt numero dos", "attempt #2", "try number 3": the attempt's number
  [/\b(attempts?|try|tries|go|shot|sitting) (?:numero|número|number|num|no\.?|#) ?(\d|one|two|three|four|five|uno|dos|tres|cuatro|cinco|um|dois|três|tres)\b/g, (_m, w: string, n: string) => `${w} ${({ one: 1, uno: 1, um: 1, two: 2, dos: 2, dois: 2, three: 3, tres: 3, 'três': 3, four: 4, cuatro: 4, five: 5, cinco: 5 } as Record<string, number>)[n] ?? n}`, 'n'],
  // "another month at UCLA", "one more week": one more of the unit (a count after "another" keeps its own number)
  [/\b(?:another|an additional|an extra|one more)\s+(months?|weeks?|years?|letters?|lors?|pubs?|papers?|posters?)\b/g, (_m, unit: string) => `another 1 ${unit}`, 'o'],
  // "3 letters, none of them US": letters said not to be from the US are no US letters
  [/\b\d+ ((?:[a-z]+ )?(?:letters?|lors?|recs?))\b([^.;!?]*?)\b(?:none|neither|not one|zero) of (?:them|those|these)(?: (?:is|are|was|were))? (?:us|american|from the us|from (?:an? )?us\b|from america|in the us)\b/g, '0 us $1', 'of '],
  // "10 days of observership": days of experience as weeks (days before anything else, a result "in 10 days", stay days);
  // four weeks of days or more as months of 30 days ("45 days" is a month and a half, not 6.4 weeks read as 1.6 months)
  [/\b(\d{1,3}) ?-?days?( (?:of |long |worth of )?(?:[a-z-]+ )?(?:observerships?|externships?|rotations?|electives?|shadowing|obs|handson|hands-on|usce|clinical|clerkships?))\b/g, (_m, n: string, rest: string) => (Number(n) >= 28 ? `${Math.round((Number(n) / 30) * 10) / 10} months${rest}` : `${Math.round((Number(n) / 7) * 10) / 10} weeks${rest}`), 'day'],
  // "I got 240... on NBME 13", "scored 251. in UWSA2 lol": a score trailing off before the practice test it was on stays with that test
  [/\b([12]\d\d)(?:\s*(?:\.+|\u2026|-+|,))\s*(?:(?:lol|haha|lmao|jk|tho|though|but|only|just)\s+)?((?:on|in|from|at) (?:(?:the|my|a|an|one|last|latest|first|recent|final|practice|old) ){0,3}(?:nbme|uwsa|uw|free ?120|practice|mock|amboss|cms|self ?assessment))/g, '$1 $2', ' '],
  // "same story as CK - one shot, passed, 231": the exam compared with is not the one the facts are about
  [/\b(?:same (?:story|thing|deal|as|with)|just like|similar to)(?: as| with)? (?:my |the |for )?(?:ck|step ?[123]|step[123]|usmle)\b/g, 'same story', 'same'],
  // "3 mo. in LA (obs)": a unit's abbreviation point does not end the sentence
  [/\b(\d+(?:\.\d+)?) ?(mo|mos|mth|mths|wk|wks|yr|yrs)\.(?= (?:in|at|of|obs|observerships?|externships?|handson|hands|rotations?|electives?|usce|research|each|total|\())/g, '$1 $2', '.'],
  // "a letter to the editor" is a publication, never a letter of recommendation
  [/\bletters? to (?:the )?editors?\b/g, 'editorial paper', 'editor'],
  // a practice test's score after a colon stays with the test ("nbme 12: 228" -> "nbme 12 228")
  // (a dash or an equals sign does the same: "NBME 11 - 232, UWSA1 = 241")
  [/\b(nbme|uwsa|uwsa1|uwsa2|free ?120|cms|amboss)( ?\d{0,2})\s*(?::|=|;|-+|\u2013|\u2014)\s*(?=\d)/g, '$1$2 ', ''],
  // hedges and hopes said in Spanish, Portuguese or Hindi-Urdu inside a message read as English ("tal vez 3", "shayad 3",
  // "umeed hai 245"): the English hedge, so the rows below and the readers treat them alike
  [/\b(?:tal vez|talvez|quizas|quiza|capaz que|shayad|shaayad|shayed)\b/g, 'maybe', 'a'],
  [/\b(?:umeed|ummeed|umid|ummid)(?: (?:hai|he|h))?\b|\basha (?:hai|he)\b|\b(?:espero|esperando)(?= (?:sacar |tirar |tener |ter |como |uns |unos |cerca de )?\d)/g, 'hoping for', 'e'],
  // hedged scores are predictions, not results ("240 on a good day", "aiming for 245")
  // ("expecting my score next week" awaits a result: only "expecting" a number predicts one)
  [/\b(aiming for|targeting|hoping for|expecting(?= (?:a |an |around |about |like |maybe |probably )?(?:\d|two|high|low|mid)))\b/g, ' predicting ', 'ing'],
  [/\bon a (good|bad) day\b/g, ' predicting ', 'day'],
  // "felt like a 240", "feels like 250ish": how the exam seemed is no score ("felt like a fail" stays an impression)
  [/\b(?:felt|feels|feeling|felt it was|thought it was)(?: like)?(?: a| an)? (?=[12]\d\d\b|2 ?(?:twenty|thirty|forty|fifty|sixty))/g, ' predicting ', 'fe'],
  // "next yr", "last yr", "nxt yr": a year said short is the year the readers know
  [/\b(next|nxt|last|this|past|previous|coming|following) (yr|yrs)\b/g, (_m, w: string) => `${w === 'nxt' ? 'next' : w} year`, 'yr'],
  // a year told by a world event: "the year covid started" is 2020, "the year before covid" 2019 ("during covid" stays open)
  [/\b(?:in )?the (?:same )?year (?:covid|the pandemic|corona|lockdown)(?:-19)? (?:started|hit|began|broke out|came|happened)\b|\bthe (?:first )?covid year\b/g, 'in 2020', 'year'],
  [/\b(?:in )?the year before (?:covid|the pandemic|corona)\b/g, 'in 2019', 'year'],
  // a year said short with an apostrophe ("'20 or '21", "July '23", "class of '99"): the four-digit year, so the readers
  // see two candidate years as two years, and a month range with its years
  [SHORT_YEAR, fullYear, "'"],
  // a range of months ("July 2022 to June 2023", "Sept '23 - Nov '23", "July 23 to June 24"): its length, first and last month counted
  [MONTH_RANGE, (whole: string, ...m: string[]) => monthRange(whole, m), ' '],
  // "from 06/2023 to 08/2023": the same with months as numbers
  [/\b(?:from )?(0?[1-9]|1[0-2])\/((?:19|20)\d\d) ?(?:-|\u2013|;|to|till|until|through|thru) ?(0?[1-9]|1[0-2])\/((?:19|20)\d\d)\b/g, (whole: string, a: string, y1: string, b: string, y2: string) => {
    const months = (Number(y2) * 12 + Number(b)) - (Number(y1) * 12 + Number(a)) + 1;
    return months >= 1 && months <= 120 ? `${months} months` : whole;
  }, '/'],
  // a span of years ("2024-25", "2019 - 2021") is a period of something, never one year on its own
  [/\b((?:19|20)\d\d) ?[-–/] ?((?:19|20)?\d\d)\b/g, (_m, a: string, b: string) => `from ${a} to ${b.length === 2 ? a.slice(0, 2) + b : b}`, ''],
  // "it's been 6 yrs since i finished med school": a graduation told by the years since it
  [/\b(?:it'?s been |its been |it has been |been )?(\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:years?|yrs?) since (?:i )?(?:graduated|graduating|graduation|my graduation|finished (?:my )?(?:med school|medical school|mbbs|md|school|med)|passed out|completed (?:my )?(?:mbbs|md|med school|medical school))\b/g, (_m, n: string) => `graduated ${n === 'a' ? 'one' : n} years ago`, 'since'],
  // "in the 240s, exact 246", "around 240, 246 to be exact": beside a rough score the exact one told is the score
  [/\b(?:in the |around |about |like |roughly |~ ?)?[12]\d[0-9x]s?\b[^.;!?\d]{0,12}?\b(?:exact(?:ly)?|to be exact|precisely)[:,]? ([12]\d\d)\b|\b(?:in the |around |about |like |roughly |~ ?)[12]\d[0-9x]s?\b[^.;!?\d]{0,6}?,? ([12]\d\d) (?:to be exact|exactly|precisely)\b/g, (_m, a?: string, b?: string) => `${a ?? b}`, 'exact'],
  // "3 all IM", "2 both from FM": a bare count opening the message, then what all of them are, typed without the comma
  [/^(\d{1,2}) (?=(?:all|both)\b)/, '$1, ', 'l'],
  // "~3 months", "~ 2 months": a tilde before a count is "about", one soft word that keeps the count
  [/~\s*(?=\d)/g, 'about ', '~'],
  // "4-ish months", "10ish posters": a count given as a rough figure is not pinned down either (scores keep their own reading)
  [/\b\d{1,2}(?:\.\d)? ?-?ish\b(?: (?:of )?((?:[a-z]+ )?(?:months?|mos?|weeks?|wks?|letters?|lors?|pubs?|publications?|papers?|posters?|abstracts?)\b))?/g, (_m, unit?: string) => (unit ? `some ${unit}` : 'some'), 'ish'],
  // "less than a month", "almost 3 months", "almost a year", "not even 2 letters": a count below a bound is not the bound
  // (that would count in favour)
  [/\b(?:less than|fewer than|under|below|not even|barely|almost|nearly|just under|not quite|short of)\s+(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six)\s+((?:[a-z-]+ )?(?:months?|mos?|weeks?|wks?|years?|yrs?|letters?|lors?|pubs?|publications?|papers?|posters?))\b/g, (_m, unit: string) => `some ${unit}`, ''],
  // a range of a duration or a count is not pinned down: "2-3 months" -> "some months", which the readers ask about
  [/\b(\d+)\s*(?:-|to|or|–)\s*(\d+)\s*(months?|mos?|weeks?|wks?|years?|yrs?|letters?|lors?|pubs?|publications?|papers?|posters?)\b/g, (_m, _a, _b, unit) => `some ${unit}`, ''],
];

// A count, its unit words, then its parts in brackets, after a colon, or after a comma: "5 months usce (3 hands-on + 2 obs)".
const TOTAL_THEN_PARTS = /\b(\d+(?:\.\d+)?) ([a-z][a-z0-9' ]{0,64}?)(\s*\(([^()]*)\)|\s*:\s*([^.;!?()]*)|\s*[,;]\s*([^.;!?()]*))/g;
// What a count counts: parts that name another family than their total ("3 pubs, 2 posters and 1 more") are not its parts.
const FAMILIES: [string, RegExp][] = [
  ['time', /\b(months?|mos?|weeks?|wks?|years?|yrs?)\b/], ['pubs', /\b(pubs?|publications?|papers?|articles?|case reports?|manuscripts?)\b/],
  ['posters', /\b(posters?|abstracts?|presentations?)\b/], ['apps', /\b(programs?|apps?|applications?)\b/], ['interviews', /\b(interviews?|invites?)\b/],
];
const familiesOf = (words: string) => FAMILIES.filter(([, re]) => re.test(words)).map(([name]) => name);
const NUMBER = /\b(\d+(?:\.\d+)?)\b(?! ?(?:st|nd|rd|th)\b)/g;

const BLOCK_THEN_LENGTH = /\b\d+ ((?:obs|observerships?|rotations?|electives?|externships?|clerkships?) (?:of|for|lasting) \d)/g;
const NOT_PARTS = /\b\d+(?:\.\d+)? (?:more|additional|extra|further|new)\b|\b(maybe|might|may|will|soon|hopefully|hoping|expected|expecting|pending|under review|in review|submitted|planned|booked|next)\b/;

/** Drops the numbers of parts that add up to the total just stated, keeping their words (kind, place). */
function partsOfTotals(text: string): string {
  return text.replace(TOTAL_THEN_PARTS, (whole, total: string, unit: string, tail: string, inBrackets?: string, afterColon?: string, afterComma?: string) => {
    const parts = inBrackets ?? afterColon ?? afterComma ?? '';
    // letters split by where they come from ("2 from my US obs and 2 from home") are read part by part
    if (/\b(letters?|lors?|recs?|loes?)\b/.test(unit)) return whole;
    const own = familiesOf(unit);
    if (familiesOf(parts).some((f) => !own.includes(f))) return whole;
    // (after a comma, only a count of something counted is a total: "2 confirmed, 1 waitlisted, 1 pending" lists three states)
    if (afterComma !== undefined && !own.length) return whole;
    // "3 pubs, 2 more under review, maybe 1 gets accepted": counts added on, or only hoped for, are no parts of the total
    if (NOT_PARTS.test(parts)) return whole;
    // ("1 obs of 1 month": a count of blocks whose length follows is one part, told by its length)
    const numbers = [...parts.replace(BLOCK_THEN_LENGTH, '$1').matchAll(NUMBER)].map((m) => Number(m[1])).filter((n) => n < 1900);
    const sum = numbers.reduce((a, b) => a + b, 0);
    if (numbers.length < 2 || Math.abs(sum - Number(total)) > 1e-9) return whole;
    return `${total} ${unit}${tail.replace(NUMBER, (n) => (Number(n) < 1900 ? '' : n)).replace(/\s+/g, ' ')}`;
  });
}

// "my brother graduated 2019 and I graduated 2 years after him", "my twin graduated 2022; I was a year behind": a year
// told as someone else's year and a distance from it is that year moved by the distance
const RELATIVE_YEAR = /\b((?:19|20)\d\d)\b([^.!?]*?\b(?:i|i'm|im|i was|me)\b[^.!?;,]*?)\b(a|an|one|two|three|four|five|\d) (?:years?|yrs?) (after|later than|later|behind|before|earlier than|earlier|ahead of|ahead)\b(?: (?:him|her|them|that|his|hers|theirs|my [a-z]+))?/g;
const SMALL: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };
function relativeYear(_m: string, year: string, between: string, n: string, way: string): string {
  const by = SMALL[n] ?? Number(n);
  const moved = Number(year) + (/^(after|later|behind)/.test(way) ? by : -by);
  const graduation = /\b(graduat\w*|grad|class of|batch|passed out|finished|mbbs|md)\b/.test(between) ? '' : 'graduated ';
  return `${year}${between}${graduation}in ${moved}`;
}

// "old-format step 1, 212 real score. NBME avg was ~230": a practice test told beside another exam's real score, with
// CK named nowhere in the message, was practice for that exam; it predicts no CK score
const OTHER_EXAM_SCORED = /\b(step1|step3)\b[^.;!?]{0,30}?\b[12]\d\d\b|\b[12]\d\d\b[^.;!?]{0,12}?\b(?:on|in|for) (step1|step3)\b/;
const CK_NAMED = /\b(ck|step2|2ck|usmle ?2)\b/;
const PRACTICE_TEST = /\b(?<!step[13] )(nbmes?|uwsa ?[123]?|free ?120|cms forms?)\b/g;
function practiceOfScoredExam(text: string): string {
  if (!/\b(nbme|uwsa|free ?120|cms)/.test(text) || CK_NAMED.test(text)) return text;
  const m = OTHER_EXAM_SCORED.exec(text);
  return m ? text.replace(PRACTICE_TEST, `${m[1] ?? m[2]} $1`) : text;
}

/** Rewrites durations, fractions, mixed number words and ranges of a lowercased message (before number words become digits). */
export function quantities(text: string): string {
  text = practiceOfScoredExam(text);
  if (/\b(after|later|behind|before|earlier|ahead)\b/.test(text) && /\b(19|20)\d\d\b/.test(text)) text = text.replace(RELATIVE_YEAR, relativeYear);
  // "5 mo overall -> 3 hands-on, the other 2 obs": an arrow between a total and its parts reads as a colon
  let t = /->|=>|→|⇒/.test(text) ? text.replace(/\s*(?:-+>|=+>|→|⇒)\s*/g, ': ') : text;
  for (const [re, to, cue] of REWRITES) if (t.includes(cue)) t = t.replace(re, to as never);
  return t;
}

// "two 4-week rotations", "3 one-month electives": a count of blocks of one length is their product
// ("2 x 4 week rotations", "2x4wk rotations": the same with a times sign)
// ("two four-week FM rotations", "2 4wk IM electives": a specialty or kind word may stand before the block's name)
const BLOCKS = /\b(\d{1,2})(?: ?x ?| )(\d{1,2}(?:\.\d)?) ?-?(weeks?|wks?|wk|months?|mos?)(?: long)? ((?:[a-z]{2,12} ){0,2}?(?:rotations?|electives?|externships?|observerships?|clerkships?|obs|subis?|sub is|blocks?|stints?))\b/g;
// "2 rotations of 4 weeks", "three electives lasting a month": the same, the length after the blocks
// (not a total after it: "2 rotations of 8 weeks in all"; not one block: "1 obs of 1 month" is its length)
// "3 observerships, a month each", "observerships - 3 of them, 4 weeks each": so many blocks of one length each
const BLOCKS_EACH = /\b([2-9]) ((?:[a-z]{2,12} )?(?:rotations|electives|externships|observerships|clerkships|obs|subis|blocks|stints)|of (?:them|those|these))\s*[,;:-]?\s*(?:about |around |roughly )?(an?|1|\d{1,2}(?:\.\d)?) ?(weeks?|wks?|wk|months?|mos?) each\b/g;
const BLOCKS_OF = /\b([2-9]) ((?:[a-z]{2,12} )?(?:rotations|electives|externships|observerships|clerkships|obs|subis|sub is|blocks|stints)) (?:of|lasting|for) (\d{1,2}(?:\.\d)?) ?(weeks?|wks?|wk|months?|mos?)\b(?! (?:total|in total|altogether|overall|combined|in all|between|together)\b)/g;
// "1 month x 4 rotations", "4 weeks x 3 (all obs)": a length times a count of blocks, the count after the sign
const LENGTH_TIMES = /\b(\d{1,2}(?:\.\d)?) ?-?(weeks?|wks?|wk|months?|mos?) ?(?:x|\u00d7|times) ?([2-9])\b(?! ?(?:weeks?|wks?|wk|months?|mos?|years?|yrs?)\b)((?: [a-z]{2,12})?(?: rotations?| electives?| externships?| observerships?| clerkships?| obs| blocks?| stints?))?/g;
// "3 months observership, 2 of those hands-on", "5 months of which 2 were obs": a part of a time already counted adds nothing
const TIME_SUBSET = /\b(\d+(?:\.\d+)?) ((?:[a-z-]+ )?(?:months?|mos?|weeks?|wks?)\b[^.;!?]*?)(?:\b(\d+(?:\.\d+)?) (?:(?:months?|mos?|weeks?|wks?) )?(of (?:them|those|these|which|it|that))\b|\b(of which) (\d+(?:\.\d+)?)\b)/g;

const EXACTLY = /\b(exactly|precisely|to be exact|to be precise|exact)\b/;
const ROUNDED = /\b(about|around|roughly|approximately|approx|almost|nearly|like|say|call it)\s*["']?\s*\d+(?:\.\d+)?\s*["']?/g;

// "0.5 months (2 wk obs)", "2 months (8 weeks) in LA": a length said again in brackets in another unit is one length
const SAID_AGAIN = /\b(\d+(?:\.\d+)?) ?(months?|mos?|mo|weeks?|wks?|wk|years?|yrs?)\b([a-z ,-]{0,25}?)\s*\(\s*(?:~|about |approx |around |roughly |ie |i\.e\.? |so |=)?\s*(\d+(?:\.\d+)?) ?(months?|mos?|mo|weeks?|wks?|wk|years?|yrs?)\b/g;
const IN_MONTHS = (n: string, unit: string) => Number(n) * (/^w/.test(unit) ? 0.25 : /^y/.test(unit) ? 12 : 1);
function saidAgain(whole: string, a: string, ua: string, between: string, b: string, ub: string): string {
  const x = IN_MONTHS(a, ua);
  const y = IN_MONTHS(b, ub);
  // (the same unit twice is two lengths: "2 months (1 month in LA)" is a part; weeks as 4 or 4.3 a month both agree)
  if (ua.charAt(0) === ub.charAt(0) || Math.abs(x - y) > Math.max(0.26, 0.1 * x)) return whole;
  return `${a} ${ua}${between} (`;
}

/** Drops the numbers of parts that add up to a total just stated ("5 months (3 hands-on + 2 obs)"), after digitising. */
export function totalsOverParts(told: string): string {
  const text = countsWritten(told);
  if (!/\d\D+\d/.test(text)) return text;
  // "2.5 months exactly (the 'about 3' on my CV is rounded)": beside a count said to be exact, a rounded one is no second count
  const exact = EXACTLY.test(text) ? text.replace(ROUNDED, '$1') : text;
  const subsets = /\bof (them|those|these|which|it|that)\b/.test(exact) ? exact.replace(TIME_SUBSET, (whole, total: string, middle: string, part?: string, of1?: string, of2?: string, part2?: string) => (Number(part ?? part2) > 0 && Number(part ?? part2) <= Number(total) ? `${total} ${middle}${of1 ?? of2}` : whole)) : exact;
  const once = subsets.includes('(') ? subsets.replace(SAID_AGAIN, saidAgain) : subsets;
  const eachSaid = / each\b/.test(once) ? once.replace(BLOCKS_EACH, (_m, count: string, what: string, each: string, unit: string) => `${Number(count) * (/^an?$/.test(each) ? 1 : Number(each))} ${/^w/.test(unit) ? 'weeks' : 'months'}${what.startsWith('of ') ? '' : ` ${what}`}`) : once;
  const t = eachSaid.replace(BLOCKS_OF, (_m, count: string, what: string, each: string, unit: string) => `${Number(count) * Number(each)} ${/^w/.test(unit) ? 'weeks' : 'months'} ${what}`).replace(BLOCKS, (_m, count: string, each: string, unit: string, what: string) => `${Number(count) * Number(each)} ${/^w/.test(unit) ? 'weeks' : 'months'} ${what}`);
  const timed = /(?: x ?|\u00d7| times )[2-9]/.test(t) ? t.replace(LENGTH_TIMES, (_m, each: string, unit: string, count: string, what?: string) => `${Number(count) * Number(each)} ${/^w/.test(unit) ? 'weeks' : 'months'}${what ?? ''}`) : t;
  return partsOfTotals(timed.includes('(') ? timed.replace(SUM_THEN_BRACKET, sumSaidAgain) : timed);
}

// "pubs: 2 + 1 + 1 (two case reports, one review, one letter)": a sum told again item by item in brackets is one count
const SUM_THEN_BRACKET = /\b(\d{1,2}(?:\s*(?:\+|plus)\s*\d{1,2})+)(\s*[a-z ]{0,20}?)\s*\(([^()]*)\)/g;
const SMALL_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
const ITEM_COUNT = /(?:^|[,;+]|\band\b)\s*(\d{1,2}|one|two|three|four|five|six|an?)\b/g;
function sumSaidAgain(whole: string, sum: string, between: string, inside: string): string {
  const total = (sum.match(/\d+/g) ?? []).reduce((a, n) => a + Number(n), 0);
  const items = [...inside.matchAll(ITEM_COUNT)].map((m) => SMALL_WORDS[m[1]!] ?? Number(m[1]));
  if (items.length < 2 || items.reduce((a, n) => a + n, 0) !== total) return whole;
  return `${sum}${between} (${inside.replace(ITEM_COUNT, (m, n: string) => m.slice(0, m.length - n.length))})`;
}
