// "My EAD expires July 2026, will that be a problem?": the end date told is set against TODAY and against July 1 of
// the training year (and the three years of a residency), so a date already passed is said to have passed, and a
// renewal receipt is asked about. DACA is named only when the asker or the saved file says DACA.
import type { Profile } from '../domain/profile.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** A work permit named: an EAD, a work permit or card, TPS, DACA, parole. */
const PERMIT = /\b(?:ead|work (?:permit|card|authori[sz]ation)|employment authori[sz]ation(?: document| card)?|tps|daca|parole|permiso de trabajo)\b/i;
/** The end told: "expires July 2026", "valid until 03/2027", "ends in 2028". */
const END = new RegExp(String.raw`\b(?:expires?|expiring|expired|expiry|expiration|ends?|ending|ended|valid (?:till|until|thru|through)|good (?:till|until|thru|through)|runs? out|ran out|until|till|vence)\b[^.?!\n\d]{0,12}?(?:${MONTH}\.?,? (?:\d{1,2},? )?(20\d\d)|(0?[1-9]|1[0-2])[/-](20\d\d)|(20\d\d)(?: ${MONTH})?)`, 'i');
const DACA = /\bdaca\b/i;

/** The end date a question gives for the asker's work permit (the last day of its month, or of its year when only a
 *  year is told), or undefined when it names no permit or no end. */
function permitEnd(question: string): { end: Date; said: string } | undefined {
  if (!PERMIT.test(question)) return undefined;
  const m = END.exec(question);
  if (!m) return undefined;
  const monthWord = m[1] ?? m[6];
  const monthIndex = monthWord ? MONTHS.indexOf(monthWord.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) : m[3] ? Number(m[3]) - 1 : 11;
  const year = Number(m[2] ?? m[4] ?? m[5]);
  const end = new Date(Date.UTC(year, monthIndex + 1, 0));
  const said = monthWord || m[3] ? `${MONTH_NAMES[monthIndex]} ${year}` : `${year}`;
  return { end, said };
}

const dayText = (d: Date) => `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

/** The reply to a question telling when the asker's work permit ends, or undefined when it tells no end date. */
export function permitExpiryAnswer(question: string, now: Date, profile?: Profile): string | undefined {
  const told = permitEnd(question);
  if (!told) return undefined;
  // training starts on July 1 after the coming Match: next year's once this year's July has come
  const startYear = now.getUTCMonth() >= 6 ? now.getUTCFullYear() + 1 : now.getUTCFullYear();
  const start = new Date(Date.UTC(startYear, 6, 1));
  const threeYears = new Date(Date.UTC(startYear + 3, 5, 30));
  const daca = DACA.test(question) || /daca/i.test(JSON.stringify(profile ?? {}));
  const lines: string[] = [];
  if (told.end < now) {
    lines.push(`The date you give, ${told.said}, has already passed (today is ${dayText(now)}). Do you have a renewal receipt (a USCIS receipt notice, Form I-797C, for a renewal filed before it ended) or a new card? For some permit categories a renewal filed in time extends the old card automatically for a period, and for others it does not: check your category on uscis.gov or with an immigration attorney (general knowledge, not from our guides).`);
  } else if (told.end < start) {
    lines.push(`${told.said} comes before residency would start (1 July ${startYear}), so that card alone does not cover day one: you need the renewed permit, or a J-1 or an H-1B, in place by then. Programs check it on Form I-9 like any employer, so file the renewal early and ask each program how it handles a renewal still pending (general knowledge, not from our guides).`);
  } else if (told.end < threeYears) {
    lines.push(`${told.said} covers the start of residency (1 July ${startYear}) but not all of it: a residency lasts at least three years (to ${dayText(threeYears)} for a three-year program), so plan each renewal well before the card ends; a gap in permission to work stops training until it is renewed (general knowledge, not from our guides).`);
  } else {
    lines.push(`${told.said} covers the start of residency (1 July ${startYear}) and a three-year program. Ask each program whether it accepts applicants on an EAD: some list the statuses they take.`);
  }
  lines.push(daca
    ? 'Our guide on DACA covers the renewals of a DACA work permit; its policy changes are for uscis.gov or an immigration attorney.'
    : 'Our guides say that you need permission to work for every year of training, and that programs decide which statuses they accept; your own case (renewals, extensions, the asylum or green-card process behind the card) is for uscis.gov or an immigration attorney.');
  return lines.join(' ');
}
