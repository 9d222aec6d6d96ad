// Round 20: words that reach the guides however they are dressed. A letter's courtesy formulas and a chat's hedges
// ("Respected madam, I would be grateful if you could explain", "sorry if this is a silly question", "quick update")
// are manner, not topic; a negated word the guides never use ("unprofessional") is read as the word it negates; the
// degrees of one adjective ("tougher", "more difficult", "easiest") are that adjective; "how much tougher" asks a
// degree, not a sum; telling the programs a new result is the guides' post-interview update; "where do I even begin"
// is the self-assessment; a visa spelled out ("the J one") is that visa. Phrasings written for this test only.
import { describe, expect, it } from 'vitest';
import { answerTraced, createAnswerer } from '../../src/answers/answer.js';
import { askType } from '../../src/answers/question-shape.js';
import { loadArticles } from '../../src/knowledge/articles.js';

const answerer = createAnswerer(loadArticles('knowledge/articles'));
const traced = (q: string) => answerTraced(answerer, q);
/** The guide the reply's first passage came from, and the reply's text. */
const first = (q: string) => { const t = traced(q); return { article: t.chosen > 0 ? t.articles[0] : undefined, text: t.result.found ? t.result.answer : '' }; };

describe('a letter\'s courtesy formulas and a chat\'s hedges are not what is asked', () => {
  it.each([
    ['Respected madam, I would be very grateful if you could explain why programs in Southern California seem so much tougher to get into than programs in Texas. Yours faithfully, Dr. K.', 'la-socal-harder'],
    ['Good morning, sorry to bother you. Could you please explain what the J-1 home country rule means for me once training ends? Thanks in advance', 'visa-basics'],
    ['Kindly advise how many letters from US physicians I should have. Best regards', 'strong-us-letters'],
    ['Sorry if this is a silly question, but when does ERAS open to programs?', 'match-calendar'],
    ['quick update: passed CK 229 last week. real question: how many programs should I apply to in IM?', 'apply-early-broadly'],
  ])('"%s" is answered from %s', (q, article) => expect(first(q).article, q).toBe(article));
});

describe('a negated word is read as the word it negates', () => {
  it('"unprofessional" reaches the professionalism guide', () => {
    const r = first('would it look unprofessional to email the coordinator twice in one week?');
    expect(r.article).toBe('professionalism');
    expect(r.text).toMatch(/responsive|courteous/);
  });
  it('a short remainder is no negation: "inform" is not "form"', () => {
    expect(first('do I inform programs when my Step 3 passes?').article).toBe('post-interview-communication');
  });
});

describe('the degrees of one adjective are that adjective, and "how much tougher" asks a degree', () => {
  it.each([
    ['which SoCal area is easiest for IMGs to match in?', 'la-socal-harder'],
    ['is psych harder than FM for a non-US grad?', 'specialty-choice'],
    ['how much tougher is Orange County than the Inland Empire for IMGs?', 'core-plus-extended-list'],
  ])('"%s" is answered from %s', (q, article) => expect(first(q).article, q).toBe(article));

  it.each([
    ['how much tougher is Orange County than the Inland Empire?', 'other'],
    ['how much higher do matched IMGs score in psych than in FM?', 'other'],
    ['how much more does it cost to apply to 100 programs instead of 60?', 'amount'],
    ['how much is the ERAS fee for 40 programs?', 'amount'],
  ])('"%s" reads as %s', (q, type) => expect(askType(q)).toBe(type));
});

describe('telling the programs a new result is the post-interview update', () => {
  it.each([
    'my CK finally came back 238 in the middle of interview season. should I tell the programs?',
    'got my ECFMG certificate today!! tell the pds or not worth an email',
  ])('"%s" draws the guide on updates', (q) => expect(first(q).article, q).toBe('post-interview-communication'));
  it('a pass reported to the places already seen is called worth an update', () => {
    expect(first('Step 3 passed two days ago. The places that already interviewed me, do I tell them now?').text).toMatch(/update/);
  });
});

describe('"where do I begin" is the self-assessment, in any words', () => {
  it.each([
    'I just graduated and honestly have no idea where to begin with the US match',
    'CK 215, no USCE, need a visa. where should I start?',
    'no sé por dónde empezar con el match',
  ])('"%s" draws the self-assessment guide', (q) => expect(first(q).article, q).toBe('self-assessment'));
});

describe('a visa spelled out is that visa', () => {
  it('"the H one B" needs Step 3', () => expect(first('does the H one B need Step 3 passed?').text).toMatch(/Step 3 passed/));
  it('"the J one" is capped at seven years', () => expect(first('is the J one capped at seven years?').text).toMatch(/seven years/));
});
