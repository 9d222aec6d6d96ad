// Readers for the situation fields: ECFMG certification, the couples match, and the cycle once applications are out.
import type { Couples, Cycle, Ecfmg, Profile } from '../../../domain/profile.js';
import { joined, none, value, yesNo, type Reader, type Reading, refuse } from '../reading.js';
import type { Clause } from '../clauses.js';
import { negatedAt, numbersIn } from '../scan.js';
import { specialtiesIn } from './specialty.js';
import { firstTimeSaid, withoutSeasonTimes } from './cycle-time.js';
import { ANSWERED_FIRST } from '../hedged-choice.js';
import { applicationsSent } from './applications-sent.js';
import { saysNoneYet } from '../zero-said.js';
import { interviewsByParts } from '../interview-parts.js';
import { interviewsInStory } from '../interview-story.js';

type Missing = NonNullable<Ecfmg['missing']>[number];
// What ECFMG certification may still wait for, by the words that name it.
const MISSING_WORDS: [Missing, RegExp][] = [
  ['oet', /\boet\b|\benglish (test|exam|requirement)\b/],
  ['diploma', /\b(diploma|degree|transcript|verification|verified|verifying|verify|epic)\b/],
  ['step1', /\bstep1\b/],
  ['step2ck', /\b(step2|step2ck|ck|2ck)\b/],
  ['application', /\b(application|applied|apply)\b/],
];
const NOT_STARTED = /\b(haven't|havent|have not|didn't|didnt|not)( even| yet)? (applied|started|begun|opened|registered)\b|\bnot started\b|\bnothing (done|yet)\b/;
// ("certified? not yet lol", "yes but my certificate is not issued yet": certification denied after it is named)
const IN_PROGRESS = /\bnot yet\b|\b(?:not|isn't|isnt|hasn't|hasnt|haven't|havent) (?:yet )?(?:been )?(?:issued|received|granted|arrived)\b|\b(not|almost|nearly|partly|partially) (yet )?certified\b|\bnot (done|complete|completed|finished)\b|\b(waiting|pending|still|except|missing|left|remaining|to take|in progress|soon|should|will|gonna|expect\w*|hop(e|ing)|any day|processing|under review|awaiting|next (week|month)|have to|has to|need to|needs to|yet to|only thing|left|nahi|nahin|baaki|baki|falta|pendiente|pendente)\b/;
// A part of the message that says its items are still to come ("haven't taken OET yet", "waiting for them to verify my diploma").
const STILL_TO_COME = /\b(haven't|havent|have not|hasn't|has not|not|didn't|didnt|never|no|yet|waiting|pending|missing|left|remaining|to take|still|awaiting|need|needs|except|but for|only|have to|has to|yet to|baaki|baki|falta|pendiente|pendente)\b/;
// A part that says its items are done ("step 1 and CK done", "OET passed", "diploma verified").
const DONE = /\b(done|pass|passed|cleared|complete|completed|finished|taken|took|verified|received|sent|submitted|got|have|ok|okay|already)\b/;

const APPLICATION_SENT = /\b(?:applied|submitted|sent) (?:for|my|the|in)\b/;
const ONLY_LEFT = /^(?:only|just)\b|\b(?:only|just) (?:the |my )?[a-z0-9]+(?: (?:and|&) (?:the |my )?[a-z0-9]+)? (?:left|remaining|pending|missing|to go|to do)\b|\bis all (?:that's |thats |that is )?left\b/;
const TO_DO = /^(do|take|pass|clear|write|give|sit|finish|get|submit|complete|send|redo|retake)\b/;
const BACK_REFERENCE = /\b(waiting|pending|awaiting|processing|still)\b.*\b(that|it|this|those|them)\b|\b(that|it|this)('s| is)? (still )?(pending|processing|in process|under review)\b/;
// The certificate itself issued ("certificate was issued last week", "cert issued in 2015"), not one still to be issued.
const ISSUED = /\b(certificate|cert)\b(?:(?!\b(?:to be|will|not|yet|once|when|after|until|waiting|hasn't|haven't|should|hope|hoping)\b).){0,30}?\b(issued|granted|received|arrived|came)\b/;
// A result still awaited makes an item only taken ("OET taken nov 20, result pending") still to come.
const RESULT_AWAITED = /\b(results?|scores?) (is |are )?(pending|awaited|not (out|back))\b|\b(waiting|awaiting) (for )?(the |my )?(results?|scores?)\b/;
// The certificate said done as a whole ("ecfmg done", "ecfmg is all cleared", "got my ecfmg certificate").
const ECFMG_DONE = /\becfmg( certificate| cert)?( is| was)?( all| fully| already)? (done|cleared|complete|completed|finished|received|sorted|in hand|ok|okay|yes|came through|came in|arrived|issued|granted)\b|\b(got|have|received|finished|completed|cleared) (my |the )?ecfmg\b/;

// The residency application and its parts: what ERAS waits on ("waiting on my MSPE", "letters not in yet") is no ECFMG item.
const APPLICATION_WORDS = /\b(mspe|dean's letter|deans letter|eras|myeras|personal statement|lors?|letters?|submit|submitted|submitting|interviews?|invites?|apps|rank list|nrmp|photo|cv)\b/;
const ECFMG_ITEM_WORDS = /\b(ecfmg|oet|certified|certification|certificate|cert|diploma|degree|transcript|verification|step1|step2|step2ck|ck|2ck)\b/;

/** True when a clause speaks of the residency application and names nothing ECFMG certification needs. */
export function aboutTheApplication(text: string): boolean {
  return APPLICATION_WORDS.test(text) && !ECFMG_ITEM_WORDS.test(text);
}

/** What ECFMG still waits for, read part by part: items in a part that says they are done are not missing; a part
 * that says neither ("step 1" in "step 1 and CK done") takes the word of the next part of its sentence, and is missing
 * when none follows ("all done but OET"). */
function missingItems(clauses: readonly Clause[]): { missing: Missing[]; named: boolean; toCome: boolean } {
  // a clause is cut again at "but", so "passed both steps but haven't taken OET" is two parts
  // (what follows "except", "only" or "but" with no word of its own is what is left: "everything done except the OET")
  const parts = clauses.flatMap((c) => c.tokens.join(' ').split(/\b(?=but|though|although|except|only|other than|apart from|besides)\b/).map((p) => ({ p: p.trim(), sentence: c.sentence }))).filter((x) => x.p);
  const read = parts.map(({ p, sentence }) => ({
    sentence,
    // ("not yet, applied for certification in october": an application sent is not what is missing)
    items: MISSING_WORDS.filter(([, re]) => re.test(p)).map(([m]) => m).filter((m) => !(m === 'application' && (/\beverything\b/.test(p) || (APPLICATION_SENT.test(p) && !/\b(?:not|haven't|havent|didn't|didnt|never) (?:yet )?(?:applied|submitted|sent)\b/.test(p))))),
    // ("do OET before certification", "pass CK": a part opening on a plain verb is still to do)
    status: STILL_TO_COME.test(p) || /^(but|except|only|other than|apart from|besides)\b/.test(p) || TO_DO.test(p) ? 'coming' as const : DONE.test(p) || /\b[12]\d\d\b/.test(p) ? 'done' as const : undefined,
  }));
  // "just submitted the diploma verification, waiting on that": a wait told of "that" is the wait of the item just named
  // ("OET taken nov 20, result pending": a result awaited with no item of its own is the item's just before it; "OET
  // done, step 1 pass, CK waiting for score" waits for CK alone)
  read.forEach((r, i) => {
    if (r.items.length === 0 && r.status === 'coming' && (BACK_REFERENCE.test(parts[i]!.p) || RESULT_AWAITED.test(parts[i]!.p))) {
      const prev = [...read.slice(0, i)].reverse().find((x) => x.sentence === r.sentence && x.items.length > 0);
      if (prev) prev.status = 'coming';
    }
  });
  // "all exams done and the application's in, only OET left": an "only ... left" list is all that is missing, so an
  // item told beside it with no word of its own is done
  // (the "only" part must name the items itself: in "OET ka result aana baaki hai" the OET is what is left)
  const onlyLeft = read.some((r, i) => r.items.length > 0 && ONLY_LEFT.test(parts[i]!.p));
  const missing: Missing[] = [];
  read.forEach((r, i) => {
    if (r.status === undefined && onlyLeft && r.items.length > 0 && !ONLY_LEFT.test(parts[i]!.p)) r.status = 'done';
    // ("passed step 1 and CK, but ECFMG still needs the OET": a bare item listed after one said done is done with it)
    const prev = i > 0 && read[i - 1]!.sentence === r.sentence && read[i - 1]!.items.length > 0 && /^(?:the )?(?:step[123]|step2ck|ck|2ck|oet|diploma)$/.test(parts[i]!.p) ? read[i - 1]!.status : undefined;
    const status = r.status ?? prev ?? read.slice(i + 1).find((x) => x.sentence === r.sentence && x.status)?.status;
    if (status !== 'done') for (const m of r.items) if (!missing.includes(m)) missing.push(m);
  });
  return { missing, named: read.some((r) => r.items.length > 0), toCome: missing.length > 0 || read.some((r) => r.status === 'coming') };
}

// Not graduated yet ("I'm a student", "final year", "before I graduate in 2027"): certification waits for the diploma
const STILL_STUDYING = /(?<!\b(?:was|were|when i was) (?:a |an |in )?(?:med(?:ical)? )?)\b(?:final|last) (?:year|yr)(?: of)?(?: med(?:ical)?)?(?: school| student)\b|(?<!\b(?:was|were) (?:a |an )?)\bmed(?:ical)? student\b|\b(?:i'm|im|i am|still|currently) (?:a |an |still |in )?(?:med(?:ical)? )?(?:student|final year|final yr|last year of med school|in med school|in medical school)\b|\bbefore i graduate\b|\b(?:haven't|havent|have not|not) (?:yet )?graduated\b|\buntil i graduate\b/;
// under way, what is left unsaid ("almost", "nearly there", "mostly done", "getting there")
const ALMOST = /^(?:almost|nearly|mostly|close|getting there|almost there|nearly there|almost done|nearly done|mostly done|close to done|close to it)(?: (?:there|done|finished|complete|lol|haha|i think|tbh))*$/;

/** The exams a stored profile shows not passed yet (taken with no pass, or not taken), for ECFMG's list of what is left. */
function examsNotPassed(p: Profile): Missing[] {
  const out: Missing[] = [];
  if (p.step1 && p.step1.result !== 'passed' && p.step1.result !== 'score') out.push('step1');
  if (p.step2ck && !p.step2ck.taken) out.push('step2ck');
  return out;
}

/** ECFMG certification: certified, in progress with what is missing, or not started; a real "yes"/"no" to the question. */
export const readEcfmg: Reader<Ecfmg> = (all, ctx) => {
  const clauses = all.filter((c) => !aboutTheApplication(c.text));
  if (clauses.length === 0) return none();
  const t = joined(clauses);
  const text = t.join(' ');
  if (NOT_STARTED.test(text)) return value({ status: 'not_started' });
  const { missing, named, toCome } = missingItems(clauses);
  if (clauses.some((c) => ISSUED.test(c.text))) return value({ status: 'certified' });
  const certifiedAt = t.findIndex((w) => w === 'certified' || w === 'certification' || w === 'cert');
  const certified = certifiedAt >= 0 && !negatedAt(t, certifiedAt) && !IN_PROGRESS.test(text);
  if (certified) return value({ status: 'certified' });
  // "ecfmg done", "ECFMG cleared", "got my ECFMG": the certificate itself said done, no item of it named
  const saidDone = clauses.some((c) => ECFMG_DONE.test(c.text) && !MISSING_WORDS.some(([, re]) => re.test(c.text)) && !negatedAt(c.tokens, c.tokens.indexOf('ecfmg')));
  if (saidDone && !IN_PROGRESS.test(text)) return value({ status: 'certified' });
  const inProgress = (s: Missing[]): Reading<Ecfmg> => value(s.length ? { status: 'in_progress', missing: s } : { status: 'in_progress' });
  // "I'm a student, ECFMG won't certify me before I graduate": no diploma yet, and the exams the profile shows not passed
  if (STILL_STUDYING.test(text)) return inProgress([...new Set<Missing>([...missing, ...examsNotPassed(ctx.profile), 'diploma'])]);
  // "almost", "nearly there", "mostly done": under way, what is left not said
  if (ALMOST.test(text) && !ISSUED.test(text)) return inProgress(missing);
  if (IN_PROGRESS.test(text) || (certifiedAt >= 0 && negatedAt(t, certifiedAt)) || (named && toCome && missing.length)) return inProgress(missing);
  if (ctx.pending) {
    // only a real yes is a claim to be certified ("ok" or "sure" is not): certification never rests on a guess
    const yn = yesNo(clauses);
    if (yn === true) return value({ status: 'certified' });
    if (yn === false) return inProgress(missing);
  }
  return none();
};

// The partner, by name or pronoun, in English, Spanish, Portuguese and Hindi-Urdu ("woh peds mein hai", "ella quiere pediatría").
const PARTNER = /^(wife|husband|partner|spouse|girlfriend|boyfriend|gf|bf|fiance|fiancee|she|he|she's|he's|she'll|he'll|hubby|wifey|her|him|woh|wo|usko|uska|uski|unka|unki|unko|ella|esposa|esposo|novia|novio|ela|ele|marido|mulher|namorada|namorado|biwi|shohar|pati|patni)$/;

/** True when a clause speaks of the partner (the couples match then reads it, and the applicant's own fields do not). */
export function aboutPartner(tokens: readonly string[]): boolean {
  return tokens.some((w) => PARTNER.test(w));
}
// ("solo" alone is Spanish for "only": "solo el sur de California" is no answer about a partner)
const SOLO = /\b(no couples?|not couples?|not (a )?couples?|(applying|going|matching|apply|match|going in) solo|solo (applicant|application|match)|^solo$|alone|by myself|on my own|single(?!\s+[a-z0-9])|not matching (as a couple|with))\b|\b(isn't|is not|not) a (doctor|physician|med student|medical student|resident)\b/;
// ("he's american so no visa", "she is a US national, no sponsorship needed")
const PARTNER_NO_VISA = /\b(doesn't|doesnt|does not|won't|wont|don't|dont|no) need (a |any )?(visa|sponsorship)\b|\b(us|american) (grad|graduate|citizen|md|do|national)\b|\bcitizen\b|\bgreen ?card\b|\bgc\b|\b(?:he's|she's|hes|shes|is) (?:an? )?american\b|\bno (?:visa|sponsorship)(?: (?:needed|required|for (?:him|her)))?\b(?! (?:yet|issues?|problems?|interview|appointment))/;
const PARTNER_VISA = /\b(need|needs|needing|require|requires|will need|also needs?|necesita|precisa|precisa de|on|on an?)( an?| the)? (visa|j1|h1b|sponsorship)\b|\b(visa|j1|h1b|sponsorship) (need|needs|required)\b|\b(j1|h1b|visa)\b.*\b(as well|too|like me|same as me|like mine)\b|\bsame\b(?: [a-z0-9'-]+){0,3} (?:as me|as mine|as i do|as i am)\b(?<=\b(?:j1|h1b|visa|sponsorship)\b.*)/;
const COUPLE = /\b(couples|couple's|couples match|couples matching|as a couple|matching with my|match with my|matching together|match together|we(?: are|'re| r|re) (?:a )?(?:married )?couple|(?:my )?(?:husband|wife|spouse|partner)(?: and)? i (?:are )?both|both of us are (?:img|imgs|doctors|applying)|link(?:ing|ed)? (?:our |my |the )?(?:rank )?lists?|(?:rank|ranking) together|joint rank lists?|paired rank lists?)\b/;

// a couples match denied a few words before it ("not doing couples match", "we won't do the couples match"), never a doubt
const NOT_COUPLES = /\b(?:not|never|don't|dont|won't|wont|aren't|arent|am not|are not)(?! sure\b)(?:\s+(?!sure\b|if\b|whether\b)[a-z']+){0,3}?\s+couples?\b/;
const SELF = /^(i|i'm|my|me|i've|i'll|myself)$/;
const COMPARED = /^(like|than|unlike)$/;
const UNDECIDED = /\b(haven't decided|havent decided|have not decided|not decided|undecided|not sure|unsure|thinking about it|considering it|idk|dunno|don't know yet|dont know yet|still deciding|not yet decided)\b/;
// a plan told in the past, up to the "but" that turns from it ("was going to apply solo but ...")
const DROPPED_PLAN = /\b(?:(?:we|i|she|he|they) )?(?:were|was|had been) (?:going to|gonna|planning to|planning on|supposed to|thinking of|thinking about)\b[^;]*?(?=\bbut\b|$)|\b(?:originally|initially|at first),? (?:we |i )?(?:planned|wanted|thought)\b[^;]*?(?=\bbut\b|$)/g;
const PARTNER_WORD = '(?:wife|husband|partner|spouse|fiance|fiancee|girlfriend|boyfriend|gf|bf|hubby)';
const PARTNER_IN = new RegExp(`\\b${PARTNER_WORD}\\b(?: is| will be|'s| s)?(?: also| too)? (?:matching|applying|in the match|entering the match|going through the match)\\b(?! (?:last|next|in 20\\d\\d))`);
const PARTNER_OUT = new RegExp(`\\b${PARTNER_WORD}\\b(?: (?:is|s|will be))? (?:not|isn't|isnt|won't be|wont be|never) (?:applying|matching|in the match)\\b|\\b${PARTNER_WORD}\\b (?:already )?matched (?:last year|already|in 20\\d\\d|before)\\b`);
const PLAN_TOLD = new RegExp(DROPPED_PLAN.source);
const MAYBE = /\b(maybe|might|depends|perhaps|possibly)\b/;

/** True when a clause has the applicant speak of themselves ("im" alone is the specialty, "im going" is "I'm going"). */
export function speaksOfSelf(tokens: readonly string[]): boolean {
  // ("needs an H1B like me", "same specialty as mine": the applicant named only to compare is not the subject)
  return tokens.some((w, i) => (SELF.test(w) && !COMPARED.test(tokens[i - 1] ?? '') && !(tokens[i - 2] === 'same' && tokens[i - 1] === 'as')) || (w === 'im' && i + 1 < tokens.length));
}

/** True when the words speak of a couples match. */
export function mentionsCouples(text: string): boolean {
  return COUPLE.test(text);
}

/** The couples match: whether they match as a couple, the partner's specialty, whether the partner needs a visa. */
export const readCouples: Reader<Couples> = (told, ctx) => {
  // ("was going to apply solo but now couples matching", "she was going to do IM but switched to peds"): a plan given
  // up is left out; with nothing else told of the match ("we were going to couples match but she decided to wait"), it is asked
  const clauses = told.some((c) => PLAN_TOLD.test(c.text)) ? told.map((c) => { const text = c.text.replace(DROPPED_PLAN, ' ').replace(/\s+/g, ' ').trim(); return { ...c, text, tokens: text.split(' ').filter(Boolean) }; }).filter((c) => c.text) : told;
  if (clauses !== told && !clauses.some((c) => COUPLE.test(c.text) || SOLO.test(c.text) || NOT_COUPLES.test(c.text)) && !(ctx.pending && yesNo(clauses) !== undefined)) return refuse('Will you and your partner enter the Couples Match this cycle (yes or no)?');
  const t = joined(clauses);
  const text = t.join(' ');
  // "maybe? my girlfriend is also applying but we haven't decided": a couples match not yet decided is asked about again
  // ("we're doing couples match, maybe IM for him": a "maybe" beside a couples match told is about something else)
  if (ctx.pending && !ANSWERED_FIRST.test(text.trim()) && (UNDECIDED.test(text) || (MAYBE.test(text) && !COUPLE.test(text))) && !SOLO.test(text) && !NOT_COUPLES.test(text)) return refuse('Tell me once you have decided: will you and your partner enter the Couples Match (yes or no)?');
  // to the couples question, the partner out of this match ("my husband isn't applying", "my wife matched last year") is a no
  if (SOLO.test(text) || NOT_COUPLES.test(text) || (ctx.pending && yesNo(clauses) === false) || (ctx.pending && PARTNER_OUT.test(text))) return value({ matching: false });
  // with a couples match stored, a message about the partner ("husband: IM, needs J-1") updates the partner's details
  const partnerNews = ctx.stored?.matching === true && clauses.some((c) => aboutPartner(c.tokens));
  // ("my fiancé is matching too (EM)", "partner is matching in ortho"): to the couples question, the partner in this match is a yes
  if (!COUPLE.test(text) && !(ctx.pending && yesNo(clauses) === true) && !partnerNews && !(ctx.pending && PARTNER_IN.test(text))) return none();
  const out: Couples = { ...(ctx.stored?.matching === true ? ctx.stored : {}), matching: true };
  // the partner stays the subject of their sentence until the applicant speaks ("ella quiere pediatría y necesita J1";
  // "husband: IM, needs J-1", where "im" alone is the specialty, not "I'm")
  let carry = -1;
  const partnerClauses = clauses.filter((c) => {
    if (c.otherPerson || aboutPartner(c.tokens)) { carry = c.sentence; return true; }
    if (speaksOfSelf(c.tokens)) carry = -1;
    return carry === c.sentence;
  });
  // the specialty named in the partner's clauses (or in the couples clause) is theirs
  for (const c of [...partnerClauses, ...clauses.filter((x) => COUPLE.test(x.text))]) {
    const s = specialtiesIn(c.tokens).find((x) => !x.negated);
    if (s) { out.partnerSpecialty = s.id; break; }
  }
  // whether the partner needs a visa: read from the partner's clauses ("she's a US citizen", "needs an H1b like me")
  const theirs = partnerClauses.map((c) => c.text).join(' ; ');
  if (PARTNER_NO_VISA.test(theirs)) out.partnerNeedsVisa = false;
  else if (PARTNER_VISA.test(theirs) || /\b(we|us) both need\b|\bboth (of us )?(need|needs|require|will need) (an? )?(visas?|sponsorship|j1|h1b|j1s|h1bs)\b/.test(text)) out.partnerNeedsVisa = true;
  return value(out);
};

const INTERVIEWS = /^(interview|interviews|invite|invites|invitations|ii|iis|iv|ivs)$/;

const ORDINAL_COUNT: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5 };
const DONE_PART = /\b(\d{1,2}) (?:(?:interviews?|invites?|iis?) )?(?:done|completed|finished|attended|had|so far|behind me)\b|\b(?:did|had|done|attended|completed|finished|gave) (\d{1,2}) (?:interviews?|iis?)\b/;
const AHEAD_PART = /\b(\d{1,2}) (?:more )?(?:(?:interviews?|invites?|iis?) )?(?:more|scheduled|upcoming|coming up|coming|lined up|booked|to go|left|pending)\b(?! (?:at|from|with)\b)/g;
/** Interviews done plus those still ahead, when both are told ("3 done and 2 more scheduled" is 5); else the count read. */
function doneAndAhead(text: string, read: number | undefined): number | undefined {
  const done = DONE_PART.exec(text);
  // (only beside a count said to be done: in "5 interviews, 2 left to do" or "two, one more came, so 3 now" the rest is part of the count)
  if (!done) return read;
  const ahead = [...text.matchAll(AHEAD_PART)].filter((m) => m.index !== done.index);
  return ahead.length ? Number(done[1] ?? done[2]) + ahead.reduce((a, m) => a + Number(m[1]), 0) : read;
}

// words of an earlier cycle than this one
const EARLIER_CYCLE = /\b(last (year|cycle|season|match|round)|(previous|prior|earlier|past) (cycle|year|season|match|round|application)|(went|was|got|ended up) unmatched|(didn't|didnt|did not|couldn't|couldnt) match|that (cycle|year|season) i)\b/;
// an application or submission of something other than residency: certification, a visa, an exam, a permit
const OTHER_PROCESS = /\b(ecfmg|oet|visas?|j1|h1b|waiver|passport|green ?card|gc|ead|asylum|parole|usmle|step ?[123]|step[123]|step2ck|ck|licen[cs]e|citizenship|naturali[sz]ation|i ?485|work permit|observerships?|externships?|electives?|diploma|verification|transcripts?)\b/;
const RESIDENCY_APPLICATION = /\b(eras|myeras|residency|programs?|match|nrmp|interviews?|invites?|this (?:cycle|season)|categorical|prelim)\b/;
// Interviews had, counted only vaguely (the count is asked; that they were applied for is not)
const VAGUE_INTERVIEWS = /\b(?:a few|few|some|several|a couple(?: of)?|couple(?: of)?|multiple|a handful of|handful of)\b (?:more )?(?:interviews?|invites?|invitations?|iis)\b(?! (?:would|will|could|might|hopefully|soon|by|before|next))/;

/** This cycle: submitted or not, and interviews so far (an earlier cycle's are left out). */
export const readCycle: Reader<Cycle> = (all, ctx) => {
  // ("reapplying, went unmatched last year with only 2 interviews": an earlier cycle's applications and interviews are not this one's)
  // ("ECFMG application submitted", "J1 waiver application sent": another process's application is not the residency one)
  const clauses = all.filter((c) => !EARLIER_CYCLE.test(c.text) && !(OTHER_PROCESS.test(c.text) && !RESIDENCY_APPLICATION.test(c.text)));
  if (!clauses.length) return none();
  const t = joined(clauses);
  // ("step 3 before interviews start": no interviews; "never applied before, submitting this cycle": nothing sent yet)
  const text = firstTimeSaid(withoutSeasonTimes(t.join(' ')));
  // ("never applied before" speaks of earlier cycles: it says this is the first, not that nothing is sent)
  const notSubmitted = /\b(haven't|havent|have not|hasn't|has not|wasn't|was not|isn't|is not|weren't|not yet|didn't|didnt|not|never|nothing) (yet |even |actually |really )?(been )?(submitted|submit|applied|sent)\b(?! (before|previously|in the past|ever|earlier|last))|\bnot submitted\b/.test(text);
  let interviews: number | undefined;
  t.forEach((w, i) => {
    // ("a pre-interview survey" is no interview)
    if (!INTERVIEWS.test(w) || interviews !== undefined || /^(pre|post)$/.test(t[i - 1] ?? '')) return;
    // (not across a clause: "submitted 9/26 | interviews: zero")
    const from = t.lastIndexOf(';', i - 1);
    const before = t.slice(Math.max(0, i - 3, from + 1), i);
    // ("interviews: zero so far", "invites - none yet": the count after the word)
    const next = t[i + 1] === ';' ? t[i + 2] : t[i + 1];
    if (before.some((x) => /^(zero|no|0|none)$/.test(x)) || /^(zero|0|none|nil|nada)$/.test(next ?? '')) { interviews = 0; return; }
    const n = numbersIn(before).reverse().find((x) => !x.calendarYear && x.value <= 200);
    if (n) interviews = n.value;
    // ("Interviews: 4" on a pasted line): a count right after the word that opens its clause, and ends it, is its value
    // ("interviews: 1 in Oct, 2 in Nov" lists counts by month: no one count is the total)
    else if ((i === 0 || t[i - 1] === ';') && /^\d{1,2}$/.test(next ?? '') && /^(;|so|total|now|yet|already|lol|confirmed|done|completed)?$/.test((t[i + 1] === ';' ? t[i + 3] : t[i + 2]) ?? '')) interviews = Number(next);
    // ("interviews are 2 now", "invites were 4 in total": the count after the word and its verb)
    else if (/^(are|were|now|total)$/.test(t[i + 1] ?? '') && /^\d{1,2}$/.test(t[i + 2] ?? '')) interviews = Number(t[i + 2]);
    // "my first interview invite came yesterday", "got my 3rd invite": the ordinal of the latest one counts them so far
    const nth = before.map((x) => ORDINAL_COUNT[x]).find((x) => x !== undefined);
    if (!n && nth !== undefined && /\b(came|arrived|got|received|landed|just|today|yesterday|finally)\b/.test(t.slice(Math.max(0, i - 4), i + 5).join(' '))) interviews = nth;
  });
  if (interviews === undefined && /\b(no|zero|0) (interviews?|invites?|iis?) yet\b|\bno (interviews?|invites?)\b|\bnot (?:a single|one|even one|even a single) (?:interview|invite|invitation|ii)s?\b|\bnot interviewed\b(?! (?:at|with|by|for)\b)|\binterviewed (?:; )?(?:no|none|zero|0)\b/.test(text)) interviews = 0;
  // ("submitted sept 24. nothing yet", "crickets so far"): none said in words, once the applications are out (here or stored)
  const noneYet = interviews === undefined && clauses.some((c) => saysNoneYet(c.text));
  // "1 interview at Loma Linda, another at Kern", "2 at UCI and 1 more at Kaiser": the rest of the list adds to the count
  if (interviews !== undefined) {
    // (only when the first count has a place of its own: in "2 interviews, 1 at UCI and 1 at Kaiser" the rest are its parts)
    const sentences = new Set(clauses.filter((c) => c.tokens.some((w) => INTERVIEWS.test(w)) && /\b(interviews?|invites?) (at|from|with)\b/.test(c.text)).map((c) => c.sentence));
    for (const c of clauses) {
      if (!sentences.has(c.sentence) || c.tokens.some((w) => INTERVIEWS.test(w))) continue;
      if (/^(and )?(another|one more|1 more)\b/.test(c.text)) interviews += 1;
      else if (/^(and )?\d+ (more )?(at|from|with)\b/.test(c.text)) interviews += Number(/\d+/.exec(c.text)![0]);
    }
  }
  // ("5 IM interviews + 2 FM ones"): the shares of several specialties add up
  const byParts = interviewsByParts(clauses);
  if (byParts !== undefined && (interviews === undefined || byParts > interviews)) interviews = byParts;
  // "4 done, 2 more scheduled", "2 interviews done, 1 coming up": interviews told by where they stand add up
  if (/\b(interviews?|interviewing|invites?|iis?)\b/.test(text) || ctx.pending) interviews = doneAndAhead(text, interviews);
  // (a progression, a running total, invitations cancelled or declined, "2 more" beside a stored count: interview-story.ts)
  const beforeStory = interviews;
  interviews = interviewsInStory(t.join(' '), interviews, { pending: ctx.pending === true, ...(ctx.stored?.interviews === undefined ? {} : { stored: ctx.stored.interviews }) });
  if (notSubmitted) return value({ submitted: false });
  // (or the stage named beside it: "applying this cycle, already submitted in september")
  const applications = /\b(eras|application|applications|apps|myeras|applying|this cycle|current cycle|this season)\b/.test(text) || ctx.pending;
  // ("a few interviews so far", "got a couple of invites"): interviews had, however many, were applied for
  const submitted = clauses.some((c) => c.when === 'done' && VAGUE_INTERVIEWS.test(c.text)) || (applications && /\b(submitted|sent|applied|certified my|pushed|went out|is out|are out|went in|got submitted|(?:is|are|'s) (?:already |all |now )?in(?=\s*(?:$|[,.;!?)]|(?:and|but|so|now|already|too|lol|since|as of)\b)))\b/.test(text)) || interviews !== undefined;
  // a bare yes or no to "Have you submitted your ERAS application this season?" answers it (the interviews stay unknown)
  // ("submitted 35 programs"): how many went out, kept so the plan counts what is left to add
  const sent = applicationsSent(clauses);
  if (noneYet && interviews === beforeStory && (submitted || sent !== undefined || ctx.stored?.submitted === true)) return value({ submitted: true, interviews: 0, ...(sent === undefined ? {} : { applications: sent }) });
  if (!submitted && sent === undefined) return ctx.pending && yesNo(clauses) !== undefined ? value({ submitted: yesNo(clauses) === true }) : none();
  return value({ submitted: true, ...(interviews === undefined ? {} : { interviews }), ...(sent === undefined ? {} : { applications: sent }) });
};
