// The asker's own file said beside a general answer: which of their saved facts the guide's advice applies to
// (their later, stronger result for a fail; their languages, ties, experience and letters for strengths; their
// visa's requirements for a visa question), read from the stored profile, never guessed.
import { usd } from '../domain/money.js';
import type { Profile, Region } from '../domain/profile.js';
import { H1B_NEW_PETITION_FEE } from '../plan/base-rates.js';

/** Which part of the file each guide's advice applies to. */
type Part = 'record' | 'assets' | 'visa';
const PARTS: Readonly<Record<string, readonly Part[]>> = {
  'explaining-fails': ['record'], 'interview-score-questions': ['record'], 'remediation-plan': ['record'],
  'retaking-a-passed-exam': ['record'], 'personal-statement': ['record', 'assets'],
  'strengths-la-values': ['assets'], 'la-connection': ['assets'], 'language-skills': ['assets'], 'community-service': ['assets'],
  'visa-basics': ['visa'], 'j1-vs-h1b-in-practice': ['visa'], 'h1b-new-petition-fee': ['visa'], 'step3-and-h1b': ['visa'],
  'j1-paperwork': ['visa'], 'work-authorization': ['visa'],
};

const PLACE: Readonly<Record<Region, string>> = {
  la_county: 'LA County', orange_county: 'Orange County', san_diego: 'San Diego', inland_empire: 'the Inland Empire',
  rest_of_california: 'California', other_us: 'the US',
};

// (an attempt never said is never quoted as a first attempt)
const times = (n: number, unstated?: boolean) => (unstated ? '(attempt not said)' : n === 1 ? 'on the first attempt' : `on attempt ${n}`);

/** The exam record and the evidence of change in it (a later pass, a CK on the first try, Step 3). */
export function record(p: Profile): string | undefined {
  const parts: string[] = [];
  const s1 = p.step1;
  if (s1?.result === 'passed' || s1?.result === 'score') parts.push(`Step 1 passed ${times(s1.attempts, s1.attemptsUnstated)}`);
  else if (s1?.result === 'failed') parts.push(`Step 1 not passed yet (${s1.attempts} attempt${s1.attempts > 1 ? 's' : ''})`);
  const ck = p.step2ck;
  if (ck?.taken) parts.push(`Step 2 CK ${ck.score} ${times(ck.attempts, ck.attemptsUnstated)}`);
  if (p.step3?.status === 'passed') parts.push(`Step 3 passed${p.step3.score ? ` (${p.step3.score})` : ''}`);
  if (!parts.length) return undefined;
  const failedEarlier = (s1 && s1.attempts > 1) || s1?.result === 'failed';
  const proof = failedEarlier && ck?.taken && ck.attempts === 1 && !ck.attemptsUnstated ? ` Your Step 2 CK ${ck.score}, passed on the first try after the Step 1 fail, is the evidence of change to point to.`
    : ck?.taken && ck.attempts > 1 && p.step3?.status === 'passed' ? ' Your Step 3 pass is the later result to point to.' : '';
  return `your saved record is ${parts.join(', ')}.${proof}`;
}

/** The non-score strengths saved: languages, LA ties, US clinical experience, US letters. */
function assets(p: Profile): string | undefined {
  const out: string[] = [];
  const langs = (p.languages ?? []).filter((l) => !/^english$/i.test(l));
  if (langs.length) out.push(`you speak ${langs.join(' and ')}`);
  const ties = p.laTies ? [p.laTies.family && 'family', p.laTies.lived && 'having lived there', p.laTies.trained && 'training there'].filter(Boolean) : [];
  if (ties.length) out.push(`ties to LA (${ties.join(', ')})`);
  const u = p.usce;
  if (u && u.months > 0 && u.kind !== 'none') {
    const kind = u.kind === 'hands_on' ? 'hands-on ' : u.kind === 'mixed' ? 'hands-on and observership ' : u.kind === 'observership' ? 'observership ' : '';
    const where = u.where.filter((r) => r !== 'other_us').map((r) => PLACE[r]);
    out.push(`${u.months} months of ${kind}US clinical experience${where.length ? ` in ${where.join(' and ')}` : ''}`);
  }
  const l = p.usLors;
  if (l && l.count > 0) out.push(`${l.count} US letter${l.count > 1 ? 's' : ''}${l.inSpecialty ? ' in your specialty' : ''}${l.fromCalifornia ? ', from California' : ''}`);
  return out.length ? `the strengths you saved, to name with specifics in your personal statement, ERAS experiences and interviews: ${out.join('; ')}.` : undefined;
}

