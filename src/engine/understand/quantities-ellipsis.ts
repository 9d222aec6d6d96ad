// Counts whose item or speaker is left unsaid, written out so the readers see them whole. Runs on the lowercased,
// digitised text: "1 month obs in Irvine, another in Anaheim, and one more in Long Beach" (an item added with
// "another" is one more of the item counted before it), "my friend got 6 months, I only managed 2" (a bare count
// answering another's count has its unit), "my friend counts prep weeks and says 5" (a count said by someone else
// keeps its speaker).

const DURATION = /^(months?|mos?|mo|mths?|weeks?|wks?|wk)$/;
// the item first counted in a sentence: "1 month obs", "4 weeks", "1 lor", "2 letters"
const FIRST = /(?<![\d.])(\d+(?:\.\d+)?) ?(months?|mos?|mo|mths?|weeks?|wks?|wk|letters?|lors?|recs?|pubs?|publications?|papers?|posters?)\b/;
// "another", "one more", "a second" with no count, standing before where the item was ("another in Anaheim",
// "one more at UCI", "another obs in LA", "another month in NY")
const ANOTHER = /(^|[,;]\s*|\b(?:and|then|plus|also|&)\s+)(?:then\s+|and\s+|also\s+)?(?:another|1 more|a second|a 2nd|a third|a 3rd)(?: (one|month|week|letter|lor|rec|paper|pub|poster|obs|observership|rotation|elective|externship|clerkship|stint|block))?(?= (?:in|at|from|with|by|@)\b)/g;

// the rest of an item's clause, up to the next comma or "and", holding a length of its own
const OWN_LENGTH = /^[^,;]*?(?<!\band\b[^,;]*)\b\d+(?:\.\d+)? ?(?:months?|mos?|mo|mths?|weeks?|wks?|wk)\b/;
const isLength = (n: number, unit: string) => (/^w/.test(unit) ? n <= 4 : n <= 1);

/** Writes out items left unsaid: "another"/"one more" items, a bare count's unit, a count's speaker, a count of times. */
export function countsWritten(text: string): string {
  return speakerKept(unitCarried(anotherOfSame(timesDone(text))));
}

// "published twice, presented posters thrice": how many times a paper was published or a poster presented is the count
const TIMES: Record<string, number> = { once: 1, twice: 2, thrice: 3 };
const TIMES_DONE = /\b(published|presented)(?: (?:a |my |our )?(posters?|abstracts?|papers?|articles?))?(?: (?:at conferences|in journals))? (once|twice|thrice|(\d{1,2}) times)\b/g;
function timesDone(text: string): string {
  if (!/\b(published|presented)\b/.test(text)) return text;
  return text.replace(TIMES_DONE, (_m, verb: string, kind: string | undefined, times: string, n?: string) => {
    const count = n ? Number(n) : TIMES[times]!;
    const poster = kind ? /^(poster|abstract)/.test(kind) : verb === 'presented';
    return `${count} ${poster ? 'posters' : 'publications'}`;
  });
}

const UNIT = 'months?|weeks?|letters?|lors?|pubs?|publications?|papers?|posters?|interviews?|invites?';
// "my friend got 6 months at Cook County, I only managed 2 there": the applicant's bare count after another's count
// (a count followed by its own item is left: "my brother did 8 months, i did 3 obs")
const OWN_BARE = new RegExp(`\\b(\\d+(?:\\.\\d+)?) (?:[a-z-]+ )?(${UNIT})\\b([^.;!?]*?[,;]\\s*(?:but |and |while |whereas )?(?:i|me|mine)(?: (?:only|just|barely|also))?(?: (?:managed|got|did|had|have|was|were|is|scored|wrote|published))?(?: (?:only|just|barely))? )(\\d+(?:\\.\\d+)?)(?=\\s*(?:$|[,.;!?)]|(?:there|here|only|lol|haha|tho|though|and|but|in|at|from|with|myself|total|overall)\\b))`, 'g');
function unitCarried(text: string): string {
  if (!/\b(i|me|mine)\b/.test(text)) return text;
  return text.replace(OWN_BARE, (_m, n: string, unit: string, between: string, own: string) => `${n} ${unit}${between}${own} ${unit}`);
}

// "my friend counts prep weeks too and says 5": a verb of saying joined by "and" keeps the other person as its subject
const OTHER_SAYS = /^((?:my|his|her|their|our) (?:[a-z']+ )?(?:friend|friends|brother|sister|cousin|colleague|classmate|batchmate|roommate|husband|wife|partner|mom|dad|mother|father|senior|mentor|advisor|consultant|uncle|aunt))\b([^.;!?]*?) and (says|said|thinks|thought|claims|claimed|counts|reckons|insists|told me)\b/;
function speakerKept(text: string): string {
  if (!/ and (says|said|thinks|thought|claims|claimed|counts|reckons|insists|told me)\b/.test(text)) return text;
  return text.split(/(?<=[.!?;])\s+/).map((s) => {
    const m = OTHER_SAYS.exec(s);
    // (not where the applicant speaks in between: "my friend did 6 and i think 5")
    return m && !/\b(i|i'm|im|me|myself)\b/.test(m[2]!) ? s.replace(OTHER_SAYS, `$1$2 and $1 $3`) : s;
  }).join(' ');
}

function anotherOfSame(text: string): string {
  if (!/\b(another|1 more|a second|a 2nd|a third|a 3rd)\b/.test(text)) return text;
  return text.split(/(?<=[.!?])\s+/).map((sentence) => {
    const first = FIRST.exec(sentence);
    if (!first) return sentence;
    const n = Number(first[1]);
    const unit = first[2]!;
    const duration = DURATION.test(unit);
    // (a length copied to "another" only when the first is one block: "2 months in Ohio, another in Texas" says no length)
    if (duration && !isLength(n, unit)) return sentence;
    const head = sentence.slice(0, first.index + first[0].length);
    const rest = sentence.slice(head.length).replace(ANOTHER, (m: string, lead: string, kind: string | undefined, at: number, all: string) => {
      // ("and a 3rd one in Fresno for another month", "a 2nd in Irvine for 2 months": the item tells its own length)
      if (duration && OWN_LENGTH.test(all.slice(at + m.length))) return m;
      const what = kind && !/^(one|month|week|letter|lor|rec|paper|pub|poster)$/.test(kind) ? ` ${kind}` : '';
      return `${lead}${duration ? n : 1} ${unit}${what}`;
    });
    return head + rest;
  }).join(' ');
}
