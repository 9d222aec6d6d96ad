// Round 13 own-plan classes, in phrasings written for this test only (none from a question set), each with honest
// look-alikes that must keep their old answer:
// - the fact a question is about (a visa filter, ECFMG timing) is asked for first when it is not saved or saved as
//   "not sure", never replaced by another missing answer or guessed;
// - a stored red flag behind "this"/"it" (attempts, an old graduation) is named in the answer on how to explain it;
// - "my strongest selling points" is read from the saved file's strengths, an unsaved part never counted as one;
// - "which programs should I put on my list" and a subjectless count-and-cost question are the asker's own plan.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { ask, kind, needs, ROUTING_FULL, text, without } from '../helpers/ask-kit.js';

const UNSURE: Profile = { ...without(ROUTING_FULL, 'regions'), visa: 'unsure' };

describe('the fact a question is about is asked for first', () => {
  it('a visa filter asked with the visa unknown asks for the visa', () => {
    for (const q of [
      'should my list only have programs that sponsor visas? not sure about my status',
      'do I have to limit my list to visa sponsoring programs',
      'do i need to filter for sponsorship when i build my list',
      'should I only apply to programs that sponsor visas or everywhere',
      'what programs should I apply to, only the visa-friendly ones?',
    ]) expect(needs(ask(q, UNSURE)), q).toBe('visa');
  });
  it('look-alikes: a visa saved, a visa named, or no visa word asks for no visa', () => {
    const j1: Profile = { ...UNSURE, visa: 'needs_j1' };
    expect(needs(ask('do I have to limit my list to visa sponsoring programs', j1))).not.toBe('visa');
    expect(needs(ask('should I only apply to programs that sponsor visas or everywhere', j1))).not.toBe('visa');
    expect(needs(ask('which programs in LA sponsor H-1B?', UNSURE))).not.toBe('visa');
    expect(needs(ask('how many programs should I apply to?', UNSURE))).not.toBe('visa');
    expect(needs(ask('what does visa sponsorship mean for a residency program?', UNSURE))).toBeUndefined();
  });

  const NO_ECFMG = without(ROUTING_FULL, 'ecfmg');
  it('ECFMG timing asked in the first person with no ECFMG status saved: the guides, then the status asked for', () => {
    for (const q of [
      'will my ECFMG certification be done in time to rank?',
      'am i going to make the rank deadline with ecfmg paperwork still pending',
      'is my ecfmg status going to be a problem for the match this year',
      'could ECFMG stuff stop me from matching this cycle',
      'worried my ECFMG cert wont come through before the ROL deadline, what happens to me',
    ]) {
      const r = ask(q, NO_ECFMG);
      expect(needs(r), q).toBe('ecfmg');
      expect(text(r), q).toMatch(/ECFMG/);
    }
  });
  it('look-alikes: a fee, a general question, or a status saved or stated asks for no ECFMG status', () => {
    expect(needs(ask('how much does ECFMG charge me to sponsor the J-1?', NO_ECFMG))).not.toBe('ecfmg');
    expect(needs(ask('what does ECFMG certification require?', NO_ECFMG))).not.toBe('ecfmg');
    expect(needs(ask('will my ECFMG certification be done in time to rank?', ROUTING_FULL))).not.toBe('ecfmg');
    expect(needs(ask("I'm ECFMG certified already, will that be a problem for ranking?", NO_ECFMG))).not.toBe('ecfmg');
    expect(needs(ask('does ECFMG or the hospital sponsor my J-1?', NO_ECFMG))).not.toBe('ecfmg');
  });
});

