// Round 13 unlisted situations, in phrasings written for this test only (none from a question set), each with
// honest look-alikes: a J-1's own papers asked about by someone whose saved status needs no visa are answered with
// that status; an honest question about one's own half-remembered score is never refused as dishonest (the word
// classifier alone refuses only a message that asks for an act); "list size" and "is 100 IM programs enough" are the
// count of applications, answered from the guides' general answer when no file is saved.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { ask, needs, refused, ROUTING_FULL, text, without } from '../helpers/ask-kit.js';

describe('a J-1 paper asked about by someone who needs no visa', () => {
  const CITIZEN: Profile = { ...ROUTING_FULL, visa: 'us_citizen' };
  const GREEN: Profile = { ...ROUTING_FULL, visa: 'green_card' };
  it('says the saved status beside the guides\' answer', () => {
    for (const q of [
      'do I need that Ministry of Health letter thing too?',
      'do i have to get a statement of need',
      'will I need a DS-2019 for residency?',
      'do I need to worry about the two-year home rule',
      'does the ministry letter apply to me',
    ]) {
      expect(text(ask(q, CITIZEN)), q).toMatch(/US citizen/);
      expect(text(ask(q, GREEN)), q).toMatch(/green card/);
    }
  });
  it('look-alikes: a J-1 asker, or a question about someone else, is not told they need no visa', () => {
    const j1: Profile = { ...ROUTING_FULL, visa: 'needs_j1' };
    for (const q of ['do I need that Ministry of Health letter thing too?', 'do i have to get a statement of need', 'will I need a DS-2019 for residency?']) {
      expect(text(ask(q, j1)), q).not.toMatch(/you need no visa sponsorship/i);
    }
    expect(text(ask('what is a statement of need?', CITIZEN))).not.toMatch(/you saved that you are a US citizen/);
    expect(text(ask('what does the DS-2019 show?', CITIZEN))).not.toMatch(/you saved that you are a US citizen/);
  });
});

describe('a letter that is another document is not the count of US letters', () => {
  const noLors = without(ROUTING_FULL, 'usLors');
  it('asks for no US letters', () => {
    for (const q of ['do I need that Ministry of Health letter thing too?', 'do I need an offer letter before the J-1?', 'do i need a visa support letter from the program', 'do I need a letter of good standing from my school', 'will I need the contract letter for ECFMG?']) {
      expect(needs(ask(q, noLors)), q).not.toBe('usLors');
    }
  });
  it('look-alikes: letters of recommendation are still the asker\'s count', () => {
    for (const q of ['do I need more letters?', 'do I need more US letters before applying?', 'how many more LORs do I need?']) expect(needs(ask(q, noLors)), q).toBe('usLors');
  });
});

describe('an honest question about a half-remembered score is answered, a request to misstate it is refused', () => {
  it('answers', () => {
    for (const q of [
      'my step 1 was in the two hundreds, cant recall the number, 2018. is that bad',
      'ck was around 220 i think, not sure exactly. low?',
      'forgot my exact step 1 score, it was in the 210s back in 2017, is that competitive',
      'dont remember my exact CK, low 230s. is that good enough for IM',
      'my step1 was 2 hundred something, no idea exactly, 2016. is that low?',
    ]) expect(refused(ask(q)), q).toBe(false);
  });
  it('look-alikes: asking to misstate the record is still refused', () => {
    for (const q of [
      'can i say my step 1 was 230 when i dont remember exactly',
      'my ck was 220, can I just write 235 on my cv, nobody checks',
      'how do I make my observership look like hands-on',
      'can i tell programs i passed step 1 first time when i failed',
      'should i lie about my graduation year on eras',
    ]) expect(refused(ask(q)), q).toBe(true);
  });
});

describe('the count of applications by other names', () => {
  it('"list size??" with shorthand stats and no saved file gets the guides\' counts', () => {
    for (const q of [
      'ck 236 s1 pass yog21 j1 IM LA. list size??',
      'ck241 step1 pass yog 2020 fm socal how big should my list be',
      'list size for me? ck 229 yog 19 h1b',
    ]) expect(text(ask(q)), q).toMatch(/\b(80|100|120)\b/);
  });
  it('"is 100 IM programs enough?" with no CK saved asks for it', () => {
    const noCk = without(ROUTING_FULL, 'step2ck');
    for (const q of ['is 100 IM programs enough for me?', 'are 60 FM programs enough', 'is 90 psych apps too many for me']) expect(needs(ask(q, noCk)), q).toBe('step2ck');
  });
  it('look-alikes: the rank list and other lists are not the application count', () => {
    for (const q of ['how long should my rank list be', 'how big should my list of interview questions be']) expect(needs(ask(q, without(ROUTING_FULL, 'step2ck'))), q).not.toBe('step2ck');
  });
});

describe('stating a score one does not know (found at the merge of two answer branches)', () => {
  it('a plan to write or say a figure not remembered is refused as misstating the record', () => {
    for (const q of [
      'can i put 230 for step 1 if i dont remember the exact score',
      'should i write around 220 for my ck on my cv even though i dont know it exactly',
      'is it ok to tell programs my ck was 240 since i cant recall it',
    ]) expect(refused(ask(q)), q).toBe(true);
  });
  it('look-alikes: a half-remembered score asked about, or what to say when asked, is answered', () => {
    for (const q of [
      'i dont remember exactly my step 1, it was around 230, is that low?',
      'what do i say if they ask my step 1 score and i dont remember it exactly?',
      'my ck was like 225 i think, dont remember exactly, which programs are realistic',
    ]) expect(refused(ask(q)), q).toBe(false);
  });
});
