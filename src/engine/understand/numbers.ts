// Reads numbers the way people type them: digits, "two hundred twenty", "two thirty-one", "a dozen".

const UNITS = new Map<string, number>(Object.entries({
  zero: 0, no: 0, one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, dozen: 12,
}));
const TENS = new Map<string, number>(Object.entries({
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}));
// "a"/"an"/"no" only count as numbers right before a unit word (a month, no letters).
const WEAK = new Set(['a', 'an', 'no']);

function isNumberWord(w: string): boolean {
  return UNITS.has(w) || TENS.has(w) || w === 'hundred' || w === 'thousand';
}

// Fast path: most answers hold no spelled-out number at all, and then nothing needs rewriting.
const STRONG_WORD = /\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|fou?rty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen)\b/i;
const WEAK_BEFORE_UNIT = /\b(a|an|no)\s+(dozen|hundred|months?|mo|weeks?|years?|letters?|lors?|publications?|posters?|attempts?|times?)\b/i;

/** Replaces spelled-out numbers with digits: "two hundred twenty" -> "220", "two thirty one" -> "231". */
export function digitize(text: string): string {
  if (!STRONG_WORD.test(text) && !WEAK_BEFORE_UNIT.test(text.replace(/-/g, ' '))) {
    return spaced(text.toLowerCase().replace(/-/g, ' ').replace(/\b(\d+)(?=[a-z])(?!(?:st|nd|rd|th|s)\b)/g, '$1 '));
  }
  const tokens = text.toLowerCase().replace(/-/g, ' ').split(/(\s+)/);
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const w = tokens[i]!.replace(/[.,!?;:]+$/, '');
    const tail = tokens[i]!.slice(w.length);
    if (!isNumberWord(w) || (WEAK.has(w) && !startsPhrase(tokens, i)) || (w === 'one' && !(previousWord(tokens, i) === 'only' && onlyOneOfSeveral(tokens, i)) && ((ordinalBefore(previousWord(tokens, i)) && !(previousWord(tokens, i) === 'only' && (startsPhrase(tokens, i) || onlyOneOpens(tokens, i, tail)))) || (!tail && PRONOUN_ONE_BEFORE.test(nextWord(tokens, i))) || describedOne(tokens, i, tail)))) {
      out.push(tokens[i]!);
      i += 1;
      continue;
    }
    // collect a run of number words separated by whitespace or, after "hundred" or a tens word, "and" ("three and four" stays two numbers)
    const run: string[] = [];
    let j = i;
    let end = i + 1;
    let lastTail = tail;
    while (j < tokens.length) {
      const t = tokens[j]!;
      if (/^\s+$/.test(t)) { j += 1; continue; }
      const word = t.replace(/[.,!?;:]+$/, '');
      // "three one-month rotations": two units in a row are two numbers, not their sum
      if (UNITS.has(word) && UNITS.has(run.at(-1) ?? '') && word !== 'dozen') break;
      // ("two hundred n forty six", "two hundred & six": "n" and "&" join like "and")
      const joiner = word === 'and' || word === 'n' || word === '&' || word === "'n'" || word === "n'";
      // ("two forty for" dictated: a "for" ending the clause right after a score's tens word is its units digit)
      const dictatedFour = word === 'for' && run.length === 2 && TENS.has(run[1]!) && UNITS.has(run[0]!) && (t.length > 3 || j + 1 >= tokens.length);
      if (isNumberWord(word) || dictatedFour || (joiner && (run.at(-1) === 'hundred' || run.at(-1) === 'thousand' || TENS.has(run.at(-1) ?? '')) && isNumberWord((tokens[j + 2] ?? '').replace(/[.,!?;:]+$/, '')))) {
        if (!joiner) run.push(dictatedFour ? 'four' : word);
        lastTail = t.slice(word.length);
        j += 1;
        end = j;
        if (lastTail) break;
        continue;
      }
      break;
    }
    const value = wordsToNumber(run);
    if (value === undefined) {
      out.push(tokens[i]!);
      i += 1;
      continue;
    }
    // "2 hundred and twenty": a digit typed before the spelled hundreds multiplies them
    const before = out.length >= 2 && /^\s+$/.test(out.at(-1)!) ? out.at(-2)! : '';
    if (run[0] === 'hundred' && /^[1-9]$/.test(before)) { out.splice(-2, 2, String(Number(before) * 100 + value - 100) + lastTail); i = end; continue; }
    out.push(String(value) + lastTail);
    // go on right after the run's last word, so the whitespace after it is kept ("three 4-week" is "3 4 week", not "34 week")
    i = end;
  }
  return spaced(out.join('').replace(/\b(\d+)(?=[a-z])(?!(?:st|nd|rd|th|s)\b)/g, '$1 '));
}

