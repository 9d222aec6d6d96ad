// Last cycle is not this cycle: interviews told of a past application are not this cycle's count nor an interviewing
// stage, and a reapplicant getting ready again stays a reapplicant. This cycle's interviews are still taken.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { interpret, type Command } from '../../src/engine/interpret.js';

const now = new Date('2026-12-06T12:00:00Z');
function read(text: string, profile: Profile = { specialty: { primary: 'psychiatry' } } as Profile): Command[] {
  return interpret({ kind: 'text', text }, { mode: 'question', pending: { id: 'stage' } as never, profile, now, planShown: false });
}
const fields = (cs: Command[]) => Object.fromEntries(cs.flatMap((c) => (c.type === 'set' || c.type === 'correct' ? [[c.update.field, c.update.value]] : [])));

describe('interviews of a past cycle are not stored as this cycle', () => {
  for (const t of ['i applied last year and didnt match, had 3 interviews. now reapplying for 2027', 'got 2 interviews last cycle, reapplying now',
    'last year I had 3 interviews', 'applied in 2025 and got 0 interviews. reapplying', 'my previous application got 4 interviews, no match'])
    it(`"${t}"`, () => {
      const got = fields(read(t));
      expect(got.cycle).toBeUndefined();
      expect(got.stage).not.toBe('interviewing');
    });
});

describe('look-alikes: this cycle\'s interviews are taken', () => {
  for (const [t, n] of [['I have 3 interviews so far', 3], ['2 interviews this cycle', 2], ['this year 2 interviews, last year none', 2], ['got 1 interview invite yesterday', 1], ['3 interviews now', 3]] as const)
    it(`"${t}" stores ${n}`, () => {
      expect(fields(read(t)).cycle).toMatchObject({ interviews: n });
    });
});

describe('a reapplicant stays one', () => {
  const reapplying = { specialty: { primary: 'psychiatry' }, stage: 'reapplying' } as Profile;
  for (const t of ["haven't submitted yet for next cycle", 'preparing for next cycle', 'applying again this september'])
    it(`"${t}" keeps the stage reapplying`, () => {
      expect(fields(read(t, reapplying)).stage ?? 'reapplying').toBe('reapplying');
    });
  it('look-alike: "this is my first time applying" corrects it', () => {
    expect(fields(read('this is my first time applying', reapplying)).stage).toBe('applying');
  });
});
