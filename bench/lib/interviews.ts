// Whole interviews typed the way applicants type: every question answered in varied, messy words, one
// script per simulated user, drawn from a seeded generator so every run (and every system) gets the same.

/** The questions of the interview, in the order the flow asks them today. */
export const QUESTION_ORDER = [
  'specialty', 'visa', 'step1', 'step2ck', 'step3', 'graduationYear', 'usce', 'usLors',
  'languages', 'regions', 'laTies', 'research', 'stage', 'ecfmg', 'couples', 'cycle',
] as const;
export type QuestionId = (typeof QUESTION_ORDER)[number];

/** One user's answers, by question, plus an optional correction typed after the plan. */
export interface Interview { user: string; answers: Record<QuestionId, string>; correction?: string }

/** A small deterministic generator (mulberry32), so scripts are identical across runs and systems. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Pick = <T>(xs: readonly T[]) => T;

const SPECIALTIES = [['internal med', 'IM', 'internal medicine', 'Internal Medicine'], ['family medicine', 'FM', 'family med'],
  ['psychiatry', 'psych'], ['pediatrics', 'peds'], ['neurology', 'neuro']] as const;
const BACKUPS = ['family medicine', 'FM', 'internal medicine', 'IM', 'psych', 'peds'] as const;
const CITIES = ['LA', 'Los Angeles', 'Orange County', 'San Diego', 'Riverside', 'Houston', 'New York', 'Chicago'] as const;
const LANGUAGES = ['Spanish', 'Tagalog', 'Hindi', 'Urdu', 'Arabic', 'Armenian', 'Korean', 'Farsi', 'Russian', 'Mandarin'] as const;
const NUMBER_WORDS = ['one', 'two', 'three', 'four'] as const;

/** Generators of one answer per question; each mixes phrasing, values, case and filler. */
const ANSWERS: Record<QuestionId, (pick: Pick, r: () => number) => string> = {
  specialty: (pick, r) => {
    const main = pick(pick(SPECIALTIES));
    if (r() < 0.45) return main;
    const backup = pick(BACKUPS);
    return pick([`${main}, backup ${backup}`, `${main} with ${backup} as backup`, `i want ${main} but backup ${backup}`, `${main} (backup: ${backup})`]);
  },
  visa: (pick) => pick(['need a J-1', 'I need a J1 visa', 'j1', 'h1b', 'H-1B please', 'I will need an H1B', 'j1 or h1b', 'either is fine',
    'green card holder', "i'm a US citizen", 'not sure', 'idk', 'permanent resident']),
  step1: (pick) => pick(['failed once then passed', 'passed first attempt', 'pass', 'passed', 'yes passed', 'passed on 2nd attempt',
    'passed on the second try', 'passed after 2 attempts', 'Passed first time', 'P']),
  step2ck: (pick, r) => {
    const s = 205 + Math.floor(r() * 45);
    return pick([`${s}`, `I got ${s} on CK`, `got a ${s}`, `Step 2 CK ${s}`, `my score is ${s}!`, `${s} on second attempt`,
      `ck ${s} after failing once`, `${s} first attempt`, `not taken yet, predicting ${s}`, "haven't taken it"]);
  },
  step3: (pick, r) => {
    const s = 200 + Math.floor(r() * 40);
    return pick(['not taken', 'nope', `passed with ${s}`, `${s}`, 'scheduled for march', 'planning to take it next month', 'passed', 'not yet']);
  },
  graduationYear: (pick, r) => {
    const y = 2012 + Math.floor(r() * 14);
    return pick([`${y}`, `I graduated in ${y}`, `class of '${String(y).slice(2)}`, `batch of ${y}`, `graduated ${1 + Math.floor(r() * 8)} years ago`, 'last year']);
  },
  usce: (pick, r) => {
    const m = 1 + Math.floor(r() * 8);
    if (r() < 0.12) return pick(['none', 'nope', 'no usce yet']);
    const kind = pick(['hands-on', 'observership', 'externship', 'electives']);
    const first = `${m} month${m > 1 ? 's' : ''} ${kind} in ${pick(CITIES)}`;
    return r() < 0.3 ? `${first} and ${1 + Math.floor(r() * 3)} months observership in ${pick(CITIES)}` : first;
  },
  usLors: (pick, r) => {
    const n = Math.floor(r() * 5);
    const spec = pick(['IM', 'FM', 'psych', 'peds']);
    return pick([`${n}`, `${pick(NUMBER_WORDS)}`, `${n} US letters`, `${n} US letters, ${Math.min(n, 2)} in ${spec}, one from California`,
      `i have ${n} letters but none from california`, 'none']);
  },
  languages: (pick, r) => {
    const a = pick(LANGUAGES);
    const b = pick(LANGUAGES);
    return pick([`English and ${a}`, `English, ${a} and ${b}`, 'just english', `Fluent ${a} and English`, `${a.toLowerCase()} + english`, `english, ${a.toLowerCase()}`])
      + (r() < 0.1 ? '!' : '');
  },
  regions: (pick) => pick(['LA or OC', 'LA and Orange County', 'socal', 'anywhere in the US', 'los angeles', 'LA, IE, or San Diego',
    'I would go anywhere', 'San Diego', 'orange county or LA', 'Los Angeles and the Inland Empire']),
  laTies: (pick) => pick(['my family lives in Glendale', 'nope', 'none', 'I lived in Pasadena for 3 years', 'my brother lives in LA',
    'I did an externship at White Memorial', 'no ties', 'my parents live in Torrance']),
  research: (pick, r) => {
    const p = 1 + Math.floor(r() * 4);
    return pick([`${p} publications and ${p + 1} posters`, 'none', 'one case report', `${p} pubs`, `${p} posters`, 'no research']);
  },
  stage: (pick) => pick(['applying this cycle', "didn't match last year", 'just studying for now', 'I have 3 interviews',
    'submitting ERAS in september', 'reapplying', 'applying this year']),
  ecfmg: (pick) => pick(['certified', 'yes', 'only OET left', 'not yet, waiting on my diploma verification', 'not started']),
  couples: (pick) => pick(['no', 'nope', 'no, applying solo', 'yes, my husband is applying to FM']),
  cycle: (pick) => pick(['not yet', 'submitted in September, 2 interviews so far', 'submitted, no interviews yet', 'not submitted']),
};

