// Round 11 (understand11b): a visa chosen beside the other visa named only with its drawback ("h1b pls, the j1 waiver
// is too much hassle") is that one visa; a drawback said of both, or beside a choice of both, stays either.
// Messages written in our own words.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

const visa = (message: string) => read('visa', message).got.visa;

describe('one visa chosen, the other named only for what is hard about it', () => {
  it.each([
    ['going for J1, too few programs sponsor H1B', 'needs_j1'],
    ['h1b please — the j1 home requirement is a headache', 'needs_h1b'],
    ['j1 is what i will need, h1b is too hard to get', 'needs_j1'],
    ['H1B chahiye, J1 waiver bahut mushkil hai', 'needs_h1b'],
    ['necesito H1B, la J1 es mucha complicacion', 'needs_h1b'],
    ['quero J1, poucos programas dao H1B', 'needs_j1'],
    ['j1. h1b programs are rare', 'needs_j1'],
  ])('%s', (message, want) => {
    expect(visa(message)).toBe(want);
  });
});

describe('look-alikes: a drawback that chooses nothing between them', () => {
  it.each([
    ['j1 waiver is a hassle but honestly i would take j1 or h1b', 'either'],
    ['j1 or h1b, whichever, h1b paperwork is a hassle for programs tho', 'either'],
    ['h1b is hard to get, j1 is hard too, i will take what comes', 'either'],
    ['j1 is fine, h1b would be better but it is rare', 'either'],
    ['need a j1, even though j1 waiver jobs are hard to find', 'needs_j1'],
    ['h1b or j1 both fine', 'either'],
  ])('%s', (message, want) => {
    expect(visa(message)).toBe(want);
  });
  it('a question about how hard a visa is stores no visa', () => {
    expect(visa('is h1b really that hard to get for IMGs?')).toBeUndefined();
  });
});
