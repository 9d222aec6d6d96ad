// Grades the blind development set (test/fixtures/questions-dev-2.json, written from the guides' section list
// only) with floors at what this version reaches, prints the sealed set's figures when the lead adds it, and
// measures passage recall at 1 and 3 on the older sets through the same path users' messages take.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type DevCase, readSet, report } from './grade-dev.js';

/** Floors just under what this version reaches on the development set (91.0%, 100%, 100%, 100%, recall 88.5% / 94.9%). */
const FLOORS = { answerable: 0.92, refusal: 0.95, own_plan: 0.95, not_in_guides: 0.9, at1: 0.87, at3: 0.94 };
/** Replies are short by default (the rest on "more"): mean words of a shown answer stay under this (177 and 175 now). */
const MAX_MEAN_WORDS = 190;
/** Recall floors on the older sets, measured through the same path (retrieval set 94.2% / 98.8%, first set 90.2% / 97.9%). */
const RECALL_FLOORS = { retrieval: { at1: 0.92, at3: 0.98 }, questions: { at1: 0.88, at3: 0.96 } };

const dev = readSet('test/fixtures/questions-dev-2.json');
const dev3 = readSet('test/fixtures/questions-dev-3.json');
const dev4 = readSet('test/fixtures/questions-dev-4.json');
const dev5 = readSet('test/fixtures/questions-dev-5.json');
const dev6 = readSet('test/fixtures/questions-dev-6.json');
const dev7 = readSet('test/fixtures/questions-dev-7.json');
const dev8 = readSet('test/fixtures/questions-dev-8.json');
const dev9 = readSet('test/fixtures/questions-dev-9.json');
const dev10 = readSet('test/fixtures/questions-dev-10.json');
const dev11 = readSet('test/fixtures/questions-dev-11.json');
const dev12 = readSet('test/fixtures/questions-dev-12.json');
const dev13 = readSet('test/fixtures/questions-dev-13.json');
const dev14 = readSet('test/fixtures/questions-dev-14.json');
const dev15 = readSet('test/fixtures/questions-dev-15.json');
const dev15h = readSet('test/fixtures/questions-dev-15h.json');
const dev16 = readSet('test/fixtures/questions-dev-16.json');
const dev17 = readSet('test/fixtures/questions-dev-17.json');
const dev17h = readSet('test/fixtures/questions-dev-17h.json');
const dev18 = readSet('test/fixtures/questions-dev-18.json');
const dev19 = readSet('test/fixtures/questions-dev-19.json');
const dev19h = readSet('test/fixtures/questions-dev-19h.json');
const dev20 = readSet('test/fixtures/questions-dev-20.json');
const dev21 = readSet('test/fixtures/questions-dev-21.json');
const sealed = readSet('test/fixtures/questions-sealed.json');

