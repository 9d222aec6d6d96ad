// Reader for US letters: the count of US letters (letters from home do not count), their kind, whether they are in the
// specialty applied for and from California.
import type { UsLors } from '../../../domain/profile.js';
import type { Clause } from '../clauses.js';
import { has, negatedAt, numbersIn } from '../scan.js';
import { clarify, joined, none, refuse, value, yesNo, type Reader } from '../reading.js';
import { regionsInTokens } from './places.js';
import { specialtiesIn } from './specialty.js';
import { COUNTRIES, NATIONALITIES } from './visa.js';
import { FOREIGN_CITIES } from './experience.js';

const US_WRITER_ABROAD = /\b(us|american|usa)\b (doc|doctor|attending|professor|prof|physician|faculty|consultant)s?\b[^;]{0,40}\b(visited|visiting|came to|came over|in (my|our) (hospital|country|med school|college)|abroad|back home|overseas)\b/;
const NONE_OF = /^(none|neither|nobody|noone|nor)$/;
const NON_US = /\b(back home|home country|my country|from home|non us|not us|not from the us|outside the us|outside us|abroad|international|from my school|from my med school|from my medical school|from my college|from my university|overseas|native country|professors|my professor|my dean|my hod|home institution|local ones|from my hospital back home)\b/;
const CA_REGIONS = new Set(['la_county', 'orange_county', 'san_diego', 'inland_empire', 'rest_of_california']);
const FUTURE = /\b(will have|i'll have|ill have|hopefully|expecting|by (january|february|march|april|may|june|july|august|september|october|november|december|then|next)|soon|pending|waiting (for|on)|asked for|requested|promised|getting|to (be )?upload(ed)?|(not|isn't|isnt|aren't|arent|not yet|yet to be) (uploaded|submitted|written)|still to come|outstanding|chasing)\b/;
const WHOLE_TOLD = /\b(?:one|two|three|\d+) of (?:my|the|our|these|those) \d+ (?:[a-z]+ )?(?:letters?|lors?|recs?)\b/;
const WAITED = /\b(waiting (for|on)|to (be )?upload(ed)?|(not|isn't|isnt|aren't|arent|not yet|yet to be) (uploaded|submitted|written)|still to come|outstanding|chasing)\b/;
const PART_OF_COUNT = /^of (?:my|the|our|these|those) \d+ (?:[a-z]+ )?(?:letters?|lors?|recs?)\b/;
const LETTER_WORD = /^(letters?|lors?|recs?|loes?)$/;
// letters from the US and from home with the US share unsaid ("4 (some US, some home)", "a mix of US and local ones")
const HOME_WORD = '(?:home|back home|abroad|my country|home country|local|locals|my school|overseas|india|pakistan|nigeria|egypt|brazil|mexico)';
const US_WORD = '(?:us|usa|american|the states|u s)';
const SOME = '(?:some|a few|a couple|few|several)';
const ORIGIN_UNSAID = new RegExp(`\\b${SOME}\\b(?: [a-z]+){0,3}? ${US_WORD}\\b[^;.]{0,40}\\b(?:some|a few|a couple|few|several|others?|the rest|rest)\\b(?: [a-z]+){0,3}? ${HOME_WORD}\\b|\\b${SOME}\\b(?: [a-z]+){0,3}? ${HOME_WORD}\\b[^;.]{0,40}\\b(?:some|a few|a couple|few|several|others?|the rest|rest)\\b(?: [a-z]+){0,3}? ${US_WORD}\\b|\\b(?:mix|mixed|combination|combo) of ${US_WORD} and ${HOME_WORD}\\b`);
const THERE = /\b(there|them|those|these|that place|same place|from my (rotations?|obs|observerships?|externships?|electives?))\b/;

/** US letters: the count of US letters (letters from home do not count), in the specialty, from California; "from there" is the place named before. */
export const readUsLors: Reader<UsLors> = (all, ctx) => {
  // "2 LoRs in hand, a 3rd promised": a letter only promised is not counted beside the ones in hand
  const inHand = all.filter((c) => !FUTURE.test(c.text));
  const clauses = inHand.length < all.length && inHand.some((c) => numbersIn(c.tokens).some((n) => !n.negated && !n.calendarYear && (n.unit === 'letter' || n.unit === 'none'))) ? inHand : all;
  if (clauses.length === 1 && /^\d+$/.test(clauses[0]!.text)) {
    const n = Number(clauses[0]!.text);
    return n > 20 ? refuse('Type how many US letters you have, from 0 to 20.') : value({ count: n });
  }
  let count: number | undefined;
  let usCount: number | undefined;
  let allHome = false;
  let inSpecialty: boolean | undefined;
  let fromCalifornia: boolean | undefined;
  let elsewhereOnly = false;
  let partsUs = 0;
  let partsHome = 0;
  let parts = 0;
  // "one of my 3 letters is from Kaiser, so 1 from california": the letters counted whole, then some of them placed
  let wholeTold = false;
  // "2 letters from IM attendings and 1 research letter", "one SLOE and 2 IM letters": counts of letters of several kinds
  const kinds: number[] = [];
  let subsetTold = false;
  for (const c of clauses) {
    const t = c.tokens;
    const nums = numbersIn(t).filter((n) => !n.calendarYear && (n.unit === 'letter' || n.unit === 'none'));
    // ("none of my 3 letters are from the US", "neither is from a US doctor"): the US denied of every letter counted
    const usDenied = t.some((w) => NONE_OF.test(w)) && /\b(us|usa|american|the states)\b/.test(c.text);
    const home = usDenied || NON_US.test(c.text) || t.some((w, i) => (COUNTRIES.has(w) || NATIONALITIES.has(w) || FOREIGN_CITIES.has(w)) && w !== 'other' && w !== 'another' && /^(from|in|at)$/.test(t[i - 1] ?? ''));
    const usSaid = /\bus\b|\bamerican\b|\busce\b|\bfrom the states\b/.test(c.text) && !home;
    // ("the other 2 are from Egypt", "the rest are from home": some of them, not all)
    if (home && (/\b(all|both|every|each|they're|theyre|are)\b/.test(c.text) || !nums.length) && !/\b(other|others|rest|remaining)\b/.test(c.text)) allHome = true;
    // ("one of my 3 letters is from Kaiser", "2 of the 4 LoRs are IM": the part is a detail of the letters counted after it)
    const n = nums.find((x) => !x.negated && !PART_OF_COUNT.test(t.slice(x.at + 1, x.at + 6).join(' ')));
    for (const x of nums) if (!x.negated && (x.unit === 'letter' || LETTER_WORD.test(t[x.at + 2] ?? '')) && !home && x.value <= 20) kinds.push(x.value);
    // ("5 LoRs 3 surgery", "4 letters, 2 IM"): a bare count of letters, then smaller counts named only by a specialty, is the total and its part
    if (subsetOfTotal(t, nums)) subsetTold = true;
    // "2 from my US obs and 2 from my professors in egypt": parts of the total, by where they come from
    if (WHOLE_TOLD.test(c.text)) wholeTold = true;
    // ("3 from IM + 1 from cards": two counts by where they come from in one clause are two parts)
    const fromParts = home ? [] : nums.filter((x) => !x.negated && x.value <= 20 && t[x.at + 1] === 'from');
    if (fromParts.length >= 2) { parts += fromParts.length; partsUs += fromParts.reduce((a, x) => a + x.value, 0); }
    else if (n && /\bfrom\b/.test(c.text) && n.value <= 20) { parts += 1; if (home) partsHome += n.value; else partsUs += n.value; }
    if (n) {
      if (n.value > 20) return refuse('Type how many US letters you have, from 0 to 20.');
      if (!home) { if (usSaid && usCount === undefined) usCount = n.value; else if (count === undefined) count = n.value; }
      else if (/\b(\d+) (are |is )?(us|from the us|american)\b/.test(c.text) && usCount === undefined) usCount = Number(/\b(\d+) (are |is )?(us|from the us|american)\b/.exec(c.text)![1]);
    }
    // "not IM though", "it's not even psych": the applicant's own specialty denied of the letters
    const named = specialtiesIn(t);
    // ("none of them are from psych attendings", "neither is from IM": the letters' specialty denied across the clause)
    const noneAt = t.findIndex((w) => NONE_OF.test(w));
    const ownDenied = named.some((s) => (s.negated || (noneAt >= 0 && noneAt < s.at)) && s.id === ctx.profile?.specialty?.primary);
    if (ownDenied || /\b(none|no|zero|0|not any|neither|not)\b[^;]*\b(specialty|field|in (im|fm|psych|peds|my|internal|family))\b|\bnot in (my )?(specialty|field)\b|\bnon (im|fm|specialty)\b|\bnot in (im|fm|psych|peds|internal medicine|family medicine)\b/.test(c.text)) inSpecialty = false;
    else if (/\b(in my specialty|in specialty|in my field|in the specialty)\b/.test(c.text)) inSpecialty ??= true;
    else if (named.some((s) => !s.negated)) {
      // "a letter from the neurology dept" for a psychiatry applicant is outside the specialty; with none stored, it is read as in it
      const own = [ctx.profile?.specialty?.primary, ctx.profile?.specialty?.backup].filter((x): x is NonNullable<typeof x> => !!x);
      const mine = (id: string) => own.length === 0 || own.some((o) => o === id || o.includes(id) || id.includes(o));
      inSpecialty ??= named.some((s) => !s.negated && mine(s.id));
    }
    let places = regionsInTokens(t);
    if (!places.length && THERE.test(c.text)) places = [...(ctx.messagePlaces ?? [])];
    const ca = places.filter((r) => CA_REGIONS.has(r));
    if (/\b(none|no|zero|0|not any|neither|not)\b[^;]*\b(california|ca|cali|la|socal|los angeles)\b/.test(c.text)) fromCalifornia = false;
    else if (ca.length) fromCalifornia = true;
    else if (places.some((p) => p === 'other_us')) elsewhereOnly = true;
  }
  if (fromCalifornia === undefined && elsewhereOnly) fromCalifornia = false;
  const tokens = joined(clauses);
  const said = tokens.join(' ');
  // (letters only awaited, told in passing with letters already stored or another question asked, change nothing)
  if (FUTURE.test(said) && !/\b(have|got)\b \d+/.test(said.replace(/\b(i'll|ill|will) have\b/g, ''))) return ctx.pending || (!ctx.stored && !WAITED.test(said)) ? clarify('lors_count') : none();
  // ("4 (some US, some home)"): how many are US letters is asked, never the whole count stored
  if (ORIGIN_UNSAID.test(said.replace(/ ; /g, ' '))) return clarify('lors_count');
  // "1 from a US doc who visited my hospital abroad": whether a letter written outside the US counts as a US letter is asked
  if (US_WRITER_ABROAD.test(said)) return clarify('lors_count');
  // "a couple US letters, both IM": "a couple" said with "both" is two
  if (usCount === undefined && count === undefined && /\b(a couple|couple of|a pair|pair of)\b/.test(said) && /\b(both|the two)\b/.test(said)) count = 2;
  // "both letters are research letters", "my lors are both clinical": "both" of the letters is two
  if (usCount === undefined && count === undefined && /\bboth (of )?(my |the |our )?(us |american )?(letters|lors|recs)\b|\b(letters|lors|recs) (are|were) both\b/.test(said)) count = 2;
  if (usCount === undefined && count === undefined) {
    if (allHome) return value({ count: 0 });
    const nothing = /\b(no|none|zero|nope|nah|not yet|not any|don't have any|dont have any|haven't got any)\b/.test(said) || (ctx.pending && yesNo(clauses) === false);
    if (nothing) return value({ count: 0 });
    if (has(tokens, /^(letter|letters|lor|lors|recs|loe|recommendations)$/) && !ctx.stored) return clarify('lors_count');
    // "one of my 3 letters is from LA": the stored count with the new detail
    if (ctx.stored && (fromCalifornia !== undefined || inSpecialty !== undefined)) return value({ ...ctx.stored, ...(fromCalifornia !== undefined ? { fromCalifornia } : {}), ...(inSpecialty !== undefined ? { inSpecialty } : {}) });
    return none();
  }
  let total = allHome && usCount === undefined ? 0 : usCount ?? count!;
  // (the total is the first clause that counts: a label alone before the list, "letters: 1 from X, 1 from Y", is no total)
  const firstCount = clauses.find((c) => numbersIn(c.tokens).some((x) => !x.negated && !x.calendarYear)) ?? clauses[0]!;
  if (parts >= 2 && usCount === undefined && !wholeTold) total = count !== undefined && !firstCount.text.includes('from') ? Math.max(0, count - partsHome) : partsUs;
  // counts of letters of different kinds add up, unless the first is a total and the rest its parts
  const rest = kinds.slice(1).reduce((a, b) => a + b, 0);
  if (kinds.length >= 2 && partsHome === 0 && !allHome && kinds[0] !== rest && !subsetTold && !/\b(total|in all|altogether|overall|of them|of which|out of|including)\b/.test(said)) total = kinds[0]! + rest;
  const lors: UsLors = { count: total };
  const kind = letterKind(clauses);
  if (total > 0 && kind) lors.kind = kind;
  if (total > 0 && inSpecialty !== undefined) lors.inSpecialty = inSpecialty;
  if (total > 0 && fromCalifornia !== undefined) lors.fromCalifornia = fromCalifornia;
  if (ctx.stored && total === ctx.stored.count && lors.inSpecialty === undefined && ctx.stored.inSpecialty !== undefined) lors.inSpecialty = ctx.stored.inSpecialty;
  if (ctx.stored && total === ctx.stored.count && lors.fromCalifornia === undefined && ctx.stored.fromCalifornia !== undefined) lors.fromCalifornia = ctx.stored.fromCalifornia;
  return value(lors);
};

// the count of letters told bare ("5 lors", "4 us letters"), then counts named by a specialty alone and no letter word of
// their own ("3 surgery", "2 IM, 1 cards"), together no more than it: the later counts say how many of the letters are in the specialty
function subsetOfTotal(t: readonly string[], nums: readonly { value: number; at: number; negated: boolean }[]): boolean {
  const [first, ...later] = nums.filter((x) => !x.negated);
  if (!first || !later.length) return false;
  const bare = LETTER_WORD.test(t[first.at + 1] ?? '') || (/^(us|american|strong)$/.test(t[first.at + 1] ?? '') && LETTER_WORD.test(t[first.at + 2] ?? ''));
  const named = (x: { at: number }) => specialtiesIn(t.slice(x.at + 1, x.at + 4)).length > 0;
  return bare && later.some(named) && later.reduce((a, x) => a + x.value, 0) <= first.value
    && later.every((x) => x.at > first.at && !t.slice(x.at + 1, x.at + 4).some((w) => LETTER_WORD.test(w)));
}

// a letter named by its specialty ("1 IM letter"), or by the specialty's clinicians who wrote it ("2 (UCI IM faculty)")
const SPECIALTY_LETTER = /\b(im|fm|internal medicine|family medicine|psych|psychiatry|peds|pediatrics|neuro|neurology|surgery|surgical|gen surg|em|emergency medicine|obgyn|cardiology|cards|gi|nephro|nephrology|pulm|pulmonology|heme onc|onc|oncology|ent|pmr|ty|pathology|path|ortho|anesthesia|radiology|derm|dermatology) (letters?|lors?|recs?|faculty|attendings?|docs?|doctors?|physicians?|consultants?)\b/;

const FROM_SPECIALTY = /\bfrom (?:my |the |an? |our )?(?:im|fm|gim|internal medicine|family medicine|psych|psychiatry|peds|pediatrics|neuro|neurology|surgery|gen surg|em|obgyn|cardiology|cards|gi|nephro|nephrology|pulm|pulmonology|heme onc|onc|oncology|hospitalist|hospital medicine|icu|ccu|ed|er)\b(?! (?:research|lab|pi)\b)/;

/** Clinical letters, research letters, or both, from the words next to them ("2 research letters and 1 clinical"). */
function letterKind(clauses: readonly Clause[]): UsLors['kind'] {
  let clinical = false;
  let research = false;
  for (const c of clauses) {
    // a letter named by its specialty ("1 IM letter, 1 FM letter") is from a clinician
    // (or one from a specialty's doctors: "3 from IM docs", "1 from cards at Lenox Hill")
    if (SPECIALTY_LETTER.test(c.text) || FROM_SPECIALTY.test(c.text)) clinical = true;
    c.tokens.forEach((w, i) => {
      if (negatedAt(c.tokens, i, 3)) return;
      if (/^(clinical|clinicals|attending|attendings|rotation|rotations|externship|subi|sub|clerkship|observership|obs|elective|program director|pd|hospitalists?)$/.test(w)) clinical = true;
      if (/^(research|pi|lab|mentor)$/.test(w)) research = true;
    });
  }
  return clinical && research ? 'mixed' : research ? 'research' : clinical ? 'clinical' : undefined;
}
