// The self-harm check gives the engine (Advice.urgent) and the answer path the same verdict for a message, and keeps no
// memory between messages: the next message, caring or not, is checked afresh.
import { describe, expect, it } from 'vitest';
import { ADVICE } from './grade.js';
import { ask, kind } from '../helpers/ask-kit.js';

describe('the self-harm check, one verdict per message', () => {
  it('gives the same verdict to the engine and the answer path, message after message', () => {
    const caring = 'honestly some days i feel like ending it all after failing step 1 twice';
    const plain = 'how many programs should I apply to for IM?';
    for (const [q, urgent] of [[caring, true], [plain, false], [caring, true], [plain, false]] as const) {
      expect(ADVICE.urgent!(q) !== undefined, q).toBe(urgent);
      expect(kind(ask(q)) === 'refusal', q).toBe(urgent);
    }
  });
});
