// Properties of the understanding layer over random text: it never throws, every stored value passes the profile
// schema, and a message changes only the fields it talks about (or, when it names none, the pending one).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROFILE_FIELDS, profileSchema, type Profile, type ProfileField } from '../../src/domain/profile.js';
import { initialState } from '../../src/engine/state.js';
import { step } from '../../src/engine/step.js';
import { understand } from '../../src/engine/understand/understand.js';
import { FLOW } from '../helpers/conversation.js';
import { fakeAdvice } from '../helpers/fake-advice.js';

const NOW = new Date('2026-12-01T12:00:00Z');

/** A whole, valid profile; each property removes the field it wants pending. */
const FULL: Profile = {
  specialty: { primary: 'internal_medicine', backup: 'family_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 228, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2019,
  usce: { months: 4, kind: 'hands_on', where: ['la_county'] }, usLors: { count: 3, inSpecialty: true, fromCalifornia: true },
  languages: ['English', 'Hindi'], regions: ['la_county', 'orange_county'], laTies: { family: true, lived: false, trained: false },
  research: { publications: 1, posters: 2 }, stage: 'applying',
  ecfmg: { status: 'certified' }, couples: { matching: false }, cycle: { submitted: false },
};

/** The profile with `pending` and everything the flow asks after it removed, so `pending` is the open question. */
function pendingOn(pending: ProfileField): Profile {
  const order = FLOW.questions.map((q) => q.id);
  const keep = order.slice(0, order.indexOf(pending));
  return Object.fromEntries(Object.entries(FULL).filter(([f]) => keep.includes(f as ProfileField))) as Profile;
}

function run(text: string, profile: Profile) {
  return step({ ...initialState(), greeted: true, profile: structuredClone(profile) }, { kind: 'text', text }, { flow: FLOW, advice: fakeAdvice(), now: NOW });
}

const changed = (before: Profile, after: Profile) => PROFILE_FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));

/** Words people type that name no field and answer nothing. */
const FILLER = ['lol', 'tbh', 'honestly', 'hmm', 'ok so', 'anyway', 'thanks', 'haha', 'really', 'kinda', 'well', 'ugh', 'banana', 'purple', 'today', 'cool'];
/** Words from every field's vocabulary, and words that broke readers before, for word soup. */
const SOUP = ['step 1', 'ck', 'step 3', 'not', 'no', 'never', 'only', 'except', 'anything but', 'passed', 'failed', 'twice', '2nd', 'attempt',
  'nbme', 'uwsa', '231', '2', '0', '1890', '2019', '20166', 'j1', 'h1b', 'green card', 'pending', 'ead', 'citizen', 'indian', 'f1', 'h4',
  'letters', 'from', 'home', 'california', 'la', 'oc', 'anywhere', 'family', 'lived', 'trained', 'obs', 'hands-on', 'months', 'weeks',
  'pubs', 'posters', 'submitted', 'applying', 'reapplying', 'interviews', 'IM', 'FM', 'psych', 'backup', 'or', 'and', ',', '.', '?',
  'my friend', 'scored', 'i', 'got', 'as well', 'too', 'actually', 'sorry', 'constructor', '__proto__', '٢٣٠', '２３１', '2\u200b3\u200b1'];

/** One fact about one field, with its value drawn at random. */
const FACTS: { field: ProfileField; text: fc.Arbitrary<string> }[] = [
  { field: 'step2ck', text: fc.integer({ min: 180, max: 270 }).map((n) => `CK ${n}`) },
  { field: 'graduationYear', text: fc.integer({ min: 1995, max: 2026 }).map((y) => `graduated ${y}`) },
  { field: 'visa', text: fc.constantFrom('need a J-1', 'need h1b', 'green card holder', 'us citizen') },
  { field: 'research', text: fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 })).map(([a, b]) => `${a} pubs and ${b} posters`) },
  { field: 'languages', text: fc.constantFrom('Spanish', 'Tagalog', 'Urdu', 'Korean', 'Farsi').map((l) => `i speak ${l} and English`) },
  { field: 'usLors', text: fc.integer({ min: 0, max: 12 }).map((k) => `${k} US letters`) },
  { field: 'step1', text: fc.constantFrom('step 1 passed first attempt', 'step 1 passed on the 2nd attempt', 'failed step 1 once then passed') },
  { field: 'step3', text: fc.integer({ min: 190, max: 260 }).map((n) => `step 3 passed with ${n}`) },
  { field: 'regions', text: fc.constantFrom('San Diego', 'the Inland Empire', 'Orange County', 'anywhere in the US').map((p) => `want to train in ${p}`) },
  { field: 'usce', text: fc.tuple(fc.integer({ min: 1, max: 24 }), fc.constantFrom('hands-on', 'observership')).map(([m, k]) => `${m} months ${k} usce in Houston`) },
  { field: 'specialty', text: fc.constantFrom('psych', 'pediatrics', 'neurology', 'family medicine').map((s) => `specialty ${s}`) },
];

describe('understanding random text', () => {
  it('never throws, and every value it reads passes the profile schema', () => {
    const text = fc.oneof(fc.string({ maxLength: 120 }), fc.string({ unit: 'grapheme', maxLength: 60 }), fc.array(fc.constantFrom(...SOUP), { maxLength: 14 }).map((w) => w.join(' ')));
    fc.assert(fc.property(text, fc.constantFrom(...PROFILE_FIELDS), (t, pending) => {
      const u = understand(t, { pending, profile: pendingOn(pending), now: NOW });
      for (const up of u.updates) expect(profileSchema.shape[up.field].safeParse(up.value).success, `${up.field} from ${JSON.stringify(t)}`).toBe(true);
      const { state } = run(t, pendingOn(pending));
      expect(profileSchema.safeParse(state.profile).success).toBe(true);
    }), { numRuns: 400 });
  });

  it('text that names no field changes nothing but the pending question', () => {
    const words = fc.array(fc.constantFrom(...FILLER), { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
    fc.assert(fc.property(words, fc.constantFrom(...PROFILE_FIELDS), (t, pending) => {
      const before = pendingOn(pending);
      const { state } = run(t, before);
      for (const f of changed(before, state.profile)) expect(f, `"${t}" with ${pending} pending`).toBe(pending);
    }), { numRuns: 300 });
  });

  it('a fact about one field, among filler, changes that field only, even while another question is pending', () => {
    const fact = fc.constantFrom(...FACTS).chain((f) => f.text.map((text) => ({ field: f.field, text })));
    const filler = fc.array(fc.constantFrom(...FILLER), { maxLength: 3 }).map((w) => w.join(' '));
    fc.assert(fc.property(fact, filler, fc.constantFrom(...PROFILE_FIELDS), ({ field, text }, tail, pending) => {
      const before = { ...pendingOn(pending), ...(field === pending ? {} : { [field]: FULL[field] }) } as Profile;
      const message = tail ? `${text} ${tail}` : text;
      const { state } = run(message, before);
      for (const f of changed(before, state.profile)) expect(f, `"${message}" with ${pending} pending`).toBe(field);
      expect(profileSchema.safeParse(state.profile).success).toBe(true);
    }), { numRuns: 400 });
  });
});