const CORRECTIONS = (pick: Pick, r: () => number) => pick([
  `actually my step 2 is ${210 + Math.floor(r() * 30)}`, 'change visa to J-1', 'my ck was actually 229', 'change my specialty to FM',
]);

/** `count` interviews from `seed`; about one in four ends with a correction after the plan. */
export function makeInterviews(count: number, seed = 13): Interview[] {
  const r = seeded(seed);
  const pick: Pick = (xs) => xs[Math.floor(r() * xs.length)]!;
  const out: Interview[] = [];
  for (let i = 0; i < count; i++) {
    const answers = Object.fromEntries(QUESTION_ORDER.map((q) => [q, ANSWERS[q](pick, r)])) as Record<QuestionId, string>;
    out.push({ user: `bench:${seed}:${i}`, answers, ...(r() < 0.25 ? { correction: CORRECTIONS(pick, r) } : {}) });
  }
  return out;
}

/** The reply confirming the summary the advisor reads back before the plan. */
export const READ_BACK_OK = 'yes';

/** The fixed sequence of messages one interview sends: start, one answer per question, "yes" to the read-back, then the correction if any. */
export function messagesOf(interview: Interview): string[] {
  return ['start', ...QUESTION_ORDER.map((q) => interview.answers[q]), READ_BACK_OK, ...(interview.correction ? [interview.correction] : [])];
}

/** Side questions of the kind people type mid-interview, varied in wording. */
export const SIDE_QUESTIONS = [
  'how do I explain a step 1 fail?', 'is an observership enough?', 'do i need step 3 for h1b', 'what is the weather in paris',
  'how many programs should i apply to', 'does a low ck score kill my chances', 'what is signaling', 'do LA programs take old grads?',
  'how important are US letters', 'should I do research', 'how much does ERAS cost?', 'what if i dont match',
] as const;
