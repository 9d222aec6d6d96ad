// Proves questions in Spanish, Portuguese and Hinglish about the guides' topics are answered like their English
// twins (a development table, not a sealed set): the right guide, the own plan when it is asked about, never the
// off-topic refusal.
import { describe, expect, it } from 'vitest';
import type { AskResult } from '../../src/domain/advice.js';
import type { Profile } from '../../src/domain/profile.js';
import { answerTraced, createAnswerer } from '../../src/answers/answer.js';
import { loadArticles } from '../../src/knowledge/articles.js';
import { KB } from './grade.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const answerer = createAnswerer(loadArticles('knowledge/articles'));
const IM_J1_LA: Profile = {
  specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 221, attempts: 1 }, regions: ['la_county'],
};
const text = (r: AskResult) => (r.found ? r.answer : '');

/** [question, the guide that must answer it (first article shown) or 'plan' for the own-plan reply, a phrase the reply must hold]. */
const TABLE: readonly [string, string, RegExp][] = [
  ['¿cuántos programas debo aplicar?', 'plan', /For your plan: apply to about \d+–\d+ programs/],
  ['quantos programas devo me candidatar?', 'plan', /For your plan: apply to about \d+–\d+ programs/],
  ['bhai kitne programs mein apply karu?', 'plan', /For your plan: apply to about \d+–\d+ programs/],
  ['¿Cuánto cuesta aplicar a 80 programas?', 'application-costs', /\$1,830/],
  ['Quanto custa o ERAS para 100 programas?', 'application-costs', /\$2,430/],
  ['¿Necesito cartas de recomendación de California?', 'strong-us-letters', /US letters/],
  ['Preciso de experiência clínica nos EUA?', 'usce-hands-on', /hands-on/],
  ['¿Es muy tarde para aplicar en octubre?', 'apply-early-broadly', /October or later is not closed/],
  ['Qual a diferença entre visto J1 e H1B?', 'visa-basics', /J-1/], // where its English twin goes
  ['¿Necesito el Step 3 para la visa H1B?', 'step3-and-h1b', /Step 3/],
  ['Reprobé el Step 1, ¿cómo lo explico en la entrevista?', 'explaining-fails', /.{40}/],
];

describe('questions in Spanish, Portuguese and Hinglish', () => {
  it.each(TABLE)('%s -> %s', (question, expected, phrase) => {
    const plan = expected === 'plan';
    const { result, articles } = answerTraced(answerer, question, plan ? { profile: IM_J1_LA, now: NOW, kb: KB } : undefined);
    expect(result.found && result.kind, question).toBe(plan ? 'plan' : 'articles');
    if (!plan) expect(articles[0], question).toBe(expected);
    expect(text(result), question).toMatch(phrase);
    expect(text(result), question).not.toMatch(/outside what I can help with/);
  });

  it('still declines a Spanish message about something else entirely', () => {
    const { result } = answerTraced(answerer, '¿quién ganará el partido de fútbol esta noche?');
    expect(result.found).toBe(true);
    expect(text(result)).toMatch(/^That is outside what I can help with/);
  });
});
