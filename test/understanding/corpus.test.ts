// Grades the understanding layer on the blind corpora: every case through `step`, accuracy by kind, harmful readings counted double.
// The first corpus and the second development set hold floors; a sealed set, when the lead adds it, is graded and printed only.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ProfileField } from '../../src/domain/profile.js';
import { grade, type CorpusCase, type Graded } from './grade.js';

interface Corpus {
  file: string;
  /** Floors per kind (share of cases read right), set a little under what the layer reaches; none for a sealed set. */
  floors?: Record<string, number>;
  overall?: number;
  maxHarmful?: number;
  minCases: number;
  /** Fields added after the corpus was written: a value read for them is neither right nor wrong there. */
  ungraded?: ProfileField[];
}

const CORPORA: Corpus[] = [
  {
    file: 'understanding-corpus.json', minCases: 400, overall: 0.97, maxHarmful: 1, ungraded: ['ecfmg', 'couples', 'cycle'],
    floors: { single: 0.96, multi: 0.95, correction: 0.96, negation: 0.96, ambiguous: 0.88, question: 0.97, other_person: 0.93, identity: 0.95, plausibility: 0.95 },
  },
  {
    file: 'understanding-dev-2.json', minCases: 200, overall: 0.97, maxHarmful: 1,
    floors: {
      single: 0.97, situation: 0.95, post_with_question: 0.95, correction: 0.9, foreign_status: 0.95, ambiguous: 0.9, negation_scope: 0.85, hedges_side_numbers: 0.95,
      quantities: 0.9, other_person: 0.95, language_es: 0.95, language_pt: 0.95, language_hi: 0.95,
    },
  },
  // the third development set (the round-3 sealed set, scored once and then opened): it read 80.0% with 33 harmful then;
  // round 4 worked on it (understand4a: situation, whose fact, foreign status, hedges; understand4b: quantities,
  // corrections, posts that ask, languages, vague answers): floors a little under what the merged layer reads
  {
    file: 'understanding-dev-3.json', minCases: 300, overall: 0.97, maxHarmful: 2,
    floors: { single: 0.95, situation: 0.92, other_person: 0.92, foreign_status: 0.9, hedges_side_numbers: 0.92, quantities: 0.9, correction: 0.9, post_with_question: 0.85, ambiguous: 0.9, language_es: 0.95, language_pt: 0.95, language_hi: 0.95 },
  },
  // the round-4 sealed set, scored once (248/320 right, 36 harmful) and then opened: round 6 worked on its harmful
  // classes (269/320, 13 harmful, score 80.8%); a floor a little under that and a harmful ceiling
  // after round 7 (merged): 287/320, 7 harmful
  // round 8 merged (understand8a numbers and attempts, understand8b meaning and vocabulary): 314/320 with 1 harmful, score 97.8%
  { file: 'understanding-dev-4.json', minCases: 300, overall: 0.95, maxHarmful: 2, floors: {} },
  // the round-6 sealed set, scored once (231/320 right, 51 harmful) and then opened; round 7 (understand7a: totals and
  // parts, numbers, predictions, dates, corrections, hedged counts; understand7b: meaning and vocabulary) read 306/320 with 2 harmful merged: a floor a little under
  // round 9 (understand9a): 311/320 with 2 harmful, score 96.6%
  { file: 'understanding-dev-5.json', minCases: 300, overall: 0.95, maxHarmful: 3, floors: {} },
  // the round-7 sealed set, scored once (246/320 right, 42 harmful, score 68.0% with harmful counted double), then opened as the sixth development set
  // round 8 merged (understand8a numbers and attempts, understand8b meaning and vocabulary): 316/320 with 4 harmful, score 97.5%
  { file: 'understanding-dev-6.json', minCases: 300, overall: 0.95, maxHarmful: 5, floors: {} },
  // the round-8 sealed set, scored once (262/320 right, 29 harmful, score 75.1% with harmful counted double), then opened as the seventh development set
  // round 9 merged (understand9a quantities and their scope: 285/320, 17 harmful; understand9b meaning: 290/320, 10 harmful;
  // together with the lead's classes from the new-user trial): 310/320 right, 0 harmful, score 96.9%
  { file: 'understanding-dev-7.json', minCases: 300, overall: 0.95, maxHarmful: 2, floors: {} },
  // the round-9 sealed set, scored once (264/320 right, 30 harmful, score 75.4% with harmful counted double), then opened as the eighth development set
  // round 10: understand10a (meaning and fail-safe guards) alone 281/320 with 12 harmful; understand10b (quantities and
  // their status) alone 284/320 with 15 harmful; merged 298/320 with 1 harmful, score 92.8% (the blind dev-9, written this round, moved only from 166 to 168 right and 52 to 48 harmful)
  { file: 'understanding-dev-8.json', minCases: 300, overall: 0.9, maxHarmful: 3, floors: {} },
  // written blind in round 10 around the readings that store a guess (words in another sense, totals, others' facts, hedges): 166/240, 52 harmful as written
  { file: 'understanding-dev-9.json', minCases: 200, overall: 0.63, maxHarmful: 38, floors: {} },
  // the round-10 sealed set, scored once (259/320 right, 23 harmful, score 75.5% with harmful counted double), then opened as the tenth development set
  // round 11, understand11a (whose fact and whether it is one: others' and practice scores, undecided and vague answers, posts that ask, corrections): 287/320, 9 harmful, score 87.2%
  // round 11 (understand11b: half units in every language, visa with a reason, stage in es/pt/hi, letters by where they come from, research concessions, born on US soil, pronoun "one", unmarked questions): 279/320 with 12 harmful alone
  { file: 'understanding-dev-10.json', minCases: 300, overall: 0.85, maxHarmful: 11, floors: {} },
  // written blind in round 11 (precision: look-alikes beside the hard cases), a held-out check mid-round: 191/240 with 25
  // harmful on main before round 11, 195/240 with 23 harmful after the first wave (understand11a and 11b never saw it)
  // round 11 second wave (understand11c: sentence breaks, pt/es/hi plans, denials and undecided orders, others' statuses, dated relatives,
  // low language levels, blocks 'each', research 'N more', Hinglish 'asli exam', an exam that 'comes out'): 213/240 with 7 harmful, score 86.2%
  // understand12b (numbers, quantities, side numbers, foreign statuses, open answers): 216/240 with 7 harmful, score 87.4%
  { file: 'understanding-dev-11.json', minCases: 200, overall: 0.85, maxHarmful: 9, floors: {} },
  // the round-11 sealed set, scored once (277/320 right, 22 harmful, score 81.0% with harmful counted double), then opened as the twelfth development set
  // round 12, understand12a alone (negation scope, corrections that replace, choices not made): 291/320, 12 harmful, score 87.7%
  // understand12b (numbers, quantities, side numbers, foreign statuses, open answers): 302/320 with 10 harmful, score 91.5%
  { file: 'understanding-dev-12.json', minCases: 300, overall: 0.88, maxHarmful: 14, floors: {} },
  // written blind in round 12 (phone typing, follow-ups leaning on context, look-alikes), a held-out check mid-round:
  // 214/240 with 14 harmful on main before round 12, 217/240 with 11 harmful after every round-12 branch (none saw it)
  { file: 'understanding-dev-13.json', minCases: 200, overall: 0.85, maxHarmful: 13, floors: {} },
  // the round-12 sealed set, scored once (268/320 right, 26 harmful, score 77.5% with harmful counted double), then opened as the fourteenth development set
  // round 13, understand13b alone (whose figure, a question put first, a choice handed back, denials over 'or', a strike that answers nothing): 273/320, 21 harmful
  // round 13, understand13a alone (quantities: shares, days, ordinal blocks, authorship, promised papers; situations: other processes' applications, plans given up, partner's visa; pt 'nem'/'lá'; status words): 297/320 with 8 harmful, score 90.5%
  { file: 'understanding-dev-14.json', minCases: 300, overall: 0.88, maxHarmful: 11, floors: {} },
  // written blind in round 14 and split by kind: the study half (as first read on 424cc20: 114/160 right, 21 harmful, score 63.0%)
  // round 14, understand14b alone (statuses with work permits, an annulled score, ECFMG for students, rough amounts beside exact ones, research kinds, language levels, es/pt/hi results and denials): 127/160, 12 harmful, score 73.8%
  // round 14, understand14a (two denials, several unordered scores asked, attempts in sequence, exact after rough, an exam date
  // is a plan, he/she clauses, relatives there once, answers pointed at someone else's, exams told while ECFMG is asked): 130/160, 13 harmful, score 75.1%
  { file: 'understanding-dev-15.json', minCases: 150, overall: 0.73, maxHarmful: 15, floors: {} },
  // the held-out half, summary only (as first read on 424cc20: 106/160 right, 22 harmful, score 58.2%)
  { file: 'understanding-dev-15h.json', minCases: 150, overall: 0.55, maxHarmful: 24, floors: {} },
  // the round-14 sealed set, scored once after round 14 (237/320 right, 29 harmful, score 67.9% with harmful counted double), then opened as the sixteenth development set
  // (understand15a: regions only on a wish, corrections by the old value's field, degree year, facts handed over, work not USCE: 263/320, 18 harmful)
  // (understand15b: language levels, a result due later, a relative's status asked, Portuguese plans: 258/320 right, 25 harmful)
  // (trial15a: 'j1 is fine, I don't need an h1' and a green card still ahead no longer stored wrong: 254/320, 27 harmful)
  // (round 15 merged: 271/320 right, 12 harmful)
  // (understand16a, a side field changed only on a statement of its own value: 272/320, 10 harmful)
  // (understand17b: 274/320, 9 harmful: a green card placed in another country is that country's residence)
  { file: 'understanding-dev-16.json', minCases: 300, overall: 0.8, maxHarmful: 11, floors: {} },
  // written blind in round 15 and split by kind: the study half (as first read on 15b142d: 131/161 right, 9 harmful, score 77.1%)
  // (understand15a 133/161, 7 harmful; understand15b 134/161, 8 harmful; trial15a 132/161, 8 harmful; round 15 merged: 136/161, 6 harmful)
  // (understand16b: 137/161, 5 harmful: a language list going on after its first names)
  { file: 'understanding-dev-17.json', minCases: 150, overall: 0.81, maxHarmful: 7, floors: {} },
  // the held-out half, summary only (as first read on 15b142d: 129/159 right, 12 harmful, score 75.4%)
  { file: 'understanding-dev-17h.json', minCases: 150, overall: 0.74, maxHarmful: 14, floors: {} },
  // the round-15 sealed set, scored once after round 15 (86f97ec: 256/320 right, 27 harmful; 254 and 29 on the code the round started from), then opened as the eighteenth development set
  // (understand16b: 270/320, 19 harmful, score 79.6%: visas not given, foreign statuses, half answers, denied counts, restated lengths, language lists, es/pt/hi retakes)
  // (understand16a, side fields and the hospitals of Southern California by name: 259/320, 22 harmful)
  // (round 16 merged: 273/320 right, 14 harmful, score 81.7%)
  { file: 'understanding-dev-18.json', minCases: 300, overall: 0.79, maxHarmful: 16, floors: {} },
  // written blind in round 16 and split by kind: the study half (as first read on 4a051ca: 123/160 right, 13 harmful, score 71.1%)
  // (understand16b: 129/160, 10 harmful, score 75.9%: visas not given in en/es/hi, OCI, half answers to ECFMG and the cycle)
  // (understand16a, a side field changed only on a statement of its own value: 128/160, 7 harmful)
  // (round 16 merged: 134/160, 4 harmful, score 81.7%; the held-out half 123/17 -> 124/16)
  { file: 'understanding-dev-19.json', minCases: 150, overall: 0.79, maxHarmful: 6, floors: {} },
  // the held-out half, summary only (as first read on 4a051ca: 123/160 right, 17 harmful, score 69.5%)
  { file: 'understanding-dev-19h.json', minCases: 150, overall: 0.66, maxHarmful: 19, floors: {} },
  // the round-16 sealed set, scored once after round 16 (e334eb8: 235/320 right, 38 harmful, score 65.6%; 233 and 40 on the code the round started from), then opened as the twentieth development set
  // (understand17a: 245/320, 29 harmful, score 70.2%: pasted blocks read line by line, totals restated by their parts, dates, jobs beside rotations, letters by source)
  // (understand17b: 250/320, 23 harmful, score 72.9%: denials in es/pt/hi, someone else's word, hedged choices, foreign statuses, a partner's visa)
  // (round 17 merged: 260/320, 14 harmful, score 77.8%; the held-out halves dev-19h 124/16 -> 125/15, dev-17h 132/11 -> 133/11)
  // (understand18a: 262/320, 13 harmful: interviews counted on a label's line, a question about the question)
  // (round 18 merged: 263/320, 13 harmful, score 79.0%)
  // (understand19a: 265/320, 12 harmful: a language understood but not spoken left out)
  { file: 'understanding-dev-20.json', minCases: 300, overall: 0.78, maxHarmful: 13, floors: {} },
  // the round-17 sealed set, scored once after round 17 (d2a1a4e: 235/320 right, 29 harmful, score 67.3%; 233 and 32 on the code the round started from), then opened as the twenty-first development set
  // (understand18b: 244/320, 20 harmful, score 71.8%: fail-then-pass attempts in every language, living with a relative, a relative training there now, a friend's case, a length times blocks, a backup replaced)
  // (understand18a: 246/320, 21 harmful, score 70.3%: a question about the question, scores under the pass marks, someone
  // else's wish, an exam not named, two readings of the stage, a long post's short years, labels and stage)
  // (understand18c: 244/320, 22 harmful, score 71.3%: other countries' papers in es/pt, nationalities and unnamed languages, work cards not in hand, visas hardly given)
  // (round 18 merged: 264/320, 5 harmful, score 81.2%; the held-out sets: dev-19h 125/15 -> 126/14, dev-9 190/30 -> 191/29,
  // dev-13 223/6 -> 222/6 (one case now asked which regions), dev-17h and dev-15h unchanged)
  { file: 'understanding-dev-21.json', minCases: 300, overall: 0.8, maxHarmful: 7, floors: {} },
  // the round-18 sealed set, scored once after round 18 (4d7e2b1: 247/320 right, 30 harmful, score 70.6%; 245 and 28 on the
  // code the round started from), then opened as the twenty-second development set
  // (understand19b: 258/320, 23 harmful, score 75.6%: zero interviews in words, interviews by specialty, residency months,
  // a prelim backup, an advanced match won, applications to two specialties, loose exam results, life events' years)
  // (understand19a: 257/320, 19 harmful: promised letters, someone else's word, foreign PR, alternatives, languages understood, visa decisions)
  // (understand19c: 255/320, 26 harmful: a girlfriend is no family, research in es/pt/hi and full-time years, a profile's year after
  // its school, a relative who raised them, 'where my sister lives' after a place)
  // (round 19 merged: 276/320, 8 harmful, score 84.1%)
  { file: 'understanding-dev-22.json', minCases: 300, overall: 0.82, maxHarmful: 10, floors: {} },
  // round 19's family sets: two blind writers, 10 messages per failure family (f01-f17). Set A (dev-23) was studied: 96/170,
  // 34 harmful on the starting code (db61f8e) -> 115, 14 after round 19. Set B (dev-23h) is held out (summary only):
  // 97, 43 harmful -> 106, 34 after round 19 (the first held-out set to move by more than a case or two)
  // (understand20b: 117/170 with 14 harmful, a progression of interviews and an adjusted count among them)
  { file: 'understanding-dev-23.json', minCases: 160, overall: 0.62, maxHarmful: 16, floors: {} },
  { file: 'understanding-dev-23h.json', minCases: 160, overall: 0.5, maxHarmful: 36, floors: {} },
  // the round-19 sealed set, scored once after round 19 (155a674: 206/320 right, 40 harmful, score 57.2%; 206 and 39 on the
  // code the round started from, db61f8e), then opened as the twenty-fourth development set
  // (understand20a: regions by exception, another country's papers asked, side numbers and counterfactual figures, papers corrected to posters: 215/320, 37 harmful)
  // (understand20b, counts and stories told as stories, adjusted, or by exception: 217/320 with 32 harmful, score 61.6%)
  // (understand20c: 209/320, 38 harmful: places by neighbourhood and hospital, 'we' at home, statuses told in a life story)
  // (round 20 merged: 229/320, 27 harmful, score 66.0%)
  { file: 'understanding-dev-24.json', minCases: 300, overall: 0.64, maxHarmful: 29, floors: {} },
  // round 20's family sets: two blind writers, 10 messages per failure family (g01-g16, named from dev-24's failures). Set A
  // (dev-25) was studied: 65/160, 36 harmful on the starting code (dea2a7a) -> 104, 6 after round 20. Set B (dev-25h) is held
  // out (summary only): 59, 39 harmful -> 72, 29 after round 20
  { file: 'understanding-dev-25.json', minCases: 150, overall: 0.6, maxHarmful: 8, floors: {} },
  { file: 'understanding-dev-25h.json', minCases: 150, overall: 0.36, maxHarmful: 31, floors: {} },
  // the round-20 sealed set, scored once after round 20 (239/320 right, 30 harmful; 238 and 30 on the code the round started
  // from, dea2a7a; score 68.3%), then opened as the twenty-sixth development set
  { file: 'understanding-dev-26.json', minCases: 300, overall: 0.66, maxHarmful: 32, floors: {} },
  { file: 'understanding-sealed.json', minCases: 1 },
];

