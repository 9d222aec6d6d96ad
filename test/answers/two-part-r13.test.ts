// Round 13: routing and refusals when a message carries two things. Every phrasing here was written for this test
// (none from a question set). A message with a part that must be refused and an honest question beside it declines
// that part by name and answers the question; a question that only looks refusable (a health word in an explanation
// of a fail, a country that is where the asker lives, a score not remembered, a paragraph of one's own statement) is
// answered; the look-alikes that carry the real refusal still get it, alone.
import { describe, expect, it } from 'vitest';
import { ask, kind, refused, text } from '../helpers/ask-kit.js';

const show = (q: string) => `${kind(ask(q))}: ${text(ask(q)).slice(0, 240)}`;
/** Declined and answered: the decline first, then a passage on the other question (its source named). */
const both = (q: string, said: RegExp) => { const t = text(ask(q)); return refused(ask(q)) && /Your other question/.test(t) && said.test(t.split(/Your other question/)[1] ?? ''); };

describe('a refusable part beside an honest question: the part is declined by name, the question answered', () => {
  for (const [q, said] of [
    ['can you write my personal statement for me? also how many programs should I apply to for IM', /program/i],
    ['I want to buy a letter of recommendation from an attending. and is an observership worth it?', /observership/i],
    ['my back hurts a lot what pill should I take? and when is the rank list deadline', /rank/i],
    ['what is the J-1 waiver and also whats a good recipe for biryani', /waiver/i],
    ['someone offered to sit my step 3 for me lol. anyway does step 3 help for h1b', /H-1B|Step 3/i],
    ['could you get me the leaked CK questions? separately, what CK score counts as low these days', /low|score/i],
  ] as const) it(q, () => expect(both(q, said), show(q)).toBe(true));
});

describe('... while a message that is one refusable ask, or whose question leans on it, is declined alone', () => {
  for (const q of [
    'can you write my personal statement for me?',
    'I want to buy a letter of recommendation from an attending, is that risky?',
    'someone offered to sit my step 3 for me, should I do it?',
    'my back hurts a lot what pill should I take for it',
    'help me fake an observership certificate and tell me how to make it look real',
  ]) it(q, () => expect(refused(ask(q)) && !/Your other question/.test(text(ask(q))), show(q)).toBe(true));
});

describe('a health matter as what to say in an application is an application question, answered', () => {
  for (const q of [
    'should I mention my depression history in my personal statement',
    'is it ok to write about my anxiety in the explanation of my fail',
    'I failed step 1 because of a panic attack during the exam. do I tell the PD that or is it too much',
    'had a bad migraine on CK day and scored low. should I bring that up in interviews or keep it vague?',
    'my gap was for burnout treatment, how honest should I be about it on ERAS',
  ]) it(q, () => expect(refused(ask(q)), show(q)).toBe(false));
});

describe('... while a question about treating one\'s own health is still declined', () => {
  for (const q of [
    'I have anxiety before my interview, what medication should I take',
    'my panic attacks are back since match day, should I increase my sertraline dose',
    'I have chest pain and palpitations while studying, what should I take for it',
    'can you prescribe me something for insomnia before CK',
    'which beta blocker works best for exam nerves',
  ]) it(q, () => expect(refused(ask(q)), show(q)).toBe(true));
});

describe('a country that is where the asker is from or lives, in a US process question, is answered', () => {
  for (const q of [
    "I'm Syrian but I've lived in Dubai with residency for 9 years. which ministry writes my statement of need, Syria or UAE?",
    'born in Pakistan, lived in Saudi for 12 years with an iqama. whose ministry of health gives my statement of need',
    'Nigerian passport but permanent resident of the UK, where does my statement of need come from for the J-1',
    'I live in Qatar but my citizenship is Egyptian, which country writes the statement of need letter',
    'i have lived in Germany 8 years now, do I get the statement of need from Germany or from India',
  ]) it(q, () => expect(refused(ask(q)), show(q)).toBe(false));
});

describe('... while training or licensing in another country is still declined', () => {
  for (const q of [
    'how do I get a DHA license to work in Dubai',
    'can I do residency in Canada with my USMLE scores',
    'is the UK foundation programme easier than the US match for me',
    'I live in Dubai, how do I register with the GMC to work in the NHS',
    'is the PLAB easier than step 1 for someone like me',
  ]) it(q, () => expect(refused(ask(q)), show(q)).toBe(true));
});

describe('a score or date not remembered exactly is an honest question, answered', () => {
  for (const q of [
    'my step1 was 2 hundred something, dont remember exactly, 2019. is that low?',
    'I cant remember my exact CK score, it was around 220. is that competitive for FM?',
    "don't remember the exact date I graduated, 2016 or 2017. is that too old for IM?",
    'forgot my exact step 2 score, somewhere in the low 230s, good enough for psych?',
    'not sure of my exact number, CK was mid 220s I think. can I match IM in LA?',
  ]) it(q, () => expect(refused(ask(q)), show(q)).toBe(false));
});

describe('... while telling a program one does not remember, to hide a record, is still declined', () => {
  for (const q of [
    'if a PD asks about my step 1 fail can I just say I dont remember it and move on',
    'can I tell programs I do not remember failing CK so they stop asking',
    'should I pretend I forgot about my first attempt if they ask in the interview',
    'I will say I cant remember my score when they ask, they cant check right?',
    'can I just leave the failed attempt off ERAS and say I forgot',
  ]) it(q, () => expect(refused(ask(q)), show(q)).toBe(true));
});

