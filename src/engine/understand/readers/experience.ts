// Reader for US clinical experience (letters are read in letters.ts, research output in research.ts).
import type { Region, Usce } from '../../../domain/profile.js';
import type { Clause } from '../clauses.js';
import { deniedAfter, negatedAt, numbersIn } from '../scan.js';
import { clarify, none, refuse, value, type Reader } from '../reading.js';
import { regionsInTokens } from './places.js';
import { specialtiesIn } from './specialty.js';
import { COUNTRIES } from './visa.js';

const HANDS_ON = /^(handson|extern|externship|externships|subi|subinternship|clerkship|clerkships|elective|electives|rotation|rotations|core|cores|residency|intern|internship|clinicals|acting|ai|prelim|preliminary|worked)$/;
const OBSERVER = /^(observership|observerships|observer|observing|observed|observ|obsv|obship|obships|shadow|shadowing|shadowed|obs)$/;
const NONE_IN_US = /\b(none|nothing|zero|0|no experience|no clinical experience) (in|from) (the )?(us|usa|states|united states|america)\b/;
const NOTHING = /^(none|no|nope|nah|zero|nothing|nil|n\/a|na|0|never)$/;

const BARE_DENIAL = /^(?:(?:but|and|so|well|honestly|sadly|unfortunately|tbh) )?(?:i |i've |ive |me )?(?:still )?(?:have |had |got )?(?:none|nothing|zero|0|haven't|havent|have not|didn't|didnt|did not|don't|dont|do not|never|not)(?: (?:done|had|did|do|have|got|gotten|any|anything|none|one|yet|so far|at all|really|actually|tbh|either))*$/;
function isNothing(clauses: readonly Clause[], pending: boolean): boolean {
  const first = clauses[0]?.tokens ?? [];
  if (clauses.some((c) => c.tokens.some((w, i) => (HANDS_ON.test(w) || OBSERVER.test(w)) && !negatedAt(c.tokens, i)))) return false;
  // "I haven't done any", "I have none", "nothing so far" in answer to the experience question: none
  if (pending && clauses.some((c) => BARE_DENIAL.test(c.text))) return true;
  if (first.length > 0 && first.length <= 4 && NOTHING.test(first[0]!) && !numbersIn(first).some((n) => n.value > 0)) return pending || first.length > 1;
  // to the question asked, "I haven't done any" (after someone else's months) is none of it
  if (pending && clauses.some((c) => /^(i |but i |and i )?(haven't|havent|have not|never|didn't|didnt|did not)( yet)? (done|had|got|did|do|have)( any| anything)( yet| myself| so far)?$/.test(c.text))) return true;
  // "a year of internship in Peru, but none in the US yet"
  if (clauses.some((c) => /\b(none|nothing|zero|0) (in|from) (the )?(us|usa|states|america)\b/.test(c.text))) return true;
  return clauses.some((c) => /\b(no|zero|0|not any|don't have any|dont have any|don't have|dont have|do not have|haven't done any|have no|without|never did any|never had any|never done any) (us )?(usce|clinical experience|clinical exp|experience|exp|observerships?|externships?|rotations?|us clinical experience|clinicals|clinical work|clinical exposure)\b/.test(c.text) && !numbersIn(c.tokens).some((n) => n.value > 0 && !n.negated));
}

// Work said to be without patients ("no patient care", "never saw patients", "zero clinical work")
const NO_PATIENTS = /\b(no|zero|0|without|never|not any|nothing|no direct)\b(?: [a-z]+){0,2} (patient care|patient contact|patients|patient|clinical (work|duties|contact|exposure|care|responsibilities))\b|\b(no|zero|0|without|never)\b(?: [a-z]+){0,2} (clinical )?(rotations|clinicals)\b|\bnever (saw|seen|see|touched|examined|treated) (a |any )?patients?\b|\bnon ?clinical\b/;
// A research or lab post is no clinical post, whatever its length ("worked as a research coordinator for 2 years")
const NON_CLINICAL_POST = /\bresearch (coordinator|assistant|associate|tech|technician|scientist|scholar|staff)s?\b|\b(lab|laboratory) (tech|technician|assistant|work)\b|\bpost ?doc\b/;
// words of clinical posts that stay clinical even in a sentence that denies patient care elsewhere
const CLINICAL_POST = /^(handson|extern|externship|externships|subi|subinternship|clerkship|clerkships|elective|electives|rotation|rotations|core|cores|residency|intern|internship|clinicals|acting|prelim|preliminary)$/;
const VIRTUAL = /\b(virtual|online|telehealth|telemedicine|tele ?rotation|tele|remote|remotely|zoom|webinar)\b/;
const CONDITIONAL = /\b(maybe|might|possibly|perhaps|hopefully|if|pending|depending)\b/;
const stored0 = (ctx: { stored: Usce | undefined }): boolean => ctx.stored !== undefined && ctx.stored.months > 0;
const ORDINAL_COUNT = new Map([['2nd', 2], ['second', 2], ['3rd', 3], ['third', 3], ['4th', 4], ['fourth', 4]]);
// One soft word before a count ("about 3 months", "around 8 weeks") still gives the count; doubt on doubt
// ("roughly 6 weeks or so"), a guess ("maybe", "i think") or a vague amount asks.
const SOFT_HEDGE = /\b(roughly|about|around|approx|approximately)\b/g;
const STRONG_HEDGE = /\b(or so|ish|maybe|i think|not sure|few|some|several|couple)\b|~/;
const unsure = (text: string) => STRONG_HEDGE.test(text) || (text.match(SOFT_HEDGE)?.length ?? 0) >= 2;
// "1 month hands on and 0 obs": a kind counted zero was not done
const zeroBefore = (t: readonly string[], i: number) => t[i - 1] === '0' || (t[i - 2] === '0' && /^(months?|mos?|weeks?|wks?)$/.test(t[i - 1] ?? ''));
// "2.5 months across 2 hospitals": a number before a plural noun counts that noun, not months
const COUNTED_NOUN = /^(?!(?:months|weeks|years|handson|this|plus|was|has|its)$)[a-z]{3,}s$/;
const UNIT_MONTHS = { month: 1, week: 0.25, year: 12 } as const;
// "..., 3 obs in Boston", "and 2 hands-on at UCI": a list item opening with a bare count and a kind, no length of its own after it
const LIST_KIND = /^(obs|observership|rotation|elective|externship|clerkship|handson)$/;
// (not a count of blocks the months were spread over: "3 months across 2 obs")
const listedPart = (t: readonly string[], at: number) => (at === 0 || !/^(across|in|over|during|from|of|between|with|at|into|for|among)$/.test(t[at - 1]!)) && LIST_KIND.test(t[at + 1] ?? '')
  && !/\b(each|of \d|for \d|\d+ (months?|weeks?|mos?|wks?))\b/.test(t.slice(at + 2).join(' '));
const SOME_OF = /\b(\d+(?:\.\d+)?) (?:months? )?of (?:those|the|my|these|them|all) (\d+(?:\.\d+)?) (?:months?|mos?)\b/;
// a kind said of the whole ("all observership", "both were observerships", "observerships all of them"), beside words
// that name a block and not its kind (a rotation or an elective may be an observership)
const ALL_OBSERVED = /\b(?:all|both|each|every one|all of (?:them|it|those))(?: (?:of them|were|was|are|is|as|just|only))* (?:an? )?(?:obs|observerships?|observer|shadowing)\b|\b(?:obs|observerships?|shadowing)(?: (?:for|in|at))? (?:all|both)(?: of (?:them|it))?\b(?! (?:but|except|apart))/;
const ALL_BUT = /\b(?:not|except|but|apart from|other than|besides|save)\b[^;]{0,20}\b(?:all|both|obs|observerships?)\b|\b(?:all|both)\b[^;]{0,25}\b(?:except|but|apart from|other than|besides)\b/;
const BLOCK_NOUN = /^(rotation|rotations|elective|electives|clerkship|clerkships|core|cores)$/;
// "not all observership", "all hands on except 1 month obs": a kind said of a part is done, not denied
const PART_OF_ALL = /\bnot all\b|\ball\b.*\b(?:except|besides|apart from|other than|but)\b/;
const kindDenied = (t: readonly string[], i: number) => negatedAt(t, i) && !PART_OF_ALL.test(t.slice(Math.max(0, i - 6), i).join(' '));
const EXPLICIT = /\b(usce|us clinical|clinical experience|was|were|is|are|not|meant|actually)\b/;

/** US clinical experience: months summed, kind from the words not negated, where from the places named; asks what is missing. */
export const readUsce: Reader<Usce> = (all, ctx) => {
  if (all.length === 1 && all[0]!.text === 'none') return value({ months: 0, kind: 'none', where: [] });
  // a bare number to the question ("8"): months, but of which kind is not said, and is asked
  const bare = ctx.pending && all.length === 1 ? /^(\d{1,3}(?:\.\d)?)$/.exec(all[0]!.text.trim()) : null;
  if (bare && Number(bare[1]) > 0 && Number(bare[1]) <= 120 && !stored0(ctx)) return clarify('usce_kind', { months: Number(bare[1]), where: '' });
  // "all of it in Canada (8 months) - zero in the US": a plain zero for the US outweighs counts told of another country
  if (all.some((c) => NONE_IN_US.test(c.text)) && !all.some((c) => !NONE_IN_US.test(c.text) && regionsInTokens(c.tokens).some((r) => r !== 'anywhere'))) return value({ months: 0, kind: 'none', where: [] });
  // "about 4 months hands-on, maybe one more if my sub-I is approved": what only might come is not counted beside what was done
  const sure = all.filter((c) => !CONDITIONAL.test(c.text));
  const clauses = sure.length < all.length && sure.some((c) => numbersIn(c.tokens).some((n) => !n.negated && (n.unit === 'month' || n.unit === 'week'))) ? sure : all;
  let months = 0;
  let said = false;
  let handsOn = false;
  let observer = false;
  const where: Region[] = [];
  let hedged = false;
  let virtual = false;
  let lastUnit: keyof typeof UNIT_MONTHS = 'month';
  let eachCounted = false;
  // "a research coordinator for 2 yrs, no patient care": time spent without patients is no clinical experience
  const noPatients = new Set(clauses.filter((c) => NO_PATIENTS.test(c.text)).map((c) => c.sentence));
  let withoutPatients = false;
  for (const c of clauses) {
    const t = c.tokens;
    const saidBefore = months;
    if ((noPatients.has(c.sentence) || NON_CLINICAL_POST.test(c.text)) && !t.some((w) => OBSERVER.test(w) || CLINICAL_POST.test(w))) { withoutPatients = true; continue; }
    // experience abroad ("a rotating internship in Peru", "back home") is not US clinical experience
    if (abroad(t) && !regionsInTokens(t).some((r) => r !== 'anywhere')) continue;
    // nor is a virtual one ("2 months of virtual observership", "an online elective", "telehealth rotation")
    if (VIRTUAL.test(c.text) && !/\b(and|plus|also|in person)\b/.test(c.text.replace(VIRTUAL, ''))) { virtual = true; continue; }
    // "none of it in California": the places of a denied clause are where it was not
    // ("but zero in CA": a conjunction left before the denial by the comma before it)
    const deniedPlaces = /^(?:(?:but|and|though|yet|although) )?(?:(none|not|no|never|nothing|zero|0) (of|in|at)\b|(none|not|no|never|nothing)\b)/.test(c.text) || /\b(none|nothing|zero|0) of (it|them)\b/.test(c.text);
    // ("none of it in California except 2 weeks in Visalia": the places after the exception were where it was)
    const except = deniedPlaces ? t.findIndex((w, i) => /^(except|besides|apart|other)$/.test(w) && (w !== 'other' || t[i + 1] === 'than')) : -1;
    // "2 obs in riverside, 1 month each"
    const all = clauses.map((x) => x.text).join(' ; ');
    const each = /\b(\d+|2nd|second|3rd|third|4th|fourth) (obs|observerships?|rotations?|electives?|externships?|clerkships?|subi)\b.*?\b(\d+(?:\.\d+)?) (months?|mo|weeks?|wks?) each\b/.exec(all);
    if (each && !eachCounted) { months += (Number(each[1]) || ORDINAL_COUNT.get(each[1]!)!) * Number(each[3]) / (each[4]!.startsWith('w') ? 4 : 1); said = true; eachCounted = true; }
    // (only the clauses the "each" spans are counted by it: "2 rotations, 1 month each, plus 2 months obs" is 4)
    const at = clauses.slice(0, clauses.indexOf(c)).reduce((a, x) => a + x.text.length + 3, 0);
    const inEach = each !== null && at < each.index + each[0].length && at + c.text.length > each.index;
    // ("6 months, none in LA except a month at Harbor": the exception is part of the months told, not more of them)
    const partOfTold = except > 0 && said;
    for (const n of numbersIn(t)) {
      if ((n.negated && !(except > 0 && n.at > except)) || inEach || (partOfTold && n.at > except)) continue;
      if (n.unit === 'month') months += n.value;
      else if (n.unit === 'week') months += n.value / 4;
      else if (n.unit === 'year' && !n.calendarYear) months += n.value * 12;
      // a bare count in a list after a counted one ("3 months in LA, 3 in Fresno, 3 obs in Boston") is in the unit said last
      else if (n.unit === 'none' && said && !n.calendarYear && n.value <= 24 && (listedPart(t, n.at) || (!/^(obs|observerships?|letters?|lors?)$/.test(t[n.at + 1] ?? '') && !COUNTED_NOUN.test(t[n.at + 1] ?? '')))) months += n.value * UNIT_MONTHS[lastUnit];
      else continue;
      if (n.unit === 'month' || n.unit === 'week' || n.unit === 'year') lastUnit = n.unit;
      said = true;
    }
    // ("a full prelim year, July 23 to June 24": the same year told again as 12 months is not counted twice)
    const restated = clauses.some((d) => d !== c && d.sentence === c.sentence && /(^|\D)12 (?:months|mos)\b/.test(d.text));
    if (!said && !restated && (/\b(a|one) year\b/.test(c.text) || /\b(a|one|1) (?:full |whole |complete )?(?:[a-z0-9-]+ ){0,2}?(?:prelim|preliminary|intern|internship|residency|pgy ?1|pgy1|transitional|ty|clinical)(?: [a-z]+)? year\b/.test(c.text))) { months += 12; said = true; }
    // a hedge qualifies the count of its own clause
    if (months !== saidBefore && unsure(c.text)) hedged = true;
    // "none of my USCE was hands-on", "not one of them was an observership": the kinds named are denied
    const noneOfIt = /^(?:(?:but|and|so) )?(?:none|nothing|no part|neither|not one|not any) of\b/.test(c.text);
    t.forEach((w, i) => {
      if (noneOfIt) return;
      if (HANDS_ON.test(w) && !kindDenied(t, i) && !deniedAfter(t, i) && !zeroBefore(t, i)) handsOn = true;
      if (OBSERVER.test(w) && !kindDenied(t, i) && !deniedAfter(t, i) && !zeroBefore(t, i)) observer = true;
    });
    for (const r of regionsInTokens(deniedPlaces ? (except > 0 ? t.slice(except + 1) : []) : t)) if (r !== 'anywhere' && !where.includes(r)) where.push(r);
    // (and with all of California denied, the rest of it was elsewhere in the US)
    if (except > 0 && said && /\b(california|ca|cali)\b/.test(c.text.slice(0, c.text.indexOf(' except'))) && !where.includes('other_us')) where.push('other_us');
  }
  // "6 at Henry Ford", "no Jackson Memorial": a US place we do not know is somewhere in the US, never counted as California
  // "letters from my externship in Ohio (8 weeks hands-on)": months told apart from the place where that experience was
  if (!where.length && said && months > 0 && ctx.experiencePlaces?.length) where.push(...ctx.experiencePlaces);
  if (!where.length && clauses.some((c) => !abroad(c.tokens) && namesUnknownPlace(c.tokens))) where.push('other_us');
  const text = clauses.map((c) => c.text).join(' ; ');
  if (!said && virtual && !handsOn && !observer) return value({ months: 0, kind: 'none', where: [] });
  if (!said && withoutPatients && !handsOn && !observer) return value({ months: 0, kind: 'none', where: [] });
  // experience abroad is not US experience: "an internship in Peru, but none in the US" is none
  if (!said && isNothing(clauses.filter((c) => !abroad(c.tokens) || regionsInTokens(c.tokens).some((r) => r !== 'anywhere')), ctx.pending)) return value({ months: 0, kind: 'none', where: [] });
  // "3 months hands-on at a hospital in Toronto": only experience abroad was told; ask for the US months instead of guessing
  if (!said && ctx.pending && !stored0(ctx) && clauses.some((c) => abroad(c.tokens) && numbersIn(c.tokens).some((n) => n.unit === 'month' || n.unit === 'week' || n.unit === 'year'))) {
    return refuse('Experience outside the US is not US clinical experience. How many months do you have in the US (say "none" if none yet)?');
  }
  if (months > 120) return refuse('Count US clinical experience in months, up to 120 (ten years). How many months is it?');
  let kind: Usce['kind'] | 'unspecified' = handsOn && observer ? 'mixed' : handsOn ? 'hands_on' : observer ? 'observership' : 'unspecified';
  // "first rotation 1 mo, second 2 mo, all observership": a kind said of all of it names what the rotations were
  if (kind === 'mixed' && ALL_OBSERVED.test(text) && !ALL_BUT.test(text) && !clauses.some((c) => c.tokens.some((w) => HANDS_ON.test(w) && !BLOCK_NOUN.test(w)))) kind = 'observership';
  // "2 of those 4 months were observerships (not hands-on)": only some of the months are of that kind; the rest stay as they were
  const some = SOME_OF.exec(text);
  if (some && Number(some[1]) < Number(some[2]) && (kind === 'hands_on' || kind === 'observership')) { kind = 'mixed'; months = Number(some[2]); }
  const stored = ctx.stored && ctx.stored.months > 0 ? ctx.stored : undefined;
  if (!said) {
    // a correction of one part ("the usce was observership not hands on", "it was orange county") keeps the rest
    if (stored && EXPLICIT.test(text) && (kind !== 'unspecified' || where.length)) return value({ months: stored.months, kind: kind === 'unspecified' ? stored.kind : kind, where: where.length ? where : stored.where });
    if (stored) return none();
    const deniedKind = clauses.some((c) => c.tokens.some((w, i) => (HANDS_ON.test(w) || OBSERVER.test(w)) && negatedAt(c.tokens, i)));
    if (deniedKind && !handsOn && !observer) return value({ months: 0, kind: 'none', where: [] });
    if (handsOn || observer || /\b(usce|clinical experience|clinical exp|us experience|few weeks|some weeks|few months|couple of (weeks|months))\b/.test(text)) return clarify('usce_months', { kind });
    return none();
  }
  if (months === 0) return value({ months: 0, kind: 'none', where: [] });
  // "my usce is 6 months not 5, forgot the 1 month obs": the corrected total wins; the part explains it and joins its kind
  const total = /\b(\d+(?:\.\d+)?) (?:months?|mo) (?:not|instead of) \d+\b/.exec(text);
  if (total && stored) {
    const kindNow = kind === 'unspecified' || kind === stored.kind ? stored.kind : 'mixed';
    return value({ months: Number(total[1]), kind: kindNow, where: [...new Set([...stored.where, ...where])] });
  }
  const rounded = Math.round(months * 10) / 10;
  if (hedged) return clarify('usce_months', { kind });
  if (kind === 'unspecified') {
    if (stored && EXPLICIT.test(text)) return value({ months: rounded, kind: stored.kind, where: where.length ? where : stored.where });
    return clarify('usce_kind', { months: rounded, where: where.join(',') });
  }
  return value({ months: rounded, kind, where: where.length || !stored ? where : stored.where });
};

const NOT_A_PLACE = /^(my|a|an|the|home|some|our|this|that|these|those|total|all|person|least|most|first|last|each|it|them|one|two|\d.*|us|usa|america|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter|im|fm|peds|psych|surgery|medicine|internal|family|clinic|clinics|hospital|hospitals|private|community|university|academic|outpatient|inpatient|addition|between|progress|process|case|order|general|practice|charge|research|lab)$/;
/** A place named after "at" or "in" that is not a word of time, amount or kind ("at Beaumont", "in jackson memorial"). */
function namesUnknownPlace(t: readonly string[]): boolean {
  return t.some((w, i) => (w === 'at' || w === 'in') && i + 1 < t.length && !NOT_A_PLACE.test(t[i + 1]!) && specialtiesIn(t.slice(i + 1, i + 3)).length === 0);
}

/** True when the words place something in another country ("in Peru", "back home", "at a hospital in Lahore"). */
function abroad(t: readonly string[]): boolean {
  return /\b(abroad|back home|home country|in my country|overseas|nhs)\b/.test(t.join(' ')) || t.some((w, i) => (COUNTRIES.has(w) || FOREIGN_CITIES.has(w)) && w !== 'other' && w !== 'another'
    && (/^(in|at|from)$/.test(t[i - 1] ?? '') || (t[i - 1] === 'the' && /^(in|at|from)$/.test(t[i - 2] ?? ''))));
}

/** Cities abroad that place a letter or experience outside the US when named after "from", "in" or "at". */
export const FOREIGN_CITIES = new Set(['tijuana', 'mexicali', 'ensenada', 'rosarito', 'tecate', 'juarez', 'lahore', 'karachi', 'islamabad', 'cairo', 'alexandria', 'lagos', 'abuja', 'mumbai', 'delhi', 'chennai', 'kolkata', 'bangalore', 'hyderabad', 'manila', 'cebu', 'dhaka', 'kathmandu', 'tehran', 'baghdad', 'damascus', 'beirut', 'amman', 'riyadh', 'jeddah', 'dubai', 'khartoum', 'nairobi', 'accra', 'kiev', 'kyiv', 'moscow', 'yerevan', 'tbilisi', 'istanbul', 'beijing', 'shanghai', 'seoul', 'tokyo', 'havana', 'bogota', 'caracas', 'lima', 'mexico',
  'toronto', 'montreal', 'vancouver', 'ottawa', 'calgary', 'edmonton', 'winnipeg', 'london', 'manchester', 'birmingham', 'glasgow', 'edinburgh', 'dublin', 'sydney', 'melbourne', 'auckland',
  'paris', 'berlin', 'madrid', 'barcelona', 'rome', 'milan', 'vienna', 'amsterdam', 'doha', 'muscat', 'kuwait', 'peshawar', 'rawalpindi', 'multan', 'faisalabad', 'pune', 'kochi', 'ahmedabad',
  'jaipur', 'lucknow', 'ibadan', 'kano', 'enugu', 'kampala', 'addis', 'santo', 'quito', 'guayaquil', 'medellin', 'cali', 'buenos', 'santiago', 'sao', 'rio', 'recife', 'guadalajara', 'monterrey']);
