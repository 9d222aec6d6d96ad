// Round 11: refusal precision. Each class has new phrasings written for this test only (none from a question set)
// and honest look-alikes with the same words and another meaning, which must not be refused. A topic the guides do not
// cover refuses a question only when the question asks about it; the off-topic refusal needs a message the guides
// share nothing with; the unethical asks told as stories (credit for work not done, an observership relabelled, a fail
// under a former name) are declined; pay and relocation money are said to be uncovered.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { ask, kind, refused, text } from '../helpers/ask-kit.js';
import { compileIntents } from '../../src/answers/intent.js';
import { readKnowledgeJson } from '../../src/knowledge/knowledge-files.js';

/** Declined, or said plainly to be outside the guides: never a near article given as the answer. */
// round 19: a late start is said uncovered after the July 1 rule the guides hold (asked-things.json `known`), not refused
const notAnswered = (q: string) => { const r = ask(q); return !r.found || r.kind === 'refusal' || /\bOur guides do not cover\b/.test(r.answer); };
const show = (q: string) => `${kind(ask(q))}: ${text(ask(q)).slice(0, 140)}`;

describe('a topic named only in the background does not refuse a question the guides answer', () => {
  for (const q of [
    'My husband works in Glendale now. I graduated in 2016 and took a break for my children; will my year of graduation hurt me with LA programs?',
    'My parents retired on a small pension and they are paying for everything. Does the ERAS fee go up after the first thirty programs?',
    'My wife is a nurse in Irvine and wants to stay there. Should I apply only to Orange County or more broadly?',
    'We have two kids and my spouse has a job in San Diego. How much does hands-on USCE matter compared to an observership?',
    'My brother lives in Pomona and I would stay with him to save on rent. Does that count as a tie to the Inland Empire?',
  ]) it(q, () => expect(refused(ask(q)), show(q)).toBe(false));
});

describe('... while a question about that topic itself is still refused', () => {
  for (const q of [
    'My wife is on a J-2 visa. Can she work while I am in residency?',
    'My husband will come with me. Can he work on an H-4?',
    'I have two kids. Can they stay with me on my J-1 and go to school here?',
    'How much is rent for a one-bedroom near Harbor-UCLA?',
    'My parents are retired. Is there a pension plan for residents at Kaiser?',
  ]) it(q, () => expect(notAnswered(q), show(q)).toBe(true));
});

describe('a residency question in plain words is not refused as off topic', () => {
  for (const q of [
    'someone on telegram mentioned a core list and an extended list, what is that about?',
    'can I tell programs I love LA for the sunshine and the ocean? it is the truth',
    'is wanting to live near the beach an ok reason to give for choosing LA?',
    'why is it so much harder to land a spot in LA than in Ohio?',
  ]) it(q, () => expect(refused(ask(q)), show(q)).toBe(false));
  for (const q of [
    'which beach in LA is best for surfing this weekend?',
    'I want to see the Santa Monica pier, which bus goes there?',
    'what is the weather like in San Diego in March?',
  ]) it(`still off topic: ${q}`, () => expect(refused(ask(q)), show(q)).toBe(true));
});

describe('an errand outside advising is declined even when it names the training it is for', () => {
  for (const q of [
    'which crypto coin should I buy this month to grow my savings so I can afford more ERAS programs?',
    'is bitcoin or ethereum a better bet right now? I want more money for applications next year',
    'any good biryani places near Artesia? I am doing an observership close by',
    'best tacos near Cedars-Sinai? I am there for an interview next week',
    'where can I find halal food near Loma Linda during my rotation',
  ]) it(q, () => expect(refused(ask(q)), show(q)).toBe(true));
});

describe('... and questions that only mention money, food or a move are not declined as errands', () => {
  for (const q of [
    'I lost my savings in crypto last year, can I still afford 60 programs?',
    'any good programs near Artesia for family medicine?',
    'Should I bring coffee for the staff on my last observership day in Artesia?',
    'do programs pay attention to where I am relocating from?',
    'Can I live on my savings while I do an observership in LA for three months?',
  ]) it(q, () => expect(refused(ask(q)), show(q)).toBe(false));
});

