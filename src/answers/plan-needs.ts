// What an own-plan answer stands on: the stored answers each kind of question needs, and the facts a question
// names ("my graduation year", "my USCE"). A missing one is named and asked for, never guessed or scored as weak.
import type { Profile, ProfileField } from '../domain/profile.js';
import type { PlanTopic } from './plan-questions.js';
import { visaNamed } from './plan-questions.js';
import { askerText, OWN_PLAN_CUES } from './own-plan-cues.js';
import { othersScoreOnly } from './stated-score.js';

/** The stored answers each plan topic needs, in the order they are asked for. */
const TOPIC_NEEDS: Readonly<Record<PlanTopic, readonly ProfileField[]>> = {
  // which programs are worth adding now turns on which ones can take the asker's visa
  midseason: ['specialty', 'visa'],
  applications: ['specialty', 'step2ck', 'visa'],
  cost: ['specialty', 'step2ck'],
  standing: ['specialty', 'step2ck'],
  step3: ['visa', 'specialty', 'step2ck'],
  tier: ['specialty', 'step2ck', 'visa'],
  // a list is a list of places first: where the asker wants to train, then the visa, which opens or closes most
  // programs there, then what else filters them
  list: ['specialty', 'regions', 'visa', 'step1', 'step2ck', 'graduationYear'],
  ready: ['specialty', 'step1', 'step2ck'],
  // what comes next turns on where the asker is in the match (exams ahead, applying, interviewing, reapplying)
  steps: ['specialty', 'step2ck', 'stage'],
  sponsors: [],
};

