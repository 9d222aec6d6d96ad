// A total the applicant states beside its parts wins over whatever the readers summed, for every counted field:
// "total 7 months: 3 obs, rest hands on" is 7 months, "4 letters total, 3 from IM and 1 from my PI" is 4 letters,
// "1 from cards, 1 from GIM, 1 from my PI - so 3" is 3, "pubs: 2 + 1 + 1" is 4. When the parts told add up to more
// than the total, the count is asked about (one specific question) instead of guessed. Runs after the readers,
// on the message as the readers saw it (lowercased, digitised), never creating a value, only settling one read.
import type { ProfileField } from '../../domain/profile.js';
import type { Reading } from './reading.js';
import { lettersFromHome } from './totals.js';

type Family = 'time' | 'letters' | 'pubs' | 'posters' | 'interviews';

const UNITS: Record<Family, string> = {
  time: 'months?|mos?|mths?|weeks?|wks?|wk',
  letters: 'letters?|lors?|recs?|loes?|recommendation letters?',
  pubs: 'pubs?|publications?|papers?|articles?|case reports?|manuscripts?',
  posters: 'posters?|abstracts?',
  interviews: 'interviews?|invites?|iis?|interview invites?',
};
const FAMILIES = Object.keys(UNITS) as Family[];
const UNIT_RE = Object.fromEntries(FAMILIES.map((f) => [f, new RegExp(`^(?:${UNITS[f]})$`)])) as Record<Family, RegExp>;
const ANY_UNIT = new RegExp(`\\b(${FAMILIES.map((f) => UNITS[f]).join('|')}|years?|yrs?)\\b`);
// where each family's count lives in the profile
const TARGET: Record<Family, { field: ProfileField; key: string; noun: string }> = {
  time: { field: 'usce', key: 'months', noun: 'months of US clinical experience' },
  letters: { field: 'usLors', key: 'count', noun: 'US letters' },
  pubs: { field: 'research', key: 'publications', noun: 'publications' },
  posters: { field: 'research', key: 'posters', noun: 'posters' },
  interviews: { field: 'cycle', key: 'interviews', noun: 'interview invitations' },
};

const N = '(\\d{1,3}(?:\\.\\d+)?)(?![\\d.]|\\.\\d)';
// a count after a word that marks it as the sum ("total 7 months", "so 3", "that's 4 letters", "= 4")
const MARK_BEFORE = new RegExp(`(?:\\b(?:total(?: of)?|in total|altogether|all together|overall|combined|for a total of)|=)\\s*:?\\s*(?:about |around |roughly |like )?${N}`, 'g');
// ... or after a word that only concludes: a sum of parts told before it ("1 from FM, 1 from IM, so 2"), never an opening
const CONCLUDES = new RegExp(`\\b(?:so(?: like| about| around| roughly| basically| thats| that's)?|that's|thats|that is|which makes|that makes|makes|making)\\s*:?\\s*(?:about |around |roughly |like )?${N}`, 'g');
// a count followed by a word that marks it ("4 letters total", "7 months altogether")
const MARK_AFTER = new RegExp(`(?<![\\d.])${N}\\s+(?:[a-z'-]+\\s+){0,3}?(?:in total|total|altogether|all together|in all|overall|combined)\\b`, 'g');
// a count with its unit opening a list of parts after a colon ("3 letters: 2 clinical and 1 research")
const LIST_AFTER = new RegExp(`(?<![\\d.])${N}\\s+(?:[a-z'-]+\\s+){0,2}?(${FAMILIES.map((f) => UNITS[f]).join('|')})\\s*:\\s*(?=[^.;!?]*\\d)`, 'g');
// numbers that are no counts of anything here: exam names, practice tests, ordinals, years, scores
const NOT_A_COUNT = /^(step|steps|nbme|uwsa|uwsa1|uwsa2|pgy|ck|cs|level|form|#|no|number|top|page)$/;

// (a subset that is what the field counts: "3 of them from the US", "only 2 are US", "just 1 is clinical")
const SUBSET = /\b\d+(?:\.\d+)? (?:[a-z]+ )?of (?:them|those|these|which|it)\b|\bof (?:them|those|these|which) \d|\b(?:only|just) \d|\b\d+ (?:are|is|were|was) (?:from (?:the )?)?(?:us|usa|american|in the us)\b/;
const SENTENCE = /(?<=[?!])\s*|\n+|(?<=[a-z0-9)])\.(?:\s+|$)/;