describe('credit for work not done is declined, however it is offered', () => {
  for (const q of [
    'A senior offered to put me as third author on his case report even though I did not contribute anything. Good for ERAS?',
    'My mentor wants to add me as co-author on a study I had nothing to do with so my CV looks stronger. Should I say yes?',
    'can I accept middle authorship on a paper I never worked on? my PI insists',
    'my friend will list me as an author on his abstract even though I did no work on it, can I put it on ERAS?',
    'Should I take the second authorship my boss is offering on a paper I did not write or help with?',
  ]) it(q, () => expect(refused(ask(q)), show(q)).toBe(true));
});

describe('... and honest questions about authorship are answered', () => {
  for (const q of [
    'I did not do any research in med school. Can I still get a case report published before ERAS?',
    'I was second author on a paper I worked on for a year. How do I list it on ERAS?',
    'My PI added me as an author after I did the data analysis; does that count as a publication on ERAS?',
    'I have not worked on any paper yet, will that hurt my IM application?',
    'How much does authorship order matter for a family medicine application?',
    'I did not do any USCE yet, but I am co-author on three papers. Does that help?',
  ]) it(q, () => expect(refused(ask(q)), show(q)).toBe(false));
});

describe('an observership relabelled as hands-on work is declined', () => {
  for (const q of [
    "Can I put 'externship' on my ERAS instead of observership? it felt hands-on anyway",
    'is it okay to call my shadowing an externship on the application',
    'I will describe my observership as hands-on experience in ERAS, nobody checks right?',
    'write externship instead of observership on my CV, is that fine?',
    'can I label my observership a clinical rotation in MyERAS since I saw patients with him',
  ]) it(q, () => expect(refused(ask(q)), show(q)).toBe(true));
});

describe('... while honest questions about the two kinds are answered', () => {
  for (const q of [
    'What is the difference between an externship and an observership for ERAS?',
    'I did an externship and an observership; which should I list first in ERAS?',
    'How do I describe my observership honestly in ERAS so it still counts?',
    'Is a paid externship better than an observership for getting US letters?',
    'My externship was hands-on, can I call it hands-on USCE in my application?',
    'Can I count my hands-on externship as USCE if I also did an observership?',
  ]) it(q, () => expect(refused(ask(q)), show(q)).toBe(false));
});

describe('a fail under a former name, asking whether it would be linked, is declined', () => {
  for (const q of [
    'I failed CK under my old name before my divorce. If I apply with my new surname, will programs connect it to me?',
    'My first Step 1 attempt was under my maiden name; now with my married name, would anyone even trace it back?',
    'Failed Step 2 in 2020 with my old passport name. New passport, new name now. Would ERAS tie the two together?',
  ]) it(q, () => expect(refused(ask(q)), show(q)).toBe(true));
  for (const q of [
    'I changed my name after marriage and failed Step 1 before that. How do I make sure ECFMG links my records correctly?',
    'I failed Step 1 under my maiden name. How do I explain the fail in interviews?',
    'Do programs see a failed attempt from years ago?',
    'I failed Step 1 before I married and changed my name. Will ERAS connect my transcript to my new name automatically?',
  ]) it(`not declined: ${q}`, () => expect(kind(ask(q)), show(q)).not.toBe('refusal'));
});

describe('resident pay and relocation money are said to be uncovered', () => {
  for (const q of [
    'what does an intern earn in Orange County and can two people live on that?',
    'what do PGY-1s make in LA these days',
    'will the program cover my moving costs from Cairo?',
    'do hospitals reimburse flights when you relocate for residency?',
    'roughly how much would a first-year resident take home in Riverside?',
  ]) it(q, () => expect(notAnswered(q), show(q)).toBe(true));
  for (const q of [
    'what makes a program IMG friendly?',
    'how can I make my application stronger before moving to LA?',
    'what does ERAS cost for 40 programs?',
  ]) it(`answered: ${q}`, () => expect(refused(ask(q)), show(q)).toBe(false));
});

