// Fail-safe meaning guards: a word changes a field only where it is used in that field's sense. A language name
// that describes something else ("Russian journals", "arabic mode"), a year that sits with another event, a field
// named only to compare with ("same story as CK"), a letter that recommends nobody ("letter to the editor") and a
// SoCal name for a place elsewhere ("Santa Ana, El Salvador") are read as nothing; when unsure, nothing is stored.

import type { ProfileField } from '../../domain/profile.js';
import { COUNTRIES } from './readers/visa.js';
import { REGION_ALIASES } from './places-and-names.js';

// Words that make a clause about speaking: with one of them, a language name in the clause is a language spoken.
const SPEAK_CUE = /\b(speak|speaks|spoke|speaking|spoken|talk|talks|fluent|fluently|language|languages|lang|native|natively|tongue|bilingual|trilingual|multilingual|conversational|proficient|proficiency|patients?|add|remove|drop|forgot|also|too)\b/;
// What may follow a language spoken in a list: another name, a joining word, how well, or a discourse word. Any other
// word after it ("journals", "mode", "date", "dramas") makes the name an adjective of that word.
const LIST_FOLLOWER: ReadonlySet<string> = new Set(('and n or plus also too as well both only mostly mainly obviously obv ofc fluently fluent natively native '
  + 'speaker speakers speaking spoken decently well conversational proficient is are was at with for lol tbh haha ok okay fine good great perfectly '
  + 'pls please btw thanks yes yeah basic rusty broken little bit some medium level so somewhat kinda mother first second third '
  + 'not but though tho either etc actually really instead').split(' '));

/**
 * True when a language name at tokens[start, end) may be read as a language spoken: the clause speaks of speaking,
 * or the name stands in a list (at the end, before another name, or before a joining or skill word).
 */
export function spokenSense(tokens: readonly string[], end: number, isName: (word: string) => boolean): boolean {
  const next = tokens[end];
  const follows = (w: string | undefined) => w === undefined || LIST_FOLLOWER.has(w) || isName(w);
  // ("a Spanish-speaking clinic": "speaking" with a noun after it describes that noun)
  const compound = next !== undefined && SPEAKING.test(next) && !follows(tokens[end + 1]);
  if (follows(next) && !compound) return true;
  // (the words that describe are no cue themselves: "treated Spanish speaking patients" says nothing of the applicant)
  return SPEAK_CUE.test([...tokens.slice(0, end), ...tokens.slice(end + 2)].join(' '));
}

const SPEAKING = /^(speaking|speaker|speakers)$/;

// Words that say nothing of what happened in a year: discourse, correction and filler words ("sorry, 2019 not 2020").
const NO_EVENT: ReadonlySet<string> = new Set(('sorry sry no not nope nah wait actually oops i meant mean it it\'s its was is in the year yr of ugh autocorrect '
  + 'typo my bad correction oh lol haha and also btw ok okay so um uh hmm yes yeah yep like around approx about').split(' '));
const A_YEAR = /^(19[5-9]\d|20\d\d)$/;

/**
 * True when a clause that names no field is a year standing alone ("2019", "sorry, 2019 not 2020"): only then is it
 * taken for the graduation year when another question is asked. A year told with other words ("papa ne file kiya
 * tha 2019 mein", "the wedding was 2021") sits with some other event and is left out.
 */
export function yearAlone(tokens: readonly string[]): boolean {
  return tokens.every((t) => A_YEAR.test(t) || NO_EVENT.has(t));
}

// Words that name something only to compare with it: "same story as CK", "similar to my step 1", "unlike CK".
const COMPARED = /(?:^|\s)(?:same(?: [a-z]+)? as|similar(?: [a-z]+)? to|just like|like with|as with|unlike|compared to|compared with)(?: my| the| with| for| on| in)?$/;

/** Drops the cues that stand right after a comparison word: the field compared with is not the one being told. */
export function withoutCompared<M extends { at: number }>(found: readonly M[], tokens: readonly string[]): M[] {
  if (!found.length || !tokens.some((t) => t === 'same' || t === 'similar' || t === 'like' || t === 'unlike' || t === 'compared' || t === 'with')) return [...found];
  return found.filter((m) => !COMPARED.test(tokens.slice(Math.max(0, m.at - 4), m.at).join(' ')));
}

// Letters that recommend nobody: ones the applicant sends (intent, interest, thanks, cover), ones sent to them (offer,
// acceptance, sponsorship, visa) and a publication ("letter to the editor").
const LETTER_BEFORE = /^(intent|interest|cover|offer|acceptance|motivation|motivational|sponsorship|invitation|invite|appointment|rejection|employment|verification|visa|you|thanks|thankyou|intention|update|waiver|support)$/;
const LETTER_AFTER = /^(to (the )?editors?|to programs?|of (intent|interest|intention|acceptance|offer|employment|invitation|appointment|sponsorship|verification|support)|for (my |the )?(visa|sponsorship|waiver))\b/;

/** True when "letter(s)" at tokens[at] is a letter of recommendation, not one of intent, thanks, an offer or a publication. */
export function recommends(tokens: readonly string[], at: number): boolean {
  return !LETTER_BEFORE.test(tokens[at - 1] ?? '') && !LETTER_AFTER.test(tokens.slice(at + 1, at + 4).join(' '));
}

