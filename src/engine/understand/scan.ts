// Shared readings inside a clause: negation scope, numbers and what they count, attempts at an exam.

const NEGATORS = new Set(['no', 'not', 'never', 'none', 'nothing', 'nobody', 'noone', 'without', 'except', 'excluding', 'anythingbut', 'everythingbut', 'allbut', 'nor', 'neither',
  "don't", 'dont', "doesn't", 'doesnt', "isn't", 'isnt', "aren't", "haven't", 'havent', "hasn't", "didn't", 'didnt', "won't", 'wont', "wasn't", 'wasnt', "weren't", 'werent', 'arent', 'hasnt', 'zero', 'hate', 'avoid', 'avoiding',
  'minus', 'non', 'remove', 'removing', 'drop', 'dropping', 'exclude', 'excluded', 'skip', 'skipping', 'rather', "can't", 'cannot', 'cant', 'unlike', 'instead']);
const SCOPE_BREAK = new Set(['but', 'just', 'only', 'rather', 'so', 'instead', 'then', 'now', 'meant', 'mean', 'is', 'it\'s', 'its', 'want', 'prefer']);

/**
 * True when the token at `i` is negated inside its clause: a negator within the four words before it, with no
 * "but", "just", "only" or similar in between ("definitely not OB" yes; "no hands-on, just observerships" no for the second).
 */
export function negatedAt(tokens: readonly string[], i: number, window = 4): boolean {
  for (let k = i - 1; k >= 0 && k >= i - window; k--) {
    const w = tokens[k]!;
    if (w === ';') return false;
    if (NEGATORS.has(w)) {
      if ((w === 'rather' || w === 'instead') && tokens[k + 1] !== 'than' && tokens[k + 1] !== 'not') continue;
      return !(w === 'not' && tokens[k + 1] === 'only') && !(w === 'no' && k === 0 && i - k > 2);
    }
    if (SCOPE_BREAK.has(w) && k < i - 1) return false;
  }
  return false;
}

// "felt like a fail", "I was sure I had failed", "thought it was a pass": how it seemed, not how it came out
const IMPRESSION = /^(felt|feel|feels|feeling|thought|thinking|sure|convinced|certain|seemed|seems|looked|worried|scared|afraid|feared|fearing|expected|expecting|panicked|panicking|dreaded|paranoid)$/;

/** True when the token at `i` only tells an impression ("it felt like a fail walking out"): an impression word within five words before it. */
export function impressionAt(tokens: readonly string[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) if (IMPRESSION.test(tokens[k]!)) return true;
  return false;
}

const AFTER_NEGATORS = new Set(["isn't", 'isnt', "aren't", 'arent', "doesn't", 'doesnt', "don't", 'dont', "wasn't", "weren't"]);

/** True when the words right after the token deny it ("my family isn't in LA", "CK is not done"). */
export function deniedAfter(tokens: readonly string[], i: number): boolean {
  return AFTER_NEGATORS.has(tokens[i + 1] ?? '') || (/^(is|are|was|were|do|does|has|have)$/.test(tokens[i + 1] ?? '') && /^(not|never)$/.test(tokens[i + 2] ?? ''));
}

/** A number in a clause, with what the words around it say it counts. */
export interface NumberAt {
  value: number;
  at: number;
  /** What follows: attempts, months, a year, a percentage... or nothing. */
  unit: 'attempt' | 'month' | 'week' | 'year' | 'percent' | 'letter' | 'publication' | 'poster' | 'count' | 'ago' | 'day' | 'none';
  negated: boolean;
  /** Four digits between 1950 and 2100. */
  calendarYear: boolean;
}

