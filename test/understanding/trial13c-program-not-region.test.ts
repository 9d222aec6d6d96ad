// Trial-13 class: a hospital's name judged as a program ("would ucla be a target or a reach for me") is the program
// asked about, not a preferred region: nothing is stored over the regions the applicant chose. A hospital named as a
// wish or beside a real region ("i want cedars or anywhere in LA") still reads the region.
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/engine/understand/understand.js';

const NOW = new Date('2026-12-06T12:00:00Z');
const regionsRead = (m: string, pending?: 'regions') => understand(m, { profile: { regions: ['orange_county'] }, now: NOW, ...(pending ? { pending } : {}) }).updates.find((u) => u.field === 'regions')?.value;

describe('a hospital judged as a program stores no region', () => {
  for (const m of ['would ucla be a target or a reach for me', 'would harbor ucla be realistic for me', 'would ucsd be too competitive for me', 'do you think cedars would be a safety for me', 'would uci be out of reach for me'])
    for (const pending of [undefined, 'regions'] as const)
      it(`"${m}"${pending ? ' (regions asked)' : ''}`, () => {
        expect(regionsRead(m, pending)).toBeUndefined();
      });
});

describe('look-alikes: a region named, or a hospital given as where to train, is read as before', () => {
  it.each([
    ['LA only', ['la_county']],
    ['i want cedars or anywhere in LA', ['la_county']],
    ['LA and san diego, targets mostly', ['la_county', 'san_diego']],
    ['ucla', ['la_county']],
    ['orange county and san diego please', ['orange_county', 'san_diego']],
  ] as const)('%s', (m, regions) => {
    expect(regionsRead(m, 'regions')).toEqual(regions);
  });
});
