// The peers' understanding: one hand-written regular-expression parser per question, as a small bot would
// have. Enough for the bench's phrasings; none of the advisor's ranges, typo tolerance or corrections.
import type { QuestionId } from '../lib/interviews.js';

const num = (t: string) => { const m = /\b(\d{1,3})\b/.exec(t); return m ? Number(m[1]) : undefined; };
const WORDS: Record<string, number> = { none: 0, zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5 };
const SPECIALTY: [RegExp, string][] = [
  [/\b(internal med(icine)?|im)\b/i, 'internal_medicine'], [/\b(family med(icine)?|fm)\b/i, 'family_medicine'],
  [/\bpsych(iatry)?\b/i, 'psychiatry'], [/\bpeds|pediatrics\b/i, 'pediatrics'], [/\bneuro(logy)?\b/i, 'neurology'],
];
const REGIONS: [RegExp, string][] = [
  [/\b(la|los angeles)\b/i, 'la_county'], [/\b(oc|orange county)\b/i, 'orange_county'], [/\bsan diego\b/i, 'san_diego'],
  [/\b(ie|inland empire|riverside)\b/i, 'inland_empire'], [/\bsocal\b/i, 'socal'], [/\banywhere\b/i, 'anywhere'],
];
const LANGS = /\b(english|spanish|tagalog|hindi|urdu|arabic|armenian|korean|farsi|russian|mandarin)\b/gi;

/** Parsed value of an answer, or undefined when the regex does not recognise it (the bot then re-asks). */
export const PARSERS: Record<QuestionId, (text: string) => unknown> = {
  specialty: (t) => {
    const [main, backup] = t.split(/backup|as backup/i);
    const primary = SPECIALTY.find(([re]) => re.test(main ?? ''))?.[1];
    const second = backup === undefined ? undefined : SPECIALTY.find(([re]) => re.test(backup))?.[1];
    return primary ? { primary, ...(second ? { backup: second } : {}) } : undefined;
  },
  visa: (t) => (/j-?1.*h-?1b|either/i.test(t) ? 'either' : /j-?1/i.test(t) ? 'needs_j1' : /h-?1b/i.test(t) ? 'needs_h1b'
    : /green card|permanent/i.test(t) ? 'green_card' : /citizen/i.test(t) ? 'us_citizen' : /not sure|idk/i.test(t) ? 'unsure' : undefined),
  step1: (t) => (/fail|2nd|second|2 attempts/i.test(t) ? { result: 'passed', attempts: 2 } : /\bp(ass(ed)?)?\b/i.test(t) ? { result: 'passed', attempts: 1 } : undefined),
  step2ck: (t) => {
    if (/not taken|haven'?t/i.test(t)) return { taken: false, predicted: num(t) };
    const score = num(t.replace(/step 2/i, ''));
    return score && score > 100 && score <= 300 ? { taken: true, score, attempts: /second|fail/i.test(t) ? 2 : 1 } : undefined;
  },
  step3: (t) => (/not|nope/i.test(t) ? { status: 'not_taken' } : /plan|schedul/i.test(t) ? { status: 'planned' }
    : /pass|\d{3}/i.test(t) ? { status: 'passed', score: num(t) } : undefined),
  graduationYear: (t) => {
    const y = /\b(19|20)\d\d\b/.exec(t) ?? /'(\d\d)\b/.exec(t);
    if (y) return y[0].startsWith("'") ? 2000 + Number(y[1]) : Number(y[0]);
    const ago = /(\d+) years? ago/i.exec(t);
    return ago ? 2026 - Number(ago[1]) : /last year/i.test(t) ? 2025 : undefined;
  },
  usce: (t) => {
    if (/\b(none|nope|no usce)\b/i.test(t)) return { months: 0, kind: 'none' };
    const months = [...t.matchAll(/(\d+) months?/gi)].reduce((s, m) => s + Number(m[1]), 0);
    return months ? { months, kind: /observ/i.test(t) ? 'observership' : 'hands_on' } : undefined;
  },
  usLors: (t) => { const n = num(t) ?? WORDS[t.trim().toLowerCase()]; return n === undefined ? undefined : { count: n, fromCalifornia: /from california/i.test(t) && !/none from/i.test(t) }; },
  languages: (t) => { const found = t.match(LANGS); return found ? found.map((l) => l.toLowerCase()) : undefined; },
  regions: (t) => { const found = REGIONS.filter(([re]) => re.test(t)).map(([, r]) => r); return found.length ? found : undefined; },
  laTies: (t) => ({ family: /family|brother|parents/i.test(t), lived: /lived/i.test(t), trained: /extern|rotation/i.test(t) }),
  research: (t) => (/none|no research/i.test(t) ? { publications: 0, posters: 0 }
    : /pub|case report|poster/i.test(t) ? { publications: /pub|case report/i.test(t) ? (num(t) ?? 1) : 0, posters: /poster/i.test(t) ? 1 : 0 } : undefined),
  stage: (t) => (/didn'?t match|reapply/i.test(t) ? 'reapplying' : /interview/i.test(t) ? 'interviewing' : /applying|eras/i.test(t) ? 'applying'
    : /studying/i.test(t) ? 'preparing' : undefined),
  ecfmg: (t) => (/not started/i.test(t) ? { status: 'not_started' } : /not yet|left|waiting|missing/i.test(t) ? { status: 'in_progress' }
    : /certified|^yes/i.test(t) ? { status: 'certified' } : undefined),
  couples: (t) => (/^(no|nope)\b/i.test(t) ? { matching: false } : /^yes\b|husband|wife|partner/i.test(t) ? { matching: true } : undefined),
  cycle: (t) => (/not (yet|submitted)/i.test(t) ? { submitted: false } : /submitted/i.test(t) ? { submitted: true, interviews: num(t) ?? 0 } : undefined),
};

/** Question texts the peers send (the advisor's own wording lives in knowledge/flow.json). */
export const PROMPTS: Record<QuestionId, string> = {
  specialty: 'Which specialty are you aiming for?', visa: 'What is your visa situation?', step1: 'How did Step 1 go?',
  step2ck: 'What is your Step 2 CK score?', step3: 'Have you taken Step 3?', graduationYear: 'What year did you graduate?',
  usce: 'How much US clinical experience do you have?', usLors: 'How many US letters do you have?', languages: 'Which languages do you speak?',
  regions: 'Where do you want to train?', laTies: 'Any ties to LA?', research: 'Any research?', stage: 'Where are you in the process?',
  ecfmg: 'Are you ECFMG certified?', couples: 'Are you matching as a couple?', cycle: 'Have you submitted ERAS yet?',
};