const UNIT_OF = new Map<string, NumberAt['unit']>([
  ...['attempt', 'attempts', 'tries', 'try', 'times', 'time', 'takes', 'x', 'go', 'goes', 'shot', 'shots'].map((w): [string, NumberAt['unit']] => [w, 'attempt']),
  ...['month', 'months', 'mo', 'mos', 'mnth', 'mnths', 'm'].map((w): [string, NumberAt['unit']] => [w, 'month']),
  ...['week', 'weeks', 'wk', 'wks', 'w'].map((w): [string, NumberAt['unit']] => [w, 'week']),
  ...['year', 'years', 'yr', 'yrs', 'y'].map((w): [string, NumberAt['unit']] => [w, 'year']),
  ...['percent', 'percentile', '%', 'th'].map((w): [string, NumberAt['unit']] => [w, 'percent']),
  ...['letter', 'letters', 'lor', 'lors', 'recs', 'rec', 'recommendation', 'recommendations', 'loe'].map((w): [string, NumberAt['unit']] => [w, 'letter']),
  ...['publication', 'publications', 'pub', 'pubs', 'paper', 'papers', 'article', 'articles', 'manuscript', 'manuscripts', 'case', 'cases', 'editorial', 'editorials'].map((w): [string, NumberAt['unit']] => [w, 'publication']),
  ...['poster', 'posters', 'abstract', 'abstracts', 'presentation', 'presentations'].map((w): [string, NumberAt['unit']] => [w, 'poster']),
  ...['interviews', 'interview', 'invites', 'programs', 'applications', 'apps', 'people', 'kids', 'languages'].map((w): [string, NumberAt['unit']] => [w, 'count']),
]);

const TIME_BACK = /^(ago|back|earlier|prior)$/;
const MONTH_NAME = /^(jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)$/;
const COUNTED: ReadonlySet<NumberAt['unit']> = new Set(['letter', 'publication', 'poster', 'month', 'week']);
const FILLER = new Set(['us', 'more', 'good', 'strong', 'total', 'solid', 'handson', 'of', 'real', 'published', 'first', 'author', 'peer', 'reviewed', 'great', 'clinical', 'im', 'fm', 'original', 'full', 'whole', 'additional', 'other', 'research', 'conference', 'national', 'international', 'local', 'non', 'observership', 'externship', 'lovely', 'american', 'usce', 'elective', 'editorial']);

/** Every plain number in the tokens (ordinals such as "2nd" are not numbers), with its unit and negation. */
export function numbersIn(tokens: readonly string[]): NumberAt[] {
  const out: NumberAt[] = [];
  tokens.forEach((t, i) => {
    if (!/^\d+(\.\d+)?$/.test(t)) return;
    const value = Number(t);
    const next = tokens[i + 1] ?? '';
    const prev = tokens[i - 1] ?? '';
    let unit = UNIT_OF.get(next) ?? 'none';
    if (unit === 'none' && FILLER.has(next)) {
      const later = UNIT_OF.get(tokens[i + 2] ?? '') ?? (FILLER.has(tokens[i + 2] ?? '') ? UNIT_OF.get(tokens[i + 3] ?? '') : undefined);
      if (later && COUNTED.has(later)) unit = later;
    }
    // "posters are 6", "pubs: 2": the unit named just before
    if (unit === 'none' && COUNTED.has(UNIT_OF.get(prev) ?? 'none') && prev !== 'first') unit = UNIT_OF.get(prev)!;
    if (unit === 'none' && /^(are|is|was|were|=)$/.test(prev) && COUNTED.has(UNIT_OF.get(tokens[i - 2] ?? '') ?? 'none')) unit = UNIT_OF.get(tokens[i - 2]!)!;
    if ((prev === 'x' || prev === 'attempt' || prev === 'try' || prev === 'take' || prev === 'attempts') && value <= 6) unit = 'attempt';
    if (/^(in|since|from|of|by|til|till|until|before|after)$/.test(prev) && value >= 1950 && value <= 2100) unit = 'year';
    // "18 months ago", "2 years back": a point in time counted back from now, never a length of anything
    if ((unit === 'month' || unit === 'week' || unit === 'year') && TIME_BACK.test(tokens[i + 2] ?? '')) unit = 'ago';
    // "ends dec 20", "since March 3": a day of a month is a date, never a count of anything
    if (unit === 'none' && value >= 1 && value <= 31 && !t.includes('.') && MONTH_NAME.test(prev)) unit = 'day';
    out.push({ value, at: i, unit, negated: negatedAt(tokens, i, 2), calendarYear: t.length === 4 && value >= 1950 && value <= 2100 });
  });
  return out;
}

const ORDINALS = new Map<string, number>([['first', 1], ['1st', 1], ['second', 2], ['2nd', 2], ['third', 3], ['3rd', 3], ['fourth', 4], ['4th', 4], ['fifth', 5], ['5th', 5], ['sixth', 6], ['6th', 6]]);
const TIMES = new Map<string, number>([['once', 1], ['twice', 2], ['thrice', 3]]);
const TRY_WORDS = new Set(['attempt', 'attempts', 'try', 'tries', 'time', 'go', 'shot', 'take', 'sitting', 'round']);

