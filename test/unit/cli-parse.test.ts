// Proves the terminal reads a typed number as a choice only where numbers are not themselves answers.
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../adapters/cli/parse.js';
import { renderText } from '../../adapters/cli/render.js';

const visa = { type: 'question' as const, id: 'visa' as const, text: 'Visa?', choices: [{ value: 'us_citizen', label: 'US citizen' }, { value: 'needs_j1', label: 'Need a J-1' }] };
const research = { type: 'question' as const, id: 'research' as const, text: 'Research?', choices: [{ value: 'none', label: 'None' }] };

describe('terminal input', () => {
  it('picks the numbered choice of a choice question', () => {
    expect(parseLine('2', visa, true)).toEqual({ kind: 'choice', questionId: 'visa', value: 'needs_j1' });
  });
  it('keeps a number as the answer where the question asks for a number', () => {
    expect(parseLine('1', research, true)).toEqual({ kind: 'text', text: '1' });
  });
  it('does not number choices in piped mode, and reads slash commands', () => {
    expect(parseLine('2', visa, false)).toEqual({ kind: 'text', text: '2' });
    expect(parseLine('/ask is an observership enough?', visa, true)).toEqual({ kind: 'command', name: 'ask', arg: 'is an observership enough?' });
  });
  it('shows numbers only where a number picks a choice', () => {
    expect(renderText(visa, () => '')).toMatch(/1\) US citizen/);
    expect(renderText(research, () => '')).toMatch(/- None/);
  });
});

describe('a question asked again right after an aside', () => {
  it('keeps its numbered choices, on one line', () => {
    const q = { type: 'question' as const, id: 'specialty' as const, text: 'Which specialty?', choices: [{ value: 'im', label: 'Internal Medicine' }, { value: 'fm', label: 'Family Medicine' }] };
    expect(renderText(q, () => '', true, true)).toBe('Which specialty?\n  1) Internal Medicine · 2) Family Medicine');
    expect(renderText(q, () => '', true, false).split('\n')).toHaveLength(3);
  });
});