/** What the saved visa situation means for the question. */
export function visa(p: Profile): string | undefined {
  const fee = `a new H-1B petition has carried a ${usd(H1B_NEW_PETITION_FEE.usd)} fee since ${H1B_NEW_PETITION_FEE.since} (${H1B_NEW_PETITION_FEE.source.replace(/;.*$/, '')}), so fewer programs sponsor it`;
  switch (p.visa) {
    case 'us_citizen': return 'you saved that you are a US citizen: you need no visa sponsorship, so the J-1 and H-1B limits do not apply to you.';
    case 'green_card': return 'you saved that you hold a green card: you need no visa sponsorship, so the J-1 and H-1B limits do not apply to you.';
    case 'ead': return 'you saved that you have a work permit (EAD): you need no sponsorship while it lasts, so check that it covers the whole residency.';
    case 'needs_h1b': {
      const s3 = p.step3?.status === 'passed' ? 'your Step 3 is passed, as an H-1B requires' : 'an H-1B requires Step 3 passed, and yours is not passed yet: plan to pass it before rank lists are due';
      return `you saved that you need an H-1B: it carries no two-year home-country requirement, so no waiver is needed for it; ${s3}; ${fee}, so keep J-1 programs on your list too.`;
    }
    case 'needs_j1': return 'you saved that you need a J-1: ECFMG sponsors it, it needs no Step 3, and it carries the two-year home-country requirement after training.';
    case 'either': {
      // (one subject per clause: "an H-1B needs Step 3", never "for an H-1B an H-1B needs")
      const s3 = p.step3?.status === 'passed' ? 'for an H-1B, your Step 3 is passed, so H-1B programs can consider you' : 'an H-1B needs Step 3 passed, and yours is not passed yet';
      return `you saved that either visa would do: a J-1 (sponsored by ECFMG) needs no Step 3 and carries the two-year home-country requirement; ${s3}, but ${fee}, so keep J-1 programs on your list too.`;
    }
    default: return undefined;
  }
}

/** A Step 2 CK score the message states ("got 241 on CK", "CK 241", "my step 2 was 238"). */
const STATED_CK = /\b(?:step ?2(?: ?ck)?|ck)\b\D{0,16}?\b(1[89]\d|2\d\d)\b|\b(1[89]\d|2\d\d)\s*(?:on|in)\s*(?:step ?2 ?)?(?:ck|step ?2)\b/i;
/** A numeric Step 1 score the message states ("Step 1 - 198", "step 1 was 205"), and the rise that makes a trend. */
const STEP1_SCORE = /\bstep ?1\b\D{0,20}?\b(1[4-9]\d|2[0-7]\d)\b/i;
const TREND_POINTS = 10;
/** A Step 1 fail the message states, and a CK fail (which leaves the CK no evidence of change). */
const STEP1_FAIL = /\bstep ?1\b[^.?!]*\b(?:fail\w*|retake|re-?took|second attempt|2nd attempt|two attempts)\b|\b(?:fail\w*|retake|re-?took)\b[^.?!]{0,20}\bstep ?1\b/i;
const CK_FAIL = /\b(?:fail\w*|retook|retak\w*)\s+(?:the\s+|my\s+)?(?:ck|step ?2)\b|\b(?:ck|step ?2(?: ?ck)?)\s+(?:fail\w*|retake|twice)\b|\battempts (?:on|at) (?:ck|step ?2)\b/i;

