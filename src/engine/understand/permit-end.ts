// When a work permit (EAD, TPS, DACA, asylum EAD) is told to end before residency starts, or its extension is only hoped
// for: the permit cannot be counted as "no sponsorship needed" until the applicant confirms what covers day one.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const YEAR = '(20\\d\\d)';
const NUM_MONTH = '(0?[1-9]|1[0-2])';
// the words that tell an end: "expires", "valid until", "good through", "ends before", "till"
const END_WORD = '(?:expires?|expiring|expiry|expiration|ends?|ending|valid (?:till|until|thru|through)|good (?:till|until|thru|through)|until|till|thru|through|runs out|lasts? (?:till|until|through))';
const END_BEFORE = new RegExp(`\\b${END_WORD} (?:in |on |by |at )?(before )?(?:${MONTH} ${YEAR}|${YEAR} ${MONTH}|${NUM_MONTH} ${YEAR}|${YEAR})\\b`, 'g');
// a start year told beside it ("residency starts july 2027", "starting residency in 2028")
const START = new RegExp(`\\b(?:residency|training|pgy ?1|program|it) (?:would |will |should )?(?:starts?|starting|begins?|beginning) (?:in |on )?(?:${MONTH} )?${YEAR}\\b|\\b(?:start|starting|begin) (?:residency|training) (?:in |on )?(?:${MONTH} )?${YEAR}\\b`);
// an extension only hoped for or half-remembered ("maybe extended", "extended to 2028 i think", "se extendio hasta 2028 creo", "hopefully renewed", "if it gets extended", "not sure it will be renewed")
const HOPED = /\b(maybe|might|may|hopefully|hope|hoping|if|probably|possibly|not sure|unsure|uncertain|unclear|depends|fingers crossed)\b(?:(?! approved| granted| came| done)[^;]){0,24}\b(extend|extended|extension|renew|renewed|renewal|redesignat\w*)\b|\b(extension|renewal|redesignation)\b[^;]{0,16}\b(maybe|might|uncertain|unclear|not sure|not yet|hopefully|not guaranteed)\b|\b(extended|renewed|extendio|extendido|estendido|prorrogado)\b[^;]{0,24}\b(i think|i guess|i believe|creo|supongo|acho|shayad)\b(?! (?:that|thats|that's|it|its|it's|this|so|enough|is|was))/;
const PERMIT = /\b(ead|tps|daca|asylum|asylee|refugee|parole|parolee|work permit|work authorization)\b/;

const monthIndex = (m: string | undefined): number | undefined => (m === undefined ? undefined : MONTHS.findIndex((x) => m.startsWith(x)));

/** The first residency start (1 July) the applicant could make: a year told beside the permit, else the next 1 July after now. */
function startOf(text: string, now: Date): { year: number; told: boolean } {
  const s = START.exec(text);
  if (s) return { year: Number(s[2] ?? s[4]), told: true };
  return { year: now.getUTCMonth() >= 6 ? now.getUTCFullYear() + 1 : now.getUTCFullYear(), told: false };
}

/** Why a work permit told in this text may not cover the first day of residency (its end, or a hoped-for extension),
 *  said in words for the question; undefined when no end is told or the permit lasts past 1 July of the start year. */
export function permitMayNotCover(text: string, now: Date): string | undefined {
  const plain = text.replace(/ ; /g, ' ');
  if (!PERMIT.test(plain)) return undefined;
  const start = startOf(plain, now);
  // the latest end told wins ("expired 2024, renewed until 2029")
  let latest: number | undefined;
  for (const m of plain.matchAll(END_BEFORE)) {
    const before = m[1] !== undefined;
    const year = Number(m[3] ?? m[4] ?? m[7] ?? m[8]);
    const month = monthIndex(m[2] ?? m[5]) ?? (m[6] !== undefined ? Number(m[6]) - 1 : undefined);
    // a year alone may run to its December: only a year before the start year is known to end before day one
    const at = year * 12 + (month === undefined ? 11 : before ? month - 1 : month);
    if (latest === undefined || at > latest) latest = at;
  }
  const startAt = start.year * 12 + 6;
  if (latest !== undefined && latest < startAt) return `a work permit that ends before residency starts (July ${start.year})`;
  if (HOPED.test(plain)) return 'a work permit whose extension is not yet in hand';
  return undefined;
}