describe('the blind development set', () => {
  it.skipIf(dev.length === 0)('reaches its floors on every kind of question', () => {
    const { rates, lines } = report('questions-dev-2', dev);
    for (const l of lines) console.log(l);
    for (const [k, floor] of Object.entries(FLOORS)) expect(rates[k as keyof typeof rates], k).toBeGreaterThanOrEqual(floor);
    expect(rates.words).toBeLessThanOrEqual(MAX_MEAN_WORDS);
  });

  it.skipIf(dev3.length === 0)('prints the third development set (the round-3 sealed set, now opened) and keeps its floors', () => {
    const { rates, lines } = report('questions-dev-3', dev3);
    for (const l of lines) console.log(l);
    expect(rates.answerable).toBeGreaterThanOrEqual(0.92); // 94.8% after round 8
    expect(rates.at1).toBeGreaterThanOrEqual(0.85);
    expect(rates.at3).toBeGreaterThanOrEqual(0.97);
    // refusals and own-plan questions were routed by rules widened on set 2 (54.2% each); the router was then tuned on this set
    expect(rates.refusal).toBeGreaterThanOrEqual(0.95);
    expect(rates.own_plan).toBeGreaterThanOrEqual(0.9);
    expect(rates.not_in_guides).toBeGreaterThanOrEqual(0.9);
    expect(rates.words).toBeLessThanOrEqual(MAX_MEAN_WORDS);
  });

  it.skipIf(dev4.length === 0)('prints the fourth development set (the round-4 sealed set, scored once, then opened)', () => {
    const { rates, lines } = report('questions-dev-4', dev4);
    for (const l of lines) console.log(l);
    // scored once as a sealed set: complete 75.3%, refusals 75.0%, own-plan 51.9%, not in guides 56.3%;
    // after round 6's class fixes: 75.3%, 100%, 92.6%, 100% (floors a little under)
    expect(rates.answerable).toBeGreaterThanOrEqual(0.90); // 92.5% after round 8's answer classes (answers8b)
    expect(rates.refusal).toBeGreaterThanOrEqual(0.95);
    expect(rates.own_plan).toBeGreaterThanOrEqual(0.85);
    expect(rates.not_in_guides).toBeGreaterThanOrEqual(0.93);
  });

  it.skipIf(dev5.length === 0)('prints the fifth development set (the round-6 sealed set, scored once, then opened)', () => {
    const { rates, lines } = report('questions-dev-5', dev5);
    for (const l of lines) console.log(l);
    // scored once as a sealed set: complete 79.8%, refusals 84.6%, own-plan 79.2%, not in guides 81.3% (floors a little under)
    expect(rates.answerable).toBeGreaterThanOrEqual(0.92); // 94.7% after round 7's answer classes (answers7b)
    // routing classes fixed in round 7 (answers7a): refusals, own plan and not in guides 100%
    expect(rates.refusal).toBeGreaterThanOrEqual(0.95);
    expect(rates.own_plan).toBeGreaterThanOrEqual(0.95);
    expect(rates.not_in_guides).toBeGreaterThanOrEqual(0.95);
  });

  it.skipIf(dev6.length === 0)('prints the sixth development set (the round-7 sealed set, scored once, then opened)', () => {
    const { rates, lines } = report('questions-dev-6', dev6);
    for (const l of lines) console.log(l);
    // scored once as a sealed set: complete 82.6%, refusals 72.7%, own-plan 40.9%, not in guides 100% (floors a little under)
    expect(rates.answerable).toBeGreaterThanOrEqual(0.90); // 93.0% after round 8's answer classes (answers8b)
    expect(rates.refusal).toBeGreaterThanOrEqual(0.95); // 100% after round 8's routing classes (answers8a)
    expect(rates.own_plan).toBeGreaterThanOrEqual(0.8); // 86.4% after round 8's routing classes (answers8a)
    expect(rates.not_in_guides).toBeGreaterThanOrEqual(0.95);
  });

  it.skipIf(dev7.length === 0)('prints the seventh development set (the round-8 sealed set, scored once, then opened)', () => {
    const { rates, lines } = report('questions-dev-7', dev7);
    for (const l of lines) console.log(l);
    // scored once as a sealed set: complete 76.1%, refusals 81.8%, own-plan 45.5%, not in guides 78.6% (floors a little under)
    // round 9 merged (answers9a routing, answers9b reply content, knowledge9's three new articles): complete 81.8%,
    // refusals 100%, own-plan 90.9%, not in guides 100% (answers9b alone read 85.2% complete, before the new articles)
    expect(rates.answerable).toBeGreaterThanOrEqual(0.8);
    expect(rates.refusal).toBeGreaterThanOrEqual(0.95);
    expect(rates.own_plan).toBeGreaterThanOrEqual(0.85);
    expect(rates.not_in_guides).toBeGreaterThanOrEqual(0.95);
  });

  it.skipIf(dev8.length === 0)('prints the eighth development set (the round-9 sealed set, scored once, then opened)', () => {
    const { rates, lines } = report('questions-dev-8', dev8);
    for (const l of lines) console.log(l);
    // scored once as a sealed set: complete 81.3%, refusals 70.0%, own-plan 81.8%, not in guides 58.3% (floors a little under)
    expect(rates.answerable).toBeGreaterThanOrEqual(0.8); // 82.4% after round 10's answer classes (answers10b)
    expect(rates.refusal).toBeGreaterThanOrEqual(0.95); // 100% after round 10's intent reading (answers10a)
    expect(rates.own_plan).toBeGreaterThanOrEqual(0.9); // 95.5% after round 10 (answers10b): deciding facts asked for, weakest part read
    expect(rates.not_in_guides).toBeGreaterThanOrEqual(0.8); // 83.3% after round 10's asked-thing coverage check (answers10a)
  });

  it.skipIf(dev9.length === 0)('prints the ninth development set (written blind in round 10) and keeps its floors', () => {
    const { rates, lines } = report('questions-dev-9', dev9);
    for (const l of lines) console.log(l);
    // as first read: complete 92.0%, refusals 73.3%, own-plan 52.0%, not in guides 68.6%; after answers10c's intent
    // classes and asked things: refusals 100%, not in guides 85.7% (floors a little under)
    expect(rates.answerable).toBeGreaterThanOrEqual(0.88);
    expect(rates.refusal).toBeGreaterThanOrEqual(0.95);
    expect(rates.own_plan).toBeGreaterThanOrEqual(0.48);
    expect(rates.not_in_guides).toBeGreaterThanOrEqual(0.82);
  });

  it.skipIf(dev10.length === 0)('prints the tenth development set (the round-10 sealed set, scored once, then opened)', () => {
    const { rates, lines } = report('questions-dev-10', dev10);
    for (const l of lines) console.log(l);
    // scored once as a sealed set: complete 75.6%, refusals 77.3%, own-plan 68.2%, not in guides 85.7% (floors a little under)
    expect(rates.answerable).toBeGreaterThanOrEqual(0.89); // 91.9% after round 11's complete answers (answers11c)
    expect(rates.at1).toBeGreaterThanOrEqual(0.81); // recall 84.9% / 93.0% after round 11 (79.1% / 90.7% as scored)
    expect(rates.at3).toBeGreaterThanOrEqual(0.91);
    expect(rates.refusal).toBeGreaterThanOrEqual(0.95); // 100% after round 11's refusal precision (answers11a)
    expect(rates.own_plan).toBeGreaterThanOrEqual(0.88); // 90.9% after round 11 (answers11b): deciding facts asked, budgets priced
    expect(rates.not_in_guides).toBeGreaterThanOrEqual(0.95); // 100% after round 11 (answers11a)
  });

  it.skipIf(dev11.length === 0)('prints the eleventh development set (written blind in round 11) and keeps its floors', () => {
    const { rates, lines } = report('questions-dev-11', dev11);
    for (const l of lines) console.log(l);
    // as first read on main: complete 82.5%, refusals 90.0%, own-plan 73.5%, not in guides 68.8%; after the first wave
    // (which never saw it): 83.8%, 95.0%, 79.4%, 68.8%; after answers11d: 85.0%, 100%, 91.2%, 100%
    expect(rates.answerable).toBeGreaterThanOrEqual(0.87); // 90.0% after answers15b: verdicts on a story, the ECFMG J-1 fee, IMG shares
    expect(rates.refusal).toBeGreaterThanOrEqual(0.9);
    expect(rates.own_plan).toBeGreaterThanOrEqual(0.85);
    expect(rates.not_in_guides).toBeGreaterThanOrEqual(0.9);
  });

  it.skipIf(dev12.length === 0)('prints the twelfth development set (the round-11 sealed set, scored once, then opened)', () => {
    const { rates, lines } = report('questions-dev-12', dev12);
    for (const l of lines) console.log(l);
    // scored once as a sealed set: complete 78.6%, refusals 68.2%, own-plan 75.0%, not in guides 100% (floors a little under)
    expect(rates.answerable).toBeGreaterThanOrEqual(0.75);
    // answers12a: refusals 100% (22/22) after the round-12 refusal classes (self-harm care, stories, in-passing small talk)
    expect(rates.refusal).toBeGreaterThanOrEqual(0.9);
    // answers12b: own-plan 79.2% (a fact that does not decide is not demanded first; a visa's fee is not the ERAS bill)
    expect(rates.own_plan).toBeGreaterThanOrEqual(0.75);
    expect(rates.not_in_guides).toBeGreaterThanOrEqual(0.95);
  });

  it.skipIf(dev13.length === 0)('prints the thirteenth development set (written blind in round 12) and keeps its floors', () => {
    const { rates, lines } = report('questions-dev-13', dev13);
    for (const l of lines) console.log(l);
    // as first read on main: complete 85.9%, refusals 90.9%, own-plan 76.9%, not in guides 77.8%; after every round-12
    // branch (none saw it): 87.3 / 90.9 / 76.9 / 77.8%; after the lead's own-list cues, the one change made on it: own-plan 84.6%
    expect(rates.answerable).toBeGreaterThanOrEqual(0.83);
    expect(rates.refusal).toBeGreaterThanOrEqual(0.86);
    expect(rates.own_plan).toBeGreaterThanOrEqual(0.8);
    expect(rates.not_in_guides).toBeGreaterThanOrEqual(0.72);
  });

  it.skipIf(dev14.length === 0)('prints the fourteenth development set (the round-12 sealed set, scored once, then opened)', () => {
    const { rates, lines } = report('questions-dev-14', dev14);
    for (const l of lines) console.log(l);
    // scored once as a sealed set: complete 87.1%, refusals 95.5%, own-plan 73.9%, not in guides 92.9% (floors a little under)
    expect(rates.answerable).toBeGreaterThanOrEqual(0.85);
    // round 13 (answers13b, routing and refusals): refusals 100%, not in guides 100%
    expect(rates.refusal).toBeGreaterThanOrEqual(0.95);
    // answers13a: own-plan 100% (23/23), unlisted 75.0% (12/16) after the round-13 own-plan and unlisted classes
    expect(rates.own_plan).toBeGreaterThanOrEqual(0.95);
    // round 13 (answers13b): not in guides 100% (14/14)
    expect(rates.not_in_guides).toBeGreaterThanOrEqual(0.95);
    expect(rates.unlisted).toBeGreaterThanOrEqual(0.7);
  });

  it.skipIf(dev15.length === 0)('prints the fifteenth development set (written blind in round 14, the study half)', () => {
    const { rates, lines } = report('questions-dev-15', dev15);
    for (const l of lines) console.log(l);
    // as first read on main (424cc20): complete 83.7%, refusals 81.8%, own-plan 75.0%, not in guides 85.7%, unlisted 62.5% (floors a little under)
    expect(rates.answerable).toBeGreaterThanOrEqual(0.8);
    // refusals 100% and not in guides 100% after answers14c (a fail left off ERAS, invented hours, the classifier's calls needing their class's words, getting around LA)
    expect(rates.refusal).toBeGreaterThanOrEqual(0.9);
    expect(rates.own_plan).toBeGreaterThanOrEqual(0.9); // 100% after answers14b: a fact named in the asker's words, "it" as the saved flag, practice scores
    expect(rates.not_in_guides).toBeGreaterThanOrEqual(0.85);
  });

  it.skipIf(dev15h.length === 0)('prints the held-out half of the fifteenth set (summary line only: nobody studies its cases)', () => {
    const { rates, lines } = report('questions-dev-15h', dev15h);
    console.log(lines[0]);
    // as first read on main (424cc20): complete 85.7%, refusals 90.9%, own-plan 41.7%, not in guides 85.7%, unlisted 71.4%
    expect(rates.answerable).toBeGreaterThanOrEqual(0.8);
    expect(rates.refusal).toBeGreaterThanOrEqual(0.85);
    expect(rates.own_plan).toBeGreaterThanOrEqual(0.4);
    expect(rates.not_in_guides).toBeGreaterThanOrEqual(0.8);
  });

  it.skipIf(dev16.length === 0)('prints the sixteenth development set (the round-14 sealed set, scored once, then opened)', () => {
    const { rates, lines } = report('questions-dev-16', dev16);
    for (const l of lines) console.log(l);
    // scored once as a sealed set after round 14: complete 90.6%, refusals 100%, own-plan 75.0%, not in guides 100%, unlisted 53.3% (floors a little under)
    expect(rates.answerable).toBeGreaterThanOrEqual(0.9); // 92.9% after answers15b: the H-1B fee asked by whose fee, community vs university shares
    expect(rates.refusal).toBeGreaterThanOrEqual(0.95);
    expect(rates.own_plan).toBeGreaterThanOrEqual(0.95); // 100% after answers17a: a specialty weighed is the standing in it, an interview count asked for
    expect(rates.not_in_guides).toBeGreaterThanOrEqual(0.95);
  });

  it.skipIf(dev17.length === 0)('prints the seventeenth development set (written blind in round 15, the study half)', () => {
    const { rates, lines } = report('questions-dev-17', dev17);
    for (const l of lines) console.log(l);
    // as first read on main (15b142d): complete 72.1%, refusals 100%, own-plan 66.7%, not in guides 100%, unlisted 50.0% (floors a little under)
    expect(rates.answerable).toBeGreaterThanOrEqual(0.76); // 79.1% after answers15b: verdicts on a story, fees by whose fee, IMG shares
    expect(rates.refusal).toBeGreaterThanOrEqual(0.95);
    expect(rates.own_plan).toBeGreaterThanOrEqual(0.9); // 100% after answers15a's follow-up families (a named system, visa choice, calendar, couples)
    expect(rates.not_in_guides).toBeGreaterThanOrEqual(0.95);
  });

  it.skipIf(dev17h.length === 0)('prints the held-out half of the seventeenth set (summary line only: nobody studies its cases)', () => {
    const { rates, lines } = report('questions-dev-17h', dev17h);
    console.log(lines[0]);
    // as first read on main (15b142d): complete 83.3%, refusals 81.8%, own-plan 75.0%, not in guides 100%, unlisted 71.4%
    expect(rates.answerable).toBeGreaterThanOrEqual(0.78);
    // refusals 90.9% after answers17b's refusal families (a dose change, a pending case withdrawn, an untrue message, a value beside the real one)
    expect(rates.refusal).toBeGreaterThanOrEqual(0.85);
    expect(rates.own_plan).toBeGreaterThanOrEqual(0.7);
    expect(rates.not_in_guides).toBeGreaterThanOrEqual(0.95);
  });

  it.skipIf(dev18.length === 0)('prints the eighteenth development set (the round-15 sealed set, scored once, then opened)', () => {
    const { rates, lines } = report('questions-dev-18', dev18);
    for (const l of lines) console.log(l);
    // scored once as a sealed set after round 15 (86f97ec): complete 81.2%, refusals 95.5%, own-plan 66.7%, not in guides 92.9%, unlisted 46.7% (floors a little under)
    // round 16 (answers16b): complete 84.7% (72/85): a list's length read as a count, words of kind set aside, a disavowed act not refused
    expect(rates.answerable).toBeGreaterThanOrEqual(0.82);
    // refusals 100% after answers17b (a value shown beside the one called real)
    expect(rates.refusal).toBeGreaterThanOrEqual(0.95);
    expect(rates.own_plan).toBeGreaterThanOrEqual(0.85); // 87.5% after answers18a: a list asked by its names (83.3% after answers17a: a graduation-year limit named by its years)
    expect(rates.not_in_guides).toBeGreaterThanOrEqual(0.9);
  });

  it.skipIf(dev19.length === 0)('prints the nineteenth development set (written blind in round 16, the study half)', () => {
    const { rates, lines } = report('questions-dev-19', dev19);
    for (const l of lines) console.log(l);
    // as first read on main (4a051ca): complete 74.4%, refusals 72.7%, own-plan 58.3%, not in guides 85.7%, unlisted 50.0% (floors a little under)
    // own-plan 75.0% after trial16a (an interview count against the specialty's median; a season that ended unmatched)
    expect(rates.answerable).toBeGreaterThanOrEqual(0.7);
    // refusals 100% after answers17b (someone sitting an exam "mere naam pe", a filler before the act, a change meant not to be caught)
    expect(rates.refusal).toBeGreaterThanOrEqual(0.9);
    expect(rates.own_plan).toBeGreaterThanOrEqual(0.7);
    expect(rates.not_in_guides).toBeGreaterThanOrEqual(0.8);
  });

  it.skipIf(dev19h.length === 0)('prints the held-out half of the nineteenth set (summary line only: nobody studies its cases)', () => {
    const { rates, lines } = report('questions-dev-19h', dev19h);
    console.log(lines[0]);
    // as first read on main (4a051ca): complete 61.9%, refusals 100%, own-plan 50.0%, not in guides 100%, unlisted 100%
    expect(rates.answerable).toBeGreaterThanOrEqual(0.58);
    expect(rates.refusal).toBeGreaterThanOrEqual(0.9);
    expect(rates.own_plan).toBeGreaterThanOrEqual(0.45);
    expect(rates.not_in_guides).toBeGreaterThanOrEqual(0.95);
  });

  it.skipIf(dev20.length === 0)('prints the twentieth development set (the round-16 sealed set, scored once, then opened)', () => {
    const { rates, lines } = report('questions-dev-20', dev20);
    for (const l of lines) console.log(l);
    // scored once as a sealed set after round 16 (e334eb8): complete 75.3%, refusals 81.8%, own-plan 45.8%, not in guides 100%, unlisted 53.3% (the same on the code the round started from; floors a little under)
    expect(rates.answerable).toBeGreaterThanOrEqual(0.72);
    // refusals 100% after answers17b's refusal families (errands in Hindi-Urdu, dose changes, a pending case withdrawn, an untrue message)
    expect(rates.refusal).toBeGreaterThanOrEqual(0.95);
    expect(rates.own_plan).toBeGreaterThanOrEqual(0.72); // 75.0% after answers18a (70.8% after answers17a): a list asked by its names
    expect(rates.not_in_guides).toBeGreaterThanOrEqual(0.95);
  });

  it.skipIf(dev21.length === 0)('prints the twenty-first development set (the round-17 sealed set, scored once, then opened)', () => {
    const { rates, lines } = report('questions-dev-21', dev21);
    for (const l of lines) console.log(l);
    // scored once as a sealed set after round 17 (d2a1a4e): complete 71.8%, refusals 81.8%, own-plan 54.2%, not in guides 100%, unlisted 46.7% (the same on the code the round started from; floors a little under)
    expect(rates.answerable).toBeGreaterThanOrEqual(0.69);
    expect(rates.refusal).toBeGreaterThanOrEqual(0.78);
    // 79.2% after answers18a: programs asked by name or as the ones that would sponsor the asker, applications already sent, the rank list from the interviews saved
    expect(rates.own_plan).toBeGreaterThanOrEqual(0.75);
    expect(rates.not_in_guides).toBeGreaterThanOrEqual(0.95);
  });

  it.skipIf(sealed.length === 0)('prints the sealed set\'s figures (no floor: scored once, by the lead)', () => {
    const { lines } = report('questions-sealed', sealed);
    console.log(lines[0]);
    expect(lines.length).toBeGreaterThan(0);
  });
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
  });
});
