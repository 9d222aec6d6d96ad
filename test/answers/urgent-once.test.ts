// The self-harm check runs once per message: the engine's check (Advice.urgent) and the answer path read the same
// verdict, and the next message, caring or not, is checked afresh (the remembered verdict never leaks into it).
import { describe, expect, it } from 'vitest';
import { ADVICE } from './grade.js';
import { ask, kind } from '../helpers/ask-kit.js';

describe('the self-harm check, once per message', () => {
  it('gives the same verdict to the engine and the answer path, message after message', () => {
    const caring = 'honestly some days i feel like ending it all after failing step 1 twice';
    const plain = 'how many programs should I apply to for IM?';
    for (const [q, urgent] of [[caring, true], [plain, false], [caring, true], [plain, false]] as const) {
      expect(ADVICE.urgent!(q) !== undefined, q).toBe(urgent);
      expect(kind(ask(q)) === 'refusal', q).toBe(urgent);
    }
  });
});
