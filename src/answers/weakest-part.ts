// "What's the biggest hole in my application?" read from the stored file: the parts of the plan's standing that cost
// points, biggest first (a visa need that closes programs, a score below the matched range, an old graduation year,
// short USCE, few letters), an unfinished ECFMG certification, what is not a hole, and the first step. A part of the
// file that is not saved is asked for first, never counted as a hole.
import type { Plan } from '../domain/plan.js';
import type { Profile, ProfileField } from '../domain/profile.js';
import { specialtyLabel } from '../plan/specialty-info.js';
import { NEEDS_TEXT } from './plan-needs.js';

/** A question about the weakest part of one's own file ("biggest hole in my application", "where am I weakest",
 *  "what's holding my file back", "red flags in my application"); not one about presenting being an IMG. */
const FILE = String.raw`(?:application|app|file|profile|cv|candidacy|record|eras)`;
const HOLE = String.raw`(?:holes?|gaps?|weakness(?:es)?|problems?|issues?|red flags?|weak spots?|liabilit(?:y|ies)|concerns?)`;
const WEAKEST = new RegExp([
  String.raw`\bweak(?:est)? (?:points?|spots?|areas?|parts?|links?|sides?)\b`, String.raw`\bweakest\b`, String.raw`\bmy weaknesses\b`,
  // "the biggest hole in my application", "what's my main weakness": a hole of the file, not "my biggest problem is money"
  String.raw`\b(?:biggest|main|worst|largest|major|top) ${HOLE}\b[^?.!]{0,25}\b(?:in|of|with|on) my (?:\w+ )?${FILE}\b`,
  String.raw`\bwhat(?:'s| is| are| would be|s)? (?:the |my )?(?:biggest|main|worst|largest|major|top) ${HOLE}\b(?! (?:is|was)\b)`,
  String.raw`\b(?:holes?|weakness(?:es)?|red flags?|weak spots?) in my (?:\w+ )?${FILE}\b`, String.raw`\bred flags? (?:in|on|of) my\b`,
  String.raw`\b(?:holding|keeping|pulling|dragging) (?:me|my (?:\w+ )?${FILE}) (?:back|down)\b`,
  String.raw`\bhurts? my (?:${FILE}|chances) (?:the )?most\b`, String.raw`\bwhat(?:'s| is) wrong with my ${FILE}\b`,
  String.raw`\bpunto d[eé]bil\b`, String.raw`\bpuntos d[eé]biles\b`, String.raw`\bmayor debilidad\b`, String.raw`\bponto fraco\b`, String.raw`\bkamzori\b`,
].join('|'), 'i');
/** The asker's own file: first person, or the file named. */
const OWN_FILE = /\b(?:my|me|i|i'?m|am i|mine|mi|meu|minha|mera|meri)\b/i;
/** Being an IMG, or one's story, as a perceived weakness: a question of presentation, which the guides answer. */
const PRESENTING = /\b(?:being an img|as an img|img (?:status|identity)|present|frame|downplay|turn (?:it|this) into|spin|talk about|show (?:it|that)|explain\w*|address\w*|handle|word(?:ing)?|write about)\b/i;

/** Whether a question asks for the weakest part of the asker's own stored file. */
export function asksWeakestPart(question: string): boolean {
  return WEAKEST.test(question) && OWN_FILE.test(question) && !PRESENTING.test(question);
}

/** "140 applications, zero interviews, what is wrong?", "why am I not getting any invites?": the asker's own season
 *  came back empty and they ask why. The likely causes are the holes of their own file. */
const NO_INTERVIEWS = /\b(?:zero|no|0|not (?:a )?single|not one|barely any|hardly any)\s+(?:interviews?|invites?|invitations?|iis?|calls?)\b|\b(?:not|never|n'?t|nt) (?:getting|got|gotten|get|receiving|received|receive|had|have) (?:any |a single |one single |one |even one |even a single )?(?:interviews?|invites?|invitations?|iis?)\b|\b(?:nobody|no one|no program|no programs|none of them|not a single program)\s+(?:is |are |has |have )?(?:inviting|invited|interviewing|interviewed|calling|called|contacting|contacted|responding|responded|replying|replied|getting back)\b|\b(?:haven'?t|have not|didn'?t|did not)\s+(?:heard|hear)\s+(?:back|anything)\b/i;
const ASKS_WHY = /\bwhy\b|\bwhat(?:'s|s| is| was)? (?:wrong|the (?:problem|issue|reason))\b|\bwhat (?:am i|did i|have i been) (?:doing |do |done )?wrong\b|\bwhat went wrong\b|\bhow (?:is|can) (?:that|this) (?:be )?possible\b|\bwhat (?:is|am i) missing\b|\bwhat(?:'s|s| is) (?:going on|happening)\b|\bwhat gives\b|\b(?:something|anything|a mistake|some mistake) (?:is )?(?:wrong )?(?:with|in) (?:my|me)\b/i;
/** Whether the asker asks why their own season brought few or no interviews (someone else's season is theirs). */
export function asksWhyNoInterviews(question: string): boolean {
  return NO_INTERVIEWS.test(question) && ASKS_WHY.test(question) && !/\b(?:my|his|her|their) (?:friend|cousin|brother|sister|colleague|wife|husband|partner)\b/i.test(question);
}

/** "why didn't I match twice?", "went unmatched again, what should I change?", "a fourth time, or stop?": the asker's
 *  own past seasons ended without a position and they ask why or whether to go on. The causes are their file's holes. */
const NOT_MATCHED = /\b(?:didn'?t|did not|didnt|never|couldn'?t|could not|failed to|not) (?:i |we )?(?:get )?match(?:ed)?\b|\bwent unmatched\b|\bunmatched (?:twice|again|two|three|\d|in 20\d\d)\b|\b(?:third|fourth|3rd|4th|fifth) (?:time|attempt|try|cycle|round)\b/i;
const ASKS_CHANGE = /\bwhat (?:should|do|can|must) i (?:change|do differently|fix|improve)\b|\b(?:keep (?:doing|trying|applying)|try again|or (?:stop|give up|quit)|worth (?:it|trying|another)|stupid|give up)\b/i;
/** Whether the asker asks why their own earlier seasons went unmatched, what to change, or whether to go on. */
export function asksWhyNotMatched(question: string): boolean {
  return NOT_MATCHED.test(question) && (ASKS_WHY.test(question) || ASKS_CHANGE.test(question)) && OWN_FILE.test(question)
    && !/\b(?:my|his|her|their) (?:friend|cousin|brother|sister|colleague|batchmate|senior)\b/i.test(question);
}

/** The parts of the file the reading stands on, in the order they are asked for when missing. */
const READ_FROM: readonly ProfileField[] = ['specialty', 'step2ck', 'step1', 'visa', 'usce', 'usLors'];

/** How many holes and strengths are named. */
const HOLES_SHOWN = 3;
const STRENGTHS_SHOWN = 2;

/** The reply: the first missing part asked for, or the holes of the file, biggest first. */
export function weakestPart(plan: Plan, profile: Profile, noInterviews = false): { needs: ProfileField; text: string } | { text: string } {
  const missing = READ_FROM.find((f) => profile[f] === undefined);
  // a season already gone by is read from what is saved (the plan counts an unsaved part as not in the asker's favour)
  if (missing && NEEDS_TEXT[missing] && !noInterviews) return { needs: missing, text: NEEDS_TEXT[missing]! };
  const standing = plan.standing?.find((s) => s.role === 'primary') ?? plan.standing?.[0];
  const factors = standing?.factors ?? [];
  const holes = factors.filter((f) => f.effect < 0).sort((a, b) => a.effect - b.effect).map((f) => f.text);
  const e = profile.ecfmg;
  if (e && e.status !== 'certified') {
    holes.unshift(`ECFMG certification not finished${e.missing?.length ? ` (still missing: ${e.missing.join(', ').replace(/step2ck/g, 'Step 2 CK').replace(/step1/g, 'Step 1').replace(/oet/g, 'OET')})` : ''}: you need it before you can start residency, and programs check it before ranking`);
  }
  const strengths = factors.filter((f) => f.effect > 0).sort((a, b) => b.effect - a.effect).map((f) => f.text);
  const first = plan.firstSteps?.[0] ?? plan.nextSteps[0];
  const where = standing ? ` for ${specialtyLabel(standing.specialty).toLowerCase()}` : '';
  const lines: string[] = [];
  if (noInterviews) lines.push(`Few or no interviews from a full list usually points at the file rather than the programs: most screen on the same things. What in your saved file most likely held you back${where}:`);
  if (!holes.length) lines.push(`Your saved file has no part that counts against you${where} in our model; what is left is applying well: early, broadly and to programs that take your visa.`);
  else {
    lines.push(`The biggest hole in your file${where}: ${holes[0]}.`);
    for (const h of holes.slice(1, HOLES_SHOWN)) lines.push(`- then: ${h}`);
  }
  if (strengths.length) lines.push(`Not a hole: ${strengths.slice(0, STRENGTHS_SHOWN).join('; ')}.`);
  if (first) lines.push(`First step: ${first.title}: ${first.detail.split(/(?<=[.!?])\s+/)[0] ?? first.detail}`);
  return { text: lines.join('\n') };
}
