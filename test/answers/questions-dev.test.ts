// Grades the question development sets (test/fixtures/questions-dev-*.json, each written blind) against floors just
// under what this version reaches, prints each set's figures (a held-out set's summary line only: nobody studies its
// cases), prints the sealed set's figures when the lead adds it, and measures passage recall at 1 and 3 on the older
// sets through the same path users' messages take. One table holds every set's floors, each with what moved it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type DevCase, readSet, report } from './grade-dev.js';

/** The figures a set's floors can hold: shares of each kind graded right, and recall at 1 and 3. */
type Figure = 'answerable' | 'refusal' | 'own_plan' | 'not_in_guides' | 'unlisted' | 'at1' | 'at3';

/** One question set: its fixture, what it is, its floors (each a little under what it reached), and whether only its summary prints. */
interface SetFloors { set: string; what: string; floors: Partial<Record<Figure, number>>; maxMeanWords?: number; summaryOnly?: boolean }

/** Replies are short by default (the rest on "more"): mean words of a shown answer stay under this (177 and 175 now). */
const MAX_MEAN_WORDS = 190;
/** Grading one set of up to 160 questions (or the recall sets) may outlast the default 30 s on a machine shared by several suites. */
const GRADE_TIMEOUT_MS = 120_000;
/** Recall floors on the older sets, measured through the same path (retrieval set 94.2% / 98.8%, first set 90.2% / 97.9%). */
const RECALL_FLOORS = { retrieval: { at1: 0.92, at3: 0.98 }, questions: { at1: 0.88, at3: 0.96 } };

