// Reader for the visa situation: citizens, green cards (held or pending), EAD/asylum, F-1, H-4, O-1, J-1, H-1B.
import { visaSchema, type Visa } from '../../../domain/profile.js';
import { joined, clarify, none, value, type Reader } from '../reading.js';
import { negatedAt } from '../scan.js';
import { REGION_ALIASES } from '../places-and-names.js';
import { PhraseIndex } from '../tokens.js';
import { permitMayNotCover } from '../permit-end.js';
import { unwaivedHomeRule } from '../home-rule.js';
import { notGivenIn, ruledOutAfter } from '../visa-ruled-out.js';
import { z } from 'zod';
import { alternation } from '../../people.js';
import FOREIGN_FILE from '../../../../knowledge/foreign-statuses.json' with { type: 'json' };

const FOREIGN = z.object({ about: z.string().min(1), nicknames: z.array(z.string().regex(/^[a-z]+$/)).min(1), statuses: z.array(z.string().regex(/^[a-z0-9 ]+$/)).min(1) }).strict().parse(FOREIGN_FILE);

// a spouse in any language we read, and words that make a visa named beside an H-4 the applicant's own need
const SPOUSE = /\b(husband|hubby|wife|spouse|partner|marido|esposo|esposa|mujer|biwi|shohar|pati|patni|fiance|fiancee)\b/;
const H1B_WANTED = /\b(need|needs|needed|want|wants|switch|switching|change|changing|convert|converting|move to|apply for|get an?|prefer|only|chahiye|necesito|preciso|quero|quiero)\b/;
const VISA_IDS: ReadonlySet<string> = new Set(visaSchema.options);

/** Nationality words: next to "citizen" or "passport" (or alone) they mean a citizen of another country. */
export const NATIONALITIES = new Set(('indian pakistani nigerian egyptian filipino philippine mexican canadian british chinese korean iranian iraqi syrian lebanese jordanian ' +
  'saudi emirati sudanese ethiopian kenyan ghanaian bangladeshi nepali nepalese sri lankan srilankan vietnamese thai indonesian malaysian brazilian colombian venezuelan ' +
  'peruvian cuban dominican haitian russian ukrainian armenian georgian turkish israeli palestinian moroccan algerian tunisian libyan yemeni afghan uzbek kazakh polish ' +
  'romanian serbian albanian italian spanish german french greek japanese taiwanese australian argentinian chilean ecuadorian guatemalan salvadoran honduran nicaraguan ' +
  'cameroonian ugandan zimbabwean somali european caribbean grenadian jamaican trinidadian dutch irish portuguese belarusian azerbaijani kuwaiti qatari omani bahraini ' +
  'argentine uruguayan paraguayan bolivian panamanian costa rican swedish norwegian danish finnish swiss austrian belgian czech hungarian bulgarian croatian').split(' ').concat(FOREIGN.nicknames));
/** Country names other than the US, for "citizen of", "from", and letters from home. */
export const COUNTRIES = new Set(('india pakistan nigeria egypt philippines mexico canada uk england china korea iran iraq syria lebanon jordan saudi uae sudan ethiopia kenya ' +
  'ghana bangladesh nepal sri lanka vietnam thailand indonesia malaysia brazil colombia venezuela peru cuba russia ukraine armenia georgia turkey israel palestine ' +
  'morocco algeria tunisia libya yemen afghanistan uzbekistan kazakhstan poland romania serbia albania italy spain germany france greece japan taiwan australia ' +
  'argentina chile ecuador guatemala cameroon uganda zimbabwe somalia grenada jamaica dominica nz zealand singapore qatar kuwait oman bahrain espana portugal netherlands sweden switzerland another other').split(' '));
const US_WORDS = new Set(['us', 'usa', 'american', 'america', 'united', 'states']);
const PLAIN_BEFORE = new Set([';', 'a', 'an', 'am', "i'm", 'i', 'im', 'dual', 'proud', 'naturalized', 'naturalised', 'born', 'full', 'already', 'now', 'also', 'the', 'fellow', 'and', 'is', 'as', 'me', 'being', 'are', 'was', 'iam', 'm', 'my', 'got', 'received', 'obtained', 'have', 'has', 'get']);

const SEEN = (t: readonly string[], re: RegExp) => t.some((w, i) => re.test(w) && !negatedAt(t, i));
const DENIED = (t: readonly string[], re: RegExp) => t.some((w, i) => re.test(w) && negatedAt(t, i));

