// Two specialties with a word that orders them are read in that order; with none ("IM or psych") the bot asks.
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/engine/understand/understand.js';

const NOW = new Date('2026-12-06T12:00:00Z');
const read = (m: string) => understand(m, { profile: {}, now: NOW, pending: 'specialty' });

describe('two specialties and the word that orders them', () => {
  it.each([
    ['FM or IM, FM preferred', 'family_medicine', 'internal_medicine'],
    ['IM or FM, prefer IM', 'internal_medicine', 'family_medicine'],
    ['psych or IM, psych ideally', 'psychiatry', 'internal_medicine'],
    ['peds mainly, or FM', 'pediatrics', 'family_medicine'],
  ])('"%s" is %s first, %s as backup', (m, primary, backup) => {
    const u = read(m);
    expect(u.clarify).toBeUndefined();
    expect(u.updates.find((x) => x.field === 'specialty')?.value).toEqual({ primary, backup });
  });

  it.each(['IM or psych', 'FM or peds idk'])('"%s" asks which comes first', (m) => {
    expect(read(m).clarify?.topic).toBe('specialty_which');
  });
});
