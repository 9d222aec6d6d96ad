// Where the applicant wants to train is told as a wish: a place named for something else (a letter "from a
// California doc", a hospital's own name "Harbor-UCLA", training left "in Detroit") never sets the training regions.
import type { ProfileField } from '../../domain/profile.js';
import type { Clause } from './clauses.js';
import { onlyPlaces } from './readers/places.js';

/** Words that make a place a wish ("want", "prefer", "open to", "anywhere", "match in", "for regions"). */
export const PREFERENCE = /\b(want|wants|wanna|i'd like|id like|like|love|is fine|are fine|is ok|is okay|works|open|prefer|preferably|preference|preferred|first choice|top choice|first$|priority|looking|apply|applying|target|targeting|open to|interested|would like|like to|hoping|aim|only|mainly|mostly|ideally|train in|work in|be in|match in|stay in|move to|near|anywhere|everywhere|nationwide|wherever|meant|for regions?|for location|region should be|regions should be)\b/;

// an edit of the list of regions ("add san diego too", "make it all of california, not just LA", "put rest of CA in my regions")
const REGIONS_EDIT = /\b(add|put|make it|make that|change it|switch|instead|not just|rather|regions?|locations?)\b/;

/** True when the clauses read for regions state a wish to train there, or answer the regions question asked;
 *  a place told in passing while another question is open is where something else was, not a wish. */
export function regionsWished(group: readonly Clause[], pending: ProfileField | undefined): boolean {
  if (pending === 'regions') return true;
  // ("only 1 is from a california doc": "only" before a count limits the count, it is no wish)
  return group.some((c) => PREFERENCE.test(c.text.replace(/\bonly (?=\d)/g, '')) || REGIONS_EDIT.test(c.text) || c.adds === true || onlyPlaces(c));
}