// a denial carried along an "or"/"nor" list: "not a citizen or a GC holder", "neither citizen nor green card", "no US
// passport or green card" (not a new sentence after it: "not on J1 or anything, I have a GC")
const LIST_DENIED_GC = /\b(?:not|no|neither|never|non|without)\b(?: (?:an?|the|us|american|a us))* (?:[a-z]+ ){0,2}?(?:or|nor) (?:(?:an?|the|us|a us) )?(?:greencard|gc|lpr|permanent resident)\b/;
const REFUSED = /\b(denied|denial|refused|refusal|rejected|rejection|revoked|221g)\b/;
// a visa held before ("I was on J1 for research 2019-2021") says nothing of the one needed for residency
const PAST_VISA = /\b(was|were|used to be) on (a |an |the |my )?(j1|h1b)\b|\b(did|completed|finished|done) (a |an |my )?(research |exchange |scholar |student |postdoc |au pair )?(j1|h1b)\b|\b(had|held) (a |an |my )?(j1|h1b)( visa)? (before|in the past|previously|once|from|for|until|till|in \d{4}|as|while|during|when|at|through)\b|\b(j1|h1b)\b(?: visa)?[^;.]{0,50}\b(?:it |which |that )?(expired|ran out|lapsed)\b/;
const REASON_WORD = /^(since|because|bc|cuz|coz|cause)$/;
// ("passed step 3, had to for H1b": a visa named as what another step was for is its reason, not a new choice)
const REASON = /^(since|because|bc|cuz|coz|cause|as|given|due to)\b|^(had to|needed to|was required|required|necessary|mandatory|did it|took it)\b[^;]{0,12}\bfor (the |an? |my )?(j1|h1b)\b/;
const DEALBREAKER = /\b(deal ?breaker|kill|kills|killer|problem|issue|avoid|can't do|cannot do|can't afford|no go|2 year rule|two year rule|2 year home|two year home|home residency|home requirement|212e)\b/;
const LAPSED = /\b(expired|expire|lapsed|lapse|ran out|run out|not renewed|wasn't renewed|renewal (is )?(stuck|pending|denied)|stuck in renewal|terminated|revoked)\b/;
const FALLBACK = /\b(last resort|as (a )?back ?up|if (i|we) (have|had) to|if needed|if necessary|if need be|fall ?back|worst case)\b/;
// ("so whatever they sponsor", "whichever the program offers": the visa left to the program is either; not "hardly any
// program gives H1B", a visa hardly given)
const TAKES_EITHER = /\btake (either|both|any|whichever|whatever|anything)\b|\b(?:take|go with|accept) what (?:i|we|they|the programs?|programs?) (?:can )?(?:get|give|offer|sponsor)s?\b|(?<!\b(?:if|whether|hardly|barely|scarcely) )\b(?:whatever|whichever|any(?: visa)?) (?:visa )?(?:they|the programs?|programs?|the hospital|hospitals) (?:will )?(?:sponsors?|offers?|gives?|provides?)\b|\b(either|any) (one |visa )?(is |would be |works|would work)(fine|ok|okay)?\b|\b(either|both|any) (visa|one)s? (is |are )?(fine|ok|okay)\b/;
// A visa said to be out of reach ("H1b ka koi chance nahi", "no chance of an H1B", "J1 is impossible for me"): ruled out, not chosen.
const HOPELESS = (v: string) => new RegExp(`\\b${v}\\b (?:is |has |have |there's |theres |seems |seem |looks |sounds |feels )?(?:(?:no|zero|little|slim|not much|hardly any) (?:chance|chances|hope|way|shot)|(?:impossible|unlikely|unrealistic|not happening|out of (?:the )?question|not realistic|a long shot|hopeless))\\b|\\b(?:no|zero|little|slim) (?:chance|chances|hope|shot|way) (?:of|for|at|with) (?:an? |the |getting (?:an? )?)?${v}\\b`);
const J1_HOPELESS = HOPELESS('j1');
const H1B_HOPELESS = HOPELESS('h1b');
// A visa named only with what is hard about it, in a clause that chooses nothing ("the j1 waiver is too much hassle",
// "H1B wale programs bahut kam", "poucos programas dao H1B"): a reason for the other visa, when the message offers no choice of both
const DRAWBACK = /\b(hassle|headache|pain|nightmare|too much|too hard|too difficult|so hard|really hard|very hard|super hard|hard|harder|difficult|tough|too few|very few|so few|few|fewer|hardly any|barely any|rare|rarely|limited|not worth|complicated|risky|impossible|expensive|costly|unaffordable|out of reach|kam|mushkil|mushkel|pocos|pocas|poucos|poucas|dificil|complicad[oa]|complicacion|complicacao)\b/;
const CHOOSES = /\b(need|needs|want|wants|wanna|take|taking|prefer|preferably|rather|better|nice|ideal|ideally|go for|going for|either|whichever|whatever|both|any|ok|okay|fine|chahiye|quero|necesito|so|only|must|pls|please|plz)\b/;
function drawbackOnly(c: { tokens: readonly string[]; text: string }, text: string): boolean {
  return DRAWBACK.test(c.text) && !CHOOSES.test(c.text) && !(c.tokens.includes('j1') && c.tokens.includes('h1b')) && !/\b(either|whichever|whatever|both|any|or)\b/.test(text);
}
// Another country's status, whatever the country ("OCI card holder", "a UAE golden visa", "Saudi iqama", "UK settlement
// visa"): no US status, so the visa residency needs is asked
/** Another country's residence or work papers (knowledge/foreign-statuses.json): a clause naming one talks about the visa. */
export const FOREIGN_PAPERS: readonly string[] = FOREIGN.statuses;
// (the papers and the informal nationality words are data: knowledge/foreign-statuses.json)
const FOREIGN_STATUS = new RegExp(`\\b(?:${alternation(FOREIGN.statuses)})\\b`);
const FLED = /^(came|fled|escaped|left|arrived|fleeing|resettled|evacuated)$/;
// A choice left to someone else ("whatever my husband's lawyer decides", "whichever my attorney says"): no choice of
// either visa, the status is still being worked out (not the programs: "whatever the program offers" is either)
const LEFT_TO_OTHERS = /\b(?:whatever|whichever)\b (?!(?:they|the programs?|programs?|the hospitals?|hospitals?)\b)(?:my|his|her|our|the) [a-z' ]{0,30}?\b(?:decides?|says?|thinks?|recommends?|advises?|suggests?|figures? out|works? out|files?)\b/;
const UNSURE = /\b(not sure|unsure|don't know|dont know|dunno|idk|no idea|undecided|unclear|not certain|no clue|haven't decided|havent decided|figuring out)\b/;
// A visa held now, told as where the applicant stands ("currently on H-1B as a research associate", "on a J1 now for my postdoc"),
// with no word of needing or wanting it for residency
const HELD_NOW = /\b(currently|right now|at the moment|presently)\b[^;]{0,12}\bon (an? |my |the )?(j1|h1b)\b|\bon (an? |my |the )?(j1|h1b)( visa)? (now|currently|right now|at the moment|as an?|for (my |a |the )?(research|postdoc|post doc|job|work|fellowship|phd))\b|^(?:i'm |im |i am )?(?:on )?(?:an? )?(j1|h1b)(?: visa)? (?:right now|currently|at the moment|for now)\b/;
const WANTS_IT = /\b(need|needs|want|wants|prefer|apply|applying|residency|match|stay|keep|continue|same)\b/;
const heldNow = (text: string) => HELD_NOW.test(text) && !WANTS_IT.test(text);
// Statuses held that are no residency visa and no work permit: a dependent's, a fiance's, a treaty worker's
// (a diplomat's or an international organisation's family: "on an A-2 visa", "G-4 dependent")
const DEPENDENT_STATUS = /\b(?:(?:currently|right now|at the moment|for now) (?:on )?(?:an? )?(?:j2|l2|a 1|a1|a 2|a2|g 4|g4)|(?:j2|l2|a 1|a1|a 2|a2|g 4|g4) (?:at the moment|now|currently|right now|for now))\b|\b(on|have|hold|holding|with|got|in) (an? |my |the |[a-z]+'s )?(j2|k 1|k1|k 3|k3|l2|l 2|e2|e 2|f2|f 2|tn|a 1|a1|a 2|a2|g 4|g4|g 1|g1)\b(?! (?:attempt|month|year|letter|week|pub|poster|time))|\b(j2|k 1|k1|k 3|k3|tn|a 1|a1|a 2|a2|g 4|g4) (visa|status|dependent)\b|\bfiancee? visa\b|\bdependent visa\b|\bdiplomatic (visa|status|passport)\b/;
// a visa named as a guess and asked back ("after that idk, J1 probably?", "j1 i guess?")
const HOPED = /\b(better|best|ideal|ideally|nicer|nice|prefer|preferred|preferably|rather|dream|hoping for|hope for)\b/;
const DOUBT_OF_GETTING = /\b(?:idk|dunno|not sure|unsure|don'?t know|dont know|no idea|doubt|doubtful|unlikely)\b[^;.]{0,25}\b(?:get|getting|got|possible|realistic|happen|happens|chance|chances|sponsor|sponsors|offer|offers|available|likely|odds)\b/;
const GUESSED_BACK = /\b(j1|h1b)\b(?: (?:visa|probably|prob|maybe|i guess|i think|right|then))*\s*\?/;
// a work permit not in hand yet ("the work permit hasn't come", "EAD still pending", "applied for my L-2 EAD"): not held
// ("EAD pending asylum", "EAD, pending i-589": the case it rests on is pending, the permit is held)
const PERMIT_NOT_HELD = /\b(?:ead|work permit|work card|work authori[sz]ation|employment authori[sz]ation)(?: card)? (?:is |has |was )?(?:not yet|still not|not|never|hasn't|hasnt|has not|isn't|isnt|is not|yet to)(?: been| be| yet)? (?:in hand|here|come|came|arrived|approved|issued|granted)\b|\b(?:ead|work permit|work card|work authori[sz]ation|employment authori[sz]ation)(?: card)?(?: application)? (?:is |still |is still )?(?:pending|in process|processing|being processed|under review)\b(?! (?:asylum|asylee|case|i ?589|i ?485|gc|greencard|adjustment|aos|tps|status)\b)|\b(?:applied|applying|waiting|filed) (?:for |on )?(?:my |the |an? |our )?(?:(?:h4|l2|j2|e2) )?(?:ead|work permit|work card|work authori[sz]ation|employment authori[sz]ation)\b/;
// a spouse's or dependent's status that carries work authorisation with it or with an EAD ("L-2 with the work
// authorization", "J-2 EAD", "E-2 spouse, work authorized"): no sponsorship needed while it lasts
const DEPENDENT_WITH_WORK = /\b(?:h ?4|l ?2|j ?2|e ?2)\b/;
// a visa said not to be needed ("I don't need an h1", "no need for J1")
const NO_NEED = /\b(?:don't|dont|do not|doesn't|won't|wont|will not|never) (?:really )?need (?:an? |the )?(?:j1|h1b)\b|\bno need (?:for|of) (?:an? |the )?(?:j1|h1b)\b/;
const DV_SELECTED = /\b(?:dv|diversity visa|green ?card lottery|greencard lottery|visa lottery)\b(?: lottery)?/;
const SPOUSE_OF = /^(married|marry|marrying|engaged|wed|wedded|dating|fiance|fiancee|spouse|wife|husband|partner|sponsored|petitioned)$/;

// words that may stand between the countries of a list after "citizen" ("India and Canada", "Nigeria + Canada", "; us")
const LIST_JOINER = /^(and|or|the|plus|uk|\+|&|;)$/;
const inCountryList = (x: string): boolean => COUNTRIES.has(x) || NATIONALITIES.has(x) || US_WORDS.has(x) || LIST_JOINER.test(x);
// a country or nationality word other than the US ("other"/"another" are in COUNTRIES for "another country" and name none)
// ("venezuelan, UCV grad 2014, asylee since 2022", "Syrian refugee"): a nationality said before the status is whose
// nationality the applicant has, not the country that protects them (unless a paper of that country follows the status:
// "a German refugee travel document")
const ownNationalityBefore = (x: string, k: number, statusAt: number, near: readonly string[]): boolean =>
  NATIONALITIES.has(x) && !COUNTRIES.has(x) && k < statusAt && !near.slice(statusAt + 1, statusAt + 4).some((y) => /^(document|documents|papers|card|permit|passport|travel)$/.test(y));
const otherCountryWord = (x: string): boolean => (COUNTRIES.has(x) && x !== 'other' && x !== 'another') || NATIONALITIES.has(x);

// The countries named after a citizenship word at i ("dual citizen India and Canada", "dual citizen ; egypt ; us",
// "dual citizen, Brazil + Portugal"; not "citizen, grew up in India"). A run of country words and joiners alone (it may
// cross clause marks, when it ends at one) is the list, and says both whether the US is among them and whether another
// country is; otherwise only the rest of the word's own clause (three words at most) can name another country, and only
// with no US word in the five words after it.
function countriesAfter(t: readonly string[], i: number): { us: boolean; other: boolean } {
  const listed = t.slice(i + 1, i + 9);
  const end = listed.findIndex((x) => !inCountryList(x));
  const named = (end < 0 ? listed : listed.slice(0, end)).filter((x) => x !== ';');
  if (named.length > 0 && (end < 0 || listed[end - 1] === ';')) {
    const us = named.some((x) => US_WORDS.has(x));
    return { us, other: !us && named.some(otherCountryWord) };
  }
  const after = t.slice(i + 1, i + 4);
  const cut = after.indexOf(';');
  const clause = cut >= 0 ? after.slice(0, cut) : after;
  return { us: false, other: clause.some(otherCountryWord) && !t.slice(i + 1, i + 6).some((x) => US_WORDS.has(x)) };
}

/** Citizenship named in the tokens: US, another country's, or none. */
function citizenship(t: readonly string[]): 'us' | 'other' | undefined {
  let found: 'us' | 'other' | undefined;
  t.forEach((w, i) => {
    if (!/^(citizen|citizens|citizenship|passport|national|nationality)$/.test(w)) return;
    const before = t.slice(Math.max(0, i - 3), i);
    const after = t.slice(i + 1, i + 4);
    const negated = negatedAt(t, i, 4) || before.includes('non');
    // "married a US citizen", "engaged to a citizen": the other person's citizenship, not the applicant's
    if (t.slice(Math.max(0, i - 5), i).some((x) => SPOUSE_OF.test(x))) return;
    const usNear = before.some((x) => US_WORDS.has(x)) || (after[0] === 'of' && after.slice(1).some((x) => US_WORDS.has(x)));
    // the countries named right after it are whose citizen
    const named = countriesAfter(t, i);
    const usAfter = !negated && named.us;
    const otherNear = (!usNear && named.other) || before.some((x) => NATIONALITIES.has(x) || COUNTRIES.has(x)) || (after[0] === 'of' && after.slice(1).some((x) => COUNTRIES.has(x) || NATIONALITIES.has(x))) || (after[0] === 'from' && after.slice(1).some((x) => COUNTRIES.has(x)));
    if ((usNear || usAfter) && !negated) found = 'us';
    else if (found !== 'us' && (otherNear || (usNear && negated) || negated)) found = 'other';
    else if (!found && !negated && w !== 'passport' && w !== 'national' && w !== 'nationality') {
      // "citizen" alone is a US citizen; "Zyxwvian citizen" (any word we do not know before it) is another country's
      // ("US Army veteran, citizen": alone in its clause, after a clause that names the US, a US citizen)
      const alone = before.at(-1) === ';' && t.slice(Math.max(0, i - 6), i).some((x) => US_WORDS.has(x)) && !t.slice(Math.max(0, i - 6), i + 3).some((x) => NATIONALITIES.has(x) || COUNTRIES.has(x) || x === 'there');
      const word = alone ? undefined : [...before].reverse().find((x) => !PLAIN_BEFORE.has(x));
      found = word === undefined ? 'us' : 'other';
    }
    else if (!found && (w === 'passport' || w === 'national' || w === 'nationality') && otherNear) found = 'other';
  });
  if (t.some((w, i) => (w === 'usimg' || (w === 'usc' && !uscIsThePlace(t, i))) && !negatedAt(t, i)) || /\b((?<!non )us img|born in the us|born in us|born in america|born in (?:guam|puerto rico|the us virgin islands|us virgin islands|usvi|the northern mariana islands|northern mariana islands|saipan)|us born|american img|(i'm|im|i am) (an )?american)\b/.test(t.join(' '))
    // born in Puerto Rico, Guam or the US Virgin Islands: a US citizen by birth
    || /\b((i'm|im|i am|originally|born|grew up|raised) (from|in) (puerto rico|guam|the us virgin islands|the usvi|usvi)|(i'm|im|i am) (a )?puerto rican)\b/.test(t.join(' '))
    || bornInUs(t)
    // "naturalized last year", "got naturalised in 2021": naturalization makes a US citizen (not another country's:
    // "naturalized in Canada", nor one still ahead: "my naturalization interview is next month")
    || (t.some((w, i) => /^(naturalized|naturalised)$/.test(w) && !negatedAt(t, i)) && !t.some((w) => COUNTRIES.has(w) && w !== 'other' && w !== 'another') && !/\b(will be|to be|getting|hope to|hoping to|about to|soon|pending|interview|applied)\b/.test(t.join(' ')))) found = 'us';
  return found;
}

// "born in Ponce, Puerto Rico", "nasci em Miami", "born in Houston but raised in Lagos": born on US soil is a US citizen
// (not "born in Ontario, Canada", "born in Georgia" the country, nor someone else's birth: "my son was born in Texas")
const US_TERRITORY = /^(puerto|guam|usvi|virgin)$/;
const US_PLACES = new PhraseIndex(REGION_ALIASES.filter(([, r]) => r !== 'anywhere'), 99);
function bornInUs(t: readonly string[]): boolean {
  return t.some((w, i) => {
    if (w !== 'born' || !/^(in|at)$/.test(t[i + 1] ?? '') || !/^(i|i'm|im|was|i was|me|myself|and|originally|;)$/.test(t[i - 1] ?? ';')) return false;
    const place = t.slice(i + 2, i + 5).filter((x) => x !== 'the');
    const end = place.indexOf(';');
    const named = end >= 0 ? place.slice(0, end) : place;
    const after = t.slice(i + 2, i + 8);
    if (after.some((x) => (COUNTRIES.has(x) && x !== 'georgia') || NATIONALITIES.has(x)) || named.some((x) => COUNTRIES.has(x))) return after.some((x) => US_TERRITORY.test(x)) && !after.some((x) => COUNTRIES.has(x) && x !== 'dominican');
    return t.slice(i + 2, i + 8).some((x) => US_TERRITORY.test(x)) || US_PLACES.find(named).length > 0;
  });
}

/** Words before "USC" that make it the University of Southern California ("an MPH at USC"), not "US citizen". */
const USC_PLACE_BEFORE: ReadonlySet<string> = new Set(['at', 'in', 'from', 'to', 'with', 'near', 'via', 'lac', 'keck', 'and', 'ucla']);
/** Words after "USC" that make it the university or its hospitals ("USC program", "USC keck"). */
const USC_PLACE_AFTER: ReadonlySet<string> = new Set(['program', 'programs', 'hospital', 'keck', 'medical', 'med', 'school', 'mph', 'residency', 'rotation', 'rotations', 'observership', 'externship', 'county', 'im', 'fm', 'psych', 'campus', 'research', 'lab']);

const OTHERS_OWN = /^(husband|husbands|wife|wifes|spouse|spouses|partner|partners|dad|dads|father|fathers|mom|moms|mother|mothers|parents|brother|brothers|sister|sisters|fiance|fiancee|fiances)'s?$|^(husband|wife|spouse|partner|dad|father|mom|mother|parents|brother|sister)s'$/;
const HELD_STATUS = /^(h1b|h1|j1|o1|f1|l1|e2|e3|tn|greencard|gc)$/;

/** Whether "usc" at i names the university (after "at"/"in"/"from", before "program"/"hospital"...), not a citizen. */
function uscIsThePlace(t: readonly string[], i: number): boolean {
  return USC_PLACE_BEFORE.has(t[i - 1] ?? '') || USC_PLACE_AFTER.has(t[i + 1] ?? '');
}

const WAIVER_UNDECIDED = /\bwaiver (?:is |still )*(?:pending|in process|in progress|processing|under review|not (?:yet )?(?:approved|decided|granted)|submitted|filed)\b|\b(?:applied for|applying for|waiting (?:on|for)|filed (?:for )?)(?: a| the| my)? (?:j1 )?waiver\b/;
/** The visa answer: a clarifying question where the situation leaves the visa open (and where an unwaived 212(e) from an
 *  earlier J-1 closes the H-1B that was chosen). */
export const readVisa: Reader<Visa> = (given, ctx) => {
  const read = readVisaTold(given, ctx);
  if (read.kind === 'value' && (read.value === 'needs_h1b' || read.value === 'either') && unwaivedHomeRule(joined(given).join(' '))) return clarify('visa_which', { from: 'an unwaived 212(e) from an earlier J-1', homeRule: true });
  // ("im j1 waiver pending", "J-1 now, applied for the waiver"): the visa residency needs turns on a waiver not yet decided
  if (read.kind === 'value' && (read.value === 'needs_j1' || read.value === 'needs_h1b' || read.value === 'either') && WAIVER_UNDECIDED.test(joined(given).join(' '))) return clarify('visa_which', { from: 'a J-1 waiver not decided yet' });
  return read;
};

const readVisaTold: Reader<Visa> = (given, ctx) => {
  // ("H-4 dependent on my husband's H-1B", "here on my dad's green card"): a status someone else holds is not the applicant's
  const clauses = given.some((c) => c.tokens.some((w) => OTHERS_OWN.test(w))) ? given.map((c) => ({ ...c, tokens: c.tokens.map((w, i, all) => (OTHERS_OWN.test(all[i - 1] ?? '') && HELD_STATUS.test(w) ? 'status' : w)) })) : given;
  const t = joined(clauses);
  const text = t.join(' ');
  if (clauses.length === 1 && VISA_IDS.has(clauses[0]!.text)) return value(clauses[0]!.text as Visa);
  const only = /\b(only|just|solely|strictly|exclusively)\b/;
  // a visa named only in a reason ("J1 only since H1B programs rarely take people like me") or as a dealbreaker
  // ("H1B only (the J1 two-year rule is a dealbreaker)") is not the one chosen
  // "I had a J1 visa denial in 2022": a refusal in the past says nothing of what is needed now
  // ("I'm on a J1 now and will need one for residency": the visa held is the one needed, told by "one", "it", "the same")
  const refersBack = /\b(need|needs|want|keep|stay on|continue on|continue with)\b (one|1|it|the same( one)?|that( one)?|this( one)?)\b/.test(joined(clauses).join(' '));
  const told = clauses.filter((c) => !REASON.test(c.text) && !REFUSED.test(c.text) && !PAST_VISA.test(c.text) && !(heldNow(c.text) && !refersBack)).map((c) => { const at = c.tokens.findIndex((w, i) => i > 0 && (REASON_WORD.test(w) || (w === 'as' && c.tokens[i - 1] === 'only'))); return at > 0 ? c.tokens.slice(0, at) : c.tokens; });
  const chosen = told.flatMap((x, i) => (i ? [';', ...x] : x));
  // ("h1b pls, j1 waiver is too much hassle", "J1 chahiye, H1B wale programs bahut kam": the other visa named only with its drawback)
  const breaker = (v: string) => clauses.some((c) => c.tokens.includes(v) && ((DEALBREAKER.test(c.text) && !/\b(not a|no) (problem|issue|dealbreaker)\b|\b(fine|ok|okay)\b/.test(c.text)) || (drawbackOnly(c, text) && clauses.some((o) => o.tokens.includes(v === 'j1' ? 'h1b' : 'j1') && !drawbackOnly(o, text)))));
  // ("i need a J1, no way anyone gives me h1b", "J1 chahiye, H1 to koi deta nahi"): the visa said not to be given is no choice
  const notGiven = (v: 'j1' | 'h1b') => clauses.some((c) => notGivenIn(c.tokens, c.text, v));
  const j1 = SEEN(chosen, /^(j1|j)$/) && chosen.includes('j1') && !(breaker('j1') && chosen.includes('h1b')) && !((J1_HOPELESS.test(text) || notGiven('j1')) && chosen.includes('h1b'));
  const h1b = SEEN(chosen, /^h1b$/) && !(breaker('h1b') && chosen.includes('j1')) && !((H1B_HOPELESS.test(text) || notGiven('h1b')) && chosen.includes('j1'));
  const j1Denied = DENIED(t, /^j1$/) || ruledOutAfter(text, 'j1') || /\bj1 (?:is (?:not |no )|isn't |isnt |aint |ain't )(?:not |no )?(an option|possible|ok|okay)\b|\bj1 (won't|wont|doesn't|doesnt|does not|will not) work\b|\bnot (a )?j1\b|\bno j1\b/.test(text) && !/\bj1 (is )?(also )?(ok|okay|fine)\b/.test(text);
  const h1bDenied = DENIED(t, /^h1b$/) || ruledOutAfter(text, 'h1b') || /\bh1b (?:is (?:not |no )|isn't |isnt |aint |ain't )(?:not |no )?(an option|possible|ok|okay)\b|\bh1b (won't|wont|doesn't|doesnt|does not|will not) work\b|\bnot (a )?h1b\b|\bno h1b\b/.test(text) && !/\bnot (an? )?h1b only\b/.test(text);
  // a bare "work permit" names no status: which one is asked (an EAD, or another country's permit?)
  const workPermit = /\b(?:work|employment) (permit|card|authori[sz]ation|authori[sz]ed)\b/.test(text) && !/\b(no|not|without|don't have|dont have) (a )?(?:work|employment) (permit|card|authori[sz]ation|authori[sz]ed)\b/.test(text);
  // asylum or refugee status in another country ("a refugee travel document from Germany", "asylee in Canada") is no US status
  // (not the country fled: "refugee status, came in 2022 from Afghanistan", "asylee, fled Syria", "a refugee from Syria")
  const protectedAbroad = t.some((w, i) => /^(asylum|asylee|refugee)$/.test(w) && t.slice(Math.max(0, i - 4), i + 8).some((x, k, near) => otherCountryWord(x) && !ownNationalityBefore(x, k, i - Math.max(0, i - 4), near) && !near.slice(Math.max(0, k - 5), k).some((y) => FLED.test(y)) && !(near[k - 1] === 'from' && !near.slice(Math.max(0, k - 4), k).some((y) => /^(document|documents|papers|card|permit|passport)$/.test(y)))))
    && !/\b(us|american|uscis|in the us|in america)\b/.test(text.replace(/\bnothing us\b|\bno us\b|\bnon us\b|\bnot (a |an )?us\b/g, ''));
  // ("here on humanitarian parole (U4U) with work permit": a parole with its work permit is an EAD; parole alone is asked)
  const ead = (SEEN(t, /^(ead|asylum|asylee|refugee|tps|daca)$/) || (workPermit && (SEEN(t, /^(parole|paroled|parolee|u4u|chnv)$/) || DEPENDENT_WITH_WORK.test(text)))) && !(protectedAbroad && !t.includes('ead'));
  // "my EAD expired last month", "DACA, but it lapsed in 2024": a status that ran out is asked about, never stored
  const lapsed = (ead || workPermit) && LAPSED.test(text) && !/(?<!\b(?:not|never|wasn't|isn't) )\b(renewed|valid|active)\b/.test(text);
  const eadDenied = DENIED(t, /^ead$/) || /\b(no|without|don't have|dont have|not on) (an |a |my |the )?(ead|work permit|work card|work authori[sz]ation|employment authori[sz]ation)\b/.test(text) || PERMIT_NOT_HELD.test(text);
  // ("i'll probably have my green card by next summer", "expecting my GC in 2027": a green card still ahead is not held)
  const gcAhead = /\b(?:will|i'll|ill|should|going to|gonna|about to|hope to|hoping to|expect to|expecting to)\b[^;.]{0,20}?\b(?:have|get|receive|be getting|getting)\b[^;.]{0,12}?\b(?:greencard|gc)\b|\b(?:expecting|awaiting) (?:my |the |a |our )?(?:greencard|gc)\b/.test(text);
  const gcPending = gcAhead || /\b(greencard|gc|permanent residency|permanent resident)\b.{0,30}\b(pending|processing|in process|process|applied|waiting|interview|filed|soon|coming|application|petition)\b|\b(pending|applied for|applying for|waiting for|waiting on|filed for|processing)\b.{0,20}\b(greencard|gc|permanent residency)\b|\bi 485\b|\bi ?130\b|\badjustment of status\b|\badjust(?:ing|ed|s)?(?: (?:my |our )?status)? to (?:a |the |my )?(?:greencard|gc|permanent residen\w*|lpr)\b|\baos\b|\b(filed|applied|submitted|sent)( for)? (my |our |the )?(gc|greencard|i 485|papers)\b/.test(text);
  // a permanent resident of another country ("PR of Canada", "Canadian permanent resident") holds no US green card
  const foreignStatus = FOREIGN_STATUS.test(text);
  const foreignPr = /\b(permanent resident|permanent residency|permanent residence|pr)\b(?: | ?[;,:\u2014\u2013-]+ ?)(of|in) (?!the us\b|us\b|usa\b|america\b|the united states\b)[a-z]+/.test(text) || t.some((w, i) => (NATIONALITIES.has(w) || COUNTRIES.has(w)) && /^(permanent|pr)$/.test(t[i + 1] ?? ''))
    // ("NZ resident visa holder", "a residence in Spain", "residencia en España": another country's residence, told with its country)
    || t.some((w, i) => otherCountryWord(w) && /^(resident|residence)$/.test(t[i + 1] ?? '') && /^(visa|permit|card|status|holder)$/.test(t[i + 2] ?? '')) || t.some((w, i) => w === 'residence' && /^(in|of)$/.test(t[i + 1] ?? '') && otherCountryWord(t[i + 2] ?? ''))
    // another country's settled status ("indefinite leave to remain", "the UK green card") is not a US green card
    || /\b(indefinite leave|leave to remain|ilr|settled status|residence permit|residency permit|resident permit|schengen|blue card)\b/.test(text) || t.some((w, i) => /^(greencard|gc|pr)$/.test(w) && /^(from|of|in)$/.test(t[i + 1] ?? '') && (COUNTRIES.has(t[i + 2] ?? '') || COUNTRIES.has(t[i + 3] ?? ''))) || t.some((w, i) => (NATIONALITIES.has(w) || COUNTRIES.has(w)) && /^(greencard|gc)$/.test(t[i + 1] ?? ''))
    // ("green card... in Canada lol", "a green card holder, in Canada": the country placed a few words after it)
    || t.some((w, i) => /^(greencard|gc)$/.test(w) && t.slice(i + 1, i + 6).some((x, k, near) => /^(in|of|from)$/.test(x) && COUNTRIES.has(near[k + 1] ?? '') && !/^(us|usa|america|the)$/.test(near[k + 1] ?? '')))
    // ("a green card... the Argentine one", "PR, the Canadian kind"): the country's adjective said of the card just named
    || t.some((w, i) => /^(greencard|gc|pr|permanent)$/.test(w) && t.slice(i + 1, i + 8).some((x, k, near) => NATIONALITIES.has(x) && /^(one|kind|version|type|card|status|residency|residence)$/.test(near[k + 1] ?? '')));
  // ("selected in the green card lottery": the lottery's name is no green card held)
  const lotteryOnly = /\b(?:greencard|gc) lottery\b/.test(text) && !/\b(?:greencard|gc)\b(?! lottery)/.test(text);
  const gc = !foreignPr && !lotteryOnly && (SEEN(t, /^(greencard|gc|lpr)$/) || /\bpermanent resident\b/.test(text) && !/\b(not|no|non) (a )?permanent resident\b/.test(text));
  // ("GC not yet", "green card still pending": not held)
  const gcDenied = DENIED(t, /^(greencard|gc)$/) || LIST_DENIED_GC.test(text) || /\b(greencard|gc)\b (is |still )?(not yet|not there yet|not approved|still pending|pending)\b/.test(text);
  const cit = citizenship(t);
  const leftToOthers = LEFT_TO_OTHERS.test(text);
  const h4 = SEEN(t, /^h4$/);
  // ("my husband is H-1B, so I am H-4", "mera husband H1B pe hai, main H4 pe hoon"): beside an H-4, an H-1B named with the
  // spouse or with no word of needing it is the spouse's status, the one the H-4 depends on, not the applicant's choice
  const h1bOfSpouse = h4 && clauses.filter((c) => c.tokens.includes('h1b')).every((c) => SPOUSE.test(c.text) || !H1B_WANTED.test(c.text));
  // (or a dependent's or fiance's status, which no residency visa is: "still on J2", "on a K-1 fiance visa", "on a TN")
  const otherStatus = (SEEN(t, /^(f1|o1|opt|b1|b2|tourist|student)$/) && /\b(f1|o1|opt|b1|b2|tourist visa|student visa)\b/.test(text)) || DEPENDENT_STATUS.test(text);

  if (cit === 'us') return value('us_citizen');
  // a green card held outranks the EAD or refugee status that came before it ("came as a refugee, green card since 2023")
  if (gc && (/\b(gave (it )?up|give (it )?up|abandoned|surrendered|revoked|taken away|used to have|former)\b/.test(text) || /\bhad (a |my )?(greencard|gc|green card)\b[^;]{0,20}\b(past|before|previously|once|years ago)\b/.test(text))) return clarify('visa_which', { from: 'a green card given up' });
  // ("whatever my husband's lawyer decides, he's handling the green card stuff": a green card in the works, not held)
  if (leftToOthers && !j1 && !h1b) return gc ? clarify('visa_ead', { from: 'green card' }) : clarify('visa_which');
  if (gc && !gcPending && !gcDenied) return value('green_card');
  if (lapsed) return clarify('visa_which', { from: 'a work permit that ran out' });
  // "TPS, EAD until March 2027", "DACA, maybe extended": a permit not known to cover day one is asked, never stored as no sponsorship
  const notCovered = ead && !eadDenied ? permitMayNotCover(text, ctx.now) : undefined;
  if (notCovered) return clarify('visa_which', { from: notCovered, permit: true });
  if (ead && !eadDenied) return value('ead');
  // "asylum pending, no EAD yet": a status told without the work permit is asked about
  if (ead && eadDenied && !h4) return clarify('visa_which', { from: 'a status without an EAD' });
  if (workPermit && !eadDenied && !h1b && !j1) return clarify('visa_which', { from: 'a work permit' });
  // ("still waiting on my work card": a work permit not in hand yet is asked about, never stored)
  if (workPermit && eadDenied && !h1b && !j1) return clarify('visa_which', { from: 'a work permit not in hand yet' });
  // "I'd take either", "will take whatever": either, whatever was said of one visa before ("not H1B, sorry - I'd take either")
  if ((TAKES_EITHER.test(text) || /^(either|both|either one|any|both are fine|both fine)$/.test(clauses[0]?.text ?? '')) && !only.test(text)) return value('either');
  // ("doesn't matter if it's J1 or H1B", "I don't mind which, J-1 or H-1B": both named, the choice said not to matter)
  if (t.includes('j1') && t.includes('h1b') && /\b(?:doesn't|doesnt|does not|don't|dont|do not) (?:really )?(?:matter|mind)\b(?: (?:to|for) me)?(?:,? (?:if|whether|which)\b|[,:]? (?:the )?(?:j1|h1b) or)/.test(text)) return value('either');
  // "H-1B. J-1 only as a last resort": one preferred, the other as a fallback, is either
  if (FALLBACK.test(text) && t.includes('j1') && t.includes('h1b') && !DEALBREAKER.test(text)) return value('either');
  // "not H-1B only, J-1 is also ok": both
  // ("j1 is fine, I don't need an h1": the other visa denied beside the one found fine is no choice of both)
  if (/\bnot (an? )?(h1b|j1) only\b|\b(j1|h1b) (is )?(also )?(ok|okay|fine)\b|\bboth (are |is )?(ok|okay|fine)\b/.test(text) && t.includes('j1') && t.includes('h1b') && (/\bnot (an? )?(h1b|j1) only\b/.test(text) || (!NO_NEED.test(text) && !j1Denied && !h1bDenied))) return value('either');
  // ("GC still processing, so for now I'd need a J1": the one visa said to be needed meanwhile is the answer)
  if ((gcPending && !(j1 && !h1b && !j1Denied) && !(h1b && !j1 && !h1bDenied)) || (h4 && (!h1b || h1bOfSpouse) && !j1)) return eadDenied ? clarify('visa_which', { from: gcPending ? 'a pending green card' : 'an H-4 without an EAD' }) : clarify('visa_ead', { from: gcPending ? 'green card' : 'H-4' });
  const wantJ1 = j1 && !j1Denied;
  const wantH1b = h1b && !h1bDenied;
  if (wantH1b && wantJ1) {
    if (only.test(text)) {
      const onlyAt = chosen.findIndex((w) => only.test(w));
      // "only H1B", or "H1B only" when nothing of a visa follows
      const next = chosen.slice(onlyAt + 1, onlyAt + 4).some((w) => w === 'h1b' || w === 'j1') ? chosen.slice(onlyAt + 1, onlyAt + 4) : chosen.slice(Math.max(0, onlyAt - 2), onlyAt);
      if (next.includes('h1b') && !next.includes('j1')) return value('needs_h1b');
      if (next.includes('j1') && !next.includes('h1b')) return value('needs_j1');
    }
    return value('either');
  }
  // "on an A-2 now. after that idk, J1 probably?": one visa guessed, with doubt, beside a status held now or asked
  // back, is no answer: which visa is asked
  if (wantH1b !== wantJ1 && UNSURE.test(text) && (otherStatus || clauses.some((c) => GUESSED_BACK.test(c.question ? `${c.text}?` : c.text)))) return clarify('visa_which', { from: otherStatus ? 'your current visa' : 'a visa guessed' });
  // ("H1B would be better but idk if I'll get it", "ideally J-1, not sure it's realistic"): one visa only hoped for, with a
  // doubt of getting it and no need said, is no answer: which visa is asked
  if (wantH1b !== wantJ1 && HOPED.test(text) && DOUBT_OF_GETTING.test(text) && !/\b(need|needs|must|only|chahiye|necesito|preciso)\b/.test(text)) return clarify('visa_which');
  if (wantH1b) return value('needs_h1b');
  if (wantJ1) return value('needs_j1');
  // "selected in the DV lottery, interview not scheduled": a diversity-visa selection is no green card until it is issued
  if (DV_SELECTED.test(text)) return clarify('visa_which', { from: 'a diversity-visa selection (no green card until it is issued)' });
  if (j1Denied && h1bDenied) return clarify('visa_which');
  if (!j1 && !h1b && /\b(j1|h1b)\b/.test(text) && clauses.some((c) => REFUSED.test(c.text))) return clarify('visa_which', { from: 'a visa refused before' });
  if (!j1 && !h1b && /\b(j1|h1b)\b/.test(text) && clauses.some((c) => PAST_VISA.test(c.text))) return clarify('visa_which', { from: 'a visa held before' });
  // "currently on H-1B as a research associate": the visa held now, not yet the one residency needs
  if (!j1 && !h1b && !refersBack && clauses.some((c) => heldNow(c.text))) {
    if (UNSURE.test(text)) return value('unsure');
    return clarify('visa_which', { from: 'your current visa' });
  }
  if (j1Denied) return value('needs_h1b');
  if (h1bDenied) return value('needs_j1');
  if (UNSURE.test(text)) return value('unsure');
  const fromAbroad = t.some((w, i) => (NATIONALITIES.has(w) && !/^(speak|speaks|fluent|in)$/.test(t[i - 1] ?? '') && !/^(language|speaker)$/.test(t[i + 1] ?? '')) || (COUNTRIES.has(w) && w !== 'other' && w !== 'another' && /^(from|of)$/.test(t[i - 1] ?? '')))
    || /\bno (us )?(status|visa|papers)\b|\bimg from\b|\bnon us img\b/.test(text);
  // where someone is from says nothing new once the visa is known ("I'm from Brazil" after "I need a J-1")
  // (a stored "not sure yet" is no visa known: another country's status named beside it asks which US visa, below)
  if ((cit === 'other' || fromAbroad || foreignPr || foreignStatus) && !otherStatus && ctx.stored !== undefined && ctx.stored !== 'unsure' && !ctx.pending) return none();
  // "O-1 at the moment, honestly not sure what I'd need for residency": the status held, and no idea of the one needed
  if (otherStatus && UNSURE.test(text) && /\b(need|needs|residency|for training|sponsor)\b/.test(text)) return value('unsure');
  // ("I'm Canadian, TN?"): a Canadian or a TN holder hears that residency still needs a J-1 or an H-1B before the choice
  const canadian = /\bcanadian\b(?! (pr|permanent))|\b(citizen|national|passport) (of|from) canada\b|\b(i'm|im|i am) from canada\b|\b(on|have|hold|holding|with|got) (an? |my |the )?tn\b|\btn (visa|status)\b/.test(text) ? { canadian: true } : ({} as Record<string, boolean>);
  if (cit === 'other' || otherStatus || fromAbroad || foreignPr || foreignStatus || protectedAbroad) return clarify('visa_which', { from: otherStatus ? 'your current visa' : 'another citizenship', ...canadian });
  if (/\b(no visa|don't need|dont need|do not need|doesn't need|no sponsorship|not need|without sponsorship|no need)\b/.test(text)) return clarify('visa_no_sponsor');
  // ("whatever's easiest", "whichever you think is best": the choice handed back says nothing of needing a visa at all)
  if (/\b(whatever|whichever|anything)(?:'s| is|s| thats| that's| that is)? (?:(?:you )?(?:think |recommend |suggest )?(?:is )?)?(easiest|easier|simplest|simpler|best|better|quickest|faster|fastest|recommended|you (?:think|recommend|suggest))\b/.test(text)) return clarify('visa_which', { from: 'a choice handed back' });
  if (/\b(either|both|any|whichever|whatever|anything)\b/.test(text) && (ctx.pending || /\bvisa\b/.test(text))) return value('either');
  if (/\b(need|needs|needed|require|requires|required|requiring|needing)\b/.test(text) && /\b(visa|sponsor|sponsorship|sponsored)\b/.test(text)) return clarify('visa_which', { from: 'needing a visa' });
  if (/\b(visa|status|immigration)\b/.test(text) && /\b(complicated|long story|complex|tricky|depends|messy)\b/.test(text)) return clarify('visa_which');
  // "I'm on a visa right now", "I hold a US visa": a visa with no kind named; which one is asked
  if (/\b(on|have|hold|holding|with|got) (a|an|my|some|the) ((?!work\b|working\b|employment\b)[a-z]+ )?visa\b/.test(text)) return clarify('visa_which', { from: 'your current visa' });
  // "a work visa": which one (H-1B, another) is asked
  if (/\b(work|working|employment) visa\b/.test(text)) return clarify('visa_which', { from: 'a work visa' });
  return none();
};