// runs of spaces as one space; a line break stays a line break, so each line of a pasted block ("USMLE S3 - not taken")
// is read as a sentence of its own, never with the number of the line before it
const spaced = (text: string): string => text.replace(/\s*\n\s*/g, '\n').replace(/[^\S\n]+/g, ' ').trim();

// "the first one i failed", "that one", "another one": "one" as a pronoun, not a count
const PRONOUN_ONE_AFTER = new Set(['first', 'second', 'third', 'last', 'the', 'that', 'this', 'which', 'each', 'every', 'other', 'another', 'any', 'same', 'only', 'latter', 'former', 'next', 'previous', 'earlier', 'older', 'newer', 'better', 'worse', 'no']);
// ("a 3rd one in Fresno", "the 2nd one"): an ordinal typed as digits stands before a pronoun "one" as the spelled ones do
const ordinalBefore = (w: string) => PRONOUN_ONE_AFTER.has(w) || /^\d{1,2}(?:st|nd|rd|th)$/.test(w);
// "one is still not uploaded", "one of them is from IM": "one" as the subject standing for one of things named, not a count
const PRONOUN_ONE_BEFORE = /^(is|was|isn't|isnt|wasn't|hasn't|hasnt|has|had|still|of|will|needs|need|should|might|may|could|would|being|got|gets)$/;
// "a free one in Queens", "the big one at Mayo", "a paid one, then": "one" after an article and a describing word stands
// for a thing named before, when what follows is no unit of its own ("at a hospital one month later" is still a count)
const ARTICLE = /^(a|an|the|this|that|another|my|each|every|some)$/;
const AFTER_DESCRIBED_ONE = /^(|in|at|on|from|near|with|for|and|but|so|too|as|back|there|here|nearby|instead|though|tho|only|which|that|where|i|we|was|is|lol)$/;
function describedOne(tokens: string[], i: number, tail: string): boolean {
  const before = previousWord(tokens, i);
  return ARTICLE.test((tokens[i - 4] ?? '').replace(/[.,!?;:]+$/, '')) && /^[a-z]+$/.test(before) && !isNumberWord(before) && !ARTICLE.test(before)
    && (tail !== '' || AFTER_DESCRIBED_ONE.test(nextWord(tokens, i)));
}
function nextWord(tokens: string[], i: number): string {
  return (tokens[i + 2] ?? '').replace(/[.,!?;:]+$/, '');
}
function previousWord(tokens: string[], i: number): string {
  return (tokens[i - 2] ?? '').replace(/[.,!?;:]+$/, '');
}

// ("only one, from my PI", "only one": a reply opening on "only one" alone is a count)
function onlyOneOpens(tokens: string[], i: number, tail: string): boolean {
  return tokens.slice(0, Math.max(0, i - 2)).every((t) => /^\s*$/.test(t)) && (tail !== '' || nextWord(tokens, i) === '');
}
// ("3, but only one is from a US doc", "4 letters and only one is clinical": "only one" after a count, with no article
// before it, counts one of them; "the only one", "my only one" stay pronouns)
function onlyOneOfSeveral(tokens: string[], i: number): boolean {
  const beforeOnly = (tokens[i - 4] ?? '').replace(/[.,!?;:]+$/, '');
  return /^(is|was|are|were)$/.test(nextWord(tokens, i)) && !/^(the|my|your|his|her|their|our|that|this|an?)$/.test(beforeOnly) && tokens.slice(0, Math.max(0, i - 2)).some((t) => /\d|\b(two|three|four|five|six)\b/.test(t));
}
function startsPhrase(tokens: string[], i: number): boolean {
  const next = (tokens[i + 2] ?? '').replace(/[.,!?;:]+$/, '');
  // "a couple" stays words: it is not one, and not surely two
  return next === 'dozen' || next === 'hundred' || /^(month|months|letter|letters|publication|publications|poster|posters|mo|week|weeks|year|years|lor|lors|attempt|attempts|time|times)$/.test(next);
}

function wordsToNumber(run: string[]): number | undefined {
  if (run.length === 0) return undefined;
  const first = run[0]!;
  // "twenty nineteen", "twenty twenty one", "nineteen ninety nine": a year said as two pairs
  if ((first === 'twenty' || first === 'nineteen') && run.length >= 2 && (TENS.has(run[1]!) || (UNITS.get(run[1]!) ?? 0) >= 10) && !run.includes('hundred') && !run.includes('thousand')) {
    const rest = wordsToNumber(run.slice(1));
    if (rest !== undefined && rest >= 10 && rest <= 99) return (first === 'twenty' ? 2000 : 1900) + rest;
  }
  // "two thirty one": a unit followed by a tens word reads as hundreds shorthand for scores
  const unit = UNITS.get(first);
  if (run.length >= 2 && unit !== undefined && unit >= 1 && unit <= 9 && TENS.has(run[1]!)) {
    const rest = run.slice(1);
    const tail = wordsToNumber(rest);
    return tail === undefined ? undefined : unit * 100 + tail;
  }
  let total = 0;
  let current = 0;
  for (const w of run) {
    if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'thousand') { total += (current || 1) * 1000; current = 0; }
    else if (TENS.has(w)) current += TENS.get(w)!;
    else if (w === 'dozen') current = (current || 1) * 12;
    else if (UNITS.has(w)) current += UNITS.get(w)!;
    else return undefined;
  }
  total += current;
  return total;
}

