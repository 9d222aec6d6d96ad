// A count written after its thing with a times sign ("IM ×3, FM ×2", "TY ×1"): the count before the thing, as every
// reader expects it ("3 IM, 2 FM"). Only the sign itself: "fail x2" and "took it x2" are read by the attempts reader.
const TIMES_AFTER = /\b([a-z][a-z/&]*) ?(?:×|✕) ?(\d{1,2})\b/g;

/** "IM ×3" read as "3 IM". */
export function timesAfter(text: string): string {
  return text.replace(TIMES_AFTER, '$2 $1');
}
