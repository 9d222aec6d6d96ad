// Readers for US clinical experience, US letters and research output.
import type { Region, Research, Usce, UsLors } from '../../../domain/profile.js';
import type { Clause } from '../clauses.js';
import { has, negatedAt, numbersIn } from '../scan.js';
import { clarify, joined, none, refuse, value, yesNo, type Reader } from '../reading.js';
import { regionsInTokens } from './places.js';
import { specialtiesIn } from './specialty.js';

const HANDS_ON = /^(handson|extern|externship|externships|subi|subinternship|clerkship|clerkships|elective|electives|rotation|rotations|core|cores|residency|residence|intern|internship|usce|clinicals|acting|ai|prelim|worked)$/;
const OBSERVER = /^(observership|observerships|observer|observing|observed|shadow|shadowing|shadowed|obs)$/;
const NOTHING = /^(none|no|nope|nah|zero|nothing|nil|n\/a|na|0|never)$/;

function isNothing(clauses: readonly Clause[], pending: boolean): boolean {
  const first = clauses[0]?.tokens ?? [];
  if (clauses.some((c) => c.tokens.some((w, i) => (HANDS_ON.test(w) || OBSERVER.test(w)) && !negatedAt(c.tokens, i)))) return false;
  if (first.length > 0 && first.length <= 4 && NOTHING.test(first[0]!) && !numbersIn(first).some((n) => n.value > 0)) return pending || first.length > 1;
  return clauses.some((c) => /\b(no|zero|not any|don't have any|dont have any|haven't done any|have no|without) (us )?(usce|clinical experience|experience|observerships?|externships?|rotations?|us clinical experience)\b/.test(c.text) && !numbersIn(c.tokens).some((n) => n.value > 0 && !n.negated));
}

/** US clinical experience: months summed, kind from the words not negated, where from the places named. */
export const readUsce: Reader<Usce> = (clauses, ctx) => {
  if (clauses.length === 1 && clauses[0]!.text === 'none') return value({ months: 0, kind: 'none', where: [] });
  let months = 0;
  let said = false;
  let handsOn = false;
  let observer = false;
  const where: Region[] = [];
  for (const c of clauses) {
    const t = c.tokens;
    for (const n of numbersIn(t)) {
      if (n.negated) continue;
      if (n.unit === 'month') months += n.value;
      else if (n.unit === 'week') months += n.value / 4;
      else if (n.unit === 'year' && !n.calendarYear) months += n.value * 12;
      else if (n.unit === 'none' && said && !n.calendarYear && n.value <= 24) months += n.value;
      else continue;
      said = true;
    }
    if (!said && /\b(a|one) year\b/.test(c.text)) { months += 12; said = true; }
    t.forEach((w, i) => {
      if (HANDS_ON.test(w) && !negatedAt(t, i)) handsOn = true;
      if (OBSERVER.test(w) && !negatedAt(t, i)) observer = true;
    });
    for (const r of regionsInTokens(t)) if (r !== 'anywhere' && !where.includes(r)) where.push(r);
  }
  if (!said && isNothing(clauses, ctx.pending)) return value({ months: 0, kind: 'none', where: [] });
  if (months > 120) return refuse('Count US clinical experience in months, up to 120 (ten years).');
  const kind = handsOn && observer ? 'mixed' : handsOn ? 'hands_on' : observer ? 'observership' : 'unspecified';
  if (!said) return handsOn || observer ? clarify('usce_months', { kind }) : none();
  if (months === 0) return value({ months: 0, kind: 'none', where: [] });
  return value({ months: Math.round(months * 10) / 10, kind, where });
};

const NON_US = /\b(back home|home country|my country|from home|non us|not us|not from the us|outside the us|outside us|abroad|international|from india|from pakistan|from egypt|from nigeria|from my school|from my med school|from my medical school|overseas|from my university|local ones|native country)\b/;
const CA_REGIONS = new Set(['la_county', 'orange_county', 'san_diego', 'inland_empire', 'rest_of_california']);