// After digitising, a score still in pieces: "2 100 & 33" / "200 and 41" (hundreds written apart from the rest) and
// "ck 2 47" (a hundreds digit typed apart after the exam or score word). Units after the pieces keep them apart.
const NOT_A_UNIT = '(?! ?(?:months?|mos?|weeks?|wks?|years?|yrs?|days?|hours?|hrs?|%|letters?|lors?|pubs?|papers?|posters?|programs?|interviews?|attempts?|times?)\\b)';
const HUNDREDS_APART = new RegExp(`\\b([12])(?: 100|00)(?: (?:and|&|n))? (\\d{1,2})\\b${NOT_A_UNIT}`, 'g');
const HUNDREDS_ALONE = /\b([12]) 100\b/g;
const DIGIT_APART = new RegExp(`\\b(ck|step[123]|usmle|score|scored|got|got a|with|with a)( (?:was |is |of |= ?|: ?)?)([12]) (\\d\\d)\\b${NOT_A_UNIT}`, 'g');

// "CK = two-three-nine", "step 2 2 4 1": a score spelled digit by digit after the exam or score word
const DIGIT_BY_DIGIT = new RegExp(`\\b(ck|step ?[123]|usmle|score|scored|got|got a)( ?(?:was |is |of |= ?|: ?)?)([12]) (\\d) (\\d)\\b${NOT_A_UNIT}`, 'g');
const OH_ZERO = new RegExp(`\\b([12]) (?:oh|o|zero|0) (\\d)\\b${NOT_A_UNIT}`, 'g');

/** Joins a score written in pieces after number words became digits: "2 100 & 33" -> "233", "ck 2 47" -> "ck 247". */
export function joinScoreParts(text: string): string {
  let t = text;
  if (t.includes('00')) t = t.replace(HUNDREDS_APART, (_m, h: string, rest: string) => String(Number(h) * 100 + Number(rest))).replace(HUNDREDS_ALONE, '$100');
  // "two-oh-nine", "2 oh 9": an "oh" for a zero inside a score
  if (/\b(oh|o|zero)\b/.test(t)) t = t.replace(OH_ZERO, (_m, h: string, u: string) => `${h}0${u}`);
  if (/\b[12] \d \d\b/.test(t)) t = t.replace(DIGIT_BY_DIGIT, (_m, word: string, sep: string, h: string, te: string, u: string) => `${word}${sep}${h}${te}${u}`);
  if (/\b[12] \d\d\b/.test(t)) t = t.replace(DIGIT_APART, (_m, word: string, sep: string, h: string, rest: string) => `${word}${sep}${h}${rest}`);
  return t;
}
