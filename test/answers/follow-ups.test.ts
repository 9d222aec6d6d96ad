// A follow-up question leans on the one before it: "and if it doesn't work out in March?" after a question about
// Match Day is answered about not matching. The earlier question is context for the passages only: the follow-up
// is routed and refused on its own words, and a question that stands on its own is answered the same either way.
import { describe, expect, it } from 'vitest';
import type { AskResult } from '../../src/domain/advice.js';
import { conversation } from '../helpers/conversation.js';
import { ADVICE } from './grade.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const after = (previous: string, q: string) => ADVICE.ask(q, { profile: {}, now: NOW, previous });
const text = (r: AskResult) => (r.found ? r.answer : '');
const kind = (r: AskResult) => (r.found ? r.kind ?? 'articles' : 'nearest');

describe('a follow-up is read with the question before it', () => {
  it('"then what" after Match Day is about not matching', () => {
    expect(text(after('when is match day this year?', 'and if it doesnt work out in march, then what'))).toMatch(/SOAP/);
  });
  it('"how do I prepare for it?" after the SOAP is about the SOAP', () => {
    expect(text(after('what is the SOAP?', 'and how do I prepare for it?'))).toMatch(/SOAP|Supplemental Offer/);
  });
  it('"what about from a non-US doctor?" after US letters is about letters', () => {
    expect(text(after('how many US letters do I need?', 'what about from a non-US doctor?'))).toMatch(/letters?/i);
  });
  it('a follow-up is refused on its own words, never on the earlier question\'s', () => {
    expect(kind(after('is it ok to list Spanish on ERAS?', 'and who won the cricket match yesterday?'))).toBe('refusal');
    expect(kind(after('who won the cricket match yesterday?', 'and how many programs should an IMG apply to?'))).not.toBe('refusal');
  });
  it('a question that stands on its own is answered as if asked first', () => {
    const q = 'how do I get US clinical experience as a graduate?';
    expect(text(after('what is the SOAP?', q))).toBe(text(ADVICE.ask(q, { profile: {}, now: NOW })));
  });
  it('the conversation keeps the last question for the next one', () => {
    const c = conversation(ADVICE);
    c.say('start');
    c.say('when is match day this year?');
    expect(c.state.lastAsked).toBe('when is match day this year?');
    c.say('and if it does not work out in march, what then?');
    expect(c.text).toMatch(/SOAP/);
  });
});
