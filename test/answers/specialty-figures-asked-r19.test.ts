// Round 19: a named specialty's figure asked in any words is answered with that specialty's own figure. The kinds
// asked (the share who matched, the matched Step 2 CK, the rank-list median) are read from a word table
// (knowledge/answers/specialty-figure-asks.json); a field said to be closed or dead is answered with its match rate;
// a short name that is an everyday word ("path", "gas", "ob") counts only beside another specialty's name; and a
// relative quoted for an opinion ("my uncle says ... what does he know") is not a question about the relative's case.
// Phrasings written for this test only.
import { describe, expect, it } from 'vitest';
import { ask, kind, text } from '../helpers/ask-kit.js';
import { specialtiesNamed } from '../../src/answers/specialty-figures.js';

const show = (q: string) => `${kind(ask(q))}: ${text(ask(q)).slice(0, 200)}`;

describe('the share who matched in a named specialty, asked in other words', () => {
  it('a percentage asked for pediatrics', () => {
    const q = 'Out of the non-US IMGs who went for pediatrics in 2026, what percent ended up matching?';
    expect(text(ask(q)), show(q)).toMatch(/68\.5%/);
  });
  it('which of two fields took more of those who tried', () => {
    const q = 'neurology vs anesthesia: in which did more non-US IMGs match last year? and the average ck there?';
    const t = text(ask(q));
    expect(t, show(q)).toMatch(/41\.9%/);
    expect(t, show(q)).toMatch(/38\.7%/);
  });
  it('a field said to be closed to IMGs, in a story', () => {
    const q = 'Seniors at my school keep repeating that general surgery is hopeless for foreign grads. Is that just fear, what are the real numbers?';
    expect(text(ask(q)), show(q)).toMatch(/% of those who preferred it matched/);
  });
  it('a score stated with the odds asked gets the rate beside the score', () => {
    const q = 'CK 233. Psychiatry or pediatrics, where are my odds better?';
    const t = text(ask(q));
    expect(t, show(q)).toMatch(/58\.4%/);
    expect(t, show(q)).toMatch(/68\.5%/);
  });
});

describe('the rank-list median of a named specialty, said in words for it', () => {
  it('how many programs matched applicants ranked, for two fields', () => {
    const q = 'For peds and FM, how many programs did the IMGs who matched rank?';
    const t = text(ask(q));
    expect(t, show(q)).toMatch(/median of 6 programs of Pediatrics/);
    expect(t, show(q)).toMatch(/median of 3 programs of Family Medicine/);
  });
});

describe('short everyday names count only in a list of specialties', () => {
  it('"path" beside another field is pathology', () => expect(specialtiesNamed('IM or path, which is safer?')).toEqual(['internal_medicine', 'pathology']));
  it('"path" alone is a way, not a field', () => expect(specialtiesNamed('what is the fastest path to a residency in LA?')).toEqual([]));
  it('"gas" in a list is anesthesiology', () => expect(specialtiesNamed('gas vs psych for an IMG?')).toEqual(['anesthesiology', 'psychiatry']));
  it('"gas" alone is not', () => expect(specialtiesNamed('the gas money for interview trips adds up')).toEqual([]));
});

describe('a relative quoted for an opinion is not the subject of the question', () => {
  it('the quoted field is answered with its figures', () => {
    const q = 'and neuro? my brother-in-law says neuro is dead for non-US grads, but is he even right?';
    expect(kind(ask(q)), show(q)).not.toMatch(/refusal/);
    expect(text(ask(q)), show(q)).toMatch(/41\.9%/);
  });
  it('a question about their own case still gets the one-person line', () => {
    const q = 'my sister has a CK of 236, what should she do for psychiatry?';
    expect(text(ask(q)), show(q)).toMatch(/one person per chat/);
  });
});

describe('a plan typed with the specialty before its count, or corrected in the same message, is priced as meant', () => {
  it('specialty first, counts after ("Psych 50 programs + IM 70 programs")', () => {
    const q = 'Psych 50 programs + IM 70 programs: what will ERAS charge me in total?';
    // psychiatry 50: $330 + 20 x $30 = $930; internal medicine 70: $330 + 40 x $30 = $1,530
    expect(text(ask(q)), show(q)).toMatch(/\$2,460/);
  });
  it('counts in brackets after each specialty', () => {
    const q = 'Planning FM (25) and peds (35), total ERAS fees?';
    // family medicine 25 x $11 = $275; pediatrics 35: $330 + 5 x $30 = $480
    expect(text(ask(q)), show(q)).toMatch(/\$755/);
  });
  it('a count taken back is not the plan', () => {
    const q = 'sorry, correction: not 90 FM, I meant 50 FM and 20 psych. how much does ERAS cost me now?';
    // family medicine 50: $930; psychiatry 20: $220
    expect(text(ask(q)), show(q)).toMatch(/\$1,150/);
  });
});

describe('a J-1 and H-1B comparison says what each asks of you later', () => {
  for (const q of ['whats the actual diff between j-1 and h-1b for residency', 'H1B or J1, pros and cons?', 'J-1 versus H-1B, in two lines please']) {
    it(q, () => {
      const t = text(ask(q));
      expect(t, show(q)).toMatch(/two years in your home country|two-year home-country/i);
      expect(t, show(q)).toMatch(/Step 3/);
    });
  }
});

describe('a limit asked in shorthand ("max", "capped", "run out of") reaches the guides\' limit', () => {
  for (const q of ['whats the max time i can spend training on a j1?', 'residency then fellowship on J-1: is there a cap on the years?', 'will I run out of J-1 years if I add a 2-year fellowship after IM?']) {
    it(q, () => expect(text(ask(q)), show(q)).toMatch(/seven years/));
  }
});

describe('whether the interview season is still open late in the year', () => {
  for (const q of ['mid-december, only one invite so far — is the interview season already over?', 'do programs still send interview invites this late in the season?', 'no invites since november, can programs still invite me this late?']) {
    it(q, () => expect(text(ask(q)), show(q)).toMatch(/still invite until its rank list locks/));
  }
});
