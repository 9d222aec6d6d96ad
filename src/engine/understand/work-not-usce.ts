// Clinical work whose time is not US clinical experience, taken out before the experience readers see the text so it
// never counts as USCE: a hospital job, house job, internship or junior residency in another country; any time count
// told beside a plain "no US clinical experience" that is not placed in the US; and months in another health role held
// as a job ("8 months hands-on as a medical assistant", "2 yrs as a scribe"). What was taken out is named back.
import { regionsInTokens } from './readers/places.js';
import { COUNTRIES } from './readers/visa.js';
import { FOREIGN_CITIES } from './readers/experience.js';
import { tokenise } from './tokens.js';

// a stretch of the message between separators or joining words: each is judged on its own
const PIECES = /([,;.()\n!?]| and | also | plus | \+ | but | aur )/;
// a count of time ("8 months", "2 yrs"), and a length of time of any kind ("1 year", "18 months", "a year")
const COUNTED_TIME = /\b\d+(?:\.\d+)? ?(?:months?|mos?|mo|mths?|weeks?|wks?|years?|yrs?|yr)\b/;
const TIME = new RegExp(`${COUNTED_TIME.source}|\\b(?:a|one) (?:full |whole )?year\\b`);
// a length spelled (this step runs before number words become digits): "two and a half years as a scribe"
const SPELLED_TIME = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|half|several|few) (?:months?|weeks?|years?|yrs?)\b/;
// posts that exist only in other countries' systems ("house job", "medical officer", "junior resident", "registrar")
const FOREIGN_POST = /\b(fy ?1|fy ?2|fy1\/fy2|foundation (?:years?|programme|program|doctor)|house ?jobs?|house ?officers?|house ?surgeon|house ?manship|medical officers?|junior resident|senior resident|jr resident|sr resident|registrar|senior house officer|sho|rotating internship|compulsory internship|mandatory internship|internship year|social service|servicio social|rural service|national service|nysc)\b/;
// work held in a clinical place ("worked 1 year in a hospital", "my job at a clinic")
const WORK = /\b(worked|work|working|job|employed|practi[cs]ed|practi[cs]ing|served)\b/;
const CLINICAL_PLACE = /\b(hospitals?|clinics?|wards?|er|emergency|icu|department|dept|practice|gp|private practice)\b/;
// what makes time US clinical experience when it is placed nowhere ("2 months observership")
const US_KIND = /\b(usce|observerships?|observer|obs|externships?|extern|rotations?|electives?|clerkships?|subi|sub i|shadow\w*|pgy ?\d|prelim)\b/;
// the US named as the place ("in the US", "here in the states")
const IN_US = /\b(us|usa|u s|united states|america|american|states)\b/;
const ABROAD_WORDS = /\b(abroad|back home|home country|in my country|overseas|nhs)\b/;
// a plain denial of any US clinical experience ("no US clinical experience", "zero USCE", "haven't done any usce")
const NO_USCE = /\b(no|zero|0|without|not any|never had any|never done any|don't have any|dont have any|do not have any|haven't done any|havent done any|haven't had any|havent had any|have no|don't have|dont have)( real)? (us ?ce|usce|us clinical( experience| exp)?|us experience|us clinicals|clinical experience in (the )?(us|usa|states))\b/;

// why a stretch's time was not counted as US clinical experience
type NotUsce = 'abroad' | 'notPlacedInUs';

const placedInUs = (piece: string): boolean => {
  const t = tokenise(piece);
  return regionsInTokens(t).some((r) => r !== 'anywhere') || IN_US.test(piece.replace(/\b(no|not|zero|without) (us|usa)\b/g, ''));
};
const abroad = (piece: string): boolean => {
  const t = tokenise(piece);
  return ABROAD_WORDS.test(piece) || t.some((w, i) => (COUNTRIES.has(w) || FOREIGN_CITIES.has(w)) && w !== 'other' && w !== 'another' && /^(in|at|from|the)$/.test(t[i - 1] ?? ''));
};

/** Each stretch whose time is not US clinical experience, and why: a post of another country's system, work in a place
 *  abroad, hospital work placed nowhere with no US kind of experience named, or any time not placed in the US beside a
 *  plain denial of US clinical experience. A stretch placed in the US is never taken. */