/** US letters: the count of US letters (letters from home do not count), in the specialty, from California. */
export const readUsLors: Reader<UsLors> = (clauses, ctx) => {
  if (clauses.length === 1 && /^\d+$/.test(clauses[0]!.text)) {
    const n = Number(clauses[0]!.text);
    return n > 20 ? refuse('Type how many US letters you have, from 0 to 20.') : value({ count: n });
  }
  let count: number | undefined;
  let usCount: number | undefined;
  let allHome = false;
  let inSpecialty: boolean | undefined;
  let fromCalifornia: boolean | undefined;
  for (const c of clauses) {
    const t = c.tokens;
    const nums = numbersIn(t).filter((n) => !n.calendarYear && (n.unit === 'letter' || n.unit === 'none'));
    const home = NON_US.test(c.text);
    const usSaid = /\bus\b|\bamerican\b|\busce\b|\bfrom the states\b/.test(c.text) && !home;
    if (home && (/\b(all|both|every|each)\b/.test(c.text) || !nums.length)) allHome = true;
    const n = nums.find((x) => !x.negated);
    if (n) {
      if (n.value > 20) return refuse('Type how many US letters you have, from 0 to 20.');
      if (!home) { if (usSaid && usCount === undefined) usCount = n.value; else if (count === undefined) count = n.value; }
      else if (/\b(\d+) (are |is )?(us|from the us|american)\b/.test(c.text) && usCount === undefined) usCount = Number(/\b(\d+) (are |is )?(us|from the us|american)\b/.exec(c.text)![1]);
    }
    if (/\b(none|no|zero|0|not any|neither)\b[^;]*\b(specialty|field|in (im|fm|psych|peds|my))\b|\bnot in (my )?(specialty|field)\b|\bnon (im|fm|specialty)\b/.test(c.text)) inSpecialty = false;
    else if (/\b(in my specialty|in specialty|in my field|in the specialty)\b/.test(c.text) || specialtiesIn(t).some((s) => !s.negated)) inSpecialty ??= true;
    const ca = regionsInTokens(t).filter((r) => CA_REGIONS.has(r));
    if (/\b(none|no|zero|0|not any|neither|not)\b[^;]*\b(california|ca|cali|la|socal|los angeles)\b/.test(c.text)) fromCalifornia = false;
    else if (ca.length) fromCalifornia ??= true;
  }
  const tokens = joined(clauses);
  if (usCount === undefined && count === undefined) {
    if (allHome) return value({ count: 0 });
    const nothing = /\b(no|none|zero|nope|nah|not yet|not any|don't have any|dont have any|haven't got any)\b/.test(tokens.join(' ')) || (ctx.pending && yesNo(clauses) === false);
    if (nothing) return value({ count: 0 });
    if (has(tokens, /^(letter|letters|lor|lors|recs)$/) && has(tokens, /^(some|few|several|couple|many)$/)) return clarify('lors_count');
    return none();
  }
  const total = allHome && usCount === undefined ? 0 : usCount ?? count!;
  const lors: UsLors = { count: total };
  if (total > 0 && inSpecialty !== undefined) lors.inSpecialty = inSpecialty;
  if (total > 0 && fromCalifornia !== undefined) lors.fromCalifornia = fromCalifornia;
  return value(lors);
};

/** Research: publications and posters/abstracts, counted separately; "none" is zero of each. */
export const readResearch: Reader<Research> = (clauses, ctx) => {
  let publications = 0;
  let posters = 0;
  let said = false;
  for (const c of clauses) {
    for (const n of numbersIn(c.tokens)) {
      if (n.negated || n.calendarYear) continue;
      if (n.unit === 'publication') { publications += n.value; said = true; }
      else if (n.unit === 'poster') { posters += n.value; said = true; }
    }
  }
  if (publications > 500 || posters > 500) return refuse('Type a count of publications and posters, each up to 500.');
  if (said) return value({ publications, posters });
  const text = joined(clauses).join(' ');
  if (/\b(no|none|zero|nothing|nope|nah|nil|not any|don't have any|dont have any|haven't done any)\b/.test(text) || (ctx.pending && yesNo(clauses) === false)) return value({ publications: 0, posters: 0 });
  if (/\b(one|a|single) (publication|paper|pub|case report|article)\b/.test(text)) return value({ publications: 1, posters: 0 });
  return none();
};
