// Proves Spanish, Portuguese and Hinglish questions written in everyday words (not the table's own test phrases)
// reach the same guide as their English twins: the vocabulary table covers the common verbs, adjectives and nouns
// of the domain, and a message read as one of those languages drops that language's function words instead of
// counting them as words the guides never use.
import { describe, expect, it } from 'vitest';
import { answerTraced, createAnswerer } from '../../src/answers/answer.js';
import { toEnglish } from '../../src/answers/translate.js';
import { loadArticles } from '../../src/knowledge/articles.js';

const answerer = createAnswerer(loadArticles('knowledge/articles'));

/** [question, guides any of which may answer it first]. */
const TABLE: readonly [string, string[]][] = [
  ['Mi puntaje de Step 2 salió bajo, ¿qué digo si me preguntan en la entrevista?', ['interview-score-questions']],
  ['¿Vale la pena mandar la solicitud de ERAS sin tener todas las cartas listas?', ['eras-before-letters']],
  ['Passei raspando no Step 1. Como faço para o Step 2 CK virar meu ponto forte?', ['step2ck-strategy']],
  ['Quais são meus pontos fortes para os programas de Los Angeles além da nota?', ['strengths-la-values']],
  ['bhai observership aur hands-on mein kya farak hai? kaunsa zyada kaam aata hai', ['usce-hands-on']],
  ['CK kam aaya hai, interview mein kaise samjhaun bina excuse diye?', ['interview-score-questions']],
  ['ek letter abhi baaki hai, kya ERAS bhej du ya ruk jaun?', ['eras-before-letters']],
  ['Me formé en 2015, ¿todavía puedo entrar a programas en California o ya es tarde?', ['graduation-year-recency']],
  ['Reprovei o CK uma vez, como explico isso sem parecer desculpa?', ['explaining-fails', 'interview-score-questions']],
];

describe('everyday Spanish, Portuguese and Hinglish questions', () => {
  it.each(TABLE)('%s', (question, guides) => {
    const { result, articles } = answerTraced(answerer, question);
    expect(result.found && result.kind, question).toBe('articles');
    expect(guides, `${question} -> ${articles[0]}`).toContain(articles[0]);
  });

  it('drops function words only in a message read as that language; English keeps "LA" and its own words', () => {
    expect(toEnglish('programs in LA for a 2019 grad')).toBe('programs in LA for a 2019 grad');
    expect(toEnglish('la otra semana')).not.toMatch(/\bla\b/);
    expect(toEnglish('quiero programas en LA')).toMatch(/\bLA\b/);
  });
});