describe('a stored red flag behind "this" or "it" is named in the answer', () => {
  const RETRIES: Profile = { ...ROUTING_FULL, step1: { result: 'passed', attempts: 3 } };
  const OLD: Profile = { ...ROUTING_FULL, graduationYear: 2013 };
  const QUESTIONS = [
    'how do i explain this in my personal statement',
    'how should I bring it up in interviews',
    'will PDs hold this against me? how do I address it',
    'what do i say when they ask about it in the interview',
    'should I mention it in my PS or leave it out',
  ];
  it('names the attempts, or the graduation year, that "this" can only mean', () => {
    for (const q of QUESTIONS) {
      expect(text(ask(q, RETRIES)), q).toMatch(/Step 1[^.\n]*(third|3) attempt/i);
      expect(text(ask(q, OLD)), q).toMatch(/2013/);
    }
  });
  it('look-alikes: a clean file, or the thing named in the message, adds no red-flag line', () => {
    for (const q of QUESTIONS) expect(text(ask(q, ROUTING_FULL)), q).not.toMatch(/saved file shows/i);
    for (const q of [
      'how do I talk about my research in interviews',
      'how do I explain my visa needs in the interview',
      'interviews are on zoom, how do I set it up',
      'how should I explain a gap year in general?',
      'my friend failed step 1, how should he explain it',
    ]) expect(text(ask(q, RETRIES)), q).not.toMatch(/saved file shows/i);
  });
});

describe('my strongest selling points are read from the saved file', () => {
  const SPANISH: Profile = { ...ROUTING_FULL, languages: ['Spanish', 'English'], laTies: { family: true, lived: false, trained: false } };
  it('names the saved strengths (a language, family in LA)', () => {
    for (const q of [
      'what are my strongest selling points for LA programs, be honest',
      'what are my strengths as an applicant',
      'whats the best thing about my application',
      'what should I highlight from my file',
      'what makes me stand out for programs here',
    ]) {
      const r = ask(q, SPANISH);
      expect(kind(r), q).toBe('plan');
      expect(text(r), q).toMatch(/Spanish/);
      expect(text(r), q).toMatch(/family/i);
    }
  });
  it('look-alikes: general or someone else\'s strengths are not read from the file', () => {
    for (const q of [
      'what are the strengths of community programs',
      'what makes a personal statement stand out',
      'how do I highlight my research in ERAS',
      'what are my friend\'s strengths as an applicant',
      'what are the strongest specialties for IMGs',
    ]) expect(text(ask(q, SPANISH)), q).not.toMatch(/Your saved file's strongest/);
  });
});

describe('the asker\'s own list and budget, however briefly asked', () => {
  const NO_VISA = without(ROUTING_FULL, 'visa');
  it('"which programs should I put on my list" is the plan list, asking for the visa first', () => {
    for (const q of [
      'Hi! Which IM programs in LA should I put on my list?',
      'what programs should i add to my list',
      'which hospitals should I include in my applications',
      'which programs do I put on my ERAS list',
      'what places should I keep on my list for orange county',
    ]) expect(needs(ask(q, NO_VISA)), q).toBe('visa');
  });
  it('look-alikes: the rank list and general lists are not the plan list', () => {
    for (const q of [
      'what should I put in my personal statement about LA',
      'what should I put on my CV',
      'what programs do IMGs usually put on their list',
    ]) expect(needs(ask(q, NO_VISA)), q).toBeUndefined();
  });
  it('a subjectless count and cost with fillers around it is the asker\'s own', () => {
    const noSpecialty = without(ROUTING_FULL, 'specialty');
    for (const q of [
      'ok so how many programs and how much money, roughly?',
      'hey how many programs and what would it cost roughly',
      'so realistically how many apps and how much',
      'ok and how many programs then?',
      'alright how many programs and total cost',
    ]) expect(needs(ask(q, noSpecialty)), q).toBe('specialty');
  });
  it('look-alikes: a count of programs that exist, or of what others do, is general', () => {
    const noSpecialty = without(ROUTING_FULL, 'specialty');
    for (const q of [
      'how many programs are there in LA?',
      'ok so how many programs do IMGs usually apply to',
      'how many programs sponsor J-1 in California',
      'how much does ERAS cost per program',
      'how many programs does the average applicant rank',
    ]) expect(needs(ask(q, noSpecialty)), q).not.toBe('specialty');
  });
});
