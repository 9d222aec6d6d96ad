// The year of another event is not the graduation year: "failed step 1 the first time (2021)", "step 1 (2019) pass"
// name when an exam happened. A graduation year is kept only when some mention of it is not tied to such an event,
// or the message speaks of graduating at all. Prepared at load.

// words that make a year a graduation year ("graduated", "MBBS 2016", "passed out in 2019", "batch of 2018", "YOG")
const GRADUATION = /\b(grad\w*|mbbs|md|mbchb|degree|diploma|passed out|pass out|passout|batch|yog|class of|finished (?:med|medical)|completed (?:med|medical|mbbs|md)|med school)\b/;
// an event a year may date instead: an exam, its result, a rotation, an application or a match
const EVENT = /\b(step ?[123]|step (?:one|two|three)|ck|usmle|exam|failed|fail|passed|pass|took|attempt|observership|externship|rotation|elective|applied|apply|applying|interview\w*|match(?:ed)?|visa)\b/;

/** True when every mention of `year` in the message dates another event than graduating (and none speaks of graduating). */
export function yearOfAnotherEvent(text: string, year: number): boolean {
  const t = text.toLowerCase();
  if (GRADUATION.test(t)) return false;
  const at = [...t.matchAll(new RegExp(`\\b${year}\\b`, 'g'))].map((m) => m.index ?? 0);
  return at.length > 0 && at.every((i) => EVENT.test(t.slice(Math.max(0, i - 40), i)));
}
