// Round 15 own-plan follow-up families (knowledge/answers/plan-follow-ups.json), in phrasings written for this test only
// (none from a question set), asked as a conversation with a saved file, each with look-alikes that keep their old answer:
// - a program or hospital system named in a few words or beside a chance word is that program's place in the plan,
//   a system's sites each with their standing and stated visa fact (never "which one do you mean?" for a system);
// - "which visa would you pick for me?" is read from the saved file (Step 3, the programs that state each visa), a
//   Canadian's TN is answered, not declined as another country; a missing Step 3 is asked for;
// - "will I make it for this match?" is answered from one cycle's calendar (rank order list deadline, Match Day), with
//   what the saved ECFMG status still needs by then;
// - a couples question reads the partner's side from the message and answers with the couple's own strategy.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { ask, kind, needs, refused, ROUTING_FULL, text, without } from '../helpers/ask-kit.js';

const FM_LA: Profile = { ...ROUTING_FULL, specialty: { primary: 'family_medicine' }, regions: ['la_county'] };

describe('a program or system named in a short follow-up', () => {
  it('a hospital system: each of its sites in the regions chosen, with standing and the stated visa fact', () => {
    for (const q of ['ok and kaiser??', 'what about Kaiser then', 'realistic odds at kaiser for me?']) {
      const t = text(ask(q, FM_LA));
      expect(t, q).toMatch(/Kaiser Permanente Southern California \(Los Angeles\)/);
      expect(t, q).toMatch(/does not sponsor a J-1 \(source: /);
      expect(t, q).not.toMatch(/Which one do you mean/);
    }
  });
  it('one program named in a few words gets its own tier reasons', () => {
    for (const q of ['how about cedars?', 'and harbor ucla', 'what of Cedars-Sinai for someone like me']) {
      expect(text(ask(q, FM_LA)), q).toMatch(/(Cedars-Sinai|Harbor-UCLA)[^\n]* (is|is not)\b/);
    }
  });
  it('look-alikes: "why kaiser" still asks which site; a region or a specialty names no program', () => {
    expect(text(ask('why is kaiser a reach for me', FM_LA))).toMatch(/Which one do you mean/);
    for (const q of ['and orange county?', 'what about FM?']) expect(text(ask(q, FM_LA)), q).not.toMatch(/programs of one system/);
  });
});

describe('which visa to choose, from the saved file', () => {
  const UNSURE: Profile = { ...ROUTING_FULL, visa: 'unsure' };
  it('the choice with each visa\'s rule, the saved Step 3 and the programs that state each', () => {
    for (const q of ['between J1 and H1B, which one makes sense in my case?', 'no clue what visa to aim for, what should I pick?', 'qué visa me conviene pedir, J1 o H1B?']) {
      const r = ask(q, UNSURE);
      expect(refused(r), q).toBe(false);
      expect(text(r), q).toMatch(/Step 3/);
      expect(text(r), q).toMatch(/J-1/);
      expect(text(r), q).toMatch(/state that they take a J-1/);
    }
  });
  it('a Canadian asking about a TN is told it does not cover residency, not sent to another country\'s council', () => {
    for (const q of ['Canadian passport holder here: can I go through residency on TN status?', 'as a canadian do i pick a TN visa or something else?', 'I\'m from Toronto, could I use a TN for my US residency?']) {
      const t = text(ask(q, UNSURE));
      expect(t, q).toMatch(/TN status does not cover residency/);
      expect(t, q).not.toMatch(/CaRMS/);
    }
  });
  it('Step 3 not saved: the rules, then Step 3 asked for', () => {
    expect(needs(ask('H1B or J1 for me, just choose one', without(UNSURE, 'step3')))).toBe('step3');
  });
  it('look-alikes: a visa for a trip or a relative, and an own work permit, are not a residency visa choice', () => {
    for (const q of ['which visa do I need to fly over for an observership?', 'what visa should my husband get to join me?', 'I have DACA, which visa do I even pick?']) {
      expect(text(ask(q, UNSURE)), q).not.toMatch(/The choice is partly the program's/);
    }
  });
});

describe('timing against this cycle\'s calendar', () => {
  const PENDING: Profile = { ...ROUTING_FULL, ecfmg: { status: 'in_progress', missing: ['oet'] }, stage: 'applying', cycle: { submitted: true, interviews: 1 } };
  it('the rank order list deadline and Match Day, what ECFMG needs by then, where the season stands', () => {
    for (const q of ['my OET sitting is in mid January, can I still make this year\'s match?', 'am I going to be on time for the 2027 match with ECFMG still pending?', 'is it too late for me now? sent my ERAS in october']) {
      const t = text(ask(q, PENDING));
      expect(t, q).toMatch(/rank order list deadline is about 3 March 2027/);
      expect(t, q).toMatch(/Match Day is about 19 March 2027/);
      expect(t, q).toMatch(/ECFMG must confirm/);
    }
  });
  it('a month named is read against the deadline', () => {
    expect(text(ask('OET results come in april, will I be fine for this match?', PENDING))).toMatch(/April is after that deadline/);
    expect(text(ask('OET results come in january, will I be fine for this match?', PENDING))).toMatch(/January is before that deadline/);
  });
  it('look-alikes: apply now or wait is the readiness check of the file, not the calendar', () => {
    expect(needs(ask('am I ready to apply this cycle or should I hold off?', without(PENDING, 'step1')))).toBe('step1');
    for (const q of ['apply this cycle or wait a year, what do you think in my case?', 'should I skip this cycle, am I too late?']) {
      expect(text(ask(q, PENDING)), q).not.toMatch(/rank order list deadline is about/);
    }
  });
});

describe('a couples question with the partner\'s side in the message', () => {
  const COUPLE: Profile = { ...ROUTING_FULL, couples: { matching: true } };
  it('the couple\'s strategy: which side sponsors, how the specialties pair, how wide to go', () => {
    for (const [q, side] of [
      ['couples matching with my husband, he is an American grad going into peds. which cities should we target?', /only your side of each pair/],
      ['we are doing the couples match; my girlfriend (psych) needs a J-1 as well. how should we plan our list?', /both programs on every line/],
      ['my fiancé is a US citizen applying neurology and we couples match - where do we even start?', /only your side of each pair/],
    ] as const) {
      const r = ask(q, COUPLE);
      expect(needs(r), q).toBeUndefined();
      expect(text(r), q).toMatch(side);
      expect(text(r), q).toMatch(/apply more broadly/);
    }
  });
  it('look-alikes: the partner\'s side not said is asked for; "what is the couples match" is the guides\' answer', () => {
    expect(needs(ask('we are couples matching, where should we apply?', COUPLE))).toBe('couples');
    expect(kind(ask('what is the couples match exactly?', COUPLE))).toBe('articles');
    expect(text(ask('my wife is expecting in June, is that a problem for my start date?', { ...COUPLE, couples: { matching: true, partnerSpecialty: 'pediatrics', partnerNeedsVisa: false } }))).not.toMatch(/pairs/);
  });
});
