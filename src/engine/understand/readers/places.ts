// Readers for preferred regions and ties to LA/SoCal; places are found once by a prepared phrase index.
import { REGIONS, type LaTies, type Region } from '../../../domain/profile.js';
import type { Clause } from '../clauses.js';
import { REGION_ABROAD, REGION_ALIASES } from '../places-and-names.js';
import { HEALTH_BRANDS } from '../place-names.js';
import { deniedAfter, negatedAt } from '../scan.js';
import { PhraseIndex } from '../tokens.js';
import { clarify, joined, none, refuse, value, yesNo, type Reader } from '../reading.js';
import { COUNTRIES, NATIONALITIES } from './visa.js';
import { abroadAt, cityOfAnotherState, placedAbroad } from '../senses.js';
import { alternation, peopleFor } from '../../people.js';
import { FAMILY_HERE, JOB_HELD_WORD, ROTATION_WORD, WE_AT_HOME } from '../clause-cues.js';

const SOCAL: Region[] = ['la_county', 'orange_county', 'san_diego', 'inland_empire'];
const PLACES = new PhraseIndex(REGION_ALIASES, 99);
const BRANDS = new PhraseIndex(HEALTH_BRANDS.map((b) => [b, true] as const), 99);
type Place = Region | 'anywhere';
// words that make the places named a preference within a wider "anywhere"
// ("LA or anywhere", "SD or OC or really anywhere"): "anywhere" offered after the places as their alternative widens them;
// the places named first stay the first choice ("California only, otherwise anywhere" is left as anywhere: one writer
// reads it so)
const WIDENED = /\bor(?: (?:just|really|honestly|basically|maybe|even|literally))? anywhere\b/;
const PREFERRED = /\b(mostly|mainly|preferably|preferred|prefer|ideally|primarily|first choice|ideal|top choice|priority|first|would be nice|be nice|nice to have|would love|bonus|even better)\b/;

function expand(v: (typeof REGION_ALIASES)[number][1]): Place[] {
  if (v === 'socal') return SOCAL;
  if (v === 'california') return [...SOCAL, 'rest_of_california'];
  return [v];
}

/** The places a hit names where it stands: a California city name followed by another state is that state's namesake
 * ("Glendale, Arizona", "Pasadena Texas": elsewhere in the US), followed by a country it is abroad ("Los Angeles, Chile": none). */
function placesAt(hit: { value: (typeof REGION_ALIASES)[number][1]; phrase: string; end: number }, tokens: readonly string[]): Place[] {
  const places = expand(hit.value);
  if (places.length !== 1 || !(SOCAL.includes(places[0] as Region) || places[0] === 'rest_of_california')) return places;
  if (abroadAt(tokens, hit.end)) return [];
  return cityOfAnotherState(hit.phrase, tokens, hit.end) ? ['other_us'] : places;
}

/** Places named in the tokens (not negated), SoCal and California expanded, in the order named. */
export function regionsInTokens(tokens: readonly string[]): Place[] {
  const out: Place[] = [];
  for (const hit of PLACES.find(tokens)) if (!negatedAt(tokens, hit.start, 3)) for (const r of placesAt(hit, tokens)) if (!out.includes(r)) out.push(r);
  return out;
}

/** Places named but negated ("not NY", "anywhere but Texas"). */
function deniedIn(tokens: readonly string[]): Place[] {
  return PLACES.find(tokens).filter((h) => negatedAt(tokens, h.start, 3) || tokens[h.start - 1] === 'anywherebut').flatMap((h) => expand(h.value));
}

// ("San Diego não.", "SD nahi", "the IE - nope"): a denial that closes the clause right after the place denies it
const CLOSING_DENIAL = /^(no|not|nope|nah|never|nahi|nahin|nai)$/;
const closedByDenial = (tokens: readonly string[], end: number): boolean => end === tokens.length - 1 && CLOSING_DENIAL.test(tokens[end]!);

const REGION_IDS: ReadonlySet<string> = new Set([...REGIONS, 'anywhere']);

const HEDGE = /\b(idk|not sure|unsure|dunno|don't know|dont know|maybe|no idea|haven't decided|havent decided|undecided)\b/;
const CA_ALL: Place[] = [...SOCAL, 'rest_of_california'];

