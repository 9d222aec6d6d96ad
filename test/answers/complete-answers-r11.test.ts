// Proves by class, on messages written for this test (not from any evaluation set), that an honest question gets
// the guides' answer in full, and that the look-alikes of each class do not: a verdict asked on a story is answered
// on the story (an off-topic story is still refused); "after my interviews" names post-interview updates; a question
// opening with "when" asks a date; Spanish and Portuguese reapplying questions are read; and the passage a question
// lands on says the answer (a late letter follows later, a delay ages the graduation year, a fail's reason is brief,
// the statement does not blame the school).
import { describe, expect, it } from 'vitest';
import { answerQuestion, createAnswerer } from '../../src/answers/answer.js';
import { storyQuestion } from '../../src/answers/verdict.js';
import { questionShape } from '../../src/answers/question-shape.js';
import { loadArticles } from '../../src/knowledge/articles.js';

const answerer = createAnswerer(loadArticles('knowledge/articles'));
const ask = (q: string) => answerQuestion(answerer, q);
const reply = (q: string) => { const r = ask(q); return r.found && r.kind !== 'refusal' ? r.answer : ''; };

describe('a verdict asked on a story is answered on the story', () => {
  it.each([
    ['My aunt is a nurse in Ohio and she told me never to mention my Step 1 fail anywhere in my application. Is she right?', /programs will see it/],
    ['A senior from my school in Cairo keeps saying observerships are useless and I should skip them completely. Is that true?', /observership/i],
    ['Someone in my Telegram group said you need at least 10 publications to match into family medicine. Is that correct?', /do not need a stack of publications/],
    ['My mentor back home told me to send thank-you emails to every program the day after the interview. Does that make sense?', /thank-you|instructions/i],
    ['I paid for a six-week observership in Texas where I only watched rounds. Was that money wasted?', /hands-on/i],
  ])('"%s"', (q, said) => {
    expect(reply(q)).toMatch(said);
  });

  it('the person who said it is not the topic ("my aunt is a nurse" is no question about nursing jobs)', () => {
    const t = reply('My aunt is a nurse in Ohio and she told me never to mention my Step 1 fail anywhere in my application. Is she right?');
    expect(t).not.toMatch(/medical assistant|phlebotomist/);
  });

  it.each([
    'My cousin is opening a bakery in Torrance and wants me to invest my savings. Is that a sensible plan?',
    'My neighbour insists cats are smarter than dogs. Is she right?',
    'My best friend\'s wedding in Lagos is in June and she really wants me there. Is that a good idea?',
    'My brother says his crypto coin will double by March. Is he right?',
    'My landlord says the rent goes up in July. Is that fair?',
  ])('an off-topic story is still not answered from the guides: "%s"', (q) => {
    expect(reply(q)).toBe('');
  });

  it.each([
    'Is it realistic to match IM with a 215?',
    'Is it ok to apply to 150 programs?',
    'Is that a problem for H-1B programs?',
    'is it true that step 1 is pass fail now?',
    'Should I listen to podcasts while studying for CK?',
  ])('a question that names its own topic is not a verdict on a story: "%s"', (q) => {
    expect(storyQuestion({ text: q, type: 'yesno' }, ['I graduated in 2019 from a school in Lagos.'])).toBeUndefined();
  });
});

describe('what to do about a problem the story names is answered on the story', () => {
  it.each([
    ['A resident told me my case presentations are hard to follow because of my accent. How can I work on this?', /accent|communication/i],
    ['I got a really weak letter from my externship attending, I saw it by accident. What can I do about it?', /letter/i],
    ['I had a 3-year gap after graduation to care for my kids. How do I handle that in ERAS?', /graduat/i],
    ['My Step 1 was a fail on the first attempt. What should I do about it now?', /fail/i],
    ['My co-observer said patients kept asking me to repeat myself because of my accent. How do I work on that?', /accent|communication/i],
  ])('"%s"', (q, said) => {
    expect(reply(q)).toMatch(said);
  });

  it.each([
    'My car broke down on the freeway yesterday. What can I do about it?',
    'My roommate plays loud music every night. How do I deal with that?',
    'My phone screen cracked this morning. How do I fix that?',
  ])('an off-topic problem is still not answered from the guides: "%s"', (q) => {
    expect(reply(q)).toBe('');
  });
});

describe('an either-or whose second half only gives up on the first asks one thing', () => {
  it.each([
    'Is there any path left for me or should I give up?',
    'is there still a way to match with a 205 or should I just quit?',
    'can I still get into FM after three unmatched cycles or is it hopeless?',
    'do I still have a chance at LA programs with a 2012 graduation or is it too late?',
    'any realistic route into psychiatry for me or should I move on?',
  ])('"%s" is one question, answered whole', (q) => {
    expect(questionShape(q).questions).toHaveLength(1);
    expect(reply(q)).not.toBe('');
  });

  it.each([
    'is IM realistic for me or should I switch to FM?',
    'should I apply this cycle or should I take Step 3 first?',
    'is a research year worth it or should I do more USCE?',
  ])('a real alternative is still read as two questions: "%s"', (q) => {
    expect(questionShape(q).questions.length).toBeGreaterThan(1);
  });
});