// Countries a SoCal place name may be the namesake of ("Santa Ana, El Salvador", "San Fernando, Trinidad", "Ontario,
// Canada"), beside the ones the visa reader knows.
const ABROAD: ReadonlySet<string> = new Set([...COUNTRIES, ...('europe asia africa salvador honduras nicaragua panama rica bolivia paraguay uruguay haiti dominican trinidad tobago '
  + 'barbados bahamas belize guyana suriname portugal ireland scotland wales netherlands holland belgium switzerland austria sweden norway denmark finland '
  + 'philippines luzon mindanao cebu singapore myanmar burma cambodia laos bhutan maldives oman qatar kuwait bahrain emirates azerbaijan belarus moldova bulgaria '
  + 'hungary czechia slovakia croatia bosnia montenegro macedonia kosovo lithuania latvia estonia tanzania rwanda zambia malawi senegal eritrea congo angola '
  + 'mozambique namibia botswana liberia gambia madagascar mauritius fiji mongolia zealand').split(' ')].filter((w) => w !== 'other' && w !== 'another' && w !== 'georgia'));

/** True when tokens[at] (after "el", "the", "la" or "de") names a country abroad: the place just before it is its namesake there. */
export function abroadAt(tokens: readonly string[], at: number): boolean {
  let i = at;
  // ("Ontario but that's Canada", "Santa Ana, which is in El Salvador")
  while (i < at + 3 && /^(el|the|la|de|in|that's|thats|that|is|which|its|it's|ie)$/.test(tokens[i] ?? '')) i += 1;
  return ABROAD.has(tokens[i] ?? '');
}

// States a SoCal city name has namesakes in ("Glendale, Arizona", "Pasadena, Texas", "Ontario, Oregon")
const STATES = 'alabama alaska arizona arkansas colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming az tx fl nv wa ny nj';
const STATE: ReadonlySet<string> = new Set(STATES.split(' '));
// names of the whole area, never a namesake's: "LA, Texas and Florida" is a list
const AREA = /^(la|l\.a\.|los angeles|la county|oc|orange county|sd|san diego|ie|inland empire|socal|so cal|southern california|california|ca|cali)$/;

/** True when a SoCal city name is followed by another US state ("Glendale, Arizona"): the city there, not here. */
export function cityOfAnotherState(phrase: string, tokens: readonly string[], end: number): boolean {
  return !AREA.test(phrase) && STATE.has(tokens[end] ?? '');
}

const ABROAD_NAMES = [...ABROAD].join('|');
const ADDRESS = new RegExp(`([a-z])(?:,|\\s*[;(-]+)\\s+(?=(?:(?:the|that|this) (?:one|1|city|town) in )?(?:el |the |la )?(?:${ABROAD_NAMES})\\b)`, 'g');
// a California city name (never the area's own name) and the other state after it: "Pasadena, Texas", "Glendale - AZ"
const CA_CITIES = REGION_ALIASES.filter(([p, r]) => r !== 'other_us' && r !== 'anywhere' && r !== 'socal' && r !== 'california' && !AREA.test(p) && /^[a-z ]+$/.test(p)).map(([p]) => p);
const CITY_STATE = new RegExp(`\\b(${CA_CITIES.join('|')})(?:,|\\s*[(-]+)\\s+(?=(?:${STATES.split(' ').join('|')})\\b)`, 'g');
/** "Santa Ana, El Salvador", "Santa Ana - the one in El Salvador" is one place, not a list: the break before the country is taken out
 * (and before another state after a California city's name: "Pasadena, Texas" is one place). */
function addressesJoined(text: string): string {
  return /[,;(-]/.test(text) ? text.replace(ADDRESS, '$1 ').replace(CITY_STATE, '$1 ') : text;
}

// "I'll pass on surgery", "gonna pass on FM": to pass on something is to decline it, no exam passed
const PASS_ON = /\b(i'll|ill|i will|i'd|id|i would|will|would|gonna|going to|i'm going to|happy to|rather) pass on\b/g;

/** The message with words of another sense rewritten plainly: a place and its country joined, "pass on X" as "skip X". */
export function plainSenses(text: string): string {
  const t = addressesJoined(text);
  return t.includes('pass on') ? t.replace(PASS_ON, '$1 skip') : t;
}

const IN_ABROAD = new RegExp(`\\b(?:in|from|at) (?:[a-z]+ ){1,2}(?:el |the )?(?:${ABROAD_NAMES})$`);
/** "grew up in San Fernando Trinidad": a place the tables do not know, with its country abroad after it, is abroad. */
export function placedAbroad(text: string): boolean {
  return IN_ABROAD.test(text);
}

// "family", "internal" alone in answer to the specialty question are the specialty, not a family tie
const BARE_SPECIALTY_WORD = /^(family|internal|emergency)( med| medicine)?[.!]?$/;
/** The text with a lone "family" or "internal" read as the specialty when the specialty question is pending. */
export function bareSpecialtyWord<T extends { text: string }>(n: T, pending: ProfileField | undefined): T {
  const m = pending === 'specialty' ? BARE_SPECIALTY_WORD.exec(n.text.trim()) : null;
  return m ? { ...n, text: `${m[1]} medicine` } : n;
}
