// Whether a sentence names a person at all: "I left out what you said about someone else" is said only where someone
// was named ("my husband works there", "she scored 250"), never for a pronoun that stands for things ("2 letters but
// they're old"). The people words are knowledge/people.json's (src/engine/people.ts), with the pronouns of a person.
import { alternation, peopleFor } from '../people.js';

const WORDS = [...new Set((['factsTold', 'close', 'family', 'theirCase'] as const).flatMap((u) => peopleFor(u).map((p) => p.word)))];
// (the people named most often beside an applicant's facts that are no relatives: a friend, a colleague, a mentor)
const OTHERS = ['he', 'she', 'his', 'her', 'him', 'hers', "he's", "she's", 'hes', 'shes', 'someone', 'somebody', 'everyone', 'everybody', 'people', 'friend', 'friends',
  'colleague', 'colleagues', 'classmate', 'classmates', 'batchmate', 'roommate', 'attending', 'mentor', 'senior', 'seniors', 'boss', 'pi', 'coworker', 'partner', 'guy', 'girl'];
const PERSON = new RegExp(`(?<![a-z'])(?:${alternation([...WORDS, ...OTHERS])})(?![a-z'])`);

/** True when the text names a person (a people word or a personal pronoun), not only "they" or "it". */
export function namesPerson(text: string): boolean {
  return PERSON.test(text);
}
