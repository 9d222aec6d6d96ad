// "Wherever a program sponsors my visa", "anywhere that takes IMGs", "wherever I match": a place made to depend only on
// programs taking the applicant is no place preference at all, and reads as "anywhere" (one that depends on another
// person, "wherever my wife finds a job", is left as it is and asked about). "Anywhere but California" is "anywhere except
// California" (so cutting the message at "but" never drops the exception), when a place follows the "but".
import { regionsInTokens } from './readers/places.js';
import { tokenise } from './tokens.js';
const CONDITIONAL_ANYWHERE = /\b(?:wherever|anywhere|any place|anyplace|whichever (?:place|state|city))(?: (?:that|where|which))?(?: (?:an? |any |the )?(?:programs?|place|places|hospitals?|one|they|i|it))?(?: (?:will|would|can|could|'ll|ll))? (?:sponsors?|sponsor|takes?|take|accepts?|accept|have|has|offers?|gives?|matches?|match|get|gets|lets?|interviews?|wants?|ranks?)\b[^,;.!?]*/g;

/** The message with a place that depends only on programs taking the applicant rewritten as "anywhere". */
export function conditionalAnywhere(text: string): string {
  if (!/\b(wherever|anywhere|any ?place|whichever|everywhere|any state|anything|everything|any region|any area)\b/.test(text)) return text;
  return text.replace(CONDITIONAL_ANYWHERE, 'anywhere').replace(ANYWHERE_BUT, (whole, open: string, after: string) => (regionsInTokens(tokenise(after)).length && !PREFERS.test(after) ? `${ANY_THING.test(open) ? 'anywhere' : open} except ${after}` : whole));
}

// "anywhere but CA", "any state but california", "anywhere in the US but NYC": the words after "but" (checked to name a place)
// ("anything but the IE", "everything except San Diego", "any region other than OC": every place but the one named)
const ANYWHERE_BUT = /\b((?:anywhere|everywhere|any ?where|any state|any place|anything|everything|any region|any area|any location)(?: (?:in|across) the (?:us|usa|country|states))?),? (?:but|except|except for|other than|apart from|besides|minus) ([a-z][a-z .'-]{0,30})/g;
const ANY_THING = /^(?:anything|everything|any region|any area|any location)\b/;
// ("anywhere but preferably LA", "anywhere, but LA would be ideal": a favourite, not an exception)
const PREFERS = /\b(prefer\w*|ideally|ideal|mostly|mainly|especially|hopefully|rather|best|first|would be|is better|love|like)\b/;
