// Round 7 classes, in phrasings written for this test (none taken from a development set): a date, amount or count
// question is answered by a passage that states one even when other words ("next cycle") point elsewhere; a yes/no
// question about a fee is not read as asking the fee's amount; the short answer carries the asked-about fact; topics
// the data holds but no passage held (the J-1 Statement of Need) are answered with their source.
import { describe, expect, it } from 'vitest';
import type { AskResult } from '../../src/domain/advice.js';
import { askType, questionShape } from '../../src/answers/question-shape.js';
import { countedThing } from '../../src/answers/cover.js';
import { answerTraced, createAnswerer } from '../../src/answers/answer.js';
import { loadArticles } from '../../src/knowledge/articles.js';
import { ADVICE } from './grade.js';

const ask = (q: string) => ADVICE.ask(q);
const text = (r: AskResult) => (r.found ? r.answer : '');
const ANSWERER = createAnswerer(loadArticles('knowledge/articles'));

describe('a date, amount or count is answered by a passage that states one', () => {
  it.each([
    'when do eras applications open again for the next cycle',
    'for the coming cycle, when is ERAS opening?',
    'when can i submit eras next cycle',
    'what month does the eras season start for the next match?',
    'eras kab open hota hai next cycle ke liye',
  ])('when ERAS opens, whatever else the question names (%s)', (q) => {
    const t = text(ask(q));
    expect(t).toMatch(/June|September/);
  });
  it.each([
    'how much will ERAS cost me next cycle if I reapply to 60 programs?',
    'reapplying after not matching, what are the eras fees per program?',
  ])('the fee table for a reapplicant (%s)', (q) => {
    expect(text(ask(q))).toMatch(/\$11/);
  });
});

describe('a yes/no question that names a fee does not ask its amount', () => {
  it.each([
    'with this H1B fee thing should I just aim for J1 instead?',
    'is the ERAS fee the same for every specialty?',
    'because of the new fee, can I still hope for an H-1B?',
  ])('a yes/no question (%s)', (q) => {
    expect(askType(q)).not.toBe('amount');
  });
  it.each([
    'how much is the ERAS fee for 50 programs?',
    'does ERAS cost more after 30 programs?',
    'what is the h1b fee',
  ])('an amount (%s)', (q) => {
    expect(askType(q)).toBe('amount');
  });
});

describe('the J-1 paperwork, from ECFMG\'s own pages (no passage held it before)', () => {
  it.each([
    'who writes the statement of need for a j1 doctor?',
    'do I need a letter from the health ministry back home for my J-1?',
    'statement of need kya hai aur kaun deta hai',
    'my program asked for a "letter of need" for the J-1, what is that?',
    '¿qué es el statement of need para la visa J-1?',
  ])('the Statement of Need: a Ministry of Health letter (%s)', (q) => {
    const t = text(ask(q));
    expect(t).toMatch(/Ministry of Health/);
    expect(t).toMatch(/ecfmg\.org/);
  });
  it.each([
    'what docs does ecfmg want before they sponsor my j1',
    'after matching, what do I have to send ECFMG for the J-1?',
  ])('the documents: certificate, contract or offer letter, Statement of Need (%s)', (q) => {
    const t = text(ask(q));
    expect(t).toMatch(/offer letter/);
    expect(t).toMatch(/Statement of Need/);
  });
  it('how long ECFMG takes: four to six weeks once every document is in, said first', () => {
    expect(text(ask('how many weeks does ECFMG take to sponsor a J-1')).slice(0, 250)).toMatch(/four to six weeks/);
  });
});

describe('a short piece joined on after a question asks too', () => {
  it.each([
    ['how many programs should a low scorer apply to? and the eras fees', 2],
    ['j1 or h1b for IM? also visa timing pls', 2],
    ['what CK is safe for FM? plus the cost of applying', 2],
    ['is 220 low for IM? and I graduated in 2015', 1],
    ['how many letters do I need? thanks a lot', 1],
  ])('%s -> %i questions', (q, n) => {
    expect(questionShape(q).questions.filter((x) => !x.side).length).toBe(n);
  });
  it.each([
    'match rate for non-US IMGs in 2026? and the eras fee per program',
    'IMG match rate? also eras fees quick',
  ])('both parts answered (%s)', (q) => {
    const t = text(ask(q));
    expect(t).toMatch(/56\.4%/);
    expect(t).toMatch(/\$11/);
  });
});

describe('a yes/no question is answered in plain words by the passage it lands on', () => {
  it.each([
    ['will a transitional year automatically lead to a PGY-2 spot?', /does not guarantee a categorical or PGY-2 position/],
    ['prelim IM year = guaranteed categorical later?', /does not guarantee a categorical or PGY-2 position/],
    ['does gold signaling a program mean they must interview me', /does not guarantee an interview/],
    ['do i have to pass step 3 before i can apply to residency at all', /not required to apply for residency/],
    ['now that step 1 is pass fail, does CK matter more?', /pass\/fail/],
  ])('%s', (q, fact) => {
    expect(text(ask(q))).toMatch(fact);
  });
});

describe('a short follow-on made only of time words leans on the question before it', () => {
  it.each([
    'when is the PTL needed for a California resident? before starting or later?',
    'by when must I have the california training licence? before july or after',
  ])('%s', (q) => {
    const shape = questionShape(q);
    expect(shape.questions.every((x) => /licen[cs]e|PTL/i.test(x.text))).toBe(true);
    expect(text(ask(q))).toMatch(/180 days/);
  });
});

