// An amount told only vaguely ("some posters and a pub or two", "English and a few others", "a few months of obs")
// pins nothing down: the field is asked about, never stored from the counts that happen to be read beside it.
import type { ProfileField } from '../../domain/profile.js';

// a vague amount word with the unit it counts right after it (not "some of them", nor "a few more": another matter)
const AMOUNT = '(?:some|a few|few|several|a couple(?: of)?|couple(?: of)?|a bunch of|bunch of|many|multiple|lots of|a lot of|a handful of|handful of|a number of)';
const UNITS: Partial<Record<ProfileField, string>> = {
  research: '(?:posters?|pubs?|publications?|papers?|abstracts?|case reports?|articles?|manuscripts?)',
  usLors: '(?:letters?|lors?|recs?)',
  usce: '(?:months?|mos?|weeks?|wks?|rotations?|electives?|observerships?|externships?)',
  cycle: '(?:interviews?|invites?)',
};
const VAGUE: Partial<Record<ProfileField, RegExp>> = Object.fromEntries(Object.entries(UNITS).map(([f, unit]) => [f, new RegExp(`\\b${AMOUNT} (?:[a-z]+ )?${unit}\\b|\\b(?:a|an|one|1) ${unit} or (?:two|2|so)\\b`)]));
const PINNED = /^(?:\d+|one|two|three|four|five|six)(?: (?:exactly|total|in total|altogether))?$|\b(?:exactly|precisely|to be exact)\b/;
const NOT_OUT = /\b(?:in prep|in preparation|under review|in review|submitted|in progress|pending|writing|drafting|working on|ongoing|planned|coming)\b/;
// a list of languages left open at its end: "English and a few others", "Hindi, Urdu etc", "English plus some more"
const OPEN_LIST = /\b(?:and|plus|&|n)? ?(?:a few|some|several|many|couple of|a couple of)? ?(?:others|other ones|other languages|more)$|\betc\b|\band so on\b/;

// a stage only half told: "kinda applying, kinda not", "sort of reapplying", "applying or not, depends on my CK"
const HEDGED_STAGE = /\b(?:kinda|kind of|sort of|sorta|semi|half)\s+(?:applying|reapplying|preparing|apply|reapply)\b|\b(?:applying|reapplying|apply|reapply)\b[^;]{0,30}\b(?:kinda not|sort of not|or not|maybe not|depends on|depending on|depends)\b/;

// whether to apply at all this cycle left open: "not sure yet if I'll apply this year or wait", "undecided if im applying
// this year", "might apply this cycle or might wait", "either a late application this cycle or I wait" (not a doubt about something else: "not sure which programs to apply to")
const WHETHER_TO_APPLY = /\b(?:not sure|unsure|undecided|haven't decided|havent decided|have not decided|not decided|don't know|dont know|do not know|idk|dunno|deciding|debating|torn|wondering)\b(?: yet)?(?: about)? (?:if|whether)\b[^.;!?]{0,25}\b(?:apply|applying|reapply|reapplying)\b|\b(?:apply|applying|reapply|reapplying|application|applications)\b[^.;!?]{0,30}\bor (?:(?:i |we |should |might |will |i'll |ill |to |just |better |i just |i might |i should )?wait|(?:the |for (?:the )?)?next\b|skip|not)\b/;

// ("3 letters, 1 or 2 of them from US docs, the rest from home"): which share of a count is from the US, told vaguely,
// leaves the US count unknown (the alternative "1 or 2" is read as "some" before this)
const US_SHARE_VAGUE = /\b(?:some|a few|few|several|a couple|couple|most|part|a part)(?: of)? (?:them|those|these|the letters|my letters|the lors|my lors)\b[^;.]{0,30}\b(?:us|american|usa|here|home|abroad)\b/;

/** True when the words read for `field` (or, for the stage, the whole message) tell it only vaguely: asked, not stored. */
export function toldVaguely(field: ProfileField, texts: readonly string[], message: string): boolean {
  if (field === 'stage') return HEDGED_STAGE.test(message) || WHETHER_TO_APPLY.test(message);
  if (field === 'languages') return texts.some((t) => OPEN_LIST.test(t.trim()));
  if (field === 'usLors' && US_SHARE_VAGUE.test(message)) return true;
  const re = VAGUE[field];
  // ("a couple of US LoRs - 2 exactly": the count pinned down beside it stands; "a couple manuscripts in prep" are not out)
  if (re === undefined || texts.some((t) => PINNED.test(t))) return false;
  return texts.some((t) => re.test(t) && !NOT_OUT.test(t));
}
