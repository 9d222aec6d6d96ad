// Round 7's new-user trial, as classes in our own words: whose score it is in Hinglish, Spanish, Portuguese and
// English ("her CK", "uska ck"), passes said in Spanish, greetings with a word of address, "what if I don't match"
// as a question, and an assumption that never overwrites what was said before.
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/engine/understand/understand.js';
import type { Profile, ProfileField } from '../../src/domain/profile.js';
import { conversation } from '../helpers/conversation.js';

const NOW = new Date('2026-12-06T12:00:00Z');
const read = (text: string, pending: ProfileField, profile: Profile = { specialty: { primary: 'internal_medicine' } }) => understand(text, { pending, profile, now: NOW });
const ck = (text: string) => read(text, 'step2ck').updates.find((u) => u.field === 'step2ck')?.value as { score?: number; attempts?: number } | undefined;

describe('a partner\'s or a friend\'s score is theirs, in any of our languages', () => {
  it.each([
    ['mera ck 240 hai, uska ck 228', 240],
    ['mera ck 237 first attempt. 229 meri wife ka hai', 237],
    ['meri ck 244, unka 231 tha', 244],
    ['mi esposo tiene 250 en el CK, yo 231', 231],
    ['mi novia sacó 226, yo 239 en el ck', 239],
    ['meu marido tirou 245, eu tirei 228 no CK', 228],
    ['her CK was 228, mine 240', 240],
    ['we both took CK: his score 251, mine 236', 236],
  ])('"%s" stores %i as the applicant\'s, first attempt', (text, score) => {
    expect(ck(text)).toMatchObject({ score, attempts: 1 });
  });
});

describe('passes said in Spanish', () => {
  it.each(['step 1 aprobado a la primera', 'pasé', 'aprobé el step 1 a la primera', 'step 1: aprobada, primer intento'])('"%s" is a first-attempt pass', (text) => {
    expect(read(text, 'step1').updates[0]).toMatchObject({ field: 'step1', value: { result: 'passed', attempts: 1 } });
  });
});

describe('greetings with a word of address start the conversation', () => {
  it.each(['hello bhai', 'hi sir', 'hey guys', 'hola amigo', 'assalam alaikum'])('"%s"', (text) => {
    expect(read(text, 'specialty').command).toBe('start');
  });
});

describe('"what if I don\'t match?" asks what happens then', () => {
  it.each(['what if i dont match, how does soap work', "what if I don't match this year?", 'what if i go unmatched'])('"%s" is a question, not a what-if plan', (text) => {
    const u = read(text, 'step3', { specialty: { primary: 'internal_medicine' }, stage: 'applying' });
    expect(u.whatIf).toBeUndefined();
    expect(u.question).toBe(true);
  });
  it('a what-if about the file is still one', () => {
    expect(read('what if I get 240 on step 3', 'step3').whatIf?.[0]).toMatchObject({ field: 'step3' });
  });
});

describe('an assumption only fills a gap', () => {
  it('a US citizen who keeps not answering a visa follow-up stays a US citizen', () => {
    const c = conversation();
    for (const t of ['hi', 'IM', 'us citizen']) c.say(t);
    expect(c.profile.visa).toBe('us_citizen');
    c.state.clarifying = { field: 'visa', topic: 'visa_which' } as never;
    c.state.clarified = { visa: 5 } as never;
    c.say('step 1 passed first try');
    expect(c.profile.visa).toBe('us_citizen');
  });
});

describe('a favourite said after the place narrows nothing', () => {
  const SOCAL = ['la_county', 'orange_county', 'san_diego', 'inland_empire'];
  it.each(['LA mainly, socal ok', 'LA first, rest of socal fine too', 'la preferably, socal works'])('"%s" keeps all of Southern California', (text) => {
    expect(read(text, 'regions').updates[0]?.value).toEqual(expect.arrayContaining(SOCAL));
  });
  it('a list of parts is still just those parts', () => {
    expect(read('LA, OC, san diego', 'regions').updates[0]?.value).toEqual(['la_county', 'orange_county', 'san_diego']);
  });
});