type Tally = { right: number; missed: number; harmful: number };

/** The table printed for one corpus: overall, then one row per kind. */
function report(name: string, results: [CorpusCase, Graded][]): { byKind: Map<string, Tally>; harmful: number; score: number } {
  const byKind = new Map<string, Tally>();
  for (const [c, g] of results) {
    const k = byKind.get(c.kind) ?? { right: 0, missed: 0, harmful: 0 };
    k[g.grade] += 1;
    byKind.set(c.kind, k);
  }
  const harmful = results.filter(([, g]) => g.grade === 'harmful').length;
  const right = results.filter(([, g]) => g.grade === 'right').length;
  // harmful readings count double: the score is right / (cases + harmful)
  const score = right / (results.length + harmful);
  const rows = [...byKind].map(([kind, k]) => `${kind.padEnd(20)} ${String(k.right).padStart(3)}/${String(k.right + k.missed + k.harmful).padEnd(4)} right ${(100 * k.right / (k.right + k.missed + k.harmful)).toFixed(0).padStart(3)}%  harmful ${k.harmful}`);
  console.log(`${name}: ${right}/${results.length} right, ${harmful} harmful, score ${(100 * score).toFixed(1)}% (harmful counted double)\n${rows.join('\n')}`);
  return { byKind, harmful, score };
}

