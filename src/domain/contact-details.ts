// Contact details typed into a message (an email address, a phone number): the advice never needs them, so they are
// never kept. The patterns are built once, at load.

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// a phone number: an optional +, then digits broken by spaces, dots, dashes or brackets, 9 to 15 digits in all; a
// score, a year or a count never reaches 9 digits, and "210-230" (two scores) has only 6
const PHONE = /(?<![\p{L}\p{N}])\+?\(?\d[\d ().-]{7,18}\d(?![\p{L}\p{N}])/gu;
const digitsIn = (s: string) => s.replace(/\D/g, '').length;
// a phone has a group of four or more digits or a leading +; "230 240 245" (three practice scores) has neither
const PHONE_SHAPE = /^\+|\d{4}/;

/** The text with every email address and phone number blanked out (so no reader sees them as a score), and whether any was found. */
export function withoutContactDetails(text: string): { text: string; removed: boolean } {
  let removed = false;
  const out = text
    .replace(EMAIL, () => { removed = true; return ' '; })
    .replace(PHONE, (m) => {
      const n = digitsIn(m);
      if (n < 9 || n > 15 || !PHONE_SHAPE.test(m)) return m;
      removed = true;
      return ' ';
    });
  return { text: out, removed };
}
