// Prints how a question is read (translated words, index terms, unknown words) and the reply: for study.
import { loadArticles } from '../src/knowledge/articles.js';
import { answerTraced, createAnswerer } from '../src/answers/answer.js';
import { toEnglish } from '../src/answers/translate.js';
import { analyze } from '../src/answers/retrieval.js';
const a = createAnswerer(loadArticles('knowledge/articles'));
for (const q of process.argv.slice(2)) {
  const en = toEnglish(q);
  const terms = analyze(en, a.index.retrieval.analyzer);
  console.log(`Q: ${q}\nEN: ${en}\nterms: ${terms.map((t) => (a.index.retrieval.idf.has(t) ? t : `?${t}`)).join(' ')}`);
  const t = answerTraced(a, q);
  console.log(`articles: ${t.articles.slice(0, 3).join(', ')}\n${t.result.found ? t.result.answer.slice(0, 300) : 'NOT FOUND'}\n`);
}