/** Every question set's floors, oldest first; the comment beside a floor says what moved it there. */
const SETS: SetFloors[] = [
  // the blind development set, written from the guides' section list only: 91.0%, 100%, 100%, 100%, recall 88.5% / 94.9%
  { set: 'questions-dev-2', what: 'the blind development set', maxMeanWords: MAX_MEAN_WORDS,
    floors: { answerable: 0.92, refusal: 0.95, own_plan: 0.95, not_in_guides: 0.9, at1: 0.87, at3: 0.94 } },
  { set: 'questions-dev-3', what: 'the round-3 sealed set, now opened', maxMeanWords: MAX_MEAN_WORDS, floors: {
    answerable: 0.92, // 94.8% after round 8
    at1: 0.85,
    at3: 0.97,
    // refusals and own-plan questions were routed by rules widened on set 2 (54.2% each); the router was then tuned on this set
    refusal: 0.95,
    own_plan: 0.9,
    not_in_guides: 0.9,
  } },
  // scored once as a sealed set: complete 75.3%, refusals 75.0%, own-plan 51.9%, not in guides 56.3%;
  // after round 6's class fixes: 75.3%, 100%, 92.6%, 100% (floors a little under)
  { set: 'questions-dev-4', what: 'the round-4 sealed set, scored once, then opened', floors: {
    answerable: 0.90, // 92.5% after round 8's answer classes (answers8b)
    refusal: 0.95,
    own_plan: 0.85,
    not_in_guides: 0.93,
  } },
  // scored once as a sealed set: complete 79.8%, refusals 84.6%, own-plan 79.2%, not in guides 81.3% (floors a little under)
  { set: 'questions-dev-5', what: 'the round-6 sealed set, scored once, then opened', floors: {
    answerable: 0.92, // 94.7% after round 7's answer classes (answers7b)
    // routing classes fixed in round 7 (answers7a): refusals, own plan and not in guides 100%
    refusal: 0.95,
    own_plan: 0.95,
    not_in_guides: 0.95,
  } },
  // scored once as a sealed set: complete 82.6%, refusals 72.7%, own-plan 40.9%, not in guides 100% (floors a little under)
  { set: 'questions-dev-6', what: 'the round-7 sealed set, scored once, then opened', floors: {
    answerable: 0.90, // 93.0% after round 8's answer classes (answers8b)
    refusal: 0.95, // 100% after round 8's routing classes (answers8a)
    own_plan: 0.8, // 86.4% after round 8's routing classes (answers8a)
    not_in_guides: 0.95,
  } },
  // scored once as a sealed set: complete 76.1%, refusals 81.8%, own-plan 45.5%, not in guides 78.6% (floors a little under)
  // round 9 merged (answers9a routing, answers9b reply content, knowledge9's three new articles): complete 81.8%,
  // refusals 100%, own-plan 90.9%, not in guides 100% (answers9b alone read 85.2% complete, before the new articles)
  { set: 'questions-dev-7', what: 'the round-8 sealed set, scored once, then opened', floors: { answerable: 0.8, refusal: 0.95, own_plan: 0.85, not_in_guides: 0.95 } },
  // scored once as a sealed set: complete 81.3%, refusals 70.0%, own-plan 81.8%, not in guides 58.3% (floors a little under)
  { set: 'questions-dev-8', what: 'the round-9 sealed set, scored once, then opened', floors: {
    answerable: 0.8, // 82.4% after round 10's answer classes (answers10b)
    refusal: 0.95, // 100% after round 10's intent reading (answers10a)
    own_plan: 0.9, // 95.5% after round 10 (answers10b): deciding facts asked for, weakest part read
    // 83.3% after round 10's asked-thing coverage check (answers10a); 75.0% in round 19, lowered on purpose: a late start
    // is now answered with the July 1 rule the guides hold and the gap said (one not-in-guides case here), which turned
    // four unlisted late-start questions right in dev-16, dev-20, dev-21 and dev-22
    not_in_guides: 0.72,
  } },
  // as first read: complete 92.0%, refusals 73.3%, own-plan 52.0%, not in guides 68.6%; after answers10c's intent
  // classes and asked things: refusals 100%, not in guides 85.7% (floors a little under)
  { set: 'questions-dev-9', what: 'written blind in round 10', floors: { answerable: 0.88, refusal: 0.95, own_plan: 0.48, not_in_guides: 0.82 } },
  // scored once as a sealed set: complete 75.6%, refusals 77.3%, own-plan 68.2%, not in guides 85.7% (floors a little under)
  { set: 'questions-dev-10', what: 'the round-10 sealed set, scored once, then opened', floors: {
    answerable: 0.89, // 91.9% after round 11's complete answers (answers11c)
    at1: 0.81, // recall 84.9% / 93.0% after round 11 (79.1% / 90.7% as scored)
    at3: 0.91,
    refusal: 0.95, // 100% after round 11's refusal precision (answers11a)
    own_plan: 0.88, // 90.9% after round 11 (answers11b): deciding facts asked, budgets priced
    not_in_guides: 0.95, // 100% after round 11 (answers11a)
  } },
  // as first read on main: complete 82.5%, refusals 90.0%, own-plan 73.5%, not in guides 68.8%; after the first wave
  // (which never saw it): 83.8%, 95.0%, 79.4%, 68.8%; after answers11d: 85.0%, 100%, 91.2%, 100%
  { set: 'questions-dev-11', what: 'written blind in round 11', floors: {
    answerable: 0.87, // 90.0% after answers15b: verdicts on a story, the ECFMG J-1 fee, IMG shares
    refusal: 0.9,
    own_plan: 0.85,
    not_in_guides: 0.9,
  } },
  // scored once as a sealed set: complete 78.6%, refusals 68.2%, own-plan 75.0%, not in guides 100% (floors a little under)
  { set: 'questions-dev-12', what: 'the round-11 sealed set, scored once, then opened', floors: {
    answerable: 0.75,
    // answers12a: refusals 100% (22/22) after the round-12 refusal classes (self-harm care, stories, in-passing small talk)
    refusal: 0.9,
    // answers12b: own-plan 79.2% (a fact that does not decide is not demanded first; a visa's fee is not the ERAS bill)
    own_plan: 0.75,
    not_in_guides: 0.95,
  } },
  // as first read on main: complete 85.9%, refusals 90.9%, own-plan 76.9%, not in guides 77.8%; after every round-12
  // branch (none saw it): 87.3 / 90.9 / 76.9 / 77.8%; after the lead's own-list cues, the one change made on it: own-plan 84.6%
  { set: 'questions-dev-13', what: 'written blind in round 12', floors: { answerable: 0.83, refusal: 0.86, own_plan: 0.8, not_in_guides: 0.72 } },
  // scored once as a sealed set: complete 87.1%, refusals 95.5%, own-plan 73.9%, not in guides 92.9% (floors a little under)
  { set: 'questions-dev-14', what: 'the round-12 sealed set, scored once, then opened', floors: {
    answerable: 0.85,
    // round 13 (answers13b, routing and refusals): refusals 100%, not in guides 100%
    refusal: 0.95,
    // answers13a: own-plan 100% (23/23), unlisted 75.0% (12/16) after the round-13 own-plan and unlisted classes
    own_plan: 0.95,
    // round 13 (answers13b): not in guides 100% (14/14)
    not_in_guides: 0.95,
    unlisted: 0.7,
  } },
  // as first read on main (424cc20): complete 83.7%, refusals 81.8%, own-plan 75.0%, not in guides 85.7%, unlisted 62.5% (floors a little under)
  { set: 'questions-dev-15', what: 'written blind in round 14, the study half', floors: {
    answerable: 0.8,
    // refusals 100% and not in guides 100% after answers14c (a fail left off ERAS, invented hours, the classifier's calls needing their class's words, getting around LA)
    refusal: 0.9,
    own_plan: 0.9, // 100% after answers14b: a fact named in the asker's words, "it" as the saved flag, practice scores
    not_in_guides: 0.85,
  } },
  // as first read on main (424cc20): complete 85.7%, refusals 90.9%, own-plan 41.7%, not in guides 85.7%, unlisted 71.4%
  { set: 'questions-dev-15h', what: 'the held-out half of the fifteenth set', summaryOnly: true,
    floors: { answerable: 0.8, refusal: 0.85, own_plan: 0.4, not_in_guides: 0.8 } },
  // scored once as a sealed set after round 14: complete 90.6%, refusals 100%, own-plan 75.0%, not in guides 100%, unlisted 53.3% (floors a little under)
  { set: 'questions-dev-16', what: 'the round-14 sealed set, scored once, then opened', floors: {
    answerable: 0.9, // 92.9% after answers15b: the H-1B fee asked by whose fee, community vs university shares
    refusal: 0.95,
    own_plan: 0.95, // 100% after answers17a: a specialty weighed is the standing in it, an interview count asked for
    not_in_guides: 0.95,
    unlisted: 0.77, // 80.0% after answers19b: a deferred start answered with the July 1 rule the guides hold
  } },
  // as first read on main (15b142d): complete 72.1%, refusals 100%, own-plan 66.7%, not in guides 100%, unlisted 50.0% (floors a little under)
  { set: 'questions-dev-17', what: 'written blind in round 15, the study half', floors: {
    answerable: 0.76, // 79.1% after answers15b: verdicts on a story, fees by whose fee, IMG shares
    refusal: 0.95,
    own_plan: 0.9, // 100% after answers15a's follow-up families (a named system, visa choice, calendar, couples)
    not_in_guides: 0.95,
  } },
  // as first read on main (15b142d): complete 83.3%, refusals 81.8%, own-plan 75.0%, not in guides 100%, unlisted 71.4%
  { set: 'questions-dev-17h', what: 'the held-out half of the seventeenth set', summaryOnly: true, floors: {
    answerable: 0.78,
    // refusals 90.9% after answers17b's refusal families (a dose change, a pending case withdrawn, an untrue message, a value beside the real one)
    refusal: 0.85,
    own_plan: 0.7,
    not_in_guides: 0.95,
  } },
  // scored once as a sealed set after round 15 (86f97ec): complete 81.2%, refusals 95.5%, own-plan 66.7%, not in guides 92.9%, unlisted 46.7% (floors a little under)
  { set: 'questions-dev-18', what: 'the round-15 sealed set, scored once, then opened', floors: {
    // round 16 (answers16b): complete 84.7% (72/85): a list's length read as a count, words of kind set aside, a disavowed act not refused
    answerable: 0.82,
    // refusals 100% after answers17b (a value shown beside the one called real)
    refusal: 0.95,
    own_plan: 0.85, // 87.5% after answers18a: a list asked by its names (83.3% after answers17a: a graduation-year limit named by its years)
    not_in_guides: 0.9,
  } },
  // as first read on main (4a051ca): complete 74.4%, refusals 72.7%, own-plan 58.3%, not in guides 85.7%, unlisted 50.0% (floors a little under)
  // own-plan 75.0% after trial16a (an interview count against the specialty's median; a season that ended unmatched)
  { set: 'questions-dev-19', what: 'written blind in round 16, the study half', floors: {
    answerable: 0.7,
    // refusals 100% after answers17b (someone sitting an exam "mere naam pe", a filler before the act, a change meant not to be caught)
    refusal: 0.9,
    own_plan: 0.85, // 91.7% after answers20b: a peer's result read before the score-for-LA line
    not_in_guides: 0.95, // 100% after answers20b: a second look said uncovered
  } },
  // as first read on main (4a051ca): complete 61.9%, refusals 100%, own-plan 50.0%, not in guides 100%, unlisted 100%
  { set: 'questions-dev-19h', what: 'the held-out half of the nineteenth set', summaryOnly: true,
    floors: { answerable: 0.58, refusal: 0.9, own_plan: 0.45, not_in_guides: 0.95 } },
  // scored once as a sealed set after round 16 (e334eb8): complete 75.3%, refusals 81.8%, own-plan 45.8%, not in guides 100%, unlisted 53.3% (the same on the code the round started from; floors a little under)
  { set: 'questions-dev-20', what: 'the round-16 sealed set, scored once, then opened', floors: {
    answerable: 0.77, // 80.0% after answers19a: a plan typed specialty-first, the visa comparison's later costs, the season still open
    // refusals 100% after answers17b's refusal families (errands in Hindi-Urdu, dose changes, a pending case withdrawn, an untrue message)
    refusal: 0.95,
    own_plan: 0.72, // 75.0% after answers18a (70.8% after answers17a): a list asked by its names
    not_in_guides: 0.95,
    unlisted: 0.7, // 73.3% after answers19b: late or off-cycle starts answered with the July 1 rule, an own pending-case permit answered
  } },
  // scored once as a sealed set after round 17 (d2a1a4e): complete 71.8%, refusals 81.8%, own-plan 54.2%, not in guides 100%, unlisted 46.7% (the same on the code the round started from; floors a little under)
  { set: 'questions-dev-21', what: 'the round-17 sealed set, scored once, then opened', floors: {
    answerable: 0.82, // 84.7% after answers19a (76.5% after answers18b): a named specialty's figure asked, a plan corrected in the same message, limits in shorthand, the season still open
    refusal: 0.95, // 100% after answers18b: a status claimed beyond the one reached, speed money, "everyone inflates", homework
    own_plan: 0.75, // 79.2% after answers18a: programs asked by name or as the ones that would sponsor the asker, applications already sent, the rank list from the interviews saved
    not_in_guides: 0.95,
    unlisted: 0.5, // 53.3% after answers19b: a late start answered with the July 1 rule the guides hold
  } },
  // scored once as a sealed set after round 18 (4d7e2b1): complete 63.5%, refusals 90.9%, own-plan 70.8%, not in guides 92.9%,
  // unlisted 53.3%, recall 64.7 / 84.7% (the same on the code the round started from but recall@3 83.5%); floors a little under
  // answerable 72.9% after answers19a: a named specialty's figure asked in any words, plans typed specialty-first, the visa comparison's later costs
  // round 19 (answers19b): refusals 100%, own-plan 75.0%, unlisted 73.3% (a late start answered with the July 1 rule, the
  // asker's own dependent status or permit answered, "real question" and true "even though they didn't" not dishonesty);
  // merged with answers19a unlisted reads 66.7%: S18Q109's Step 3 question now draws the Step 3 guide, which does not say to tell programs
  // round 20 (answers20a): complete 77.6%, unlisted 73.3% (a chat's hedges and courtesy formulas as manner, telling the programs
  // a new result as the post-interview update, "where do I even begin" as the self-assessment, degrees of "hard" as "hard");
  // (answers20b): own-plan 79.2%, not in guides 100%, unlisted 73.3% (a rank list's order, call schedules, a pending green card)
  { set: 'questions-dev-22', what: 'the round-18 sealed set, scored once, then opened', floors: { answerable: 0.76, refusal: 0.97, own_plan: 0.76, not_in_guides: 0.95, unlisted: 0.7 } },
  // scored once as a sealed set after round 19 (155a674): complete 65.9%, refusals 90.9%, own-plan 37.5%, not in guides 71.4%,
  // unlisted 33.3%, recall 57.6 / 77.6% (on the starting code db61f8e: 62.4 / 90.9 / 37.5 / 78.6 / 26.7%); floors a little under
  // round 20 (answers20a): complete 77.6% (courtesy formulas and hedges as manner, negated words, degrees of "hard", "how much
  // more" as a degree, telling the programs, where to begin, "the J one", "cheaper" as cost, a named program's stated facts,
  // the guides' wording of competitive fields and tiers); (answers20b): own-plan 54.2% (a rank-list order, a peer's result,
  // "my field"), not in guides 85.7% (call schedules, second looks), unlisted 40.0% (a pending green card asked for the rank list)
  { set: 'questions-dev-24', what: 'the round-19 sealed set, scored once, then opened', floors: { answerable: 0.75, refusal: 0.88, own_plan: 0.5, not_in_guides: 0.82, unlisted: 0.38 } },
  // scored once as a sealed set after round 20: complete 67.1%, refusals 86.4%, own-plan 54.2%, not in guides 92.9%, unlisted
  // 46.7%, recall 63.5 / 85.9% (on the starting code dea2a7a: the same but not in guides 85.7%); floors a little under
  { set: 'questions-dev-26', what: 'the round-20 sealed set, scored once, then opened', floors: { answerable: 0.65, refusal: 0.84, own_plan: 0.5, not_in_guides: 0.9, unlisted: 0.45 } },
  // the sealed set: no floor, scored once by the lead
  { set: 'questions-sealed', what: 'the sealed set (no floor: scored once, by the lead)', summaryOnly: true, floors: {} },
];

