// Spanish, Portuguese and romanised Hindi-Urdu answers in our own words: relative dates, stages, spelled numbers,
// "none yet", and English keywords never matched inside another language's words.
import { describe, expect, it } from 'vitest';
import type { ProfileField } from '../../src/domain/profile.js';
import { understand } from '../../src/engine/understand/understand.js';

const NOW = new Date('2026-12-06T12:00:00Z');
const read = (pending: ProfileField, message: string) => understand(message, { pending, profile: {}, now: NOW });
const stored = (pending: ProfileField, message: string) => Object.fromEntries(read(pending, message).updates.map((u) => [u.field, u.value]));

describe('Spanish', () => {
  it.each([
    ['graduationYear', 'me recibí hace tres años', { graduationYear: 2023 }],
    ['stage', 'este año estoy aplicando de nuevo', { stage: 'reapplying' }],
    ['step2ck', 'saqué doscientos treinta y uno', { step2ck: { taken: true, score: 231 } }],
    ['usce', 'todavía no tengo experiencia clínica en Estados Unidos', { usce: { months: 0, kind: 'none' } }],
    ['regions', 'solo el sur de California por favor', { regions: ['la_county', 'orange_county', 'san_diego', 'inland_empire'] }],
  ] as const)('%s: "%s"', (pending, message, expected) => {
    expect(stored(pending, message)).toMatchObject(expected);
  });
});

describe('Portuguese', () => {
  it.each([
    ['graduationYear', 'me formei há dois anos', { graduationYear: 2024 }],
    ['stage', 'ainda estou me preparando, vou aplicar ano que vem', { stage: 'preparing' }],
    ['step2ck', 'tirei duzentos e quarenta e dois', { step2ck: { taken: true, score: 242 } }],
  ] as const)('%s: "%s"', (pending, message, expected) => {
    expect(stored(pending, message)).toMatchObject(expected);
  });

  it('"quero FM ou IM" asks which comes first, and "em" is never Emergency Medicine', () => {
    const r = read('specialty', 'quero FM ou IM, me formei em 2021');
    expect(r.clarify?.field).toBe('specialty');
    expect(JSON.stringify(r.updates)).not.toMatch(/emergency/);
  });
});

describe('romanised Hindi-Urdu', () => {
  it.each([
    ['usLors', 'do LoR hain US se, dono FM ke', { usLors: { count: 2 } }],
    ['stage', 'pichle saal match nahi hua, ab phir se apply kar rahi hoon', { stage: 'reapplying' }],
  ] as const)('%s: "%s"', (pending, message, expected) => {
    expect(stored(pending, message)).toMatchObject(expected);
  });
});

describe('a clause that cannot be read', () => {
  it('a Spanish reply with nothing readable says it was read as Spanish, and asks again', async () => {
    const { conversation } = await import('../helpers/conversation.js');
    const c = conversation();
    c.say('start');
    const before = structuredClone(c.profile);
    c.say('pues mira, quiero algo tranquilo con buen horario, tengo mucha ilusión');
    expect(c.text).toMatch(/read that as Spanish/);
    expect(c.profile).toEqual(before);
    expect(c.asking).toBe('specialty');
  });
});
