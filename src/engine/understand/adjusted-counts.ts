// A count told, then adjusted in the same sentence: the adjusted number is the one held. "4 posters, two are the same
// abstract, so really 3" is 3 posters; "supposed to be 2 months obs but they cut it to 1" is 1 month; "3 months of
// rotations planned, visa denied, so zero for now" is none; "one more month than my cousin's 3" is 4 months (and the
// cousin's number is no fact of anyone's). Runs on digits, after the number words are read.
const UNIT = '(?: (?:[a-z]+))?';
// "N ... so really M", "N (... actually M)"
const RESTATED = new RegExp(`\\b(\\d{1,2})(${UNIT})([^.!?]{0,120}?)[,;(]? ?\\b(?:so (?:really|actually|effectively|realistically|technically|basically)|really|which makes it|making it|so in effect|so in reality) (\\d{1,2})\\b(?! ?(?:months?|weeks?|years?|yrs?|[a-z]+ (?:ago|later)))\\)?`, 'g');
// "supposed to be N ... cut it to M"
const CUT = /\b(?:was |were )?(?:supposed|meant|planned|scheduled|going) to (?:be|have|do|get) (\d{1,2})((?: [a-z-]+){0,8}?),? (?:but|and) (?:[a-z']+ ){0,3}?(?:cut|reduced|shortened|trimmed|dropped|brought|chopped) (?:it |that |them |this )?(?:down )?to (\d{1,2})\b/g;
// "N ... so zero for now", "iba a tener 3 meses ... asi que por ahora cero"
const ZEROED = /\b(\d{1,2})((?: [a-z]+)?)([^.!?]{0,120}?)\b(?:so|asi que|entao|then)(?: (?:yet|for now|now|right now|as of now|in the end|actually))? (?:0|zero|none|nothing)\b(?: (?:for now|yet|lol|so far|in the end|actually))*(?=\s*(?:[.,;!?)]|$))/g;
// "one more month than my cousin's 3", "2 months less than my friend's 5"
const COMPARED = /\b(?:(?:another|one more) (\d{1,2})?|(\d{1,2}) (?:more|less|fewer))(?: (months?|weeks?|letters?|pubs?|papers?|posters?|interviews?))?(?: (?:more|less|fewer))? than (?:my|his|her|their|a|the) [a-z]+(?:'s)? (\d{1,2})\b/g;

/** Counts adjusted in their own sentence, read as the adjusted number. */
export function adjustedCounts(text: string): string {
  return text
    .replace(CUT, (_m, _n: string, what: string, m: string) => `${m}${what}`)
    .replace(COMPARED, (m, another: string | undefined, n: string | undefined, unit: string | undefined, base: string) => {
      const more = !/\b(less|fewer)\b/.test(m);
      const by = Number(another ?? n ?? 1);
      const sum = more ? Number(base) + by : Number(base) - by;
      return sum >= 0 ? `${sum}${unit ? ` ${unit.endsWith('s') ? unit : `${unit}s`}` : ''}` : m;
    })
    .replace(RESTATED, (_m, _n: string, unit: string, _gap: string, m: string) => `${m}${unit}`)
    .replace(ZEROED, (_m, _n: string, unit: string) => `0${unit}`);
}
