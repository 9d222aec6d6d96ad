// A length of time told, then some of it again by a bare count that points back at it, rewritten so the readers add
// nothing twice: "4 months, 2 of them obs" is 4 months, "3 months. 2 were hands-on, the 3rd an observership" is 3 (the
// parts restate the length), "8 weeks; 4 of those at Kaiser" is 8 weeks. Runs on the lowercased, digitised text.

// a length: a count and its unit of time
const LENGTH = /(?<![\d.])(\d{1,2}(?:\.\d+)?) ?(?:months?|mos?|mo|mths?|weeks?|wks?|wk)\b/g;
// any count after it, with what follows it
const COUNT_AFTER = /(?<![\d.a-z])(\d{1,3}(?:\.\d+)?)(?![\d.]|(?:st|nd|rd|th)\b)/g;
// a bare count that points back at what was counted: "2 of them", "1 of those", "2 were", "one was", "2 are"
const POINTS_BACK = /^ (?:(?:months?|mos?|weeks?|wks?) )?(?:of (?:them|those|these|which|it|that)\b|(?:were|was|are|is)\b)/;
// one more item named by its place in the list, standing for one of them: "the 3rd", "the third one", "the last one"
const ORDINAL_ITEM = /\bthe (?:2nd|3rd|4th|second|third|fourth|last|other|remaining)(?: one)?\b(?! (?:months?|weeks?|attempt|try|time|year|author)\b)/g;

/** The text with every bare count that points back at a length just told dropped (its words kept), when the counts
 *  after the length are all such pointers, none above the length; several pointers that with the ordinal items after
 *  them do not come to the length are left as they were (which is meant is asked by the readers, or summed). */
export function pointersDropped(text: string): string {
  if (!/\d\D+\d/.test(text) || !/\b(of (them|those|these|which|it|that)|were|was|are|is)\b/.test(text)) return text;
  for (const m of text.matchAll(LENGTH)) {
    const total = Number(m[1]);
    const from = m.index! + m[0].length;
    const after = text.slice(from);
    const counts = [...after.matchAll(COUNT_AFTER)].filter((c) => Number(c[1]) < 1900);
    if (!counts.length || !counts.every((c) => POINTS_BACK.test(after.slice(c.index! + c[0].length)))) continue;
    const parts = counts.map((c) => Number(c[1]));
    if (parts.some((p) => p <= 0 || p > total)) continue;
    // (parts that do not add up to the length are one subset at most: "2 were obs" of 4 months; two of them must sum)
    const items = [...after.slice(counts.at(-1)!.index!).matchAll(ORDINAL_ITEM)].length;
    const sum = parts.reduce((a, b) => a + b, 0) + items;
    if (parts.length > 1 && Math.abs(sum - total) > 1e-9) continue;
    if (parts.length === 1 && items > 0 && Math.abs(sum - total) > 1e-9) continue;
    const kept = counts.reduceRight((s, c) => s.slice(0, c.index!) + s.slice(c.index! + c[0].length).replace(/^ /, ''), after);
    return text.slice(0, from) + kept;
  }
  return text;
}