/** For a question without a saved file: the later, stronger result the message itself states after a Step 1 fail
 *  ("failed Step 1, passed on retake, then got 241 on CK"), said back as the evidence to point to. */
export function statedRecordLine(question: string, articleIds: readonly string[]): string | undefined {
  if (!FIRST_PERSON.test(question)) return undefined;
  const m = STATED_CK.exec(question);
  const score = m?.[1] ?? m?.[2];
  // an old numeric Step 1 below a later CK ("Step 1 198 in 2019, CK 241"): the rise is the trend to point to
  const s1 = STEP1_SCORE.exec(question)?.[1];
  if (!articleIds.some((id) => PARTS[id]?.includes('record') || (s1 && id === 'what-low-means'))) return undefined;
  if (score && s1 && Number(score) - Number(s1) >= TREND_POINTS && !STEP1_FAIL.test(question)) {
    return `For you: your Step 2 CK ${score}, well above your numeric Step 1 ${s1}, is an upward trend: programs read the later, higher score as the current measure, so point to the improvement rather than hide the older number (it stays on your transcript).`;
  }
  if (!score || !STEP1_FAIL.test(question) || CK_FAIL.test(question)) return undefined;
  return `For you: the Step 2 CK ${score} you mention, after the Step 1 fail, is your evidence of change: name it in the same short note.`;
}

/** The words by which a question names each part of the file (what it is about, not only where the guide sits). */
const NAMES: Readonly<Record<Part, RegExp>> = {
  record: /\b(?:fail\w*|attempts?|retak\w*|repeat\w*|scores?|ck|step ?[123]|usmle|red flags?|low)\b/i,
  assets: /\b(?:strengths?|strong points?|highlight\w*|stand out|assets?|sell|language\w*|spanish|ties|connection|what do i (?:have|bring)|besides|apart from|other than)\b/i,
  // a J-1's own papers named without the word visa ("that Ministry of Health letter", "the DS-2019", "the waiver")
  visa: /\b(?:visas?|j-?1|h-?1-?b|green card|citizen\w*|sponsor\w*|ead|work permit|step ?3|statement of need|ministry(?: of health)?(?: letter)?|ds-? ?2019|waiver|two-year (?:home|rule)|home[- ]country (?:rule|requirement)|sevis)\b/i,
};
/** Words that ask about that part of the asker's own file whichever guide answers ("what should I highlight?",
 *  "do I have to worry about visa stuff?"). */
const ASKS_OWN: Readonly<Record<Part, RegExp>> = {
  record: /\bmy (?:fail\w*|attempts?|retakes?|scores?|ck|step ?[123]|usmle)\b/i,
  assets: /\b(?:my strengths?|strengths? of mine|my strong points?|highlight\w*|stand out|showcase|my assets|what do i (?:have|bring)|(?:sell|market) myself)\b/i,
  visa: /\b(?:visas?|j-?1|h-?1-?b|sponsor\w*)\b/i,
};
/** The asker speaks of themselves. */
const FIRST_PERSON = /\b(?:i|i'm|im|my|me|mine|myself)\b/i;

/** The line about the asker's own file for the guides an answer was drawn from, or undefined when the question
 *  is not about the asker, does not name that part of their file, or the file holds nothing it applies to. */
export function ownFileLine(profile: Profile, articleIds: readonly string[], question: string): string | undefined {
  if (!FIRST_PERSON.test(question)) return undefined;
  const fromGuides = [...new Set(articleIds.flatMap((id) => PARTS[id] ?? []))].filter((part) => NAMES[part].test(question));
  const parts = [...new Set([...fromGuides, ...(Object.keys(ASKS_OWN) as Part[]).filter((part) => ASKS_OWN[part].test(question))])];
  const said = parts.map((part) => (part === 'record' ? record(profile) : part === 'assets' ? assets(profile) : visa(profile))).filter((x): x is string => !!x);
  if (!said.length) return undefined;
  const text = said.join(' And ');
  return `For you: ${text[0]!.toLowerCase()}${text.slice(1)}`;
}
