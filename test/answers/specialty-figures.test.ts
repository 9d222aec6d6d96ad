// Proves a question that names specialties and asks what matched applicants score, or which is easier, is answered
// with those specialties' current figures (2026 NRMP Charting Outcomes, with source and year), and that a question
// naming a specialty for another reason, or the chat word "im", gets no figure line.
import { describe, expect, it } from 'vitest';
import { answerQuestion, createAnswerer } from '../../src/answers/answer.js';
import { specialtiesNamed } from '../../src/answers/specialty-figures.js';
import { loadArticles } from '../../src/knowledge/articles.js';

const answerer = createAnswerer(loadArticles('knowledge/articles'));
const reply = (q: string) => { const r = answerQuestion(answerer, q); return r.found ? r.answer : ''; };

describe('current figures of the specialties a question names', () => {
  it.each([
    ['what step 2 score do IMGs who match neurology usually have?', [/\b250\b/]],
    ['FM vs IM for a non-US IMG, which one is less competitive?', [/\b231\b/, /\b249\b/]],
    ['is gen surg even realistic for an IMG? average CK of the ones who matched?', [/\b253\b/]],
    ['ob/gyn match rate for non-US IMGs?', [/32\.8%/]],
    ['anesthesia stats for IMGs who matched', [/\b252\b/]],
    ['¿Qué puntaje de CK tienen los que entran a pediatría?', [/\b241\b/]],
  ] as const)('%s', (q, figures) => {
    const text = reply(q);
    for (const f of figures) expect(text, q).toMatch(f);
    expect(text, q).toMatch(/NRMP Charting Outcomes for non-US IMGs, 2026/);
  });

  it('adds nothing when no figure is asked, or "im" is the chat word for I am', () => {
    expect(reply('how do I write my personal statement for psychiatry?')).not.toMatch(/Current figures/);
    expect(specialtiesNamed('im worried my chances are low')).toEqual([]);
    expect(specialtiesNamed('quero fazer residencia em Los Angeles')).toEqual([]);
    expect(specialtiesNamed('is there any path left for me?')).toEqual([]);
  });
});