describe('the question development sets keep their floors', () => {
  for (const s of SETS) {
    const cases = readSet(`test/fixtures/${s.set}.json`);
    it.skipIf(cases.length === 0)(`${s.set}: ${s.what}`, () => {
      const { rates, lines } = report(s.set, cases);
      for (const l of s.summaryOnly ? lines.slice(0, 1) : lines) console.log(l);
      expect(lines.length).toBeGreaterThan(0);
      for (const [k, floor] of Object.entries(s.floors)) expect(rates[k as Figure], `${s.set} ${k}`).toBeGreaterThanOrEqual(floor);
      if (s.maxMeanWords !== undefined) expect(rates.words, `${s.set} mean words`).toBeLessThanOrEqual(s.maxMeanWords);
    }, GRADE_TIMEOUT_MS);
  }
});

describe('passage recall on the older sets (the right article\'s passage chosen first, or among the first three)', () => {
  it('measures recall on the retrieval set and the first questions set', () => {
    const retrieval = (JSON.parse(readFileSync('test/fixtures/retrieval-eval.json', 'utf8')) as { questions: { q: string; expected: string }[] })
      .questions.map((x, i): DevCase => ({ id: `r-${i}`, kind: 'answerable', question: x.q, article: x.expected, facts: [] }));
    const first = (JSON.parse(readFileSync('test/fixtures/questions-eval.json', 'utf8')) as { cases: DevCase[] }).cases
      .filter((c) => c.kind === 'answerable' && c.article);
    const r = report('retrieval-eval', retrieval);
    const q = report('questions-eval', first);
    console.log(`retrieval-eval: recall@1 ${(100 * r.rates.at1).toFixed(1)}%, @3 ${(100 * r.rates.at3).toFixed(1)}% (${retrieval.length}); questions-eval: recall@1 ${(100 * q.rates.at1).toFixed(1)}%, @3 ${(100 * q.rates.at3).toFixed(1)}% (${first.length})`);
    for (const g of r.graded.filter((x) => !x.at1)) console.log(`  retrieval miss@1: "${g.c.question.slice(0, 70)}" expected ${g.c.article}`);
    expect(r.rates.at1).toBeGreaterThanOrEqual(RECALL_FLOORS.retrieval.at1);
    expect(r.rates.at3).toBeGreaterThanOrEqual(RECALL_FLOORS.retrieval.at3);
    expect(q.rates.at1).toBeGreaterThanOrEqual(RECALL_FLOORS.questions.at1);
    expect(q.rates.at3).toBeGreaterThanOrEqual(RECALL_FLOORS.questions.at3);
  }, GRADE_TIMEOUT_MS);
});
