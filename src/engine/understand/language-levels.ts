// How much of a language the applicant says they speak, read the way the development sets' writers record it (measured
// over fifteen sets, round 15): an amount ("some", "a bit of", "a little", "thoda", "un poquito", "um pouco") keeps the
// language; a level that says it is not usable ("basic", "beginner", "rusty", "learning", "duolingo") leaves it out; and
// a limit told beside either ("not for patients", "not conversational", "only understand") leaves it out as well.

/** Words before a language's name that tell a level too low to use with patients: the language is left out. */
const LEVEL_BEFORE: readonly string[] = [
  'basic', 'rusty', 'broken', 'learning', 'beginner', 'elementary', 'limited', 'understand', 'studying', 'taking', 'poor', 'weak',
  'took', 'studied', 'learnt', 'learned', 'duolingo',
];

// (words of amount before a name, "some", "a bit of", "a little", "thoda", "poco", "pouco", "peu", are in no list here:
// they leave the language in)
const LEVEL_WORDS: ReadonlySet<string> = new Set(LEVEL_BEFORE);

/** True when a word right before a language's name says the level is too low to use it with patients. */
export function lowLevelBefore(word: string): boolean {
  return LEVEL_WORDS.has(word);
}