/** What a clause says about attempts: how many in all, how many failed, whether it was eventually passed. */
export interface AttemptFacts { attempts?: number; fails?: number; retake: boolean; firstTry: boolean }

/** Reads "2nd attempt", "on the second try", "3 attempts", "took it twice", "failed once", "retook", "first go". */
export function attemptFacts(tokens: readonly string[]): AttemptFacts {
  const facts: AttemptFacts = { retake: false, firstTry: false };
  tokens.forEach((t, i) => {
    const ord = ORDINALS.get(t);
    // ("passed, 2nd", "✅ 1st", "yes 1st": an ordinal alone, or ending a pass or a yes, is the attempt)
    const alone = i === tokens.length - 1 && ((tokens.length === 1 && (ord ?? 0) > 1) || /^(pass|passed|p|yes|yeah|yep|yup|cleared|\u2705|\u2714|\u2611)$/u.test(tokens[i - 1] ?? ''));
    if (ord !== undefined && (TRY_WORDS.has(tokens[i + 1] ?? '') || alone || (tokens[i - 1] === 'the' && i === tokens.length - 1) || (tokens[i - 1] === 'my' && i === tokens.length - 1 && ord > 1) || (tokens[i - 1] === 'on' || tokens[i - 2] === 'on'))) {
      // "not first attempt", "wasn't my first try": no first-attempt pass, and no count either
      if (ord === 1 && negatedAt(tokens, i, 3)) return;
      if (ord === 1) facts.firstTry = true;
      facts.attempts = Math.max(facts.attempts ?? 0, ord);
    }
    // ("more than 1 attempt" counts none)
    if (/^\d$/.test(t) && tokens[i - 1] !== 'than' && (TRY_WORDS.has(tokens[i + 1] ?? '') && tokens[i + 1] !== 'time' && tokens[i + 1] !== 'go' || tokens[i + 1] === 'times' || tokens[i - 1] === 'x' || (tokens[i - 1] === 'attempt' && i > 0))) {
      facts.attempts = Math.max(facts.attempts ?? 0, Number(t));
    }
    const times = TIMES.get(t) ?? (/^\d$/.test(t) && tokens[i + 1] === 'times' ? Number(t) : undefined);
    if (times !== undefined) {
      const failWord = tokens.slice(Math.max(0, i - 4), i).find((w) => /^fail/.test(w));
      if (failWord) facts.fails = Math.max(facts.fails ?? 0, times);
      else if (tokens.slice(Math.max(0, i - 5), i).some((w) => /^(took|taken|take|taking|sat|given|gave|attempted|wrote|written|did)$/.test(w))) facts.attempts = Math.max(facts.attempts ?? 0, times);
    }
    if (/^(retake|retook|retaken|retaking|repeat|repeated|reattempt|resit|resat)$/.test(t)) facts.retake = true;
    if (/^(first|1st)$/.test(t) && /^(attempt|try|time|go|shot)$/.test(tokens[i + 1] ?? '') && !negatedAt(tokens, i, 3)) facts.firstTry = true;
    if (t === 'one' && tokens[i + 1] === 'go') facts.firstTry = true;
  });
  // "took it x2" counts attempts; "fail x2", "failed step 1 2x" count the failed ones (a pass after them is one more)
  tokens.forEach((t, i) => {
    const m = /^x(\d)$|^(\d)x$/.exec(t) ?? (t === 'x' && /^\d$/.test(tokens[i + 1] ?? '') ? [t, tokens[i + 1]] : null) ?? (/^\d$/.test(t) && tokens[i + 1] === 'x' ? [t, undefined, t] : null);
    if (!m) return;
    const n = Number(m[1] ?? m[2]);
    const failNear = [...tokens.slice(Math.max(0, i - 3), i), tokens[i + 1] === 'x' ? tokens[i + 2] : tokens[i + 1]].some((w) => /^fail/.test(w ?? ''));
    if (failNear) facts.fails = Math.max(facts.fails ?? 0, n);
    else facts.attempts = Math.max(facts.attempts ?? 0, n);
  });
  return facts;
}

/** True when any token matches. */
export function has(tokens: readonly string[], re: RegExp): boolean {
  return tokens.some((t) => re.test(t));
}

/** Index of the first token matching `re` that is not negated, or -1. */
export function affirmed(tokens: readonly string[], re: RegExp): number {
  return tokens.findIndex((t, i) => re.test(t) && !negatedAt(tokens, i));
}