function notUsceIn(text: string): { piece: string; why: NotUsce; placed: boolean }[] {
  if (!TIME.test(text)) return [];
  const denied = NO_USCE.test(text);
  const out: { piece: string; why: NotUsce; placed: boolean }[] = [];
  // ("FY1/FY2 in the NHS (2 yrs)": the length in brackets right after a post abroad told without one is that post's)
  let postWithoutTime = false;
  let previous = '';
  for (const piece of text.split(PIECES)) {
    const bracketOfPost = postWithoutTime && previous === '(';
    if (!/^[,;.()\n!?]$|^ (and|also|plus|\+|but|aur) $/.test(piece)) postWithoutTime = !TIME.test(piece) && (FOREIGN_POST.test(piece) || (abroad(piece) && /\b(internship|intern|residency|resident|worked|job)\b/.test(piece)));
    previous = piece;
    if (bracketOfPost && TIME.test(piece) && !placedInUs(piece)) { out.push({ piece, why: 'abroad', placed: false }); continue; }
    if (!TIME.test(piece) || NO_USCE.test(piece) || placedInUs(piece)) continue;
    const work = WORK.test(piece) && CLINICAL_PLACE.test(piece) && !US_KIND.test(piece);
    // (a place abroad named in it: the experience reader leaves it out and asks for the US months itself)
    const placed = abroad(piece);
    if (FOREIGN_POST.test(piece) || (placed && (WORK.test(piece) || CLINICAL_PLACE.test(piece) || /\b(internship|intern|residency|resident)\b/.test(piece))) || work) out.push({ piece, why: 'abroad', placed });
    else if (denied && !US_KIND.test(piece) && (WORK.test(piece) || CLINICAL_PLACE.test(piece) || /\b(internship|intern|residency|resident|clinical|experience|exp)\b/.test(piece))) out.push({ piece, why: 'notPlacedInUs', placed });
  }
  return out;
}

// The text without the stretches whose time is not US clinical experience (see notUsceIn), except those placed in a
// country abroad by name, which the experience reader already leaves out; the rest is left as it was.
function withoutWorkAbroad(text: string): string {
  const taken = new Set(notUsceIn(text).filter((x) => !x.placed || x.why === 'notPlacedInUs').map((x) => x.piece));
  return taken.size ? text.split(PIECES).map((p) => (taken.has(p) ? ' ' : p)).join('') : text;
}

// months worked in another health role are a job, not US clinical experience
// ("CRC" is here: no reader takes the initials for a research post, so its year would otherwise count as USCE)
const HEALTH_ROLE = '(?:medical assistant|ma|medical scribe|scribe|phlebotomist|phlebotomy tech|nurse|nursing assistant|cna|emt|paramedic|crc|caregiver|lab tech|pharmacy tech|patient care tech|pct|medical interpreter|interpreter)';
// a research post named in words is read as research time, so only a counted length of it is taken out ("2 years as a
// research coordinator"; not "a year as a research assistant")
const RESEARCH_ROLE = '(?:research assistant|research coordinator|clinical research coordinator)';
// the role as the applicant's job: "as a medical assistant", "working as MA", "my MA job", "scribing", "phlebotomy work"
const asRole = (role: string, also = '') => new RegExp(`\\b(?:as an?|as|working as|worked as|work as|job as|employed as)\\s+(?:an? )?${role}\\b|\\b${role} (?:job|work|position)\\b${also}`);
// a stretch that opens with the role itself, after one held "as" before it ("... as a scribe for 3 years and research coordinator at USC for 2")
const roleFirst = (role: string) => new RegExp(`^\\s*(?:also |then )?(?:an? )?${role} (?:at|in|for|with)\\b`);
/** The two tables of jobs held: each with how it is told and the time that takes a stretch of it out. */
const JOBS = [
  { as: asRole(HEALTH_ROLE, '|\\b(?:scribing|phlebotomy)\\b'), first: roleFirst(HEALTH_ROLE), time: new RegExp(`${TIME.source}|${SPELLED_TIME.source}`) },
  { as: asRole(RESEARCH_ROLE), first: roleFirst(RESEARCH_ROLE), time: COUNTED_TIME },
];
// a stretch of the message between separators or "and": each is judged on its own (the "and" of a length is no
// separator: "a year and a half as a phlebotomist")
const JOB_PIECES = /([,;.()\n]| and (?!(?:a )?half\b)| plus | \+ |, and )/;

// The text without the stretches that count time in another health role held as the applicant's job, so the
// experience readers count none of it (nor its kind or place); other stretches are left as they are.
function withoutAlliedJobMonths(text: string): string {
  if (!JOBS.some((j) => j.as.test(text))) return text;
  return text.split(JOB_PIECES).map((piece) => (JOBS.some((j) => (j.as.test(piece) || j.first.test(piece)) && j.time.test(piece)) ? ' ' : piece)).join('');
}

/** The text without every stretch whose time is not US clinical experience: work abroad first, then health jobs. */
export function withoutWorkNotUsce(text: string): string {
  return withoutAlliedJobMonths(withoutWorkAbroad(text));
}

/** True when the message told clinical work or a health job whose time was not counted as US clinical experience. */
export function toldWorkNotUsce(text: string): boolean {
  return notUsceIn(text).length > 0 || withoutAlliedJobMonths(text) !== text;
}
