// Round 11 (understand11b): research counts told with a concession ("a dozen if you count abstracts, but 8 real
// papers" is 8), a letter to the editor (a publication, never a letter of recommendation), and a count that describes
// some of the papers or posters already counted ("1 poster is just an abstract") adds none. Messages in our own words.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

const research = (message: string) => read('research', message).got.research as Record<string, unknown> | undefined;

describe('the narrower count after a concession is the count', () => {
  it.each([
    ['10 pubs if you count abstracts, but only 6 real papers', 6],
    ['7 papers counting the abstracts, but 4 proper publications', 4],
    ['9 publications including abstracts, though only 5 peer reviewed', 5],
    ['4 pubs if you count the one in press, but honestly 3', 3],
    ['a dozen pubs if you count the posters, but 7 actual papers', 7],
  ])('%s', (message, publications) => {
    expect(research(message)).toMatchObject({ publications });
  });
});

describe('look-alikes: a subset or another kind after "but"', () => {
  it.each([
    ['5 pubs including 2 case reports, but 3 are first author', { publications: 5 }],
    ['10 pubs if you count abstracts, but 2 posters too', { publications: 10, posters: 2 }],
    ['3 pubs and 2 posters, but 1 poster is just an abstract', { publications: 3, posters: 2 }],
    ['4 papers, 2 papers are case reports', { publications: 4 }],
  ])('%s', (message, want) => {
    expect(research(message)).toMatchObject(want);
  });
});

describe('a letter to the editor is a publication', () => {
  it('listed among the publications with a total', () => {
    expect(research('pubs: 1 case rep + 1 letter to editor + 2 originals so 4 total. posters zero')).toMatchObject({ publications: 4, posters: 0 });
  });
  it('beside papers', () => {
    expect(research('2 papers and a letter to the editor')).toMatchObject({ publications: 3 });
  });
  it('never a US letter of recommendation', () => {
    expect(read('usLors', '3 US letters, plus I wrote a letter to the editor once').got.usLors).toMatchObject({ count: 3 });
  });
});
