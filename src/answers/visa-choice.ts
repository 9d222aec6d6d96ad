// "No idea which visa to go for, what would you pick for me?", "J-1 or H-1B for me?": the choice read from the asker's
// own file (the saved Step 3, the programs of their specialty and regions that state each visa), with the rule each visa
// carries, instead of a refusal or a general article. A status that needs no sponsorship is told so.
import { usd } from '../domain/money.js';
import type { Profile, Region } from '../domain/profile.js';
import type { Program } from '../knowledge/import/program-schema.js';
import { H1B_NEW_PETITION_FEE } from '../plan/base-rates.js';
import { specialtyLabel } from '../plan/specialty-info.js';
import { regionWords } from './program-visa.js';

/** Where the figures of this answer come from, in words. */
export const VISA_CHOICE_SOURCES = ['our program table (program pages and listings, each with its as-of year)', 'our guide "Visa basics - J-1 versus H-1B"'];

/** A Canadian's TN status named: it is no residency visa. */
const TN = /\b(?:tn|canadian|canada)\b/i;
const TN_LINE = 'A TN status does not cover residency: residency is paid clinical training, and a Canadian citizen needs a J-1 or an H-1B for it like any other IMG who is not a US citizen or permanent resident (general knowledge, not from our guides; confirm with ECFMG and the program).';

/** What a TN is not, when the question names it or a Canadian's status; else undefined. */
export function tnLine(question: string): string | undefined {
  return TN.test(question) ? TN_LINE : undefined;
}

/** A status that needs no sponsorship, in words. */
const NO_SPONSOR: Readonly<Record<string, string>> = { us_citizen: 'a US citizen', green_card: 'a green card holder', ead: 'holding a work permit (EAD)' };

/** How many programs of the asker's specialties and regions state they take each visa. */
function stated(programs: readonly Program[], profile: Profile): { j1: number; h1b: number; all: number; where: string; what: string } | undefined {
  const specialties = [profile.specialty?.primary, profile.specialty?.backup].filter((s) => s !== undefined);
  const regions = (profile.regions ?? []).filter((r): r is Region => r !== 'anywhere');
  if (!specialties.length) return undefined;
  const rows = programs.filter((p) => specialties.includes(p.specialty) && (!regions.length || (regions as string[]).includes(p.region)));
  return {
    j1: rows.filter((p) => p.visaJ1 === 'yes').length, h1b: rows.filter((p) => p.visaH1b === 'yes').length, all: rows.length,
    where: regions.length ? regionWords(regions) : 'California', what: specialties.map(specialtyLabel).join(' and '),
  };
}

/** The visa choice for this asker: each visa's rule, what their saved Step 3 allows, and how many of their programs take each. */
export function visaChoiceText(profile: Profile, programs: readonly Program[], question = ''): string {
  const tn = tnLine(question) ? `${TN_LINE}\n` : '';
  const free = NO_SPONSOR[profile.visa ?? ''];
  if (free) return `${tn}You saved that you are ${free}, so you need no visa sponsorship for residency and there is nothing to choose: every program is open to you on that count. If that has changed, tell me your status.`;
  const step3 = profile.step3?.status;
  const passed = step3 === 'passed';
  const counts = stated(programs, profile);
  const saved = profile.visa === 'needs_j1' ? 'You saved that you need a J-1. ' : profile.visa === 'needs_h1b' ? 'You saved that you need an H-1B. ' : '';
  return [
    `${tn}${saved}The choice is partly the program's: each program decides which visa it sponsors. For your file:`,
    '- J-1: sponsored by ECFMG (the program only agrees to it), needs no Step 3, and is the visa most programs that take visa holders accept; after training it carries the two-year home-country requirement unless you get a waiver.',
    `- H-1B: filed by the program itself, needs Step 3 passed before it can file${passed ? ' (you have Step 3 passed)' : step3 === 'not_taken' ? ' (your Step 3 is not taken yet)' : ''}, and new petitions filed since ${H1B_NEW_PETITION_FEE.since} carry a one-time ${usd(H1B_NEW_PETITION_FEE.usd)} fee the employer pays, so fewer programs offer it; it has no home-country rule.`,
    ...(counts && counts.all ? [`- Of the ${counts.all} ${counts.what} programs in ${counts.where} in our table, ${counts.j1} state that they take a J-1 and ${counts.h1b} that they sponsor an H-1B; the rest state nothing (ask them).`] : []),
    passed
      ? 'With Step 3 passed you can apply to both: list J-1 and H-1B programs, and rank by where you want to train.'
      : 'Without Step 3 passed, the J-1 is the realistic path this cycle; aim for the H-1B only if you can pass Step 3 early and want to stay in the US without the home-country rule.',
    ...(profile.visa === 'needs_j1' || profile.visa === 'needs_h1b' ? [] : ['Tell me which you choose ("I need a J-1", or "either") and I will rebuild your list for it.']),
  ].join('\n');
}