// Words that single out a favourite inside a wider area ("southern California, mainly LA").
// what follows "anywhere" when it widens the place just named ("anywhere in the state", "anywhere near it", "anywhere nearby")
const WIDER_OF_NAMED = /^(in|within|inside|across|throughout|around) (the |that |this )?(state|states|there|it|area|region)\b|^(in )?between\b/;
const NEARBY = /^(near|nearby|close|closeby|around (it|there|them|here)|in the area|in that area|in the region)\b/;
// "anywhere" said as the whole country or as the fallback after the places named ("otherwise anywhere", "anywhere else")
const NATIONWIDE = /\banywhere (?:else|in the (?:us|usa|country|states|united states)|across the (?:us|country)|in america|nationwide|at all)\b|\b(?:otherwise|else|if not|worst case|or|but)\b[^,.;]{0,12}\banywhere\b|\banywhere\b[^,.;]{0,20}\b(?:also|too|as well|is fine too|works too)\b/;
const EMPHASIS = /\b(mainly|especially|esp|particularly|mostly|ideally|preferably|above all|primarily)$/;
const EMPHASIS_AFTER = /^(mainly|mostly|first|preferably|ideally|primarily|ideal|preferred|first choice|above all)\b/;

/** True when the first place is named with no doubt on it and the only doubt is a "maybe" before a later place. */
function firmThenMaybe(clauses: readonly Clause[]): boolean {
  const t = joined(clauses);
  if (HEDGE.test(t.join(' ').replace(/\bmaybe\b/g, ''))) return false;
  const hits = PLACES.find(t);
  const first = hits[0];
  if (!first || t.slice(0, first.start).includes('maybe')) return false;
  // every "maybe" sits right before a later place (a word or two between: "maybe also San Diego")
  return t.every((w, i) => w !== 'maybe' || hits.some((h) => h.start > i && h.start <= i + 3));
}

// Hospitals and universities among the place names ("ucla - target or reach?"): named with a tier judged, they are the
// program asked about, not a region the applicant prefers
const HOSPITAL_NAMES = new Set(['cedars', 'cedars-sinai', 'cedars sinai', 'ucla', 'usc', 'lac+usc', 'keck', 'harbor-ucla', 'harbor ucla', 'harbor', 'olive view', 'white memorial',
  'chla', 'kaiser la', 'kaiser los angeles', 'king drew', 'mlk', 'charles drew', 'huntington', 'uci', 'hoag', 'choc', 'ucsd', 'scripps', 'sharp', 'rady', 'arrowhead',
  'ucr', 'ruhs', 'kaiser fontana', 'mount sinai', 'mt sinai', 'mayo clinic', 'mayo', 'johns hopkins', 'hopkins', 'mass general', 'brigham', 'jackson memorial', 'henry ford',
  'cleveland clinic', 'emory', 'yale', 'ucsf', 'stanford', 'uc davis', 'kern', 'kaiser lamc', 'lamc', 'kaiser woodland hills', 'pomona valley',
  'kaiser riverside', 'kaiser anaheim', 'kaiser irvine', 'kaiser san diego', 'desert regional']);
const TIER_JUDGED = /\b(reach|reaches|target|targets|safety|safeties|realistic|unrealistic|too hard|too competitive|out of reach|my chances?|any chance)\b/;
/** True when every place named is a hospital judged as a program ("cedars, reach or target?"). */
const judgedProgramsOnly = (clauses: readonly Clause[]): boolean => {
  const t = joined(clauses);
  const hits = PLACES.find(t);
  return hits.length > 0 && TIER_JUDGED.test(t.join(' ')) && hits.every((h) => HOSPITAL_NAMES.has(h.phrase));
};