interface Count { at: number; end: number; value: number; family?: Family; years: boolean }

function countsIn(sentence: string): Count[] {
  const out: Count[] = [];
  for (const m of sentence.matchAll(/(?<![\d.])(\d{1,4}(?:\.\d+)?)(?![\d]|\.\d)/g)) {
    const value = Number(m[1]);
    const before = /([a-z#]+)\s*$/.exec(sentence.slice(0, m.index))?.[1] ?? '';
    const after = sentence.slice(m.index! + m[0].length);
    if (value >= 100 || NOT_A_COUNT.test(before) || /^(?:st|nd|rd|th)\b|^\s*%/.test(after)) continue;
    const unit = /^\s+(?:[a-z'-]+\s+){0,2}?([a-z]+(?: [a-z]+)?)\b/.exec(after);
    const words = unit ? after.trim().split(/\s+/).slice(0, 4).map((w) => w.replace(/[^a-z]/g, '')) : [];
    const family = FAMILIES.find((f) => words.slice(0, 3).some((w) => UNIT_RE[f].test(w)));
    const years = !family && words.slice(0, 2).some((w) => /^(years?|yrs?)$/.test(w));
    out.push({ at: m.index!, end: m.index! + m[1]!.length, value, ...(family ? { family } : {}), years });
  }
  return out;
}

const inMonths = (c: Count, sentence: string): number => (/^\s+(?:[a-z'-]+\s+){0,2}?(weeks?|wks?|wk)\b/.test(sentence.slice(c.end)) ? c.value / 4 : c.value);

/** The total stated for a family in one sentence, with the sum of the parts told beside it. */
interface Stated { family: Family; total: number; parts: number; concludes?: boolean; corrects?: boolean }
// a conclusion that takes back what was said before it ("7 total - 5 out, 2 under review... ok so 5 published really")
const CORRECTING_BEFORE = /\b(?:ok|okay|hmm|wait|actually|i mean|no|sorry)\W*\s*(?:so\s+)?(?:it's\s+|its\s+|it is\s+)?$/;
const CORRECTING_AFTER = /^\s*(?:[a-z'-]+\s+){0,2}?(?:really|actually|in fact|then|to be exact|to be precise)\b/;

// the one family a text names, if it names only one
function namedOnly(text: string): Family | undefined {
  const named = FAMILIES.filter((f) => new RegExp(`\\b(?:${UNITS[f]})\\b`).test(text));
  return named.length === 1 ? named[0] : undefined;
}

function statedIn(sentence: string, earlier = ''): Stated[] {
  const counts = countsIn(sentence);
  if (counts.length < 2 && !/\b(total|altogether|overall)\b/.test(sentence) && !(counts.length && /\d/.test(earlier))) return [];
  const named = FAMILIES.filter((f) => new RegExp(`\\b(?:${UNITS[f]})\\b`).test(sentence));
  const out: Stated[] = [];
  const marked: { at: number; list: boolean; concludes?: boolean }[] = [];
  // ("usce = 2 mo externship + 6 wks obs": an equals sign after a label, no count before it, names the field; it sums nothing)
  for (const m of sentence.matchAll(MARK_BEFORE)) if (!m[0].startsWith('=') || /\d/.test(sentence.slice(0, m.index))) marked.push({ at: m.index! + m[0].length - m[1]!.length, list: false });
  for (const m of sentence.matchAll(CONCLUDES)) marked.push({ at: m.index! + m[0].length - m[1]!.length, list: false, concludes: true });
  for (const m of sentence.matchAll(MARK_AFTER)) marked.push({ at: m.index!, list: false });
  for (const m of sentence.matchAll(LIST_AFTER)) marked.push({ at: m.index!, list: true });
  for (const { at, list, concludes: concl0 } of marked) {
    const t = counts.find((c) => c.at === at);
    // ("so 1 obs + 1 hands on": a sum still being told is no total; "4 letters, 3 of them US": the subset is what counts)
    if (!t || t.years || /^\s*(?:[a-z'-]+\s+){0,3}?(?:\+|plus|and|&)\s*\d/.test(sentence.slice(t.end)) || SUBSET.test(sentence)) continue;
    // ("one of my 3 letters is from Kaiser, so 1 from california": a count after "so" that says where some are from is a part)
    if (concl0 && !t.family && /^\s+(?:from|by|of (?:them|those|these))\b/.test(sentence.slice(t.end))) continue;
    // a bare total ("so 3") counts what its sentence counts, when it names one kind of thing only
    // ("1 from IM, 1 from FM, 1 from psych. 3 in all.": a bare total alone in its sentence concludes the one before)
    const concludes = concl0 || (!list && counts.length === 1 && !t.family && named.length === 0 && /\d/.test(earlier));
    const corrects0 = concludes && CORRECTING_BEFORE.test(sentence.slice(0, t.at).replace(/\b(?:so|thats|that's|that is)\s*:?\s*(?:about |around |roughly |like )?$/, '')) && CORRECTING_AFTER.test(sentence.slice(t.end));
    // (a correction with no unit corrects the count told just before it: "5 published, 2 under review. ok so 5 really")
    // (a bare conclusion in a sentence of its own sums the sentence before: "1 pub + 1 + 1 more in press. so 3")
    const fromEarlier = !t.family && named.length === 0 && (corrects0 || (concludes && counts.length === 1));
    const family = t.family ?? (named.length === 1 ? named[0] : fromEarlier ? (countsIn(earlier).filter((c) => c.family).at(-1)?.family ?? namedOnly(earlier)) : undefined);
    if (!family) continue;
    if (corrects0) { const v = family === 'time' ? inMonths(t, sentence) : t.value; out.push({ family, total: v, parts: v, corrects: true }); continue; }
    const others = counts.filter((c) => c !== t && !c.years && (c.family === family || c.family === undefined));
    const before = others.filter((c) => c.at < t.at);
    // parts are told before a concluding total ("1, 1 and 1 - so 3"), after an opening one ("total 7 months: 3 obs, rest hands on")
    // ("8 wks in Chicago, then a month in Boston. so like 3.5 months": a conclusion sums the parts told in the sentences before)
    const lastSaid = earlier.replace(/\s*;\s*$/, '').split(' ;').at(-1) ?? '';
    const told = concludes && !before.length ? (fromEarlier ? countsIn(lastSaid).filter((c) => !c.years && (c.family === family || !c.family)) : countsIn(earlier).filter((c) => c.family === family)) : [];
    if (concludes && !before.length && !told.length) continue;
    const parts = told.length ? told : !list && before.length > 0 ? before : others.filter((c) => c.at > t.at);
    if (!parts.length && !list && !t.family) continue;
    const total0 = family === 'time' ? inMonths(t, sentence) : t.value;
    // (a bare part is in its total's unit: "10 weeks total: 6 at Henry Ford, 4 at Beaumont")
    const factor = total0 / t.value;
    const sum = parts.reduce((a, c) => a + (family !== 'time' ? c.value : c.family ? inMonths(c, told.length ? earlier : sentence) : c.value * factor), 0);
    if (!out.some((s) => s.family === family && s.total === total0)) out.push({ family, total: total0, parts: sum, ...(concludes ? { concludes } : {}) });
  }
  return out;
}

/** The sentences told by the applicant alone, as facts done: no one else's clause, nothing supposed or planned in them. */
export function ownSentences(clauses: readonly { sentence: number; otherPerson: boolean; when: string; whose: string }[]): Set<number> {
  const mixed = new Set(clauses.filter((c) => c.otherPerson || c.when !== 'done' || c.whose !== 'me').map((c) => c.sentence));
  return new Set(clauses.filter((c) => !mixed.has(c.sentence)).map((c) => c.sentence));
}

/** Totals stated in the message's own sentences, one per family when they agree (none when two totals differ). */
export function statedTotals(text: string, sentences?: ReadonlySet<number>): Map<Family, Stated> {
  const found = new Map<Family, Stated[]>();
  if (!/\d/.test(text)) return new Map();
  let index = -1;
  let earlier = '';
  const own: string[] = [];
  for (const s0 of text.split(SENTENCE)) {
    const s = s0.trim();
    if (!s) continue;
    index += 1;
    // (a sentence with something not yet done in it still settles the count it corrects itself to: "2 under review... so 5 really")
    if (sentences && !sentences.has(index)) {
      for (const st of statedIn(s, earlier)) if (st.corrects) found.set(st.family, [...(found.get(st.family) ?? []), st]);
      continue;
    }
    own.push(s);
    const before = earlier;
    earlier = `${earlier} ${s} ;`;
    // research time is read in years by its own reader; a time total beside research is not the clinical months
    // (a letters total with some of them from home counts more than the US letters asked for: "4 letters total - 3 US and 1 from home")
    for (const st of statedIn(s, before)) if (!(st.family === 'letters' && lettersFromHome(s)) && !(st.family === 'time' && /\b(research|lab|postdoc|phd)\b/.test(s) && !/\b(usce|clinical|handson|obs|observerships?|externships?|rotations?)\b/.test(s))) found.set(st.family, [...(found.get(st.family) ?? []), st]);
  }
  const out = new Map<Family, Stated>();
  for (const [family, list] of found) {
    const corrected = list.filter((s) => s.corrects).at(-1);
    if (corrected) out.set(family, corrected);
    else if (new Set(list.map((s) => s.total)).size === 1) out.set(family, list[0]!);
  }
  for (const st of standingTotals(own.join(' ; '))) if (!found.has(st.family)) out.set(st.family, st);
  return out;
}

// words that may stand between a total and the stop after it ("6 months of usce.", "3 months total -")
// (its kind and the one place all of it was: "half a year of hands-on, all in Texas - 3 months Houston, 3 San Antonio")
const TOTAL_TAIL = /^\s*(?:(?:of|usce|total|in|all|us|clinical|experience|exp|overall|handson|obs|observerships?|externships?|rotations?|electives?|clerkships?),?\s+){0,3}?(?:all (?:in|at) [a-z]+(?: [a-z]+)?\s*)?(?:[.?!:;(—–-]|$)/;
// words that tell counts after a length as more of it, not its parts
const ADDED_ON = /\b(then|later|afterwards|after that|also|plus|another|more|extra|additional|again|next|before that|prior to that|besides)\b|\+/;
// a subset inside the count ("a dozen (incl 4 case reports)", "8 papers, including 2 case reports")
const INCLUDING = /^\s*(?:[a-z'-]+\s*){0,2}?[,(]?\s*(?:incl\.?|including|of which|out of which)\s+(?:about |like )?\d/;

/** Totals that stand alone with their parts after them ("half a year. 2 months in X, the other 4 in Y", "3 months? 3 months.
 * (1 in A, 2 in B)"): a count that ends at a stop and that the counts after it add up to exactly; or one that includes a subset. */
function standingTotals(text: string): Stated[] {
  const counts = countsIn(text).filter((c) => !c.years);
  const out: Stated[] = [];
  const named = FAMILIES.filter((f) => f !== 'interviews' && new RegExp(`\\b(?:${UNITS[f]})\\b`).test(text));
  counts.forEach((t, i) => {
    const after = text.slice(t.end);
    const stop = text.slice(t.end).search(/[.;]\s/);
    const seg = text.slice(Math.max(text.lastIndexOf('. ', t.at), text.lastIndexOf('; ', t.at), 0), stop < 0 ? text.length : t.end + stop);
    // a count with no noun of its own belongs to the counted noun just before it in the same sentence ("9 interviews
    // (3 in California)" counts interviews), before any noun named elsewhere in the message ("... 5 months hands-on")
    const lead = t.family ? undefined : counts.slice(0, i).reverse().find((c) => c.family && !/[.;!?]/.test(text.slice(c.end, t.at)));
    const family = t.family ?? lead?.family ?? (named.length === 1 ? named[0] : namedOnly(seg));
    if (!family || family === 'interviews' || out.some((s) => s.family === family) || (family === 'letters' && lettersFromHome(text.slice(t.at)))) return;
    const unitTail = after.replace(/^\s+[a-z]+/, '');
    // "pubs: 12 (incl 4 case reports)": the subset is inside the total (US letters excepted: the US subset is what they count)
    if (family !== 'letters' && INCLUDING.test(after)) {
      const sub = counts[i + 1];
      if (sub && sub.value < t.value) out.push({ family, total: t.value, parts: sub.value });
      return;
    }
    if (!t.family || !TOTAL_TAIL.test(unitTail) || counts.slice(0, i).some((c) => c.family === family)) return;
    // the same total said again is one total ("3 months? 3 months.")
    let rest = counts.slice(i + 1);
    while (rest[0] && rest[0].value === t.value && rest[0].family === family) rest = rest.slice(1);
    const parts = rest.filter((c) => c.family === family || c.family === undefined);
    if (parts.length < 2 || parts.length !== rest.length) return;
    // ("2 months of obs. then 1 month in NY and 1 in Boston": counts told as coming after it are more of it, not its parts)
    if (ADDED_ON.test(text.slice(t.end, parts.at(-1)!.at))) return;
    // (a bare part is in the total's unit: "10 weeks of electives; 6 in Miami, 4 in Tampa")
    const m = (c: Count) => (family === 'time' ? (c.family ? inMonths(c, text) : c.value * (inMonths(t, text) / t.value)) : c.value);
    const sum = parts.reduce((a, c) => a + m(c), 0);
    if (Math.abs(sum - m(t)) < 0.01) out.push({ family, total: m(t), parts: sum });
  });
  return out;
}

/** Settles one reading of a counted field against the totals stated: the total wins, or parts over it are asked about. */
export function settleTotal(field: ProfileField, reading: Reading<unknown>, totals: ReadonlyMap<Family, Stated>): Reading<unknown> {
  // (a question asked about the kind carries the count it will store: "4 months. (1 in A, 3 in B)" asks with 4 months)
  if (reading.kind === 'clarify' && field === 'usce' && typeof reading.facts?.months === 'number') {
    const st = totals.get('time');
    if (st && st.parts <= st.total + 0.26 && !st.concludes) return { ...reading, facts: { ...reading.facts, months: st.total } };
  }
  if (reading.kind !== 'value' || !reading.value || typeof reading.value !== 'object') return reading;
  let v = reading.value as Record<string, unknown>;
  for (const family of FAMILIES) {
    const { field: f, key, noun } = TARGET[family];
    const st = totals.get(family);
    if (f !== field || !st) continue;
    const read = v[key];
    if (typeof read !== 'number' || read === st.total) continue;
    const slack = family === 'time' ? 0.26 : 0;
    // the parts told come to more than the total: which is right is asked, nothing stored
    // (a conclusion is the sum of its parts: "2 months in LA, 2 in NY, so 5 months" does not add up either)
    if (st.parts > st.total + slack || (st.concludes && st.parts < st.total - slack)) {
      return { kind: 'refuse', hint: `You gave ${st.total} ${noun} in all, but the parts you listed come to ${st.parts}. How many ${noun} is it?` };
    }
    v = { ...v, [key]: st.total };
  }
  return v === reading.value ? reading : { kind: 'value', value: v };
}
