// Step one of understanding: one canonical lowercase text, whatever the keyboard, PDF or phone produced.
import { mendTypos } from './typos.js';
import { BEFORE_REGION_ABROAD } from './places-and-names.js';

// Invisible characters pasted from PDFs and chat apps: zero-width spaces and joiners, BOM, soft hyphen, word joiner.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
// Every space-like character (NBSP, thin and figure spaces, ideographic space) becomes a plain space.
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]/g;
// Decimal digits of other scripts: Arabic-Indic, Extended Arabic-Indic (Persian/Urdu), Devanagari, Bengali.
const DIGIT_BLOCKS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0ae6, 0x0be6];
const OTHER_DIGITS = new RegExp(`[${DIGIT_BLOCKS.map((b) => `\\u${b.toString(16).padStart(4, '0')}-\\u${(b + 9).toString(16).padStart(4, '0')}`).join('')}]`, 'g');
const DIGIT_OF = new Map<string, string>();
for (const base of DIGIT_BLOCKS) for (let d = 0; d < 10; d++) DIGIT_OF.set(String.fromCharCode(base + d), String(d));

// Phrases that must survive clause splitting and tokenising as one unit, rewritten to one token. The third column is
// text every match contains: a row whose cue is absent is skipped without running its pattern.
const JOINED: [RegExp, string | ((m: string) => string), string][] = [
  [/\bobstetrics? (?:and|&) gyn(?:a)?ecology\b/g, 'obgyn', 'gyn'],
  [/\bob ?[/&-]? ?gyn\b/g, 'obgyn', 'gyn'],
  // British "Obs & Gynae", "O&G": obstetrics and gynaecology, never an observership
  [/\bobs? ?(?:&|and|[/-])? ?gyn(?:ae|e|ecology|aecology)?\b|\bo ?& ?g\b/g, 'obgyn', 'g'],
  // emergency medicine's standardized letters of evaluation are letters in EM ("2 SLOEs from EM")
  [/\b(?:sloe|slor|seloe)s?\b/g, 'em letters', 'lo'],
  // the J-1 home requirement's section, "212(e)" or "212 e", is one word (its brackets would split the clause)
  [/\b212 ?\(? ?e ?\)?(?![a-z])/g, '212e', '212'],
  [/\bphysical medicine (?:and|&) rehab(?:ilitation)?\b/g, 'pmr', 'physical'],
  [/\bpm ?& ?r\b/g, 'pmr', '&'],
  [/\bear,? nose,? (?:and|&) throat\b/g, 'ent', 'nose'],
  [/\b(anything|everything|all|nothing) but\b/g, '$1but', 'but'],
  [/\bnot only\b/g, 'notonly', 'only'],
  // Spanish "solo" before a place is "only" ("solo LA county", "solo en San Diego"), never the couples word
  [/\bsolo (?=(?:en |in |em |no |na )?(?:la|los angeles|l\.a|socal|so cal|california|cali|san diego|sd|orange county|oc|inland empire|ie|the us|usa|us|texas|ny|new york)\b)/g, 'only ', 'solo'],
  // "applying all over again", "starting from scratch": again, never "all over" the country
  [/\b(?:all )?over again\b|\bfrom scratch\b/g, 'again', 'again'],
  // "yog2020", "grad2019", "batch2018": a year glued to the word for it
  [/\b(yog|grad|batch|graduated|graduation|class of)(?=(?:19|20)\d\d\b)/g, '$1 ', '20'],
  [/\b(yog|grad|batch|graduated|graduation|class of)(?=19\d\d\b)/g, '$1 ', '19'],
  // "born and raised in Guam": one fact, born there (the "and" would cut the place away from "born")
  [/\bborn (?:and|&|n) (?:raised|brought up)\b/g, 'born', 'born'],
  // "a jay one", "h one b": the visas spelled as said
  [/\bjay ?-? ?(?:one|1)\b/g, 'j1', 'jay'],
  [/\b(?:h|aitch) ?-? ?one ?-? ?b\b/g, 'h1b', 'one'],
  // "2hundred & 19": a digit glued to the spelled hundreds
  [/\b([12])(hundred)\b/g, '$1 $2', 'hundred'],
  [/\bhands? ?-? ?on\b/g, 'handson', 'hand'],
  [/\bl\.a\.?(?=\s|,|$)/g, 'la', 'l.a'],
  [/\bu\.s\.a?\.?(?=\s|,|$)/g, 'us', 'u.s'],
  [/\bso ?cal\b/g, 'socal', 'cal'],
  [/\bno ?cal\b/g, 'norcal', 'cal'],
  // a score, count or outcome glued to its exam or unit word ("ck245", "step1pass", "s1P", "usce6mo", "2pubs", "3LoRs")
  [/\b(ck|cs|usce|ecfmg|step ?[123](?: ?ck)?|s[123](?:ck)?)(?=\d{1,3}(?!\d)|(?:pass(?:ed)?|fail(?:ed)?|done|cleared|certified|p)\b)/g, '$1 ', ''],
  [/\b(\d{1,3})(?=(?:pubs?|publications?|papers?|posters?|abstracts?|lors?|letters?|recs?|months?|mos?|mths?|wks?|weeks?|attempts?)\b)/g, '$1 ', ''],
  // phone shorthand for the exams and outcomes: "stp1 pssd", "stp 2"
  [/\bstp ?-? ?([123])/g, 'step$1', 'stp'],
  [/\b(?:pssd|psd|pasd|pssed)\b/g, 'passed', 'ps'],
  // a letter o typed for a zero inside a score: "2o9", "1o5" (a trailing "24o" is left to be asked about)
  [/\b([12])o(\d)\b/g, '$10$2', 'o'],
  [/\b(?:usmle )?step ?-? ?(one|two|three|[123])(?: ?-? ?(ck|cs))?\b/g, 'step$1 $2', 'step'],
  [/\bs([123])(ck)?\b/g, 'step$1 $2', 's'],
  [/\b2 ?ck\b/g, 'step2', 'ck'],
  [/\b(\d)(st|nd|rd|th)\b/g, '$1$2', 't'],
  [/\bgreen ?-?card\b/g, 'greencard', 'green'],
  [/\bj ?-? ?1\b/g, 'j1', '1'],
  [/\bh ?-? ?1 ?-? ?b\b|\bh1\b/g, 'h1b', '1'],
  [/\bh ?-? ?4\b/g, 'h4', '4'],
  [/\bf ?-? ?1\b/g, 'f1', '1'],
  [/\bo ?-? ?1\b/g, 'o1', '1'],
  [/\bsub ?-? ?i(?:s|'s)?\b/g, 'subi', 'sub'],
  // "passed w 231", "w/ a 240": with
  [/\bw\/ ?|\bw (?=(?:an? )?\d)/g, 'with ', 'w'],
  // a reason typed in chat shorthand ("bcoz", "coz", "b/c", "cuz", Hindi-Urdu "kyunki") is "because", so every reader
  // that leaves a reason out ("H1B only because a J1 waiver won't work") sees one word for it
  [/(?<![\w/])(?:bcoz|bcos|bcuz|bcz|becoz|becuz|becos|bcause|b\/c|cuz|coz|kyunki|kyonki|kyuki|kyoki)(?![\w/])/g, 'because', ''],
  // "5 IVs", "no IV invites yet": interviews, in the words applicants use for them
  [/\b(\d+|no|any|few|some|zero) ivs?\b|\biv (invites?|offers?)\b/g, '$1 interviews', 'iv'],
];
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const LOOKUP_CUE = /\b(?:check|checking|look|looking|sec|second|hold on|hang on)\b/;
const LOOKUP = /[,;.]?\s*\b(?:(?:let me|lemme|gotta|i'll|ill|i need to|need to|i have to) (?:check|look(?: it up)?|see|confirm|verify)|one sec(?:ond)?|(?:a|1) sec\b|hold on|hang on|checking|looking it up)\b(?:\s+(?!\d|(?:if|whether|is|does|what|how|for|with|about)\b)[a-z']+){0,3}[.,;!:\s]*(?:(?:ok|okay|yeah|ya|yes|yep|right|so|found it|got it|here)\b[.,;!:\s]*)?(?:it'?s |it is |it was |its )?(?=[12]\d\d\b)/g;
const DIGIT_TRIPLE = /\b\d([ .-])\d\1\d\b/;
const STEP_WORD: Record<string, string> = { one: '1', two: '2', three: '3' };

/** A message in canonical form: `text` is lowercase with joined phrases; `cased` keeps the original case. */
export interface Normalised { text: string; cased: string }

/**
 * Canonical text: NFKC (full-width letters and digits), digits of other scripts as ASCII, invisible characters
 * removed (so "2\u200b31" is 231), unified quotes and dashes, one space between words, multi-word terms joined.
 */
export function normalise(raw: string): Normalised {
  let t = raw.slice(0, 2000);
  // most messages are plain printable ASCII: nothing of the Unicode clean-up below can apply to them
  if (!PRINTABLE_ASCII.test(t)) {
    t = t.normalize('NFKC').replace(INVISIBLE, '').replace(OTHER_DIGITS, (d) => DIGIT_OF.get(d) ?? d);
    t = t.replace(SPACES, ' ').replace(/[\u2018\u2019\u02BC´]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/(?<=\p{L})\s*\u2014\s*(?=\p{L})/gu, ' - ').replace(/[\u2010-\u2015\u2212]/g, '-');
    t = t.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, ' ').replace(/\r\n?/g, '\n');
    // Portuguese "lá" is "there" ("nem morei lá"), never LA once its accent goes
    if (/l[\u00E1\u00C1]/.test(t)) t = t.replace(/(?<![\p{L}\p{N}])l[\u00E1\u00C1](?![\p{L}\p{N}])/gu, 'there');
    // accents on Latin letters go ("Los Ángeles", "obstetrícia", "vínculo"): every word table is written without them
    if (/[\u00C0-\u024F]/.test(t)) t = t.normalize('NFD').replace(/(\p{Script=Latin})[\u0300-\u036f]+/gu, '$1').normalize('NFC');
    // keycap digits ("2️⃣3️⃣7️⃣") are plain digits
    if (t.includes('\u20E3')) t = t.replace(/(\d)\uFE0F?\u20E3/g, '$1');
    // an emoji between words ends a clause ("OB is my passion 💕 did 2 months...", "graduated 2015 😬 is that too old?")
    t = t.replace(/(?<=[\p{L}\p{N}][.!]?)\s*\p{Extended_Pictographic}[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D]*\s+(?=\p{L})/gu, ' ; ');
  }
  if (t.includes('`')) t = t.replace(/`/g, "'");
  t = t.replace(/[ ]{2,}/g, ' ').trim();
  const cased = t;
  let lower = mendTypos(t.toLowerCase());
  for (const [re, to, cue] of JOINED) if (lower.includes(cue)) lower = lower.replace(re, to as never);
  if (lower.includes('step')) lower = lower.replace(/\bstep(one|two|three)\b/g, (_m, w: string) => `step${STEP_WORD[w]}`).replace(/\bstep2 (ck)?/g, 'step2 ').replace(/\bstep([13]) (?=\s|$)/g, 'step$1 ');
  if (lower.includes('..') || lower.includes('…')) lower = lower.replace(/\.{2,}|…/g, '. ');
  // "two thirty something, let me check ERAS. ok it's 236", "hold on... yeah 241": a figure looked up while typing
  // corrects the one told before it, as "actually" does
  if (LOOKUP_CUE.test(lower)) lower = lower.replace(LOOKUP, '. actually ').replace(/[.,;]?\s*\.\s+actually/g, '. actually');
  if (lower.includes('-')) lower = lower.replace(/\b((?:19|20)\d\d)\s+-+\s+((?:19|20)?\d\d)\b/g, '$1-$2').replace(/\s+-+\s+/g, ' ; ');
  if (lower.includes(',')) lower = lower.replace(BEFORE_REGION_ABROAD, ' ');
  if (lower.includes('2k')) lower = lower.replace(/\b2k(\d\d)\b/g, '20$1');
  // a score spelled digit by digit: "2 5 0", "2-5-0", "2.5.0" is 250 (and a year: "yog 2 0 1 8" is 2018, before its
  // first three digits are taken for a score)
  if (DIGIT_TRIPLE.test(lower)) lower = lower.replace(/\b(1) 9 (\d) (\d)\b|\b(2) 0 ([0-3]) (\d)\b/g, (_m, a?: string, b?: string, c?: string, d?: string, e?: string, f?: string) => (a ? `19${b}${c}` : `20${e}${f}`)).replace(/\b(\d)([ .-])(\d)\2(\d)\b(?![.-]\d)/g, '$1$3$4');
  return { text: lower.replace(/[ ]+/g, ' ').trim(), cased };
}
