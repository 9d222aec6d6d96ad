// Corrections said inside a message, rewritten so the readers see only what stands: "I said A but it's actually B"
// keeps B (with A's field and unit when B does not name them), a joke taken back ("282... lol jk") is dropped, and
// "scratch psych" denies what it strikes. Runs on the lowercased, digitised text, before clauses are cut.
import { mentions } from './fields.js';
import { tokenise } from './tokens.js';

// "i said 3 months hands on but it was actually 2 hands on + 1 obs", "i put 2019 for graduation, it's actually 2018"
const SAID = /\bi (?:said|wrote|put|put down|typed|told you|mentioned|entered|answered) ([^.;!?]*?)(?:,|;| but| -|\s)+(?:(?:it'?s|it was|it is|that'?s|that was|the real one is|which is wrong|wrong)\s+)?(?:actually|really|in fact|should (?:have )?be(?:en)?|i meant|meant to say|meant)\s+([^.;!?]*)/g;
// "i said 5 months usce, it's 6 weeks actually": the same, with "actually" after the new value
const SAID_THEN = /\bi (?:said|wrote|put|put down|typed|told you|mentioned|entered|answered) ([^.;!?]*?)(?:,|;| but| -)\s*(?:it'?s|its|it is|it was|that'?s|thats) ([^.;!?]*?)\s+(?:actually|really|in fact|tbh)\b/g;
// "i told you first attempt but it was my second": the same, with "but it was" and no "actually"
const SAID_BUT = /\bi (?:said|wrote|put|put down|typed|told you|mentioned|entered|answered) ([^.;!?]*?)\s*,?\s+but (?:it'?s|its|it is|it was|that'?s|thats|that was) (?:actually |really |in fact )?([^.;!?]*)/g;
const COUNTED = '(?:months?|weeks?|wks?|years?|letters?|lors?|pubs?|publications?|papers?|posters?|interviews?|invites?|programs?|apps?|applications?|attempts?)';
// "not 5 interviews, it's 7 now", "not 3 letters but 4": the count denied gives way to the one after it, in its unit
const NOT_THIS = new RegExp(`\\bnot (\\d+(?:\\.\\d+)?) ((?:[a-z]+ ){0,2}?${COUNTED})\\b,? (?:it'?s|its|it is|it was|but|rather|more like|actually|make that|i have|i've got|ive got)\\s+(?:actually |now |really |only |just )?(\\d+(?:\\.\\d+)?)\\b(?! ?${COUNTED})`, 'g');
const POSTER_WORDS = 'posters?|abstracts?';
const PAPER_WORDS = 'pubs?|papers?|publications?|articles?';
const POSTER = new RegExp(`^(?:${POSTER_WORDS})$`);
const KIND_SWAPPED = new RegExp(`\\b(\\d+) (?:(?:were|are|was|is) (?:actually |really |just |all )?)?(${POSTER_WORDS}|${PAPER_WORDS}),? (?:and )?not (?:\\d+ )?(?:actual |real )?(${POSTER_WORDS}|${PAPER_WORDS})\\b`, 'g');
// a joke or a slip taken back: the sentence (or clause) before "jk" / "just kidding" is dropped
const TAKEN_BACK = /[^.;!?]*[.;!?]?\s*\b(?:lol |haha |lmao |lmfao )?(?:jk|j\/k|just kidding|kidding)\b[\s,.!]*/g;
// "scratch psych", "forget FM": what is struck is denied ("scratch the J1 thing" takes back an answer, not J-1)
const STRUCK = /\b(?:scratch|strike|cross out|cross off|forget|scrap|drop|remove|delete|take out|take off|take back|taking back|(?:should ?n[o']?t|should not) have (?:listed|said|put|added|included|mentioned|written|typed|picked|chosen))\s+(?:the\s+)?['"]?(?!the\b|that\b|it\b|me\b|this\b|what\b|about\b|everything\b|all\b)([a-z0-9]+)\b['"]?(?! (?:thing|part|answer|bit|stuff|one)\b)/g;
// "psych... no wait, neurology", "230, wait no, 232": the slip before the marker gives way to what follows it
// ("got 241 — no wait, 214": a dash, read as ";", may stand before the marker too)
const SLIP = /(^|[;!?,]\s*|\.\s+)([^.;!?,]*?)(?:\s*(?:\.+|\u2026|,|;))?\s*\b(?:no wait|wait no|sorry no|no no wait|oops no|actually no|no actually|nah actually|actually nah|actually scratch that|scratch that)\b[\s,.!]*([^.;!?]*)/g;
// "2017, no sorry, 2016", "CK 245 no wait 254? nope 245", "3 months obs, or rather 2": weaker markers take a value back only
// when a number follows them at once ("sorry for the wall of text" takes nothing back)
const SLIP_WEAK = /(^|[;!?,]\s*|\.\s+)([^.;!?,]*?)(?:\s*(?:\.+|\u2026|,|;|\?+))?\s*\b(?:no,? sorry,?(?: i mean)?|sorry,? no|sorry,? i mean|no,? i mean|i mean|i meant|nope|no lol|no lmao|no haha|or rather|sorry)\b[\s,.!:]*(?=['\d])([^.;!?]*)/g;
// "FM. sorry, IM", "psych. no sorry - neuro", "j1, i mean h1b": a weak turn right before a word of the same field as the
// slip replaces it too (checked in the callback: "IM, sorry for the late reply" and "IM, sorry, FM too" keep what was said)
const SLIP_WORD = /(^|[;!?,]\s*|\.\s+)([^.;!?,]*?)(?:\s*(?:\.+|\u2026|,|;|\?+))?\s*\b(?:no,? sorry,?(?: i mean)?|sorry,? no|sorry,? i mean|no,? i mean|i mean|i meant|nope|or rather|sorry)\b[\s,.!:;]*(?=[a-z])([^.;!?]*)/g;
const ADDS_ON = /^(?:and|also|plus|with)\b|\b(?:too|also|as well|as backup|as a backup|backup)\b/;
// "i said 2017 for graduation, it's 2019": a value said before, then another of the same kind with no "actually"
// (not "like i said", "as i said": those repeat what stands)
const SAID_IS = /(?<!\b(?:like|as) )\bi (?:said|wrote|put|put down|typed|told you|mentioned|entered|answered) ([^.;!?]*?)(?:,|;| but)\s*(?:it'?s|its|it is|it was|that'?s|thats) (?=\d)([^.;!?]*)/g;
// "ck attempts: 2 not 1", "it was 3, not 2": the number denied after "not" gives way to the one before it
const THIS_NOT = new RegExp(`\\b(\\d+(?:\\.\\d+)?),? not \\d+(?:\\.\\d+)?\\b(?!\\.\\d| ?\\d| ?(?:[a-z]+ )?${COUNTED})`, 'g');
const ATTEMPTS_THEN_COUNT = /\battempts?\s*(?:[:;=]\s*)?(?:(?:were|was|is|are|it was|it's|its|it is|that was|total|in total) ){0,2}(\d)\b(?! ?(?:\d|[a-z]))/g;
// "the 3 months i told you were obs were hands-on", "what i said was observership was actually hands-on": a kind (or
// any value) told before, put right in the same breath; the thing it describes stays
const SAID_WERE = /\b(?:that |which )?(?:i|you) (?:told you|said|mentioned|wrote|put|put down|typed|gave) (?:they |it )?(?:were|was|are|is) ([^.;!?,]*?)\s*[;,]?\s*(?:(?:they|it|those|these|that) )?(?:were|was|are|is) (?:actually |really |in fact )?([^.;!?]*)/g;

/** True when the words after a weak turn start with a value of a field the slip before it named, and add nothing. */
function sameFieldTurn(slip: string, actual: string): boolean {
  const slipTokens = tokenise(slip);
  if (slipTokens.length === 0 || slipTokens.length > 5) return false;
  const fields = new Set(mentions(slipTokens, false).map((m) => m.field));
  const head = /^[^,;]*/.exec(actual.trim())![0];
  // (a weak cue counts once the slip named its field: "psych, sorry, neuro")
  const first = mentions(tokenise(head), false)[0];
  return first !== undefined && first.at <= 1 && fields.has(first.field) && !ADDS_ON.test(head);
}

// "the 6 months was wrong, it's 4", "that 241 i gave you is a typo - its 214": a value said to be wrong, then the right one
const WRONG = /\b(?:the|that|my) ((?:[a-z0-9]+ ){0,3}?\d+(?:\.\d+)?(?: [a-z0-9]+){0,3}?)(?: (?:i|you) (?:gave|said|wrote|put|typed|told|entered)(?: you| me)?( (?:for|as|under) (?:[a-z0-9]+ ){0,2}?[a-z0-9]+)?)? (?:was|is|were|are) (?:wrong|a typo|a mistake|incorrect|not right|off|an error)\b[\s,;:.!-]*(?:(?:it'?s|its|it is|it was|should be|should have been|that'?s|the right one is|the real one is|the real score is|actually|really|make that|more like|only|just|i have|i've got|ive got|i got|i only have|there are|there's)\s+)*(?=['\d])([^.;!?]*)/g;
// "did i write 241 for CK?? its 214": a question about what was typed, then the right value
const DID_I = /\bdid i (?:really )?(?:write|put|type|say|enter|give you|tell you) ([^?.;!]*?)\?+\s*(?:(?:no|nope|oops|lol|ugh|sorry)[,!.]?\s+)*(?:(?:it'?s|its|it is|it was|should be|should have been|the real one is|the real score is|actually|really)\s+)+([^.;!?]*)/g;
const UNIT_WORD = /^(months?|mos?|weeks?|wks?|years?|yrs?)$/;
const UNIT_AFTER = /\b\d+(?:\.\d+)? (months?|weeks?|years?|letters?|pubs?|publications?|posters?)\b/;
const BARE_NUMBER = /\b(\d+(?:\.\d+)?)\b(?! ?(?:months?|mos?|weeks?|wks?|years?|yrs?|letters?|lors?|pubs?|publications?|papers?|posters?|st|nd|rd|th|%)\b)(?!\.\d)/g;
const ORDINAL = /\b(first|second|third|fourth|1st|2nd|3rd|4th)\b/;
const VALUE_WORDS = /\b(\d+(?:\.\d+)?|first|second|third|1st|2nd|3rd|once|twice|earlier|before|above|previously)\b/g;

// fields whose every mention is a value (a specialty, a visa), and results said of an exam
const VALUE_FIELDS: ReadonlySet<string> = new Set(['specialty', 'visa', 'languages']);
const RESULT_WORD = /^(passed|pass|failed|fail|cleared)$/;

/** True when what was said wrong is a value on its own ("neurology", "j1", "passed"), not a field with a number. */
function struckValue(said: string): boolean {
  const toks = tokenise(said.trim());
  if (!toks.length || toks.length > 3 || toks.some((w) => /\d/.test(w))) return false;
  const m = mentions(toks, false);
  return (m.length > 0 && m.every((x) => VALUE_FIELDS.has(x.field))) || toks.every((w) => RESULT_WORD.test(w));
}

/** "I said A, it's actually B": B, carrying A's unit onto B's bare numbers and A's field words when B names no field. */
function replaced(said: string, actual: string): string {
  // "i said hindi but i meant urdu": a language of a list said wrong is struck, the right one put in its place
  const listed = (words: string) => { const m = mentions(tokenise(words), false); return m.length > 0 && m.every((x) => x.field === 'languages'); };
  if (listed(said) && listed(actual.split(/[,;]/)[0]!)) return `not ${said.trim()}, ${actual}`;
  // "i typed neurology but i meant nephrology", "i said passed but it was a fail": a value said wrong (no field's
  // name) is struck, never carried over as if it named the field of the new one
  if (struckValue(said)) return `not ${said.trim()}, ${actual}`;
  // "i said step 1 first attempt, it was actually my second": the ordinal takes the place of the one said
  const ordinal = ORDINAL.exec(actual)?.[1];
  if (ordinal && ORDINAL.test(said) && actual.trim().split(/\s+/).length <= 3) return said.replace(ORDINAL, ordinal).replace(/\s*\b(earlier|before|above|previously)\b/g, '').trim();
  const unit = UNIT_AFTER.exec(said)?.[1];
  const withUnit = unit ? actual.replace(BARE_NUMBER, `$1 ${unit}`) : actual;
  // (a weak cue of the field the slip named counts too: "fm, no wait, im" is IM alone)
  // (a unit is no name: "4 months of usce... 2 months" still carries "usce" over)
  const slipFields = new Set(mentions(tokenise(said), false).map((m) => m.field));
  const names = (words: string) => {
    const toks = tokenise(words);
    return mentions(toks, false).some((m) => !m.weak || (slipFields.has(m.field) && !UNIT_WORD.test(toks[m.at] ?? '')));
  };
  const saidWords0 = said.replace(VALUE_WORDS, ' ').replace(/\s+/g, ' ').trim();
  // (a length of time named by its unit alone, "the 6 months was wrong", is the experience's: it names that field)
  const saidWords = /^(?:the |that |my )?(?:months?|weeks?|mos?|wks?)$/.test(saidWords0.replace(/\b(?:the|that|my)\b/g, '').trim()) ? `${saidWords0} usce` : saidWords0;
  // (the field words said before go right after the new value, in its own clause: "214, fat fingers" is "214 for ck, fat fingers")
  const head = /^[^,;]*/.exec(withUnit)![0];
  if (!names(withUnit)) return /\d/.test(head) ? `${head} ${saidWords}${withUnit.slice(head.length)}` : `${withUnit} ${saidWords}`;
  // "it's actually 4, forgot my elective at einstein": the new value's own clause takes the field said before it
  const strong = (words: string) => mentions(tokenise(words), false).some((m) => !m.weak);
  return !names(head) && /\d/.test(head) && strong(saidWords) ? `${head} ${saidWords}${withUnit.slice(head.length)}` : withUnit;
}

// "i've been saying 2020 but my diploma says 2019": what was said all along, then what a document shows
const BEEN_SAYING = /\b(?:i(?:'ve| have)?|ive) been (?:saying|writing|putting|telling you|typing) ([^.;!?]*?),? but (?:my |the )?(?:[a-z]+ ){0,2}(?:says|shows|reads|has|said|showed) ([^.;!?]*)/g;

// (a year alone said wrong is the graduation year: the only year the profile keeps)
const YEAR_ONLY = /^\s*(?:19|20)\d\d\s*$/;

/** The text with what it strikes ("scratch LA", "forget FM") taken out, or undefined when it strikes nothing. */
export function withoutStruck(text: string): string | undefined {
  const t = text.toLowerCase();
  if (!/\b(scratch|strike|cross|forget|scrap|drop|remove|delete|take|taking|should|shouldn't|shouldnt)\b/.test(t)) return undefined;
  const left = t.replace(STRUCK, ' ');
  return left === t ? undefined : left.replace(/\s{2,}/g, ' ').trim();
}

/** The message with what it takes back removed or replaced; text with none of the cue words comes back unchanged. */
export function takeBacks(text: string): string {
  let t = text;
  if (t.includes('been ')) t = t.replace(BEEN_SAYING, (_m, said: string, actual: string) => (YEAR_ONLY.test(said) && YEAR_ONLY.test(actual) ? `graduated in ${actual.trim()}` : replaced(said, actual).trim()));
  if (/\b(jk|j\/k|kidding)\b/.test(t)) t = t.replace(TAKEN_BACK, ' ');
  if (/\b(actually|really|in fact|tbh)\b/.test(t) && /\bi (said|wrote|put|typed|told|mentioned|entered|answered)\b/.test(t)) t = t.replace(SAID_THEN, (_m, said: string, actual: string) => replaced(said, actual));
  if (/\bi (said|wrote|put|typed|told|mentioned|entered|answered)\b/.test(t)) t = t.replace(SAID, (_m, said: string, actual: string) => replaced(said, actual));
  if (/\bi (said|wrote|put|typed|told|mentioned|entered|answered)\b.*\bbut (it|that)/.test(t)) t = t.replace(SAID_BUT, (_m, said: string, actual: string) => replaced(said, actual));
  if (t.includes('not ')) t = t.replace(NOT_THIS, (_m, _a: string, unit: string, b: string) => `${b} ${unit}`);
  // ("it's 3 posters not 3 pubs", "those 3 were posters, not pubs"): the count moved to the other kind leaves none of the first
  if (t.includes('not ')) t = t.replace(KIND_SWAPPED, (m, n: string, kind: string, other: string) => (POSTER.test(kind) === POSTER.test(other) ? m : `${n} ${kind} and 0 ${other}`));
  // ("j1 - actually no, h1b": a dash before the turn, read as a clause break, still joins the slip to it)
  if (/\b(no wait|wait no|sorry no|oops no|actually no|no actually|nah actually|actually nah|scratch that)\b/.test(t)) t = t.replace(/\s*;\s*(?=(?:no wait|wait no|sorry no|oops no|actually no|no actually|nah actually|actually nah|actually scratch that|scratch that)\b)/g, ', ').replace(SLIP, (_m, lead: string, slip: string, actual: string) => (actual.trim() ? `${lead}${replaced(slip, actual)}` : _m));
  if (/\b(sorry|mean|meant|nope|lol|lmao|haha|rather)\b/.test(t)) t = t.replace(SLIP_WEAK, (_m, lead: string, slip: string, actual: string) => (actual.trim() && /\d/.test(slip) ? `${lead}${replaced(slip, actual)}` : _m));
  if (/\b(sorry|mean|meant|nope|rather)\b/.test(t)) t = t.replace(SLIP_WORD, (_m, lead: string, slip: string, actual: string) => (sameFieldTurn(slip, actual) ? `${lead}${replaced(slip, actual)}` : _m));
  if (/\bi (said|wrote|put|typed|told|mentioned|entered|answered)\b/.test(t)) t = t.replace(SAID_IS, (_m, said: string, actual: string) => replaced(said, actual));
  if (/\b(told you|said|mentioned|wrote|put|typed|gave) (they |it )?(were|was|are|is)\b/.test(t)) t = t.replace(SAID_WERE, (_m, said: string, actual: string) => (mentions(tokenise(/^[^,;]*/.exec(actual)![0]), false).some((m) => !m.weak) ? ` ${replaced(said, actual)}` : _m));
  // "FM instead of IM": what "instead of" names is denied (a field's value only: "instead of waiting" stays)
  if (t.includes('instead of ')) t = t.replace(/\binstead of ((?:[a-z0-9-]+ ){0,2}?[a-z0-9-]+)\b/g, (m, what: string) => (mentions(tokenise(what), false).length > 0 ? `instead, not ${what}` : m));
  if (/\d,? not \d/.test(t)) t = t.replace(THIS_NOT, '$1');
  // ("ck attempts: 2", "correction on CK attempts - it was 2"): the count told after its unit is put before it
  if (t.includes('attempt')) t = t.replace(ATTEMPTS_THEN_COUNT, '$1 attempts');
  if (/\b(wrong|typo|mistake|incorrect|not right|off|error)\b/.test(t)) t = t.replace(WRONG, (_m, said: string, given: string | undefined, actual: string) => replaced(`${said}${given ?? ''}`, actual));
  if (/\bdid i\b/.test(t)) t = t.replace(DID_I, (_m, said: string, actual: string) => replaced(said, actual));
  if (/\b(scratch|strike|cross|forget|scrap|drop|remove|delete|take|taking|should|shouldn't|shouldnt)\b/.test(t)) t = t.replace(STRUCK, 'not $1');
  // ("scratch the 6 months, it's 3": what is struck, then the count that stands, reads as "not 6 months, it's 3")
  if (t.includes('not ')) t = t.replace(NOT_THIS, (_m, _a: string, unit: string, b: string) => `${b} ${unit}${/^(?:months?|weeks?|wks?)$/.test(unit) ? ' usce' : ''}`);
  // "add the rest of California, not just SoCal": what "not just" names is kept beside the new
  if (/\b(not just|notonly)\b/.test(t)) t = t.replace(/\b(?:not just|notonly)\b/g, 'as well as');
  return t.replace(/\s{2,}/g, ' ').trim();
}
