// Round 17 own-plan families, in phrasings written for this test only (none from a question set), asked of a saved file:
// - a count typed without its unit ("is 3 enough?") is the saved count it equals: the interviews once applications are
//   out, else the one saved fact it equals; a count equal to nothing saved is left alone;
// - a count taken back at once ("4 interviews, wait no 5") is the one meant;
// - no interviews at all: the season's answer, then the file's holes as the likely cause;
// - "how many interviews do I need?" with no count said or saved, in the season: the count is asked for;
// - a graduation-year limit named by its years ("a 5 year cutoff", "the 3-yr limit") is the graduation-year question;
// - a specialty weighed for the asker ("X instead", "go or no go", "good plan or just Y?") is the standing in each.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { ask, kind, needs, ROUTING_FULL, text, without } from '../helpers/ask-kit.js';

const SEASON: Profile = { ...ROUTING_FULL, stage: 'interviewing', cycle: { submitted: true, interviews: 3 }, usLors: { count: 2, inSpecialty: true } };
const NONE_YET: Profile = { ...ROUTING_FULL, stage: 'applying', cycle: { submitted: true, interviews: 0 }, usce: { months: 0, kind: 'none', where: [] } };
const PREPARING: Profile = { ...ROUTING_FULL, stage: 'preparing', cycle: undefined, usLors: { count: 2, inSpecialty: true }, usce: { months: 4, kind: 'hands_on', where: ['la_county'] } };

describe('a count without its unit is the saved count it equals', () => {
  it('in the season, the saved interviews: judged against the rank lists of those who matched', () => {
    for (const q of ['3 so far... ok or not?', 'still just three, should I be worried', 'tres, es suficiente?']) {
      const t = text(ask(q, SEASON));
      expect(t, q).toMatch(/You have 3 interviews so far/);
      expect(t, q).toMatch(/rank lists/);
    }
  });
  it('before the season, the one saved fact it equals; a count equal to nothing saved, or two, stays unread', () => {
    expect(text(ask('is 4 good enough?', PREPARING))).toMatch(/US clinical experience|clinical experience/i);
    expect(text(ask('7, is that enough?', SEASON))).not.toMatch(/You have 7 interviews/);
    expect(text(ask('is 2 enough or not', SEASON))).not.toMatch(/You have 2 interviews/);
  });
  it('a count with its unit, a score or money is not a bare count', () => {
    expect(text(ask('is 3 letters enough?', SEASON))).not.toMatch(/You have 3 interviews/);
    expect(text(ask('is 230 enough for IM?', SEASON))).not.toMatch(/interviews so far/);
  });
});

describe('the interview count of the season', () => {
  it('a count taken back at once is the one meant', () => {
    for (const q of ['got 2 interviews, sorry 3, is that enough?', 'I have 6 invites — no wait 7. do I need more?', '4 interviews, actually 5 since yesterday. enough for IM?']) {
      const m = /(\d)[^\d]*$/.exec(q.split(/[?.]/)[0]!)!;
      expect(text(ask(q, SEASON)), q).toMatch(new RegExp(`You have ${m[1]} interviews so far`));
    }
  });
  it('none at all: the season\'s answer and SOAP, then the holes of the file that likely held it back', () => {
    for (const q of ['nothing yet. zero. now what?', 'zero invites and it is december, what do I do', 'not a single interview, what next']) {
      const t = text(ask(q, NONE_YET));
      expect(t, q).toMatch(/You have no interviews so far/);
      expect(t, q).toMatch(/SOAP/);
      expect(t, q).toMatch(/held you back/);
    }
  });
  it('no count said or saved in the season: the guides\' answer, then the count asked for', () => {
    for (const q of ['interviews: how many do I need to be safe?', 'how many interviews would I need to feel ok', 'how many IIs do i need']) {
      const r = ask(q, without(SEASON, 'cycle'));
      expect(needs(r), q).toBe('cycle');
      expect(text(r), q).not.toMatch(/You have \d+ interviews/);
    }
  });
});

describe('a graduation-year limit named by its years', () => {
  it('with no graduation year saved, it is asked for', () => {
    for (const q of ['Loma Linda has a 3 year cutoff, am I within it?', 'some places say five-year limit, would I pass that?', 'do the programs with a 5-yr restriction screen me out?']) {
      expect(needs(ask(q, without(SEASON, 'graduationYear'))), q).toBe('graduationYear');
    }
  });
  it('with the year saved, what the limits do in the plan; the J-1 two-year rule is not this family', () => {
    expect(text(ask('there is a 5 year cutoff at some places, am I within it?', SEASON))).toMatch(/graduation-year limit/);
    expect(needs(ask('do I need to worry about the 2 year rule?', without(SEASON, 'graduationYear')))).not.toBe('graduationYear');
  });
});

describe('a specialty weighed for the asker', () => {
  it('the standing in the specialty named, with its matched figures', () => {
    for (const [q, label] of [['how about psych instead', 'Psychiatry'], ['pathology with my numbers, go or no go?', 'Pathology'], ['anesthesia — worth a shot for me or should I stick to IM?', 'Anesthesiology']] as const) {
      const r = ask(q, SEASON);
      expect(kind(r), q).toBe('plan');
      expect(text(r), q).toMatch(new RegExp(`${label} \\(if you applied in it\\)`));
      expect(text(r), q).toMatch(/Match rate: \d/);
    }
  });
  it('a specialty named without weighing it is not this family', () => {
    expect(text(ask('what does a psych interview day look like?', SEASON))).not.toMatch(/if you applied in it/);
  });
});