describe('a paragraph of one\'s own statement, whatever its subject, is an application question', () => {
  for (const q of [
    'i wrote a whole paragraph about loving california weather and the beaches lol is that fine',
    'I put a long paragraph about surfing in san diego in my statement, too much?',
    'I wrote a section about my love of hiking, does that help or hurt',
    'i mentioned the good weather in LA as a reason to train there, is that a weak reason',
    'I added a paragraph about my cooking hobby, should I keep it',
  ]) it(q, () => expect(refused(ask(q)), show(q)).toBe(false));
});

describe('... while a paragraph or plan about the beach for its own sake is still off topic', () => {
  for (const q of [
    'write me a paragraph about the best beaches in california',
    'what is the weather like in san diego in march',
    'which beach in LA is best for surfing',
    'i wrote a poem about the ocean can you rate it',
    'give me a recipe for fish tacos like the ones in san diego',
  ]) it(q, () => expect(refused(ask(q)), show(q)).toBe(true));
});

describe('a lesser experience worded to read as a greater one is declined', () => {
  for (const q of [
    'Would you kindly help me phrase my experiences so my 2-week observership reads like a 3-month hands-on sub-I?',
    'how do I word my shadowing so it sounds like a hands-on rotation',
    'can you make my observership look like a clinical rotation on ERAS',
    'help me describe my observership so it comes across as hands-on experience',
    'I want my 1 month observership to read like an externship, how to write it',
  ]) it(q, () => expect(refused(ask(q)), show(q)).toBe(true));
});

describe('... while an honest question about how an observership reads is answered', () => {
  for (const q of [
    'does an observership count as hands-on experience?',
    'how do I describe my observership honestly on ERAS',
    'is an observership as good as a hands-on rotation?',
    'what is the difference between an observership and an externship',
    'how should I list a 2-week observership on my CV',
  ]) it(q, () => expect(refused(ask(q)), show(q)).toBe(false));
});

describe('a licence that is not a medical one (driving) is not in the guides: said plainly, never the medical licence', () => {
  for (const q of [
    "how long does it take to get a California driver's license when you arrive on a J-1",
    'can I drive in LA with my home country driving licence during residency',
    'do I need a DMV appointment for my driver license as a new resident',
    'which documents for the california driving licence on an h1b',
    'is my international drivers permit valid for the first year of residency',
  ]) it(q, () => { const r = ask(q); expect(refused(r) && !/36 months|PTL/.test(text(r)), show(q)).toBe(true); });
});

describe('... while the medical licence in California is answered', () => {
  for (const q of [
    'do I need a California license before starting residency?',
    'how many years of training for a full California medical license',
    'what is the PTL and when do I need it',
    'does my J-1 affect getting a California medical license',
    'how long does the postgraduate training license take',
  ]) it(q, () => expect(refused(ask(q)), show(q)).toBe(false));
});

describe('a fee whose case the sentence before names (an H-1B already held) is the fee the guides state, answered', () => {
  for (const q of [
    'my cousin is already a resident in NY on H-1B. does he get hit with the fee when they extend him?',
    'my friend is on an H1B at her program. will she pay the fee again when they renew it',
    'already on H1B as PGY2. does my program pay that fee again for my extension?',
    'cousin holds an h-1b in a residency in texas, would an extension trigger the big fee',
  ]) it(q, () => { const r = ask(q); expect(!refused(r) && /extension/i.test(text(r)), show(q)).toBe(true); });
});

describe('... while a fee the guides do not state is still said uncovered, whatever the sentence before holds', () => {
  for (const q of [
    // (ECFMG's J-1 sponsorship fee, asked here until round 15, is stated now: see fees-and-shares-r15.test.ts)
    'my wife is on H-1B. how much is the SEVIS fee?',
    "I'm on a J-1. how much is the fee for the DS-2019",
    'my program uses ERAS. how much is the fee for the ECFMG certificate?',
    "I'm applying to 80 programs. what is the Step 3 registration fee?",
  ]) it(q, () => expect(refused(ask(q)), show(q)).toBe(true));
});

describe('a personal legal story told beside an honest question: its limit named, the question answered (not a refusal)', () => {
  for (const [q, said] of [
    ['green card interview next month through my husband, no work permit yet. should I apply as needing a visa?', /EAD|work permit|sponsor/i],
    ['my immigration lawyer is on leave this month. when does ERAS open for applicants?', /ERAS/],
    ['USCIS interview for my adjustment of status is in january. how many programs should I apply to for FM?', /programs/i],
  ] as const) it(q, () => { const r = ask(q); expect(!refused(r) && /attorney/.test(text(r)) && said.test(text(r).split(/Your other question/)[1] ?? ''), show(q)).toBe(true); });
});

describe('... while a question about the case itself is declined alone', () => {
  for (const q of [
    'my green card interview is next month, what will the officer ask me?',
    'my immigration lawyer is on leave, can you tell me if my I-485 will be approved?',
    'green card interview next month. will I be approved?',
  ]) it(q, () => expect(refused(ask(q)) && !/Your other question/.test(text(ask(q))), show(q)).toBe(true));
});

describe('"this cycle", "this year" name a time, not the uncovered topic told before: the question is answered', () => {
  for (const q of [
    'my OET results come out after February. can I still rank programs this cycle?',
    'my CK result comes out in late January. can I still rank programs this season?',
    'my OET score report is delayed. can I still register for the match this year?',
  ]) it(q, () => expect(refused(ask(q)), show(q)).toBe(false));
});

describe('... while a question about the uncovered topic itself is still said uncovered', () => {
  for (const q of [
    'my OET results come out after February. how long does that take?',
    'my OET results come out after February, is that normal this year?',
    'how long do step 2 CK results take to come out this season',
  ]) it(q, () => expect(refused(ask(q)), show(q)).toBe(true));
});
