// Contact details are personal data the advice never needs: an email address or phone number typed into a message is
// blanked out before the message is read, never stored (not even as the last question asked), and the user is told so.
import { describe, expect, it } from 'vitest';
import { withoutContactDetails } from '../../src/domain/contact-details.js';
import { ADVICE } from '../answers/grade.js';
import { conversation } from '../helpers/conversation.js';

describe('contact details are never kept', () => {
  it('a first post with an email and a phone number keeps the facts and drops the contact details', () => {
    const c = conversation(ADVICE);
    c.say('start');
    c.say('hi im sana, email sana.k1990@gmail.com, phone 310-555-0199. step 2 ck 241 first attempt. how many programs should i apply to?');
    expect(c.text).toMatch(/not kept/);
    expect(c.state.profile.step2ck).toMatchObject({ taken: true, score: 241 });
    const stored = JSON.stringify(c.state);
    expect(stored).not.toMatch(/sana\.k1990|gmail|555|0199/);
  });

  it('a question with a WhatsApp number is answered without keeping the number', () => {
    const c = conversation(ADVICE);
    c.say('start');
    c.say('what is the SOAP? whatsapp me +92 300 1234567 pls');
    expect(JSON.stringify(c.state)).not.toMatch(/1234567/);
  });

  it('scores, years, ranges and counts are not phone numbers', () => {
    for (const t of ['CK 231, step 1 passed 2019', 'scores 210-230', 'applied to 120 programs in 2024-2025', 'NBME 230 240 245', 'LCA 2024-25 ~ 3,109 of 10,261']) {
      expect(withoutContactDetails(t)).toEqual({ text: t, removed: false });
    }
  });

  it('phone numbers written many ways are found', () => {
    for (const t of ['(213) 555-0142', '+1 213 555 0142', '+44 7700 900123', '0300-1234567', '+234 803 123 4567', '213.555.0142']) {
      expect(withoutContactDetails(`call ${t} anytime`).removed, t).toBe(true);
    }
  });
});

describe('a command\'s argument is blanked too', () => {
  it('"/ask" with a phone number keeps no number, even as the last question asked', () => {
    const c = conversation(ADVICE);
    c.say('start');
    c.command('ask', 'what is the SOAP? call me on +1 213 555 0142');
    expect(c.text).toMatch(/not kept/);
    expect(JSON.stringify(c.state)).not.toMatch(/555|0142/);
  });
});
