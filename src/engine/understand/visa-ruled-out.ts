// A visa named, then ruled out by the words right after it ("J1 not option for me", "h1b - not possible", "J-1 is not
// for me", "j1 never", "J1 isn't available to me"): a denial after the name, not only before it as negation reads.

const OUT = String.raw`(?:(?:is|was|would be|will be|seems|'s)\s+)?(?:not|isn't|isnt|aint|ain't|no|never|not really)(?:\s+(?:an?|my|the|even|really|at all))*\s*(?:option|options|possible|possibility|choice|feasible|available|viable|realistic|happening|for me|for us|an option|allowed|eligible|applicable|going to work|gonna work|workable|$|[;,.]|(?=\s+(?:because|since|bc|cuz|coz|due to|kyunki|kyonki|porque|pq|por causa)\b))`;
// ("so H-1B is off the table for me", "h1b is out", "J1 ruled out"): closed in words with no "not"
const CLOSED = String.raw`(?:(?:is|was|would be|will be|seems|'s|are)\s+)?(?:off the table|out of the question|ruled out|out of reach|a no go|no go|out)(?:\s+for (?:me|us))?(?=$|[\s;,.!])`;
// ("wouldn't bother with h1b", "not interested in a J1", "won't go for the h1b"): a refusal said before the visa's name
const REFUSED_BEFORE = String.raw`\b(?:(?:wouldn't|wouldnt|won't|wont|don't|dont|not gonna|not going to|wouldn't even|won't even)\s+(?:bother|go|try|even try|waste time)\s+(?:with|for)|not interested in|no interest in)\s+(?:an?\s+|the\s+|any\s+)?`;
const RULED_OUT: Readonly<Record<'j1' | 'h1b', RegExp>> = {
  j1: new RegExp(String.raw`\bj1\b(?: visa| route| path| pathway)?\s*(?:[-:,;?]\s*)*(?:${OUT}|${CLOSED})|${REFUSED_BEFORE}j1\b`),
  h1b: new RegExp(String.raw`\bh1b\b(?: visa| route| path| pathway)?\s*(?:[-:,;?]\s*)*(?:${OUT}|${CLOSED})|${REFUSED_BEFORE}h1b\b`),
};

/** True when the visa is named and ruled out by the words after it ("J1 not option for me"); lowercased text, visas as "j1"/"h1b". */
export function ruledOutAfter(text: string, visa: 'j1' | 'h1b'): boolean {
  return RULED_OUT[visa].test(text);
}

// A visa said not to be given to the applicant ("no way anyone gives me h1b with my score", "H1 to koi deta nahi", "la
// H1B ni la consideran", "H1 toh shayad milega nahi"): a denial word and a verb of giving or getting in the visa's own
// clause. The verbs are kept in every language the readers take (after the language step the denial is English).
const NOT_GIVEN_DENIAL = /^(no|not|nobody|noone|none|never|nahi|nahin|nunca|nadie|nao|ninguem|won't|wont|can't|cant|don't|dont|doesn't|doesnt|wouldn't|wouldnt|hardly|barely|rarely)$/;
const GIVEN_VERB = /^(give|gives|giving|given|gave|get|gets|getting|got|sponsor|sponsors|sponsoring|offer|offers|offering|consider|considers|considering|accept|accepts|accepting|take|takes|taking|hand|hands|deta|dete|deti|dega|degi|denge|milega|milegi|milta|milti|milenge|consideran|considera|aceptan|acepta|ofrecen|ofrece|patrocinan|dan|dao|consideram|aceitam|oferecem|patrocinam)$/;
const UNSURE_OF = /\b(not sure|unsure|don't know|dont know|idk|no idea|wonder)\b/;

/** True when a clause names `visa` (and not the other one) as not given to the applicant ("no way anyone gives me h1b"). */
export function notGivenIn(tokens: readonly string[], text: string, visa: 'j1' | 'h1b'): boolean {
  const other = visa === 'j1' ? 'h1b' : 'j1';
  if (!tokens.includes(visa) || tokens.includes(other) || UNSURE_OF.test(text)) return false;
  return tokens.some((w) => NOT_GIVEN_DENIAL.test(w)) && tokens.some((w) => GIVEN_VERB.test(w));
}
