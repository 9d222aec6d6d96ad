import { it } from 'vitest';
import { ADVICE } from '/work/wt/answers4b/test/answers/grade.js';
it('x', () => { for (const q of (process.env.QS ?? '').split('|')) { const r = ADVICE.ask(q); console.log('### ' + q + '\n' + (r.found ? r.answer + '\n--MORE--\n' + (r.more ?? '') : 'NOT FOUND ' + JSON.stringify(r.nearest.map((n) => n.articleId)))); } });
