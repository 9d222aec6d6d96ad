// Two denials in a row affirm: "haven't NOT submitted", "we're not NOT couples matching", "didn't not pass" say yes.
// Runs on the lowercased text before any denial is scoped, so no reader ever sees the first "not" alone.

// the auxiliary left once its own "n't" and the "not" after it cancel out
const AFFIRMED: Readonly<Record<string, string>> = {
  have: 'have', has: 'has', had: 'had', did: 'did', do: 'do', does: 'does', is: 'is', are: 'are', was: 'was', were: 'were',
  ca: 'can', can: 'can', wo: 'will', could: 'could', would: 'would', should: 'should', ai: 'am',
};
// "haven't not", "havent NOT", "didnt not": a contracted denial, then "not" at once (a comma or dots between still count)
const CONTRACTED_TWICE = /\b(have|has|had|did|do|does|is|are|was|were|ca|wo|could|would|should|ai)n'?t(?:[\s,.]|\u2026)+not\b/g;
// "not NOT", "never not": a plain denial, then "not" at once
const PLAIN_TWICE = /\b(?:not|never)(?:[\s,.]|\u2026)+not\b\s*/g;

// "it's not like I didn't take it", "not that we haven't applied": a denial of a thing done, itself denied with "not
// like / not that", affirms it was done (a want or a state, "it's not that I don't want IM", is a concession and left alone)
const DENIED_DENIAL = /\b(?:(?:it's|its|it is|it was|it isn't|it wasn't) )?not (?:like|that|as if|as though) (i|we|i've|we've) (didn't|didnt|did not|haven't|havent|have not|hadn't|hadnt|never)\b/g;
const DENIAL_AFFIRMED: Readonly<Record<string, string>> = {
  "didn't": 'did', didnt: 'did', 'did not': 'did', "haven't": 'have', havent: 'have', 'have not': 'have', "hadn't": 'had', hadnt: 'had',
  never: 'did',
};

/** The text with each pair of adjacent denials taken out (the auxiliary kept); text with one denial or none comes back unchanged. */
export function doubleNegations(text: string): string {
  if (!/\bnot\b/.test(text)) return text;
  return text
    .replace(CONTRACTED_TWICE, (_m, aux: string) => AFFIRMED[aux] ?? aux)
    .replace(PLAIN_TWICE, '')
    .replace(DENIED_DENIAL, (_m, who: string, denial: string) => `${who} ${DENIAL_AFFIRMED[denial] ?? ''}`)
    .replace(/[ ]{2,}/g, ' ');
}
