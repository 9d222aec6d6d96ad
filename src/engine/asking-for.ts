// Someone asking for another person (a parent for a son, an agent for a client): the declaration is read once, and
// from then on what is said about that person ("he graduated 2021", "his CK was 235") is read as the applicant's own,
// so all of their facts are kept alike, never some kept and some dropped as "someone else's".
import { alternation, peopleFor, type Gender } from './people.js';

/** The people someone may ask for, with the pronouns that then stand for the applicant (knowledge/people.json). */
const RELATIONS: ReadonlyMap<string, Gender> = new Map(peopleFor('askingFor', ['en']).map((p) => [p.word, p.gender ?? 'either']));
const WORDS = alternation([...RELATIONS.keys()]);
// Hindi-Urdu and Spanish words for the same people, named in English when the declaration is read
const OTHER_WORDS: ReadonlyMap<string, string> = new Map(peopleFor('askingFor', ['hi', 'es']).map((p) => [p.word, p.means]));
const OTHER = alternation([...OTHER_WORDS.keys()]);

// "I am asking for my son", "asking on behalf of my daughter", "this is for my client, not for me", "for my son not me";
// never "asking for a friend" (said of oneself), "asking for my son's visa" (a thing of his), or "my son was born here"
const DECLARED = [
  new RegExp(String.raw`\b(?:i\s*(?:am|'m|m)\s+|im\s+)?(?:asking|enquiring|inquiring|writing|here|messaging|typing|doing this|planning)\s+(?:this\s+)?(?:for|on behalf of|about)\s+(?:my|our)\s+(${WORDS})\b(?!\s*'?s\b)`, 'i'),
  new RegExp(String.raw`\b(?:this|it)\s*(?:is|'s|s)\s+(?:for|about)\s+(?:my|our)\s+(${WORDS})\b(?!\s*'?s\b)`, 'i'),
  new RegExp(String.raw`\bon behalf of\s+(?:my|our)\s+(${WORDS})\b(?!\s*'?s\b)`, 'i'),
  new RegExp(String.raw`\bnot (?:for )?(?:me|myself),?\s+(?:but\s+)?(?:for\s+)?(?:my|our)\s+(${WORDS})\b(?!\s*'?s\b)`, 'i'),
  new RegExp(String.raw`\b(?:for|about)\s+(?:my|our)\s+(${WORDS}),?\s+not (?:for )?(?:me|myself)\b`, 'i'),
  new RegExp(String.raw`\b(?:mere|meri|apne|apni|hamare|hamari)\s+(${OTHER})\s+(?:ke liye|ki taraf se|ke baare mein)\s+(?:puch|pooch|pouch|likh)\w*(?:\s+(?:raha|rahi|rahe|rha|rhi))?(?:\s+(?:hoon|hun|hu|hoo|hain|he|hai))?`, 'i'),
  new RegExp(String.raw`\b(?:pregunto|escribo|consulto)\s+(?:por|para)\s+(?:mi|nuestro|nuestra)\s+(${OTHER})\b`, 'i'),
  new RegExp(String.raw`\bes para (?:mi|nuestro|nuestra)\s+(${OTHER})\b`, 'i'),
];

