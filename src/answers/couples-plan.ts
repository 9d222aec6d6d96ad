// "We're couples matching, my partner is a US grad in EM: where should we apply?", "my wife is psych and I'm IM, both
// J-1, LA only or wider?": the couple's own strategy from the asker's saved file and the partner's side, read from the
// question when it states it (the partner's specialty and whether they need a visa) or from the saved couples answer.
import type { Couples, Profile, Region } from '../domain/profile.js';
import { specialtyLabel } from '../plan/specialty-info.js';
import { regionWords } from './program-visa.js';
import { specialtiesNamed } from './specialty-figures.js';

/** A partner named by the asker. */
const PARTNER = /\b(?:partner|wife|husband|spouse|girlfriend|boyfriend|fianc[eé]e?|gf|bf|significant other|esposa|esposo|marido|mulher|namorad[ao]|novi[ao])\b/i;
/** Both partners' applications asked about together ("should we keep it to SoCal or go wider?", "where do we apply"). */
const TOGETHER = /\b(?:we|us|our|both|together)\b[^?.!]{0,60}\b(?:apply\w*|match\w*|rank\w*|list|where|cit(?:y|ies)|regions?|wider|broad\w*|only|same (?:city|place|area|program))\b/i;
/** The couples match named. */
const COUPLES = /\bcouples?'?\s*(?:match\w*|matching)\b|\bmatch\w* as a couple\b|\bcouple'?s match\b/i;
/** Where the clause about the partner ends: punctuation that closes it, or the asker turning to themselves. */
const CLAUSE_END = /[.;!?,]|\b(?:and|but|while|whereas) (?:i|i'?m|im|me|my)\b|\bi'?m\b/i;
/** A partner who needs no visa: a US graduate, citizen or green-card holder. */
const NO_VISA = /\b(?:us|u\.s\.|american) (?:grad|graduate|md|do|senior|citizen|medical (?:graduate|student))s?\b|\bamerican\b|\bgreen ?card\b|\bcitizen\b|\bamg\b/i;
/** Both partners need a visa. */
const BOTH_VISA = /\bboth (?:of us )?(?:need|needing|require|on|with|have to get) (?:a |an )?(?:visas?|j-?1s?|h-?1-?bs?|sponsorship)\b|\bboth (?:j-?1|h-?1-?b)\b|\b(?:she|he) (?:also )?needs? (?:a |an )?(?:visa|j-?1|h-?1-?b|sponsorship)\b/i;

/** True when the question is about the couple's own match: it names the couples match, or a partner while a couples
 *  match is saved. */
export function couplesAsked(question: string, profile: Profile): boolean {
  if (profile.couples?.matching === false) return false;
  return COUPLES.test(question) || (profile.couples?.matching === true && PARTNER.test(question) && TOGETHER.test(question));
}

/** The partner's side as the question states it, over the saved couples answer ("my partner is a US grad (EM)"). */
export function partnerFrom(question: string, saved: Couples | undefined): Couples {
  const at = PARTNER.exec(question);
  // (", he is an American grad": the clause goes on after a pronoun that names the partner again)
  const rest = at ? question.slice(at.index + at[0].length).replace(/^[\s,:(\u2013-]*(?:(?:who|he|she|they)(?:'s| is| are)?\b)?/i, '') : '';
  const end = CLAUSE_END.exec(rest);
  const clause = rest.slice(0, end ? end.index : 120);
  const specialty = specialtiesNamed(clause)[0];
  const needsVisa = BOTH_VISA.test(question) ? true : NO_VISA.test(clause) ? false : undefined;
  return {
    matching: true,
    ...(specialty ?? saved?.partnerSpecialty ? { partnerSpecialty: specialty ?? saved?.partnerSpecialty } : {}),
    ...(needsVisa ?? saved?.partnerNeedsVisa) !== undefined ? { partnerNeedsVisa: needsVisa ?? saved?.partnerNeedsVisa } : {},
  };
}

/** "an internal medicine", "a family medicine". */
const withArticle = (w: string) => `${/^[aeiou]/i.test(w) ? 'an' : 'a'} ${w}`;

const VISA_WORDS: Readonly<Record<string, string>> = { needs_j1: 'a J-1', needs_h1b: 'an H-1B', either: 'a J-1 or an H-1B' };

/** The couple's strategy in a few lines: which side of each pair must sponsor, how the specialties pair, how wide to go. */
export function couplesText(profile: Profile, partner: Couples): string {
  const mine = VISA_WORDS[profile.visa ?? ''];
  const theirs = partner.partnerNeedsVisa;
  const visa = mine && theirs ? `You both need a visa (you ${mine}), so both programs on every line of your list must sponsor: that leaves far fewer workable pairs.`
    : mine && theirs === false ? `You need ${mine} and your partner needs none, so only your side of each pair must take ${mine}.`
      : !mine && theirs ? 'Your partner needs a visa and you do not, so only their side of each pair must sponsor it.'
        : !mine && theirs === false ? 'Neither of you needs a visa, so no pair is closed on that count.'
          : `You need ${mine ?? 'no visa'}; whether your partner needs one decides which side of each pair must sponsor.`;
  const own = profile.specialty?.primary;
  const their = partner.partnerSpecialty;
  const pairs = own && their
    ? own === their ? `You both apply in ${specialtyLabel(own)}: each line of your list pairs two positions, in one program or in two programs of the same city.`
      : `Each line of your list pairs ${withArticle(specialtyLabel(own))} program for you with ${withArticle(specialtyLabel(their))} program for your partner in the same area: couples in different specialties match this way too.`
    : 'Each line of your list pairs one program for each of you in the same area.';
  const regions = (profile.regions ?? []).filter((r): r is Region => r !== 'anywhere');
  const wide = regions.length && !profile.regions?.includes('anywhere')
    ? `Keep ${regionWords(regions)} as the focus but apply more broadly than one applicant would, outside it too, in cities where both of you have programs that take IMGs: a couple has fewer workable pairs than one applicant has programs.`
    : 'Apply more broadly than one applicant would, in cities where both of you have programs that take IMGs: a couple has fewer workable pairs than one applicant has programs.';
  return [visa, pairs, wide].join(' ');
}
