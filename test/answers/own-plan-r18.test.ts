// Round 18 own-plan families, in phrasings written for this test only (none from a question set), asked of a saved file:
// - programs asked for by name ("names only", "which ones?", "cuáles?") or as the ones that would sponsor the asker
//   ("that would file my visa", "que me patrocinen") are the list, or with a visa word the sponsor list, filtered
//   exactly by the specialty and region named; a region ruled out in a phrase ("not moving to OC") is left out;
// - adding programs mid-season with "which ones?" names the programs of the table for the asker's visa too;
// - the applications already sent ("how much have I spent?", "was my number enough?") are read from the count said or
//   saved, never from the plan's suggested count; with no count known, the count is asked for.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { ask, kind, needs, ROUTING_FULL, text } from '../helpers/ask-kit.js';

const J1_FM: Profile = { ...ROUTING_FULL, specialty: { primary: 'family_medicine' }, regions: ['la_county', 'orange_county'] };
const IN_SEASON: Profile = { ...ROUTING_FULL, stage: 'interviewing', cycle: { submitted: true, interviews: 2 } };
const SENT_40: Profile = { ...IN_SEASON, cycle: { submitted: true, interviews: 2, applications: 40 } };

describe('programs asked for by name, or as the ones that would sponsor the asker', () => {
  it('with a sponsoring word: the table\'s programs that state the saved visa, in the region named only', () => {
    for (const q of ['any OC family med spots that would file my visa', 'programas de family medicine en Orange County que me patrocinen? cuáles?', 'orange county FM, which ones would support my j1? names only']) {
      const r = ask(q, J1_FM);
      expect(kind(r), q).toBe('plan');
      expect(text(r), q).toMatch(/J-1: .*Orange County/);
      expect(text(r), q).not.toMatch(/LA County/);
    }
  });
  it('names asked with a specialty or programs and no visa word: the list of the plan, in the region named', () => {
    for (const q of ['family med around orange county, names please', 'give me 4 programs in OC for FM', 'list for orange county pls']) {
      const r = ask(q, J1_FM);
      expect(kind(r), q).toBe('plan');
      expect(text(r), q).toMatch(/Orange County/);
      expect(text(r), q).not.toMatch(/LA County/);
    }
  });
  it('a region ruled out in a phrase is left out of the list', () => {
    for (const q of ['FM programs that sponsor J-1 in LA, not moving to OC', 'programas de FM que me patrocinen la J-1 en LA, no me voy a OC', 'which FM programs in LA take J-1? I won\'t move to OC']) {
      const t = text(ask(q, J1_FM));
      expect(t, q).toMatch(/J-1: .*LA County/);
      expect(t, q).not.toMatch(/Orange County/);
    }
  });
  it('adding programs mid-season with "which ones?": the season\'s answer with the programs for the saved visa', () => {
    for (const q of ['already submitted - worth adding a couple more LA IM programs now? which ones?', 'should i still add more programs this late? if yes name a few', 'add more applications now or not? and which ones']) {
      const t = text(ask(q, IN_SEASON));
      expect(t, q).toMatch(/Adding programs now/);
      expect(t, q).toMatch(/J-1: /);
    }
  });
});

describe('the applications already sent', () => {
  it('no count said or saved: the guides\' answer, then the count asked for, never the plan\'s count priced as spent', () => {
    for (const q of ['how much did ERAS end up costing me?', 'cuánto he gastado en ERAS hasta ahora?', 'did I apply to enough programs or too few?']) {
      const r = ask(q, IN_SEASON);
      expect(needs(r), q).toBe('cycle');
      expect(text(r), q).toMatch(/how many programs you applied to/);
      expect(text(r), q).not.toMatch(/For your plan: apply to about/);
    }
  });
  it('a count said in the question is priced at the season\'s fees', () => {
    const t = text(ask('I sent 85 applications, what have I spent on them so far?', IN_SEASON));
    expect(t).toMatch(/You applied to 85 programs/);
    expect(t).toMatch(/\$1,980/);
  });
  it('a saved count is priced and set against the plan\'s range', () => {
    for (const q of ['was my number of apps enough?', 'what did my applications cost me in total?']) {
      const t = text(ask(q, SENT_40));
      expect(t, q).toMatch(/You applied to 40 programs \(your saved answer\)/);
      expect(t, q).toMatch(/\$630/);
    }
    expect(text(ask('were my applications too few?', SENT_40))).toMatch(/fewer than the/);
  });
});

describe('the rank list\'s length from the interviews saved', () => {
  it('every program that interviewed the asker, with the saved count said', () => {
    const FOUR: Profile = { ...IN_SEASON, cycle: { submitted: true, interviews: 4 } };
    for (const q of ['what number of the places that interviewed me should go on my ROL?', 'how many of my interview programs go on my rank order list?', 'cuántos programas debo poner en mi rank list?']) {
      const t = text(ask(q, FOUR));
      expect(t, q).toMatch(/all 4 of them/);
      expect(t, q).toMatch(/ranked a median of/);
    }
  });
});
