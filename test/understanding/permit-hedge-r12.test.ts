// A work permit's extension only half-remembered ("extended to 2028 i think", "se extendio hasta 2028 creo") is asked
// about, never stored as "no sponsorship needed"; a plain extension, or a doubt about something else, is not.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

describe('an extension told with "I think"', () => {
  it.each([
    'TPS y EAD valido hasta sept 2026... bueno se extendio hasta 2028 creo',
    'EAD extended to 2028 i think',
    'ead valid till june 2026 but renewed through 2029 i guess',
  ])('"%s" asks about the visa', (message) => {
    const r = read('visa', message);
    expect(r.got.visa).toBeUndefined();
    expect(r.clarify).toBe('visa');
  });
});

describe('look-alikes', () => {
  it.each([
    'EAD extended to 2028',
    'EAD se extendio hasta 2028',
    'my EAD got renewed through 2029, i think thats enough',
  ])('"%s" is an EAD', (message) => expect(read('visa', message).got.visa).toBe('ead'));
});
