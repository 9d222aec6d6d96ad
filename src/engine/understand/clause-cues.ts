// The cues a clause is weighed by before its facts are stored: whose fact it is (family living somewhere, a job held),
// when it happened (training done or under way, a later cycle only feared), and where experience or letters came from.
// Each is one prepared pattern, read by understand.ts; none stores anything itself.
import { alternation, peopleFor } from '../people.js';

// the relatives whose home is a family tie (knowledge/people.json, use "family": partner, fiancé, kids and tías too)
const RELATIVES = alternation(peopleFor('family').map((p) => p.word));
/** Family living, working or training somewhere now (a tie), but not where they would like to be;
 *  a relative described before the place ("my husband is an IM resident at UCSD", "my partner is a nurse in Long Beach") is there too. */
export const FAMILY_HERE = new RegExp(`^((my|our)( (?![a-z]+'s\\b)[a-z']+){0,2} )?(${RELATIVES})\\b[^;]*\\b(live|lives|living|based|settled|reside|resides|works?|working|employed|(has|have|got) (a |his |her )?job|(is|are)( all| still)? (in|there|here|near|around)|('s|has|have)( been| lived| always been| still| all)* (in|there|here|living in|based in|settled in)|(is|are) an?( [a-z0-9'-]+){1,4} (in|at))\\b`);
/** Residency training already done, whole or in part: a past year, a past post, a post left. */
export const PAST_TRAINING = /\b(did|done|finished|completed|was|were|spent)\b[^;]{0,30}\b(pgy ?-?[1-3]|pgy[1-3]|prelim|preliminary|intern year|internship|residency|resident|ty|transitional year)\b|\b(pgy ?-?[1-3]|pgy[1-3]|resident|residency)\b[^;]{0,40}\b(left|quit|quitting|resigned|before leaving)\b|\b(matched|soaped|soap(?:ed)? into|matched into)\b(?: (?:a|an|into|in|to))?(?: [a-z]+)? (prelim|preliminary|ty|transitional)\b/;
/** A match already won ("I already matched into rads (advanced)", "matched derm last year"): the specialty of that match is
 *  not the one applied for now (only the preliminary or transitional year sought beside it is). */
