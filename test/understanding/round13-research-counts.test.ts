// Round 13, research counts that are not more papers: papers only promised or due ("my PI promised 2 papers", "2 pubs
// expected by march") are not out yet, an authorship told of some papers ("first author on 1") is part of the count
// told, and time "as (a) research fellow / postdoc" is research years.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

const research = (m: string) => read('research', m).got.research as { publications?: number; posters?: number; years?: number } | undefined;

describe('papers promised or due are not out', () => {
  it.each([
    ['my PI promised 2 papers with my name by summer, right now nothing published. 1 poster tho', 0, 1],
    ['2 pubs expected by march, 1 published already, 1 poster', 1, 1],
    ['1 paper out, 2 more coming out soon, 3 posters', 1, 3],
    ['mentor expects 2 papers by december, none published yet, 2 posters', 0, 2],
    ['3 posters, and my boss promised 1 paper by next month, nothing published so far', 0, 3],
  ])('%s', (m, publications, posters) => expect(research(m)).toMatchObject({ publications, posters }));

  it.each([
    ['2 pubs by march 2024 and 1 poster', 2, 1],
    ['2 papers published in may, 1 poster', 2, 1],
    ['1 pub, 1 poster, i expect my score soon', 1, 1],
    ['3 papers, 2 posters presented in summer', 3, 2],
    ['4 publications so far and 1 poster', 4, 1],
  ])('published ones still count: %s', (m, publications, posters) => expect(research(m)).toMatchObject({ publications, posters }));
});

describe('an authorship told of some of the papers', () => {
  it.each([
    ['3 publications (first author on 1) and 4 abstracts presented as posters, plus 2 more pubs under review', 3, 4],
    ['4 pubs, first author on 2, and 1 poster', 4, 1],
    ['2 papers (1 as first author), 3 posters', 2, 3],
    ['5 papers, first-authored 2 of them, 1 poster', 5, 1],
    ['3 pubs, 1 first author, 2 posters', 3, 2],
  ])('%s', (m, publications, posters) => expect(research(m)).toMatchObject({ publications, posters }));

  it.each([
    ['2 posters as first author and 1 pub', 1, 2],
    ['first author on 2 posters, 1 paper', 1, 2],
    ['2 yrs postdoc at NIH, 4 first-author pubs + 2 co-author, 1 poster', 6, 1],
    ['3 pubs, first author on 2, co-author on 1, 1 poster', 3, 1],
  ])('a count with its own kind, or papers split by authorship: %s', (m, publications, posters) => expect(research(m)).toMatchObject({ publications, posters }));
});

describe('time as a research fellow or postdoc', () => {
  it.each([
    ['1 pub in Cureus + 3 posters at national conferences, also did a year as research fellow at Emory.', 1],
    ['2 pubs, 1 poster, 2 yrs as postdoc at Penn', 2],
    ['1 paper, 1 poster, one year as a research fellow at UCLA', 1],
    ['3 pubs, 0 posters, 18 months of research at Yale', 1.5],
    ['2 pubs 2 posters, 2 years as research scholar at Hopkins', 2],
  ])('%s', (m, years) => expect(research(m)?.years).toBe(years));

  it.each([
    '2 pubs, 1 poster, my friend did 2 years as research fellow',
    '2 pubs, 1 poster, i want to do a year as research fellow',
    '2 pubs, 1 poster, graduated 2 years ago',
  ])('no years of the applicant: %s', (m) => expect(research(m)?.years).toBeUndefined());
});
