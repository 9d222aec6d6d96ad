// Totals said beside their parts, and counts said two ways, rewritten so the readers add nothing twice:
// "4 months hands-on + 1 month obs, so 5 total" is 5 months (the parts keep their kind and place words),
// "6 wks + 2 wks, so 2 months altogether" is 2 months, "4 + 3 months" is 4 months + 3 months,
// "5 pubs if you count the 2 abstracts, otherwise 3" is 3, "4 LORs, well technically 3" is 3.
// Runs on the lowercased, digitised text, before clauses are cut.

import { COUNTRIES } from './readers/visa.js';

type Family = 'time' | 'pubs' | 'posters' | 'letters' | 'interviews';

const HOME_WORDS = /\b(back home|home country|from home|my country|native country|abroad|overseas|non ?us|not us|not from the us|outside the us|home institution|home school|from my (?:med |medical )?school)\b/;
const FROM_ABROAD = new RegExp(`\\b(?:from|in|at) (?:[a-z]+ ){0,3}?(?:${[...COUNTRIES].filter((c) => c !== 'other' && c !== 'another').join('|')})\\b`);
/** True when letters are said to come from home or another country: a letters total there counts more than the US letters. */
export const lettersFromHome = (sentence: string): boolean => HOME_WORDS.test(sentence) || FROM_ABROAD.test(sentence);
const UNIT_WORDS = 'months?|mos?|mths?|weeks?|wks?|years?|yrs?|pubs?|publications?|papers?|articles?|case reports?|manuscripts?|posters?|abstracts?|presentations?|letters?|lors?|recs?|loes?|interviews?|invites?';
const FAMILY_OF: [Family, RegExp][] = [
  ['time', /^(months?|mos?|mths?|weeks?|wks?|years?|yrs?)$/], ['pubs', /^(pubs?|publications?|papers?|articles?|case reports?|manuscripts?)$/],
  ['posters', /^(posters?|abstracts?|presentations?)$/], ['letters', /^(letters?|lors?|recs?|loes?)$/], ['interviews', /^(interviews?|invites?)$/],
];
const familyOf = (unit: string | undefined): Family | undefined => (unit ? FAMILY_OF.find(([, re]) => re.test(unit))?.[0] : undefined);

