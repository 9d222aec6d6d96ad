// Two statuses a visa question can rest on that are not a visa to be sponsored: a work permit of the asker's own (DACA,
// an EAD, asylum, a pending green card), answered from the guides' work-permit passage rather than a list of programs
// sponsoring a J-1; and a relative's citizenship claimed as the asker's ("my wife is American, so I need no visa?"),
// which gives the asker no permission to work until they hold a green card themselves.
import type { ProfileField } from '../domain/profile.js';

/** A work permit or a status carrying one, said of the asker (not of a spouse: "my wife's EAD" is hers). */
const OWN_PERMIT = /(?<!\b(?:wife|husband|spouse|partner|mother|father|mom|dad|parents?|brother|sister)'?s?\s(?:\w+\s)?)\b(?:daca|dreamer|ead|work permit|employment authori[sz]ation|work authori[sz]ation|asylum|asylee|refugee|tps|temporary protected status|pending green ?card|green ?card (?:is |still )*pending|adjustment of status)\b/i;

/** Whether the message says the asker holds a work permit of their own (then a sponsor list is not the answer). */
export function statesOwnPermit(text: string): boolean {
  return OWN_PERMIT.test(text);
}

const RELATIVE = '(?:wife|husband|spouse|partner|fianc[eé]e?|mother|father|mom|mum|dad|parents?|brother|sister|son|daughter)';
const CITIZEN = '(?:(?:an? )?(?:us|u\\.s\\.|american) citizen|an? american|american|(?:a )?citizen|(?:a )?green ?card holder|(?:a )?permanent resident)';
/** A relative's US status told as the reason the asker needs none ("my wife is an American citizen", "married an American"). */
const RELATIVE_STATUS = new RegExp(`\\b(?:my|our)\\s+${RELATIVE}\\b[^.?!]{0,30}\\b(?:is|are|was|became|has become)\\s+(?:now\\s+|already\\s+)?${CITIZEN}\\b|\\bmarried\\s+(?:to\\s+)?(?:an?\\s+)?(?:us\\s+|u\\.s\\.\\s+)?(?:american|us citizen|citizen)\\b`, 'i');
/** The asker infers they need no visa, or asks whether they still need one ("so I don't need a visa, right?"). */
const NO_VISA_CLAIM = /\b(?:don'?t|do not|won'?t|will not|wont|no longer|not)\s+(?:\w+\s+)?need(?:ed)?\b[^.?!]{0,25}\b(?:visa|j-?1|h-?1-?b|sponsor\w*)|\bneeds? no (?:visa|sponsor\w*)\b|\b(?:do|will|would|should)\s+i\s+(?:still\s+|even\s+)?need\b[^.?!]{0,25}\b(?:visa|j-?1|h-?1-?b|sponsor\w*)|\bwithout (?:a |any )?(?:visa|sponsor\w*)\b/i;
/** The asker says they are a citizen or hold a green card themselves: their own status, not a borrowed one. */
const OWN_STATUS = /\b(?:i'?m|i am|im)\s+(?:a\s+|an\s+)?(?:us\s+|u\.s\.\s+|american\s+)?(?:citizen|green ?card holder|permanent resident)\b|\bi (?:have|hold|got) (?:a |my )?green ?card\b/i;

/** Whether the message claims a relative's US status as the asker's reason to need no visa. */
export function claimsRelativeStatus(text: string): boolean {
  return RELATIVE_STATUS.test(text) && NO_VISA_CLAIM.test(text) && !OWN_STATUS.test(text);
}

/** The answer to a relative's status claimed as the asker's, with the visa question asked when it is not saved. */
export function relativeStatusText(visaSaved: boolean): { text: string; needs?: ProfileField } {
  const body = [
    "A spouse's or parent's US citizenship or green card does not give you permission to work in the US by itself (general knowledge, not from our guides). Until you hold a green card of your own, or a work permit (EAD) while a green-card application is pending, you apply for residency like other non-US IMGs: with a J-1 or an H-1B, and you list programs that take that visa.",
    'How a family member sponsors you and how long it takes is immigration law our guides do not cover: see uscis.gov or a licensed immigration attorney.',
  ];
  if (visaSaved) return { text: body.join('\n\n') };
  return { text: [...body, 'So I can answer from your own situation: do you need a J-1, an H-1B, either, or do you already hold a green card or a work permit?'].join('\n\n'), needs: 'visa' };
}
