// The year of another event is not the graduation year: "failed step 1 the first time (2021)", "step 1 (2019) pass"
// name when an exam happened. A graduation year is kept only when some mention of it is not tied to such an event,
// or the message speaks of graduating at all. Prepared at load.

// words that make a year a graduation year ("graduated", "MBBS 2016", "passed out in 2019", "batch of 2018", "YOG")
const GRADUATION = /\b(grad\w*|gradu\w*|egres\w*|me recib\w*|formei|formado|formada|pass ?out|passed out|mbbs|md|mbchb|degree|diploma|passed out|pass out|passout|batch|yog|class of|finished (?:med|medical)|completed (?:med|medical|mbbs|md)|med school)\b/;
// an event a year may date instead: an exam, its result, a rotation, an application or a match
const EVENT = /\b(step ?[123]|step (?:one|two|three)|ck|usmle|exam|failed|fail|passed|pass|took|attempt|observership|externship|rotation|elective|applied|apply|applying|interview\w*|match(?:ed)?|visa|aplicar|aplico|aplicando|postular|solicitar|candidatar|moved?|came|arrived|immigrated|married|born|job|work\w*|joined|started|since|until|till|expir\w*|cycle|season|next year|pr[oó]ximo|agle|mudé|llegué|trabaj\w*)\b/;
// an event named right after the year ("2027 mein apply karunga", "2027 cycle", "2027 match")
const EVENT_AFTER = /^\W{0,3}(?:(?:mein|main|me|en|in|na|no|ka|ki|ke|ko) )?(apply|applying|aplicar|match|cycle|season|intake|ciclo|eras|residency|residencia)\b/;
// a stored answer changed on purpose ("actually", "sorry", "i meant", "typo", "not 2017", "2022*")
const CORRECTING = /\*|\b(actually|sorry|meant|typo|mistake|wrong|correction|instead|transcript|certificate|says|wrote|typed|putting|entered|not \d{4}|was \d{4}|update|change)\b/;

/** True when every mention of `year` in the message dates another event than graduating (and none speaks of graduating). */
export function yearOfAnotherEvent(text: string, year: number): boolean {
  const t = text.toLowerCase();
  if (GRADUATION.test(t)) return false;
  const at = [...t.matchAll(new RegExp(`\\b${year}\\b`, 'g'))].map((m) => m.index ?? 0);
  return at.length > 0 && at.every((i) => EVENT.test(t.slice(Math.max(0, i - 40), i)) || EVENT_AFTER.test(t.slice(i + 4, i + 30)));
}

/** True when a year read as the graduation year would replace a stored one though the message never speaks of
 *  graduating nor corrects anything: the year may belong to another event, so it is asked about, never stored. */
export function replacesGraduationUnsaid(text: string, year: number, stored: number | undefined): boolean {
  const t = text.toLowerCase();
  return stored !== undefined && stored !== year && !GRADUATION.test(t) && !CORRECTING.test(t);
}