export const MATCHED_ALREADY = /(?<!\b(?:not|never|didn't|didnt|haven't|havent|hasn't|un|if|once|when|hope|hoping|to|get|be|being)\s)\b(?:matched|secured|landed)\b(?: (?:into|in|to|at|an?|my))*(?: [a-z]+)?(?: (?:advanced|categorical))?\b/;
/** Residency training under way ("doing a PGY1 prelim surgery now"): where they are, not what they apply for. */
export const CURRENT_TRAINING = /\b(doing|in|currently|finishing|i'm a|im a|am a|i'm in|im in|on)\b[^;]{0,20}\b(pgy ?-?[1-3]|pgy[1-3]|prelim|preliminary|intern year|transitional year|ty)\b(?![^;]*\b(want|wants|apply|applying|match|prefer|interested|looking for|aiming|backup|back up|fallback|plan b|safety net)\b)/;
/** A job held ("practising as a GP"): what the applicant does, not what they apply for. */
export const JOB_HELD = /\b(working|worked|work|employed|practi[cs]ing|practi[cs]ed|job)\b[^;]{0,20}\bas an? (?:[a-z]+ ){0,2}(doc|doctor|physician|gp|medical officer|mo|consultant|registrar|hospitalist|intensivist|surgeon|specialist)\b/;
/** A job held in a place or department ("I work in the IM department back home"): not the specialty wanted. */
export const WORKED_AS = /\b(work|works|worked|working|employed|practi[cs]ing|job)\b[^;]{0,12}\b(as an?|in (the |an? )?)\b[^;]{0,25}\b(doc|doctor|physician|medical officer|mo|registrar|department|dept|gp|specialist|nurse|ward|unit)\b/;
/** Words that make a place one of wishes or of training done, not a home (a relative in training there now lives there: "my wife is a resident at UCSD"). */
export const NOT_A_HOME = /\b(program|want|wants|would|hope|hopes|plan|plans|visit|visiting)\b|\b(did|done|finished|completed|was|were|used to)\b[^;]*\b(residency|resident|training|fellowship|matched)\b/;
/** A relative's training under way ("is in surgery residency", "a fellow at"): a home only where it is in Southern California. */
export const TRAINING_NOW = /\b(residency|resident|fellowship|fellow|training|matched|doing)\b/;
/** A nationality word just before a place: the place is a country of citizenship, not a home. */
export const NATIONALITY_BEFORE = /\b(citizen|citizenship|passport|passports|national|nationality)$/;
/** A clause that names who wrote letters ("from my attending at Kern"), not a count of its own. */
export const LETTER_WRITER = /^(?:and |plus |also )?(?:(?:\d+|one|a|an|another) )?(?:(?:us |clinical |strong )?(?:letters?|lors?|recs?) )?(?:from|by) (?:my |the |an? |our )?[a-z]/;
/** Letters that came from a rotation or observership named in the same clause. */
export const LETTER_SOURCE = /\b(letters?|lors?|recs?|one|1|2|3)\b.*\bfrom (my |the |an? |those |these |our )?(us )?([a-z]+ )?(obs|observerships?|rotations?|externships?|electives?|clerkships?|subi|sub i)\b/;
/** A place named with experience done there ("letters from my IM externship in Ohio"), not one wished for. */
export const EXPERIENCE_AT = /\b(externships?|rotations?|rotated|observerships?|obs|electives?|clerkships?|residency|pgy ?\d|pgy\d|prelim|intern year|hospital|program)\b/;
/** Words of wanting or planning: a place or specialty after them is a wish, not a fact held. */
export const WISHED = /\b(want|wants|wanna|prefer|hope|hoping|plan|planning|apply|applying|interested|looking|would|wish|like to)\b/;
/** A later cycle only feared or hoped ("probably reapplying next year"). */
export const LATER_FEARED = /\b(probably|prob|might|may|maybe|possibly|perhaps|likely|could)\b.*\b(next|again|reappl\w*)\b/;
/** A count still ahead ("another", "2 more"): added later, not held now. */
export const MORE_AHEAD = /^(?:and |plus |with )?(?:another|an additional|additional|extra|one more|\d+(?:\.\d+)? more|\d+(?:\.\d+)? additional|more)\b/;
/** A length of time of its own ("4 months", "6 wks"): what a clause of experience carries, never an interview's place. */
export const OWN_LENGTH = /\b\d+(?:\.\d+)? ?(?:months?|mos?|mths?|weeks?|wks?)\b/;
/** A Step 1 pass told in a clause of its own ("step 1 passed first attempt"). */
export const STEP1_PASS_TOLD = /\b(step ?1|s1|usmle ?1)\b.*\b(passed|pass|cleared)\b|\b(passed|cleared)\b.*\b(step ?1|s1)\b/;
/** Words of something still missing ("left", "pending", "to take"). */
export const STILL_MISSING = /\b(left|missing|remaining|waiting|pending|still|need|needs|yet|to take|not)\b/;
/** The applicant telling an exam sat: "I have taken CK", "i took step 3 on dec 1", "i've sat step 2 already". */
export const EXAM_SAT = /\bi(?: have| had|'ve|ve)?(?: already| just| finally)? (?:taken|took|sat|sat for|gave|written|wrote)(?: the| my)? (?:usmle )?(?:ck|step[123])\b/;
/** A first-person fact inside a question, after "that", "given", "since", "considering", "even though" (not "if": that only supposes). */
export const EMBEDDED_FACT = /\b(?:that|given|given that|since|considering|even though|although|because) (i (?:graduated|failed|passed|took|scored|got|did|have|had|only have|don't have|dont have|am|was)\b[^?]*|it was (?:my|on my|the) (?:second|2nd|third|3rd|fourth|4th)(?: (?:attempt|try|time|go))?\b)/;
/** A word of a job held, as against a rotation done at a place: a job there is a home there ("scribe in Riverside", "research associate at Cedars"). */
export const JOB_HELD_WORD = /^(job|jobs|employed|employee|scribe|scribing|nurse|associate|coordinator|postdoc|technician|interpreter|phlebotomist|working|worked|works)$/;
/** Words of a rotation, an observership or US clinical experience done at a place (time there as a learner, not a job). */
export const ROTATION_WORD = /\b(rotations?|rotated|externships?|observerships?|observer|obs|electives?|clerkships?|subi|sub i|shadow\w*|usce)\b/;
/** "We" as the subject of a home ("so we live in Irvine", "we've lived there together", "we were resettled in El Cajon"):
 *  the applicant's home, and a relative's beside them when one is named. */
export const WE_AT_HOME = /^(?:so |and |but |then |now |and now )?(?:we|we've|we're|we were|we have)(?: all| both| now| still| later| then| eventually| finally| been)? (?:live|lived|living|moved|came|settled|resettled|relocated|stay|stayed|staying|rent|bought|have lived|have been living|ended up)\b/;
/** A status the applicant holds, told with the relative it came through ("US citizen through my dad", "green card via my
 *  wife", "GC thru my mom"): the relative is the route, the status the applicant's. */
export const STATUS_THROUGH = /^(?:and |but |so )?(?:i'm |im |i am |i have |i got |got |have )?(?:an? |my )?(?:us citizen|american citizen|citizen|citizenship|greencard|gc|permanent resident|permanent residency|lpr|ead)\b[^;]{0,30}?\b(?:through|thru|via|by|from|because of|sponsored by|based on)\s+(?:my|our)\b/;
/** A specialist's certification, not ECFMG's ("board certified internist back home", "certified in family medicine in
 *  Brazil", "internista certificado"): a title earned in training, which says nothing of the ECFMG certificate. */
export const SPECIALIST_CERTIFIED = /\b(?:board|boards|specialist|specialty|internist|pediatrician|paediatrician|surgeon|psychiatrist|anesthesiologist|anaesthetist|radiologist|cardiologist|neurologist|gynecologist|obstetrician|dermatologist|pathologist|family physician|family doctor|gp|consultant)\b(?: [a-z]+){0,2} certified\b|\bcertified (?:as )?(?:an? )?(?:specialist|internist|pediatrician|paediatrician|surgeon|psychiatrist|anesthesiologist|radiologist|cardiologist|neurologist|gynecologist|dermatologist|pathologist|family physician|consultant)\b|\bcertified in (?!(?:ecfmg|oet|the|us|usa|my|time|progress|\d+|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|spring|summer|fall|autumn|winter|early|late|last|this)\b)/;