/** Preferred regions; "X as well" adds to the stored list, "only X" or anything else replaces it. */
export const readRegions: Reader<Place[]> = (clauses, ctx) => {
  const words = clauses.flatMap((c) => c.text.split(/[\s,]+/)).filter(Boolean);
  if (words.length && words.every((w) => REGION_IDS.has(w))) return value([...new Set(words)] as Place[]);
  if (judgedProgramsOnly(clauses)) return none();
  const found: Place[] = [];
  const denied: Place[] = [];
  const explicit: Place[] = [];
  const wide: Place[] = [];
  let whole = false;
  let nearby = false;
  for (const c of clauses) {
    let prevDeniedEnd = -1;
    for (const hit of PLACES.find(c.tokens)) {
      const places = placesAt(hit, c.tokens);
      if (!places.length) continue;
      // "anywhere in Texas", "anywhere in the state", "X or anywhere nearby": a widening of a place named, not anywhere at all
      if (places.length === 1 && places[0] === 'anywhere') {
        const next = c.tokens.slice(hit.end, hit.end + 4).join(' ');
        if (WIDER_OF_NAMED.test(next)) { whole = true; continue; }
        if (NEARBY.test(next)) { nearby = true; continue; }
        // ("I can work anywhere in Europe", "anywhere in the UK"): anywhere abroad is no place for residency
        if (/^(in|within|across|around|throughout) /.test(next) && abroadAt(c.tokens, hit.end + 1)) continue;
        // "open to all of SoCal": the place after "of" is meant whole
        if (/^of /.test(next) && PLACES.find(c.tokens.slice(hit.end, hit.end + 4)).some((h) => !expand(h.value).includes('anywhere'))) { whole = true; continue; }
        if (/^(in|within|across|throughout|around|inside|on|along|of) /.test(next) && PLACES.find(c.tokens.slice(hit.end, hit.end + 5)).some((h) => !expand(h.value).includes('anywhere'))) continue;
      }
      // ("not the bay area or norcal": a place listed right after a denied one is denied too)
      const between = prevDeniedEnd >= 0 ? c.tokens.slice(prevDeniedEnd, hit.start) : [];
      const listedAfterDenied = prevDeniedEnd >= 0 && between.length <= 3 && between.some((w) => /^(or|nor|and)$/.test(w)) && between.every((w) => /^(or|nor|and|the|area|region|county|city)$/.test(w));
      const neg = negatedAt(c.tokens, hit.start, 3) || c.tokens[hit.start - 1] === 'anywherebut' || listedAfterDenied || closedByDenial(c.tokens, hit.end);
      if (neg) { denied.push(...places); prevDeniedEnd = hit.end; continue; }
      prevDeniedEnd = -1;
      for (const r of places) if (!found.includes(r)) found.push(r);
      // "southern California, mainly LA": a favourite inside the wider area does not narrow it
      // ("LA mainly, SoCal ok", "LA first": a favourite said after the place narrows nothing either)
      if (places.length === 1 && !EMPHASIS.test(c.tokens.slice(Math.max(0, hit.start - 2), hit.start).join(' ')) && !EMPHASIS_AFTER.test(c.tokens.slice(hit.end, hit.end + 2).join(' '))) explicit.push(places[0]!);
      if (places.length > 1) wide.push(...places);
      // "all of California", "the whole state": the wider area is meant whole, a part named beside it narrows nothing
      if (places.length > 1 && /\b(all( of)?|whole( of)?|entire|all over|throughout|anywhere in)$/.test(c.tokens.slice(Math.max(0, hit.start - 2), hit.start).join(' '))) whole = true;
      if (places.length > 1 && /^(anywhere in|all of|all over)\b/.test(c.tokens.slice(hit.start, hit.start + 3).join(' '))) whole = true;
    }
  }
  const said = joined(clauses).join(' ');
  // ("LA mostly, maybe OC if I have to": a place named firmly first, a "maybe" only on the ones after it, keeps them all)
  if ((found.length && HEDGE.test(said) && !firmThenMaybe(clauses)) || /\bwest coast\b/.test(said)) return clarify('regions_which');
  let out = found.filter((r) => !denied.includes(r));
  // "Oregon or anywhere near it" is the rest of the US; near a place in California it is asked which places
  if (nearby && out.length && !out.includes('anywhere')) {
    if (out.every((r) => r === 'other_us')) return value(['other_us']);
    return clarify('regions_which');
  }
  // "anywhere except California": the rest of the US
  // ("not even SoCal specifically, anywhere is fine" denies the preference, not the place: that is anywhere)
  if (found.includes('anywhere') && /\b(specifically|in particular|particularly|necessarily|per se)\b/.test(said)) out = ['anywhere'];
  else if (found.includes('anywhere') && CA_ALL.every((d) => denied.includes(d))) out = ['other_us'];
  // ("anywhere except San Diego", "anywhere but the IE"): every region but the ones ruled out, listed one by one
  else if (found.includes('anywhere') && denied.some((d) => CA_ALL.includes(d)) && !out.some((r) => r !== 'anywhere')) out = REGIONS.filter((r) => !denied.includes(r));
  // "California, anywhere there": the area just named is meant whole
  else if (out.includes('anywhere') && out.length > 1 && /\banywhere (there|in there|in it|within it|over there|inside it)\b/.test(said)) out = out.filter((r) => r !== 'anywhere');
  // "SoCal mostly but open to anywhere", "anywhere, LA preferred": the places preferred are kept beside anywhere
  else if (out.includes('anywhere') && out.length > 1 && (PREFERRED.test(said) || (WIDENED.test(said) && !whole))) out = [...out.filter((r) => r !== 'anywhere'), 'anywhere'];
  // ("southern California, anywhere", "el sur de california, cualquier lugar"): a bare "anywhere" beside a place named may
  // mean anywhere in it or anywhere at all; which is asked (anywhere said as the whole US, or as the fallback, stays anywhere)
  else if (out.includes('anywhere') && out.length > 1 && !NATIONWIDE.test(said)) return clarify('regions_which');
  else if (out.includes('anywhere')) out = ['anywhere'];
  // "SoCal: LA or OC" names the parts it means
  // (only parts inside the wider area: "SoCal mainly, and NorCal as a backup" adds the rest of California, it narrows nothing)
  else if (!whole && !/\bas well as\b/.test(said) && explicit.some((e) => CA_ALL.includes(e)) && out.length > explicit.length && explicit.every((e) => wide.includes(e))) out = out.filter((r) => explicit.includes(r));
  if (out.length === 0) {
    // "near my brother", "close to my in-laws": a person, not a place, says where; which place is asked
    const t = joined(clauses);
    // ("any Kaiser is fine", "a VA hospital, any"): a health system with hospitals in several regions names none; which is asked
    if (BRANDS.find(t).length) return clarify('regions_which');
    if (t.some((w, i) => /^(near|close|closer|nearby|around|with)$/.test(w) && t.slice(i + 1, i + 5).some((x) => FAMILY.test(x) || x === 'home')) || /\bwest coast\b/.test(said)) return clarify('regions_which');
    if (denied.length && ctx.stored && ctx.stored.some((r) => !denied.includes(r))) return value(ctx.stored.filter((r) => !denied.includes(r)));
    // ("not picky, as long as it's not california", "definitely not CA", "I won't go to California"): all of California
    // ruled out, and no place wished for in it, is the rest of the US
    if (CA_ALL.every((r) => denied.includes(r))) return value(['other_us']);
    if (/\b(no|zero|0|without any|not any|don't have a|dont have a|have no) (real |particular |specific |geographic |location )?preferences?\b|\b(no preference|doesn't matter|doesnt matter|don't care|dont care|any where|open to anything|flexible|wherever|any place)\b/.test(said)) return value(['anywhere']);
    return none();
  }
  const adds = clauses.some((c) => c.adds) && !clauses.some((c) => /\b(only|just)\b/.test(c.text));
  if (adds && ctx.stored) out = [...new Set([...ctx.stored.filter((r) => !denied.includes(r)), ...out])];
  return value(out);
};

// the relatives whose home is the applicant's family tie to a place (knowledge/people.json, use "family")
const FAMILY = new RegExp(`^(?:${alternation(peopleFor('family').map((p) => p.word))})$`);
const FROM_HERE = /\b(i'm|i am|im|i was|originally|grew up|born and raised) from\b|\bhometown\b/;
const LIVED = /^(lived|live|living|reside|resided|resident|grew|raised|moved|resettled|settled|home|stayed|staying|born|house)$/;
const TRAINED = /^(trained|training|train|nurse|internship|interned|rotated|rotation|rotations|extern|externship|externships|observership|observerships|observed|obs|subinternship|clerked|elective|electives|clerkship|clerkships|usce|volunteered|volunteer|volunteering|worked|work|working|job|research|researcher|school|studied|subi|shadowed|shadowing)$/;
// the question asks about Los Angeles and Southern California: Fresno or Sacramento is a tie elsewhere, not to LA
const CA_PLACES = new Set<Place | 'anywhere'>(SOCAL);
// Home abroad ("back home in Manila", "grew up in my home country"): a tie there is not one to LA.
const SCHOOLED = /\b(high school|middle school|elementary school|primary school|secondary school|grade school|junior high|highschool|undergrad|college|went to school)\b/;
const AWAY = /\b(back home|home country|my country|abroad|overseas|in my city|hometown)\b/;
// words that place something by another place ("next to San Diego", "close to the border with SoCal", "just across from LA")
const NEAR_WORD = /\b(near|nearby|next to|close to|closer to|across from|across the border from|outside|outside of|by|border with|bordering|just south of|south of|minutes from|hour from|hours from|miles from|drive from)\b/;
const ABROAD_CITIES = new Set(['tijuana', 'mexicali', 'ensenada', 'rosarito', 'tecate', 'juarez', 'baja', 'mexico', 'london', 'toronto', 'dubai', 'manila', 'lahore', 'karachi', 'cairo', 'lagos', 'mumbai', 'delhi', 'dhaka', 'tehran', 'beirut', 'riyadh', 'aleppo', 'damascus', 'havana', 'bogota', 'lima', 'caracas', 'moscow', 'kyiv', 'istanbul', 'sydney', 'paris', 'madrid', 'berlin']);
// Living together now ("I live with him", "staying with my partner", "my parents live with me in Cerritos", "wife and kids
// are here with me"): where the applicant lives with a relative is both a home of theirs and a family tie
const FAMILY_WORDS = alternation(peopleFor('family').map((p) => p.word));
const LIVE_NOW = "(?:live|lives|living|stay|stays|staying|reside|resides|residing|moved in)";
const COLIVING = new RegExp(`\\b${LIVE_NOW}\\b(?: [a-z']+){0,3}? with (him|her|them|(?:my|our) (?:[a-z']+ )?(?:${FAMILY_WORDS}))\\b|\\b(?:${FAMILY_WORDS})\\b[^;]*\\b(?:${LIVE_NOW.slice(3, -1)}|is|are)\\b[^;]*\\bwith (?:me|us)\\b`);
const NOT_BEFORE = /\b(?:don't|dont|do not|doesn't|doesnt|not|never|no longer|didn't|didnt|won't|wont)(?: [a-z']+){0,2}$/;
/** True when the clause says the applicant lives with a relative now (a pronoun only when the message names a relative). */
function livesWithFamily(text: string, relativeNamed: boolean): boolean {
  const m = COLIVING.exec(text);
  if (!m || NOT_BEFORE.test(text.slice(0, m.index).trim())) return false;
  return !/^(him|her|them)$/.test(m[1] ?? '') || relativeNamed;
}
// ("my aunt lives in East LA and I lived with her": a pronoun for the relative just placed points there too)
const TIE_WORDS = /\b(ties?|connection|connections|there|here|with (her|him|them))\b/;

// Past versus now: a relative who was there once and is not now ("my uncle lived in LA in the 90s but moved back to Dhaka",
// "my grandparents were in Riverside but passed away", "my aunt used to live in Pasadena") is no family tie today; the
// words are looked for across the relative's sentence
const RELATIVE_GONE = /\b(?:moved (?:back|away|out|abroad|home)|went back|gone back|returned (?:to|home)|left (?:la|the us|california|socal|the country|for)|passed away|passed on|died|no longer|not (?:there )?anymore|anymore|used to)\b/;
const RELATIVE_WAS = /\b(?:lived|was|were|stayed|had a (?:house|place|home))\b[^;]*\b(?:in the (?:19)?[4-9]0s|in the 20[01]0s|years ago|long ago|back then|back in (?:19|20)\d\d|(?:till|until|before) (?:19|20)\d\d|when i was (?:a )?(?:kid|child|little|young|small))\b/;
// a stay told in the simple past with its length ("my aunt lived there for a while", "my cousins stayed in Irvine for 2
// years"): a stay that ended, unlike "has lived there for 20 years"
const RELATIVE_ONCE = /(?<!\b(?:has|have|had|'s|'ve) )\b(?:lived|stayed|was|were)\b[^;]*\bfor (?:a while|a bit|a time|some time|a (?:few|couple of|couple) (?:months|years)|a (?:month|year)|\d+ (?:months|years))\b|\bonce lived\b/;
const OWN_SUBJECT = /^(?:i|i'm|im|i've|ive|i'd|we|we're|me|myself)$/;
/** A relative's clause that places them somewhere in the past only, or in a sentence saying they have gone since: no tie today. */
export function relativeGone(tokens: readonly string[], sentence: string): boolean {
  // ("no family there anymore", "nobody there now": a denial of anyone there is the applicant's own answer)
  if (!tokens.some((w) => FAMILY.test(w)) || tokens.some((w) => OWN_SUBJECT.test(w) || /^(?:no|nobody|none|not|zero|never|noone)$/.test(w))) return false;
  return RELATIVE_GONE.test(sentence) || RELATIVE_WAS.test(tokens.join(' ')) || RELATIVE_ONCE.test(tokens.join(' '));
}
// a clause with no subject of its own after a gone relative's clause ("my uncle lived in LA | moved back to Dhaka") goes
// on about the relative: where they moved is not where the applicant lived
/** A clause with no subject of its own, opening on a verb of moving or living (it goes on about the clause before). */
export const NO_SUBJECT = /^(?:and |but |then |later |later on )?(?:moved|went|returned|left|relocated|settled|lives|lived|living|stays|stayed)\b/;
// a move or relocation ruled out ("can't move", "cannot relocate"): why a region is kept, not a denial of a tie
const CANT_MOVE = /\b(?:cant|can't|cannot|can not|couldnt|couldn't|wont|won't|unable to) (?:move|relocate|leave|shift)\b/;
/** Ties to LA/SoCal; a tie to a place outside California is not one, and a negated tie is false, never true. */
export const readLaTies: Reader<LaTies> = (clauses, ctx) => {
  if (clauses.length === 1) {
    const c = clauses[0]!.text;
    if (c === 'none') return value({ family: false, lived: false, trained: false });
    if (c === 'family' || c === 'lived' || c === 'trained') return value({ family: c === 'family', lived: c === 'lived', trained: c === 'trained' });
  }
  const base: LaTies = ctx.stored ? { ...ctx.stored } : { family: false, lived: false, trained: false };
  let said = false;
  // "internship in Los Angeles... the one in Chile", "never been to the US one": the place named is a namesake abroad
  const whole = joined(clauses).join(' ');
  const namesakeTold = /\bthe (one|1|city|town) in ([a-z]+)\b/.test(whole) && [...whole.matchAll(/\bthe (?:one|1|city|town) in ((?:el |the )?[a-z]+)\b/g)].some((m) => abroadAt(m[1]!.split(' '), 0)) || /\b(not|never been to|never went to|never been in) the (us|american|usa|california|cali) (one|1)\b/.test(whole)
    // ("San Fernando - the Philippines one", "Santa Ana, the Salvadoran one": a country or nationality naming which one)
    || [...whole.matchAll(/\bthe ([a-z]+) (?:one|1|city|town)\b/g)].some((m) => abroadAt([m[1]!], 0) || NATIONALITIES.has(m[1]!));
  let wholeStateOnly = false;
  let placeInState = false;
  // "a rotation in Tijuana, right next to San Diego": beside a place abroad, a place named as near it only says where that is
  const abroadSentences = new Set(clauses.filter((c) => c.tokens.some((w, i) => (COUNTRIES.has(w) || ABROAD_CITIES.has(w)) && w !== 'other' && w !== 'another' && /^(in|from|at)$/.test(c.tokens[i - 1] ?? ''))).map((c) => c.sentence));
  const relativeNamed = clauses.some((c) => c.tokens.some((w) => FAMILY.test(w.replace(/'s$/, ''))));
  const named = (ctx.messagePlaces ?? []).filter((p) => p !== 'anywhere');
  const messageInSoCal = named.length > 0 && named.every((p) => CA_PLACES.has(p));
  clauses.forEach((c, ci) => {
    const all = c.tokens.map((w) => (w === '0' ? 'no' : w));
    // "high school in Pasadena before med school in Armenia": what comes after "before"/"then" is another time and place
    const turn = all.findIndex((w, i) => i > 1 && /^(before|after|then|until|till|later)$/.test(w));
    const t = turn > 0 && regionsInTokens(all.slice(0, turn)).some((p) => CA_PLACES.has(p)) ? all.slice(0, turn) : all;
    // school before medicine ("high school in Pasadena", "went to college in Irvine") is where the applicant lived
    if (SCHOOLED.test(t.join(' ')) && regionsInTokens(t).some((p) => CA_PLACES.has(p)) && !negatedAt(t, t.indexOf('school'), 4)) { base.lived = true; said = true; }
    const next = clauses[ci + 1]?.tokens[0] ?? '';
    // "Los Ángeles, Chile", "San Diego (Colombia)": a namesake abroad, told by the country right after it
    const namesake = namesakeTold || PLACES.find(t).some((h) => (h.end < t.length ? abroadAt(t, h.end) || REGION_ABROAD.has(t[h.end]!) || cityOfAnotherState(h.phrase, t, h.end) : abroadAt(clauses[ci + 1]?.tokens ?? [], 0) || REGION_ABROAD.has(clauses[ci + 1]?.tokens[0] ?? '') || cityOfAnotherState(h.phrase, clauses[ci + 1]?.tokens ?? [], 0))) || /\bnot the (us|american|california|usa) (one|1)\b/.test(c.text);
    const reference = abroadSentences.has(c.sentence) && PLACES.find(t).length > 0 && PLACES.find(t).every((h) => NEAR_WORD.test(t.slice(Math.max(0, h.start - 3), h.start).join(' ')));
    const places = namesake || reference ? [] : regionsInTokens(t);
    // ("San Diego, where my sister lives", "LA o Irvine, donde crecí"): a clause opening on "where" is about the place just
    // named, when every place the message names is in Southern California
    const pointsBack = places.length === 0 && /^(?:and |or )?where\b/.test(c.text) && messageInSoCal;
    const here = places.some((p) => CA_PLACES.has(p)) || pointsBack;
    if (here && !pointsBack && PLACES.find(t).every((h) => h.value === 'california')) wholeStateOnly = true;
    else if (here) placeInState = true;
    // ("resettled in El Cajon in 2022 from Iraq", "moved to Irvine from Lahore"): beside a place here, the country a move came from is no place abroad
    const abroadWord = here ? /^(in|at)$/ : /^(in|from|at)$/;
    const elsewhere = namesake || c.tokens.some((w) => REGION_ABROAD.has(w)) || (places.length > 0 && !here) || AWAY.test(c.tokens.join(' ')) || placedAbroad(c.tokens.join(' ')) || c.tokens.some((w, i) => (COUNTRIES.has(w) || ABROAD_CITIES.has(w)) && abroadWord.test(c.tokens[i - 1] ?? ''));
    // family, work or a home with no place named is a tie only in answer to the ties question, or when the message says "ties" about SoCal
    const aboutLa = here || (!elsewhere && (ctx.pending || (TIE_WORDS.test(c.tokens.join(' ')) && (ctx.messagePlaces ?? []).some((p) => p !== 'anywhere' && CA_PLACES.has(p)))));
    const mark = (key: keyof LaTies, re: RegExp) => {
      t.forEach((w0, i) => {
        // "my dad's been in Northridge": "dad's" is "dad has" before a verb of being somewhere
        const w = /'s$/.test(w0) && /^(been|in|living|still|always|lived|here|there|settled|based)$/.test(t[i + 1] ?? '') ? w0.slice(0, -2) : w0;
        if (!re.test(w)) return;
        if (!aboutLa && !(elsewhere && ctx.pending)) return;
        // "my friend's family" is not the applicant's
        if (key === 'family' && (/'s$/.test(t[i - 1] ?? '') || /^(his|her|their)$/.test(t[i - 1] ?? ''))) return;
        // "family friends in Glendale" are friends; "my cousin used to live in LA" lives elsewhere now
        if (key === 'family' && (/^friends?$/.test(t[i + 1] ?? '') || /\bused to (live|stay|be)\b/.test(t.join(' ')))) return;
        // ("lived in Torrance when my husband worked there": a relative in a clause that dates the applicant's own stay is no family tie)
        if (key === 'family' && t.slice(Math.max(0, i - 3), i).some((x) => /^(when|while|whilst)$/.test(x))) return;
        // "my mom and uncle live in Glendale": where the family lives is a family tie, not a home of the applicant's
        // (nor is where they work or trained: "my sister worked in San Diego" is her tie, and a family one)
        // (but a relative who raised the applicant there gave them a home: "my aunt in Tarzana raised me", "my grandma brought me up")
        if ((key === 'lived' || key === 'trained') && t.slice(Math.max(0, i - 4), i).some((x) => FAMILY.test(x.replace(/'s$/, ''))) && !t.slice(Math.max(0, i - 4), i).some((x) => /^(i|we|i've|ive|me|myself|with)$/.test(x))
          && !(key === 'lived' && /^(me|us)$/.test(t[i + 1] ?? ''))) return;
        // ("LA only, can't move, wife's job"): a move ruled out gives the reason for a region, and says nothing of the tie
        if (CANT_MOVE.test(t.slice(Math.max(0, i - 5), i).join(' '))) return;
        said = true;
        base[key] = !negatedAt(t, i, 5) && !deniedAfter(t, i) && !elsewhere;
      });
    };
    mark('family', FAMILY);
    mark('lived', LIVED);
    if (!SCHOOLED.test(t.join(' '))) mark('trained', TRAINED);
    // "I'm from East LA": where the applicant comes from is where they lived
    if (here && FROM_HERE.test(c.text) && !negatedAt(t, t.indexOf('from'), 3)) { base.lived = true; said = true; }
    if ((aboutLa || here) && !elsewhere && livesWithFamily(t.join(' '), relativeNamed)) { base.family = true; base.lived = true; said = true; }
    // ("my wife is from Riverside and we've lived there together"): "we" at home beside a relative named is a home shared with them
    if (here && !elsewhere && WE_AT_HOME.test(c.text)) { base.family ||= relativeNamed; base.lived = true; said = true; }
    // a job held there, not a rotation ("working as a scribe in Riverside since 2021", "research associate at Cedars",
    // "medical assistant in Moreno Valley"): the applicant lived there
    const job = t.findIndex((w) => JOB_HELD_WORD.test(w));
    if (here && !elsewhere && job >= 0 && !ROTATION_WORD.test(t.join(' ')) && !negatedAt(t, job, 4) && !t.slice(Math.max(0, job - 4), job).some((x) => FAMILY.test(x.replace(/'s$/, '')) || /^(his|her|their)$/.test(x))) { base.lived = true; said = true; }
  });
  // "2mo obs LA ... no ties": a plain "no ties" is the applicant's own answer; a rotation told beside it is not a tie they claim
  // (but family living there is a tie, whether or not the applicant knew it counts: "no ties. my cousin lives in irvine")
  const familyLivesHere = base.family && !ctx.stored?.family && clauses.some((c) => FAMILY_HERE.test(c.text) && regionsInTokens(c.tokens).some((p) => CA_PLACES.has(p)));
  if (said && !familyLivesHere && /(?<!\b(the|about|said|my) )\bno (la |socal |california )?(ties|connections?)\b/.test(joined(clauses).join(' ')) && !/\b(except|but|apart from|other than|besides|only)\b/.test(joined(clauses).join(' '))) return value({ family: false, lived: false, trained: false });
  // "my cousin is in cali somewhere": a tie somewhere in the whole state, no place in it named, may be far from LA; where is asked
  if (said && wholeStateOnly && !placeInState && (['family', 'lived', 'trained'] as const).some((k) => base[k] && !ctx.stored?.[k])) return refuse('Where in California is that: Los Angeles or elsewhere in Southern California, or further north?');
  if (said) return value(base);
  const text = joined(clauses).join(' ').replace(/\b0 (ties|tie|connection|connections|family|relatives)\b/g, 'no $1');
  if (/\b(visited|visit|visiting|vacation|trip|holiday|friend|friends|kind of|sort of)\b/.test(text) && !/\b(no ties|none)\b/.test(text)) return refuse('Is that a tie programs would count: family living there, you lived there, or you trained there?');
  // "my best friend matched at Harbor-UCLA, that's my only connection": someone else's tie was the only one
  if (/\b(no (?:la |socal |california |real )?ties|none|no connection|no connections|nothing|not really|nope|nah|no one|nobody|zero)\b|\bmy only (connection|tie|link)\b/.test(text) || (ctx.pending && yesNo(clauses) === false)) return value({ family: false, lived: false, trained: false });
  return none();
};

const PLACE_FILLER = new Set(['in', 'and', 'or', 'the', 'also', 'too', 'plus', 'maybe', 'both', 'at', 'around', 'area', 'county', 'city', 'mostly', 'mainly', 'only', 'just', 'all', 'of', 'from', 'there', 'etc', 'pls', 'please',
  // the same joins in Spanish, Portuguese and Hindi-Urdu ("LA y orange county", "LA ou San Diego", "LA aur OC")
  'y', 'o', 'e', 'ou', 'u', 'en', 'em', 'tambien', 'también', 'tambem', 'também', 'aur', 'ya', 'mein']);

/** Clauses that name a place and nothing else: used to tell preferences from context. */
export function onlyPlaces(c: Clause): boolean {
  const hits = PLACES.find(c.tokens);
  const inPlace = new Set(hits.flatMap((h) => Array.from({ length: h.end - h.start }, (_, k) => h.start + k)));
  return hits.length > 0 && c.tokens.every((w, i) => inPlace.has(i) || PLACE_FILLER.has(w));
}
