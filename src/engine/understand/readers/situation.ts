// Readers for the situation fields: ECFMG certification, the couples match, and the cycle once applications are out.
import type { Couples, Cycle, Ecfmg } from '../../../domain/profile.js';
import { joined, none, value, yesNo, type Reader } from '../reading.js';
import { negatedAt, numbersIn } from '../scan.js';
import { specialtiesIn } from './specialty.js';

type Missing = NonNullable<Ecfmg['missing']>[number];
// What ECFMG certification may still wait for, by the words that name it.
const MISSING_WORDS: [Missing, RegExp][] = [
  ['oet', /\boet\b|\benglish (test|exam|requirement)\b/],
  ['diploma', /\b(diploma|degree|transcript|verification|verified|epic)\b/],
  ['step1', /\bstep1\b/],
  ['step2ck', /\b(step2|step2ck|ck|2ck)\b/],
  ['application', /\b(application|applied|apply)\b/],
];
const NOT_STARTED = /\b(haven't|havent|have not|didn't|didnt|not)( even| yet)? (applied|started|begun|opened|registered)\b|\bnot started\b|\bnothing (done|yet)\b/;
const IN_PROGRESS = /\b(not|almost|nearly|partly|partially) (yet )?certified\b|\bnot (done|complete|completed|finished)\b|\b(waiting|pending|still|except|missing|left|remaining|to take|in progress|soon)\b/;

const ACKNOWLEDGEMENT = /^(ok|okay|okey|k|kk|sure|fine|alright|cool|got it|hmm|ok so)\b/;

/** ECFMG certification: certified, in progress with what is missing, or not started; "yes"/"no" to the question. */
export const readEcfmg: Reader<Ecfmg> = (clauses, ctx) => {
  const t = joined(clauses);
  const text = t.join(' ');
  if (NOT_STARTED.test(text)) return value({ status: 'not_started' });
  const missing = MISSING_WORDS.filter(([, re]) => re.test(text)).map(([m]) => m).filter((m) => !(m === 'application' && /\beverything\b/.test(text)));
  const certifiedAt = t.findIndex((w) => w === 'certified' || w === 'certification' || w === 'cert');
  const certified = certifiedAt >= 0 && !negatedAt(t, certifiedAt) && !IN_PROGRESS.test(text);
  if (certified) return value({ status: 'certified' });
  if (IN_PROGRESS.test(text) || (certifiedAt >= 0 && negatedAt(t, certifiedAt))) return value(missing.length ? { status: 'in_progress', missing } : { status: 'in_progress' });
  if (ctx.pending) {
    const yn = yesNo(clauses);
    // a plain acknowledgement ("ok", "sure") is not a claim to be certified: certification never rests on a guess
    if (yn === true && !ACKNOWLEDGEMENT.test(text)) return value({ status: 'certified' });
    if (yn === false) return value(missing.length ? { status: 'in_progress', missing } : { status: 'in_progress' });
  }
  return none();
};

const PARTNER = /^(wife|husband|partner|spouse|girlfriend|boyfriend|gf|bf|fiance|fiancee|she|he|she's|he's|she'll|he'll|hubby|wifey)$/;
const SOLO = /\b(no couples?|not couples?|not (a )?couples?|applying solo|solo|alone|by myself|on my own|single|not matching (as a couple|with))\b|\b(isn't|is not|not) a (doctor|physician|med student|medical student|resident)\b/;
const COUPLE = /\b(couples|couple's|couples match|couples matching|as a couple|matching with my|match with my|matching together|match together)\b/;

/** True when the words speak of a couples match. */
export function mentionsCouples(text: string): boolean {
  return COUPLE.test(text);
}

/** The couples match: whether they match as a couple, the partner's specialty, whether the partner needs a visa. */
export const readCouples: Reader<Couples> = (clauses, ctx) => {
  const t = joined(clauses);
  const text = t.join(' ');
  if (SOLO.test(text) || (ctx.pending && yesNo(clauses) === false)) return value({ matching: false });
  if (!COUPLE.test(text) && !(ctx.pending && yesNo(clauses) === true)) return none();
  const out: Couples = { matching: true };
  // the specialty named next to the partner (or in the couples clause) is theirs
  for (const c of clauses) {
    if (!c.tokens.some((w) => PARTNER.test(w)) && !COUPLE.test(c.text)) continue;
    const s = specialtiesIn(c.tokens).find((x) => !x.negated);
    if (s) { out.partnerSpecialty = s.id; break; }
  }
  if (/\b(doesn't|doesnt|does not|won't|wont|don't|dont) need (a |any )?(visa|sponsorship)\b|\b(us|american) (grad|graduate|citizen|md|do)\b|\bgreen ?card\b|\bgc\b/.test(text)) out.partnerNeedsVisa = false;
  else if (/\b(she|he|partner|wife|husband|they|she'll|he'll)\b[^;]{0,25}\b(need|needs|requires)\b[^;]{0,20}\b(visa|j1|h1b|sponsorship)\b|\b(j1|h1b)\b[^;]{0,10}\b(as well|too)\b/.test(text)) out.partnerNeedsVisa = true;
  return value(out);
};

const INTERVIEWS = /^(interview|interviews|invite|invites|invitations|ii|iis)$/;

/** The cycle once applications are out: submitted or not, and interview invitations so far. */
export const readCycle: Reader<Cycle> = (clauses, ctx) => {
  const t = joined(clauses);
  const text = t.join(' ');
  const notSubmitted = /\b(haven't|havent|have not|not yet|didn't|didnt|not) (yet )?(submitted|submit|applied)\b|\bnot submitted\b/.test(text);
  let interviews: number | undefined;
  t.forEach((w, i) => {
    if (!INTERVIEWS.test(w) || interviews !== undefined) return;
    const before = t.slice(Math.max(0, i - 3), i);
    if (before.some((x) => /^(zero|no|0|none)$/.test(x))) { interviews = 0; return; }
    const n = numbersIn(before).reverse().find((x) => !x.calendarYear && x.value <= 200);
    if (n) interviews = n.value;
  });
  if (interviews === undefined && /\b(no|zero|0) (interviews?|invites?|iis?) yet\b|\bno (interviews?|invites?)\b/.test(text)) interviews = 0;
  if (notSubmitted) return value({ submitted: false });
  const applications = /\b(eras|application|applications|apps|myeras)\b/.test(text) || ctx.pending;
  const submitted = (applications && /\b(submitted|sent|applied|certified my|pushed)\b/.test(text)) || interviews !== undefined;
  if (!submitted) return ctx.pending && yesNo(clauses) === false ? value({ submitted: false }) : none();
  return value(interviews === undefined ? { submitted: true } : { submitted: true, interviews });
};