/** First-person questions about one stored fact ("is my USCE enough?"), checked in this order. */
const NAMED_FIELDS: readonly [RegExp, ProfileField][] = [
  [/\b(my )?(graduation year|year of graduation|yog|grad year)\b|\bmy ((19|20)\d\d )?(graduation|grad)\b|\bgraduat\w* in (19|20)\d\d\b|\bwhen i graduated\b|\bgraduated (too )?(long ago|a while)\b|\b(older|old|non-?recent|late) (grad|graduate|img)s?\b|\btoo old( of)?( an?)? (grad|graduate|img)\b|\b(19|20)\d\d (grad|graduate)\b|\byears? (since|after) (i )?(graduat\w*|med school|medical school)\b/i, 'graduationYear'],
  [/\bmy ([\w-]+ ){0,2}(usce|us clinical|clinical experience|observerships?|externships?|rotations?|us experience)\b/i, 'usce'],
  [/\b(hablo|espa[nñ]ol|spanish|bilingual|languages? i speak|my languages?|i speak)\b/i, 'languages'],
  [/\bmy ([\w-]+ ){0,2}(letters?|lors?|recommendations?)\b/i, 'usLors'],
  [/\bmy (ck|step ?2( ?ck)?|step2 ?ck|scores?|numbers)\b/i, 'step2ck'],
  [/\bmy step ?1\b/i, 'step1'],
  // "the matched CK mean in my field", "how competitive is my specialty?": the figure read is the saved specialty's
  [/\b(in|for|of|to|is) my (own )?(field|specialty|speciality|discipline|chosen specialty)\b/i, 'specialty'],
  // "my USMLE attempts", "my exam fail": the attempt history starts at Step 1
  [/\bmy (usmle |exam |step |board |boards )?(attempts?|fails?|failures?|failed attempts?|retakes?|exam history)\b/i, 'step1'],
  // "the step history thing", "my USMLE record", "the attempt history": the exam record however it is named
  [/\b(usmle|exam|exams|step|steps|board|boards|attempts?|test|score) (history|record|track record)\b/i, 'step1'],
  // "J1 or H1B for me?", "which visa should I go for": the choice turns on Step 3, which an H-1B needs passed
  [/\b(j-? ?1|h-? ?1-? ?b?)\b[^?]{0,25}\b(or|vs\.?|versus)\b[^?]{0,10}\b(h-? ?1-? ?b?|j-? ?1)\b|\bwhich visa (should|do|would|shall|can) i (go|choose|pick|take|apply|opt|aim)\b/i, 'step3'],
  [/\b(take|accept|sponsor)\w*\b.{0,12}\b(someone like me|people like me)\b|\bsponsor me\b/i, 'visa'],
  [/\bmy ([\w-]+ )?(ties|connections?)\b/i, 'laTies'],
  // "will my ECFMG cert be done in time to rank?", "could ECFMG stuff stop me?": where the certification stands decides
  // (a fee, the J-1 sponsorship or the office itself is the guides' answer; a status said in the message is not asked)
  [/\becfmg\b(?![^.?!]{0,40}\b(fees?|charg\w*|costs?|pay|price|sponsor\w*|email|contact|website|address|phone)\b)(?<!\b(fees?|charg\w*|costs?|pay|price|sponsor\w*|email|contact|website|address|phone)\b[^.?!]{0,40}\becfmg)/i, 'ecfmg'],
];
/** A certification the message itself states ("I'm ECFMG certified", "got my cert"): nothing to ask. */
const ECFMG_STATED = /\b(ecfmg[- ]?certified|certified (by|with) ecfmg|(i'?m|i am|im|already|just got|got|have|received) (my )?(ecfmg )?(certified|certification|certificate|cert)\b)/i;

/** A stored fact named without "my" in a first-person question about having enough of it ("do I need more USCE?",
 *  "how many more LORs do I need?"): the question is about the asker's own count. */
const OWN_AMOUNT: readonly [RegExp, ProfileField][] = [
  [/\b(usce|us clinical experience|clinical experience|hands[- ]?on experience|observerships?|externships?|rotations?)\b/i, 'usce'],
  [/\b(lors?|letters?( of recommendation)?|recommendation letters?)\b/i, 'usLors'],
];
const ENOUGH = /\b(get|do|gain|add|need) more\b|\bmore\b[^?]{0,30}\b(first|before (applying|i apply|i submit))\b|\benough\b[^?]{0,15}\b(for me|in my case)\b|\b(do|would|will|should) i (still )?(need|have|require)\b|\b(am i|i am|i'?m)\b[^?]{0,20}\b(fine|ok|okay|set|good|covered)\b|\b(is it|is that|are they|are these) enough\b|\bhow many more\b|\bmore\b[^?]{0,30}\bbefore i\b/i;

/** A question about the weak parts of one's file, which needs every part of it (and is answered from it alone). */
export const WEAK_POINTS = /\b(weak(est)? (points?|spots?|areas?|parts?|links?|sides?)|weakest|weakness(es)?|gaps?|red flags?|what (should|do|can) i (fix|improve|work on)|(first|main|biggest|top) (thing|things|priority|priorities) (i should|should i|to|i need to) (fix|improve|work on|focus on)|biggest (problems?|issues?|holes?))\b/i;

/** Years after which a graduation year narrows the list (programs prefer the last 3-5 years; some state a limit). */
const OLD_GRADUATE_YEARS = 5;
/** The topics whose answer a graduation year weighs on (where the asker stands, which programs, how many). */
const YEAR_DECIDES: ReadonlySet<PlanTopic> = new Set(['standing', 'tier', 'list', 'applications', 'ready', 'steps']);

/** What a reply that asks for a missing answer already knows that decides as much: an old graduation year, said with
 *  the year, so the asker hears their own fact, not only the question (undefined when nothing saved weighs that way). */
export function knownDecider(topic: PlanTopic | undefined, profile: Profile, now: Date, missing: ProfileField): string | undefined {
  const year = profile.graduationYear;
  if (!topic || !YEAR_DECIDES.has(topic) || missing === 'graduationYear' || !year) return undefined;
  const years = now.getUTCFullYear() - year;
  if (years < OLD_GRADUATE_YEARS) return undefined;
  return `What you saved already weighs on this: you graduated in ${year}, ${years} years ago. Many programs prefer graduates of the last 3–5 years and some state a hard limit, so recent US clinical experience and US letters matter most for you (our guide "Graduation year and recent clinical experience").`;
}

/** How each missing answer is asked for in a reply to a question. */
export const NEEDS_TEXT: Readonly<Partial<Record<ProfileField, string>>> = {
  specialty: 'To answer that from your plan I need your target specialty first. Which specialty are you applying in (for example internal medicine or family medicine)?',
  step2ck: 'To answer that from your plan I need your Step 2 CK: your score, or "not taken yet" with a predicted score if you have one.',
  step1: 'To answer that from your plan I need your Step 1 result: passed first time, passed after a fail, or not passed yet?',
  visa: 'To answer that from your plan I need your visa situation: do you need a J-1, an H-1B, either, or no sponsorship (US citizen, green card or a work permit)?',
  regions: 'To answer that from your plan I need where you want to train: LA County, Orange County, San Diego, the Inland Empire, the rest of California, or anywhere in the US?',
  graduationYear: 'To answer that from your plan I need the year you graduated from medical school. Which year was it?',
  usce: 'To answer that from your plan I need your US clinical experience: how many months, hands-on or observership, and where?',
  languages: 'To answer that from your plan I need the languages you can use with patients. Which ones do you speak?',
  usLors: 'To answer that from your plan I need your US letters: how many, and are they from your specialty?',
  step3: 'To answer that from your plan I need your Step 3: passed (with the score), booked, or not taken yet? An H-1B needs it passed before a program can file.',
  laTies: 'To answer that from your plan I need your ties to Los Angeles: family there, lived there, or trained there?',
  couples: 'To answer that from your plan I need your couples match details: which specialty is your partner applying in, and does your partner need a visa too?',
  stage: 'To answer that from your plan I need where you are in the match: still preparing (exams ahead), applying this cycle, interviewing now, or reapplying after an unmatched cycle?',
  cycle: 'To answer that from your plan I need how many interview invitations you have so far this season (none is an answer too).',
  ecfmg: 'To answer that from your plan I need where your ECFMG certification stands: certified, in progress (which parts are still missing: Step 1, Step 2 CK, OET, your diploma or the application), or not started?',
};

/** A letter named as a document in a process ("can my writer see my letter?", "review a draft of my letter"): a
 *  question about how letters work, not about the asker's own count. */
const LETTER_PROCESS = /\b(see|read|review|draft|drafts|upload|submit|send|waive|sign|format|address|request|writer|template)\b[^?]{0,30}\bmy ([\w-]+ ){0,2}(letters?|lors?)\b|\bmy ([\w-]+ ){0,2}(letters?|lors?)\b[^?]{0,15}\b(writer|draft|template|format|upload|portal)\b/i;

/** A letter that is another document ("that Ministry of Health letter", "my offer letter", "the visa support
 *  letter"): not a letter of recommendation, so not the asker's count of US letters. */
const OTHER_LETTER = /\b(ministry|health|offer|contract|acceptance|support|visa|ecfmg|sponsorship|invitation|cover|waiver|objection|noc|release|verification|of need|employment|experience|good standing|deans?'?)\s+(\w+\s+)?letters?\b|\bletters? of (good standing|need|support|employment|experience|invitation|acceptance|verification|offer)\b/i;

/** The asker's graduation placed by an event or a vague span, not a year ("graduated around covid", "finished med
 *  school a few years back"): the year decides, so it is asked for. */
const GRADUATED_WHEN = /\b(graduat\w*|finished (med(ical)? school|mbbs|my degree)|got my (degree|md|mbbs))\b[^.?!\d]{0,20}\b(covid|pandemic|corona|lockdown|a few years|some years|several years|a while|long ago|years back)\b/i;
/** A chat message that drops its "I" ("graduated in ...", "passed CK ..."): the asker is its subject. */
const DROPPED_I = /^\s*(graduated|finished|passed|failed|took|scored|got|did)\b/i;

/** How two things differ, asked without asking which to choose ("J1 vs H1B, what's the diff for me?", "explain j-1
 *  vs h-1b"): the difference is the same for everyone, so no stored fact decides it. */
const DIFFERENCE = /\b(differen\w*|differ|diff|compare\w*|comparison|explain\w*|pros and cons|how (do|does) (they|the two|each|it) work)\b/i;
const CHOOSING = /\b(should|which (one|visa|is|would)|better|best|go (for|with)|pick|choose|opt|prefer|recommend|advise|right for me|suits? me)\b/i;
function comparesOnly(question: string): boolean {
  return DIFFERENCE.test(question) && !CHOOSING.test(question);
}

/** The stored fact a first-person question is about, if it names one. */
export function fieldNamed(question: string): ProfileField | undefined {
  // another person's graduation ("my friend graduated during covid") is theirs: only the asker's own is asked about
  if (GRADUATED_WHEN.test(question) && (DROPPED_I.test(question) || /\b(i|me|my|i'?m)\b/i.test(askerText(question)))) return 'graduationYear';
  if (!/\b(i|me|my|mine|i'?m|im|hablo)\b/i.test(question)) return undefined;
  const field = NAMED_FIELDS.find(([re]) => re.test(question))?.[1] ?? (ENOUGH.test(question) ? OWN_AMOUNT.find(([re]) => re.test(question))?.[1] : undefined);
  if (field === 'step3' && comparesOnly(question)) return undefined;
  if (field === 'ecfmg' && ECFMG_STATED.test(question)) return undefined;
  return field === 'usLors' && (LETTER_PROCESS.test(question) || OTHER_LETTER.test(question)) ? undefined : field;
}

/** Facts a question turns on by its form rather than by naming them: "where should I apply?" turns on the regions
 *  (asked first); "am I missing something before I submit?" on the ECFMG certification, which is asked after the
 *  exams it is made of (the topic's own needs). */
const DEPENDS_ON: readonly [RegExp, ProfileField][] = [
  // "should my list only have visa-sponsoring programs?": a filter by sponsorship turns on the asker's own visa,
  // when the question names no visa of its own (a J-1 or H-1B named is answered for that visa) and no one else's
  [/^(?!.*\b(j-? ?1|h-? ?1-? ?b?)\b)(?!.*\b(wife|husband|spouse|partner|kids?|children|parents?|friend|cousin|brother|sister)('?s)?\b[^.?!]{0,25}\bvisa).*\b(visa[- ](sponsor\w*|friendly)|sponsor(s|ing)? (a )?visas?|sponsorship|programs? that sponsor|only (apply|go) (to )?(programs )?that sponsor)\b/is, 'visa'],
  [/\bwhere (should|do|can|would|shall|could) i (apply|send|go|train|look|aim)\b/i, 'regions'],
  // the asker says their own visa is not known yet ("no idea about my visa", "visa stuff unclear"): that is what decides
  [/\b(not sure|unsure|no idea|don'?t know|dunno|idk|no clue|confused)\b[^.?!]{0,25}\b(visa|immigration status)\b(?![^.?!]{0,20}\b(for|of) (my|her|his|their) (wife|husband|spouse|partner|kids?|children|parents?|family)\b)|\b(my |the )?visa( stuff| situation| status| part| thing)?\b[^.?!]{0,12}\b(is |are )?(not sure|unsure|unclear|undecided|not decided|not sorted|up in the air)\b/i, 'visa'],
];
const CHECKED_LAST: readonly [RegExp, ProfileField][] = [
  // the readiness words of knowledge/answers/own-plan-cues.json ("missing something", "ready to submit")
  [OWN_PLAN_CUES.families.get('readiness') ?? /$^/, 'ecfmg'],
];

/** The facts a question turns on, named or implied by its form: asked for before the topic's general needs. */
function factsAskedAbout(question: string): ProfileField[] {
  const named = fieldNamed(question);
  return [...(named ? [named] : []), ...DEPENDS_ON.filter(([re]) => re.test(question)).map(([, f]) => f)];
}

/** The first stored answer this question needs that the profile does not have, if any: the facts the question turns
 *  on first (after the specialty, which every plan answer stands on), then the topic's own needs. */
export function missingFor(topic: PlanTopic | undefined, question: string, profile: Profile): ProfileField | undefined {
  const base: ProfileField[] = topic ? [...TOPIC_NEEDS[topic]] : [];
  const first = factsAskedAbout(question);
  const last = CHECKED_LAST.filter(([re]) => re.test(question)).map(([, f]) => f);
  const needs: ProfileField[] = [...base.filter((f) => f === 'specialty'), ...first, ...base.filter((f) => f !== 'specialty'), ...last];
  if (topic === 'sponsors' && !visaNamed(question)) needs.push('visa');
  // an H-1B can only be filed with Step 3 passed: a list or sponsor question for an H-1B needs the Step 3 answer
  if ((topic === 'list' || topic === 'tier' || (topic === 'sponsors' && /\b(i|me|my)\b|\bi'(ll|m)\b/i.test(question))) && (visaNamed(question) ?? (profile.visa === 'needs_h1b' ? 'h1b' : undefined)) === 'h1b') needs.push('step3');
  // the H-1B rule turns on Step 3: a Step 3 question from an H-1B asker needs the Step 3 answer
  if (topic === 'step3' && (visaNamed(question) ?? (profile.visa === 'needs_h1b' ? 'h1b' : undefined)) === 'h1b') needs.push('step3');
  // "what are my weak points?" judges every part of the file: a part not saved is asked for, never scored as weak
  if ((topic === 'standing' || topic === 'ready') && WEAK_POINTS.test(question)) needs.push('step1', 'usce', 'usLors');
  // someone else's score as the only number ("my friend got 250 and matched"): the asker's own CK decides, first
  if (othersScoreOnly(question)) needs.unshift('step2ck');
  // a visa saved as "not sure" decides where it filters the programs, or where the message itself voices the doubt
  const unsureDecides = (topic !== undefined && VISA_FILTERS.has(topic)) || first.includes('visa');
  return needs.find((f) => unknown(f, profile, unsureDecides));
}

/** The topics whose answer is a set of programs, which the visa opens or closes. */
const VISA_FILTERS: ReadonlySet<PlanTopic> = new Set(['list', 'tier', 'sponsors', 'midseason']);

/** A stored answer that tells nothing: not saved, a visa saved as "not sure" where that decides, or no stage and no
 *  cycle news. */
function unknown(f: ProfileField, profile: Profile, unsureDecides: boolean): boolean {
  if (f === 'visa') return profile.visa === undefined || (profile.visa === 'unsure' && unsureDecides);
  if (f === 'stage') return profile.stage === undefined && profile.cycle === undefined;
  return profile[f] === undefined;
}

/** How a missing answer is asked for this asker: a visa saved as "not sure" is named as such, with why it decides. */
export function needText(f: ProfileField, profile: Profile): string | undefined {
  if (f === 'visa' && profile.visa === 'unsure') return 'Your visa is saved as "not sure yet", and it decides which programs are open to you: most programs in our table state one visa or none. To answer that from your plan I need it: do you need a J-1, an H-1B, either, or no sponsorship (US citizen, green card or a work permit)? If you do not know yet, ask whoever handles your papers which status you will hold on the start date.';
  return NEEDS_TEXT[f];
}

/** A couples match named in a question ("we are couples matching", "match as a couple"). */
/** A question asking what something is or how it works, not what to do about one's own case. */
const DEFINING = /^\s*(?:so |ok |and )?(?:what(?: is|'s|s| exactly is) (?:a |the )?couples?|explain|how does (?:the )?couples?\b[^?]*\bwork|what does [^?]*\bmean)/i;
/** "What is the couples match?", "how does couples matching work?": what it is, from the guides, for anyone. */
export function definesCouples(question: string): boolean {
  return DEFINING.test(question);
}

const COUPLES = /\bcouples?'?\s*(match\w*|matching)\b|\bmatch\w* as a couple\b|\bcouple'?s match\b/i;

/** A couples question from someone whose partner's side is not saved: the partner's specialty is asked for first,
 *  since every answer about where to apply together turns on it (an answer of "not matching as a couple" is kept). */
export function couplesGap(question: string, profile: Profile): ProfileField | undefined {
  if (!COUPLES.test(question) || profile.couples?.matching === false) return undefined;
  if (definesCouples(question)) return undefined;
  return profile.couples?.partnerSpecialty === undefined ? 'couples' : undefined;
}
