// Where the applicant lives, told to the question of where to train ("i live in LA, east LA since 2023", "grew up in
// orange county"): a tie, not yet a wish. A wish to stay said with it ("and want to stay", "can't move") makes those places
// the regions; otherwise the regions question is asked as "you live in LA County: train there?", which a yes answers.
import type { ProfileField } from '../../domain/profile.js';
import type { Clarifying } from './clarify.js';
import { regionsInTokens } from './readers/places.js';
import { tokenise } from './tokens.js';

const SOCAL: ReadonlySet<string> = new Set(['la_county', 'orange_county', 'san_diego', 'inland_empire']);
// a wish to stay where one lives
const STAY = /\b(?:stay|staying|remain|not (?:want(?:ing)? to |willing to |going to |gonna |able to )?(?:move|relocate|leave)|(?:can't|cant|cannot|won't|wont|don't|dont|do not) (?:want to |wanna )?(?:move|relocate|leave)|not leaving|never leave)\b/;

/** With the regions question asked and only a tie to a Southern California place read, the places kept as regions
 *  (a wish to stay said) or the question asked as "train there?"; changes `out` in place. */
export function homeAsWish(out: { updates: { field: ProfileField; value: unknown }[]; clarify?: Clarifying }, pending: ProfileField | undefined, said: string): void {
  if (pending !== 'regions' || out.clarify || out.updates.some((u) => u.field === 'regions') || !out.updates.some((u) => u.field === 'laTies')) return;
  const places = regionsInTokens(tokenise(said)).filter((r) => SOCAL.has(r));
  if (!places.length) return;
  if (STAY.test(said)) out.updates.push({ field: 'regions', value: places });
  else out.clarify = { field: 'regions', topic: 'regions_which', facts: { tiePlaces: places.join(',') } };
}
