// Four topics a new user asked about and got no answer to: the couples match, credit for training abroad, US
// healthcare jobs outside the doctor's role, and DACA. Each question, in applicants' own words, is answered from
// the topic's article and states its key fact.
import { describe, expect, it } from 'vitest';
import { answerTraced, createAnswerer } from '../../src/answers/answer.js';
import { loadArticles } from '../../src/knowledge/articles.js';

const answerer = createAnswerer(loadArticles('knowledge/articles'));
/** The article a reply comes from and its text ('' when the question is refused or not found). */
const ask = (q: string) => {
  const r = answerTraced(answerer, q).result;
  return r.found && r.kind !== 'refusal' ? { article: r.articleId, text: r.answer } : { article: undefined, text: '' };
};

describe('the couples match', () => {
  it.each([
    'me and my fiancee are both IMGs, how does matching as a couple actually work?',
    'can my girlfriend and I link our rank lists for the match?',
    'is the couples match only for married people?',
  ])('"%s" hears that the couple matches to the best pair where both are offered a place', (q) => {
    const r = ask(q);
    expect(r.article).toBe('couples-match');
    expect(r.text).toMatch(/pair/);
    expect(r.text).toMatch(/nrmp\.org/);
  });

  it('the No Match pairing, and no fall-back to separate lists', () => {
    const r = ask('what does pairing a program with "no match" do on a couples rank list?');
    expect(r.article).toBe('couples-match');
    expect(r.text).toMatch(/No Match/);
    expect(r.text).toMatch(/does not fall back/);
  });

  it('both partners needing a visa: every line needs sponsoring programs in one area', () => {
    const r = ask('we both need visa sponsorship and want to couples match, what does that change?');
    expect(r.article).toBe('couples-match');
    expect(r.text).toMatch(/both programs on every line must sponsor/);
  });
});

describe('US healthcare jobs outside the doctor\'s role', () => {
  it.each([
    'I work as a phlebotomist in a hospital in Riverside, is that USCE?',
    'does my medical assistant job at a family clinic count as US clinical experience',
    'im a registered nurse in the US, can i call that clinical experience on ERAS?',
  ])('"%s" hears that it is generally not USCE', (q) => {
    const r = ask(q);
    expect(r.article).toBe('non-physician-us-work');
    expect(r.text).toMatch(/not counted as USCE/);
  });

  it('such a job is still worth listing as US work experience', () => {
    const r = ask('should I still put my scribe job on my application even if it is not USCE?');
    expect(r.article).toBe('non-physician-us-work');
    expect(r.text).toMatch(/worth listing, as US work experience/);
  });
});

describe('DACA recipients', () => {
  it.each([
    'I am a DACA recipient, does a program have to sponsor a visa for me?',
    'dreamer here with a work permit, is that enough for all 3 years of residency?',
  ])('"%s" hears: no sponsorship, but a valid EAD for every year of training', (q) => {
    const r = ask(q);
    expect(r.article).toBe('daca-residency');
    expect(r.text).toMatch(/do not need a program to sponsor/);
    expect(r.text).toMatch(/every day of training/);
  });

  it('California licensing is open whatever the immigration status', () => {
    const r = ask('can I get a California medical license as a DACA recipient?');
    expect(r.article).toBe('daca-residency');
    expect(r.text).toMatch(/citizenship or immigration status/);
    expect(r.text).toMatch(/SB 1159/);
  });

  it('how the NRMP counts DACA recipients is not stated, and that is said plainly', () => {
    const r = ask('how does the NRMP classify DACA applicants in its match data?');
    expect(r.article).toBe('daca-residency');
    expect(r.text).toMatch(/not stated in our sources/);
  });
});
