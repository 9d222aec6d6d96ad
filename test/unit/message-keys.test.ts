// Proves every reply made from a message of src/engine/messages.ts carries that message's key, whatever its wording.
import { describe, expect, it } from 'vitest';
import { MESSAGES, messageKeyOf, withMessageKeys } from '../../src/engine/messages.js';

describe('message keys', () => {
  it('finds the key of a fixed message and of a message with arguments', () => {
    expect(messageKeyOf(MESSAGES.help)).toBe('help');
    expect(messageKeyOf(MESSAGES.got('Visa', 'needs a J-1'))).toBe('got');
    expect(messageKeyOf(MESSAGES.updatedFrom('Visa', 'H-1B', 'J-1'))).toBe('updatedFrom');
    expect(messageKeyOf(MESSAGES.skipped('Step 3'))).toBe('skipped');
  });

  it('names the message a reply starts with, and none for free text', () => {
    expect(messageKeyOf(`${MESSAGES.notUnderstood('I need a J-1')} ${MESSAGES.offerWayOut}`)).toBe('notUnderstood');
    expect(messageKeyOf(`${MESSAGES.pickedUp}\n- Visa: J-1`)).toBe('pickedUp');
    expect(messageKeyOf('Step 2 CK is the number programs filter on.')).toBeUndefined();
  });

  it('marks text and question replies and leaves a key already set', () => {
    const replies = withMessageKeys([
      { type: 'text', text: MESSAGES.restarted },
      { type: 'question', id: 'confirmForget', text: MESSAGES.forgetConfirm, choices: [] },
      { type: 'text', text: MESSAGES.help, key: 'custom' },
    ]);
    expect(replies.map((r) => (r.type === 'text' || r.type === 'question' ? r.key : undefined))).toEqual(['restarted', 'forgetConfirm', 'custom']);
  });
});
