// Round 10 (understand10c): a Southern California city name followed by another state or a country is its namesake
// there ("Glendale, Arizona", "Pasadena Texas", "Los Angeles, Chile"): never SoCal. Messages written in our own words.
import { describe, expect, it } from 'vitest';
import { understand, type UnderstandContext } from '../../src/engine/understand/understand.js';
import type { ProfileField } from '../../src/domain/profile.js';

const NOW = new Date('2026-12-06T12:00:00Z');
const stored = (text: string, pending?: ProfileField) =>
  Object.fromEntries(understand(text, { pending, profile: {}, now: NOW } as UnderstandContext).updates.map((u) => [u.field, u.value])) as Record<string, Record<string, unknown> | unknown[]>;
const SOCAL = ['la_county', 'orange_county', 'san_diego', 'inland_empire'];

describe('a SoCal name qualified by another state or country is not SoCal', () => {
  it.each([
    ['3 months hands on at a clinic in Pasadena, Texas', 'usce'],
    ['did 1 month of observership in Ontario Oregon', 'usce'],
    ['2 months externship in Glendale AZ', 'usce'],
    ['I want programs near Riverside, Illinois or anywhere around Chicago', 'regions'],
    ['Long Beach, Mississippi is home, so the south please', 'regions'],
  ])('%s', (text, field) => {
    const v = stored(text, field as ProfileField)[field];
    const where = (Array.isArray(v) ? v : (v as { where?: string[] } | undefined)?.where) ?? [];
    expect(where.filter((r) => SOCAL.includes(r as string))).toEqual([]);
  });
  it.each([
    'I lived in Los Angeles, Chile for 2 years during my degree',
    'grew up in Santa Ana, El Salvador, never been to the US',
  ])('%s: no tie to LA', (text) => {
    const ties = stored(text, 'laTies').laTies as { lived?: boolean } | undefined;
    expect(ties?.lived ?? false).toBe(false);
  });
});
