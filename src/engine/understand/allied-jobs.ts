// Months worked in another health role ("8 months hands-on as a medical assistant", "2 yrs as a scribe") are a job,
// not US clinical experience: their count is taken out before the experience is read, so it never counts as USCE.

const ROLE = '(?:medical assistant|ma|medical scribe|scribe|phlebotomist|phlebotomy tech|nurse|nursing assistant|cna|emt|paramedic|research assistant|research coordinator|clinical research coordinator|crc|caregiver|lab tech|pharmacy tech|patient care tech|pct|medical interpreter|interpreter)';
// the role as the applicant's job: "as a medical assistant", "working as MA", "my MA job", "scribing", "phlebotomy work"
const AS_ROLE = new RegExp(`\\b(?:as an?|as|working as|worked as|work as|job as|employed as)\\s+(?:an? )?${ROLE}\\b|\\b${ROLE} (?:job|work|position)\\b|\\b(?:scribing|phlebotomy)\\b`);
// a stretch that opens with the role itself, after one held "as" before it ("... as a scribe for 3 years and research coordinator at USC for 2")
const ROLE_FIRST = new RegExp(`^\\s*(?:also |then )?(?:an? )?${ROLE} (?:at|in|for|with)\\b`);
// a stretch of the message between separators or "and": each is judged on its own
const PIECES = /([,;.()\n]| and | plus | \+ |, and )/;
// a count of time in that stretch ("8 months hands on", "2 yrs")
const TIME = /\b\d+(?:\.\d+)? ?(?:months?|mos?|mo|mths?|weeks?|wks?|years?|yrs?|yr)\b|\b(?:a|one) (?:full |whole )?year\b/;

/** The text without the stretches that count time in another health role held as the applicant's job, so the
 *  experience readers count none of it (nor its kind or place); other stretches are left as they are. */
export function withoutAlliedJobMonths(text: string): string {
  if (!AS_ROLE.test(text)) return text;
  return text.split(PIECES).map((piece) => ((AS_ROLE.test(piece) || ROLE_FIRST.test(piece)) && TIME.test(piece) ? ' ' : piece)).join('');
}
