// Where the applicant wants to train is told as a wish: a place named for something else (a letter "from a
// California doc", a hospital's own name "Harbor-UCLA", training left "in Detroit") never sets the training regions.
import type { Clause } from './clauses.js';
import { onlyPlaces } from './readers/places.js';

/** Places offered as a choice ("san diego or OC", "LA or OC"): a wish, since no rotation, letter or home was in "X or Y". */
export const placesOffered = (c: Clause): boolean => c.tokens.includes('or') && onlyPlaces(c);

/** Words that make a place a wish ("want", "prefer", "open to", "anywhere", "match in", "for regions"). */
export const PREFERENCE = /\b(want|wants|wanna|i'd like|id like|like|love|is fine|are fine|is ok|is okay|works|open|prefer|preferably|preference|preferred|first choice|top choice|first$|priority|looking|apply|applying|target|targeting|open to|interested|would like|like to|hoping|aim|only|mainly|mostly|ideally|train in|work in|be in|match in|stay in|move to|near|anywhere|everywhere|nationwide|wherever|meant|for regions?|for location|region should be|regions should be)\b/;