for (const corpus of CORPORA) {
  const url = new URL(`../fixtures/${corpus.file}`, import.meta.url);
  if (!existsSync(url)) continue; // the sealed set arrives only at the end
  describe(`the corpus ${corpus.file}`, () => {
    const file = JSON.parse(readFileSync(url, 'utf8')) as { asOf?: string; cases: CorpusCase[] };
    const cases = file.cases;
    // relative dates ("graduated 3 years ago") are read against the day the corpus was written, when it says
    const now = file.asOf ? new Date(`${file.asOf}T12:00:00Z`) : undefined;
    const results = cases.map((c): [CorpusCase, Graded] => [c, grade(c, corpus.ungraded, now)]);
    const { byKind, harmful, score } = report(corpus.file, results);

    it('reports accuracy by kind', () => {
      expect(results.length).toBeGreaterThanOrEqual(corpus.minCases);
    });

    it.runIf(corpus.floors !== undefined)('holds the accuracy floors and the harmful ceiling', () => {
      expect(score).toBeGreaterThanOrEqual(corpus.overall ?? 0);
      expect(harmful).toBeLessThanOrEqual(corpus.maxHarmful ?? Infinity);
      for (const [kind, floor] of Object.entries(corpus.floors ?? {})) {
        const k = byKind.get(kind)!;
        expect(k.right / (k.right + k.missed + k.harmful), kind).toBeGreaterThanOrEqual(floor);
      }
    });
  });
}