// a count, then up to two words (kind, "of"), then its unit: "4 months", "2 clinical letters", "3 real papers"
const COUNT = new RegExp(`(?<![\\d.])(\\d+(?:\\.\\d+)?)(?![\\d]|\\.\\d|[a-z])(?:\\s+(?:[a-z'-]+\\s+){0,2}?(${UNIT_WORDS})\\b)?`, 'g');
const UNIT_AFTER = new RegExp(`^\\s+(?:[a-z'-]+\\s+){0,2}?(${UNIT_WORDS})\\b`);
// a number marked as the total, after it ("5 total", "2 months altogether") or before it ("so 24 months", "total of 3")
const TOTAL_AFTER = /^\s*(?:[a-z-]+\s+){0,2}?(?:total|in total|altogether|all together|in all|overall|combined|all up)\b/;
const TOTAL_BEFORE = /(?:\b(?:so|total(?: of)?|in total|altogether|overall|combined|which makes|that makes|makes|making|that's|thats|i\.e\.?|ie|for a total of)|=)\s*(?:about |around |roughly )?$/;
// a bare count that is plainly a part: "2 of them", "1 of which", "plus one from my PI"
const PART_OF = /^\s+(?:of (?:them|those|these|which)\b|(?:more |other |extra )?(?:from|by)\b)/;

// ... but "3 of them from the US" among letters is the subset that counts, read by the letters reader
const SUBSET = /^\s+of (?:them|those|these|which)\b/;

interface Count { at: number; end: number; n: number; family?: Family; bare: boolean }

function countsIn(sentence: string): Count[] {
  const out: Count[] = [];
  for (const m of sentence.matchAll(COUNT)) {
    const n = Number(m[1]);
    if (n >= 1900) continue;
    const family = familyOf(m[2]);
    out.push({ at: m.index!, end: m.index! + m[1]!.length, n, ...(family ? { family } : {}), bare: family === undefined });
  }
  return out;
}

/** The sentence with either the total's number or its parts' numbers dropped, so nothing is counted twice. */
function oneSentence(sentence: string): string {
  if (!/\d\D+\d/.test(sentence)) return sentence;
  const counts = countsIn(sentence);
  if (counts.length < 2) return sentence;
  // marked after it ("5 total", "3 months total usce: 2 of them ..."), or before it when no count of its kind follows
  // ("so 24 months", but not "4 months, that's 2 hands-on and 2 obs", nor a part after "so": "one of my 3 letters is from Kaiser, so 1 from california")
  const familyAt = (i: number) => counts[i]!.family ?? counts.slice(0, i).reverse().find((c) => c.family)?.family;
  const index = counts.findIndex((c, i) => TOTAL_AFTER.test(sentence.slice(c.end))
    || (i > 0 && TOTAL_BEFORE.test(sentence.slice(0, c.at)) && !counts.slice(i + 1).some((d) => d.family === familyAt(i)) && !(c.bare && PART_OF.test(sentence.slice(c.end)))));
  if (index < 0) return sentence;
  const total = counts[index]!;
  const family = familyAt(index);
  if (!family) return sentence;
  // "5 letters in all: 2 from the US and 3 from home": the parts by where they come from are what the letters reader counts
  if (family === 'letters' && lettersFromHome(sentence)) return sentence;
  // "2 pubs and 3 posters, so 5 total": a bare total over counts of several kinds is no one kind's total
  if (total.bare && new Set(counts.filter((c, i) => i !== index && c.family).map((c) => c.family)).size > 1) return sentence;
  const parts = counts.filter((c, i) => i !== index && (c.family === family || (c.bare && PART_OF.test(sentence.slice(c.end)) && !(family === 'letters' && SUBSET.test(sentence.slice(c.end))))));
  if (!parts.length) return sentence;
  const drop = (cs: Count[], text = sentence) => cs.sort((a, b) => b.at - a.at).reduce((s, c) => `${s.slice(0, c.at)}${s.slice(c.end)}`, text);
  // the total stands alone (the parts keep their kind and place words), with the unit of its parts if it had none ("6 wks + 2 wks, so 2 months")
  const unit = total.bare ? ` ${UNIT_AFTER.exec(sentence.slice(parts[0]!.end))?.[1] ?? ''}` : '';
  const withUnit = `${sentence.slice(0, total.end)}${unit}${sentence.slice(total.end)}`;
  return drop(parts.map((c) => (c.at > total.at ? { ...c, at: c.at + unit.length, end: c.end + unit.length } : c)), withUnit);
}


// "4 + 3 months", "2 plus 1 letters": the unit said once belongs to both numbers ("between 2 and 3 months" is a range)
const SHARED_UNIT = new RegExp(`(?<!\\b(?:between|from) )\\b(\\d+(?:\\.\\d+)?) ?(\\+|plus|and) ?(\\d+(?:\\.\\d+)?) (${UNIT_WORDS})\\b`, 'g');
// "5 pubs if you count the 2 abstracts, otherwise 3 real papers": the count without the extras
const IF_COUNTED = new RegExp(`\\b\\d+ ((?:[a-z]+ ){0,2}?(?:${UNIT_WORDS}))\\b[^.;]*?\\b(?:if (?:you |i |we )?(?:count|include|add)|counting|including)\\b[^.;]*?\\b(?:otherwise|without (?:them|those|these|it)|excluding (?:them|those|these|it)|not counting (?:them|those|these|it))\\b,?\\s*(?:only |just )?(\\d+)\\b`, 'g');
// "4 LORs, well technically 3 since one isn't uploaded": the second count, said as the true one, stands
// "a dozen pubs if you count abstracts, but 8 real papers", "7 papers counting the abstracts, but only 4": the narrower count
const IF_COUNTED_BUT = new RegExp(`\\b\\d+ ((?:[a-z]+ ){0,2}?(?:${UNIT_WORDS}))\\b[^.;]*?\\b(?:if (?:you |i |we )?(?:count|include|add)|counting|including)\\b[^.;]*?\\b(?:but|though|tho|whereas)\\s+(?:(?:honestly|really|realistically|technically|actually|strictly)\\s+)?(?:(?:only|just)\\s+)?(\\d+)\\b(?!\\s*%|\\s+(?:are|is|were|was|of)\\b)(?:\\s+(?:real|actual|proper|true|peer reviewed|full|legit|published|original|indexed|pubmed))?(?:\\s+(?:[a-z]+\\s+)?(${UNIT_WORDS})\\b)?`, 'g');
// (the narrower count is of the same kind as the wider one, or of no kind said: "but 2 posters too" is another count)
function narrower(whole: string, unit: string, n: string, after?: string): string {
  const wide = familyOf(unit.split(' ').at(-1));
  return after === undefined || familyOf(after) === wide ? `${n} ${unit}` : whole;
}
const REALLY = new RegExp(`\\b\\d+ ((?:[a-z]+ ){0,2}?(?:${UNIT_WORDS}))\\b,? (?:well |but |ok |okay |or |so )?(?:technically|really|actually|officially|effectively|in reality|strictly speaking|realistically)(?: only| just)? (\\d+)\\b(?! ?(?:%|years?\\b))`, 'g');

// "four letters, 3 clinical + 1 research": parts named only by their kind after a count of letters are letters too
const KIND_PART = /(?<![\d.])(\d{1,2}) (clinical|research|academic|im|fm|peds|psych|surgery|em|obgyn|neuro|cardiology|cardio|us|home|non clinical|nonclinical|specialty|from)\b(?! (?:letters?|lors?|recs?)\b)/g;
// "correct the letters - it's 2 clinical + 1 research, so 3": parts named only by their kind, each ending its item
const KIND_ITEM = /(?<![\d.])(\d{1,2}) (clinical|research|academic|im|fm|peds|psych|surgery|em|obgyn|neuro|cardiology|cardio|us|home|non clinical|nonclinical|specialty)(?=\s*(?:[,;+.]|and\b|plus\b|$))/g;
function lettersByKind(sentence: string): string {
  const first = /\b(\d{1,2}) (?:[a-z]+ ){0,2}?(?:letters?|lors?|recs?)\b/.exec(sentence);
  if (!first) {
    // letters named with no count before their parts: the parts are letters when two or more follow, each a count and a kind
    const named = /\b(?:letters?|lors?|recs?)\b/.exec(sentence);
    if (!named) return sentence;
    const after = sentence.slice(named.index + named[0].length);
    if ([...after.matchAll(KIND_ITEM)].length < 2) return sentence;
    return sentence.slice(0, named.index + named[0].length) + after.replace(KIND_ITEM, (_m, n: string, kind: string) => `${n} ${kind} ${n === '1' ? 'letter' : 'letters'}`);
  }
  const after = sentence.slice(first.index + first[0].length);
  const parts = [...after.matchAll(KIND_PART)];
  if (parts.length < 2 || parts.some((m) => m[2] === 'from') || parts.reduce((a, m) => a + Number(m[1]), 0) !== Number(first[1])) return sentence;
  return sentence.slice(0, first.index + first[0].length) + after.replace(KIND_PART, (_m, n: string, kind: string) => `${n} ${kind} ${n === '1' ? 'letter' : 'letters'}`);
}

/** Rewrites totals beside parts, a unit shared by a sum, and counts said two ways (see the file's opening). */
export function totalsBesideParts(text: string): string {
  if (!/\d\D+\d/.test(text)) return text;
  let t = text;
  if (/\b(letters?|lors?|recs?)\b/.test(t)) t = t.split(/(?<=[.!?])\s+/).map(lettersByKind).join(' ');
  // ("2 + 2 posters" answers "publications and posters?" in the order asked, as "2 and 2 posters" does: the posters' unit is not shared)
  if (/\d ?(\+|plus|and) ?\d/.test(t)) t = t.replace(SHARED_UNIT, (whole, a: string, op: string, b: string, unit: string) => ((op === 'and' && !/^(months?|weeks?|wks?)$/.test(unit)) || /^(posters?|abstracts?|presentations?)$/.test(unit) ? whole : `${a} ${unit} ${op} ${b} ${unit}`));
  if (/\b(count|counting|include|including)\b/.test(t)) t = t.replace(IF_COUNTED, (_m, unit: string, n: string) => `${n} ${unit}`).replace(IF_COUNTED_BUT, narrower);
  if (/\b(technically|really|actually|officially|effectively|in reality|strictly|realistically)\b/.test(t)) t = t.replace(REALLY, (_m, unit: string, n: string) => `${n} ${unit}`);
  if (!/\b(total|altogether|all together|in all|overall|combined|all up|so|makes|making|that's|thats|ie|i\.e)\b|=/.test(t)) return t;
  return t.split(/(?<=[.!?])\s+/).map(oneSentence).join(' ').replace(/\s{2,}/g, ' ');
}