// "it is for me", "no, this is my own file", "for myself": the plan is the typist's own again
const FOR_SELF = /^(?:no[,.!]?\s+)?(?:(?:it|this)\s*(?:is|'s|s)\s+(?:for\s+)?(?:me|myself|my own(?: file| plan)?)|(?:i am|i'm|im) asking for (?:me|myself)|for myself|it'?s me)\s*[.!]*$/i;

// Who the typist is asking for when the message says so ("asking for my son"), in English, with the message
// minus the sentence that says it; undefined when it names no one.
function askingForIn(text: string): { relation: string; rest: string; asks: boolean } | undefined {
  for (const re of DECLARED) {
    const m = re.exec(text);
    if (!m) continue;
    const said = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    const relation = RELATIONS.has(said) ? said : OTHER_WORDS.get(said);
    if (!relation) continue;
    return { relation, rest: withoutDeclaration(text, m.index, m.index + m[0].length), asks: ASKING_VERB.test(m[0]) };
  }
  return undefined;
}

// "asking for my friend", "enquiring about my cousin": words of asking, not of typing for someone ("typing for my wife")
const ASKING_VERB = /^(?:i\s*(?:am|'m|m)\s+|im\s+)?(?:asking|enquiring|inquiring)\b/i;
// a question about the person's own case in the same message ("can she apply to Cedars?", "does he stand a chance")
const ASKS_OF_THEM = /\?|\b(?:can|could|should|would|will|does|do|is|has|did)\s+(?:he|she|they)\b/i;

// True when the typist says the plan is their own ("it's for me"), which ends asking for someone else.
function forSelfIn(text: string): boolean {
  return FOR_SELF.test(text.trim());
}

// the declaration is dropped with a "not for me" after it and a greeting of a few words before it ("hello ji, i am
// asking for my son not for me. he is MBBS"); facts on either side stay, even without punctuation
const NOT_ME_AFTER = /^\s*,?\s*(?:(?:and|but)\s+)?(?:not (?:for )?(?:me|myself)\b)?\s*[.!?;,:-]?/i;
const SHORT_TAIL = /(?:^|[.!?;,\n])(\s*(?:\S+\s+){0,3}\S*\s*)$/;
function withoutDeclaration(text: string, start: number, end: number): string {
  const head = text.slice(0, start);
  const tail = SHORT_TAIL.exec(head);
  const before = tail && !/\d/.test(tail[1]!) ? head.slice(0, head.length - tail[1]!.length) : head;
  const after = text.slice(end).replace(NOT_ME_AFTER, '');
  return `${before} ${after}`.replace(/\s+/g, ' ').replace(/^[\s,.;:!-]+/, '').trim();
}

// third-person verbs after a pronoun turned into "I": the first-person form, so the readers see ordinary answers
const VERB_FIXES: ReadonlyArray<[RegExp, string]> = [
  [/\bI is\b/g, 'I am'], [/\bI isn'?t\b/g, "I'm not"], [/\bI has\b/g, 'I have'], [/\bI hasn'?t\b/g, "I haven't"],
  [/\bI does\b/g, 'I do'], [/\bI doesn'?t\b/g, "I don't"], [/\bI goes\b/g, 'I go'],
  // Hindi-Urdu and Spanish words for "his/her" and "he/she" of the person asked for
  [/\b(?:uska|uskaa)\b/gi, 'mera'], [/\buski\b/gi, 'meri'], [/\buske\b/gi, 'mere'], [/\busne\b/gi, 'maine'], [/\busko\b/gi, 'mujhe'],
  [/\b(?:él|ella)\b/gi, 'yo'],
];
const STRIP_S = /\bI (wants|needs|speaks|works|lives|stays|plans|thinks|prefers|likes|knows|hopes|holds|gets|says|feels)\b/g;

/** The rewrites that turn one relation's pronouns into the applicant's, prepared once per relation. */
function rewritesFor(relation: string): ReadonlyArray<[RegExp, string]> {
  const gender = RELATIONS.get(relation) ?? 'either';
  const subject = gender === 'he' ? 'he' : gender === 'she' ? 'she' : 'he|she';
  const object = gender === 'he' ? 'him' : gender === 'she' ? 'her' : 'him|her';
  const possessive = gender === 'he' ? 'his' : gender === 'she' ? 'her' : 'his|her';
  return [
    [new RegExp(String.raw`\b(?:my|our)\s+${relation}'?s\b`, 'gi'), 'my'],
    [new RegExp(String.raw`\b(?:my|our)\s+${relation}\b`, 'gi'), 'I'],
    [new RegExp(String.raw`\b(?:${subject})\s*'s\b`, 'gi'), "I'm"],
    [new RegExp(String.raw`\b(?:${subject})\s*'ll\b`, 'gi'), "I'll"],
    [new RegExp(String.raw`\b(?:${subject})\b`, 'gi'), 'I'],
    [new RegExp(String.raw`\b(?:${possessive})\b(?=\s+\w)`, 'gi'), 'my'],
    [new RegExp(String.raw`\b(?:${object})\b`, 'gi'), 'me'],
    [/\bhimself\b|\bherself\b/gi, 'myself'],
    ...VERB_FIXES,
  ];
}
const REWRITES = new Map([...RELATIONS.keys()].map((r) => [r, rewritesFor(r)] as const));

// The message with the person asked for turned into the applicant: "he is MBBS, his CK 221" -> "I am MBBS, my CK
// 221"; "my son" itself also becomes "I". Pronouns of the other gender are left as typed (another person).
function asApplicant(text: string, relation: string): string {
  let out = text;
  for (const [re, to] of REWRITES.get(relation) ?? []) out = out.replace(re, to);
  return out.replace(STRIP_S, (_, v: string) => `I ${v.replace(/s$/, '')}`);
}

/** What one typed message means for whom the plan is: a declaration ("asking for my son") sets who, "it is for me"
 *  clears it, and while someone is asked for, the text is read as the applicant's own. */
export function readForWhom(text: string, askingFor: string | undefined, ownFileUnderWay = false): { text: string; askingFor?: string; said?: 'declared' | 'self'; maybe?: string } {
  if (askingFor && forSelfIn(text)) return { text: '', said: 'self' };
  const declared = askingForIn(text);
  // ("asking for my friend: she has CK 240, can she apply to Cedars?" while the applicant's own file is being told): a
  // question about someone else's case, their facts left out of the applicant's file, not a switch of whom it is for
  const theirCase = declared !== undefined && declared.asks && ownFileUnderWay && !askingFor && ASKS_OF_THEM.test(declared.rest);
  if (declared && !theirCase) return { text: asApplicant(declared.rest, declared.relation), askingFor: declared.relation, said: 'declared' };
  if (askingFor) return { text: asApplicant(text, askingFor), askingFor };
  // "my son graduated 2021, he has CK 221": a child's or a client's exam or school facts, told without saying whom
  // the plan is for, are asked about once in the reply (they are not stored as the typist's)
  const maybe = MAYBE_FOR.exec(text);
  return maybe ? { text, maybe: maybe[1]!.toLowerCase() } : { text };
}
const MAYBE_FOR = new RegExp(String.raw`\b(?:my|our)\s+(${alternation(peopleFor('factsTold').map((p) => p.word))})\b(?!\s*'?s\s+(?:visa|birth|school|tuition))(?=[^.?!]*\b(?:step|ck|usmle|graduat\w*|mbbs|observership|letters?|lors?)\b)`, 'i');

/** The pronouns read as the applicant's for a relation, as a user would type them ("he" and "his"). */
export function pronounsOf(relation: string): string {
  const gender = RELATIONS.get(relation) ?? 'either';
  return gender === 'he' ? '"he" and "his"' : gender === 'she' ? '"she" and "her"' : '"he", "she", "his" and "her"';
}