describe('a chances question naming a program is not refused as its private preferences', () => {
  for (const q of [
    'with CK 250 would Cedars interview me for IM? I need a visa',
    'will UCLA interview an IMG with a 240 who needs a J-1?',
  ]) it(q, () => expect(kind(ask(q)), show(q)).not.toBe('refusal'));
  for (const q of [
    'what does UCLA IM secretly look for in applicants?',
    'what is the internal cut-off at Cedars for IM?',
    'will Kaiser rank me after my interview went well?',
  ]) it(`still refused: ${q}`, () => expect(notAnswered(q), show(q)).toBe(true));
});

describe('a status with its own work permit is answered with the work permit, not a sponsor list', () => {
  const said = /\bEAD\b|work (?:permit|authori[sz]ation)|employment authori[sz]ation/i;
  for (const [q, profile] of [
    ['I have DACA and grew up in Fresno; do I need a visa sponsor for residency like other IMGs?', {}],
    ['pending asylum case, I have an EAD. do programs need to sponsor a J-1 for me?', {}],
    ['I came on asylum, got my work permit last year. Is J-1 sponsorship something I need for LA programs?', { regions: ['la_county'] }],
  ] as [string, Profile][]) it(q, () => expect(text(ask(q, profile)), show(q)).toMatch(said));
  it('a J-1 applicant still gets the sponsor list', () => {
    expect(text(ask('which programs in the Inland Empire sponsor a J-1 for me?', { regions: ['inland_empire'], visa: 'needs_j1' }))).toMatch(/J-1/);
  });
});

describe('a spouse who is a US citizen does not give status by itself', () => {
  for (const q of [
    'My husband is a US citizen, so I will not need a J-1 for residency, right? I am in Egypt now.',
    'Married an American last year, still living in Karachi. Can I apply as someone who needs no visa?',
  ]) it(q, () => {
    const r = ask(q, {});
    expect(kind(r), show(q)).not.toBe('refusal');
    expect(text(r)).toMatch(/green card|immigration status|work authori[sz]ation|EAD/i);
  });
  it('an asker who says they need a J-1 is answered on what they ask', () => {
    expect(text(ask('my husband is a US citizen and I need a J-1. can we do the couples match together?', { visa: 'needs_j1' }))).toMatch(/couples/i);
  });
  it('a citizen applicant is not refused', () => expect(refused(ask('I am a US citizen who studied in the Caribbean; do I need a visa for residency?'))).toBe(false));
});

describe('a pointer leans on the sentence just before it, and a covered thing named by its own words is answered', () => {
  for (const q of [
    'My cousin lives in Torrance so I would save on rent there. People tell me to add Inland Empire programs too. Is that a bad idea if I really only want LA?',
    'how long does ECFMG need to sponsor my J-1, and when does the DS-2019 come?',
    "My PI says the 100,000 dollar fee won't apply to me since I'm already here on H-1B as a postdoc. Is he right?",
    'say I end up matching in New York, is it possible to come back to California later?',
  ]) it(q, () => expect(refused(ask(q)), show(q)).toBe(false));
  for (const q of [
    'People tell me to add IE programs. My wife is on a J-2 visa. Is that enough for her to work?',
    'how long does ECFMG take to issue my certificate after Step 2?',
    // ECFMG's J-1 sponsorship fee is stated since round 15 (the figure table, 2023); the SEVIS fee beside it is not
    'how much is the SEVIS fee for my J-1?',
    'can I start residency later than July if my visa is late?',
  ]) it(`still uncovered: ${q}`, () => expect(notAnswered(q), show(q)).toBe(true));
});

describe('a word prefix of the intent vocabulary stops before the words it should not reach', () => {
  const { features } = compileIntents(readKnowledgeJson('answers/intent.json'));
  const hits = (name: string, word: string) => { const re = features.get(name)!; re.lastIndex = 0; return re.test(word); };
  it('exam, not example or examine', () => {
    for (const w of ['exam', 'exams', 'examination', 'examinations']) expect(hits('exam', w), w).toBe(true);
    for (const w of ['example', 'examples', 'examine', 'examined']) expect(hits('exam', w), w).toBe(false);
  });
  it('Hindi bana (make), not banana; interview milega, not an interview milestone; mana karna, not mana Karachi', () => {
    for (const w of ['bana do', 'banao', 'banaya', 'banaake']) expect(hits('make_verb', w), w).toBe(true);
    expect(hits('make_verb', 'a banana')).toBe(false);
    expect(hits('secure_spot', 'interview milega')).toBe(true);
    expect(hits('secure_spot', 'interview milestone')).toBe(false);
    expect(hits('lie_answer', 'mana karna')).toBe(true);
    expect(hits('lie_answer', 'mana karachi')).toBe(false);
  });
});

