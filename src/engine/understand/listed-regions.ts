// "LA and SoCal", "OC or southern california": a part listed beside its wider area as another item leaves the area whole.
import { regionsInTokens } from './readers/places.js';
import { tokenise } from './tokens.js';

const WIDER = '(?:so ?cal|southern california|southern cal|south california|california|cali)';
const PART_THEN_WIDER = new RegExp(`\\b((?:[a-z.]+ ){0,2}[a-z.]+) (and|&|or|n|plus|as well as) (${WIDER})\\b`, 'g');
const WIDER_THEN_PART = new RegExp(`(?<!all of )\\b(${WIDER}) (and|&|or|n|plus|as well as) ((?:[a-z.]+ ){0,2}[a-z.]+)`, 'g');
const CA_PARTS: ReadonlySet<string> = new Set(['la_county', 'orange_county', 'san_diego', 'inland_empire', 'rest_of_california']);

// the words end with the name of one part of California ("want LA", "orange county")
function namesPart(words: string): boolean {
  const places = regionsInTokens(tokenise(words));
  return places.length === 1 && CA_PARTS.has(places[0]!);
}

/** The text with "all of" put before a wider area (SoCal, California) listed beside one of its parts with "and", "or"
 *  or "&", so the part does not narrow it ("LA and SoCal only" = all of Southern California); "SoCal: LA or OC" and
 *  "SoCal (LA/OC)", which name the parts meant, are left as they are. */
export function partBesideWhole(text: string): string {
  if (!/(cal|california|cali)\b/.test(text)) return text;
  return text
    .replace(PART_THEN_WIDER, (whole, part: string, join: string, wider: string) => (namesPart(part) ? `${part} ${join} all of ${wider}` : whole))
    .replace(WIDER_THEN_PART, (whole, wider: string, join: string, part: string) => (namesPart(part) ? `all of ${wider} ${join} ${part}` : whole));
}
