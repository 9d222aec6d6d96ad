// Proves by class, on messages written for this test (not from any evaluation set), that a reply keeps what the
// question asks for: a broad question over a guide made of headed parts names every part; a score the asker
// states is set beside the matched figures; a question about what something should say or hold gets the list of
// what it holds.
import { describe, expect, it } from 'vitest';
import { answerQuestion, createAnswerer } from '../../src/answers/answer.js';
import { loadArticles } from '../../src/knowledge/articles.js';

const answerer = createAnswerer(loadArticles('knowledge/articles'));
const reply = (q: string) => { const r = answerQuestion(answerer, q); return r.found ? r.answer : ''; };

describe('a broad question over a guide made of headed parts names every part', () => {
  it.each([
    'did not match for the second time, which paths are there?',
    'Is there any way forward after not matching twice, or should I quit?',
    'my file is weak and I will skip this cycle, what can I do with the year?',
    'unmatched again... what paths do people take from here',
    'file not ready yet, what long term paths do the guides describe?',
  ])('"%s" names the research, clinical and specialty paths', (q) => {
    const t = reply(q);
    expect(t).toMatch(/research/i);
    expect(t).toMatch(/clinical experience|USCE/);
    expect(t).toMatch(/specialty|family medicine|psychiatry/i);
  });

  it.each([
    'what does the match year look like from june to march?',
    'what happens between now and match day? step by step please',
    'I have interviews in january, what comes after that until match day?',
    'timeline of the whole residency application, start to finish?',
    'what should i do at each point of the match year?',
  ])('"%s" names the rank list and Match Week', (q) => {
    const t = reply(q);
    expect(t).toMatch(/rank/i);
    expect(t).toMatch(/March/);
  });
});

describe('a Step 2 CK score the asker states and asks about is set beside the matched figures', () => {
  it.each([
    ['got 226 on step 2, is that low for IM?', '226', /\b249\b/],
    ['CK 233 - competitive enough for family medicine or no?', '233', /\b231\b/],
    ['my step 2 ck came back 217. how bad is that for psych', '217', /\b242\b/],
    ['mi CK fue 229, es bajo para pediatría?', '229', /\b241\b/],
    ['is a 238 decent for a non-US IMG?', '238', /\b249\b/],
  ] as const)('"%s" says %s against the matched mean', (q, score, mean) => {
    const t = reply(q);
    expect(t).toContain(score);
    expect(t).toMatch(mean);
    expect(t).toMatch(/NRMP Charting Outcomes for non-US IMGs, 2026/);
  });

  it('uses the asker\'s own score, never another person\'s or a wished-for one', () => {
    const friend = reply('my friend scored 251 and matched IM at a university program. I got 223, is mine too low?');
    expect(friend).toMatch(/Your Step 2 CK of 223/);
    expect(friend).not.toMatch(/Your Step 2 CK of 251/);
    const wish = reply('if I had scored 245 instead of 222, would IM be realistic? is 222 low?');
    expect(wish).toMatch(/Your Step 2 CK of 222/);
    expect(wish).not.toMatch(/Your Step 2 CK of 245/);
  });

  it('adds nothing when no score of the asker is stated or nothing is judged', () => {
    expect(reply('what CK do I need for internal medicine?')).not.toMatch(/Your Step 2 CK of/);
    expect(reply('I got 231 on CK, how do I ask for letters?')).not.toMatch(/Your Step 2 CK of/);
  });
});

describe('with a saved file', () => {
  const ask = (q: string, profile: object) => {
    const r = answerQuestion(answerer, q, { profile, now: new Date('2026-12-01T12:00:00Z') });
    return r.found ? r.answer : '';
  };
  it('a saved score the question speaks of is the one set beside the figures, in the saved specialty', () => {
    const t = ask('is my CK score low or about average for the people who matched?', { specialty: { primary: 'family_medicine' }, step2ck: { taken: true, score: 224, attempts: 1 } });
    expect(t).toContain('224');
    expect(t).toMatch(/\b23[01]\b/);
    const roommate = ask('my roommate got 247 and matched IM last year, I got 226, so I can match too right?', { specialty: { primary: 'internal_medicine' } });
    expect(roommate).toContain('226');
    expect(roommate).not.toMatch(/Your Step 2 CK of 247/);
  });
});

describe('a question about what something should say or hold gets the list of what it holds', () => {
  it.each([
    ['what do programs want a letter of recommendation to say about an IMG?', /clinical reasoning/],
    ['my attending agreed to write my LOR. what should the letter actually mention?', /clinical reasoning/],
    ['what should a strong LoR contain for someone with a low CK?', /final-year US student/],
    ['I keep a study diary for my CK retake, what should be in it?', /baseline/],
    ['what goes into a good remediation plan after a fail?', /question bank/],
    ['what should my personal statement include when my scores are low?', /patients|community/],
  ] as const)('"%s"', (q, fact) => {
    expect(reply(q)).toMatch(fact);
  });
});

describe('a plan or count the question itself names is the one priced, digits or words', () => {
  it.each([
    ['what would ERAS charge me for forty five FM programs?', '$780'],
    ['sixty IM plus twenty FM, how much is that in ERAS fees?', '$1,450'],
    ['my old plan was 40 IM, my mentor says more. what does ERAS cost for 90 IM programs?', '$2,130'],
    ['cost of applying to thirty-five psych programs?', '$480'],
    ['ERAS total for 100 IM? last year I did 60', '$2,430'],
  ] as const)('"%s" -> %s', (q, sum) => {
    expect(reply(q)).toContain(sum);
  });
});