describe('news after the interviews is an update to programs', () => {
  it.each([
    'just got my step 3 pass after my interviews, do I tell the programs now or wait?',
    'my step 3 result came out after interview season, should I email the programs?',
    'published a case report after my interviews ended - worth letting programs know?',
    'Passed Step 3 last week, all my interviews are done. Do I inform programs?',
    'new poster accepted after all my interviews, do I send an update?',
  ])('"%s" says to send one concise update', (q) => {
    expect(reply(q)).toMatch(/update|concise email/i);
  });

  it.each([
    'I passed step 3, do programs care?',
    'do I need Step 3 before my interviews for H-1B programs?',
    'do I need Step 3 for an H-1B?',
  ])('a Step 3 question with no interviews behind it is about Step 3: "%s"', (q) => {
    expect(reply(q)).toMatch(/Step 3/);
    expect(reply(q)).not.toMatch(/send it when the news arrives/);
  });
});

describe('a question opening with "when" asks a date', () => {
  it.each([
    'when ERAS opens next cycle?',
    'ERAS opening date next cycle?',
    'when open ERAS next cycle?',
    '¿cuándo abre ERAS el próximo ciclo?',
    'and when ERAS opens for next season?',
  ])('"%s" gets the month ERAS opens', (q) => {
    expect(reply(q)).toMatch(/June/);
  });

  it('"when I ..." is a condition, not a date asked', () => {
    expect(reply('when I did not match, what should I do next cycle?')).not.toMatch(/^\*\*June/);
  });
});

describe('Spanish and Portuguese reapplying questions are read', () => {
  it.each([
    'no quedé en el match de medicina interna, ¿me conviene cambiar a pediatría el próximo ciclo?',
    'no hice match dos veces, ¿sigo intentando o busco otra especialidad?',
    'não dei match em clínica médica, vale a pena mudar para medicina de família no próximo ciclo?',
    'nao consegui match, devo continuar tentando em Los Angeles ou mudar de especialidade?',
    '¿debería cambiarme a psiquiatría o volver a intentar medicina interna?',
  ])('"%s" is answered', (q) => {
    expect(reply(q)).not.toBe('');
  });

  it('changing an exam date is not switching specialty', () => {
    expect(reply('¿puedo cambiar la fecha de mi examen CK?')).not.toMatch(/Family Medicine or Psychiatry programs/);
  });
});

describe('service for the underserved back home counts for LA programs', () => {
  it.each([
    'I volunteered at a rural clinic in Kenya for two years. Does that count for LA programs?',
    'does volunteering in my home country count for residency in california?',
    'I ran free blood-pressure camps in my village for 2 years. Is that relevant at all for US programs or too far away?',
    'is community work back home worth putting on ERAS for SoCal programs?',
    'My NGO work in Dhaka slums was years ago and far from LA. Does it still matter?',
  ])('"%s"', (q) => {
    expect(reply(q)).toMatch(/underserved|health equity|Home-country work/);
  });
});

describe('the passage a question lands on says the answer', () => {
  it.each([
    'one of my writers hasn\'t uploaded yet, should I keep ERAS unsubmitted till she does?',
    'my LoR from the externship is still pending, can I send my application anyway?',
    'the attending who promised me a letter is taking forever, do I wait to submit?',
    'Can I submit ERAS now and have the last recommendation letter come in afterwards?',
    'should I delay my ERAS submission until all three letters arrive?',
  ])('a late letter follows later: "%s"', (q) => {
    const t = reply(q);
    expect(t).toMatch(/submit/i);
    expect(t).toMatch(/later|after|arrive|when the writer uploads/i);
  });

  it.each([
    'is it smarter to skip this match and apply next year once my step 2 is higher?',
    'graduated 2020, should I wait one more cycle so my CK is stronger?',
    'should I push ERAS back a year to get a better CK score?',
  ])('a year of delay ages the graduation year: "%s"', (q) => {
    expect(reply(q)).toMatch(/graduation year|older graduate/);
  });

  it.each([
    'I failed Step 1 because I was working nights to pay for my mother\'s surgery. How much of that do I explain to programs?',
    'how much detail should I give about why I failed CK?',
  ])('a fail\'s reason is brief: "%s"', (q) => {
    expect(reply(q)).toMatch(/brief/i);
  });

  it.each([
    'Should I write that my low score was my college\'s fault for bad teaching?',
    'our professors never covered half the USMLE content. Can my PS say it was their fault?',
  ])('the statement does not blame the school: "%s"', (q) => {
    expect(reply(q)).toMatch(/blam/i);
  });
});

describe('a priced plan or budget is the answer: no generic "In short" fee example beside it', () => {
  it.each(['how much for 60 IM and 30 FM', 'what would 45 FM programs cost me', 'ERAS cost for 70 programs in IM?', 'i have $800 for ERAS, how many FM programs'])('"%s"', (q) => {
    const r = ask(q);
    expect(r.found && r.answer).toBeTruthy();
    expect(r.found ? r.answer : '').not.toMatch(/In short: 30 programs/);
  });
});
