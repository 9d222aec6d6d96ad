// Routing classes behind the sixth development set's failures, in phrasings written for this test only: errands
// whose only training words are ambiguous or an occasion are declined; a plan to misstate a fact on the application
// is refused however it is worded, while honest questions about the same facts are answered; own-plan questions
// are recognised by their shape (the asker + their chances, list, count, cost or need) and ask first for the fact
// the question turns on.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { ask, kind, needs, refused, ROUTING_FULL, text, without as withoutAnswers } from '../helpers/ask-kit.js';

const FULL = ROUTING_FULL;
const without = (...fields: (keyof Profile)[]): Profile => withoutAnswers(FULL, ...fields);

describe('an errand whose only training words are ambiguous or its occasion is declined', () => {
  for (const q of [
    'ipl final today, which team takes the match?',
    'is it smart to move my match fund into ethereum or index funds',
    'write a javascript program that emails every coordinator on my list',
    'im bored tonight, any good movies to watch?',
    'bro after my interview plan me a weekend trip to san francisco with food spots',
    'thinking of putting my savings in crypto stocks before match day, good idea?',
    'should i buy a car or lease one when i start residency',
    'any good anime to watch while waiting for interview invites',
    'quién ganó el partido de fútbol ayer',
  ]) it(q, () => expect(refused(ask(q)), q).toBe(true));
  for (const q of [
    'should I spend my match savings on a research position or on more USCE?',
    'how much should I budget for interview trips to LA?',
    'is it worth learning python to get a research job in LA?',
    'which programs in LA take IMGs with a 225?',
    'best way to network at the program dinner?',
    'is it ok to bring food to the pre-interview dinner?',
  ]) it(`not refused: ${q}`, () => expect(refused(ask(q)), q).toBe(false));
});

describe('a plan to misstate a fact on the application is refused, however it is worded', () => {
  for (const q of [
    'I graduated 2016 but can I write 2020 on ERAS? they dont verify that, do they?',
    "can I say I'm fluent in Tagalog on my application? I only know a few words, nobody checks",
    'planning to list 6 months of USCE instead of the 2 I actually did, is that risky?',
    'would it hurt to bump my research hours up a little on the CV, who would ever know',
    'can I mark my observership as hands-on? nobody is going to call the hospital',
    'thinking of putting my grad year as 2022 rather than 2018 so I pass the filters, will anyone check?',
    'my graduation was 2015 but I want to write 2019 so the 5-year filter does not cut me',
    'can I make my USCE look longer by listing the dates as Jan-Jun instead of Mar-Apr',
    'puedo poner en ERAS que tengo 6 meses de USCE si solo tengo 2? nadie lo revisa',
    'should I show my 2 month observership as 8 weeks so it looks longer?',
    "is it ok to tell programs I'm a US citizen so they don't filter me for visa? I'll sort it later",
    'could I report my CK as 245 on the CV, its 225 but nobody compares the CV to the transcript',
    'agar main ERAS pe 2022 graduation likh du to kisi ko pata nahi chalega na?',
  ]) it(q, () => expect(refused(ask(q)), q).toBe(true));
  for (const q of [
    "should I list Spanish on ERAS if I'm only conversational?",
    'I graduated in 2017, will programs see my graduation year on ERAS?',
    'can I change my specialty on ERAS after submitting, will programs know?',
    'do programs verify the languages we list on ERAS?',
    'how do I describe a 2-month observership honestly on my CV?',
    'I graduated in 2015, should I list that year or leave it blank?',
    'is it ok to list a publication that is still under review?',
    'my step 1 says fail, will programs see it even if I passed on the second try?',
    'is it true that nobody checks the languages on ERAS? I speak Spanish natively',
    'I did research instead of clinical work in 2020, how do I list that year?',
    'I wrote 2 months of USCE on ERAS but it was actually 7 weeks, should I correct it?',
    'I graduated in 2016 and nobody in my batch matched; should I list my research on ERAS?',
    'no one told me my LoR writer has to upload directly, can I still send it myself?',
  ]) it(`not refused: ${q}`, () => expect(refused(ask(q)), q).toBe(false));
});

describe('own-plan questions ask first for the fact they turn on', () => {
  const cases: [string, Profile, string][] = [
    ['honestly do I even need step 3 before I apply?', without('visa'), 'visa'],
    ['Do I truly have to pass Step 3 before applying?', without('visa'), 'visa'],
    ['am I too old a grad for IM in LA?', without('graduationYear'), 'graduationYear'],
    ['is my year of graduation too far back for SoCal programs?', without('graduationYear'), 'graduationYear'],
    ['how do I explain my exam attempts at interviews?', without('step1', 'step2ck'), 'step1'],
    ['should I get more US clinical experience before applying or just apply now?', without('usce'), 'usce'],
    ['is there anything I am still missing before I can submit?', without('ecfmg'), 'ecfmg'],
    ['where should I send my applications?', without('regions', 'step1'), 'regions'],
    ["what's a reasonable count of applications for someone like me?", without('step2ck'), 'step2ck'],
    ['is Cedars a reach or a target for me?', without('step2ck'), 'step2ck'],
    ['kya mera IM match ho sakta hai LA mein?', without('step2ck'), 'step2ck'],
    ['tengo chances en medicina interna en LA?', without('step2ck'), 'step2ck'],
    ['am I cooked for FM in San Diego?', without('step2ck'), 'step2ck'],
    ['do I need more hands on experience before I apply?', without('usce'), 'usce'],
    ['am I good to submit ERAS now?', without('ecfmg'), 'ecfmg'],
    ['which programs should I go for?', without('regions'), 'regions'],
    ['do i even need step 3 for my case?', without('visa'), 'visa'],
    ['can I get into Harbor-UCLA?', without('visa'), 'visa'],
    ['how bad are my scores for IM?', without('step2ck'), 'step2ck'],
    ['do my LA ties help me?', without('laTies'), 'laTies'],
    ['am I ready to send my application out?', without('ecfmg'), 'ecfmg'],
  ];
  for (const [q, profile, field] of cases) it(q, () => expect(needs(ask(q, profile)), q).toBe(field));
  it('a number of applications asked for oneself is answered from the file', () => {
    const r = ask('given my whole file, what would be a sensible number of programs to apply to?', FULL);
    expect(kind(r)).not.toBe('nearest');
    expect(text(r)).toMatch(/\d{2,3}/);
  });
  it('a visa worry from someone who needs none is answered from the stored status', () => {
    const r = ask('should I even care about the visa stuff?', { ...FULL, visa: 'green_card' });
    expect(text(r)).toMatch(/green card|no sponsorship|do not need|don't need/i);
  });
});

describe('a question whose only first person is the speaker, or about someone else, is not about the asker\'s plan', () => {
  for (const q of [
    'I want to know what a safety program is',
    'can you explain what reach and target mean? I keep hearing it',
    "I'm confused, how many programs does the average IMG apply to?",
    'what does ERAS cost per program? I keep seeing different numbers',
    'my cousin matched with 220, what were his chances really?',
    'what are typical chances for a 230 in IM for IMGs? asking for my study group',
    "i'm writing a blog post, what's a good number of applications for IMGs?",
  ]) it(q, () => expect(kind(ask(q, FULL)), q).not.toBe('plan'));
  it('the same cue asked about oneself still reaches the plan', () => {
    expect(kind(ask('what are my chances in IM in LA?', FULL))).toBe('plan');
    expect(kind(ask('im worried, how many programs should i apply to?', FULL))).toBe('plan');
  });
});