describe('each intent class spares the honest question that shares its words', () => {
  for (const q of [
    'Should I buy extra official transcripts from ECFMG for programs that want paper copies?',
    'Can I purchase more letter slots in ERAS, or is four the limit?',
    "My school's transcript looks fake because of the old font, will ECFMG reject it?",
    'I found out a classmate forged my LOR without telling me. What should I do now?',
    'How do programs catch fake letters of recommendation?',
    'If programs ask whether I have any fails, I can tick no since I passed everything first try, right?',
    'Is there a grace period after the ERAS deadline for my late letters?',
    'I was laid off from my research job in March. Will that gap hurt my application?',
    'My EAD expires in 2027; can I still rank programs that start in July 2027?',
    'My green card is pending. Will that affect which programs I can apply to?',
    'could you summarize what the guides say about USCE for me?',
    'could you help me plan my next steps for this cycle?',
    'Can you translate what categorical and preliminary mean in simple words?',
  ]) it(q, () => expect(refused(ask(q)), show(q)).toBe(false));
  for (const q of [
    'Where can I buy a US LOR from a doctor I never met?',
    'Can I get a fake observership certificate that does not look fake?',
    'If they ask whether I failed, can I tick no even though I failed Step 1?',
    'I was laid off from my H-1B job last week; how long can I stay before I am out of status?',
    'My EAD expires in March; can I stay in the US legally until July?',
    'My asylum case is pending. Will traveling abroad for an interview hurt my case?',
    'Can you translate my diploma into English?',
    'can you help me plan my wedding?',
  ]) it(`still declined: ${q}`, () => expect(refused(ask(q)), show(q)).toBe(true));
});

describe("an uncovered topic's word used for something the guides cover is not refused", () => {
  for (const q of [
    'Should I write in my PS that my parents moved to LA and I want to stay close to them?',
    'My sister works as a nurse at Cedars; does that count as an LA tie?',
    "My tita lives in Cerritos so I would stay with her and save on rent, that's a real LA tie right?",
    'Can I mention my dog in my personal statement as part of who I am?',
    'I took a vacation year after graduation, will the gap hurt me?',
    'I was on vacation when my interview invite came and answered two days late. Is that a problem?',
    'I study 40 hours a week for CK, is that enough to score 240?',
    'I did first aid training as a volunteer in Karachi, does that count as community service?',
    'What are the best programs for IMGs with low scores in LA?',
    'My kids go to school in Irvine, is that a strong enough tie to Orange County?',
  ]) it(q, () => expect(refused(ask(q)), show(q)).toBe(false));
  for (const q of [
    'My parents want to come and stay with me during residency; which visa do they need?',
    'Do residents work 80 hours a week in IM at County?',
    'do residents get vacation in their first year?',
    'how long is vacation in PGY-1 at Kaiser?',
    'can I take vacation during intern year?',
    'Is First Aid enough for Step 1 or do I need Pathoma too?',
    'What are the top ranked IM programs in California?',
    'Can I bring my dog to an apartment near the hospital, and how much is pet rent?',
  ]) it(`still uncovered: ${q}`, () => expect(notAnswered(q), show(q)).toBe(true));
});

describe("another country's exam already passed is history; one aimed at is still declined", () => {
  for (const q of [
    'I passed PLAB 1 last year. Does it help at all with US programs?',
    'I already took my PLAB 1; will US programs count that as anything?',
  ]) it(q, () => expect(refused(ask(q)), show(q)).toBe(false));
  for (const q of [
    'I passed PLAB 1, how do I book PLAB 2?',
    'PLAB or USMLE, which is easier for me?',
    'my PLAB score is 160, is that good?',
    'I passed PLAB 1 last year; how long until I can work in the UK?',
  ]) it(`still declined: ${q}`, () => expect(refused(ask(q)), show(q)).toBe(true));
});