describe('the words applicants use (USCE, family, new petitions, clinical reasoning) are the words the reply uses', () => {
  it.each([
    ['does my aunt living in Irvine count as a tie to SoCal?', /Family/],
    ['my brother lives in Pasadena, is that worth mentioning as an LA connection', /Family/],
    ['is the $100k H-1B charge also paid on a renewal of my current H-1B?', /new petitions only/],
    ['what budget should I plan besides the ERAS fees, rotations and all', /USCE/],
    ['which qualities should my US attending highlight in the letter?', /clinical reasoning/],
  ])('%s', (q, fact) => {
    expect(text(ask(q))).toMatch(fact);
  });
});

describe('making CK the strong point after a Step 1 fail: the target and how to know you are ready', () => {
  it.each([
    'failed step 1 once. can a great CK make up for it?',
    'how do I bounce back with Step 2 after failing Step 1',
    'step1 fail on my transcript, how do I turn CK into the best part of my file?',
  ])('%s', (q) => {
    const t = text(ask(q));
    expect(t).toMatch(/230/);
    expect(t).toMatch(/NBME/);
  });
});

describe('a "No: ..." answer comes first and is followed by what to do instead', () => {
  it.each([
    'I passed CK with a 214, can I take it again for a better number?',
    'is it possible to resit step 1 after passing just to get a higher score',
    'can i sit for step 2 ck a second time to boost a weak pass?',
  ])('%s', (q) => {
    const t = text(ask(q));
    expect(t).toMatch(/^No: /);
    expect(t).toMatch(/Step 3 with a strong score/);
  });
});

describe('what LA programs weigh besides scores: USCE, letters and ties, then fit', () => {
  it.each([
    'apart from my USMLE numbers, what do residencies in LA look for?',
    'other than scores what matters to los angeles programs',
  ])('%s', (q) => {
    const t = text(ask(q));
    expect(t).toMatch(/USCE/);
    expect(t).toMatch(/letters/);
  });
});

describe('Spanish and Portuguese questions about what programs value read as English', () => {
  it.each([
    '¿Qué buscan los programas de residencia en LA aparte de las notas?',
    'O que os programas de Los Angeles valorizam além das pontuações?',
  ])('%s', (q) => {
    const t = text(ask(q));
    expect(t).toMatch(/USCE/);
    expect(t).toMatch(/Spanish/);
  });
});

describe('a plan typed with short specialty names is priced per specialty', () => {
  it.each([
    ['what would ERAS cost for 50 int med and 25 fam med?', /internal medicine \$930 \+ family medicine \$275 = \$1,205/],
    ['eras fees for 35 internal med + 10 neuro', /internal medicine \$480 \+ neurology \$110 = \$590/],
  ])('%s', (q, fact) => {
    expect(text(ask(q))).toMatch(fact);
  });
});

describe('a count question is answered by a passage that counts the thing asked', () => {
  it.each([
    'with a 224 CK how many programs should I apply to for IM',
    'roughly how many IM programs does a 230 CK non-US IMG apply to?',
    'visa needing img, step 2 around 220 - how many residency programs to apply?',
  ])('programs, not CK means (%s)', (q) => {
    expect(text(ask(q))).toMatch(/80–120/);
  });
  it.each([
    ['how many programs should i apply to?', /program/],
    ['how many US letters do programs want', /letter/],
    ['how many months of USCE', /month/],
  ])('%s counts %s', (q, re) => {
    expect(countedThing(q)?.test(`about 3 ${re.source}s`)).toBe(true);
  });
  it('nothing countable named: no pattern', () => {
    expect(countedThing('how many is too many?')).toBeUndefined();
  });
});

describe('USCE, research and a retake plan, in the words applicants use', () => {
  it.each([
    ['is shadowing in a US clinic real USCE?', /less weight/],
    ['USCE or publications - what should come first for FM with a low score?', /matters more/],
    ['failed CK, did way too many question banks. how should I study differently for the retake?', /One main question bank/],
    ['retaking step 2 after a fail, what study resources should I stick to', /One main question bank/],
  ])('%s', (q, fact) => {
    expect(text(ask(q))).toMatch(fact);
  });
});

describe('the short later half of a split question leans on the first half', () => {
  it('is marked as joined, so it is ranked with the first half\'s words', () => {
    const shape = questionShape('do i need the OET for certification, or is step 2 enough?');
    expect(shape.questions[1]?.joined).toBe(true);
  });
  it('a second question joined by "and" starts its own topic', () => {
    expect(questionShape('what does the PTL cost, and how many letters do i need?').questions[1]?.joined).toBeUndefined();
  });
});

describe('why community work counts is said in the passage every such question lands on', () => {
  it.each([
    'is volunteering at a free clinic worth anything for LA programs?',
    'I ran health camps in my village for two years. would socal programs care about that?',
  ])('%s', (q) => {
    expect(text(ask(q))).toMatch(/health equity/);
  });
});

describe('"enough" names no topic: a sufficiency question is ranked on what it asks about', () => {
  it.each([
    ['is 3 months of hands-on USCE enough', 'usce-hands-on'],
    ['are 2 US letters enough', 'strong-us-letters'],
    ['is a CK of 225 enough for IM', 'what-low-means'],
  ])('%s -> %s, with no rank-list passage', (q, article) => {
    const { articles } = answerTraced(ANSWERER, q);
    expect(articles[0]).toBe(article);
    expect(articles.slice(0, 3)).not.toContain('rank-list-length');
  });
});
